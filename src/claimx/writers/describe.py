"""How a claim is told to people, shared by the table, HTML, CSV and SQLite views."""
from __future__ import annotations

from typing import Optional


def who(speaker: dict) -> str:
    """The speaker's name, or the mention with its affiliation ("spokesman (Netcraft)"), or the
    mention as written."""
    if speaker.get("name"):
        return speaker["name"]
    affiliation = speaker.get("affiliation")
    if affiliation:
        skip = set(affiliation["text"].split()) | {"a", "an", "the", "A", "An", "The"}
        text = " ".join(w for w in speaker["text"].split() if w not in skip) or speaker["text"]
        return f"{text} ({affiliation['name']})"
    return speaker["text"]


def speakers_of(claim: dict) -> str:
    return "; ".join(who(s) for s in claim["speakers"])


def said_on_value(claim: dict) -> Optional[str]:
    said_on = claim.get("said_on")
    return said_on["value"] if said_on else None


def content_words(claim: dict) -> str:
    """What was said, for reading: the fragments without the "he said" between them."""
    fragments = claim["content"].get("fragments") or []
    if len(fragments) > 1:
        return " … ".join(f["text"].strip() for f in fragments)
    return claim["content"]["text"]


def one_line(text: str) -> str:
    """Runs of whitespace (wrapped lines, paragraphs) as single spaces."""
    return " ".join(text.split())


def cut(text: str, limit: int) -> str:
    """*text* on one line, at most *limit* characters, cut after a whole word with an ellipsis."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    head = text[: max(1, limit - 1)]
    if " " in head and not text[len(head)].isspace():
        head = head[: head.rfind(" ")]
    return head.rstrip(" ,;:") + "…"
