"""Reported speech from the dependency parse: a cue verb with a clause, infinitive or object that
holds the content; participial and coordinated cues inheriting the subject; a tag inside or after
its content ("The deal is done, officials said."); nominal cues ("X's claim that ..."); and
"according to X".
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from .. import lexicon
from ..masks import mark, share
from ..statement import Frame, Statement
from .context import Context, runs, span_of, subtree_span, trim
from .cues import cue_entry, cue_tokens_of, generic_entry, is_cue_verb
from .light_verbs import light_verb
from .subjects import SUBJECT_DEPS, mention_of, poll_for_share, speaker_heads, subject_of, word_before


class ContentHit(NamedTuple):
    """Where a cue's content is: its head token, the frame that found it, its span(s) and any
    tokens that join the cue ("accusing her of": "of")."""

    head: object  # spaCy Token
    frame: Frame
    spans: list  # [(start, end), ...]
    extra_cue: list


_REFUSAL = "refusal"  # "refused to comment": the cue states nothing, try no other frame


def content_of(verb, entry: lexicon.CueEntry, text: str) -> Optional[ContentHit]:
    """The content of cue word *verb*: its frames (``data/cues.tsv``) are tried in the lexicon's
    order, and the first that finds a dependent holding the content wins."""
    children = list(verb.children)
    for frame in entry.frames:
        finder = _FINDERS.get(frame.split(":")[0])
        hit = finder(verb, children, frame, text) if finder is not None else None
        if hit == _REFUSAL:
            return None
        if hit is not None:
            return hit
    return None


def _clause(verb, children, frame, text):
    """"said that ...", "said the deal was done": a clausal complement (or a parataxis with a subject).
    A saying before the verb with a complement after it is another statement that the parser hung on
    this one ("X has said A, and Y said B"): the complement after the verb is this one's."""
    clauses = [c for c in children if c.dep_ == "ccomp" or (c.dep_ == "parataxis" and c.i > verb.i
                                                             and any(g.dep_ in SUBJECT_DEPS for g in c.children))]
    if len(clauses) > 1 and clauses[0].i < verb.i < clauses[-1].i and \
            (clauses[0].lemma_.lower(), "VERB") in lexicon.cues() and any(c.dep_ == "ccomp" for c in clauses[0].children):
        clauses = clauses[1:]
    if not clauses:
        return None
    child = clauses[0]
    # a participial cue hanging off the content ("..., claiming he could ...") is a
    # statement of its own; other cue words inside the content stay part of it
    nested = [t for t in child.subtree if t.i != child.i and t.dep_ == "advcl" and t.tag_ == "VBG"
              and ((lexicon.cues().get((t.lemma_.lower(), "VERB"))
                    and any(c.dep_ == "ccomp" for c in t.children))
                   or _trailing_participle(t, child))]
    acts = [c for c in child.children if c.i > child.i and _belongs_to_cue(c, child)]
    nested += acts + [c for c in child.children if c.dep_ == "cc" and any(
        a.dep_ == "conj" and a.i > c.i for a in acts)] + _trailing_asides(child) + _next_speaker(verb, child)
    s, e = subtree_span(child, text, exclude=nested)
    reason = _reason_after(verb, child)
    if reason is not None and e <= reason.left_edge.idx:  # "said the claim was false, because ..."
        e = subtree_span(reason, text)[1]
    return ContentHit(child, "ccomp", [(s, e)], [])


def _next_speaker(verb, clause) -> list:
    """"X has said A, and Y said B" parsed with X's saying under Y's: the words from ", and" on
    name Y, and are not part of A."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or (head.lemma_.lower(), "VERB") not in lexicon.cues():
        return []
    doc = verb.doc
    cuts = [t.i for t in clause.subtree if t.dep_ == "cc" and t.i < head.i and t.i > 0 and doc[t.i - 1].text == ","]
    if not cuts:
        return []
    return [t for t in clause.subtree if t.i >= cuts[-1] - 1 and t.left_edge.i >= cuts[-1] - 1]


def _reason_after(verb, clause):
    """A reason or condition the parser hung on the cue verb right after its clause ("said the
    claim smacked of hypocrisy, because the council had done the same"): part of what was said."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > clause.right_edge.i
                 and c.left_edge.dep_ == "mark" and c.left_edge.lower_ in ("because", "since", "unless", "if")
                 and c.left_edge.i <= clause.right_edge.i + 2), None)


