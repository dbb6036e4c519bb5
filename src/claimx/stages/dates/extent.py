"""Which matches are dates, and where a date mention starts and ends as TimeML marks it.

Filters: money, counts and percentages ("$1989", "No. 1998", "30 percent"), ages, capitalized time
words in names of works ("60 Minutes"), and month words used as words ("may", "the March for
Life"). Extents: no leading "over"/"for"/"in", no possessive, no trailing "before"/"after"
(signals), the determiner kept with a counted period ("the year-ago quarter").
"""
from __future__ import annotations

import re

from .. import lexicon

NOT_DATE_BEFORE = re.compile(r"(?:\$|£|€|#|No\.\s*)$")
PERCENT_AFTER = re.compile(r"^\s*(?:%|percent|per cent)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s*(?:years?|-year)[- ]old", re.IGNORECASE)
_CASE_SENSITIVE_MONTHS = {"may", "march", "jan", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr",
                          "sept"}
_TITLE_WORD = re.compile(r"\b(?:Noon|Midnight|Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Years?|Decades?)\b")


def in_title(text: str, s: int, e: int) -> bool:
    """'60 Minutes', 'High Noon': a capitalized time word inside a sentence names a work."""
    m = _TITLE_WORD.search(text, s, e)
    if not m:
        return False
    before = text[max(0, s - 3):s].rstrip(" `'\"\u201c")
    return bool(before) and before[-1:] not in ".!?\n:"


def month_word_ok(text: str, s: int, e: int) -> bool:
    """Reject "may"/"march" and short forms used as words (months are capitalized here), and
    months in names of events ("the March for Life", "the March of the Combatant Youth")."""
    months = lexicon.date_words()["months"]
    for m in re.finditer(r"[A-Za-z]+", text[s:e]):
        word = m.group(0)
        if word.lower() not in months:
            continue
        if word.lower() in _CASE_SENSITIVE_MONTHS and not word[0].isupper():
            return False
        if re.match(r"\s+(?:of\s+the|for)\s+[A-Z]", text[s + m.end():s + m.end() + 12]):
            return False
    return True


def plausible_entity(text: str, s: int, e: int) -> bool:
    """A spaCy DATE/TIME entity worth normalizing: not a bare count or age ("Trump, 78,")."""
    t = text[s:e]
    if re.fullmatch(r"\d{1,3}", t.strip()):
        return False
    if _AGE_AFTER.match(text[e:e + 12]) or re.search(r"-old\b|year-old|years old", t, re.IGNORECASE):
        return False
    if not re.search(r"\d|[A-Z]", t):
        return False
    return True


_LEADING_WORD = re.compile(r"(?:over|during|for|within|in|just|only|right)\s+(?=\S)", re.IGNORECASE)
_PERIOD_NOUN = re.compile(r"(?:(?:comparable|corresponding|same|fiscal|latest|current|year-ago|year-earlier|first"
                          r"|second|third|fourth)[\s-])+(?:[\w-]+\s+)?(?:quarter|period|half|nine months|six months"
                          r"|year)$", re.IGNORECASE)
_BOUNDARY_BEFORE = re.compile(r"\bthe\s+(?:very\s+)?(?:end|beginning|start|middle|winter|summer|spring|fall|autumn)"
                              r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ADJECTIVAL = re.compile(r"the\s+(?=(?:comparable\s+)?(?:year-ago|year-earlier|(?:first|second|third|fourth)-quarter)\b)",
                         re.IGNORECASE)


def timeml_extent(text: str, s: int, e: int, rule: str) -> tuple[int, int]:
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
            not re.match(r"\s+(?:quarter|period|nine|six|three|first|second|third|fourth)\b", text[e:e + 10],
                         re.IGNORECASE):
        s = a.end()
    return s, e


def strip_prepositions(text: str, s: int, e: int) -> tuple[int, int]:
    """A spaCy entity without its leading preposition ("on March 3" -> "March 3")."""
    m = re.match(r"(?:on|in|at|by|since|until|from)\s+", text[s:e], re.IGNORECASE)
    if m:
        s += m.end()
    return s, e
