"""Finding time expressions: the grammar's matches and spaCy's DATE/TIME entities, filtered,
valued, cut to TimeML extents and made non-overlapping; then anaphors are resolved."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ..masks import mark, new_mask
from .calendar import Anchor
from .extent import (NOT_DATE_BEFORE, PERCENT_AFTER, in_title, month_word_ok, plausible_entity, strip_prepositions,
                     timeml_extent)
from .fallback import from_dateparser
from .grammar import rules, windows
from .relative import resolve_anaphor


@dataclass
class Timex:
    """A time expression found in the text: offsets, TIMEX3 type and value, day range, and the
    grammar rule that found it ("spacy" for an entity valued by dateparser)."""

    start: int
    end: int
    type: str
    value: Optional[str]
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    granularity: Optional[str] = None
    rule: str = ""


_QUARTERLY = re.compile(r"\b(?:first|second|third|fourth)[- ]quarter\b", re.IGNORECASE)


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def find_dates(doc, text: str, dct: Optional[dt.date]) -> list[Timex]:
    """All time expressions in *doc*, normalized against *dct*, sorted and non-overlapping."""
    anchor = Anchor(dct, quarterly=bool(_QUARTERLY.search(text)))
    table = rules()
    cands: list[tuple[int, int, int]] = []
    spans = windows(doc, text)
    for index, rule in enumerate(table):
        for m in (m for ws, we in spans for m in rule.pattern.finditer(text, ws, we)):
            s, e = m.span("x") if "x" in rule.pattern.groupindex else m.span()
            if rule.month_words and not month_word_ok(text, s, e):
                continue
            cands.append((s, e, index))
    # longest first, then earliest, then the rule listed first; keep non-overlapping
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = new_mask(text)
    out: list[Timex] = []
    for s, e, index in cands:
        rule = table[index]
        if any(taken[s:e]):
            continue
        if NOT_DATE_BEFORE.search(text[max(0, s - 4):s]) or PERCENT_AFTER.match(text[e:e + 9]):
            continue
        if rule.name in ("duration", "time") and in_title(text, s, e):
            continue
        value = rule.handler(text[s:e].strip(), _token_at(doc, s), anchor)
        if value is None:
            continue
        s, e = timeml_extent(text, s, e, rule.name)
        if any(taken[s:e]):
            continue
        out.append(Timex(s, e, *value, rule.name))
        mark(taken, s, e)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(taken[s:e]) or not plausible_entity(text, s, e) or not month_word_ok(text, s, e):
            continue
        value = from_dateparser(text[s:e], dct)
        if value is None:
            continue
        s, e = strip_prepositions(text, s, e)
        out.append(Timex(s, e, *value, "spacy"))
        mark(taken, s, e)
    out.sort(key=lambda t: t.start)
    return _resolve_anaphors(out, text)


def _resolve_anaphors(found: list[Timex], text: str) -> list[Timex]:
    """Give 'that year', 'the following month' the value of the last calendar DATE before them
    (TimeML's reference time); an anaphor with nothing to refer to is dropped."""
    out: list[Timex] = []
    ref = None
    for tmx in found:
        if tmx.rule == "anaphor":
            value = resolve_anaphor(text[tmx.start:tmx.end], ref)
            if value is None:
                continue
            tmx = Timex(tmx.start, tmx.end, *value, rule="anaphor")
        if tmx.type == "DATE" and tmx.value and re.match(r"\d{4}(?:-\d\d){0,2}$", tmx.value):
            ref = tmx.value
        out.append(tmx)
    return out
