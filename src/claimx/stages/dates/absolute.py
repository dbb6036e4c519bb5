"""Value handlers for mentions that write their year: ISO and numeric dates, "March 3, 2024",
"June 1998", "the winter of 1994", "nineteen ninety-four", "in 1998", "the 1990s", "the nineties".

Every handler takes (text, token, anchor) and returns a :class:`~.calendar.Value` or None (not a date).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .. import lexicon
from .calendar import Anchor, Value, date, day_range, decade_range, month_range, number, season_range, year_range


def month_number(word: str) -> int:
    return lexicon.date_words()["months"][word.lower().rstrip(".")]


def month_and_numbers(text: str) -> tuple[Optional[int], list[int]]:
    """The month named in *text* and the numbers written in it: 'Dec. 7, 2024' -> (12, [7, 2024])."""
    months = lexicon.date_words()["months"]
    words = re.findall(r"[A-Za-z]+\.?|\d+", text)
    month = next((month_number(x) for x in words if x.lower().rstrip(".") in months), None)
    return month, [int(x) for x in re.findall(r"\d+", text)]


def year_of(text: str) -> int:
    """The year written in *text*, in digits or in words ("nineteen ninety-four")."""
    digits = re.findall(r"\d{4}", text)
    if digits:
        return int(digits[-1])
    m = re.search(r"(nineteen|two\s+thousand)\b.*$", text, re.IGNORECASE)
    return int(spelled_year(m.group(0), None, Anchor(None)).value)


def iso(text: str, tok, at: Anchor) -> Optional[Value]:
    """'2024-12-22'"""
    return date(day_range(dt.date.fromisoformat(text)))


def numeric(text: str, tok, at: Anchor) -> Optional[Value]:
    """'12/22/2024', '12/22/98'"""
    m, d, y = (int(x) for x in text.split("/"))
    if y < 100:
        y += 1900 if y > 30 else 2000
    try:
        return date(day_range(dt.date(y, m, d)))
    except ValueError:
        return None


def month_day_year(text: str, tok, at: Anchor) -> Optional[Value]:
    """'December 22, 2024', '22 December 2024'"""
    month, nums = month_and_numbers(text)
    day, year = nums[0], nums[-1]
    try:
        return date(day_range(dt.date(year, month, day)))
    except ValueError:
        return None


def month_year(text: str, tok, at: Anchor) -> Optional[Value]:
    """'June 1998', 'early January of 1999', 'January nineteen ninety-seven'"""
    month, _ = month_and_numbers(text)
    return date(month_range(year_of(text), month))


def season_year(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the winter of 1994', 'summer 2024'"""
    code = next(v for k, v in lexicon.date_words()["seasons"].items() if k in text.lower())
    return date(season_range(year_of(text), code))


def spelled_year(text: str, tok, at: Anchor) -> Optional[Value]:
    """'nineteen ninety-four', 'two thousand and one', 'the year two thousand'"""
    low = text.lower().replace("the year ", "")
    words = lexicon.date_words()["numbers"]
    if low.startswith("two thousand"):
        rest = low[len("two thousand"):].replace("and", "").strip()
        return date(year_range(2000 + (words.get(rest) or 0)))
    rest = low[len("nineteen"):].strip()
    n = number(rest) if rest else None
    return date(year_range(1900 + int(n))) if n else None


def year_in_context(text: str, tok, at: Anchor) -> Optional[Value]:
    """'in 1998', 'since 2001' (the year alone: a bare number is no date)"""
    return date(year_range(int(text)))


def decade(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the 1990s', "the '80s", 'the early 1970s'"""
    m = re.search(r"(\d{3})0'?s", text)
    if m:
        dec = m.group(1)
    else:
        m2 = re.search(r"'?(\d)0s", text)
        dec = "19" + m2.group(1)
    return date(decade_range(dec))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def decade_in_words(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the nineties', 'the nineteen sixties'"""
    return date(decade_range("19" + str(_DECADE_WORDS[text.lower().split()[-1]])))
