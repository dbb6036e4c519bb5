"""The document's ``entities``: every entity that speaks or is a speaker's affiliation, with a
document-wide id, in order of first mention.

The speakers stage works per parsed piece; here the entities of all pieces meet (one entity per
label and canonical name), get their ids (``e1``, ``e2``, ... by first mention in the text) and
their counts: mentions (name mentions plus speaker mentions resolved to them by a pronoun or a
description) and claims (claims with a speaker who is the entity).
"""
from __future__ import annotations

from .models import Claim, Entity, Speaker


class EntityTable:
    def __init__(self):
        self._rows: dict[tuple[str, str], dict] = {}
        self._speakers: list[tuple[Speaker, tuple[str, str]]] = []

    def _row(self, entity, piece) -> tuple[str, str]:
        key = (entity.label, entity.name)
        row = self._rows.setdefault(key, {"names": [], "gender": None, "first": None, "mentions": 0, "seen": set()})
        if (id(piece), entity.key) not in row["seen"]:
            row["seen"].add((id(piece), entity.key))
            row["mentions"] += len(entity.mentions)
            for n in entity.names:
                if n not in row["names"]:
                    row["names"].append(n)
            row["gender"] = row["gender"] or entity.gender
            first = piece.place(entity.mentions[0], entity.mentions[0] + 1)[0] if entity.mentions else None
            if first is not None and (row["first"] is None or first < row["first"]):
                row["first"] = first
        return key

    def add(self, speaker: Speaker, resolved, piece) -> None:
        """Note *speaker*, resolved as *resolved* in *piece*, for the table and its ids."""
        if resolved.entity is not None:
            key = self._row(resolved.entity, piece)
            if resolved.resolution in ("pronoun", "description"):
                self._rows[key]["mentions"] += 1
            self._speakers.append((speaker, key))
        affiliated = resolved.affiliation.entity if resolved.affiliation is not None else None
        if affiliated is not None:
            self._row(affiliated, piece)

    def finish(self, claims: list[Claim]) -> list[Entity]:
        """The entities, with ids set on the speakers too."""
        order = sorted(self._rows, key=lambda k: (self._rows[k]["first"] if self._rows[k]["first"] is not None
                                                  else float("inf"), k))
        ids = {key: f"e{n}" for n, key in enumerate(order, 1)}
        for speaker, key in self._speakers:
            speaker.entity = ids[key]
        counts = {key: 0 for key in order}
        by_id = {v: k for k, v in ids.items()}
        for claim in claims:
            for key in {by_id[s.entity] for s in claim.speakers if s.entity}:
                counts[key] += 1
        out = []
        for key in order:
            row = self._rows[key]
            out.append(Entity(ids[key], key[1], key[0], row["gender"], [n for n in row["names"] if n != key[1]],
                              row["mentions"], counts[key]))
        return out
