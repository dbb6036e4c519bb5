"""Value handlers for the periods of company reports: "the third quarter", "the year-ago quarter",
"the latest quarter", "1989's second half", "year-end".

TimeBank's convention: in an earnings report (a text that mentions a "third-quarter"), "the
quarter" and "a year ago" mean the last completed quarter and that quarter a year back. Every
handler takes (text, token, anchor) and returns a :class:`~.calendar.Value` or None.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon
from .calendar import Anchor, Value, date, half_range, quarter_of, quarter_range, quarter_shift, unknown, year_range
from .tense import tense


def _ordinal(low: str) -> Optional[int]:
    return next((v for k, v in lexicon.date_words()["ordinals"].items() if re.search(rf"\b{k}\b", low)), None)


def year_ago(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the year-ago quarter', 'the year-earlier period', 'a year ago' in an earnings report"""
    if at.dct is None:
        return unknown("DATE", "quarter")
    low = text.lower()
    if ("period" in low or "quarter" in low or at.quarterly) and "nine months" not in low:
        return date(quarter_shift(at.dct.year, quarter_of(at.dct), -5))
    return date(year_range(at.dct.year - 1))


def the_quarter(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the quarter', 'the latest period', 'the current quarter' (earnings reports only)"""
    if not at.quarterly or at.dct is None:
        return None
    if "period" in text.lower() and "latest" not in text.lower():
        return None
    return date(quarter_shift(at.dct.year, quarter_of(at.dct), 0 if "current" in text.lower() else -1))


def year_quarter(text: str, tok, at: Anchor) -> Optional[Value]:
    """'1989 third quarter', "last year's second half", 'the 1990 fiscal period'"""
    low = text.lower()
    m = re.search(r"(1[89]|20)\d\d", low)
    if m:
        y = int(m.group(0))
    elif at.dct is None:
        return unknown("DATE", "quarter")
    else:
        y = at.dct.year + (-1 if "last" in low else 1 if "next" in low else 0)
    n = _ordinal(low)
    if "half" in low:
        return Value("DATE", f"{y}-H{n or 1}", None, None, "half")
    if n is None:
        if at.dct is None or not at.quarterly:
            return date(year_range(y))
        n = (quarter_of(at.dct) - 2) % 4 + 1
    return date(quarter_range(y, n))


def quarter(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the third quarter', 'the first half', 'the fourth quarter of 1989', 'the latest quarter'"""
    low = text.lower()
    half = "half" in low
    n = _ordinal(low)
    explicit = re.findall(r"\d{4}", low)
    if at.dct is None and not explicit:
        return unknown("DATE", "half" if half else "quarter")
    current_q = quarter_of(at.dct) if at.dct else 1
    y = int(explicit[0]) if explicit else at.dct.year
    if "last year" in low:
        y -= 1
    elif "next year" in low:
        y += 1
    if half:
        n = n or (1 if current_q <= 2 else 2)
        if n > 2:
            return None
        return date(half_range(y, n))
    if n is None:
        # the last completed quarter, a year back for "year-ago", the running one for "current"
        k = -1 - (4 if "year-ago" in low or "year-earlier" in low else 0) + (1 if "current" in low else 0)
        return date(quarter_shift(y, current_q, k))
    if not explicit and n > current_q and tense(tok) != "future":
        y -= 1
    return date(quarter_range(y, n))


def year_end(text: str, tok, at: Anchor) -> Optional[Value]:
    """'year-end', 'the year end': the document's year"""
    if at.dct is None:
        return unknown("DATE", "year")
    return date(year_range(at.dct.year))
