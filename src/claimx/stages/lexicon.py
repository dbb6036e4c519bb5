"""Load the stage word lists from ``data/`` once per process."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("claimx.stages").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    cls: str
    scope: str
    frames: tuple


@lru_cache(maxsize=None)
def cues() -> dict[tuple[str, str], CueEntry]:
    """``(lemma, "VERB"|"NOUN") -> CueEntry`` from ``cues.tsv``."""
    out = {}
    for row in _rows("cues.tsv"):
        lemma, pos, cls, scope, frames = (c.strip() for c in row[:5])
        out[(lemma, pos)] = CueEntry(lemma, pos, cls, scope, tuple(frames.split(",")))
    return out


@lru_cache(maxsize=None)
def roles() -> dict[str, str]:
    """Role noun -> the entity kind a description headed by it refers to."""
    return {row[0].strip(): row[1].strip() for row in _rows("roles.txt")}


@lru_cache(maxsize=None)
def titles() -> frozenset:
    return frozenset(row[0].strip() for row in _rows("titles.txt"))


@lru_cache(maxsize=None)
def publish_verbs() -> frozenset:
    """Verbs whose object speaks for their subject ('released a video that said')."""
    return frozenset(row[0].strip() for row in _rows("publish_verbs.txt"))


@lru_cache(maxsize=None)
def date_words() -> dict:
    """The dates stage's vocabulary (``date_words.json``): months, weekdays, numbers, units, ..."""
    return json.loads(resources.files("claimx.stages").joinpath("data", "date_words.json").read_text("utf-8"))
