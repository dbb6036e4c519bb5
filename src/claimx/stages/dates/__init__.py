"""Stage: find time expressions and normalize them against the document date (TimeML TIMEX3 values).

Where things are:
- ``grammar.py``: the rule table (pattern, handler, example), one row per kind of expression;
- ``absolute.py`` (the year is written), ``months.py`` (months, seasons, holidays without a year),
  ``relative.py`` ("last week" -> 2024-W51, weekdays, "yesterday", "two weeks ago", "later that
  year"), ``fiscal.py`` (quarters and halves), ``lengths.py`` (durations, sets, references): the
  value handlers, by family;
- ``calendar.py``: pure calendar arithmetic; ``tense.py``: tense and schedules read from the parse;
- ``extent.py``: what is no date, and TimeML extents; ``fallback.py``: dateparser, for spaCy DATE
  entities the grammar cannot read; ``find.py``: finding, filtering, anaphors.

Conventions (the README's "Dates" section has them in full): ``last week`` is the calendar week
before the document's; a bare weekday the closest such day not after the document date unless
"will", "next" or a schedule puts it ahead; a month without a year the one nearest the document
date, kept from the wrong side by the tense; durations get ``P..`` values and no day range;
numbers, money, ages and "may"/"march" used as words are no dates.
"""
from .find import Timex, find_dates

__all__ = ["Timex", "find_dates"]
