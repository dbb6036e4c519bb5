"""The date grammar: one row per rule, with its pattern, the handler that values what it matches,
and an example. Rules are tried all together; where matches overlap the longest wins, then the
earliest, then the rule listed first.

Patterns are built from the word lists of ``data/date_words.json`` and only run in windows around
trigger words (:func:`windows`), which keeps the stage cheap next to the parse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import lexicon
from . import absolute, fiscal, lengths, months, relative


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    handler: Callable  # (text, token, anchor) -> Value | None
    example: str
    month_words: bool = False  # the match holds a month name, which must be used as a month


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    w = lexicon.date_words()
    month = (rf"(?:{_alt(m for m in w['months'] if len(m) > 3 or m == 'may')}"
             rf"|(?:{_alt(m for m in w['months'] if len(m) == 3 and m != 'may')}|sept)\.?)")
    long_month = _alt(m for m in w["months"] if len(m) > 3)
    wday = rf"(?:{_alt(d for d in w['weekdays'] if len(d) > 3)})"
    num_words = _alt(k for k in w["numbers"] if k != "the")
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    one_num = (rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2)?|(?:{tens})[- ](?:one|two|three|four|five|six|seven|eight"
               rf"|nine)\b|(?:{num_words}))")
    num = rf"(?:{one_num}(?:\s+(?:or|to)\s+{one_num})?)"
    unit = r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?"
    mod = rf"(?:(?:{'|'.join(lengths.MODIFIERS)})\s+)?"
    season = _alt(w["seasons"])
    rel = (r"(?:last|next|this|past|coming|previous|current|this past|this coming|the past|the last|the next"
           r"|the coming|the previous|the following)")
    year = r"(?:1[89]\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    ampm = r"(?:a\.m\.|p\.m\.|am\b|pm\b)"
    clock = rf"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*{ampm}|noon|midnight)"
    zone = r"(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|local time))?"
    part = r"(?:early|late|mid)[- ]"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    spelled = (rf"(?:nineteen\s+(?:(?:{tens})(?:[- ](?:{ones}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
               rf"|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+(?:and\s+)?(?:{ones}|ten))?)\b"
               r"(?![- ](?:years?|days?|people|miles)\b)")
    refs = _alt(w["present_ref"] + w["past_ref"] + w["future_ref"])
    R = Rule
    table = [
        R("iso", rf"\b{year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b", absolute.iso, "2024-12-22"),
        R("numeric", r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})\b", absolute.numeric, "12/22/98"),
        R("ago", rf"\b{mod}{num}\s+(?:more\s+)?{unit}\s+(?:ago|earlier|before)\b", relative.ago, "two weeks ago"),
        R("ago_bare", rf"\b(?:{unit})\s+ago\b", relative.some_time_ago, "years ago"),
        R("time", rf"\b(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*{ampm}|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight)"
                  r"(?:\s+(?:today|yesterday|tomorrow|tonight))?", relative.clock_time, "9 a.m. yesterday"),
        R("time_wday", rf"\b{clock}{zone},?\s+(?:{wday})\b", relative.time_on_weekday, "noon Saturday"),
        R("time_md", rf"\b{clock}{zone},?\s+(?:on\s+)?{month}\s+{day}\b", relative.time_on_month_day,
          "5 p.m. EST, Nov. 6"),
        R("mdy", rf"\b{month}\s+{day}(?:\s*,\s*|\s+){year}\b", absolute.month_day_year, "Dec. 22, 2024", True),
        R("dmy", rf"\b{day}\s+{month}\s+{year}\b", absolute.month_day_year, "22 December 2024", True),
        R("md", rf"\b(?:(?:{wday}),?\s+)?{month}\s+{day}\b(?!\s*(?:%|percent))", months.month_day, "December 7", True),
        R("dm", rf"\b{day}\s+(?:of\s+)?{month}\b", months.month_day, "7th of December", True),
        R("my", rf"\b(?:{part})?{month}(?:\s+of)?,?\s+(?:{year}\b|{spelled})", absolute.month_year, "June 1998", True),
        R("month_rel_year", rf"\b{month}\s+(?:of\s+)?(?:last|this|next)\s+year\b", months.month_of_relative_year,
          "March of next year", True),
        R("month_part", rf"\b{part}{month}\b", months.month_part, "early January", True),
        R("month_alone", rf"\b(?:{long_month})\b", months.month_alone, "in December", True),
        R("year_ago", r"\b(?:the\s+)?(?:comparable\s+)?(?:year-ago|year-earlier)(?:\s+(?:first|second|third|fourth)?"
                      r"\s*(?:period|quarter))?\b|\bthe\s+quarter\s+a\s+year\s+ago\b", fiscal.year_ago,
          "the year-ago quarter"),
        R("the_quarter", r"\b(?:the|this)\s+(?:latest\s+|most\s+recent\s+|current\s+|fiscal\s+)?(?:quarter|period)\b"
                         r"(?!\s+(?:of|ended|ending))", fiscal.the_quarter, "the quarter"),
        R("year_quarter", r"\b(?:the\s+)?(?:(?:1[89]|20)\d\d|(?:last|next|this)\s+year's)\s+"
                          r"(?:(?:first|second|third|fourth|fiscal)\s+)?(?:quarter|period|half)\b", fiscal.year_quarter,
          "last year's second half"),
        R("spelled_year", rf"\b(?:the\s+year\s+)?{spelled}", absolute.spelled_year, "nineteen ninety-four"),
        R("coming", r"\b(?:the\s+)?coming\s+(?:months|years|weeks|days)\b", lengths.coming, "the coming months"),
        R("year_end", r"\b(?:the\s+)?year[- ]end\b", fiscal.year_end, "by year-end"),
        R("nineties", r"\bthe\s+(?:nineteen\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties"
                      r"|nineties)\b", absolute.decade_in_words, "the nineties"),
        R("relmonth", rf"\b(?:{part})?(?:last|next|this|this past|this coming)\s+{month}\b", months.relative_month,
          "last March", True),
        R("season_year", rf"\b(?:{part})?(?:the\s+)?(?:{season})\s+(?:of\s+)?(?:{year}\b|{spelled})",
          absolute.season_year, "the winter of 1994"),
        R("relseason", rf"\b(?:last|next|this|this past|this coming)\s+(?:{season})\b", months.relative_season,
          "this past spring"),
        R("quarter", r"\b(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|latest|last|current"
                     r"|year-ago|year-earlier|same|previous|past|recent|fiscal)[- ](?:fiscal[- ])?)(?:quarter|half)"
                     r"(?:\s+of\s+(?:1[89]\d\d|20\d\d|(?:this|last|next) year))?\b", fiscal.quarter, "the third quarter"),
        R("anaphor", rf"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?:day|week|month|year)\b"
                     rf"(?!\s+(?:of|ago|earlier))"
                     rf"|\bthe\s+(?:following|previous|prior)\s+(?:day|morning|evening|night|week|month|year|{wday})\b"
                     r"|\bthe\s+next\s+(?:day|morning|evening|night)\b", relative.anaphor, "later that year"),
        R("duration_rel", rf"\b{mod}the\s+(?:past|last|next|coming|previous|first|final|following)\s+(?:{num}\s+)?"
                          rf"(?:few\s+|several\s+)?{unit}\b", relative.past_units, "the past three years"),
        R("duration", rf"\b{mod}{num}[- ](?:and[- ]a[- ]half[- ])?(?:more[- ])?{unit}(?:\s+and\s+a\s+half\b)?"
                      r"(?:[- ]long|[- ]old)?\b", lengths.duration, "more than four years"),
        R("rel_unit", rf"\b(?:(?:earlier|later|late|early|mid)[- ])?(?:{rel})\s+(?:fiscal\s+(?=year))?"
                      r"(?:week|weekend|month|year|decade|century|quarter|summer|winter|spring|fall|autumn|season)\b",
          relative.relative_unit, "last week"),
        R("weekend", r"\b(?:the\s+)?weekend\b", relative.weekend, "over the weekend"),
        R("wday", rf"\b(?:(?:last|next|this|this past|this coming|every|each)\s+)?(?:{wday})s?"
                  r"(?:\s+(?:morning|afternoon|evening|night)s?)?\b", relative.weekday, "next Friday"),
        R("relday", r"\b(?:today|yesterday|tomorrow|tonight|overnight)(?:'s)?(?:\s+(?:morning|afternoon|evening"
                    r"|night))?\b|\b(?:this|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)\b"
                    r"|\bmid[- ]?(?:morning|afternoon)(?:\s+(?:today|yesterday|tomorrow))?\b", relative.relative_day,
          "yesterday morning"),
        R("decade", r"\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:1[89]\d0|20\d0)'?s\b|\bthe\s+'?[0-9]0s\b",
          absolute.decade, "the 1990s"),
        R("year_ctx", rf"\b(?:in|since|by|until|till|before|after|during|of|from|through|to|early|late|mid|fiscal|year"
                      rf"|between|and|for|around|circa|mid-)\s*(?P<x>{year})\b(?![-.,]?\d)", absolute.year_in_context,
          "in 1998"),
        R("set", rf"\b(?:every|each|per)\s+(?:other\s+)?(?:day|week|month|year|quarter|morning|night|evening|{wday}"
                 rf"|{month})\b|\b(?:{_alt(w['sets'])})\b", lengths.repeated, "every week", True),
        R("refs", rf"\b(?:{refs})\b", lengths.reference, "now"),
        R("holiday", rf"\b(?:(?:last|next|this)\s+)?(?:{_alt(w['holidays'])})\b", months.holiday, "Thanksgiving"),
        R("recent_unit", r"\brecent\s+(?:days|weeks|months|years|decades|quarters)\b", lengths.recent_unit,
          "recent weeks"),
        R("plural_unit", r"\b(?:for|in|over|within)\s+(?:days|weeks|months|years|decades|centuries)\b",
          lengths.recent_unit, "for years"),
    ]
    return tuple(Rule(r.name, re.compile(r.pattern, re.IGNORECASE), r.handler, r.example, r.month_words)
                 for r in table)


@lru_cache(maxsize=None)
def trigger_words() -> frozenset:
    """Words without which no pattern of the grammar can match: the grammar only runs near them."""
    w = lexicon.date_words()
    words = (list(w["months"]) + list(w["weekdays"]) + list(w["seasons"]) + list(w["sets"])
             + [x for ref in w["present_ref"] + w["past_ref"] + w["future_ref"] for x in ref.split()[-1:]]
             + [h.split()[-1] for h in w["holidays"]]
             + ["second", "minute", "hour", "day", "night", "week", "weekend", "month", "quarter", "half", "year",
                "decade", "century", "centuries", "today", "yesterday", "tomorrow", "tonight", "overnight", "noon",
                "midnight", "ago", "earlier", "later", "nineteen", "thousand", "twenties", "thirties", "forties",
                "fifties", "sixties", "seventies", "eighties", "nineties", "period", "coming", "morning",
                "evening", "afternoon", "year-end", "year-ago", "year-earlier", "p.m.", "a.m."])
    out = set()
    for word in words:
        out.add(word)
        if word.isalpha():
            out.update({word + "s", word + "."})
    return frozenset(out)


def windows(doc, text: str, before: int = 60, after: int = 45) -> list[tuple[int, int]]:
    """Stretches of *text* around trigger tokens (digits, date words), merged."""
    words = trigger_words()
    out: list[list[int]] = []
    for tok in doc:
        low = tok.lower_
        if not (low in words or (low[:1].isdigit()) or ("-" in low and any(p in words for p in low.split("-")))):
            continue
        s, e = max(0, tok.idx - before), min(len(text), tok.idx + len(tok.text) + after)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
