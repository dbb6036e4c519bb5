"""Inputs -> records: discover paths lazily, read and decode bytes, find each document's date.

Nothing here knows spaCy. Every input becomes either a :class:`Record` (text to analyse) or a
:class:`Failure` (an error record with a stable code), in input order, so no input is ever lost.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Union

DEFAULT_MAX_CHARS = 10_000_000
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class Record:
    """One article ready for the engine: plain text plus where its date came from."""

    id: str
    text: str
    date: Optional[str] = None
    date_origin: Optional[str] = None
    title: Optional[str] = None
    encoding: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Failure:
    """An input that could not become a record; written out as an error record."""

    id: str
    code: str
    message: str


Item = Union[Record, Failure]


# --------------------------------------------------------------------------- dates

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
# a leading "date 2024-12-27" line: the text's own date, blanked out before parsing
DATE_MARKER = re.compile(r"\A\s*(?:date\s*:?\s*)(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\s*date\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_LONG_DATE = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def parse_iso_date(value: str) -> Optional[str]:
    """``YYYY-MM-DD`` if *value* is a real calendar date in that form, else None."""
    m = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _parse_header_date(value: str) -> Optional[str]:
    iso = _ISO.search(value)
    if iso:
        return parse_iso_date(iso.group(0))
    m = _LONG_DATE.match(value)
    if m and m[1].lower() in _MONTHS:
        try:
            return dt.date(int(m[3]), _MONTHS[m[1].lower()], int(m[2])).isoformat()
        except ValueError:
            return None
    return None


def date_from_text(text: str) -> Optional[str]:
    """The date a text announces about itself: a leading ``date 2024-12-27`` or a ``Date:`` header line."""
    m = DATE_MARKER.match(text)
    if m:
        return parse_iso_date(m[1])
    head = text[:2000]
    for m in _HEADER_LINE.finditer(head):
        # only header-like lines near the top, before the first blank line of body text
        if head[: m.start()].count("\n\n") > 1:
            break
        found = _parse_header_date(m[1])
        if found:
            return found
    return None


def date_from_filename(path: str) -> Optional[str]:
    for m in _ISO.finditer(os.path.basename(path)):
        found = parse_iso_date(m.group(0))
        if found:
            return found
    return None


def resolve_date(record: Record, option_date: Optional[str], path: Optional[str]) -> None:
    """Set ``record.date``/``date_origin`` by precedence: option, record, text marker, file name."""
    if option_date:
        record.date, record.date_origin = option_date, "option"
        return
    if record.date:
        record.date_origin = "record"
        return
    found = date_from_text(record.text)
    if found:
        record.date, record.date_origin = found, "text"
        return
    found = date_from_filename(path) if path else None
    if found:
        record.date, record.date_origin = found, "filename"
        return
    record.warnings.append(
        "no document date (no --date, record date, date marker in the text or date in the file name): "
        "relative dates are left with value null")


# --------------------------------------------------------------------------- decoding

_MAGIC = [
    (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip data"), (b"PK\x03\x04", "a ZIP archive"), (b"%PDF", "a PDF document"),
    (b"\x7fELF", "an executable"), (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"),
]


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class DecodeError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode article bytes; returns (text, encoding name, warnings) or raises DecodeError('binary').

    BOMs decide first (UTF-8, UTF-16 LE/BE); then strict UTF-8; then, for mostly valid UTF-8 with a
    few broken bytes, UTF-8 with replacement characters; otherwise Windows-1252 (Latin-1 for the five
    bytes cp1252 leaves undefined). Offsets always refer to the returned text (BOM removed).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace"), "utf-8-sig", data[3:])
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[2:].decode(enc)
                return text, enc.replace("-le", "").replace("-be", "") + f" ({enc[-2:].upper()})", [
                    f"decoded as {enc.upper()} (byte order mark)"]
            except UnicodeDecodeError:
                text = data[2:].decode(enc, errors="replace")
                return text, enc, [f"decoded as {enc.upper()} with replacement characters (invalid sequences)"]
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError("binary", f"binary content ({what}), not text")
    if b"\x00" in data[:65536]:
        raise DecodeError("binary", "binary content (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8", data)
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_SEQUENCE.findall(data)
    valid_multibyte = len(sequences)
    invalid = len(re.findall(rb"[\x80-\xff]", data)) - sum(len(x) for x in sequences)
    # Windows-1252 text almost never holds a well-formed UTF-8 sequence; UTF-8 text with a few
    # broken bytes (a truncated download, a stray byte) holds many
    if valid_multibyte and 4 * valid_multibyte >= invalid:
        text = data.decode("utf-8", errors="replace")
        return text, "utf-8", ["not valid UTF-8: undecodable bytes replaced with U+FFFD"]
    try:
        return data.decode("cp1252"), "windows-1252", ["decoded as Windows-1252 (not valid UTF-8)"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", ["decoded as Latin-1 (not valid UTF-8 or Windows-1252)"]


def _checked(text: str, enc: str, raw: bytes) -> tuple[str, str, list[str]]:
    warnings = []
    if "\ufffd" in text and b"\xef\xbf\xbd" not in raw:
        warnings.append("undecodable bytes replaced with U+FFFD")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > 0.1 * max(1, min(len(text), 65536)):
        raise DecodeError("binary", "binary content (mostly control characters), not text")
    return text, enc, warnings


# --------------------------------------------------------------------------- discovery

def iter_paths(inputs: Iterable[str], pattern: str = "*.txt") -> Iterator[tuple[str, Optional[str]]]:
    """Yield (path, error code or None) lazily: files as given, directories walked in sorted order.

    Symlinked directories are followed once: a loop is cut where a directory (device, inode) was
    already visited.
    """
    for given in inputs:
        if given == "-":
            yield given, None
            continue
        if os.path.isdir(given):
            yield from _walk(given, pattern)
        elif os.path.exists(given) or os.path.islink(given):
            yield given, None
        else:
            yield given, "not_found"


def _walk(root: str, pattern: str) -> Iterator[tuple[str, Optional[str]]]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except PermissionError:
            yield folder, "unreadable"
            continue
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(entry.path)
            elif fnmatch.fnmatch(entry.name, pattern):
                yield entry.path, None
        stack.extend(reversed(subdirs))


def read_inputs(inputs: Iterable[str], *, pattern: str = "*.txt", date: Optional[str] = None,
                max_chars: int = DEFAULT_MAX_CHARS, skip_ids: Optional[set] = None,
                stdin=None) -> Iterator[Item]:
    """Records and failures for every input, lazily and in order.

    ``.jsonl`` files give one record per line (``{"id", "text", "date", "title"}``, only ``text``
    required; a record without id is named ``PATH:LINE``). ``skip_ids`` (``--resume``) are not read.
    """
    skip_ids = skip_ids or set()
    for path, err in iter_paths(inputs, pattern):
        if err:
            if path not in skip_ids:
                yield Failure(path, err, _ERR_TEXT[err].format(path=path))
            continue
        if path != "-" and path.lower().endswith(JSONL_SUFFIXES):
            yield from _read_jsonl(path, date, max_chars, skip_ids)
            continue
        if path in skip_ids:
            continue
        yield _read_text(path, date, max_chars, stdin)


def count_inputs(inputs: Iterable[str], pattern: str = "*.txt") -> Optional[int]:
    """How many records *inputs* hold, for a progress total: files found in folders, non-blank
    lines of JSON Lines files. None when it cannot be known in advance (stdin)."""
    total = 0
    for path, err in iter_paths(inputs, pattern):
        if path == "-":
            return None
        if err is None and path.lower().endswith(JSONL_SUFFIXES):
            try:
                with open(path, "rb") as fh:
                    total += sum(1 for raw in fh if not raw.isspace())
            except OSError:
                total += 1
        else:
            total += 1
    return total


_ERR_TEXT = {
    "not_found": "no such file or directory: {path}",
    "unreadable": "permission denied: {path}",
}


def _read_bytes(path: str, max_chars: int, stdin) -> bytes:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(4 * max_chars + 1)
        if len(data) > 4 * max_chars:
            raise DecodeError("too_large", f"standard input is larger than --max-chars {max_chars}")
        return data
    size = os.path.getsize(path)
    if size > 4 * max_chars:
        raise DecodeError("too_large", f"{size} bytes: larger than --max-chars {max_chars} allows")
    with open(path, "rb") as fh:
        return fh.read()


def _read_text(path: str, date: Optional[str], max_chars: int, stdin) -> Item:
    try:
        data = _read_bytes(path, max_chars, stdin)
        text, encoding, warnings = decode_bytes(data)
    except FileNotFoundError:
        return Failure(path, "not_found", f"no such file (it disappeared during the batch): {path}")
    except PermissionError:
        return Failure(path, "unreadable", f"permission denied: {path}")
    except IsADirectoryError:
        return Failure(path, "unreadable", f"is a directory: {path}")
    except DecodeError as exc:
        return Failure(path, exc.code, str(exc))
    except OSError as exc:
        return Failure(path, "unreadable", f"cannot read {path}: {exc.strerror or exc}")
    if len(text) > max_chars:
        return Failure(path, "too_large", f"{len(text)} characters: larger than --max-chars {max_chars}")
    record = Record(id=path, text=text, encoding=encoding, warnings=list(warnings))
    resolve_date(record, date, None if path == "-" else path)
    return record


def _read_jsonl(path: str, date: Optional[str], max_chars: int, skip_ids: set) -> Iterator[Item]:
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        yield Failure(path, "not_found", f"no such file: {path}")
        return
    except OSError as exc:
        yield Failure(path, "unreadable", f"cannot read {path}: {exc.strerror or exc}")
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(raw.decode("utf-8", errors="strict"))
            except (UnicodeDecodeError, ValueError) as exc:
                if where not in skip_ids:
                    yield Failure(where, "bad_record", f"line {lineno}: not valid JSON ({exc})")
                continue
            rid = obj.get("id") if isinstance(obj, dict) else None
            rid = str(rid) if rid is not None and rid != "" else where
            if rid in skip_ids:
                continue
            if not isinstance(obj, dict):
                yield Failure(rid, "bad_record", f"line {lineno}: a JSON object is expected")
                continue
            text = obj.get("text")
            if text is None:
                yield Failure(rid, "bad_record", f"line {lineno}: no 'text' field")
                continue
            if not isinstance(text, str):
                yield Failure(rid, "bad_record", f"line {lineno}: 'text' must be a string, not {type(text).__name__}")
                continue
            if len(text) > max_chars:
                yield Failure(rid, "too_large", f"line {lineno}: {len(text)} characters, larger than --max-chars {max_chars}")
                continue
            rec_date = obj.get("date")
            if rec_date is not None and not date:
                if not isinstance(rec_date, str) or not parse_iso_date(rec_date):
                    yield Failure(rid, "bad_record", f"line {lineno}: 'date' must be YYYY-MM-DD, got {rec_date!r}")
                    continue
            title = obj.get("title") if isinstance(obj.get("title"), str) else None
            record = Record(id=rid, text=text, date=parse_iso_date(rec_date) if isinstance(rec_date, str) else None,
                            title=title, encoding="utf-8")
            resolve_date(record, date, None)
            yield record
