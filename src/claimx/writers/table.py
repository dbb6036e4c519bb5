"""The terminal view: one Rich table per document, readable at 80 columns and wider.

Cues and speaker names wrap between words, never inside one; contents are cut after a whole word
with an ellipsis (at about three lines); kind reads ``assertion`` or ``DENIAL`` and negation has its own column. Below
100 columns the date a claim was made moves under the speaker instead of taking a column.
"""
from __future__ import annotations

from typing import Optional

from .describe import content_words, cut, said_on_value, who

WIDE = 100  # columns from which "said on" gets a column of its own
CONTENT_LINES = 3  # a content longer than this many lines of its column is cut


class TableWriter:
    needs_text = False

    def __init__(self, console=None):
        if console is None:
            from rich.console import Console

            console = Console()
        self.console = console

    def write(self, result: dict, text: Optional[str] = None) -> None:
        render_table(result, self.console)

    def finish(self) -> None:
        pass

    interrupted = discard = finish


def render_table(result: dict, console) -> None:
    """Print *result* (a result dict or an error record) to a Rich *console*."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if "error" in result:
        console.print(Text(f"{result['id']}: error {result['error']['code']}: {result['error']['message']}",
                           style="bold red"))
        return
    claims = result["claims"]
    denials = sum(c["kind"] == "denial" for c in claims)
    date = result.get("document_date") or "no date"
    title = f"{result['id']}  ({date}; {_count(len(claims), 'claim')}, {_count(denials, 'denial')})"
    wide = console.width >= WIDE
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    speakers = [", ".join(who(s) for s in c["speakers"]) for c in claims]
    cues = [c["cue"]["text"] for c in claims if c["cue"]]
    # fixed widths for the short columns (a ratio column may be squeezed below any minimum);
    # the cue column is as wide as its longest word, so no cue word is ever broken
    table.add_column("#", no_wrap=True, width=max([2] + [len(c["id"]) for c in claims]))
    table.add_column("speaker", width=_width(speakers, 24 if wide else 14))
    table.add_column("kind", no_wrap=True, width=9)
    table.add_column("neg", no_wrap=True, width=3)
    table.add_column("cue", width=_width(cues, 24 if wide else 12))
    table.add_column("content", ratio=1)
    if wide:
        table.add_column("said on", no_wrap=True, width=max([7] + [len(said_on_value(c) or "") for c in claims]))
    fixed = sum(col.width for col in table.columns if col.width) + 2 * (len(table.columns) - 1)
    # words wrap, so a line holds less than its width: about four fifths of it
    content_chars = max(40, int((console.width - fixed - 2) * CONTENT_LINES * 0.8))
    for c in claims:
        speaker = Text(", ".join(who(s) for s in c["speakers"]) or "-")
        said_on = said_on_value(c) or ""
        if said_on and not wide:
            speaker.append("\n" + said_on, style="dim")
        kind = Text("DENIAL", style="bold red") if c["kind"] == "denial" else Text("assertion")
        negated = Text("not", style="yellow") if c["negated"] else Text("")
        cue = Text(c["cue"]["text"] if c["cue"] else "-", style="bold")
        row = [c["id"], speaker, kind, negated, cue, cut(content_words(c), content_chars)]
        table.add_row(*row, *([said_on] if wide else []))
    console.print(table)
    for warning in result.get("warnings", []):
        console.print(Text(f"warning: {warning}", style="yellow"))


def _width(texts: list[str], most: int) -> int:
    """A column as wide as its longest text, at most *most*, but never narrower than its longest
    word (up to 20 characters: a longer one, a URL say, may fold)."""
    longest_word = min(20, max((len(w) for t in texts for w in t.split()), default=1))
    return max(longest_word, min(most, max((len(t) for t in texts), default=1)), 3)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
