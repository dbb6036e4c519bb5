"""Datelines: the place (and date, and agency) that opens a wire story's first paragraph.

"LONDON, March 3 - ", "HONG KONG (Reuters) - ", "WASHINGTON (AP) _ ", "BUENA PARK, Calif. -- ",
"CLEVELAND, July 19 (UPI) \u2014 ", and with a colon as South Asian papers write them ("MUMBAI: ",
"NEW DELHI, Jan 4: ") where no other paragraph opens with a capitals label (a transcript's
"WALLACE: ..." is a speaker's label). A dateline is never part of a statement's content, never a
speaker, and its date says when the story was filed, not when anyone spoke.
"""
from __future__ import annotations

import re

_PLACE = r"[A-Z][A-Z.'\u2019-]+(?:[ ][A-Z][A-Z.'\u2019-]+)*"  # in capitals: "HONG KONG", "ST. LOUIS"
_REGION = r"(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)*)?"  # ", Calif.", ", Kenya", ", Dec"
_DAY = r"(?:,?[ ]+[A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"  # ", March 3", ", Dec. 3"
_AGENCY = r"(?:[ ]*\([A-Za-z][A-Za-z &.'-]{1,40}\))?"  # "(Reuters)", "(AP)"
_DASH = r"[ ]*(?:--|-|\u2014|\u2013|_)[ ]+"
DATELINE = re.compile(f"(?P<place>{_PLACE})(?P<more>{_REGION}{_DAY}{_AGENCY}){_DASH}"
                      r"(?=[A-Z\"'\u201c\u2018`\d])")
COLON_DATELINE = re.compile(f"(?P<place>{_PLACE})(?P<more>{_REGION}{_DAY}{_AGENCY})[ ]*:[ ]+"
                            r"(?=[A-Z\"'\u201c\u2018`\d])")


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the dateline opening text[start:end] (a paragraph) ends; *start* when there is none."""
    m = DATELINE.match(text, start, end)
    if m is None or m.end() >= end or (len(m.group("place")) < 4 and not m.group("more")):
        return start  # "US - China talks", "AIDS - the disease": no place of filing
    return m.end()


def _colon_dateline_end(text: str, start: int, end: int, paragraphs: list[tuple[int, int]]) -> int:
    """Where a colon dateline ("MUMBAI: The party ...") opening text[start:end] ends; *start* when
    there is none, or when another paragraph opens with a capitals label too (a transcript)."""
    m = COLON_DATELINE.match(text, start, end)
    if m is None or len(m.group("place")) < 4 or len(text[m.end():end].split()) < 8:
        return start
    if any(s != start and COLON_DATELINE.match(text, s, e) for s, e in paragraphs):
        return start
    return m.end()


def datelines(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dateline spans of *paragraphs* (only the first few paragraphs carry one)."""
    out = []
    for s, e in paragraphs[:4]:
        d = dateline_end(text, s, e)
        if d == s:
            d = _colon_dateline_end(text, s, e, paragraphs)
        if d > s:
            out.append((s, d))
    return out
