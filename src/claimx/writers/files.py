"""Files that are never seen half-written: a temporary file next to the target, renamed over it
when the output is complete, and the shard files of a Dask run.
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


class AtomicFile:
    """Text for *path* (stdout when None): written to a temporary file in the same folder and
    renamed over *path* by :meth:`commit`. A device or pipe given as *path* (``/dev/stdout``) is
    written in place."""

    def __init__(self, path: Optional[str], newline: Optional[str] = None):
        self.path = path
        self._tmp: Optional[str] = None
        self._direct = False
        if path is None:
            self.fh: IO[str] = sys.stdout
            return
        check_target(path)
        try:
            if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
                self._direct = True
                self.fh = open(path, "w", encoding="utf-8", newline=newline)
                return
            folder = os.path.dirname(os.path.abspath(path))
            fd, self._tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline=newline)
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc

    @property
    def name(self) -> str:
        return self.path or "standard output"

    def write(self, text: str, flush: bool = True) -> None:
        try:
            self.fh.write(text)
            if flush:
                self.fh.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from exc

    def commit(self) -> None:
        """Flush, close and put the file in place."""
        try:
            self.fh.flush()
            if self.fh is not sys.stdout:
                if not self._direct:
                    os.fsync(self.fh.fileno())
                self.fh.close()
            if self._tmp:
                os.chmod(self._tmp, _mode_for(self.path))
                os.replace(self._tmp, self.path)
                self._tmp = None
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from exc

    def discard(self) -> None:
        """Drop what was written (the target keeps its old content, if any)."""
        try:
            fh = getattr(self, "fh", None)
            if fh is not None and fh is not sys.stdout and not fh.closed:
                fh.close()
        except OSError:
            pass
        if self._tmp and os.path.exists(self._tmp):
            os.unlink(self._tmp)
        self._tmp = None


def _mode_for(path: str) -> int:
    """The permissions *path* keeps (when it exists) or gets (as ``open()`` would give it):
    temporary files are created private, which an output must not stay."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(target: str, content: str) -> None:
    """*content* as the whole of *target*, all or nothing."""
    out = AtomicFile(target)
    try:
        out.write(content, flush=False)
    except OutputError:
        out.discard()
        raise
    out.commit()


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
        write_atomically(target, "".join(dumps_line(r) for r in results))
        self.manifest["shards"][str(index)] = {"file": os.path.basename(target), "ids": [r["id"] for r in results]}
        write_atomically(self.manifest_path, json.dumps(self.manifest, indent=1, sort_keys=True))
