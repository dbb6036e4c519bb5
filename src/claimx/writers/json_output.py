"""JSON Lines and pretty JSON: the result dicts as they are, one document at a time.

JSON Lines are flushed line by line; when a run is interrupted the complete lines written so far
are kept in the target, which ``--resume`` then completes (a torn last line is dropped).
"""
from __future__ import annotations

import json
import os
from typing import Optional

from .files import AtomicFile, dumps_line


def read_done_ids(path: str) -> tuple[set[str], int]:
    """Ids of the complete lines already in *path* and the byte length of those lines."""
    ids: set[str] = set()
    good = 0
    try:
        with open(path, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                try:
                    ids.add(str(json.loads(raw)["id"]))
                except (ValueError, KeyError, TypeError):
                    break
                good += len(raw)
    except FileNotFoundError:
        pass
    return ids, good


class JsonWriter:
    """``--format jsonl`` (one line per document) or ``json`` (one object for one input, an
    array for several)."""

    needs_text = False

    def __init__(self, path: Optional[str], fmt: str, resume: bool = False, single: bool = False):
        self.fmt, self.single = fmt, single
        self.count = 0
        self.out = AtomicFile(path)
        if resume and fmt == "jsonl" and path and os.path.exists(path):
            _, good = read_done_ids(path)
            with open(path, "rb") as old:
                self.out.write(old.read(good).decode("utf-8"))

    def write(self, result: dict, text: Optional[str] = None) -> None:
        if self.fmt == "jsonl":
            self.out.write(dumps_line(result))
        elif self.single:
            self.out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            self.out.write(("[\n" if self.count == 0 else ",\n") + json.dumps(result, ensure_ascii=False, indent=2))
        self.count += 1

    def finish(self) -> None:
        if self.fmt == "json" and not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.commit()

    def interrupted(self) -> None:
        """Keep complete JSON Lines for ``--resume``; drop a half-written JSON array."""
        if self.fmt == "jsonl" and self.out.path:
            try:
                self.out.commit()
                return
            except Exception:
                pass
        self.out.discard()

    def discard(self) -> None:
        self.out.discard()
