"""Which quotes of a paragraph go on with a tagged quote before them ('"A," he said. "B"'), and
which quotes a tag does not take: a quote the writer's sentence leads into, a title in the
speaker's description, a quote after a sentence about someone else; and a tag whose comma was left out.
"""
from __future__ import annotations

import re

from .cues import cue_entry


def led_by_words(text: str, s: int, e: int) -> bool:
    """A quote the writer's sentence leads into ('"It was shameful," said Ms Cole, who described a
    "very long queue"'): the words before it end in a word, not in the tag's comma or full stop,
    so it is no continuation of the tagged quote before it."""
    lead = text[s:e].rstrip()
    return bool(lead) and lead[-1].isalnum()


def tagged_across_asides(ctx, claim_of: dict, tag_after: dict, i: int):
    """The tagged piece before piece *i* when only quotes no statement took lie between ('"A," she
    said on "Newsnight" on Sunday. "B"'), and *i* opens the sentence after the tag's; else None."""
    pieces = ctx.pieces
    j = i - 1
    while j >= 0 and pieces[j].paragraph == pieces[i].paragraph and j not in claim_of:
        j -= 1
    if j < 0 or pieces[j].paragraph != pieces[i].paragraph or j not in tag_after:
        return None
    cue = tag_after[j]
    if cue.kind != "verb" or ctx.text[cue.verb.sent.end_char:pieces[i].start].strip():
        return None
    return j


def inside_subject(piece, subject) -> bool:
    """A quote inside the speaker's own description ('Ms Hale, the author of "Going Under," said
    ...'): a title in the subject, not a quote the verb tags."""
    if subject is None:
        return False
    first, last = subject.left_edge, subject.right_edge
    return first.idx <= piece.start < last.idx + len(last.text)


def other_actor_between(ctx, cue, around) -> bool:
    """A sentence about someone else named between the tag and the quote ('"A," Tom Lee said.
    Ann Lee shook her head. "B."'): B may be hers, it does not go on with A."""
    if cue.kind != "verb":
        return False
    after_tag = [t for t in ctx.tokens_between(cue.verb.sent.end_char, around.piece.start) if not t.is_space]
    speaker = {t.lower_ for t in cue.subject.subtree} if cue.subject is not None else set()
    return any(t.dep_ == "nsubj" and t.ent_type_ == "PERSON" and not ctx.in_quote(t)
               and not {w.lower_ for w in t.subtree} <= speaker for t in after_tag) or _speech_between(ctx, after_tag)


def _speech_between(ctx, tokens) -> bool:
    """A saying of its own between the tag and the quote ('"A," Lee said. The group will watch
    the case, Lee says. "B."'): B goes on with that one, not with A."""
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") and not ctx.in_quote(t) and any(c.dep_ == "nsubj" for c in t.children):
            entry = cue_entry(t, "speech")
            if entry is not None and entry.cls in ("assert", "report", "claim"):
                return True
    return False


_NAME_SAID = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+)?"
                        r"(?:said|says|added|asked|wrote)\b")


def comma_left_out(ctx, piece, last_inner: str, clause: str) -> bool:
    """A quote whose tag's comma was left out ('"We will build it too" Lee said after the rally.'):
    a quote of four words or more opening its sentence, ending in a word, and a tag sentence that
    opens with the speaker's name and its verb."""
    text = ctx.text
    lead = text[ctx.paragraphs[piece.paragraph][0]:piece.start].rstrip()
    if not last_inner.isalnum() or (lead and lead[-1] not in ".?!\"\u201d'\u2019") \
            or len(text[piece.inner_start:piece.inner_end].split()) < 4:
        return False
    return _NAME_SAID.match(clause) is not None
