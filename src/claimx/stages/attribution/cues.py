"""Cue lookup: which words introduce a statement, and which tokens a cue spans as written.

The cue lexicon is ``data/cues.tsv`` (lemma, part of speech, class, scope, frames); this module
decides when a word of the text is one of its cues ("That said, ..." is none).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

from .. import lexicon


@dataclass
class CueHit:
    """A cue found next to a quote: a cue verb with its lexicon entry and subject, a signature dash
    ('"..." \u2015 Name': its span and the name's tokens), or a bare lead-in colon ('Trump: "..."')."""

    kind: Literal["verb", "dash", "colon"]
    verb: Optional[object] = None  # spaCy Token
    entry: Optional[lexicon.CueEntry] = None
    subject: Optional[object] = None  # spaCy Token
    span: Optional[tuple[int, int]] = None
    names: list = field(default_factory=list)


CUE_ADVERB_STOP = {"how", "when", "why", "where", "so", "as", "however", "meanwhile", "instead", "still", "yet"}


def cue_entry(token, scope: str):
    """The lexicon entry of *token* as a cue in *scope* ("speech" or "all"), or None; a verb with a
    particle, or with a bare noun right after it, is looked up as the phrasal verb or idiom first
    ("pushed back" -> "push back", "took issue" -> "take issue")."""
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_
    entry = None
    if pos == "VERB":
        prt = next((c for c in token.children if c.i == token.i + 1 and (
            c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("back", "off", "down", "out", "aside", "away"))
            or particle_as_preposition(c))), None)
        if prt is None:  # an idiom's bare noun: "took issue with"
            prt = next((c for c in token.children if c.i == token.i + 1 and c.dep_ == "dobj" and c.pos_ in ("NOUN", "ADV")
                        and not any(c.children)), None)
        if prt is not None:
            entry = lexicon.cues().get((f"{token.lemma_.lower()} {prt.lower_}", "VERB"))
        elif (noun := _idiom_noun(token)) is not None:
            entry = lexicon.cues().get((f"{token.lemma_.lower()} {noun.nbor(-1).lower_} {noun.lower_}", "VERB"))
    entry = entry or lexicon.cues().get((token.lemma_.lower(), pos))
    if entry is None or (scope == "speech" and entry.scope != "speech"):
        return None
    if that_said(token) or not glosses_a_saying(token, entry) or markup(token) or impersonal_hedge(token) \
            or terms_of_speaking(token):
        return None
    return entry


def _idiom_noun(verb):
    """The noun of a verb idiom whose object is an adjective and a noun ("poured cold water on the
    reports" -> water), right after the verb with nothing else hung on it, or None."""
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return None
    noun = doc[verb.i + 2]
    if noun.dep_ != "dobj" or noun.head.i != verb.i or noun.pos_ != "NOUN" or \
            [(c.i, c.dep_) for c in noun.children] != [(verb.i + 1, "amod")]:
        return None
    return noun


def markup(token) -> bool:
    """The name of a tag left in scraped text ('<tweet author="...">'): no word of the prose."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text in ("<", "</")


def glosses_a_saying(token, entry) -> bool:
    """A gloss verb (data/gloss_verbs.txt) is a cue only as the participle of a cue verb: "'It
    failed,' she said, referring to the plan" (not "The report refers to 12 cases")."""
    if token.lemma_.lower() not in lexicon.gloss_verbs() or _person_glosses(token):
        return True
    head = token.head
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj") and head.i != token.i and \
        (head.lemma_.lower(), "VERB") in lexicon.cues() and head.lemma_.lower() not in lexicon.gloss_verbs()


def _person_glosses(token) -> bool:
    """"He was referring to the 2006 ports deal", "Bush referred to Rubio as a leader": a person's
    own reference (a name, a pronoun, a role for subject), not a document's ("the report refers to
    12 cases")."""
    return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in lexicon.HUMAN_PRONOUNS
                                      or lexicon.roles().get(c.lemma_.lower()) == "PERSON") for c in token.children)


def particle_as_preposition(tok) -> bool:
    """"brushed off the report's findings" parsed with "off" a preposition: the particle of a
    phrasal deny verb of the lexicon ("brush off", "laugh off", "wave off", "brush aside")."""
    return tok.dep_ == "prep" and tok.lower_ in ("off", "aside") and \
        (f"{tok.head.lemma_.lower()} {tok.lower_}", "VERB") in lexicon.cues()


def that_said(token) -> bool:
    """'That said, ...' / 'That being said, ...' mean 'even so': nobody says anything."""
    if token.lower_ != "said" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].text != ",":
        return False
    before = [t for t in token.doc[token.sent.start:token.i] if not t.is_punct]
    return [t.lower_ for t in before] in (["that"], ["this"], ["that", "being"], ["this", "being"])


_IRREGULAR_FORMS = {"said": "say", "says": "say", "wrote": "write", "writes": "write", "told": "tell"}


