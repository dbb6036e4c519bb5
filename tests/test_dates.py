"""Date rules with fixed document dates (the dates stage alone, through the real parser)."""
import datetime as dt

import pytest

from claimx.stages import dates, pipeline


def tag(text, dct="2024-12-27"):
    nlp = pipeline.load_pipeline()
    doc = nlp(text)
    found = dates.find_dates(doc, text, dt.date.fromisoformat(dct) if dct else None)
    return [(text[t.start:t.end], t.type, t.value, t.start_date, t.end_date) for t in found]


def one(text, dct="2024-12-27"):
    got = tag(text, dct)
    assert len(got) == 1, got
    return got[0]


def test_weekday_same_day_and_day_after():
    assert one("They met on Friday.", "2024-12-27")[2] == "2024-12-27"  # a Friday
    assert one("They met on Friday.", "2024-12-28")[2] == "2024-12-27"
    assert one("They met on Saturday.", "2024-12-27")[2] == "2024-12-21"


def test_weekday_future_and_next():
    assert one("They will meet on Monday.", "2024-12-27")[2] == "2024-12-30"
    assert one("They meet next Friday.", "2024-12-27")[2] == "2025-01-03"


def test_span_excludes_leading_on():
    assert one("Trump spoke on Sunday.")[0] == "Sunday"


def test_last_week_on_a_monday_and_across_years():
    assert one("It happened last week.", "2024-12-23")[2:] == ("2024-W51", "2024-12-16", "2024-12-22")
    assert one("It happened last week.", "2025-01-02")[2:] == ("2024-W52", "2024-12-23", "2024-12-29")


def test_iso_week_53():
    assert one("It happened last week.", "2021-01-06")[2] == "2020-W53"


def test_this_week_and_next_month():
    assert one("They meet this week.", "2024-12-27")[2] == "2024-W52"
    assert one("They meet next month.", "2024-12-27")[2:] == ("2025-01", "2025-01-01", "2025-01-31")


def test_last_month_in_january_and_leap_february():
    assert one("Sales fell last month.", "2024-01-15")[2:] == ("2023-12", "2023-12-01", "2023-12-31")
    assert one("Sales fell last month.", "2024-03-10")[2:] == ("2024-02", "2024-02-01", "2024-02-29")


def test_weekend():
    assert one("Over the weekend, he suggested a deal.", "2024-12-27")[2:] == ("2024-W51-WE", "2024-12-21", "2024-12-22")


def test_month_day_without_year_and_past_tense_rule():
    assert one("They met on December 7 in Paris.", "2024-12-27")[2] == "2024-12-07"
    assert one("They met on November 20.", "2025-01-05")[2] == "2024-11-20"
    assert one("They will meet on February 3.", "2024-12-27")[2] == "2025-02-03"


def test_years_decades_and_ago():
    assert one("The law passed in 1998.")[2] == "1998"
    assert one("It was popular in the 1990s.")[2] == "199"
    assert one("They met two years ago.", "2024-12-27")[2] == "2022"
    assert one("They met three days ago.", "2024-12-27")[2] == "2024-12-24"
    assert one("Prices rose last year.", "2024-12-27")[2] == "2023"


def test_quarters():
    assert one("Profit rose in the third quarter.", "1989-10-25")[2] == "1989-Q3"
    assert one("Profit rose in the fourth quarter.", "1990-01-20")[2] == "1989-Q4"
    assert one("Profit rose in third-quarter trading.", "1989-10-25")[2] == "1989-Q3"


def test_durations():
    assert one("The war has lasted nearly three years.")[1:3] == ("DURATION", "P3Y")
    assert one("He could end it within 24 hours.")[0:3] == ("24 hours", "DURATION", "PT24H")
    assert one("They talked for several years.")[1:3] == ("DURATION", "PXY")
    assert one("It was a two-week trip.")[1:3] == ("DURATION", "P2W")


def test_sets_and_refs():
    assert one("The paper is published weekly.")[1:3] == ("SET", "P1W")
    assert one("They meet every Monday.")[1:3] == ("SET", "XXXX-WXX-1")
    assert one("Prices are high now.")[2] == "PRESENT_REF"
    assert one("Prices will fall in the future.")[2] == "FUTURE_REF"


