"""Findings reported by a poll: "Smith leads Jones by six points in a Gallup poll", "In the latest
survey, 40 percent back the plan". The poll is the source, "in" the cue, and the clause the
prepositional phrase hangs on (without it, and without clauses of their own) the content.
Likewise a view: "In her view, the plan will fail" (source "her", cue "view").
Only with --scope all: a poll states no one's words, a view may be the writer's paraphrase.
"""
from __future__ import annotations

from .. import lexicon
from ..masks import mark, share
from ..statement import Statement
from .context import Context, runs, span_of, trim
from .subjects import mention_of, speaker_heads

POLL_NOUNS = {"poll", "survey"}
VIEW_NOUNS = {"view", "opinion", "estimation", "judgment", "judgement"}

# clauses hung on the poll's clause that say something else ("..., although Jones gained")
_OWN_CLAUSE_DEPS = {"advcl", "parataxis", "ccomp"}


def _poll(prep):
    """The poll noun a preposition "in" takes: "in a CNN poll", "in an average of state polls"."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lemma_.lower() in POLL_NOUNS:
            return obj
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj.lemma_.lower() == "average" and inner is not None and inner.lemma_.lower() in POLL_NOUNS:
            return obj
    return None


def _view(prep):
    """The view noun with its holder in "in her view", "in the mayor's opinion": (noun, holder)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in VIEW_NOUNS), None)
    holder = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
    return (obj, holder) if holder is not None else (None, None)


def in_polls(ctx: Context, covered: bytearray) -> list[Statement]:
    """Poll findings whose clause no other statement covers (marks what it takes). "In a poll,
    most voters said ..." is left to the cue verb, whose source is then the poll."""
    if ctx.scope != "all":
        return []
    out = []
    for prep in ctx.doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or ctx.in_quote(prep):
            continue
        poll = _poll(prep)
        view, holder = _view(prep) if poll is None else (None, None)
        head = prep.head
        if (poll is None and view is None) or head.pos_ not in ("VERB", "AUX") or \
                lexicon.cues().get((head.lemma_.lower(), "VERB")):
            continue
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ in ("WDT", "WP") or head.dep_ in ("relcl", "acl"):
            continue  # "who leads in the polls", "trailing in the polls": a finding about no one named here
        skip = {t.i for t in prep.subtree}
        skip |= {t.i for c in head.children if c.dep_ in _OWN_CLAUSE_DEPS or (
            c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) for t in c.subtree}
        tokens = [t for t in head.subtree if t.i not in skip]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        spans = [trim(ctx.text, *span_of(r), ",;:-\u2014") for r in runs(tokens)]
        frags = [(s, e) for s, e in spans if e - s > 1]
        if not frags or share(covered, frags[0][0], frags[-1][1]) > 0.5:
            continue
        cue_toks = [prep] if poll is not None else [view]
        source = poll if poll is not None else holder
        out.append(Statement(fragments=frags, form="indirect", cue_tokens=cue_toks, cue_entry=lexicon.pseudo_cue("in"),
                             cue_lemma="in" if poll is not None else view.lemma_.lower(), cue_span=span_of(cue_toks),
                             speakers=[mention_of(h) for h in speaker_heads(source)],
                             content_root=head, frame="clause", paragraph=ctx.paragraph_of(frags[0][0]), cue_head=cue_toks[0]))
        for s, e in frags:
            mark(covered, s, e)
    return out
