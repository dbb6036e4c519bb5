"""Quotes that follow a reported statement: 'The mayor defended the cuts. "We had no choice."'
A whole-sentence quote with no tag of its own, right after the sentence of a reported statement
in the same paragraph, goes on with that statement's speaker and joins its content.
"""
from __future__ import annotations

import re

from ..masks import mark, share
from ..statement import Statement
from .context import Context, trim

_BETWEEN = re.compile(r"[\s.!?\"'\u201d\u2019)]*")


def following_quotes(ctx: Context, found: list[Statement], covered: bytearray) -> None:
    """Append to each reported statement of *found* the untagged quote sentences that follow it
    (marks them in *covered*)."""
    ends = {}
    for st in found:
        if st.form in ("indirect", "mixed") and st.speakers and st.fragments and st.cue_head is not None:
            _, para_end = ctx.paragraphs[ctx.paragraph_of(st.fragments[-1][1])]
            ends[max(st.fragments[-1][1], min(st.cue_head.sent.end_char, para_end))] = st
    if not ends:
        return
    text = ctx.text
    last_end = sorted(ends)
    for piece in ctx.pieces:
        if piece.inner_end - piece.inner_start < 2 or share(covered, piece.inner_start, piece.inner_end) > 0:
            continue
        st = _statement_before(text, ends, last_end, piece, ctx)
        if st is None or not _ends_sentence(text, piece, ctx):
            continue
        frag = trim(text, piece.inner_start, piece.inner_end, " \t\n")
        if frag[0] >= frag[1]:
            continue
        st.fragments.append(frag)
        st.form = "mixed" if st.form == "indirect" else st.form
        mark(covered, *frag)
        del ends[next(k for k, v in ends.items() if v is st)]
        ends[piece.end] = st
        last_end = sorted(ends)


def _statement_before(text: str, ends: dict, keys: list, piece, ctx: Context):
    """The statement whose content ends the sentence right before *piece* (only the full stop and
    closing marks between them), in the same paragraph."""
    ps, _ = ctx.paragraphs[piece.paragraph]
    for end in reversed(keys):
        if end > piece.start:
            continue
        if end <= ps:
            return None
        return ends[end] if _BETWEEN.fullmatch(text, end, piece.start) else None
    return None


def _ends_sentence(text: str, piece, ctx: Context) -> bool:
    """The quote is a sentence of its own: it ends with its sentence's punctuation inside the
    marks, or the paragraph ends after it."""
    inner = text[piece.inner_start:piece.inner_end].rstrip(" '\u2019\"")
    if inner[-1:] in ".?!":
        return True
    _, pe = ctx.paragraphs[piece.paragraph]
    return not text[piece.end:pe].strip()

