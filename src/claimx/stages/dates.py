"""Stage 6: find time expressions and normalize them against the document date (TimeML TIMEX3 values).

Candidates come from a small grammar (patterns built from ``data/date_words.json``) and from spaCy's
DATE/TIME entities; the grammar's own spans win where both overlap. Conventions:

- ``last week`` is the calendar week (Monday..Sunday) before the document's; ``over the weekend`` the
  Saturday and Sunday before the document date (or its own weekend when written on one);
- a bare weekday is the closest such day not after the document date; ``next Friday`` or a weekday
  governed by ``will`` or a scheduling verb ("planned to leave on Thursday") is the next such day
  on or after it (a plan reported in the past takes the nearer of the two);
- "that year", "the following month", "the previous Friday" refer to the last calendar date before
  them (TimeML's reference time);
- a month (or month and day) without a year is in the document's year, except that a month after the
  document's month governed by a past-tense verb is last year's (unless it is scheduled: "payable Dec. 7",
  "effective Feb. 1" lie ahead), and a month before it governed by
  ``will`` is next year's;
- durations (``more than four years``, ``within 24 hours`` -> ``24 hours``) get ``P..`` values and no
  day range; sets (``every week``, ``daily``) ``P1W``/``P1D``-style values;
- numbers, money, ages (``Trump, 78,``, ``72-year-old``) and words like "may" or "march" used as
  words are not dates.
dateparser is only asked about spaCy DATE entities the grammar cannot read, one cached call per
distinct string, with the document date as RELATIVE_BASE.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: Optional[str]
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    granularity: Optional[str] = None
    rule: str = ""


@lru_cache(maxsize=None)
def _words() -> dict:
    return json.loads(resources.files("claimx.stages").joinpath("data", "date_words.json").read_text("utf-8"))


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _grammar() -> list[tuple[str, re.Pattern]]:
    w = _words()
    month = rf"(?:{_alt(m for m in w['months'] if len(m) > 3 or m == 'may')}|(?:{_alt(m for m in w['months'] if len(m) == 3 and m != 'may')}|sept)\.?)"
    wday = rf"(?:{_alt(d for d in w['weekdays'] if len(d) > 3)})"
    num_words = _alt(k for k in w["numbers"] if k != "the")
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    one_num = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2)?|(?:{tens})[- ](?:one|two|three|four|five|six|seven|eight|nine)\b|(?:{num_words}))"
    num = rf"(?:{one_num}(?:\s+(?:or|to)\s+{one_num})?)"
    unit = r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?"
    mod = r"(?:(?:more than|less than|fewer than|nearly|almost|about|around|roughly|over|at least|at most|up to|only|just|approximately|some|a further|another)\s+)?"
    season = _alt(w["seasons"])
    rel = r"(?:last|next|this|past|coming|previous|current|this past|this coming|the past|the last|the next|the coming|the previous|the following)"
    year = r"(?:1[89]\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    ampm = r"(?:a\.m\.|p\.m\.|am\b|pm\b)"
    spelled = (rf"(?:nineteen\s+(?:(?:{tens})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+(?:and\s+)?"
               r"(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b(?![- ](?:years?|days?|people|miles)\b)")
    patterns = [
        ("iso", rf"\b{year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"),
        ("numeric", r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})\b"),
        ("ago", rf"\b{mod}{num}\s+(?:more\s+)?{unit}\s+(?:ago|earlier|before)\b"),
        ("ago_bare", rf"\b(?:{unit})\s+ago\b"),
        ("time", rf"\b(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*{ampm}|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight)(?:\s+(?:today|yesterday|tomorrow|tonight))?"),
        ("time_wday", rf"\b(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*{ampm}|noon|midnight)(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|local time))?,?\s+(?:{wday})\b"),
        ("time_md", rf"\b(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*{ampm}|noon|midnight)(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|local time))?,?\s+(?:on\s+)?{month}\s+{day}\b"),
        ("mdy", rf"\b{month}\s+{day}(?:\s*,\s*|\s+){year}\b"),
        ("dmy", rf"\b{day}\s+{month}\s+{year}\b"),
        ("md", rf"\b(?:(?:{wday}),?\s+)?{month}\s+{day}\b(?!\s*(?:%|percent))"),
        ("dm", rf"\b{day}\s+(?:of\s+)?{month}\b"),
        ("my", rf"\b(?:(?:early|late|mid)[- ])?{month}(?:\s+of)?,?\s+(?:{year}\b|{spelled})"),
        ("month_rel_year", rf"\b{month}\s+(?:of\s+)?(?:last|this|next)\s+year\b"),
        ("month_part", rf"\b(?:early|late|mid)[- ]{month}\b"),
        ("month_alone", rf"\b(?:{_alt(m for m in w['months'] if len(m) > 3)})\b"),
        ("year_ago", r"\b(?:the\s+)?(?:comparable\s+)?(?:year-ago|year-earlier)(?:\s+(?:first|second|third|fourth)?\s*(?:period|quarter))?\b|\bthe\s+quarter\s+a\s+year\s+ago\b"),
        ("the_quarter", r"\b(?:the|this)\s+(?:latest\s+|most\s+recent\s+|current\s+|fiscal\s+)?(?:quarter|period)\b(?!\s+(?:of|ended|ending))"),
        ("year_quarter", r"\b(?:the\s+)?(?:(?:1[89]|20)\d\d|(?:last|next|this)\s+year's)\s+(?:(?:first|second|third|fourth|fiscal)\s+)?(?:quarter|period|half)\b"),
        ("spelled_year", rf"\b(?:the\s+year\s+)?{spelled}"),
        ("coming", r"\b(?:the\s+)?coming\s+(?:months|years|weeks|days)\b"),
        ("year_end", r"\b(?:the\s+)?year[- ]end\b"),
        ("nineties", r"\bthe\s+(?:nineteen\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
        ("relmonth", rf"\b(?:(?:early|late|mid)[- ])?(?:last|next|this|this past|this coming)\s+{month}\b"),
        ("season_year", rf"\b(?:(?:early|late|mid)[- ])?(?:the\s+)?(?:{season})\s+(?:of\s+)?(?:{year}\b|{spelled})"),
        ("relseason", rf"\b(?:last|next|this|this past|this coming)\s+(?:{season})\b"),
        ("quarter", r"\b(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|latest|last|current|year-ago|year-earlier|same|previous|past|recent|fiscal)[- ](?:fiscal[- ])?)(?:quarter|half)(?:\s+of\s+(?:1[89]\d\d|20\d\d|(?:this|last|next) year))?\b"),
        ("anaphor", rf"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?:day|week|month|year)\b(?!\s+(?:of|ago|earlier))"
                    rf"|\bthe\s+(?:following|previous|prior)\s+(?:day|morning|evening|night|week|month|year|{wday})\b"
                    r"|\bthe\s+next\s+(?:day|morning|evening|night)\b"),
        ("duration_rel", rf"\b{mod}the\s+(?:past|last|next|coming|previous|first|final|following)\s+(?:{num}\s+)?(?:few\s+|several\s+)?{unit}\b"),
        ("duration", rf"\b{mod}{num}[- ](?:and[- ]a[- ]half[- ])?(?:more[- ])?{unit}(?:\s+and\s+a\s+half\b)?(?:[- ]long|[- ]old)?\b"),
        ("rel_unit", rf"\b(?:(?:earlier|later|late|early|mid)[- ])?(?:{rel})\s+(?:fiscal\s+(?=year))?(?:week|weekend|month|year|decade|century|quarter|summer|winter|spring|fall|autumn|season)\b"),
        ("weekend", r"\b(?:the\s+)?weekend\b"),
        ("wday", rf"\b(?:(?:last|next|this|this past|this coming|every|each)\s+)?(?:{wday})s?(?:\s+(?:morning|afternoon|evening|night)s?)?\b"),
        ("relday", r"\b(?:today|yesterday|tomorrow|tonight|overnight)(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?\b|\b(?:this|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)\b"
                   r"|\bmid[- ]?(?:morning|afternoon)(?:\s+(?:today|yesterday|tomorrow))?\b"),
        ("decade", r"\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:1[89]\d0|20\d0)'?s\b|\bthe\s+'?[0-9]0s\b"),
        ("year_ctx", rf"\b(?:in|since|by|until|till|before|after|during|of|from|through|to|early|late|mid|fiscal|year|between|and|for|around|circa|mid-)\s*(?P<x>{year})\b(?![-.,]?\d)"),
        ("set", rf"\b(?:every|each|per)\s+(?:other\s+)?(?:day|week|month|year|quarter|morning|night|evening|{wday}|{month})\b|\b(?:{_alt(w['sets'])})\b"),
        ("refs", rf"\b(?:{_alt(w['present_ref'] + w['past_ref'] + w['future_ref'])})\b"),
        ("holiday", rf"\b(?:(?:last|next|this)\s+)?(?:{_alt(w['holidays'])})\b"),
        ("recent_unit", r"\brecent\s+(?:days|weeks|months|years|decades|quarters)\b"),
        ("plural_unit", r"\b(?:for|in|over|within)\s+(?:days|weeks|months|years|decades|centuries)\b"),
    ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in patterns]


@lru_cache(maxsize=None)
def _trigger_words() -> frozenset:
    """Words without which no pattern of the grammar can match: the grammar only runs near them."""
    w = _words()
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


def _windows(doc, text: str, before: int = 60, after: int = 45) -> list[tuple[int, int]]:
    """Stretches of *text* around trigger tokens (digits, date words), merged."""
    words = _trigger_words()
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


_CASE_SENSITIVE_MONTHS = {"may", "march", "jan", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept"}


# --------------------------------------------------------------------------- normalizing

def _num(text: str) -> Optional[float]:
    w = _words()["numbers"]
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
    ranged = re.split(r"\s+(?:or|to)\s+", t)
    if len(ranged) == 2:
        return None  # "two or three years": an approximate count
    return None


def _fmt_num(n: Optional[float]) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else str(n)


# A half of each unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
_HALF_OF = {"Y": ("", "6M"), "M": ("", "15D"), "D": ("", "T12H"), "H": ("T", "30M"), "MIN": ("T", "30S")}


def _duration_value(n: Optional[float], unit: str) -> str:
    code = _words()["units"][unit]
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


def _unit_of(word: str) -> str:
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _day(d: dt.date, gran="day") -> tuple[str, str, str, str]:
    return d.isoformat(), d.isoformat(), d.isoformat(), gran


def _month_range(y: int, m: int) -> tuple[str, str, str, str]:
    last = calendar.monthrange(y, m)[1]
    return f"{y}-{m:02d}", dt.date(y, m, 1).isoformat(), dt.date(y, m, last).isoformat(), "month"


def _year_range(y: int) -> tuple[str, str, str, str]:
    return f"{y}", f"{y}-01-01", f"{y}-12-31", "year"


def _week_range(monday: dt.date) -> tuple[str, str, str, str]:
    return _week(monday), monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week"


def _quarter_range(y: int, q: int) -> tuple[str, str, str, str]:
    m0 = 3 * (q - 1) + 1
    end = dt.date(y, m0 + 2, calendar.monthrange(y, m0 + 2)[1])
    return f"{y}-Q{q}", dt.date(y, m0, 1).isoformat(), end.isoformat(), "quarter"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _season_range(y: int, code: str) -> tuple[str, str, str, str]:
    a, b = SEASON_MONTHS[code]
    start = dt.date(y, a, 1)
    end_y = y + 1 if code == "WI" else y
    end = dt.date(end_y, b, calendar.monthrange(end_y, b)[1])
    return f"{y}-{code}", start.isoformat(), end.isoformat(), "season"


class Normalizer:
    """Turns one candidate string into (type, value, start_date, end_date, granularity)."""

    def __init__(self, dct: Optional[dt.date], quarterly: bool = False):
        self.dct = dct
        self.w = _words()
        self.quarterly = quarterly  # an earnings report: "a year ago" is the year-ago quarter

    def tense(self, token) -> str:
        """'past', 'future' or 'present' for the clause around *token* (None-safe).

        The governing verb is found by walking up the parse; "will"/"'ll"/"shall" or "going to"
        make it future, a past-tense verb or auxiliary past (scheduling verbs: :meth:`scheduled`).
        """
        if token is None:
            return "present"
        chain = _verb_chain(token, ("xcomp", "conj", "advcl", "pcomp"))
        for v in chain:
            kids = list(v.children)
            if any(c.lower_ in ("will", "'ll", "shall", "wo") for c in kids):
                return "future"
            if v.lower_ == "going" and any(c.dep_ == "xcomp" for c in kids):
                return "future"
        v = chain[0]
        kids = list(v.children)
        if v.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in kids):
            return "past"
        if v.tag_ == "VBN" and any(c.lemma_ == "have" for c in kids):
            return "past"
        if v.tag_ == "VBN" and v.dep_ in ("acl", "relcl", "amod"):
            return "past"
        return "present"

    def scheduled(self, token) -> bool:
        """True when the clause around *token* plans something rather than reports it: a
        scheduling verb ("planned to leave on Thursday", "is scheduled to close Monday", "set to
        resume Monday", "postponed until Tuesday") or "as soon as"/"as early as"/"until" before
        the day. Used for bare weekdays (TimeBank and AQUAINT: +5 values; a present-tense verb as
        a sign of a schedule was measured too and left out: -1)."""
        if token is None:
            return False
        before = token.doc.text[max(0, token.idx - 14):token.idx].lower()
        if re.search(r"\bas (?:soon|early) as\s+$|\buntil\s+$|\b(?:payable|effective|due)\s+(?:on\s+|in\s+|by\s+)?$", before):
            return True
        chain = _verb_chain(token, ("xcomp", "conj", "advcl", "pcomp", "relcl", "acl"))
        return any(v.lemma_.lower() in self.w["schedule_verbs"] for v in chain)

    def normalize(self, rule: str, text: str, token=None):
        handler = getattr(self, "_" + rule, None)
        if handler is None:
            return None
        return handler(text.strip(), token)

    # Each handler returns (type, value, start_date, end_date, granularity) or None (not a date).

    def _iso(self, t, tok):
        d = dt.date.fromisoformat(t)
        return ("DATE",) + _day(d)

    def _numeric(self, t, tok):
        m, d, y = (int(x) for x in t.split("/"))
        if y < 100:
            y += 1900 if y > 30 else 2000
        try:
            return ("DATE",) + _day(dt.date(y, m, d))
        except ValueError:
            return None

    def _month_num(self, word: str) -> int:
        return self.w["months"][word.lower().rstrip(".")]

    def _split_month_day(self, t):
        words = re.findall(r"[A-Za-z]+\.?|\d+", t)
        month = next((self._month_num(x) for x in words if x.lower().rstrip(".") in self.w["months"]), None)
        nums = [int(x) for x in re.findall(r"\d+", t)]
        return month, nums

    def _mdy(self, t, tok):
        month, nums = self._split_month_day(t)
        day, year = nums[0], nums[-1]
        try:
            return ("DATE",) + _day(dt.date(year, month, day))
        except ValueError:
            return None

    _dmy = _mdy

    def _md(self, t, tok):
        month, nums = self._split_month_day(t)
        if not nums:
            return None
        if self.dct is None:
            return ("DATE", f"XXXX-{month:02d}-{nums[0]:02d}", None, None, "day")
        year = self._year_for_month(month, tok, nums[0])
        try:
            return ("DATE",) + _day(dt.date(year, month, nums[0]))
        except ValueError:
            return None

    _dm = _md

    def _year_for_month(self, month: int, tok, day: int = 15) -> int:
        """The year that puts month/day nearest the document date; a past-tense verb keeps it
        from lying more than a month ahead, a future one from lying more than a month behind."""
        best = None
        for year in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            try:
                d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
            except ValueError:
                continue
            gap = (d - self.dct).days
            if best is None or abs(gap) < abs(best[1]):
                best = (year, gap)
        year, gap = best
        if self.scheduled(tok):  # "payable Dec. 7", "expected in December": ahead, whatever the tense
            return year + 1 if gap < -31 else year
        tense = self.tense(tok)
        if tense == "past" and gap > 31:
            year -= 1
        elif tense == "future" and gap < -31:
            year += 1
        return year

    def _my(self, t, tok):
        month, _ = self._split_month_day(t)
        return ("DATE",) + _month_range(self._year_of(t), month)

    def _year_of(self, t: str) -> int:
        """The year written in *t*, in digits or in words ("nineteen ninety-four")."""
        digits = re.findall(r"\d{4}", t)
        if digits:
            return int(digits[-1])
        m = re.search(r"(nineteen|two\s+thousand)\b.*$", t, re.IGNORECASE)
        return int(self._spelled_year(m.group(0), None)[1])

    def _relmonth(self, t, tok):
        month, _ = self._split_month_day(t)
        if self.dct is None:
            return ("DATE", None, None, None, "month")
        low = t.lower()
        y = self.dct.year
        if "last" in low or "past" in low:
            y = y if month < self.dct.month else y - 1
        elif "next" in low or "coming" in low:
            y = y if month > self.dct.month else y + 1
        return ("DATE",) + _month_range(y, month)

    def _month_rel_year(self, t, tok):
        month, _ = self._split_month_day(t)
        if self.dct is None:
            return ("DATE", None, None, None, "month")
        low = t.lower()
        y = self.dct.year + (-1 if "last" in low else 1 if "next" in low else 0)
        return ("DATE",) + _month_range(y, month)

    def _month_part(self, t, tok):
        month, _ = self._split_month_day(t)
        if self.dct is None:
            return ("DATE", None, None, None, "month")
        return ("DATE",) + _month_range(self._year_for_month(month, tok), month)

    def _month_alone(self, t, tok):
        if tok is not None and tok.pos_ not in ("PROPN", "NOUN"):
            return None
        return self._month_part(t, tok)

    def _year_ago(self, t, tok):
        if self.dct is None:
            return ("DATE", None, None, None, "quarter")
        low = t.lower()
        if ("period" in low or "quarter" in low or self.quarterly) and "nine months" not in low:
            q = (self.dct.month - 1) // 3 + 1
            yq = self.dct.year * 4 + q - 2 - 4
            return ("DATE",) + _quarter_range(yq // 4, yq % 4 + 1)
        return ("DATE",) + _year_range(self.dct.year - 1)

    def _the_quarter(self, t, tok):
        if not self.quarterly or self.dct is None:
            return None
        if "period" in t.lower() and "latest" not in t.lower():
            return None
        q = (self.dct.month - 1) // 3 + 1
        yq = self.dct.year * 4 + q - 2 + (1 if "current" in t.lower() else 0)
        return ("DATE",) + _quarter_range(yq // 4, yq % 4 + 1)

    def _year_quarter(self, t, tok):
        low = t.lower()
        m = re.search(r"(1[89]|20)\d\d", low)
        if m:
            y = int(m.group(0))
        elif self.dct is None:
            return ("DATE", None, None, None, "quarter")
        else:
            y = self.dct.year + (-1 if "last" in low else 1 if "next" in low else 0)
        n = next((v for k, v in self.w["ordinals"].items() if re.search(rf"\b{k}\b", low)), None)
        if "half" in low:
            return ("DATE", f"{y}-H{n or 1}", None, None, "half")
        if n is None:
            if self.dct is None or not self.quarterly:
                return ("DATE",) + _year_range(y)
            n = ((self.dct.month - 1) // 3 + 1 - 2) % 4 + 1
        return ("DATE",) + _quarter_range(y, n)

    def _spelled_year(self, t, tok):
        low = t.lower().replace("the year ", "")
        words = self.w["numbers"]
        if low.startswith("two thousand"):
            rest = low[len("two thousand"):].replace("and", "").strip()
            return ("DATE",) + _year_range(2000 + (words.get(rest) or 0))
        rest = low[len("nineteen"):].strip()
        n = _num(rest) if rest else None
        return ("DATE",) + _year_range(1900 + int(n)) if n else None

    def _coming(self, t, tok):
        return ("DATE", "FUTURE_REF", None, None, "ref")

    def _year_end(self, t, tok):
        if self.dct is None:
            return ("DATE", None, None, None, "year")
        return ("DATE",) + _year_range(self.dct.year)

    def _nineties(self, t, tok):
        words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
        dec = "19" + str(words[t.lower().split()[-1]])
        return ("DATE", dec, f"{dec}0-01-01", f"{dec}9-12-31", "decade")

    def _season_year(self, t, tok):
        code = next(v for k, v in self.w["seasons"].items() if k in t.lower())
        return ("DATE",) + _season_range(self._year_of(t), code)

    def _relseason(self, t, tok):
        code = next(v for k, v in self.w["seasons"].items() if k in t.lower())
        if self.dct is None:
            return ("DATE", None, None, None, "season")
        y = self.dct.year
        low = t.lower()
        if low.startswith("last") or ("past" in low and SEASON_MONTHS[code][0] >= self.dct.month):
            y -= 1  # "this past spring" in October is this year's
        elif low.startswith("next"):
            y += 1
        return ("DATE",) + _season_range(y, code)

    def _quarter(self, t, tok):
        low = t.lower()
        half = "half" in low
        ords = self.w["ordinals"]
        n = next((v for k, v in ords.items() if re.search(rf"\b{k}\b", low)), None)
        explicit = re.findall(r"\d{4}", low)
        if self.dct is None and not explicit:
            return ("DATE", None, None, None, "half" if half else "quarter")
        current_q = (self.dct.month - 1) // 3 + 1 if self.dct else 1
        y = int(explicit[0]) if explicit else self.dct.year
        if "last year" in low:
            y -= 1
        elif "next year" in low:
            y += 1
        if half:
            n = n or (1 if current_q <= 2 else 2)
            if n > 2:
                return None
            a, b = (1, 6) if n == 1 else (7, 12)
            return ("DATE", f"{y}-H{n}", dt.date(y, a, 1).isoformat(),
                    dt.date(y, b, calendar.monthrange(y, b)[1]).isoformat(), "half")
        if n is None:
            # "the latest quarter", "the year-ago quarter": the last completed quarter, a year back if asked
            yq = y * 4 + current_q - 2
            if "year-ago" in low or "year-earlier" in low:
                yq -= 4
            if "current" in low:
                yq += 1
            y, n = yq // 4, yq % 4 + 1
        elif not explicit and n > current_q and self.tense(tok) != "future":
            y -= 1
        return ("DATE",) + _quarter_range(y, n)

    def _duration(self, t, tok):
        low = t.lower()
        if re.search(r"[- ]old\b", low):
            return None  # an age
        if re.fullmatch(r"(?:a|one)\s+second", low) or re.search(r"\w-quarters?$", low):
            return None  # "a second group", "three-quarters of"
        m = re.search(r"(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?\b", low)
        if not m:
            return None
        unit = _unit_of(m.group(1))
        before = low[: m.start()].strip(" -")
        before = re.sub(r"^(more than|less than|fewer than|nearly|almost|about|around|roughly|over|at least|at most|up to|only|just|approximately|some|a further|another)\s+", "", before)
        before = re.sub(r"[- ](and[- ]a[- ]half|more)$", "", before).strip(" -")
        before = re.sub(r"^the\s+(past|last|next|coming|previous|first|final|following)\s*", "", before)
        n = _num(before) if before else (None if m.group(0).endswith("s") else 1)  # "the first hours": PTXH
        if before and n is None and before not in self.w["numbers"]:
            return None
        if "and-a-half" in low.replace(" ", "-") or low.endswith("and a half"):
            n = (n or 0) + 0.5
        if n is not None and n > 1000 and unit in ("year", "day"):
            return None
        return ("DURATION", _duration_value(n, unit), None, None, "duration")

    def _duration_rel(self, t, tok):
        m = re.search(r"\bthe\s+((?:past|last|previous)\s+(?:week|month|year))$", t.lower())
        if m:
            return self._rel_unit(m.group(1), tok)  # TimeML: "the past year" is last year
        return self._duration(t, tok)

    def _ago(self, t, tok):
        low = t.lower()
        m = re.search(r"(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?\s+(?:more\s+)?(ago|earlier|before)", low)
        if not m:
            return None
        unit = _unit_of(m.group(1))
        if m.group(2) == "before":
            return self._duration(low[: m.end(1) + 1].strip(), tok)  # "30 days before the vote": a length (TimeML)
        before = re.sub(r"^(more than|less than|fewer than|nearly|almost|about|around|roughly|over|at least|at most|up to|only|just|approximately|some)\s+", "", low[: m.start()].strip())
        n = _num(before.strip()) if before.strip() else None
        if self.dct is None:
            return ("DATE", None, None, None, unit)
        if n is None:
            return ("DATE", "PAST_REF", None, None, "ref")
        n = int(n)
        d = self.dct
        if unit == "day":
            return ("DATE",) + _day(d - dt.timedelta(days=n))
        if unit in ("week", "weekend"):
            monday = d - dt.timedelta(days=d.weekday()) - dt.timedelta(weeks=n)
            return ("DATE",) + _week_range(monday)
        if unit == "month":
            y, mo = _shift_month(d.year, d.month, -n)
            return ("DATE",) + _month_range(y, mo)
        if unit == "year":
            if n == 1 and self.quarterly:
                return self._year_ago(t, tok)
            return ("DATE",) + _year_range(d.year - n)
        if unit == "decade":
            y = d.year - 10 * n
            return ("DATE", str(y // 10), f"{y // 10}0-01-01", f"{y // 10}9-12-31", "decade")
        if unit in ("hour", "minute", "second"):
            return ("TIME", d.isoformat(), None, None, "time")
        return None

    def _ago_bare(self, t, tok):
        return ("DATE", "PAST_REF", None, None, "ref")

    def _time(self, t, tok):
        low = t.lower()
        if self.dct is None:
            return ("TIME", None, None, None, "time")
        d = self.dct
        if "yesterday" in low:
            d -= dt.timedelta(days=1)
        elif "tomorrow" in low:
            d += dt.timedelta(days=1)
        if "noon" in low:
            return ("TIME", f"{d.isoformat()}T12:00", None, None, "time")
        if "midnight" in low:
            return ("TIME", f"{d.isoformat()}T24:00", None, None, "time")
        m = re.search(r"(\d{1,2})(?::(\d\d))?", low)
        h, mi = int(m.group(1)), int(m.group(2) or 0)
        if "p.m" in low or re.search(r"\bpm\b", low):
            h = h % 12 + 12
        elif "a.m" in low or re.search(r"\bam\b", low):
            h = h % 12
        return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", None, None, "time")

    def _rel_unit(self, t, tok):
        low = t.lower()
        unit = re.search(r"(week|weekend|month|year|decade|century|quarter|summer|winter|spring|fall|autumn|season)$", low).group(1)
        if self.dct is None:
            return ("DATE", None, None, None, unit)
        d = self.dct
        if "the past" in low or "the last" in low or "the next" in low or "the coming" in low or "the following" in low or "the previous" in low:
            if unit in ("week", "month", "year", "decade", "century", "quarter") and not low.startswith(("earlier", "later")):
                return ("DURATION", _duration_value(1, unit), None, None, "duration")
        k = 0
        if re.search(r"\b(last|past|previous)\b", low) and "this past" not in low:
            k = -1
        elif re.search(r"\b(next|coming|following)\b", low) and "this coming" not in low:
            k = 1
        if "this past" in low:
            k = -1 if unit != "weekend" else 0
        if unit in self.w["seasons"] or unit == "season":
            if unit == "season":
                return ("DATE", None, None, None, "season")
            return ("DATE",) + _season_range(d.year + k, self.w["seasons"][unit])
        if unit == "week":
            monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=k)
            return ("DATE",) + _week_range(monday)
        if unit == "weekend":
            return self._weekend_of(d, k)
        if unit == "month":
            y, m = _shift_month(d.year, d.month, k)
            return ("DATE",) + _month_range(y, m)
        if unit == "year":
            return ("DATE",) + _year_range(d.year + k)
        if unit == "quarter":
            yq = d.year * 4 + (d.month - 1) // 3 + k
            return ("DATE",) + _quarter_range(yq // 4, yq % 4 + 1)
        if unit == "decade":
            dec = d.year // 10 + k
            return ("DATE", str(dec), f"{dec}0-01-01", f"{dec}9-12-31", "decade")
        if unit == "century":
            c = d.year // 100 + k
            return ("DATE", f"{c:02d}", f"{c}00-01-01", f"{c}99-12-31", "century")
        return None

    def _weekend_of(self, d: dt.date, k: int):
        if d.weekday() >= 5 and k == 0:
            sat = d - dt.timedelta(days=d.weekday() - 5)
        else:
            sat = d - dt.timedelta(days=d.weekday() + 2)  # the Saturday before
            if k > 0:
                sat += dt.timedelta(weeks=1)
            elif k < 0 and d.weekday() >= 5:
                sat -= dt.timedelta(weeks=1)
        y, w, _ = sat.isocalendar()
        return ("DATE", f"{y}-W{w:02d}-WE", sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), "weekend")

    def _weekend(self, t, tok):
        if self.dct is None:
            return ("DATE", None, None, None, "weekend")
        k = 1 if self.tense(tok) == "future" and self.dct.weekday() < 5 else 0
        return self._weekend_of(self.dct, k)

    def _wday(self, t, tok):
        low = t.lower()
        name = next(k for k in sorted(self.w["weekdays"], key=len, reverse=True) if re.search(rf"\b{k}", low))
        target = self.w["weekdays"][name] - 1
        part = next((v for k, v in self.w["parts_of_day"].items() if re.search(rf"\b{k}s?$", low)), None)
        if re.match(r"(every|each)\b", low) or re.search(rf"\b{name}s\b", low) or re.search(r"(?:ing|night)s$", low):
            return ("SET", f"XXXX-WXX-{target + 1}" + (f"T{part}" if part else ""), None, None, "set")
        if self.dct is None:
            return ("DATE", None, None, None, "day")
        d = self.dct
        back = (d.weekday() - target) % 7
        if low.startswith("last") or low.startswith("this past"):
            back = back or 7
            day = d - dt.timedelta(days=back)
        else:
            tense = self.tense(tok)
            ahead = (target - d.weekday()) % 7
            forward = low.startswith("next") or low.startswith("this coming") or tense == "future"
            if not forward and self.scheduled(tok):
                # a plan reported in the past ("planned a rally on Saturday", "had been due to
                # expire Friday") lies on the nearer side; in the present it lies ahead
                forward = tense != "past" or ahead < back
            if forward:
                if low.startswith("next"):
                    ahead = ahead or 7
                day = d + dt.timedelta(days=ahead)
            else:
                day = d - dt.timedelta(days=back)
        if part:
            # TIMEX3 guidelines: "Friday evening" is 1998-08-07TEV. Measured against plain days:
            # TimeBank +3 values, AQUAINT -4 (it annotates half of them as days), so the guideline wins
            return ("TIME", f"{day.isoformat()}T{part}", day.isoformat(), day.isoformat(), "time")
        return ("DATE",) + _day(day)

    def _time_wday(self, t, tok):
        wday = re.search(r"[A-Za-z]+day\b", t)
        return self._time_on(t[: wday.start()], self._wday(wday.group(0), tok))

    def _time_md(self, t, tok):
        m = re.search(r"(?:\bon\s+)?([A-Za-z]{3,}\.?\s+\d+\w*)$", t)
        return self._time_on(t[: m.start()], self._md(m.group(1), tok))

    def _time_on(self, clock: str, day):
        """'5 p.m. EST Nov. 9', 'noon Saturday': the clock time on the day the rest names."""
        if day is None or day[0] != "DATE" or day[1] is None or len(day[1]) != 10:
            return ("TIME", None, None, None, "time")
        return Normalizer(dt.date.fromisoformat(day[1]), self.quarterly)._time(clock, None)

    def _relday(self, t, tok):
        low = t.lower()
        if self.dct is None:
            return ("DATE", None, None, None, "day")
        d = self.dct
        if "yesterday" in low or low.startswith("last"):
            d -= dt.timedelta(days=1) if "yesterday" in low or "night" in low else dt.timedelta(days=0)
        elif "tomorrow" in low:
            d += dt.timedelta(days=1)
        part = next((v for k, v in self.w["parts_of_day"].items() if re.search(rf"\b{k}\b", low)), None)
        if low.startswith("tonight"):
            part = "NI"
        if part:
            return ("TIME", f"{d.isoformat()}T{part}", None, None, "time")
        return ("DATE",) + _day(d)

    def _decade(self, t, tok):
        m = re.search(r"(\d{3})0'?s", t)
        if m:
            dec = m.group(1)
        else:
            m2 = re.search(r"'?(\d)0s", t)
            dec = "19" + m2.group(1)
        return ("DATE", dec, f"{dec}0-01-01", f"{dec}9-12-31", "decade")

    def _year_ctx(self, t, tok):
        return ("DATE",) + _year_range(int(t))


    def _set(self, t, tok):
        low = t.lower()
        if low in self.w["sets"]:
            return ("SET", self.w["sets"][low], None, None, "set")
        m = re.search(r"(day|week|month|year|quarter|morning|night|evening)$", low)
        if m:
            unit = m.group(1)
            if unit in ("morning", "evening", "night"):
                return ("SET", f"XXXX-XX-XXT{self.w['parts_of_day'][unit]}", None, None, "set")
            return ("SET", _duration_value(1, unit), None, None, "set")
        name = next((k for k in self.w["weekdays"] if low.endswith(k)), None)
        if name:
            return ("SET", f"XXXX-WXX-{self.w['weekdays'][name]}", None, None, "set")
        month = next((k for k in self.w["months"] if low.endswith(k)), None)
        if month:
            return ("SET", f"XXXX-{self.w['months'][month]:02d}", None, None, "set")
        return None

    def _refs(self, t, tok):
        low = t.lower()
        if low in self.w["present_ref"]:
            return ("DATE", "PRESENT_REF", None, None, "ref")
        if low in self.w["future_ref"]:
            return ("DATE", "FUTURE_REF", None, None, "ref")
        return ("DATE", "PAST_REF", None, None, "ref")

    def _anaphor(self, t, tok):
        return ("DATE", None, None, None, "anaphor")

    def resolve_anaphor(self, t: str, ref: Optional[str]):
        """'that year', 'the following month', 'the previous Friday', 'the next morning': the
        calendar unit of *ref* (the last day/month/year value written before it), shifted by one
        for following/next/previous/prior. None when *ref* is too coarse for the unit."""
        low = t.lower()
        step = 1 if re.search(r"\b(?:following|next)\b", low) else -1 if re.search(r"\b(?:previous|prior)\b", low) else 0
        unit = low.split()[-1]
        m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$", ref or "")
        if not m:
            return None
        y, mo, d = int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))
        if unit == "year":
            return ("DATE",) + _year_range(y + step)
        if unit == "month":
            return ("DATE",) + _month_range(*_shift_month(y, mo, step)) if mo else None
        if not d:
            return None
        day = dt.date(y, mo, d)
        if unit == "week":
            return ("DATE",) + _week_range(day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step))
        if unit in self.w["weekdays"]:
            target = self.w["weekdays"][unit] - 1
            back = (day.weekday() - target) % 7 or 7
            return ("DATE",) + _day(day - dt.timedelta(days=back)) if step < 0 else None
        day += dt.timedelta(days=step)
        part = self.w["parts_of_day"].get(unit)
        if part:
            return ("TIME", f"{day.isoformat()}T{part}", day.isoformat(), day.isoformat(), "time")
        return ("DATE",) + _day(day)

    def _holiday(self, t, tok):
        low = t.lower()
        rel = low.split()[0] if low.split()[0] in ("last", "next", "this") else None
        rule = self.w["holidays"][low[len(rel) + 1:].strip() if rel else low]
        if self.dct is None:
            return ("DATE", f"XXXX-{rule[0]:02d}-{rule[1]:02d}" if len(rule) == 2 else None, None, None, "day")
        this_year = _holiday_date(rule, self.dct.year)
        if rel == "last":
            year = self.dct.year - 1 if this_year >= self.dct else self.dct.year
        elif rel == "next":
            year = self.dct.year + 1 if this_year <= self.dct else self.dct.year
        else:
            year = self._year_for_month(this_year.month, tok, this_year.day)
        return ("DATE",) + _day(_holiday_date(rule, year))

    def _recent_unit(self, t, tok):
        unit = _unit_of(t.split()[-1])
        return ("DURATION", _duration_value(None, unit), None, None, "duration")

    def _plural_unit(self, t, tok):
        return self._recent_unit(t, tok)


# --------------------------------------------------------------------------- finding

MONTH_RULE = "document"
_QUARTERLY = re.compile(r"\b(?:first|second|third|fourth)[- ]quarter\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s*(?:years?|-year)[- ]old", re.IGNORECASE)
_NOT_DATE_BEFORE = re.compile(r"(?:\$|£|€|#|No\.\s*)$")
_PERCENT_AFTER = re.compile(r"^\s*(?:%|percent|per cent)", re.IGNORECASE)


def _holiday_date(rule: list, year: int) -> dt.date:
    """A fixed holiday [month, day] or a weekday-counted one [month, weekday, n, first day]."""
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, n, first = rule
    d = dt.date(year, month, first)
    d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _verb_chain(token, deps: tuple) -> list:
    """The verb governing *token* (found by walking up the parse), then the verbs it hangs from
    through *deps*, at most four: the clause whose tense or plan decides a date."""
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    chain = [verb]
    while chain[-1].dep_ in deps and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


_TITLE_WORD = re.compile(r"\b(?:Noon|Midnight|Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Years?|Decades?)\b")


def _in_title(text: str, s: int, e: int) -> bool:
    """'60 Minutes', 'High Noon': a capitalized time word inside a sentence names a work."""
    m = _TITLE_WORD.search(text, s, e)
    if not m:
        return False
    before = text[max(0, s - 3):s].rstrip(" `'\"\u201c")
    return bool(before) and before[-1:] not in ".!?\n:"


def _month_word_ok(text: str, s: int, e: int) -> bool:
    """Reject "may"/"march" and short forms used as words (months are capitalized here), and
    months in names of events ("the March for Life", "the March of the Combatant Youth")."""
    months = _words()["months"]
    for m in re.finditer(r"[A-Za-z]+", text[s:e]):
        word = m.group(0)
        if word.lower() not in months:
            continue
        if word.lower() in _CASE_SENSITIVE_MONTHS and not word[0].isupper():
            return False
        if re.match(r"\s+(?:of\s+the|for)\s+[A-Z]", text[s + m.end():s + m.end() + 12]):
            return False
    return True


def find_dates(doc, text: str, dct: Optional[dt.date], blocked: Optional[list[tuple[int, int]]] = None) -> list[Timex]:
    """All time expressions in *doc*, normalized against *dct*, sorted and non-overlapping."""
    norm = Normalizer(dct, quarterly=bool(_QUARTERLY.search(text)))
    cands: list[tuple[int, int, str]] = []
    windows = _windows(doc, text)
    for rule, pattern in _grammar():
        for m in (m for ws, we in windows for m in pattern.finditer(text, ws, we)):
            s, e = m.span("x") if "x" in pattern.groupindex else m.span()
            if rule in ("md", "dm", "my", "mdy", "dmy", "relmonth", "set", "month_alone", "month_part",
                        "month_rel_year") and not _month_word_ok(text, s, e):
                continue
            cands.append((s, e, rule))
    # longest first, then earliest; keep non-overlapping
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = bytearray(len(text) + 1)
    for s, e in blocked or []:
        taken[s:e] = b"\x01" * (e - s)
    out: list[Timex] = []
    for s, e, rule in cands:
        if any(taken[s:e]):
            continue
        if _NOT_DATE_BEFORE.search(text[max(0, s - 4):s]) or _PERCENT_AFTER.match(text[e:e + 9]):
            continue
        tok = _token_at(doc, s)
        if rule in ("duration", "time") and _in_title(text, s, e):
            continue
        result = norm.normalize(rule, text[s:e], tok)
        if result is None:
            continue
        typ, value, sd, ed, gran = result
        s, e = _timeml_extent(text, s, e, rule)
        if any(taken[s:e]):
            continue
        out.append(Timex(s, e, typ, value, sd, ed, gran, rule))
        taken[s:e] = b"\x01" * (e - s)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(taken[s:e]) or not _plausible_entity(text, s, e) or not _month_word_ok(text, s, e):
            continue
        tmx = _from_dateparser(text[s:e], dct, ent.label_)
        if tmx is None:
            continue
        typ, value, sd, ed, gran = tmx
        s, e = _strip_determiners(text, s, e)
        out.append(Timex(s, e, typ, value, sd, ed, gran, "spacy"))
        taken[s:e] = b"\x01" * (e - s)
    out.sort(key=lambda t: t.start)
    return _resolve_anaphors(out, text, norm)


def _resolve_anaphors(found: list[Timex], text: str, norm: Normalizer) -> list[Timex]:
    """Give 'that year', 'the following month' the value of the last calendar DATE before them
    (TimeML's reference time); an anaphor with nothing to refer to is dropped."""
    out: list[Timex] = []
    ref = None
    for tmx in found:
        if tmx.rule == "anaphor":
            result = norm.resolve_anaphor(text[tmx.start:tmx.end], ref)
            if result is None:
                continue
            tmx = Timex(tmx.start, tmx.end, *result, rule="anaphor")
        if tmx.type == "DATE" and tmx.value and re.match(r"\d{4}(?:-\d\d){0,2}$", tmx.value):
            ref = tmx.value
        out.append(tmx)
    return out


_LEADING_WORD = re.compile(r"(?:over|during|for|within|in|just|only|right)\s+(?=\S)", re.IGNORECASE)
_PERIOD_NOUN = re.compile(r"(?:(?:comparable|corresponding|same|fiscal|latest|current|year-ago|year-earlier|first|second|third|fourth)[\s-])+"
                          r"(?:[\w-]+\s+)?(?:quarter|period|half|nine months|six months|year)$", re.IGNORECASE)
_BOUNDARY_BEFORE = re.compile(r"\bthe\s+(?:very\s+)?(?:end|beginning|start|middle|winter|summer|spring|fall|autumn)\s+of\s+(?:the\s+)?$",
                              re.IGNORECASE)
_ADJECTIVAL = re.compile(r"the\s+(?=(?:comparable\s+)?(?:year-ago|year-earlier|(?:first|second|third|fourth)-quarter)\b)", re.IGNORECASE)


def _timeml_extent(text: str, s: int, e: int, rule: str) -> tuple[int, int]:
    """The extent TimeML gives an expression (TimeBank strict spans): no leading "over"/"for";
    with "the" before a counted period ("the nine months") and "fiscal" before a year; with "the
    end of" before what it bounds; without "the" before a modifier ("the year-ago results")."""
    m = _LEADING_WORD.match(text, s, e)
    if m:
        s = m.end()
    if re.search(r"['\u2019]s$", text[s:e]):  # "yesterday's": the expression without its possessive
        e -= 2
    if re.match(r"(?:the|its)\s$", text[max(0, s - 4):s], re.IGNORECASE) and _PERIOD_NOUN.match(text, s, e):
        s -= 4  # "the year-ago quarter", "its fourth quarter": TimeML keeps the determiner
    t = re.search(r"\s+(?:before|after)$", text[s:e], re.IGNORECASE)
    if t:
        e -= len(t.group(0))  # "30 days before the vote": "before" is a signal, not the time
    if rule == "duration" and re.fullmatch(r"the\s", text[max(0, s - 4):s], re.IGNORECASE):
        s -= 4
    fiscal = re.search(r"\bfiscal\s+$", text[max(0, s - 8):s], re.IGNORECASE)
    if fiscal and re.fullmatch(r"(?:1[89]|20)\d\d", text[s:e]):
        s -= len(fiscal.group(0))
    b = _BOUNDARY_BEFORE.search(text[max(0, s - 30):s])
    if b:
        s -= len(b.group(0))
    a = _ADJECTIVAL.match(text, s, e)
    if a and not _PERIOD_NOUN.match(text, a.end(), e) and \
            not re.match(r"\s+(?:quarter|period|nine|six|three|first|second|third|fourth)\b", text[e:e + 10], re.IGNORECASE):
        s = a.end()
    return s, e


def _strip_determiners(text: str, s: int, e: int) -> tuple[int, int]:
    m = re.match(r"(?:on|in|at|by|since|until|from)\s+", text[s:e], re.IGNORECASE)
    if m:
        s += m.end()
    return s, e


def _plausible_entity(text: str, s: int, e: int) -> bool:
    t = text[s:e]
    if re.fullmatch(r"\d{1,3}", t.strip()):
        return False  # ages, counts ("Trump, 78,")
    if _AGE_AFTER.match(text[e:e + 12]) or re.search(r"-old\b|year-old|years old", t, re.IGNORECASE):
        return False
    if not re.search(r"\d|[A-Z]", t):
        return False
    return True


@lru_cache(maxsize=4096)
def _dateparser_cached(phrase: str, dct_iso: str):
    import dateparser

    base = dt.datetime.fromisoformat(dct_iso)
    return dateparser.parse(phrase, languages=["en"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                      "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False})


def _from_dateparser(phrase: str, dct: Optional[dt.date], label: str):
    """Normalize a spaCy DATE entity the grammar did not read; None when it is not a date."""
    words = _words()
    has_month = any(re.search(rf"\b{m}\b", phrase.lower()) for m in words["months"] if len(m) > 3)
    m = re.fullmatch(r"(?:the\s+)?(?:fiscal\s+)?((?:1[89]|20)\d\d)(?:'s)?", phrase.strip(), re.IGNORECASE)
    if m:
        return ("DATE",) + _year_range(int(m.group(1)))
    if not has_month or dct is None:
        return None
    parsed = _dateparser_cached(phrase, dct.isoformat())
    if parsed is None:
        return None
    d = parsed.date()
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", phrase):
        return ("DATE",) + _day(d)
    return ("DATE",) + _month_range(d.year, d.month)
