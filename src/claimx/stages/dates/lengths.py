"""Value handlers for lengths, repetitions and vague references: "more than four years" (P4Y),
"24 hours" (PT24H), "two and a half years" (P2Y6M), "recent weeks" (PXW), "every week" (P1W),
"Tuesday nights" (a set), "now" (PRESENT_REF), "the coming months" (FUTURE_REF).

Every handler takes (text, token, anchor) and returns a :class:`~.calendar.Value` or None.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon
from .calendar import Anchor, Value, duration_value, number, unit_of

UNIT = r"(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?"
MODIFIERS = ("more than", "less than", "fewer than", "nearly", "almost", "about", "around", "roughly", "over",
             "at least", "at most", "up to", "only", "just", "approximately", "some", "a further", "another")
_LEADING_MODIFIER = re.compile(rf"^({'|'.join(MODIFIERS)})\s+")


def strip_modifier(text: str) -> str:
    """'more than four' -> 'four'."""
    return _LEADING_MODIFIER.sub("", text)


def duration(text: str, tok, at: Anchor) -> Optional[Value]:
    """'more than four years', '24 hours', 'two and a half years', 'a six-month', 'the first hours'"""
    low = text.lower()
    if re.search(r"[- ]old\b", low):
        return None  # an age
    if re.fullmatch(r"(?:a|one)\s+second", low) or re.search(r"\w-quarters?$", low):
        return None  # "a second group", "three-quarters of"
    m = re.search(rf"{UNIT}\b", low)
    if not m:
        return None
    unit = unit_of(m.group(1))
    before = low[: m.start()].strip(" -")
    before = strip_modifier(before)
    before = re.sub(r"[- ](and[- ]a[- ]half|more)$", "", before).strip(" -")
    before = re.sub(r"^the\s+(past|last|next|coming|previous|first|final|following)\s*", "", before)
    n = number(before) if before else (None if m.group(0).endswith("s") else 1)  # "the first hours": PTXH
    if before and n is None and before not in lexicon.date_words()["numbers"]:
        return None
    if "and-a-half" in low.replace(" ", "-") or low.endswith("and a half"):
        n = (n or 0) + 0.5
    if n is not None and n > 1000 and unit in ("year", "day"):
        return None
    return Value("DURATION", duration_value(n, unit), None, None, "duration")


def recent_unit(text: str, tok, at: Anchor) -> Optional[Value]:
    """'recent weeks', 'for years': a length of unknown count (PXW, PXY)"""
    unit = unit_of(text.split()[-1])
    return Value("DURATION", duration_value(None, unit), None, None, "duration")


def repeated(text: str, tok, at: Anchor) -> Optional[Value]:
    """'every week' (P1W), 'daily' (P1D), 'every Monday' (XXXX-WXX-1), 'each morning', 'every March'"""
    w = lexicon.date_words()
    low = text.lower()
    if low in w["sets"]:
        return Value("SET", w["sets"][low], None, None, "set")
    m = re.search(r"(day|week|month|year|quarter|morning|night|evening)$", low)
    if m:
        unit = m.group(1)
        if unit in ("morning", "evening", "night"):
            return Value("SET", f"XXXX-XX-XXT{w['parts_of_day'][unit]}", None, None, "set")
        return Value("SET", duration_value(1, unit), None, None, "set")
    name = next((k for k in w["weekdays"] if low.endswith(k)), None)
    if name:
        return Value("SET", f"XXXX-WXX-{w['weekdays'][name]}", None, None, "set")
    month = next((k for k in w["months"] if low.endswith(k)), None)
    if month:
        return Value("SET", f"XXXX-{w['months'][month]:02d}", None, None, "set")
    return None


def reference(text: str, tok, at: Anchor) -> Optional[Value]:
    """'now' (PRESENT_REF), 'recently' (PAST_REF), 'the future' (FUTURE_REF)"""
    w = lexicon.date_words()
    low = text.lower()
    if low in w["present_ref"]:
        return Value("DATE", "PRESENT_REF", None, None, "ref")
    if low in w["future_ref"]:
        return Value("DATE", "FUTURE_REF", None, None, "ref")
    return Value("DATE", "PAST_REF", None, None, "ref")


def coming(text: str, tok, at: Anchor) -> Optional[Value]:
    """'the coming months': FUTURE_REF"""
    return Value("DATE", "FUTURE_REF", None, None, "ref")
