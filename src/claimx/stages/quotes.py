"""Stage 2: pair quote marks into quote pieces, paragraph by paragraph.

A piece is one stretch of quoted text inside one paragraph. Rules:
- double marks first: curly opening/closing marks, straight ``"`` that toggles, and the wire
  services' two backticks and two apostrophes;
- a quote run (UK style, a mark opening each sentence of one speaker's quote: "First. "Second.")
  is one quote;
- an opening mark right after a word, inside an open quote and before a space or punctuation,
  closes it (a closing mark typed the wrong way round);
- single marks (``'``, curly singles) only in paragraphs without double marks, and never between
  letters (apostrophes: ``don't``, ``Putin's``);
- a quote left open at a paragraph end is closed there; when the next paragraph reopens with a
  quote mark, the new piece is marked as continuing it (news style for multi-paragraph quotes).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .masks import mark, new_mask

OPEN_DOUBLE = "\u201c\u201e\u00ab"
CLOSE_DOUBLE = "\u201d\u00bb"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "\u2018"
CLOSE_SINGLE = "\u2019"
STRAIGHT_SINGLE = "'"
ALL_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE


@dataclass
class QuotePiece:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph end when unclosed)
    inner_start: int
    inner_end: int
    paragraph: int
    closed: bool
    continues: Optional[int] = None  # index of the piece this one continues (previous paragraph)


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[QuotePiece], list[str]]:
    """Quote pieces in text order, and warnings about marks that could not be paired."""
    pieces: list[QuotePiece] = []
    warnings: list[str] = []
    unclosed = 0
    for p_index, (ps, pe) in enumerate(paragraphs):
        segment = text[ps:pe]
        if any(ch in segment for ch in OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE) or "\'\'" in segment \
                or "``" in segment:
            found, still_open = _pair_double(text, ps, pe)
        else:
            found, still_open = _pair_single(text, ps, pe), False
        for s, e, closed in found:
            inner_s = s + (2 if text.startswith(("\'\'", "``"), s) else 1)
            inner_e = (e - (2 if text[e - 2:e] == "\'\'" and e - 2 >= inner_s else 1)) if closed else e
            piece = QuotePiece(s, e, inner_s, max(inner_s, inner_e), p_index, closed)
            pieces.append(piece)
        if still_open:
            unclosed += 1
    # link reopened pieces to the unclosed piece of the previous paragraph
    by_para: dict[int, list[int]] = {}
    for i, piece in enumerate(pieces):
        by_para.setdefault(piece.paragraph, []).append(i)
    for i, piece in enumerate(pieces):
        prev = by_para.get(piece.paragraph - 1)
        if prev and piece.start == paragraphs[piece.paragraph][0] and not pieces[prev[-1]].closed:
            piece.continues = prev[-1]
    dangling = sum(1 for i, p in enumerate(pieces) if not p.closed
                   and not any(q.continues == i for q in pieces))
    if dangling:
        warnings.append(f"{dangling} quote(s) left open at a paragraph end and not continued: closed at the paragraph end")
    return pieces, warnings


def quoted_mask(text: str, pieces: list[QuotePiece]) -> bytearray:
    """One byte per character of *text*: 1 inside a quote piece (marks included), else 0."""
    mask = new_mask(text)
    for p in pieces:
        mark(mask, p.start, p.end)
    return mask


def _pair_double(text: str, ps: int, pe: int) -> tuple[list[tuple[int, int, bool]], bool]:
    """Pairs of double marks. Two straight single quotes count as one straight double mark, two
    backticks as an opening one (wire services and LDC corpora write `` and ''); an opening mark
    after a sentence end inside an open quote goes on with that quote (a quote run, UK style:
    '"First sentence. "Second sentence."')."""
    out = []
    open_at = None
    i = ps
    while i < pe:
        ch = text[i]
        width = 2 if (text.startswith("\'\'", i) or text.startswith("``", i)) and i + 1 < pe else 1
        straight = ch == STRAIGHT_DOUBLE or (width == 2 and ch == "'")
        opening = ch in OPEN_DOUBLE or (width == 2 and ch == "`")
        if open_at is not None and (opening or straight) and _continues_run(text, open_at, i, width, pe):
            i += width
            continue
        if opening and open_at is not None and _backwards_close(text, i, width, pe):
            out.append((open_at, i + width, True))
            open_at = None
        elif opening:
            if open_at is not None:
                out.append((open_at, i, False))
            open_at = i
        elif ch in CLOSE_DOUBLE:
            if open_at is not None:
                out.append((open_at, i + 1, True))
                open_at = None
            elif (i == ps or text[i - 1].isspace()) and i + 1 < pe and (text[i + 1].isalnum() or text[i + 1] in "'\u2018"):
                open_at = i  # a closing mark typed where a quote opens ('\u201dFear. I am ...\u201d')
        elif straight:
            if open_at is None:
                nxt = text[i + width] if i + width < pe else " "
                prev = text[i - 1] if i > ps else " "
                if not (nxt.isspace() and not prev.isspace() and out):  # else a stray closing mark
                    open_at = i
            else:
                out.append((open_at, i + width, True))
                open_at = None
        i += width
    if open_at is not None and pe - open_at > 1:
        out.append((open_at, pe, False))
        return out, True
    return out, False


def _continues_run(text: str, open_at: int, i: int, width: int, pe: int) -> bool:
    """Is the mark at *i*, inside the quote opened at *open_at*, the opening mark of the next
    sentence of the same run ('"First sentence. "Second')? It follows a sentence end and a space
    and comes right before a word."""
    before = text[open_at:i]
    nxt = text[i + width] if i + width < pe else " "
    return (len(before) > 2 and before[-1:].isspace() and before.rstrip()[-1:] in ".?!"
            and (nxt.isalnum() or nxt in "'\u2018"))


def _backwards_close(text: str, i: int, width: int, pe: int) -> bool:
    """Is the opening mark at *i*, inside an open quote, a closing mark typed the wrong way round
    ('an \u201cexpedited review\u201c of the plan')? It comes right after a word or the quote's final
    punctuation and before a space, a punctuation mark or the paragraph end."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < pe else " "
    return (prev.isalnum() or prev in ".,?!;:") and (nxt.isspace() or nxt in ".,;:?!)\u2014-")


def _pair_single(text: str, ps: int, pe: int) -> list[tuple[int, int, bool]]:
    out = []
    open_at = None
    for i in range(ps, pe):
        ch = text[i]
        if ch not in OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE:
            continue
        prev = text[i - 1] if i > ps else " "
        nxt = text[i + 1] if i + 1 < pe else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word
        opens = (prev.isspace() or prev in "([{\u2014-") and (nxt.isalnum() or nxt in "\"\u201c")
        closes = not prev.isspace() and (not nxt.isalnum())
        if open_at is None and opens and ch != CLOSE_SINGLE:
            open_at = i
        elif open_at is not None and closes and ch != OPEN_SINGLE and i - open_at > 1:
            if prev in "sS" and nxt.isspace() and text[open_at + 1:i].count(" ") == 0:
                continue  # plural possessive ("leaders' ") inside one word
            out.append((open_at, i + 1, True))
            open_at = None
    return out  # an unclosed single mark is most likely an apostrophe: dropped
