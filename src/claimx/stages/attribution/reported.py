"""Reported speech from the dependency parse: a cue verb with a clause, infinitive or object that
holds the content (frames.py), or a tag of the content around it (tags.py: "The deal is done,
officials said."); participial and coordinated cues inheriting the subject; nominal cues ("X's
claim that ..."); and "according to X".
"""
from __future__ import annotations

import re

from typing import Optional

from .. import lexicon
from ..masks import mark, share
from ..statement import Statement
from .context import ContentHit, Context, runs, span_of, subtree_span, trim
from .boundaries import according_clause, saying_participles
from .conjuncts import continues_infinitive
from .cues import cue_entry, cue_tokens_of, generic_entry, is_cue_verb, terms_of_speaking
from .frames import content_of
from .light_verbs import light_verb
from .naming import NAMING
from .nearby_speakers import word_before
from .subjects import mention_of, poll_for_share, speaker_heads, subject_of
from .tags import tagged_content


def reported_speech(ctx: Context, covered: bytearray) -> list[Statement]:
    """Statements of cue verbs and nouns outside quotes whose content is not yet *covered* by
    another statement (marks what it takes)."""
    out = []
    for tok in ctx.doc:
        if tok.i in ctx.used_cues or ctx.in_quote(tok):
            continue
        if tok.pos_ == "NOUN":
            found = _nominal(ctx, tok)
            if found is not None and not found.speakers and _in_reported_clause(ctx, tok):
                continue  # "There is concern about fraud, Stone stated": Stone's words, not a nameless concern
            if found is not None:
                s, e = found.fragments[0]
                if share(covered, s, e) <= 0.5 or _denied_object(ctx, tok) or _owned_denial(found):
                    out.append(found)
                    mark(covered, s, e)
            continue
        if tok.pos_ in ("VERB", "AUX"):
            found = _verb_statement(ctx, tok, covered)
            if found is not None:
                out.append(found)
    # attitudes after the sayings: "The board is not aware of any bid, the company said" is the company's
    for tok in ctx.doc:
        if _attitude_adjective(tok) and not ctx.in_quote(tok):
            found = _verb_statement(ctx, tok, covered)
            if found is not None:
                out.append(found)
    return out


def _in_reported_clause(ctx: Context, noun) -> bool:
    """Is *noun* in the clause a later cue verb outside quotes reports ("There is serious concern
    about fraud, Stone stated": the clause of "is" is what Stone stated)?"""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    cue = verb.head
    return verb.dep_ == "ccomp" and cue.i > noun.i and is_cue_verb(cue) and not ctx.in_quote(cue)