def _infinitive(verb, children, frame, text):
    """"vowed to fight", "urged to act"; "refused to comment (on the report)" and "asked not to be
    named" state nothing."""
    for child in children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and child.i > verb.i:
            if child.lemma_.lower() in lexicon.no_comment_verbs() and not any(
                    c.dep_ in ("dobj", "ccomp") for c in child.children):
                return _REFUSAL
            if child.lemma_.lower() in ("name", "identify", "quote") and any(c.dep_ == "auxpass" for c in child.children):
                return _REFUSAL  # "who asked not to be named"
            return ContentHit(child, "xcomp", [subtree_span(child, text)], [])
    return None


def _object(verb, children, frame, text):
    """"denied the report", "called Trump a liar" (dobj+oprd), "urged Congress to act" (dobj+xcomp),
    "a poll showed a tie" (dobj:record: only with a record as subject)."""
    record = frame == "dobj:record"
    if record:
        subj = subject_of(verb)
        if subj is None or subj.lemma_.lower() not in lexicon.record_nouns():
            return None
        frame = "dobj"
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and frame == "dobj+oprd":
        # 'called Trump a "liar"' parsed as two predicates, 'called her "third-rate"' with "her" a
        # possessive of the predicate: the predicate's subtree holds both
        obj = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i and (c.pos_ in ("PROPN", "PRON") or any(
            p.dep_ == "poss" and p.lower_ == "her" for p in c.children))), None)
    seconds = [c for c in children if frame != "dobj" and c.dep_ == frame.split("+")[1] and obj is not None and c.i > obj.i]
    if obj is None or (obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that", "so", "what", "which")
                       and not _denies(verb) and not seconds):
        return None  # "said it": no content; but "denied it" denies what was said before, "called it a farce" calls it
    if obj.lemma_.lower() in lexicon.no_comment_verbs() and verb.lemma_.lower() in ("decline", "refuse", "offer"):
        return _REFUSAL  # "declined comment", "offered no comment"
    if frame == "dobj" and obj.lower_ in ("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself") \
            and not any(c.dep_ == "conj" for c in obj.children):
        return None  # "distanced himself from the bill": the content is the bill (a preposition frame)
    parts = [obj]
    if frame != "dobj":
        if not seconds and frame == "dobj+oprd" and (_predicative(obj) is not None or _quoted_appos(obj) is not None):
            pass  # "called the charges unsubstantiated", 'called him "a hero"' parsed inside the object
        elif not seconds and not (obj.dep_ == "oprd" and obj.pos_ not in ("PROPN", "PRON")):
            return None
        else:
            parts += seconds
    elif record:  # "polls show the mayor | ahead", "| leading by six points", "| up by ten": a small clause
        parts += [c for c in children if c.i > obj.i and c.dep_ in ("xcomp", "oprd", "advmod", "acomp", "ccomp", "prep", "npadvmod")
                  or (c.dep_ == "advcl" and c.tag_ == "VBG")]
    else:
        parts += [c for c in children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("as", "of", "for")]
    s = min(subtree_span(x, text, exclude=_trailing_asides(x))[0] for x in parts)
    e = max(subtree_span(x, text, exclude=_trailing_asides(x))[1] for x in parts)
    if text[e:e + 1] in ("\"", "\u201d") and text[s:e].count("\"") + text[s:e].count("\u201c") > text[s:e].count("\u201d"):
        e += 1  # the closing quote mark the parser hung on the verb
    return ContentHit(obj, "dobj", [(s, e)], [])


def _predicative(obj):
    """An adjective after the object that the parser hung on it ("called the charges
    unsubstantiated and fabricated": acl of "charges"), which is what the object is called; a
    participle only when it calls something false ("called the story fabricated")."""
    for c in obj.children:
        if c.dep_ in ("acl", "amod") and c.i > obj.i and (
                c.tag_ == "JJ" or (c.tag_ == "VBN" and (c.lower_ in lexicon.falsity_words() or c.lemma_.lower() in lexicon.falsity_words()))):
            return c
    return None


