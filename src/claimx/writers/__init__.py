"""Result dicts -> what people and programs read. Every format is a view of the same dicts.

Each writer has ``write(result, text)`` (``text``: the article, for views that show it, given
when ``needs_text`` is true), ``finish()``, ``interrupted()`` (keep what ``--resume`` can use,
drop the rest) and ``discard()``.

=========  =====================================  ===================================
format     module                                 output
=========  =====================================  ===================================
jsonl      :mod:`.json_output`                    one line per document
json       :mod:`.json_output`                    one object, or an array
table      :mod:`.table`                          Rich tables on the terminal
html       :mod:`.html`                           reader page(s), self-contained
csv        :mod:`.csv_output`                     one row per claim
sqlite     :mod:`.sqlite_output`                  tables to query with SQL
=========  =====================================  ===================================
"""
from __future__ import annotations

import os
from typing import Optional

from .files import AtomicFile, OutputError, ShardWriter, check_target, dumps_line, write_atomically
from .json_output import JsonWriter, read_done_ids
from .table import render_table

FORMATS = ("table", "json", "jsonl", "html", "csv", "sqlite")
RESUMABLE = ("jsonl", "sqlite")
_BY_SUFFIX = {".html": "html", ".htm": "html", ".csv": "csv", ".db": "sqlite", ".sqlite": "sqlite",
              ".sqlite3": "sqlite"}


def format_for_path(path: str) -> Optional[str]:
    """The format a file name asks for (``claims.db`` -> sqlite), or None."""
    return _BY_SUFFIX.get(os.path.splitext(path)[1].lower())


def is_folder_target(path: Optional[str]) -> bool:
    return path is not None and (path.endswith(("/", os.sep)) or os.path.isdir(path))


def done_ids(fmt: str, path: str) -> set[str]:
    """Ids already in the output at *path* (``--resume``)."""
    if fmt == "sqlite":
        from .sqlite_output import done_ids as in_database

        return in_database(path)
    return read_done_ids(path)[0]


def open_writer(fmt: str, path: Optional[str], *, resume: bool = False, single: bool = False, console=None):
    """The writer for *fmt* writing to *path* (stdout when None)."""
    if fmt == "table":
        from .table import TableWriter

        return TableWriter(console)
    if fmt in ("json", "jsonl"):
        return JsonWriter(path, fmt, resume=resume, single=single)
    if fmt == "csv":
        from .csv_output import CsvWriter

        return CsvWriter(path)
    if fmt == "sqlite":
        from .sqlite_output import SqliteWriter

        return SqliteWriter(path)
    if fmt == "html":
        from .html import HtmlFolderWriter, HtmlPageWriter

        return HtmlFolderWriter(path) if is_folder_target(path) else HtmlPageWriter(path)
    raise ValueError(f"unknown format {fmt!r}")


__all__ = ["AtomicFile", "FORMATS", "JsonWriter", "OutputError", "RESUMABLE", "ShardWriter", "check_target",
           "done_ids", "dumps_line", "format_for_path", "is_folder_target", "open_writer", "read_done_ids",
           "render_table", "write_atomically"]
