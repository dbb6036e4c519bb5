"""Calendar arithmetic: day, week, month, quarter, season, year and decade ranges, durations and
holidays. Pure functions of dates and numbers, testable without spaCy.

A :class:`Range` is what a DATE mention normalizes to: its TIMEX3 value, the first and last day it
covers (inclusive, ISO dates; None where a range makes no sense) and its granularity.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple, Optional

from .. import lexicon


class Range(NamedTuple):
    value: Optional[str]
    start: Optional[str]
    end: Optional[str]
    granularity: str


class Value(NamedTuple):
    """A normalized mention: TIMEX3 type and value, day range and granularity."""

    type: str
    value: Optional[str]
    start_date: Optional[str]
    end_date: Optional[str]
    granularity: str


def date(r: Range) -> Value:
    """A DATE mention covering range *r*."""
    return Value("DATE", *r)


def unknown(typ: str, granularity: str) -> Value:
    """A mention whose value needs the document date, when there is none."""
    return Value(typ, None, None, None, granularity)


def day_range(d: dt.date, granularity: str = "day") -> Range:
    return Range(d.isoformat(), d.isoformat(), d.isoformat(), granularity)


def iso_week(d: dt.date) -> str:
    """'2024-W51': the ISO week of *d*, zero-padded as TIMEX3 writes it."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_range(monday: dt.date) -> Range:
    return Range(iso_week(monday), monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week")


def weekend_of(d: dt.date, k: int) -> Range:
    """The weekend *k* weekends from the one before *d* (*d*'s own when *d* is on one and k == 0)."""
    if d.weekday() >= 5 and k == 0:
        sat = d - dt.timedelta(days=d.weekday() - 5)
    else:
        sat = d - dt.timedelta(days=d.weekday() + 2)  # the Saturday before
        if k > 0:
            sat += dt.timedelta(weeks=1)
        elif k < 0 and d.weekday() >= 5:
            sat -= dt.timedelta(weeks=1)
    y, w, _ = sat.isocalendar()
    return Range(f"{y}-W{w:02d}-WE", sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), "weekend")


def month_range(y: int, m: int) -> Range:
    last = calendar.monthrange(y, m)[1]
    return Range(f"{y}-{m:02d}", dt.date(y, m, 1).isoformat(), dt.date(y, m, last).isoformat(), "month")


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) *k* months after y-m."""
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_range(y: int, q: int) -> Range:
    m0 = 3 * (q - 1) + 1
    end = dt.date(y, m0 + 2, calendar.monthrange(y, m0 + 2)[1])
    return Range(f"{y}-Q{q}", dt.date(y, m0, 1).isoformat(), end.isoformat(), "quarter")


def quarter_shift(y: int, q: int, k: int) -> Range:
    """The quarter *k* quarters after quarter *q* of year *y* (k = -1: the last completed one)."""
    yq = y * 4 + (q - 1) + k
    return quarter_range(yq // 4, yq % 4 + 1)


def half_range(y: int, n: int) -> Range:
    a, b = (1, 6) if n == 1 else (7, 12)
    return Range(f"{y}-H{n}", dt.date(y, a, 1).isoformat(), dt.date(y, b, calendar.monthrange(y, b)[1]).isoformat(),
                 "half")


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def season_range(y: int, code: str) -> Range:
    a, b = SEASON_MONTHS[code]
    start = dt.date(y, a, 1)
    end_y = y + 1 if code == "WI" else y
    end = dt.date(end_y, b, calendar.monthrange(end_y, b)[1])
    return Range(f"{y}-{code}", start.isoformat(), end.isoformat(), "season")


def year_range(y: int) -> Range:
    return Range(f"{y}", f"{y}-01-01", f"{y}-12-31", "year")


def decade_range(decade: int | str) -> Range:
    """Decade 199 (the 1990s) as TIMEX3 writes it: '199', 1990-01-01..1999-12-31."""
    return Range(str(decade), f"{decade}0-01-01", f"{decade}9-12-31", "decade")


def century_range(c: int) -> Range:
    return Range(f"{c:02d}", f"{c}00-01-01", f"{c}99-12-31", "century")


def holiday_date(rule: list, year: int) -> dt.date:
    """A fixed holiday [month, day] or a weekday-counted one [month, weekday, n, first day]."""
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, n, first = rule
    d = dt.date(year, month, first)
    d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


# --------------------------------------------------------------------------- numbers and lengths

def number(text: str) -> Optional[float]:
    """'3', '1,000', '2 1/2', 'three', 'twenty-one' as a number; None for 'two or three'."""
    w = lexicon.date_words()["numbers"]
    t = text.lower().strip()
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    half = re.fullmatch(r"(\d+)\s+1/2", t)
    if half:
        return int(half.group(1)) + 0.5
    if t in w:
        return w[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in w and parts[1] in w and (w[parts[0]] or 0) >= 20 and w[parts[1]]:
        return w[parts[0]] + w[parts[1]]
    return None


def _fmt_num(n: Optional[float]) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else str(n)


# A half of each unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
_HALF_OF = {"Y": ("", "6M"), "M": ("", "15D"), "D": ("", "T12H"), "H": ("T", "30M"), "MIN": ("T", "30S")}


def duration_value(n: Optional[float], unit: str) -> str:
    """TIMEX3 duration of *n* (None: unknown) *unit*s: 'P3Y', 'PT24H', 'P2Y6M', 'PXD'."""
    code = lexicon.date_words()["units"][unit]
    if n is not None and n % 1 == 0.5 and code in _HALF_OF:
        time_part, half = _HALF_OF[code]
        whole = f"{int(n)}{'M' if code == 'MIN' else code}" if int(n) else ""
        return f"P{time_part}{whole}{half}"
    if code == "DE" and n is not None:
        return f"P{_fmt_num(10 * n)}Y"
    if code in ("H", "MIN", "S"):
        return f"PT{_fmt_num(n)}{'M' if code == 'MIN' else code}"
    if code == "Q":
        return f"P{_fmt_num(n)}Q"
    return f"P{_fmt_num(n)}{code}"


def unit_of(word: str) -> str:
    """The unit a word names: 'weeks' -> 'week', 'centuries' -> 'century'."""
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


# --------------------------------------------------------------------------- the anchor

@dataclass(frozen=True)
class Anchor:
    """What a mention is normalized against: the document date (None: unknown) and whether the
    text is an earnings report (then "a year ago" is the year-ago quarter)."""

    dct: Optional[dt.date]
    quarterly: bool = False
