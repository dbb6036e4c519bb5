"""Results -> bytes: JSON Lines, pretty JSON and Rich tables; atomic files and ``--resume``.

File output goes to a temporary file next to the target and is renamed over it at the end, so a
reader never sees half a file. JSON Lines are written and flushed one document at a time; when a
run is interrupted the complete lines written so far are kept in the target, which ``--resume``
then completes (a torn last line is dropped).
"""
from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from typing import IO, Optional


class OutputError(Exception):
    """The output could not be written (missing folder, read-only, disk full)."""


def dumps_line(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n"


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


def check_target(path: str) -> None:
    """Fail early, before any work, when *path* cannot be written."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.exists(path) and not os.path.isfile(path):
        if not os.access(path, os.W_OK):
            raise OutputError(f"cannot write to {path}: permission denied")
        return
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise OutputError(f"cannot write {path}: permission denied")


class Sink:
    """Where result lines go: stdout, or a file written atomically."""

    def __init__(self, path: Optional[str], fmt: str, resume: bool = False, single: bool = False):
        self.path, self.fmt, self.single = path, fmt, single
        self.count = 0
        self._tmp: Optional[str] = None
        self._direct = False
        if path is None:
            self.fh: IO[str] = sys.stdout
            return
        check_target(path)
        try:
            if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
                self._direct = True  # a device or pipe (/dev/full, /dev/stdout): write in place
                self.fh = open(path, "w", encoding="utf-8")
                return
            folder = os.path.dirname(os.path.abspath(path))
            fd, self._tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
            self.fh = os.fdopen(fd, "w", encoding="utf-8")
            if resume and fmt == "jsonl" and os.path.exists(path):
                _, good = read_done_ids(path)
                with open(path, "rb") as old:
                    self.fh.write(old.read(good).decode("utf-8"))
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc

    def write(self, result: dict) -> None:
        try:
            if self.fmt == "jsonl":
                self.fh.write(dumps_line(result))
            elif self.single:
                self.fh.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            else:
                self.fh.write(("[\n" if self.count == 0 else ",\n") + json.dumps(result, ensure_ascii=False, indent=2))
            self.fh.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {self.path or 'standard output'}: {exc.strerror or exc}") from exc
        self.count += 1

    def finish(self) -> None:
        """Close the output; for pretty JSON one input is one object, several an array."""
        try:
            if self.fmt == "json" and not self.single:
                if self.count == 0:
                    self.fh.write("[]\n")
                else:
                    self.fh.write("\n]\n")
            self.fh.flush()
            if self.fh is not sys.stdout:
                os.fsync(self.fh.fileno()) if not self._direct else None
                self.fh.close()
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {self.path or 'standard output'}: {exc.strerror or exc}") from exc
        if self._tmp:
            os.replace(self._tmp, self.path)
            self._tmp = None

    def interrupted(self) -> None:
        """Keep complete JSON Lines for --resume; drop anything else."""
        if self._tmp and self.fmt == "jsonl":
            try:
                self.fh.flush()
                self.fh.close()
                os.replace(self._tmp, self.path)
                self._tmp = None
                return
            except OSError:
                pass
        self.discard()

    def discard(self) -> None:
        try:
            fh = getattr(self, "fh", None)
            if fh is not None and fh is not sys.stdout and not fh.closed:
                fh.close()
        except OSError:
            pass
        if self._tmp and os.path.exists(self._tmp):
            os.unlink(self._tmp)
        self._tmp = None


class ShardWriter:
    """``--cluster ... --shards -o DIR/``: one JSON Lines file per shard, written atomically, and
    ``manifest.json`` listing every input id with its shard, for ``--resume`` shard by shard."""

    def __init__(self, folder: str, resume: bool):
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise OutputError(f"--shards needs -o to be a folder, and {folder} is a file")
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from exc
        self.folder = folder
        self.manifest_path = os.path.join(folder, "manifest.json")
        self.manifest: dict = {"shards": {}}
        if resume and os.path.exists(self.manifest_path):
            with open(self.manifest_path, encoding="utf-8") as fh:
                self.manifest = json.load(fh)

    def path(self, index: int) -> str:
        return os.path.join(self.folder, f"shard-{index:05d}.jsonl")

    def done(self, index: int) -> bool:
        return str(index) in self.manifest["shards"] and os.path.exists(self.path(index))

    def write(self, index: int, results: list[dict]) -> None:
        target = self.path(index)
        _write_atomically(target, "".join(dumps_line(r) for r in results))
        self.manifest["shards"][str(index)] = {"file": os.path.basename(target), "ids": [r["id"] for r in results]}
        _write_atomically(self.manifest_path, json.dumps(self.manifest, indent=1, sort_keys=True))


def _write_atomically(target: str, content: str) -> None:
    tmp = target + ".tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _who(speaker: dict) -> str:
    """A speaker as the table shows it: the name, or the mention with its affiliation
    ("spokesman (Netcraft)")."""
    if speaker.get("name"):
        return speaker["name"]
    affiliation = speaker.get("affiliation")
    if affiliation:
        words = [w for w in speaker["text"].split() if w.lower() not in ("a", "an", "the")]
        text = " ".join(w for w in words if w not in affiliation["text"].split()) or speaker["text"]
        return f"{text} ({affiliation['name']})"
    return speaker["text"]


def render_table(result: dict, console) -> None:
    """One Rich table per document: speaker, kind, form, cue, content, dates; fits 80 columns."""
    from rich.table import Table
    from rich.text import Text

    if "error" in result:
        console.print(Text(f"{result['id']}: error {result['error']['code']}: {result['error']['message']}", style="bold red"))
        return
    date = result.get("document_date") or "no date"
    title = f"{result['id']}  ({date}, {len(result['claims'])} claims)"
    table = Table(title=title, show_lines=False, expand=True, title_justify="left")
    table.add_column("#", no_wrap=True, width=3)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("kind", no_wrap=True, width=6)
    table.add_column("cue", ratio=1, overflow="fold")
    table.add_column("content", ratio=5, overflow="ellipsis")
    table.add_column("when", ratio=1, overflow="fold")
    for c in result["claims"]:
        who = ", ".join(_who(s) for s in c["speakers"]) or "-"
        kind = ("DENY" if c["kind"] == "denial" else "say") + ("/neg" if c["negated"] else "")
        content = " ".join(c["content"]["text"].split())
        if len(content) > 160:
            content = content[:157] + "..."
        when = c["said_on"]["value"] if c.get("said_on") and c["said_on"]["value"] else ""
        style = "bold red" if c["kind"] == "denial" else None
        table.add_row(c["id"], who, kind, c["cue"]["text"] if c["cue"] else "-", content, when, style=style)
    console.print(table)
    for w in result.get("warnings", []):
        console.print(Text(f"warning: {w}", style="yellow"))