def fronted_cue(token) -> Optional[lexicon.CueEntry]:
    """The entry of a quote verb put before its speaker at the head of a sentence, as wire copy
    writes a tag ('Said Mr. Hale: "..."', 'Replied State Department spokesman Richard Boucher,
    "..."'), where the tagger often reads the capitalised verb as part of a name; else None."""
    word = token.text
    if not (word[:1].isupper() and word[1:].islower()) or token.pos_ in ("VERB", "AUX"):
        return None
    doc = token.doc
    before = next((doc[k] for k in range(token.i - 1, -1, -1) if not doc[k].is_space), None)
    if before is not None and not (before.text in (".", "!", "?", "\"", "\u201d", "''", ":") or "\n" in before.whitespace_):
        return None
    lower = token.lower_
    if lower in _IRREGULAR_FORMS:
        lemmas = [_IRREGULAR_FORMS[lower]]
    elif lower.endswith("ied"):
        lemmas = [lower[:-3] + "y"]
    elif lower.endswith("ed"):
        lemmas = [lower[:-2], lower[:-1]]
    elif lower.endswith("s"):
        lemmas = [lower[:-1]]
    else:
        return None
    entry = next((e for e in (lexicon.cues().get((lemma, "VERB")) for lemma in lemmas) if e is not None), None)
    return entry if entry is not None and "quote" in entry.frames else None


def opens_with_tag(token) -> bool:
    """Does *token* open a sentence as a speech tag before its speaker ("Said Ellis:", "Continued
    Stone:", "Replied ...")? Then the words after it name the speaker, not a transcript label."""
    return fronted_cue(token) is not None or (token.tag_ in ("VBD", "VBZ") and token.text[:1].isupper()
                                              and is_cue_verb(token))


def _infinitive_to(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def impersonal_hedge(token) -> bool:
    """"It is too soon to say whether ...", "it's fair to say ...", "Needless to say": the writer's
    hedge, nobody's words."""
    head = token.head
    if token.dep_ != "xcomp" or not _infinitive_to(token) or token.lemma_.lower() not in ("say", "tell", "predict"):
        return False  # "it's hard to imagine that ...": the writer's own attitude, which stays
    if head.lower_ in ("needless", "suffice"):
        return True
    if head.lemma_.lower() in lexicon.hedge_adjectives():
        pred = head.head if head.dep_ in ("acomp", "advmod") else head
    elif head.lemma_ == "be" and any(c.dep_ in ("acomp", "advmod") and c.lower_ in lexicon.hedge_adjectives()
                                     for c in head.children):
        pred = head  # "it's fair to say" with the infinitive hung on the copula
    else:
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in pred.children)


def terms_of_speaking(token) -> bool:
    """The terms on which a source speaks, not what it said: "spoke on condition of anonymity to
    discuss the talks", "because they were not authorized to discuss the talks"."""
    if not _infinitive_to(token):
        return False
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in lexicon.permission_verbs() and any(
            c.dep_ == "neg" for c in head.children):
        return True
    doc = token.doc
    return any(t.lower_ == "anonymity" for t in doc[max(0, token.i - 4):token.i])


def is_cue_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and (token.lemma_.lower(), "VERB") in lexicon.cues()


def cue_tokens_of(verb) -> list:
    """The cue as written: the verb with the auxiliaries, negation and adverbs right before it
    (``have denied``, ``did not immediately respond``, ``has also said``, ``to discuss``), as
    PolNeAR marks cues."""
    toks = [verb]
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and (doc[i].is_space or doc[i].head.i == verb.i and (
            doc[i].dep_ in ("aux", "auxpass", "neg")
            or (doc[i].dep_ == "advmod" and doc[i].tag_ == "RB" and doc[i].lower_ not in CUE_ADVERB_STOP))):
        if not doc[i].is_space:  # "has\u00a0acknowledged": a no-break space is a token of its own
            toks.insert(0, doc[i])
        i -= 1
    for child in verb.children:
        if (child.dep_ == "prt" or particle_as_preposition(child)) and child.i == verb.i + 1:
            toks.append(child)
    after = max(t.i for t in toks) + 1
    if after < len(doc) and doc[after].head.i == verb.i and doc[after].dep_ == "advmod" and \
            doc[after].tag_ == "RB" and doc[after].lower_ not in CUE_ADVERB_STOP | {"twice", "once"}:
        toks.append(doc[after])  # "said sarcastically", "wrote back"
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.i < verb.i and head.pos_ in ("VERB", "AUX", "ADJ") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "went on to discuss", "took to Twitter to say", "are more likely to say": PolNeAR's cue
        # runs from the governing verb
        lead = cue_tokens_of(head) if head.pos_ != "ADJ" else [head]
        if head.dep_ == "acomp":
            lead.append(head.head)
        toks = lead + toks
    return toks


def generic_entry(verb):
    """--scope all: any verb with a that-clause and a person or organization as subject is
    treated as an attitude ("Republicans worry that ..."), as PolNeAR annotates them."""
    if verb.lemma_.lower() in ("be", "have", "do", "make", "get", "mean", "ensure", "require", "allow"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children)), None)
    if clause is None or tag_after_pronoun(clause):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in lexicon.HUMAN_PRONOUNS
                            or subj.lemma_.lower() in lexicon.roles()):  # "Officials fear that ..."
        return None
    return lexicon.pseudo_cue("*")


def tag_after_pronoun(clause) -> bool:
    """Is *clause* a speech tag the parser read as a that-clause, its "that" the pronoun object of
    the verb before ("They would not accept that from anyone, she said": she said it)? A cue verb
    whose subject comes after a comma that follows the "that"."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return mark is not None and subj is not None and is_cue_verb(clause) \
        and any(clause.doc[k].text == "," for k in range(mark.i + 1, subj.i))
