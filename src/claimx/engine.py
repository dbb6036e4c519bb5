"""The one engine every path runs through: records in, plain result dicts out, in input order.

``process(items, config)`` parses texts with ``nlp.pipe`` in batches inside a spaCy memory zone,
runs the stages on each Doc and yields JSON-ready dicts (documents or error records). A local run
uses :func:`process`; ``--jobs`` worker processes and Dask tasks use :func:`worker_batch`; both go
through ``_analyse_batch`` and nothing else analyses text.
"""
from __future__ import annotations

import threading
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from . import document
from .document import timed
from .models import SCHEMA_VERSION, Document, ErrorInfo, ErrorRecord, to_dict
from .sources import Failure, Item, Record
from .stages import pipeline


@dataclass(frozen=True)
class Config:
    """What the engine needs to know; plain values so that it crosses process boundaries."""

    model: str = pipeline.DEFAULT_MODEL
    scope: str = "speech"
    batch_size: int = 8


# --------------------------------------------------------------------------- public API

def extract(text: str, *, date: Optional[str] = None, id: str = "-", config: Config = Config()) -> Document:
    """Analyse one article and return its :class:`~claimx.models.Document`.

    *date* (``YYYY-MM-DD``) anchors relative dates; without it the text's own date marker is used,
    and with none relative dates keep ``value: null``.
    """
    from .sources import parse_iso_date, resolve_date

    if date is not None and parse_iso_date(date) is None:
        raise ValueError(f"date must be YYYY-MM-DD, got {date!r}")
    record = Record(id=id, text=text)
    resolve_date(record, date, None)
    nlp = pipeline.load_pipeline(config.model)
    with nlp.memory_zone():
        prepared, parts = document.parse(nlp, record)
        return document.analyse(nlp, record, prepared, parts, config.scope, config.model)


def extract_many(records: Iterable, *, config: Config = Config()) -> Iterator[dict]:
    """Stream result dicts for ``Record``/``Failure`` items or ``{"id", "text", "date"}`` dicts."""
    from .sources import resolve_date

    def items():
        for i, r in enumerate(records):
            if isinstance(r, (Record, Failure)):
                yield r
            else:
                rec = Record(id=str(r.get("id", i)), text=r["text"], date=r.get("date"), title=r.get("title"))
                resolve_date(rec, None, None)
                yield rec
    return process(items(), config)


# Documents analysed inside one spaCy memory zone. A zone frees the words it created when it
# closes, so a zone per small batch would re-create common words over and over; a few hundred
# documents keep memory bounded and that cost negligible.
ZONE_DOCS = 256


def process(items: Iterable[Item], config: Config) -> Iterator[dict]:
    """Result dicts for *items*, in order, one batch of ``config.batch_size`` at a time."""
    nlp = None
    batches = batched(items, config.batch_size)
    while True:
        try:
            first = next(batches)
        except StopIteration:
            return
        if nlp is None:
            nlp = pipeline.load_pipeline(config.model)
        with nlp.memory_zone():
            done = 0
            batch = first
            while True:
                # results leave the zone as plain dicts, one batch at a time
                yield from _analyse_batch(nlp, batch, config)
                done += len(batch)
                if done >= ZONE_DOCS:
                    break
                try:
                    batch = next(batches)
                except StopIteration:
                    return


