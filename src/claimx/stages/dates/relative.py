"""Value handlers for expressions relative to the document date: "last week" (2024-W51), "next
month", "over the weekend", "Friday", "next Friday", "yesterday morning", "3 p.m.", "two weeks
ago", "the past year", and anaphors such as "later that year" (relative to the last date written).

``last week`` is the calendar week (Monday to Sunday) before the document's; a bare weekday the
closest such day not after the document date, unless "will", "next" or a schedule puts it ahead.
Every handler takes (text, token, anchor) and returns a :class:`~.calendar.Value` or None.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .. import lexicon
from .calendar import (Anchor, Value, century_range, date, day_range, decade_range, duration_value, month_range,
                       number, quarter_of, quarter_shift, season_range, shift_month, unit_of, unknown, week_range,
                       weekend_of, year_range)
from .fiscal import year_ago
from .lengths import MODIFIERS, UNIT, duration
from .months import month_day
from .tense import scheduled, tense


def relative_unit(text: str, tok, at: Anchor) -> Optional[Value]:
    """'last week', 'this month', 'next year', 'the past decade', 'this past weekend', 'last summer'"""
    low = text.lower()
    unit = re.search(r"(week|weekend|month|year|decade|century|quarter|summer|winter|spring|fall|autumn|season)$",
                     low).group(1)
    if at.dct is None:
        return unknown("DATE", unit)
    d = at.dct
    if any(w in low for w in ("the past", "the last", "the next", "the coming", "the following", "the previous")):
        if unit in ("week", "month", "year", "decade", "century", "quarter") and not low.startswith(("earlier", "later")):
            return Value("DURATION", duration_value(1, unit), None, None, "duration")
    k = 0
    if re.search(r"\b(last|past|previous)\b", low) and "this past" not in low:
        k = -1
    elif re.search(r"\b(next|coming|following)\b", low) and "this coming" not in low:
        k = 1
    if "this past" in low:
        k = -1 if unit != "weekend" else 0
    seasons = lexicon.date_words()["seasons"]
    if unit in seasons or unit == "season":
        if unit == "season":
            return unknown("DATE", "season")
        return date(season_range(d.year + k, seasons[unit]))
    if unit == "week":
        return date(week_range(d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=k)))
    if unit == "weekend":
        return date(weekend_of(d, k))
    if unit == "month":
        return date(month_range(*shift_month(d.year, d.month, k)))
    if unit == "year":
        return date(year_range(d.year + k))
    if unit == "quarter":
        return date(quarter_shift(d.year, quarter_of(d), k))
    if unit == "decade":
        return date(decade_range(d.year // 10 + k))
    if unit == "century":
        return date(century_range(d.year // 100 + k))
    return None


def past_units(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the past three years' (P3Y); 'the past year' without a number is last year, as TimeML has it"""
    m = re.search(r"\bthe\s+((?:past|last|previous)\s+(?:week|month|year))$", text.lower())
    if m:
        return relative_unit(m.group(1), tok, at)
    return duration(text, tok, at)


def weekend(text: str, tok, at: Anchor) -> Optional[Value]:
    """'over the weekend': the one before the document date (its own when written on one), the
    next one under "will\""""
    if at.dct is None:
        return unknown("DATE", "weekend")
    k = 1 if tense(tok) == "future" and at.dct.weekday() < 5 else 0
    return date(weekend_of(at.dct, k))


def weekday(text: str, tok, at: Anchor) -> Optional[Value]:
    """'Friday', 'last Friday', 'next Friday', 'Friday evening' (a TIME, 2024-12-20TEV), 'Tuesdays' (a set)"""
    w = lexicon.date_words()
    low = text.lower()
    name = next(k for k in sorted(w["weekdays"], key=len, reverse=True) if re.search(rf"\b{k}", low))
    target = w["weekdays"][name] - 1
    part = next((v for k, v in w["parts_of_day"].items() if re.search(rf"\b{k}s?$", low)), None)
    if re.match(r"(every|each)\b", low) or re.search(rf"\b{name}s\b", low) or re.search(r"(?:ing|night)s$", low):
        return Value("SET", f"XXXX-WXX-{target + 1}" + (f"T{part}" if part else ""), None, None, "set")
    if at.dct is None:
        return unknown("DATE", "day")
    d = at.dct
    back = (d.weekday() - target) % 7
    if low.startswith("last") or low.startswith("this past"):
        back = back or 7
        day = d - dt.timedelta(days=back)
    else:
        clause = tense(tok)
        ahead = (target - d.weekday()) % 7
        forward = low.startswith("next") or low.startswith("this coming") or clause == "future"
        if not forward and scheduled(tok):
            # a plan reported in the past ("planned a rally on Saturday") lies on the nearer side
            forward = clause != "past" or ahead < back
        if forward:
            if low.startswith("next"):
                ahead = ahead or 7
            day = d + dt.timedelta(days=ahead)
        else:
            day = d - dt.timedelta(days=back)
    if part:
        # TIMEX3 guidelines: "Friday evening" is a TIME, 1998-08-07TEV
        return Value("TIME", f"{day.isoformat()}T{part}", day.isoformat(), day.isoformat(), "time")
    return date(day_range(day))


def relative_day(text: str, tok, at: Anchor) -> Optional[Value]:
    """'today', 'yesterday', 'tomorrow morning', 'tonight', 'last night', 'mid-afternoon yesterday'"""
    low = text.lower()
    if at.dct is None:
        return unknown("DATE", "day")
    d = at.dct
    if "yesterday" in low or low.startswith("last"):
        d -= dt.timedelta(days=1) if "yesterday" in low or "night" in low else dt.timedelta(days=0)
    elif "tomorrow" in low:
        d += dt.timedelta(days=1)
    part = next((v for k, v in lexicon.date_words()["parts_of_day"].items() if re.search(rf"\b{k}\b", low)), None)
    if low.startswith("tonight"):
        part = "NI"
    if part:
        return Value("TIME", f"{d.isoformat()}T{part}", None, None, "time")
    return date(day_range(d))


