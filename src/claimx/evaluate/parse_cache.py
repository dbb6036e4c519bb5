"""Parses kept on disk for tuning: the rule stages rerun in seconds on a cached spaCy parse.

The cache is a spaCy DocBin per name under ``$CLAIMX_PARSE_CACHE`` (default: a ``claimx-parse-cache``
folder in the system's temporary directory); delete it to refresh. Development only: the product
path (``claimx evaluate``) parses every time.
"""
from __future__ import annotations

import hashlib
import os
import tempfile

from ..document import prepare
from ..stages import pipeline


def cache_dir() -> str:
    return os.environ.get("CLAIMX_PARSE_CACHE") or os.path.join(tempfile.gettempdir(), "claimx-parse-cache")


def cached_docs(nlp, texts: list[str], name: str) -> list:
    """The parses of *texts*, made once and then read back from ``cache_dir()/NAME.HASH.spacy``
    (the hash of the texts: a change in what is parsed makes a new cache)."""
    from spacy.tokens import DocBin

    os.makedirs(cache_dir(), exist_ok=True)
    digest = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:12]
    path = os.path.join(cache_dir(), f"{name}.{digest}.spacy")
    if os.path.exists(path):
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=8))
    db = DocBin(store_user_data=True)
    for doc in docs:
        db.add(doc)
    db.to_disk(path)
    return docs


def parsed_pieces(records: list, name: str, nlp, model: str) -> list[tuple]:
    """(layout, [(offset, Doc), ...]) for every record, as the engine prepares and parses them
    (date marker blanked, layout normalized, long texts cut), from the cache named after *name*
    and *model*."""
    texts, owners, layouts = [], [], []
    for n, rec in enumerate(records):
        prepared = prepare(rec)
        layouts.append(prepared)
        for s, e in pipeline.chunks(prepared.text, pipeline.CHUNK_CHARS):
            texts.append(prepared.text[s:e])
            owners.append((n, s))
    out: list[tuple] = [(prepared, []) for prepared in layouts]
    for (n, base), doc in zip(owners, cached_docs(nlp, texts, f"{os.path.basename(name)}.{model}")):
        out[n][1].append((base, doc))
    return out