def _quoted_appos(obj):
    """A quoted apposition the parser hung on the object ('called the senator "the next Lincoln"')."""
    doc = obj.doc
    return next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and c.left_edge.i > 0
                 and doc[c.left_edge.i - 1].is_quote and doc[c.left_edge.i - 1].i > obj.i), None)


def _denies(verb) -> bool:
    entry = lexicon.cues().get((verb.lemma_.lower(), "VERB"))
    return entry is not None and entry.cls == "deny"


def _passive_subject(verb, children, frame, text):
    """"X has been endorsed by Y": the passive subject is what Y endorses."""
    subj = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or not any(c.dep_ == "agent" for c in children):
        return None
    if subj.pos_ == "PRON" and subj.lower_ not in ("who", "which", "that"):
        return None
    return ContentHit(subj, "nsubjpass", [subtree_span(subj, text)], [])


def _preposition(verb, children, frame, text):
    """"called for a review", "accused her of lying", "called on the administration to act"."""
    word = frame[5:]
    particles = [c for c in children if c.i == verb.i + 1 and c.dep_ in ("prt", "advmod")]
    # the parser often hangs the preposition on the particle: "pushed back against the charges"
    prep = next((c for c in [*children, *(g for p in particles for g in p.children)]
                 if c.dep_ == "prep" and c.lower_ == word and c.i > verb.i), None)
    if prep is None:
        return _for_to_clause(verb, children, word, text)
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objs:
        return None
    extra = [prep] if prep.i - verb.i <= 4 else []  # "spoke out Tuesday about"
    # ", which ..." closing the object goes; an apposition stays ("in Tulsa, Oklahoma")
    s, e = subtree_span(objs[0], text, exclude=[t for t in _trailing_asides(objs[0]) if t.dep_ != "appos"])
    obj = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < prep.i and word in ("of", "for", "as")), None)
    if obj is not None:  # "accused her of lying", "sees golf courses as wasted space": who and what
        s, extra = subtree_span(obj, text)[0], []
    then = next((c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > objs[0].i
                 and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)), None)
    if then is not None:  # "called on the administration to act": who and what
        e = max(e, subtree_span(then, text)[1])
    return ContentHit(objs[0], "prep", [(s, e)], extra)


def _for_to_clause(verb, children, word, text):
    """"called for the council to resign": the parser makes "for" the marker of a clause."""
    for c in children:
        first = c.left_edge
        if c.dep_ in ("advcl", "ccomp") and c.i > verb.i and first.dep_ == "mark" and first.lower_ == word \
                and first.head.i == c.i and c.tag_ == "VB" and any(a.dep_ == "nsubj" for a in c.children):
            s, e = trim(text, first.idx + len(first.text), subtree_span(c, text)[1])
            return ContentHit(c, "prep", [(s, e)], [first] if first.i - verb.i <= 4 else [])
    return None


# frame name in data/cues.tsv (before any ":" or "+" detail) -> finder; "quote" has none: it only
# serves as a tag next to a quote (direct.py)
_FINDERS = {"ccomp": _clause, "xcomp": _infinitive, "dobj": _object, "dobj+oprd": _object, "dobj+xcomp": _object,
            "nsubjpass": _passive_subject, "prep": _preposition}


def _trailing_asides(head) -> list:
    """The writer's asides closing a content: a relative clause or an apposition set off by a
    comma at its end ('cited "Obama-Clinton" policies, which he said had harmed the economy';
    'cited the case of Guccifer 2.0, an individual or group of hackers ...')."""
    doc = head.doc
    last = head.right_edge.i
    out = []
    for t in head.subtree:
        if t.dep_ in ("relcl", "appos", "advcl") and t.i > head.i and t.left_edge.i > 0 and \
                doc[t.left_edge.i - 1].text == "," and t.right_edge.i >= last - 1 and \
                ((t.dep_ == "appos" and not _list_item(t)) or _relative_start(t) or _concession(t)):
            out.append(t)
    return out