def test_times():
    assert one("The vote starts at 3 p.m. on the day.", "2024-12-27")[1:3] == ("TIME", "2024-12-27T15:00")


@pytest.mark.parametrize("text", [
    "Trump, 78, pledged to end the war.",
    "The 72-year-old leader spoke.",
    "Prices rose 2024 percent.",
    "It cost $2024.",
    "We may go, and the march was peaceful.",
    "The sun rose over the hills.",
])
def test_non_dates(text):
    assert tag(text) == []


def test_no_document_date_leaves_relative_values_null():
    got = one("It happened last week.", None)
    assert got[2] is None
    assert one("The law passed in 1998.", None)[2] == "1998"


def test_weekday_with_a_part_of_the_day_is_a_time_of_that_day():
    assert one("The talks ended on Saturday night.", "2024-12-23") == (
        "Saturday night", "TIME", "2024-12-21TNI", "2024-12-21", "2024-12-21")
    assert one("They spoke on Friday evening.", "2024-12-27")[2] == "2024-12-27TEV"


def test_timeml_extent_of_counted_periods_and_fiscal_years():
    assert one("Prices rose over the past three years.")[0] == "the past three years"
    assert one("Profit fell in fiscal 1989.", "1989-11-02")[:3] == ("fiscal 1989", "DATE", "1989")
    assert one("The offer expires at the end of November.", "1989-10-27")[:3] == (
        "the end of November", "DATE", "1989-11")
    assert one("For the nine months, net income rose.", "1989-10-27")[0] == "the nine months"


def test_scheduled_weekday_looks_ahead():
    assert one("The team planned to leave on Thursday.", "2000-03-29")[2] == "2000-03-30"
    assert one("The sale is scheduled to close Monday.", "1989-10-27")[2] == "1989-10-30"
    assert one("The team left on Thursday.", "2000-03-29")[2] == "2000-03-23"


def test_extent_leaves_out_possessive_signal_words_and_leading_prepositions():
    assert one("Yesterday's vote was close.", "2024-12-27")[0] == "Yesterday"
    assert one("The rule took effect 30 days before the vote.")[0] == "30 days"
    assert one("Prices have risen for centuries.")[0] == "centuries"


def test_determiner_stays_with_a_counted_period():
    text, typ, value, *_ = one("Profit rose from the year-ago quarter.", "1989-10-26")
    assert text == "the year-ago quarter" and typ == "DATE"
    assert one("Its fourth quarter was weak.", "1989-10-26")[0] == "Its fourth quarter"


def test_clock_time_on_a_named_day():
    assert one("The talks ended at noon Saturday.", "1991-02-25")[0:3] == ("noon Saturday", "TIME", "1991-02-23T12:00")
    assert one("Bids are due by noon Saturday.", "1991-02-25")[2] == "1991-03-02T12:00"
    got = one("Offers expire at 5 p.m. EST, Nov. 6, the company said.", "1989-10-30")
    assert got[0:3] == ("5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00")


def test_counted_holidays():
    assert one("He was rescued on Thanksgiving Day.", "1999-12-01")[2] == "1999-11-25"
    assert one("Polls close on Election Day.", "1998-10-26")[2] == "1998-11-03"
    assert one("They met last Thanksgiving.", "2000-01-10")[2] == "1999-11-25"


def test_frequency_adjectives_are_sets():
    assert one("It became a daily rally.")[1:3] == ("SET", "P1D")


def test_months_and_time_words_in_names_are_not_dates():
    assert tag("Thousands joined the annual March for Life on the Mall.") == []
    assert tag("He was arrested at this march last year.", "1999-03-12")[0][0] == "last year"
    assert tag("Gonzalez said on CBS's \"60 Minutes\" that he would stay.") == []


