"""Parses kept on disk for tuning: the rule stages rerun in seconds on a cached spaCy parse.

The cache is a spaCy DocBin per name under ``$CLAIMX_PARSE_CACHE`` (default: a ``claimx-parse-cache``
folder in the system's temporary directory); delete it to refresh. Development only: the product
path (``claimx evaluate``) parses every time.
"""
from __future__ import annotations

import os
import tempfile

from ..document import blank_marker
from ..stages import pipeline


def cache_dir() -> str:
    return os.environ.get("CLAIMX_PARSE_CACHE") or os.path.join(tempfile.gettempdir(), "claimx-parse-cache")


def cached_docs(nlp, texts: list[str], name: str) -> list:
    """The parses of *texts*, made once and then read back from ``cache_dir()/NAME.spacy``."""
    from spacy.tokens import DocBin

    os.makedirs(cache_dir(), exist_ok=True)
    path = os.path.join(cache_dir(), f"{name}.spacy")
    if os.path.exists(path):
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=8))
    db = DocBin(store_user_data=True)
    for doc in docs:
        db.add(doc)
    db.to_disk(path)
    return docs


def parsed_pieces(gold: list[dict], name: str, nlp, model: str) -> dict[int, list]:
    """Document index -> its (offset, Doc) pieces, as the engine parses them (date marker blanked,
    long texts cut), from the cache named after *name* and *model*."""
    texts, owners = [], []
    for n, d in enumerate(gold):
        blanked = blank_marker(d["text"])
        for s, e in pipeline.chunks(blanked, pipeline.CHUNK_CHARS):
            texts.append(blanked[s:e])
            owners.append((n, s))
    out: dict[int, list] = {}
    for (n, base), doc in zip(owners, cached_docs(nlp, texts, f"{os.path.basename(name)}.{model}")):
        out.setdefault(n, []).append((base, doc))
    return out
