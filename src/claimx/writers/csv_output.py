"""``--format csv``: one row per claim for spreadsheets (RFC 4180: a header, CRLF line ends,
fields with quotes, commas or line breaks quoted).

A document without claims still gets one row (empty claim columns) and an input that failed gets
one row with its error, so every input shows up.
"""
from __future__ import annotations

import csv
import io
from typing import Optional

from .describe import said_on_value, speakers_of
from .files import AtomicFile

COLUMNS = ("document_id", "document_date", "claim_id", "kind", "form", "speaker_names", "speaker_mentions",
           "cue", "cue_class", "negated", "content", "content_start", "content_end", "said_on",
           "responds_to", "dates", "error")


def claim_rows(result: dict) -> list[dict]:
    """The CSV rows of one result dict (columns as in :data:`COLUMNS`)."""
    base = {"document_id": result["id"], "document_date": result.get("document_date") or ""}
    if "error" in result:
        return [{**base, "error": f"{result['error']['code']}: {result['error']['message']}"}]
    rows = []
    for c in result["claims"]:
        rows.append({
            **base,
            "claim_id": c["id"],
            "kind": c["kind"],
            "form": c["form"],
            "speaker_names": speakers_of(c),
            "speaker_mentions": "; ".join(s["text"] for s in c["speakers"]),
            "cue": c["cue"]["text"] if c["cue"] else "",
            "cue_class": (c["cue"] or {}).get("class") or "",
            "negated": "true" if c["negated"] else "false",
            "content": c["content"]["text"],
            "content_start": c["content"]["start"],
            "content_end": c["content"]["end"],
            "said_on": said_on_value(c) or "",
            "responds_to": c.get("responds_to") or "",
            "dates": "; ".join(d["value"] or d["text"] for d in c["dates"]),
        })
    return rows or [base]


class CsvWriter:
    needs_text = False

    def __init__(self, path: Optional[str]):
        self.out = AtomicFile(path, newline="")
        self._buffer = io.StringIO()
        self._csv = csv.DictWriter(self._buffer, fieldnames=COLUMNS, restval="", lineterminator="\r\n")
        self._csv.writeheader()
        self._flush()

    def _flush(self) -> None:
        self.out.write(self._buffer.getvalue())
        self._buffer.seek(0)
        self._buffer.truncate()

    def write(self, result: dict, text: Optional[str] = None) -> None:
        self._csv.writerows(claim_rows(result))
        self._flush()

    def finish(self) -> None:
        self.out.commit()

    def interrupted(self) -> None:
        self.out.discard()

    discard = interrupted