def _denied_object(ctx: Context, noun) -> bool:
    """"denied reports that he had resigned", "rejected accusations by the union that ...": the
    report or accusation a denial answers is a statement of its own, told inside the denial."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    entry = cue_entry(head, ctx.scope) if head.pos_ in ("VERB", "AUX") else None
    return entry is not None and entry.cls == "deny" and noun.dep_ in ("dobj", "pobj")


def _owned_denial(found: Statement) -> bool:
    """"called the city's denial of any tampering laughable": a denial noun with its speaker as
    possessor is a statement of its own inside the one that answers it (not "issued a categorical
    denial of ...", the issuing statement's own)."""
    return found.cue_entry.cls == "deny" and any(c.dep_ == "poss" for c in found.cue_head.children)


_COPULAS = ("be", "seem", "appear", "remain", "sound", "become", "grow", "look")


def _attitude_adjective(tok) -> bool:
    """An adjective of the lexicon after a copula ("are confident that", "was critical of"), not
    in an infinitive of a noun ("little reason to be optimistic about"): nobody holds that."""
    copula = tok.head
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and copula.lemma_.lower() in _COPULAS and \
        (tok.lemma_.lower(), "ADJ") in lexicon.cues() and not (
            copula.dep_ in ("acl", "relcl", "xcomp") and copula.head.pos_ in ("NOUN", "AUX"))


def _verb_statement(ctx: Context, tok, covered: bytearray) -> Optional[Statement]:
    """The statement of cue verb *tok*: its content (a frame of the lexicon, or the clause a tag
    hangs in), its form, its speaker; None when it has none or another statement covers it.
    Marks its content in *covered*, except a raised subject ("X | is expected to ...", X may be
    inside another's content: "X is expected to visit, officials said")."""
    entry = cue_entry(tok, ctx.scope)
    if entry is None and ctx.scope == "all":
        entry = generic_entry(tok)
    if entry is not None and continues_infinitive(tok):
        return None  # "declined to criticise Paris or even declare it responsible": what was declined
    light = light_verb(tok, ctx.text) if entry is None else None  # "made it clear that ..."
    if light is not None:
        entry, got = light[0], ContentHit(light[1], "ccomp", light[2], light[3])
    elif entry is None:
        return None
    else:
        got = content_of(tok, entry, ctx.text) or tagged_content(ctx, tok, entry)
    if got is None:
        return None
    frags = [_whole_quotes(ctx, s, e) for s, e in got.spans if e > s]
    if not frags or _only_a_date(ctx, frags):
        return None
    s, e = frags[0][0], frags[-1][1]
    nested = covered[tok.idx] and share(covered, s, e) == 1.0 and not ctx.in_quote(tok)
    if share(covered, s, e) > 0.5 and not nested and not _tags_a_told_statement(ctx, tok, entry, got, s, e):
        return None  # another statement's content, unless this one is told inside it
    quoted = share(ctx.quoted, s, e)
    form = "direct" if quoted > 0.9 else "mixed" if quoted > 0 else "indirect"
    subj = subject_of(tok, quoted=ctx.quoted)
    if subj is None and tok.dep_ == "ROOT" and tok.tag_ == "VB" and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "don't") for c in tok.children):
        return None  # an imperative ("Imagine that ...", "Don't forget that ..."): nobody reported
    if tok.lemma_.lower() in lexicon.no_comment_verbs() and tok.dep_ == "xcomp" and \
            tok.head.lemma_.lower() in ("decline", "refuse"):
        return None  # "declined to comment on the report": nothing is stated
    if subj is not None and _question_to_reader(ctx, tok, subj):
        return None  # "Do you support the plan?": the writer asks the reader, nobody is reported
    asked = _asked_of(tok)
    if (asked and ctx.scope == "speech") or (tok.dep_ == "xcomp" and _asked_of(tok.head)):
        return None  # "Asked what he would do (Asked to comment), Smith said ...": an unnamed asker's question
    if tok.pos_ == "ADJ" and (subj is None or subj.lower_ in ("it", "there", "this", "that")):
        return None  # "It is certain that ...": nobody holds it
    speakers = _speakers(ctx, tok, subj) if not asked else _asker(tok)
    human = subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or subj.lower_ in lexicon.HUMAN_PRONOUNS
                                  or lexicon.roles().get(subj.lemma_.lower()) == "PERSON" or _described_teller(subj, tok))
    saying = got.frame == "ccomp" and entry.scope == "speech" and entry.cls in ("assert", "report", "claim")
    if nested and not ((human and saying) or (_relative_denial(tok, entry, got) and subj is not None and (
            human or subj.pos_ in ("NOUN", "PROPN")))):
        return None  # told inside another statement: only a saying by a named or human speaker of its own
    for fs, fe in frags:
        mark(covered, fs, fe)
    raised = _raised_subject(tok, got)
    if raised is not None:
        frags.insert(0, subtree_span(raised, ctx.text))
    toks = cue_tokens_of(tok) + got.extra_cue
    if tok.pos_ == "ADJ":  # "are not confident": the copula with its auxiliaries leads the cue
        toks = cue_tokens_of(tok.head) + toks
    ctx.used_cues.add(tok.i)
    return Statement(fragments=frags, form=form, cue_tokens=toks, cue_entry=entry, cue_lemma=tok.lemma_.lower(),
                     cue_span=span_of(toks), speakers=speakers, content_root=got.head, frame=got.frame,
                     paragraph=ctx.paragraph_of(s), cue_head=tok)


def _tags_a_told_statement(ctx: Context, tok, entry, got: ContentHit, s: int, e: int) -> bool:
    """A tag after the clause it reports, which holds a statement found first ("Gonzalez said he
    would go, Castro said Sunday"; "The army ordered them to leave, officials said"): the tag's
    speaker told all of it, so the clause is its content although the statement inside took it."""
    if got.frame != "ccomp" or tok.idx < e or got.head is None or got.head.i > tok.i or entry.scope != "speech":
        return False
    if subject_of(tok, quoted=ctx.quoted) is None or share(ctx.quoted, s, e) > 0:
        return False  # 'a platform that "says ...," said Day, reports Life': the quote has its own tag
    return any(s <= ctx.doc[i].idx < e for i in ctx.used_cues)


