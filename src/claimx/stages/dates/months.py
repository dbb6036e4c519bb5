"""Value handlers for months, seasons and holidays written without a year: "December 7", "early
January", "last March", "March of next year", "this past spring", "Thanksgiving".

The year is the one that puts the day nearest the document date, corrected by the clause's tense
and by schedules (:func:`year_for_month`). Every handler takes (text, token, anchor) and returns
a :class:`~.calendar.Value` or None (not a date).
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

from .. import lexicon
from .absolute import month_and_numbers
from .calendar import SEASON_MONTHS, Anchor, Value, date, day_range, holiday_date, month_range, season_range, unknown
from .tense import scheduled, tense


def year_for_month(month: int, tok, at: Anchor, day: int = 15) -> int:
    """The year that puts month/day nearest the document date; a past-tense verb keeps it from
    lying more than a month ahead, "will" from lying more than a month behind, and a schedule
    ("payable Dec. 7", "expected in December") puts it ahead whatever the tense."""
    dct = at.dct
    best = None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        gap = (d - dct).days
        if best is None or abs(gap) < abs(best[1]):
            best = (year, gap)
    year, gap = best
    if scheduled(tok):
        return year + 1 if gap < -31 else year
    clause = tense(tok)
    if clause == "past" and gap > 31:
        year -= 1
    elif clause == "future" and gap < -31:
        year += 1
    return year


def month_day(text: str, tok, at: Anchor) -> Optional[Value]:
    """'December 7', 'Friday, Dec. 6', '7 December', 'the 3rd of March'"""
    month, nums = month_and_numbers(text)
    if not nums:
        return None
    if at.dct is None:
        return Value("DATE", f"XXXX-{month:02d}-{nums[0]:02d}", None, None, "day")
    year = year_for_month(month, tok, at, nums[0])
    try:
        return date(day_range(dt.date(year, month, nums[0])))
    except ValueError:
        return None


def month_part(text: str, tok, at: Anchor) -> Optional[Value]:
    """'early January', 'mid-March'"""
    month, _ = month_and_numbers(text)
    if at.dct is None:
        return unknown("DATE", "month")
    return date(month_range(year_for_month(month, tok, at), month))


def month_alone(text: str, tok, at: Anchor) -> Optional[Value]:
    """'in December' (a noun: 'may' the verb is no month)"""
    if tok is not None and tok.pos_ not in ("PROPN", "NOUN"):
        return None
    return month_part(text, tok, at)


def relative_month(text: str, tok, at: Anchor) -> Optional[Value]:
    """'last March', 'next January', 'this past June'"""
    month, _ = month_and_numbers(text)
    if at.dct is None:
        return unknown("DATE", "month")
    low = text.lower()
    y = at.dct.year
    if "last" in low or "past" in low:
        y = y if month < at.dct.month else y - 1
    elif "next" in low or "coming" in low:
        y = y if month > at.dct.month else y + 1
    return date(month_range(y, month))


def month_of_relative_year(text: str, tok, at: Anchor) -> Optional[Value]:
    """'March of next year', 'December last year'"""
    month, _ = month_and_numbers(text)
    if at.dct is None:
        return unknown("DATE", "month")
    low = text.lower()
    y = at.dct.year + (-1 if "last" in low else 1 if "next" in low else 0)
    return date(month_range(y, month))


def relative_season(text: str, tok, at: Anchor) -> Optional[Value]:
    """'last summer', 'next spring', 'this past spring' (in October: this year's)"""
    code = next(v for k, v in lexicon.date_words()["seasons"].items() if k in text.lower())
    if at.dct is None:
        return unknown("DATE", "season")
    y = at.dct.year
    low = text.lower()
    if low.startswith("last") or ("past" in low and SEASON_MONTHS[code][0] >= at.dct.month):
        y -= 1
    elif low.startswith("next"):
        y += 1
    return date(season_range(y, code))


def holiday(text: str, tok, at: Anchor) -> Optional[Value]:
    """'Christmas', 'last Thanksgiving', 'Election Day' (fixed and weekday-counted holidays)"""
    low = text.lower()
    rel = low.split()[0] if low.split()[0] in ("last", "next", "this") else None
    rule = lexicon.date_words()["holidays"][low[len(rel) + 1:].strip() if rel else low]
    dct = at.dct
    if dct is None:
        return Value("DATE", f"XXXX-{rule[0]:02d}-{rule[1]:02d}" if len(rule) == 2 else None, None, None, "day")
    this_year = holiday_date(rule, dct.year)
    if rel == "last":
        year = dct.year - 1 if this_year >= dct else dct.year
    elif rel == "next":
        year = dct.year + 1 if this_year <= dct else dct.year
    else:
        year = year_for_month(this_year.month, tok, at, this_year.day)
    return date(day_range(holiday_date(rule, year)))