def batched(items: Iterable[Item], size: int) -> Iterator[list]:
    """Consecutive lists of *size* items (the last may be shorter), read lazily."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _WorkerZone:
    """The memory zone a worker thread keeps open across tasks, renewed every ``ZONE_DOCS``
    documents (a zone per small task would re-create the common words each time)."""

    def __init__(self):
        self.stack: Optional[ExitStack] = None
        self.model: Optional[str] = None
        self.docs = 0

    def open(self, nlp, model: str) -> None:
        if self.stack is not None and self.model == model:
            return
        self.close()
        self.stack = ExitStack()
        self.stack.enter_context(nlp.memory_zone())
        self.model, self.docs = model, 0

    def count(self, docs: int) -> None:
        self.docs += docs
        if self.docs >= ZONE_DOCS:
            self.close()

    def close(self) -> None:
        if self.stack is not None:
            self.stack.close()
            self.stack = None


_WORKER = threading.local()


def worker_batch(batch: list[Item], config: Config) -> list[dict]:
    """The unit of work of ``--jobs`` workers and Dask tasks: result dicts for one batch, analysed
    inside the thread's long-lived memory zone. Results leave as plain dicts, so nothing outlives
    its zone."""
    nlp = pipeline.load_pipeline(config.model)
    zone = getattr(_WORKER, "zone", None)
    if zone is None:
        zone = _WORKER.zone = _WorkerZone()
    zone.open(nlp, config.model)
    try:
        return _analyse_batch(nlp, batch, config)
    finally:
        zone.count(len(batch))


def _analyse_batch(nlp, batch: list[Item], config: Config) -> list[dict]:
    """A document whose analysis fails becomes an ``internal`` error record; the rest go on."""
    records = [it for it in batch if isinstance(it, Record)]
    results: dict[int, dict] = {}
    texts, owners = [], []
    prepared: dict[int, object] = {}
    for index, rec in enumerate(records):
        try:
            with timed("layout"):
                prepared[index] = document.prepare(rec)
        except Exception as exc:  # noqa: BLE001 - recorded for this document
            results[id(rec)] = error_dict(rec.id, "internal", f"{type(exc).__name__}: {exc}")
            continue
        text = prepared[index].text
        for s, e in pipeline.chunks(text, pipeline.CHUNK_CHARS):
            texts.append(text[s:e])
            owners.append((index, s))
    with timed("parse"):
        try:
            docs = list(nlp.pipe(texts, batch_size=config.batch_size))
        except Exception:  # one bad text must not sink the batch: parse one by one
            docs = []
            for t in texts:
                try:
                    docs.append(nlp(t))
                except Exception as exc:  # noqa: BLE001 - recorded per document
                    docs.append(exc)
    per_record: dict[int, list] = {}
    for (index, base), doc in zip(owners, docs):
        per_record.setdefault(index, []).append((base, doc))
    for index, rec in enumerate(records):
        if index not in prepared:
            continue
        try:
            parts = per_record.get(index, [])
            bad = next((d for _, d in parts if isinstance(d, Exception)), None)
            if bad is not None:
                raise bad
            analysed = document.analyse(nlp, rec, prepared[index], parts, config.scope, config.model)
            with timed("output"):
                results[id(rec)] = to_dict(analysed)
        except Exception as exc:  # noqa: BLE001 - the batch goes on
            results[id(rec)] = error_dict(rec.id, "internal", f"{type(exc).__name__}: {exc}")
    out = []
    for it in batch:
        if isinstance(it, Failure):
            out.append(error_dict(it.id, it.code, it.message))
        else:
            out.append(results[id(it)])
    return out


def error_dict(doc_id: str, code: str, message: str) -> dict:
    return to_dict(ErrorRecord(SCHEMA_VERSION, doc_id, ErrorInfo(code, message)))


# --------------------------------------------------------------------------- worker processes

def _worker_init(model: str) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    pipeline.load_pipeline(model)


# Small tasks and a deeper queue keep every worker busy to the end: one long article at the head
# of the queue must not leave the others idle. Dask shards (cluster.py) follow the same rule.
PARALLEL_BATCH = 2
IN_FLIGHT_PER_WORKER = 4


def process_parallel(items: Iterable[Item], config: Config, jobs: int) -> Iterator[dict]:
    """:func:`process` over *jobs* worker processes; results still come in input order.

    Each worker loads the pipeline once; batches travel as plain records and come back as plain
    dicts. At most ``IN_FLIGHT_PER_WORKER * jobs`` batches are in flight, so memory does not grow with the input.
    """
    if jobs <= 1:
        yield from process(items, config)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                             initargs=(config.model,)) as pool:
        pending: deque = deque()
        try:
            for batch in batched(items, max(1, min(config.batch_size, PARALLEL_BATCH))):
                pending.append(pool.submit(worker_batch, batch, config))
                while len(pending) >= IN_FLIGHT_PER_WORKER * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
