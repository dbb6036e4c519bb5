"""Which quotes of a paragraph go on with a tagged quote before them ('"A," he said. "B"'), and
which quotes a tag does not take: a quote the writer's sentence leads into, a title in the
speaker's description.
"""
from __future__ import annotations


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
