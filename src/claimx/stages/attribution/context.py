"""What every attribution pass reads: the parsed document, its paragraphs and quote pieces, which
paragraphs are headlines, and which characters are quoted; plus span helpers."""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..datelines import datelines
from ..quotes import ALL_MARKS, QuotePiece, quoted_mask
from ..statement import Frame


SENTENCE_END = ".?!:\"'\u201d\u2019)"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")  # the dependencies of a verb's subject


def trim(text: str, s: int, e: int, chars: str = " \t\n,;:.-\u2014") -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in chars):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def span_of(tokens) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def subtree_span(token, text: str, exclude=()) -> tuple[int, int]:
    skip = {t.i for ex in exclude for t in ex.subtree}
    toks = [t for t in token.subtree if t.i not in skip]
    if len(toks) > 1 and toks[-1].i != token.i and toks[-1].dep_ == "cc":
        toks.pop()  # "they were worried, and | more than half said ...": the conjunction joins the next statement
    s, e = span_of(toks)
    return trim(text, s, e, ",;:-\u2014")


def runs(tokens) -> list[list]:
    """*tokens* (in text order) cut into runs of adjacent tokens."""
    out = []
    for t in tokens:
        if out and t.i == out[-1][-1].i + 1:
            out[-1].append(t)
        else:
            out.append([t])
    return out


class ContentHit(NamedTuple):
    """Where a cue's content is: its head token, the frame that found it, its span(s) and any
    tokens that join the cue ("accusing her of": "of")."""

    head: object  # spaCy Token
    frame: Frame
    spans: list  # [(start, end), ...]
    extra_cue: list


class Context:
    def __init__(self, doc, text: str, paragraphs, pieces: list[QuotePiece], scope: str):
        self.doc, self.text, self.paragraphs, self.pieces, self.scope = doc, text, paragraphs, pieces, scope
        self.quoted = quoted_mask(text, pieces)
        self.headline = [self._is_headline(s, e) for s, e in paragraphs]
        self.para_starts = [s for s, _ in paragraphs]
        self.datelines = datelines(text, paragraphs)
        self.used_cues: set[int] = set()
        self.labelled_pieces: set[int] = set()

    def _is_headline(self, s: int, e: int) -> bool:
        segment = self.text[s:e].rstrip()
        letters = [ch for ch in segment if ch.isalpha()]
        if len(letters) > 8 and all(ch.isupper() for ch in letters):
            return True  # a headline or kicker in capitals
        if not segment or segment[-1] in SENTENCE_END or segment[-1] in ALL_MARKS:
            return False
        if re.search(r"[\"\u201d]\s*(\u2015|\u2014|--|\u2013)[\s\u00a0]*[A-Z][^\"\u201c\u201d]*$", segment):
            return False  # a signed quote ("..." \u2015 Name), not a headline
        return len(segment.split()) <= 20

    def without_datelines(self, fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """*fragments* with any dateline they start in cut off ("LONDON, March 3 - The economy ...")."""
        out = []
        for s, e in fragments:
            for ds, de in self.datelines:
                if ds <= s < de:
                    s = de
            if e > s:
                out.append((s, e))
        return out

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def in_quote(self, token) -> bool:
        return bool(self.quoted[token.idx])

    def tokens_between(self, s: int, e: int) -> list:
        span = self.doc.char_span(s, e, alignment_mode="contract")
        return list(span) if span is not None else []