def _described_teller(subj, verb) -> bool:
    """A speaker described by a common noun with a determiner ("A former clubhouse attendant told a
    grand jury that ..."), not a record or medium that speaks ("a transcript", "the report")."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)  # "had alleged"
    if subj.pos_ != "NOUN" or subj.dep_ != "nsubj" or subj.head.i != verb.i or not finite \
            or not any(c.dep_ in ("det", "poss") for c in subj.children):
        return False  # the subject of a participle or infinitive ("a lawsuit alleging") is often misparsed
    lemma = subj.lemma_.lower()
    return not any(lemma in words for words in (
        lexicon.record_nouns(), lexicon.medium_nouns(), lexicon.evidence_nouns(), lexicon.proposition_nouns(),
        lexicon.depiction_nouns(), lexicon.publication_words()))


def _relative_denial(verb, entry, got: ContentHit) -> bool:
    """"said the claims, which his client denies, were ...": a deny verb in a relative clause or a
    participle on the claim it denies, or a naming verb in a relative clause on the claim it names,
    told inside another's statement, is a statement of its own."""
    if got.frame != "dobj" or verb.dep_ not in ("relcl", "acl") or got.head.i != verb.head.i:
        return False
    return entry.cls == "deny" or verb.lemma_.lower() in NAMING  # "an accusation the minister called 'nonsense'"


def _raised_subject(verb, got: ContentHit):
    """The subject that belongs to the content of a raising cue ("The governor is expected | to
    sign", "Ohio is seen | as a swing state", "The mayor seemed | to enjoy it"): lexicon.raising_verbs()."""
    voice = lexicon.raising_verbs().get(verb.lemma_.lower())
    if voice is None or got.frame not in ("xcomp", "prep"):
        return None
    dep = "nsubjpass" if voice == "passive" else "nsubj"
    subj = next((c for c in verb.children if c.dep_ == dep and c.i < verb.i), None)
    if subj is None or subj.lower_ in ("it", "there"):
        return None
    return subj


_INTERVIEW_LABEL = re.compile(r"\s*[A-Z][\w.]{0,20}\s*:")


def _question_to_reader(ctx: Context, tok, subj) -> bool:
    """A yes/no question of the narrative to the reader, its cue's subject "you" ("Do you support
    the plan?"); not a quoted question nor an interviewer's line ("Q: Do you think ...")."""
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    if not (subj.lower_ == "you" and not ctx.in_quote(tok) and words[-1].text == "?" and
            words[0].dep_ == "aux" and words[0].head.i == tok.i and words[0].i < subj.i):
        return False
    para_start = ctx.paragraphs[ctx.paragraph_of(words[0].idx)][0]
    return not _INTERVIEW_LABEL.match(ctx.text, para_start, words[0].idx)


def _asked_of(tok) -> bool:
    """"Asked about the bomb, Clinton said": a participle of asking, with no subject of its own,
    hanging off another verb: the question was put to the subject, not asked by it."""
    return tok.lemma_.lower() == "ask" and tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) and tok.i < tok.head.i


def _asker(tok) -> list:
    """--scope all: the question of "Asked whether the plan would work, Smith said ..." is the
    asker's, who is unnamed unless an agent names him ("Asked by a reporter whether ...")."""
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return [mention_of(h) for h in speaker_heads(agent)] if agent is not None else []


def _speakers(ctx: Context, tok, subj) -> list:
    """The speaker mentions of cue verb *tok* with parsed subject *subj* (None: none found)."""
    if subj is None and tok.tag_ in ("VBD", "VBZ", "VBP"):
        subj = word_before(ctx, tok)
    subj = poll_for_share(tok, subj)
    own_subject = subj is not None and (subj.head.i == tok.i or (  # or its agent: "pressed by Holt"
        subj.head.dep_ == "agent" and subj.head.head.i == tok.i))
    if (tok.lemma_ in ("seem", "appear") and not any(c.dep_ == "xcomp" and is_cue_verb(c) for c in tok.children)) \
            or (tok.tag_ == "VBN" and tok.dep_ == "advcl" and not own_subject):
        # "Melania seems to have vanished": the writer's impression, Melania is its topic (but
        # "he appeared to suggest" is his); "Asked about the bomb, Clinton said": the asker is
        # unnamed (PolNeAR marks no source for most such cases)
        return []
    return [mention_of(h) for h in speaker_heads(subj)] if subj is not None else []


