"""``--format sqlite`` (or ``-o NAME.db``): an archive to query with SQL.

Tables ``documents``, ``entities``, ``claims``, ``speakers``, ``dates`` and ``claim_dates`` (which
dates a claim's content mentions), with primary and foreign keys. Each document goes in one
transaction, so an interruption loses at most the document in flight; an existing database is
appended to (a document already there is replaced), and ``--resume`` skips the ids it holds.
"""
from __future__ import annotations

import json
import os
import sqlite3
from typing import Optional

from .describe import who
from .files import OutputError, check_target

# PRAGMA user_version of a claimx database; bump when the tables change.
DB_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    document_date TEXT,
    document_date_origin TEXT,
    title TEXT,
    encoding TEXT,
    model TEXT,
    claimx_version TEXT,
    schema_version INTEGER,
    claims INTEGER NOT NULL DEFAULT 0,
    denials INTEGER NOT NULL DEFAULT 0,
    warnings TEXT,
    error_code TEXT,
    error TEXT
);
CREATE TABLE IF NOT EXISTS entities (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    label TEXT,
    gender TEXT,
    aliases TEXT,
    mentions INTEGER,
    claims INTEGER,
    PRIMARY KEY (document_id, id)
);
CREATE TABLE IF NOT EXISTS claims (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    kind_reason TEXT,
    form TEXT NOT NULL,
    speaker TEXT,
    cue TEXT,
    cue_lemma TEXT,
    cue_class TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    sentence_start INTEGER,
    sentence_end INTEGER,
    said_on_text TEXT,
    said_on_value TEXT,
    said_on_start_date TEXT,
    said_on_end_date TEXT,
    responds_to TEXT,
    PRIMARY KEY (document_id, id),
    FOREIGN KEY (document_id, responds_to) REFERENCES claims(document_id, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE IF NOT EXISTS speakers (
    document_id TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    name TEXT,
    label TEXT,
    resolution TEXT,
    entity_id TEXT,
    affiliation TEXT,
    affiliation_text TEXT,
    PRIMARY KEY (document_id, claim_id, position),
    FOREIGN KEY (document_id, claim_id) REFERENCES claims(document_id, id) ON DELETE CASCADE,
    FOREIGN KEY (document_id, entity_id) REFERENCES entities(document_id, id)
);
CREATE TABLE IF NOT EXISTS dates (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    start_date TEXT,
    end_date TEXT,
    granularity TEXT,
    PRIMARY KEY (document_id, position)
);
CREATE TABLE IF NOT EXISTS claim_dates (
    document_id TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    date_position INTEGER NOT NULL,
    PRIMARY KEY (document_id, claim_id, date_position),
    FOREIGN KEY (document_id, claim_id) REFERENCES claims(document_id, id) ON DELETE CASCADE,
    FOREIGN KEY (document_id, date_position) REFERENCES dates(document_id, position) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS speakers_name ON speakers(name);
CREATE INDEX IF NOT EXISTS speakers_entity ON speakers(document_id, entity_id);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE INDEX IF NOT EXISTS claims_said_on ON claims(said_on_start_date);
CREATE INDEX IF NOT EXISTS claims_said_on_value ON claims(said_on_value);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
CREATE INDEX IF NOT EXISTS dates_start ON dates(start_date);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
"""


def done_ids(path: str) -> set[str]:
    """Ids of the documents already in the database at *path* (none when it does not exist)."""
    if not os.path.exists(path):
        return set()
    with _connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM documents")}


def _connect(path: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise OutputError(f"cannot use {path} as a claimx database: {exc}") from exc
    if tables and version != DB_VERSION:
        conn.close()
        raise OutputError(f"{path} is not a claimx database (version {version}, expected {DB_VERSION}); "
                          "choose another file")
    if not tables:
        conn.executescript(SCHEMA)
        conn.execute(f"PRAGMA user_version = {DB_VERSION}")
    return conn


class SqliteWriter:
    needs_text = False

    def __init__(self, path: Optional[str]):
        if path is None:
            raise OutputError("--format sqlite needs -o FILE.db")
        check_target(path)
        self.path = path
        self.conn = _connect(path)

    def write(self, result: dict, text: Optional[str] = None) -> None:
        try:
            self.conn.execute("BEGIN")
            for table in ("claim_dates", "speakers", "claims", "dates", "entities"):
                # explicitly, not by cascade: a shell without PRAGMA foreign_keys may have left rows
                self.conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (result["id"],))
            self.conn.execute("DELETE FROM documents WHERE id = ?", (result["id"],))
            _insert(self.conn, result)
            self.conn.execute("COMMIT")
        except BaseException as exc:  # an interrupt too: nothing of this document stays
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise OutputError(f"cannot write {self.path}: {exc}") from exc
            raise

    def finish(self) -> None:
        self.conn.close()

    def interrupted(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self.conn.close()

    discard = interrupted


def _insert(conn: sqlite3.Connection, result: dict) -> None:
    doc_id = result["id"]
    if "error" in result:
        conn.execute("INSERT INTO documents (id, schema_version, error_code, error) VALUES (?, ?, ?, ?)",
                     (doc_id, result.get("schema_version"), result["error"]["code"], result["error"]["message"]))
        return
    model = result.get("model") or {}
    conn.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
        (doc_id, result.get("document_date"), result.get("document_date_origin"), result.get("title"),
         result.get("encoding"), f"{model.get('name')} {model.get('version')}".strip(), result.get("claimx_version"),
         result.get("schema_version"), len(result["claims"]), sum(c["kind"] == "denial" for c in result["claims"]),
         json.dumps(result.get("warnings") or [], ensure_ascii=False)))
    conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(doc_id, e["id"], e["name"], e["label"], e["gender"], json.dumps(e["aliases"], ensure_ascii=False),
                       e["mentions"], e["claims"]) for e in result.get("entities", [])])
    positions = {}
    for i, d in enumerate(result["dates"]):
        positions[(d["start"], d["end"])] = i
        conn.execute("INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (doc_id, i, d["text"], d["start"], d["end"], d["type"], d["value"], d["start_date"],
                      d["end_date"], d["granularity"]))
    for i, c in enumerate(result["claims"]):
        cue, said_on = c["cue"] or {}, c["said_on"] or {}
        conn.execute(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, c["id"], i, c["kind"], c["kind_reason"], c["form"], "; ".join(who(s) for s in c["speakers"]),
             cue.get("text"), cue.get("lemma"), cue.get("class"), cue.get("start"), cue.get("end"),
             c["content"]["text"], c["content"]["start"], c["content"]["end"], int(c["negated"]),
             c["sentence"]["start"], c["sentence"]["end"], said_on.get("text"), said_on.get("value"),
             said_on.get("start_date"), said_on.get("end_date"), c.get("responds_to")))
        for j, s in enumerate(c["speakers"]):
            affiliation = s.get("affiliation") or {}
            conn.execute("INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (doc_id, c["id"], j, s["text"], s["start"], s["end"], s.get("name"), s.get("label"),
                          s.get("resolution"), s.get("entity"), affiliation.get("name"), affiliation.get("text")))
        for d in c["dates"]:
            position = positions.get((d["start"], d["end"]))
            if position is not None:
                conn.execute("INSERT OR IGNORE INTO claim_dates VALUES (?, ?, ?)", (doc_id, c["id"], position))
