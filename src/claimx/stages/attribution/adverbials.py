"""Statements marked by an adverbial rather than a cue verb: a poll's finding ("Smith leads Jones
by six points in a Gallup poll"; source the poll, cue "in"), a view ("In her view, the plan will
fail"; source "her", cue "view"), a report ("The firm is reportedly seeking a buyer"; no source,
cue "reportedly"). The content is the clause the adverbial hangs on, without it and without the
clauses hung on it that say something else. Polls and views only with --scope all: a poll states
no one's words, a view may be the writer's paraphrase.
"""
from __future__ import annotations

from .. import lexicon
from ..masks import mark, share
from ..statement import Statement
from .context import Context, runs, span_of, trim
from .subjects import mention_of, speaker_heads

POLL_NOUNS = {"poll", "survey"}
VIEW_NOUNS = {"view", "opinion", "estimation", "judgment", "judgement"}
REPORT_ADVERBS = {"reportedly", "allegedly", "purportedly"}

# clauses hung on the clause that say something else ("..., although Jones gained")
_OWN_CLAUSE_DEPS = {"advcl", "parataxis", "ccomp"}


def _poll(prep):
    """The poll noun a preposition "in" takes: "in a CNN poll", "in an average of state polls"."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lemma_.lower() in POLL_NOUNS:
            return None if _standing(obj) else obj
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj.lemma_.lower() == "average" and inner is not None and inner.lemma_.lower() in POLL_NOUNS:
            return obj
    return None


def _standing(poll) -> bool:
    """"rose in the polls", "trails in polls": plural polls that nothing names or narrows say how
    someone stands in general, not what a poll found ("in a new poll", "in national polls" do)."""
    return poll.tag_ == "NNS" and all(c.dep_ == "det" and c.lower_ == "the" for c in poll.children)


def _view(prep):
    """The view noun with its holder in "in her view", "in the mayor's opinion": (noun, holder)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in VIEW_NOUNS), None)
    holder = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
    return (obj, holder) if holder is not None else (None, None)


def _clause(ctx: Context, head, adverbial, covered: bytearray):
    """The fragments of the clause of verb *head* without *adverbial* and its own side clauses, or
    None: no clause of a subject named here ("who leads in the polls"), a cue verb's statement
    ("In a poll, most voters said ..."), or a clause another statement covers."""
    if head.pos_ not in ("VERB", "AUX") or head.i in ctx.used_cues or (
            adverbial.lower_ == "in" and lexicon.cues().get((head.lemma_.lower(), "VERB"))):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or head.dep_ in ("relcl", "acl"):
        return None
    skip = {t.i for t in adverbial.subtree}
    skip |= {t.i for c in head.children if c.dep_ in _OWN_CLAUSE_DEPS or (
        c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) or (
        c.i < subj.i and c.dep_ in ("prep", "advmod", "cc", "npadvmod", "punct", "mark")) for t in c.subtree}  # "In total, | ..."
    tokens = [t for t in head.subtree if t.i not in skip]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    spans = [trim(ctx.text, *span_of(r), ",;:-\u2014.") for r in runs(tokens)]
    frags = [(s, e) for s, e in spans if e - s > 1]
    if not frags or share(covered, frags[0][0], frags[-1][1]) > 0.5:
        return None
    return frags


def adverbial_statements(ctx: Context, covered: bytearray) -> list[Statement]:
    """Poll findings, views and reports whose clause no other statement covers (marks what it takes)."""
    out = []
    for tok in ctx.doc:
        if ctx.in_quote(tok):
            continue
        source = None
        if tok.lower_ in REPORT_ADVERBS and tok.dep_ == "advmod":
            cue, lemma = tok, tok.lower_
        elif tok.lower_ == "in" and tok.dep_ == "prep" and ctx.scope == "all":
            poll = _poll(tok)
            view, holder = _view(tok) if poll is None else (None, None)
            if poll is None and view is None:
                continue
            cue, lemma, source = (tok, "in", poll) if poll is not None else (view, view.lemma_.lower(), holder)
        else:
            continue
        frags = _clause(ctx, tok.head, tok, covered)
        if frags is None:
            continue
        entry = lexicon.pseudo_cue("in" if lemma not in REPORT_ADVERBS else "reportedly")
        out.append(Statement(fragments=frags, form="indirect", cue_tokens=[cue], cue_entry=entry,
                             cue_lemma=lemma, cue_span=span_of([cue]),
                             speakers=[mention_of(h) for h in speaker_heads(source)] if source is not None else [],
                             content_root=tok.head, frame="clause", paragraph=ctx.paragraph_of(frags[0][0]), cue_head=cue))
        for s, e in frags:
            mark(covered, s, e)
    return out
