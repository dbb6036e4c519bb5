"""Article text -> escaped HTML with its speakers, cues, contents and dates marked.

Spans may nest (a cue inside a quote, a statement reported inside another) and, rarely, cross.
Marks are opened longest first and closed innermost first; a mark that crosses another is closed
and reopened, and the reopened piece says so (``data-continues`` instead of ``data-claim-id``),
so that each claim has exactly one element with its ``data-claim-id``.

Example: 'Putin said "we are ready" last week.' ->
``<span class="spk e1">Putin</span> <span class="cue">said</span> "<span class="content" ...>we
are ready</span>" <span class="date" ...>last week</span>.``
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

# Depth order when two marks start and end together: a content holds a date, never the reverse.
_LAYER = {"content": 0, "spk": 1, "cue": 1, "date": 2}


@dataclass
class Mark:
    start: int
    end: int
    layer: str
    attrs: dict = field(default_factory=dict)
    classes: tuple = ()
    first_attrs: dict = field(default_factory=dict)  # only on the first piece of a mark
    later_attrs: dict = field(default_factory=dict)  # only on the pieces after a crossing

    def open_tag(self, first: bool) -> str:
        attrs = {"class": " ".join((self.layer, *self.classes)), **self.attrs,
                 **(self.first_attrs if first else self.later_attrs)}
        return "<span" + "".join(f' {k}="{escape(str(v), quote=True)}"' for k, v in attrs.items()) + ">"


def render(text: str, marks: list[Mark]) -> str:
    """*text* escaped, with every non-empty mark wrapped around its characters."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    for group in starts.values():
        group.sort(key=lambda m: (-m.end, _LAYER[m.layer]))
    bounds = sorted({m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    for at in bounds:
        out.append(escape(text[pos:at], quote=False))
        pos = at
        ending = [i for i, m in enumerate(stack) if m.end == at]
        if ending:
            closed = stack[ending[0]:]
            del stack[ending[0]:]
            out.append("</span>" * len(closed))
            for m in closed:
                if m.end != at:
                    out.append(m.open_tag(first=False))
                    stack.append(m)
        for m in starts.get(at, []):
            out.append(m.open_tag(first=True))
            stack.append(m)
    out.append(escape(text[pos:], quote=False))
    return "".join(out)
