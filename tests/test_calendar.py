"""The dates stage without spaCy: calendar arithmetic, and every grammar rule on its own example."""
import datetime as dt

import pytest

from claimx.stages.dates import calendar
from claimx.stages.dates.calendar import Anchor
from claimx.stages.dates.grammar import rules


def test_week_range_is_iso_and_zero_padded():
    assert calendar.week_range(dt.date(2024, 12, 16)) == ("2024-W51", "2024-12-16", "2024-12-22", "week")
    assert calendar.iso_week(dt.date(2021, 1, 3)) == "2020-W53"
    assert calendar.iso_week(dt.date(2024, 1, 3)) == "2024-W01"


def test_weekend_before_and_own_weekend():
    friday, saturday = dt.date(2024, 12, 27), dt.date(2024, 12, 28)
    assert calendar.weekend_of(friday, 0)[:3] == ("2024-W51-WE", "2024-12-21", "2024-12-22")
    assert calendar.weekend_of(saturday, 0)[:3] == ("2024-W52-WE", "2024-12-28", "2024-12-29")
    assert calendar.weekend_of(friday, 1).value == "2024-W52-WE"


def test_quarters_shift_across_years():
    assert calendar.quarter_shift(2024, 1, -1).value == "2023-Q4"
    assert calendar.quarter_shift(1989, 4, -5).value == "1988-Q3"
    assert calendar.quarter_range(2024, 1)[1:3] == ("2024-01-01", "2024-03-31")


def test_month_shift_and_leap_february():
    assert calendar.shift_month(2024, 1, -1) == (2023, 12)
    assert calendar.month_range(2024, 2).end == "2024-02-29"


def test_winter_runs_into_next_year():
    assert calendar.season_range(2024, "WI")[1:3] == ("2024-12-01", "2025-02-28")


def test_counted_holidays():
    thanksgiving = [11, 3, 4, 1]  # the fourth Thursday of November
    assert calendar.holiday_date(thanksgiving, 2024) == dt.date(2024, 11, 28)
    assert calendar.holiday_date([12, 25], 2024) == dt.date(2024, 12, 25)


def test_durations_and_halves():
    assert calendar.duration_value(4, "year") == "P4Y"
    assert calendar.duration_value(24, "hour") == "PT24H"
    assert calendar.duration_value(2.5, "year") == "P2Y6M"
    assert calendar.duration_value(None, "week") == "PXW"
    assert calendar.duration_value(2, "decade") == "P20Y"


def test_numbers_in_words_and_digits():
    assert calendar.number("twenty-one") == 21
    assert calendar.number("1,000") == 1000
    assert calendar.number("2 1/2") == 2.5
    assert calendar.number("two or three") is None


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.name)
def test_every_rule_reads_its_own_example(rule):
    m = rule.pattern.search(rule.example)
    assert m is not None, rule.example
    value = rule.handler(m.group(0).strip() if "x" not in rule.pattern.groupindex else m.group("x"), None,
                         Anchor(dt.date(2024, 12, 27), quarterly=True))
    assert value is not None and (value.value is not None or rule.name == "anaphor"), (rule.example, value)
