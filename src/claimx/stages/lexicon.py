"""Every word list of the stages: the open-class lists of ``data/`` (loaded once per process) and
the closed classes (pronouns), defined here once."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


# Closed classes ----------------------------------------------------------------------------

HUMAN_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


# Open classes, from data/ -------------------------------------------------------------------

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
def _cue_rows() -> tuple[CueEntry, ...]:
    out = []
    for row in _rows("cues.tsv"):
        lemma, pos, cls, scope, frames = (c.strip() for c in row[:5])
        out.append(CueEntry(lemma, pos, cls, scope, tuple(frames.split(","))))
    return tuple(out)


@lru_cache(maxsize=None)
def cues() -> dict[tuple[str, str], CueEntry]:
    """``(lemma, "VERB"|"NOUN") -> CueEntry`` from ``cues.tsv``."""
    return {(e.lemma, e.pos): e for e in _cue_rows() if e.pos in ("VERB", "NOUN")}


def pseudo_cue(name: str) -> CueEntry:
    """The entry of a cue that is no word: ":", "\u2015", "according to", "*" (see ``cues.tsv``)."""
    return next(e for e in _cue_rows() if e.lemma == name and e.pos not in ("VERB", "NOUN"))


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