def _list_item(appos) -> bool:
    """An apposition that is the parser's reading of a list ("hacking of the National Committee,
    the Campaign Committee and state offices"): like its head and coordinated further, unlike a
    description ("Rep. Don Beyer, a former governor and ambassador")."""
    return appos.pos_ == appos.head.pos_ and any(c.dep_ == "conj" for c in appos.children)


def _relative_start(clause) -> bool:
    """A relative clause opening with its pronoun: ', which ...', ', for whom ...'."""
    if clause.dep_ != "relcl":
        return False
    first = clause.left_edge
    second = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else first
    return first.tag_ in _WH or (first.tag_ == "IN" and second.tag_ in _WH)


_WH = ("WDT", "WP", "WP$")


def _concession(clause) -> bool:
    """', though she gave no details' closing a content: the writer's comment on it; ', while
    others said ...' only with a statement of its own ('estimated that A would rise, while B would
    fall' is one estimate)."""
    if clause.dep_ != "advcl" or clause.left_edge.dep_ != "mark":
        return False
    mark_word = clause.left_edge.lower_
    return mark_word in ("though", "although") or (mark_word in ("while", "whereas") and is_cue_verb(clause) and any(
        c.dep_ in SUBJECT_DEPS for c in clause.children))


def _belongs_to_cue(token, clause) -> bool:
    """A part of the parse's clause that is the speaker's next act, not the content: a coordinated
    cue verb without its own subject ('said he would order a review and warned against hackers')
    or a clause after a semicolon ('said it was not intentional; they only learned ...')."""
    if token.dep_ == "conj" and is_cue_verb(token) and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        # a verb of saying in the cue's own form: "said ... and warned", "demanding ... and
        # saying", "said ... and doesn't see"; not one that shares the clause's auxiliary ("said
        # the grants should be based on need and come with audits") or an attitude ("said she was
        # elated but still feared the army")
        entry = lexicon.cues()[(token.lemma_.lower(), "VERB")]
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        same_form = token.tag_ == clause.head.tag_ and not auxes
        return entry.scope == "speech" and (same_form or any(a.lemma_ == "do" for a in auxes))
    if token.dep_ == "parataxis":
        i = token.left_edge.i - 1
        return i > clause.i and token.doc[i].text == ";"
    return False


def _trailing_participle(token, clause) -> bool:
    """', citing ...', ', implicitly putting ...' closing a reported clause: the reporter's
    comment on the act, not part of what was said (PolNeAR leaves it out of the content)."""
    doc = token.doc
    comma_before = token.i > 0 and (doc[token.i - 1].text == "," or (
        doc[token.i - 1].dep_ == "advmod" and token.i > 1 and doc[token.i - 2].text == ","))
    if not comma_before:
        return False
    last = clause.right_edge.i
    end = token.right_edge.i
    return end == last or (end == last - 1 and doc[last].is_punct)


def reported_speech(ctx: Context, covered: bytearray) -> list[Statement]:
    """Statements of cue verbs and nouns outside quotes whose content is not yet *covered* by
    another statement (marks what it takes)."""
    out = []
    for tok in ctx.doc:
        if tok.i in ctx.used_cues or ctx.in_quote(tok):
            continue
        if tok.pos_ == "NOUN":
            found = _nominal(ctx, tok)
            if found is not None:
                s, e = found.fragments[0]
                if share(covered, s, e) <= 0.5 or _denied_object(ctx, tok):
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