def _only_a_date(ctx: Context, frags) -> bool:
    """A date is no content ("talks that are supposed to conclude by | May", "asked it to respond
    by | Oct. 31"): the parse took a time phrase for the cue's object."""
    words = [t for s, e in frags for t in ctx.tokens_between(s, e) if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _whole_quotes(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """A content never starts or ends in the middle of a quotation: the parse often cuts a clause
    at the comma inside '"... and government," when ...'; the quote goes in whole."""
    for piece in ctx.pieces:
        if piece.start >= e:
            break
        if piece.inner_start < e < piece.inner_end and piece.closed and piece.end - e < 400:
            e = piece.end
        if (piece.inner_start < s or (s == piece.inner_start and e >= piece.end)) and s < piece.inner_end \
                and s - piece.start < 400:
            s = piece.start
    return s, e


def _nominal(ctx: Context, noun) -> Optional[Statement]:
    entry = lexicon.cues().get((noun.lemma_.lower(), "NOUN"))
    if entry is None or (ctx.scope == "speech" and entry.scope != "speech"):
        return None
    if noun.dep_ == "dobj" and terms_of_speaking(noun.head):
        return None  # "not authorized to reveal details about the talks"
    clause = None
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            clause = child
            break
    if clause is None and noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ == "be":
        # "His criticism was that the budget ignored the poor", "The claim is that ..."
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    cue_tokens = [noun]
    if clause is not None:
        s, e = subtree_span(clause, ctx.text, exclude=saying_participles(clause))
    else:  # "questions about X", "concern about X", "his pledge to cut taxes": the frames of data/cues.tsv
        got = content_of(noun, entry, ctx.text)
        if got is None or got.frame not in ("prep", "xcomp"):
            return None
        clause, (s, e) = got.head, got.spans[0]
        if got.frame == "prep":
            cue_tokens.append(clause.head)
            named = [c for c in clause.children if c.dep_ == "oprd"]  # "denial of any tampering | 'laughable'": another's name for it
            if named:
                s, e = subtree_span(clause, ctx.text, exclude=named)
    speaker = None
    for child in noun.children:
        if child.dep_ in ("nsubj", "compound") and child.pos_ in ("PROPN", "PRON") and child.i < noun.i:
            speaker = child  # "Trump claims that ...", tagged as a noun
        if child.dep_ == "poss":
            speaker = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            speaker = objs[0] if objs else speaker
    if speaker is None:
        speaker = _holder(noun, ctx)
    ctx.used_cues.add(noun.i)
    return Statement(fragments=[(s, e)], form="indirect", cue_tokens=cue_tokens, cue_entry=entry,
                 cue_lemma=noun.lemma_.lower(), cue_span=span_of(cue_tokens),
                 speakers=[mention_of(h) for h in speaker_heads(speaker)] if speaker is not None else [],
                 content_root=clause, frame="ccomp", paragraph=ctx.paragraph_of(s), cue_head=noun)


def _holder(noun, ctx: Context):
    """Who holds the statement a nominal cue names when no possessive says so: the subject of
    the verb it is the object of ("the I.R.S. has questions about", "Democrats persisted in
    arguments that", "Britain blocked any discussion of"), except after verbs whose subject is
    the target ("Trump has faced questions about")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in lexicon.target_verbs():
        return None
    entry = cue_entry(head, ctx.scope)
    if entry is not None and entry.cls == "deny":
        return None  # "scoffed at reports that ...": the reports are not the scoffer's
    return subject_of(head, quoted=ctx.quoted)


def according_to(ctx: Context, covered: bytearray) -> list[Statement]:
    out = []
    text = ctx.text
    for tok in ctx.doc:
        if tok.lower_ != "according" or ctx.in_quote(tok):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None or tok.i + 1 >= len(ctx.doc) or ctx.doc[tok.i + 1].lower_ != "to":
            continue
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            continue
        found = according_clause(tok, objs[0])
        if found is None:
            continue
        root, tokens = found
        frags = [(s, e) for s, e in (trim(text, *span_of(r)) for r in runs(tokens)) if e - s > 1]
        if not frags:
            continue
        if share(covered, frags[0][0], frags[-1][1]) > 0.5:
            continue
        cue_toks = [tok, ctx.doc[tok.i + 1]]
        entry = lexicon.pseudo_cue("according to")
        out.append(Statement(fragments=frags, form="indirect", cue_tokens=cue_toks, cue_entry=entry,
                         cue_lemma="according to", cue_span=span_of(cue_toks),
                         speakers=[mention_of(h) for h in speaker_heads(objs[0])],
                         content_root=root if not (tok.i <= root.i <= objs[0].i) else None,
                         frame="clause", paragraph=ctx.paragraph_of(frags[0][0]), cue_head=tok))
        for s, e in frags:
            mark(covered, s, e)
    return out
