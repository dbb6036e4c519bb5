"""claimx: who said what, when, and whether it was denied, in news text.

``claimx.extract(text, date=...)`` analyses one article; ``claimx.extract_many(records)`` streams
many. Heavy libraries (spaCy, dateparser) load only when text is analysed.
"""
from __future__ import annotations

from ._version import __version__
__all__ = ["extract", "extract_many", "__version__"]


def extract(text, *, date=None, id="-", config=None):
    """Analyse one article; see :func:`claimx.engine.extract`."""
    from .engine import Config, extract as _extract

    return _extract(text, date=date, id=id, config=config or Config())


def extract_many(records, *, config=None):
    """Stream result dicts for many articles; see :func:`claimx.engine.extract_many`."""
    from .engine import Config, extract_many as _extract_many

    return _extract_many(records, config=config or Config())
