"""The dateparser fallback: spaCy DATE entities with a month name that the grammar could not read.

dateparser is slow to import and to call, so it is imported here only, asked once per distinct
string (cached), and only when the grammar found nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from .calendar import Value, date, day_range, month_range, year_range


@lru_cache(maxsize=4096)
def _dateparser_cached(phrase: str, dct_iso: str):
    import dateparser

    base = dt.datetime.fromisoformat(dct_iso)
    return dateparser.parse(phrase, languages=["en"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                      "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False})


def from_dateparser(phrase: str, dct: Optional[dt.date]) -> Optional[Value]:
    """Normalize a spaCy DATE entity ('the fiscal 1990', 'mid-December of last year'); None when
    it is not a date."""
    months = lexicon.date_words()["months"]
    has_month = any(re.search(rf"\b{m}\b", phrase.lower()) for m in months if len(m) > 3)
    m = re.fullmatch(r"(?:the\s+)?(?:fiscal\s+)?((?:1[89]|20)\d\d)(?:'s)?", phrase.strip(), re.IGNORECASE)
    if m:
        return date(year_range(int(m.group(1))))
    if not has_month or dct is None:
        return None
    parsed = _dateparser_cached(phrase, dct.isoformat())
    if parsed is None:
        return None
    d = parsed.date()
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", phrase):
        return date(day_range(d))
    return date(month_range(d.year, d.month))