def test_scheduled_month_days_lie_ahead_whatever_the_tense():
    assert one("Directors declared a dividend, payable Dec. 7 to holders of record.", "1989-10-27")[2] == "1989-12-07"
    assert one("The board said the change is effective Feb. 1.", "1989-10-26")[2] == "1990-02-01"
    assert one("The company reported that sales fell in December.", "1990-03-15")[2] == "1989-12"


def test_halves_in_durations():
    assert one("The talks took 2 1/2 years.")[2] == "P2Y6M"
    assert one("The raid lasted 5 1/2 hours.")[2] == "PT5H30M"
    assert one("He spoke for a minute and a half.")[2] == "PT1M30S"


def test_recent_and_the_near_future_are_references():
    assert one("A recent filing showed the stake.")[1:3] == ("DATE", "PAST_REF")
    assert one("They plan an offering in the near future.")[0:3] == ("the near future", "DATE", "FUTURE_REF")


def test_anaphors_take_the_last_calendar_date_before_them():
    text = "Farkas was promoted on May 22, 1995, and retired the following year."
    assert tag(text, "1998-04-18")[-1][:3] == ("the following year", "DATE", "1996")
    text = "Sales fell in March. The following month, the company was sold."
    assert tag(text, "1989-10-27")[-1][:3] == ("The following month", "DATE", "1989-04")
    text = "Shares closed on Friday, down 4% from the previous Friday."
    assert [t[2] for t in tag(text, "1989-10-30")] == ["1989-10-27", "1989-10-20"]
    text = "She fled in June 1998 and returned later that year."
    assert tag(text, "2000-01-28")[-1][:3] == ("later that year", "DATE", "1998")
    # nothing to refer to: no date at all rather than a guess
    assert tag("That year was a hard one for everybody.", "2000-01-28") == []


def test_the_past_year_is_last_year_the_past_three_years_a_duration():
    assert one("Prices rose 5% in the past year.", "1998-03-03")[:3] == ("the past year", "DATE", "1997")
    assert one("Prices rose in the past three years.", "1998-03-03")[:3] == ("the past three years", "DURATION", "P3Y")


def test_weekday_under_a_plan_reported_in_the_past_lies_on_the_nearer_side():
    # a Sunday article: the service planned for Saturday was yesterday's, not next week's
    got = one("A memorial service planned for Saturday was canceled.", "1999-10-24")
    assert got[2] == "1999-10-23"
    # a Thursday article: the rally planned for Saturday is two days ahead
    assert one("Protesters planned a large demonstration on Saturday.", "2000-04-20")[2] == "2000-04-22"
    # still ahead when the plan is reported in the present
    assert one("The deal is scheduled to close Monday.", "1989-11-02")[2] == "1989-11-06"


def test_parts_of_days_and_spelled_years():
    assert one("In London at mid-afternoon yesterday, shares fell.", "1989-11-02")[1:3] == ("TIME", "1989-11-01TAF")
    assert one("The show airs on Tuesday nights.")[1:3] == ("SET", "XXXX-WXX-2TNI")
    assert one("It began in the winter of nineteen ninety-four.", "1998-02-23")[2] == "1994-WI"
    assert one("He left in January nineteen ninety-seven.", "1998-02-27")[:3] == (
        "January nineteen ninety-seven", "DATE", "1997-01")


def test_counts_that_are_no_years_and_units_without_numbers():
    assert tag("The temple stood for more than two thousand years.") == []
    assert one("In the first hours of the war, nothing moved.")[1:3] == ("DURATION", "PTXH")
    assert one("Sales in the current fiscal year rose.", "1989-11-02")[:3] == ("the current fiscal year", "DATE", "1989")


def test_before_an_event_is_a_length_and_this_past_season_is_the_latest():
    assert one("Holders must sign at least 30 days before the vote.", "1989-10-27")[1:3] == ("DURATION", "P30D")
    assert one("They sold it two years ago.", "1989-10-27")[1:3] == ("DATE", "1987")
    assert one("Sales slowed this past spring.", "1989-10-30")[2] == "1989-SP"
    assert one("Sales slowed last spring.", "1989-10-30")[2] == "1988-SP"
    assert one("Prices rose over the past decade.", "1998-02-06")[1:3] == ("DURATION", "P10Y")
