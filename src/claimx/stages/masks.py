"""Character masks: one byte per character of a text, 1 where something (a quote, a claim's
content, a date) already covers it. Cheaper than interval lists for the overlap tests the
stages make many times per document."""
from __future__ import annotations


def new_mask(text: str) -> bytearray:
    return bytearray(len(text) + 1)


def mark(mask: bytearray, start: int, end: int) -> None:
    """Set characters start..end (end exclusive) of *mask*."""
    if end > start:
        mask[start:end] = b"\x01" * (end - start)


def share(mask: bytearray, start: int, end: int) -> float:
    """The share of characters start..end that *mask* covers (0 for an empty stretch)."""
    return sum(mask[start:end]) / max(1, end - start)
