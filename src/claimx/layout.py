"""Layout normalization: the text the stages analyse, and the way back to the input's offsets.

News archives are not all one paragraph per line. Wire copy, e-mail, LDC corpora and text taken
from PDFs are hard-wrapped at 60-80 characters, with paragraphs separated by blank lines or by
indentation, or by nothing at all; files from Windows end lines with CR LF. The stages read a line
break as a paragraph end, so such text is normalized first:

- CR LF and CR line ends become LF; a form feed becomes a line break;
- a line break inside a sentence (a line of three words or more ends in a word or a comma, the
  next goes on in lower case) is a space, in any text;
- hard-wrapped text (:func:`is_wrapped`) gets one line per paragraph: a line break inside a
  paragraph becomes a space, the indentation and the runs of spaces of its lines go, and a word
  hyphenated at a line end is joined ("negoti-" + "ations"; "well-" + "known" keeps its hyphen).

A paragraph ends at a blank line, before an indented line (when the text indents its paragraphs),
or after a line that the next word would still have fitted on (a greedy wrapper broke it early on
purpose) and that ends a sentence or is a short heading. Text that needs none of this is analysed
as it is, at no cost. Every offset the stages produce maps back through :meth:`Layout.source`, so
``text[start:end] == span.text`` holds on the input as given.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

SENTENCE_END = ".?!:;\"'\u201d\u2019)"
MAX_WRAP_WIDTH = 120  # wider lines are paragraphs, not a wrapper's lines
_SPACES = re.compile(r"[ \t]{2,}")
_FIRST_WORD = re.compile(r"\S+")
_BROKEN_WORD = re.compile(r"[a-z]-$")  # "negoti-": only a wrapper breaks a word


class _OffsetMap:
    """Offsets of a rewritten text back to the text it was written from: piecewise shifts, one
    anchor (new offset, old offset) where a shift starts."""

    def __init__(self, anchors: list[tuple[int, int]]):
        self.starts = [a for a, _ in anchors]
        self.anchors = anchors

    def __call__(self, pos: int) -> int:
        k = bisect.bisect_right(self.starts, pos) - 1
        new, old = self.anchors[k]
        return old + (pos - new)


@dataclass
class Layout:
    """The text to analyse and how its offsets map back to the input (no maps: the text is the
    input). ``applied`` names the normalizations made, for the document's warnings."""

    text: str
    maps: list[_OffsetMap] = field(default_factory=list)  # applied last to first
    applied: list[str] = field(default_factory=list)

    def source(self, pos: int) -> int:
        """The input offset of character *pos* of :attr:`text` (or of its end)."""
        for offsets in reversed(self.maps):
            pos = offsets(pos)
        return pos

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The input span of ``text[start:end]``: from its first character to its last."""
        if not self.maps:
            return start, end
        if end <= start:
            s = self.source(start)
            return s, s
        return self.source(start), self.source(end - 1) + 1


class _Builder:
    """Writes a new text piece by piece from an old one, keeping anchors where offsets shift."""

    def __init__(self, old: str):
        self.old = old
        self.parts: list[str] = []
        self.n = 0
        self.anchors: list[tuple[int, int]] = [(0, 0)]

    def _at(self, src: int) -> None:
        out, old = self.anchors[-1]
        if old + (self.n - out) != src:
            if out == self.n:
                self.anchors[-1] = (self.n, src)
            else:
                self.anchors.append((self.n, src))

    def copy(self, start: int, end: int) -> None:
        """Keep old[start:end] as it is."""
        if end > start:
            self._at(start)
            self.parts.append(self.old[start:end])
            self.n += end - start

    def put(self, text: str, at: int) -> None:
        """Write *text* in place of the old characters starting at *at* (same length or one char)."""
        self._at(at)
        self.parts.append(text)
        self.n += len(text)

    def result(self) -> tuple[str, _OffsetMap]:
        self._at(len(self.old))  # the end maps to the end
        return "".join(self.parts), _OffsetMap(self.anchors)


def normalize(text: str) -> Layout:
    """The :class:`Layout` of *text*: normalized when it needs it, else the text itself."""
    layout = Layout(text)
    if "\r" in text or "\f" in text:
        layout.text, offsets = _line_ends(layout.text)
        layout.maps.append(offsets)
        layout.applied.append("CR LF / CR line ends and form feeds read as line breaks")
    lines = layout.text.split("\n")
    wrapped = is_wrapped(lines)
    if not wrapped and "  " in layout.text:
        layout.text, offsets, runs = _collapse_spaces(layout.text)
        if runs:
            layout.maps.append(offsets)
            layout.applied.append(f"{runs} runs of spaces inside lines read as one space")
    if not wrapped:
        layout.text, joined = _join_broken_sentences(layout.text)
        if joined:
            layout.applied.append(f"{joined} line breaks inside a sentence read as spaces")
    if wrapped:
        layout.text, offsets, joined, hyphens = _unwrap(layout.text, lines)
        layout.maps.append(offsets)
        layout.applied.append(f"hard-wrapped text: {joined} line breaks inside paragraphs read as spaces"
                              + (f", {hyphens} words hyphenated at a line end joined" if hyphens else ""))
    return layout


# a line of three words or more that ends inside a sentence (a letter, digit or comma) and a next
# line that goes on in lower case: "\"We are ready,\nand we will win,\" she said." No paragraph
# starts that way.
_BROKEN_SENTENCE = re.compile(r"(?<=[A-Za-z0-9,])[ \t]*\n(?=[ \t]*[a-z])")


def _join_broken_sentences(text: str) -> tuple[str, int]:
    """*text* with the line breaks inside a sentence made spaces (same length: no offset map),
    and how many there were; for text too short or too ragged to be recognised as wrapped."""
    if "\n" not in text:
        return text, 0
    joined = 0

    def space(m: re.Match) -> str:
        nonlocal joined
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(line.split()) < 3:
            return m.group(0)  # a list of short lines ("Agenda:\nbudget\nroads") stays a list
        joined += 1
        return m.group(0).replace("\n", " ")

    return _BROKEN_SENTENCE.sub(space, text), joined


def _line_ends(text: str) -> tuple[str, _OffsetMap]:
    b = _Builder(text)
    i, n = 0, len(text)
    for m in re.finditer(r"\r\n?|\f", text):
        b.copy(i, m.start())
        if m.group(0) == "\r\n":
            b.copy(m.start() + 1, m.end())  # the LF stays, the CR goes
        else:
            b.put("\n", m.start())
        i = m.end()
    b.copy(i, n)
    return b.result()


def _width(lines: list[str]) -> int:
    """The wrapper's width: the longest line, not counting first lines indented past it (a
    paragraph indent added after wrapping) when most lines start at the margin."""
    body = [line.rstrip() for line in lines if line.strip()]
    flush = [line for line in body if line[:1] not in " \t"]
    return max((len(line) for line in (flush if len(flush) >= 0.5 * len(body) else body)), default=0)


def _fits(line: str, following: str, width: int) -> bool:
    """Would the first word of *following* have fitted at the end of *line* (a wrapper that breaks
    late would have put it there)?"""
    word = _FIRST_WORD.search(following)
    return word is not None and len(line.rstrip()) + 1 + len(word.group(0)) <= width


def is_wrapped(lines: list[str]) -> bool:
    """True when *lines* look hard-wrapped: no line wider than ``MAX_WRAP_WIDTH``, and in at least
    half of the pairs of consecutive non-blank lines (at least three), the next line's first word
    would not have fitted on the line before, or the line ends in a word broken by a hyphen: a
    wrapper broke the line, not the writer."""
    width = _width(lines)
    if not 30 <= width <= MAX_WRAP_WIDTH:
        return False
    pairs = tight = 0
    for line, following in zip(lines, lines[1:]):
        if line.strip() and following.strip():
            pairs += 1
            tight += not _fits(line, following, width) or bool(_BROKEN_WORD.search(line.rstrip()))
    return tight >= 3 and tight >= 0.5 * pairs


def _indents_paragraphs(lines: list[str]) -> bool:
    """The text marks paragraphs by indenting their first line (not every line)."""
    body = [line for line in lines if line.strip()]
    indented = sum(1 for line in body if line[:1] in " \t")
    return 0 < indented < 0.5 * len(body)


def _paragraph_ends(line: str, following: str, width: int, indents: bool) -> bool:
    if not following.strip():
        return True
    if indents and following[:1] in " \t":
        return True
    if not _fits(line, following, width):
        return False  # the wrapper ran out of room: the paragraph goes on
    end = line.rstrip()
    if end[-1:] in SENTENCE_END:
        return True
    first = following.lstrip().lstrip("\"'\u201c\u2018(`[")[:1]
    return len(end) < 0.6 * width and first.isupper()  # a heading or dateline


@lru_cache(maxsize=None)
def _hyphen_words() -> frozenset:
    from .stages import lexicon

    return lexicon.hyphen_prefixes()


def _keeps_hyphen(line: str, following: str, text: str) -> bool:
    """Is the hyphen at the end of *line* part of the word ("well-known"), not a soft hyphen?"""
    before = re.search(r"([A-Za-z]+)-$", line.rstrip())
    after = re.match(r"\s*([A-Za-z]+)", following)
    if not before or not after:
        return True
    first, second = before.group(1), after.group(1)
    if second[0].isupper() or first.lower() in _hyphen_words():
        return True
    if re.search(rf"\b{re.escape(first)}{re.escape(second)}\b", text, re.IGNORECASE):
        return False  # the text writes the word whole elsewhere
    return bool(re.search(rf"\b{re.escape(first)}-{re.escape(second)}\b", text, re.IGNORECASE))


def _unwrap(text: str, lines: list[str]) -> tuple[str, _OffsetMap, int, int]:
    """One line per paragraph: (text, offsets, line breaks joined, hyphenated words joined)."""
    width = _width(lines)
    indents = _indents_paragraphs(lines)
    b = _Builder(text)
    joined = hyphens = 0
    pos = 0
    for k, line in enumerate(lines):
        start = pos
        end = start + len(line)
        pos = end + 1  # past the line break
        stripped = line.strip()
        if not stripped:
            if k + 1 < len(lines):
                b.copy(end, end + 1)
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        _copy_collapsed(b, text, start + lead, start + trail)
        if k + 1 >= len(lines):
            continue
        following = lines[k + 1]
        if _paragraph_ends(line, following, width, indents):
            b.copy(end, end + 1)
            continue
        joined += 1
        if re.search(r"[A-Za-z]-$", stripped) and not stripped.endswith("--") and \
                re.match(r"\s*[a-z]", following) and not _keeps_hyphen(line, following, text):
            hyphens += 1
            b.parts[-1] = b.parts[-1][:-1]  # the soft hyphen goes, and the break with it
            b.n -= 1
        elif re.search(r"[A-Za-z]-$", stripped) and not stripped.endswith("--") and re.match(r"\s*[A-Za-z]", following):
            pass  # "well-" + "known": joined without a space
        else:
            b.put(" ", end)
        # the next line's indentation is skipped by its own copy
    unwrapped, offsets = b.result()
    return unwrapped, offsets, joined, hyphens


_INNER_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def _collapse_spaces(text: str) -> tuple[str, _OffsetMap, int]:
    """Runs of spaces between words ("said.  He") as one space; indentation and line ends stay."""
    b = _Builder(text)
    i = runs = 0
    for m in _INNER_SPACES.finditer(text):
        b.copy(i, m.start())
        b.put(" ", m.start())
        i = m.end()
        runs += 1
    b.copy(i, len(text))
    out, offsets = b.result()
    return out, offsets, runs


def _copy_collapsed(b: _Builder, text: str, start: int, end: int) -> None:
    """Copy text[start:end] with every run of spaces or tabs as one space."""
    i = start
    for m in _SPACES.finditer(text, start, end):
        b.copy(i, m.start())
        b.put(" ", m.start())
        i = m.end()
    b.copy(i, end)