def _denied_object(ctx: Context, noun) -> bool:
    """"denied reports that he had resigned", "rejected accusations by the union that ...": the
    report or accusation a denial answers is a statement of its own, told inside the denial."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    entry = cue_entry(head, ctx.scope) if head.pos_ in ("VERB", "AUX") else None
    return entry is not None and entry.cls == "deny" and noun.dep_ in ("dobj", "pobj")


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
    light = light_verb(tok, ctx.text) if entry is None else None  # "made it clear that ..."
    if light is not None:
        entry, got = light[0], ContentHit(light[1], "ccomp", light[2], light[3])
    elif entry is None:
        return None
    else:
        got = content_of(tok, entry, ctx.text) or _parenthetical(tok, entry, ctx.text)
    if got is None:
        return None
    frags = [_whole_quotes(ctx, s, e) for s, e in got.spans if e > s]
    if not frags:
        return None
    s, e = frags[0][0], frags[-1][1]
    nested = covered[tok.idx] and share(covered, s, e) == 1.0 and not ctx.in_quote(tok)
    if share(covered, s, e) > 0.5 and not nested:
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
    if _asked_of(tok) or (tok.dep_ == "xcomp" and _asked_of(tok.head)):
        return None  # "Asked what he would do (Asked to comment), Smith said ...": an unnamed asker's question
    if tok.pos_ == "ADJ" and (subj is None or subj.lower_ in ("it", "there", "this", "that")):
        return None  # "It is certain that ...": nobody holds it
    speakers = _speakers(ctx, tok, subj)
    if nested and not (got.frame == "ccomp" and entry.scope == "speech" and entry.cls in ("assert", "report", "claim")
                       and subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or subj.lower_ in lexicon.HUMAN_PRONOUNS
                                                 or lexicon.roles().get(subj.lemma_.lower()) == "PERSON")):
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


def _asked_of(tok) -> bool:
    """"Asked about the bomb, Clinton said": a participle of asking, with no subject of its own,
    hanging off another verb: the question was put to the subject, not asked by it."""
    return tok.lemma_.lower() == "ask" and tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) and tok.i < tok.head.i


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


def _whole_quotes(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """A content never starts or ends in the middle of a quotation: the parse often cuts a clause
    at the comma inside '"... and government," when ...'; the quote goes in whole."""
    for piece in ctx.pieces:
        if piece.start >= e:
            break
        if piece.inner_start < e < piece.inner_end and piece.closed and piece.end - e < 400:
            e = piece.end
        if piece.inner_start < s < piece.inner_end and s - piece.start < 400:
            s = piece.start
    return s, e


def _parenthetical(verb, entry, text: str) -> Optional[ContentHit]:
    """A tag inside or after its content: 'The party, he argued, should be prepared.' and
    'The deal is done, officials said.' when the parser hangs the cue off the content's verb.
    The content is that verb's clause without the tag, in one or two fragments."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or not ({"ccomp", "quote"} & set(entry.frames)):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    tag = {t.i for t in verb.subtree}
    tokens = [t for t in head.subtree if t.i not in tag]
    while tokens and tokens[-1].dep_ == "punct" and tokens[-1].head.i == head.i:
        tokens.pop()  # the sentence's full stop
    spans = [trim(text, *span_of(r), ",;:-\u2014") for r in runs(tokens)]
    return ContentHit(head, "ccomp", [(s, e) for s, e in spans if e > s], [])


def _nominal(ctx: Context, noun) -> Optional[Statement]:
    entry = lexicon.cues().get((noun.lemma_.lower(), "NOUN"))
    if entry is None or (ctx.scope == "speech" and entry.scope != "speech"):
        return None
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
        s, e = subtree_span(clause, ctx.text)
    else:  # "questions about X", "concern about X": the frames of data/cues.tsv
        got = content_of(noun, entry, ctx.text)
        if got is None or got.frame != "prep":
            return None
        clause, (s, e) = got.head, got.spans[0]
        cue_tokens.append(clause.head)
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
        phrase_s = tok.idx
        phrase_e = span_of(list(objs[0].subtree))[1]
        sent = tok.sent
        s0, e0 = trim(text, sent.start_char, phrase_s)
        s1, e1 = trim(text, phrase_e, sent.end_char)
        frags = [(s, e) for s, e in ((s0, e0), (s1, e1)) if e - s > 1]
        if not frags:
            continue
        if share(covered, frags[0][0], frags[-1][1]) > 0.5:
            continue
        cue_toks = [tok, ctx.doc[tok.i + 1]]
        entry = lexicon.pseudo_cue("according to")
        root = sent.root
        out.append(Statement(fragments=frags, form="indirect", cue_tokens=cue_toks, cue_entry=entry,
                         cue_lemma="according to", cue_span=span_of(cue_toks),
                         speakers=[mention_of(h) for h in speaker_heads(objs[0])],
                         content_root=root if not (tok.i <= root.i <= objs[0].i) else None,
                         frame="clause", paragraph=ctx.paragraph_of(frags[0][0]), cue_head=tok))
        for s, e in frags:
            mark(covered, s, e)
    return out
