"""``--format html``: a self-contained reader view of the results (inline CSS and script, no
network requests, works from a ``file://`` URL).

``-o FILE.html`` (or stdout) gives one page for the whole run, its articles written as they
come; ``-o DIR/`` gives ``DIR/index.html`` and one page per document under ``DIR/docs/``, for
archives. Either way a page is renamed into place only once complete.
"""
from __future__ import annotations

import os
import re
from typing import Optional

from ..files import AtomicFile, OutputError, write_atomically
from . import page


class HtmlPageWriter:
    """All documents of a run in one page."""

    needs_text = True

    def __init__(self, path: Optional[str], title: str = "claimx"):
        self.out = AtomicFile(path)
        self.out.write(page.head(title), flush=False)
        self.summaries: list[page.Summary] = []

    def write(self, result: dict, text: Optional[str] = None) -> None:
        key = f"d{len(self.summaries) + 1}"
        self.out.write(page.article(result, text, key))
        self.summaries.append(page.summarise(result, key, href=""))

    def finish(self) -> None:
        self.out.write(page.tail(page.side_index(self.summaries)), flush=False)
        self.out.commit()

    def interrupted(self) -> None:
        self.out.discard()

    discard = interrupted


class HtmlFolderWriter:
    """``DIR/index.html`` and ``DIR/docs/NNNN-name.html``, one page per document."""

    needs_text = True

    def __init__(self, folder: str):
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise OutputError(f"{folder} is a file; give a folder (ending in /) or a .html file")
        try:
            os.makedirs(os.path.join(folder, "docs"), exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from exc
        self.folder = folder
        self.summaries: list[page.Summary] = []

    def write(self, result: dict, text: Optional[str] = None) -> None:
        number = len(self.summaries) + 1
        key = f"d{number}"
        name = f"docs/{number:05d}-{_slug(result['id'])}.html"
        summary = page.summarise(result, key, href=name)
        local = page.summarise(result, key, href="")
        content = page.head(f"{result['id']} (claimx)") + page.article(result, text, key) \
            + page.tail(page.side_index([local], home="../index.html"))
        write_atomically(os.path.join(self.folder, name), content)
        self.summaries.append(summary)

    def finish(self) -> None:
        content = page.head("claimx") + page.documents_table(self.summaries) + page.tail(page.side_index(self.summaries))
        write_atomically(os.path.join(self.folder, "index.html"), content)

    def interrupted(self) -> None:
        """The pages written so far stay; the index lists them."""
        self.finish()

    def discard(self) -> None:
        pass


def _slug(doc_id: str) -> str:
    base = os.path.basename(doc_id.rstrip("/")) or "document"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", os.path.splitext(base)[0]).strip("-.")[:60] or "document"