def clock_time(text: str, tok, at: Anchor) -> Optional[Value]:
    """'3 p.m.', '10:30', 'noon', 'midnight', '9 a.m. yesterday' on the document's day"""
    low = text.lower()
    if at.dct is None:
        return unknown("TIME", "time")
    d = at.dct
    if "yesterday" in low:
        d -= dt.timedelta(days=1)
    elif "tomorrow" in low:
        d += dt.timedelta(days=1)
    if "noon" in low:
        return Value("TIME", f"{d.isoformat()}T12:00", None, None, "time")
    if "midnight" in low:
        return Value("TIME", f"{d.isoformat()}T24:00", None, None, "time")
    m = re.search(r"(\d{1,2})(?::(\d\d))?", low)
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if "p.m" in low or re.search(r"\bpm\b", low):
        h = h % 12 + 12
    elif "a.m" in low or re.search(r"\bam\b", low):
        h = h % 12
    return Value("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", None, None, "time")


def _clock_on(clock: str, day: Optional[Value], at: Anchor) -> Value:
    """'5 p.m. EST Nov. 9', 'noon Saturday': the clock time on the day the rest names."""
    if day is None or day.type != "DATE" or day.value is None or len(day.value) != 10:
        return unknown("TIME", "time")
    return clock_time(clock, None, Anchor(dt.date.fromisoformat(day.value), at.quarterly))


def time_on_weekday(text: str, tok, at: Anchor) -> Optional[Value]:
    """'noon Saturday', '5 p.m. EST, Friday'"""
    wday = re.search(r"[A-Za-z]+day\b", text)
    return _clock_on(text[: wday.start()], weekday(wday.group(0), tok, at), at)


def time_on_month_day(text: str, tok, at: Anchor) -> Optional[Value]:
    """'5 p.m. EST, Nov. 6', 'noon on March 3'"""
    m = re.search(r"(?:\bon\s+)?([A-Za-z]{3,}\.?\s+\d+\w*)$", text)
    return _clock_on(text[: m.start()], month_day(m.group(1), tok, at), at)


_AGO = re.compile(rf"{UNIT}\s+(?:more\s+)?(ago|earlier|before)")
# "a further"/"another" are not stripped here: "another two years ago" has no count of its own
_AGO_MODIFIER = re.compile(rf"^({'|'.join(MODIFIERS[:-2])})\s+")


def ago(text: str, tok, at: Anchor) -> Optional[Value]:
    """'two weeks ago' (that week), 'three years earlier', 'a month ago'; '30 days before' is a length"""
    low = text.lower()
    m = _AGO.search(low)
    if not m:
        return None
    unit = unit_of(m.group(1))
    if m.group(2) == "before":
        return duration(low[: m.end(1) + 1].strip(), tok, at)  # "30 days before the vote": a length (TimeML)
    before = _AGO_MODIFIER.sub("", low[: m.start()].strip())
    n = number(before.strip()) if before.strip() else None
    if at.dct is None:
        return unknown("DATE", unit)
    if n is None:
        return Value("DATE", "PAST_REF", None, None, "ref")
    n = int(n)
    d = at.dct
    if unit == "day":
        return date(day_range(d - dt.timedelta(days=n)))
    if unit in ("week", "weekend"):
        return date(week_range(d - dt.timedelta(days=d.weekday()) - dt.timedelta(weeks=n)))
    if unit == "month":
        return date(month_range(*shift_month(d.year, d.month, -n)))
    if unit == "year":
        if n == 1 and at.quarterly:
            return year_ago(text, tok, at)
        return date(year_range(d.year - n))
    if unit == "decade":
        return date(decade_range((d.year - 10 * n) // 10))
    if unit in ("hour", "minute", "second"):
        return Value("TIME", d.isoformat(), None, None, "time")
    return None


def some_time_ago(text: str, tok, at: Anchor) -> Optional[Value]:
    """'years ago', 'months ago': PAST_REF"""
    return Value("DATE", "PAST_REF", None, None, "ref")


def anaphor(text: str, tok, at: Anchor) -> Optional[Value]:
    """'later that year', 'the following month', 'the previous Friday', 'the next morning':
    valued by :func:`resolve_anaphor` once the date they refer to is known"""
    return Value("DATE", None, None, None, "anaphor")


def resolve_anaphor(text: str, ref: Optional[str]) -> Optional[Value]:
    """The calendar unit of *ref* (the last day/month/year value written before the anaphor),
    shifted by one for following/next/previous/prior. None when *ref* is too coarse for the unit."""
    w = lexicon.date_words()
    low = text.lower()
    step = 1 if re.search(r"\b(?:following|next)\b", low) else -1 if re.search(r"\b(?:previous|prior)\b", low) else 0
    unit = low.split()[-1]
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$", ref or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))
    if unit == "year":
        return date(year_range(y + step))
    if unit == "month":
        return date(month_range(*shift_month(y, mo, step))) if mo else None
    if not d:
        return None
    day = dt.date(y, mo, d)
    if unit == "week":
        return date(week_range(day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)))
    if unit in w["weekdays"]:
        target = w["weekdays"][unit] - 1
        back = (day.weekday() - target) % 7 or 7
        return date(day_range(day - dt.timedelta(days=back))) if step < 0 else None
    day += dt.timedelta(days=step)
    part = w["parts_of_day"].get(unit)
    if part:
        return Value("TIME", f"{day.isoformat()}T{part}", day.isoformat(), day.isoformat(), "time")
    return date(day_range(day))
