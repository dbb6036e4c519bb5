"""The one engine every path runs through: records in, plain result dicts out, in input order.

``process(items, config)`` parses texts with ``nlp.pipe`` in batches inside a spaCy memory zone,
runs the stages on each Doc and yields JSON-ready dicts (documents or error records). A local run
uses :func:`process`; ``--jobs`` worker processes and Dask tasks use :func:`worker_batch`; both go
through ``_analyse_batch`` and nothing else analyses text.
"""
from __future__ import annotations

import datetime as dt
import re
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from . import __version__
from .models import (SCHEMA_VERSION, Claim, Content, Cue, DateMention, Document, ErrorInfo, ErrorRecord,
                     ModelInfo, SentenceRef, Span, Speaker, to_dict)
from .sources import Failure, Item, Record
from .stages import tokenize

# Seconds spent per stage in this process (read by scripts/bench.py); a few clock reads per
# document, nothing per token.
STAGE_SECONDS: dict[str, float] = {"parse": 0.0, "quotes+attribute": 0.0, "speakers": 0.0, "stance": 0.0,
                                   "dates": 0.0, "output": 0.0}
_MARKER = re.compile(r"\A\s*date\s*:?\s*\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)


@dataclass(frozen=True)
class Config:
    """What the engine needs to know; plain values so that it crosses process boundaries."""

    model: str = tokenize.DEFAULT_MODEL
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
    nlp = tokenize.load_pipeline(config.model)
    with nlp.memory_zone():
        return _analyse_record(nlp, record, config)


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
# closes, so a zone per small batch would re-create common words over and over (about 10% of
# the parse); a few hundred documents keep memory bounded and that cost negligible.
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
            nlp = tokenize.load_pipeline(config.model)
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


_WORKER = threading.local()


def worker_batch(batch: list[Item], config: Config) -> list[dict]:
    """The unit of work of ``--jobs`` workers and Dask tasks: it analyses one batch, but the
    memory zone stays open across calls in this thread and is renewed every ``ZONE_DOCS``
    documents (a zone per 4-document task re-created common words: 5-8% of a worker's time).
    Results leave as plain dicts, so nothing outlives its zone."""
    nlp = tokenize.load_pipeline(config.model)
    zone = getattr(_WORKER, "zone", None)
    if zone is None or _WORKER.model != config.model:
        if zone is not None:
            zone.__exit__(None, None, None)
        zone = nlp.memory_zone()
        zone.__enter__()
        _WORKER.zone, _WORKER.model, _WORKER.docs = zone, config.model, 0
    try:
        return _analyse_batch(nlp, batch, config)
    finally:
        _WORKER.docs += len(batch)
        if _WORKER.docs >= ZONE_DOCS:
            _WORKER.zone = None
            zone.__exit__(None, None, None)


def _analyse_batch(nlp, batch: list[Item], config: Config) -> list[dict]:
    """A document whose analysis fails becomes an ``internal`` error record; the rest go on."""
    records = [it for it in batch if isinstance(it, Record)]
    results: dict[int, dict] = {}
    texts, owners = [], []
    for index, rec in enumerate(records):
        blanked = _blank_marker(rec.text)
        for s, e in tokenize.chunks(blanked, tokenize.CHUNK_CHARS):
            texts.append(blanked[s:e])
            owners.append((index, s))
    clock = time.perf_counter()
    try:
        docs = list(nlp.pipe(texts, batch_size=config.batch_size))
    except Exception:  # one bad text must not sink the batch: parse one by one
        docs = []
        for t in texts:
            try:
                docs.append(nlp(t))
            except Exception as exc:  # noqa: BLE001 - recorded per document
                docs.append(exc)
    STAGE_SECONDS["parse"] += time.perf_counter() - clock
    per_record: dict[int, list] = {}
    for (index, base), doc in zip(owners, docs):
        per_record.setdefault(index, []).append((base, doc))
    for index, rec in enumerate(records):
        try:
            parts = per_record.get(index, [])
            bad = next((d for _, d in parts if isinstance(d, Exception)), None)
            if bad is not None:
                raise bad
            document = _document(nlp, rec, parts, config)
            clock = time.perf_counter()
            results[id(rec)] = to_dict(document)
            STAGE_SECONDS["output"] += time.perf_counter() - clock
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


# --------------------------------------------------------------------------- one document

def _blank_marker(text: str) -> str:
    """The leading ``date YYYY-MM-DD`` marker becomes spaces: not parsed, offsets unchanged."""
    m = _MARKER.match(text)
    if not m:
        return text
    return " " * m.end() + text[m.end():]


def _analyse_record(nlp, rec: Record, config: Config) -> Document:
    blanked = _blank_marker(rec.text)
    parts = [(s, nlp(blanked[s:e])) for s, e in tokenize.chunks(blanked, tokenize.CHUNK_CHARS)]
    return _document(nlp, rec, parts, config)


def _document(nlp, rec: Record, parts, config: Config) -> Document:
    from .stages import attribution, dates, quotes, speakers, stance

    text = rec.text
    warnings = list(rec.warnings)
    dct = dt.date.fromisoformat(rec.date) if rec.date else None
    claims: list[Claim] = []
    all_dates: list[DateMention] = []
    marker = _MARKER.match(text)
    for base, doc in parts:
        local = doc.text
        t0 = time.perf_counter()
        paras = tokenize.paragraphs(local)
        pieces, quote_warnings = quotes.find_quotes(local, paras)
        warnings.extend(quote_warnings)
        found = attribution.attribute(doc, local, paras, pieces, scope=config.scope)
        t1 = time.perf_counter()
        resolver = speakers.SpeakerResolver(doc, quotes.quoted_mask(local, pieces))
        t2 = time.perf_counter()
        stances = stance.decide(doc, found)
        t3 = time.perf_counter()
        timexes = dates.find_dates(doc, local, dct)
        mentions = [_date_mention(t, local, base) for t in timexes]
        all_dates.extend(mentions)
        t4 = time.perf_counter()
        first_id = len(claims)
        for f, st in zip(found, stances):
            claims.append(_claim(f, st, doc, local, base, resolver, mentions, first_id))
        t5 = time.perf_counter()
        STAGE_SECONDS["quotes+attribute"] += t1 - t0
        STAGE_SECONDS["speakers"] += (t2 - t1) + (t5 - t4)
        STAGE_SECONDS["stance"] += t3 - t2
        STAGE_SECONDS["dates"] += t4 - t3
    if marker is not None:
        all_dates = [d for d in all_dates if d.start >= marker.end()]
    if not text.strip():
        warnings.append("empty text: nothing to analyse")
    elif not claims:
        warnings.append("no claims found")
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    for claim in claims:
        if isinstance(claim.responds_to, int):
            claim.responds_to = claims[claim.responds_to].id
    return Document(
        schema_version=SCHEMA_VERSION, claimx_version=__version__, id=rec.id, document_date=rec.date,
        document_date_origin=rec.date_origin, model=ModelInfo(**tokenize.model_info(nlp, config.model)),
        claims=claims, dates=all_dates, warnings=warnings, title=rec.title, encoding=rec.encoding)


def _span(text: str, s: int, e: int, base: int) -> Span:
    return Span(text[s:e], s + base, e + base)


def _date_mention(t, text: str, base: int) -> DateMention:
    return DateMention(text[t.start:t.end], t.start + base, t.end + base, t.type, t.value,
                       t.start_date, t.end_date, t.granularity)


def _attached_to(doc, char: int, cue_head, f) -> bool:
    """True when the date at *char* hangs off the cue verb (not off the content or the speaker)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    stop = {m.head.i for m in f.speakers}
    if f.content_root is not None:
        stop.add(f.content_root.i)
    tok = span[0]
    for _ in range(10):
        if tok.i == cue_head.i:
            return True
        if tok.i in stop or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _claim(f, st, doc, text: str, base: int, resolver, mentions: list[DateMention], first_id: int) -> Claim:
    frags = sorted(set(f.fragments))
    fragments = [_span(text, s, e, base) for s, e in frags]
    cs, ce = frags[0][0], frags[-1][1]
    content = Content(text[cs:ce], cs + base, ce + base, fragments)
    spk = []
    for m in f.speakers:
        res = resolver.resolve(m.head, m.start)
        spk.append(Speaker(text[m.start:m.end], m.start + base, m.end + base, res.name, res.label, res.resolution))
    cue = None
    if f.cue_span is not None:
        s, e = f.cue_span
        cue = Cue(text[s:e], s + base, e + base, f.cue_lemma or text[s:e].lower(), st.cls)
    anchor = f.cue_span[0] if f.cue_span else cs
    sent_span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if sent_span is not None and len(sent_span):
        sent = sent_span[0].sent
        s_start, s_end = min(sent.start_char, cs), max(sent.end_char, f.cue_span[1] if f.cue_span else ce)
    else:
        s_start, s_end = cs, ce
    inside = [m for m in mentions if any(s + base <= m.start and m.end <= e + base for s, e in frags)]
    said_on = None
    if f.cue_head is not None:
        outside = [m for m in mentions if s_start + base <= m.start and m.end <= s_end + base
                   and m not in inside and m.type in ("DATE", "TIME")
                   and _attached_to(doc, m.start - base, f.cue_head, f)]
        if outside:
            cue_pos = f.cue_span[0] + base
            said_on = min(outside, key=lambda m: abs(m.start - cue_pos))
    responds = first_id + st.responds_to if st.responds_to is not None else None
    return Claim(id="", kind=st.kind, form=f.form, speakers=spk, cue=cue, content=content, negated=st.negated,
                 sentence=SentenceRef(s_start + base, s_end + base), dates=inside, said_on=said_on,
                 responds_to=responds)


# --------------------------------------------------------------------------- worker processes

def _worker_init(model: str) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    tokenize.load_pipeline(model)


# Small tasks and a deeper queue keep both workers busy to the end: with 4-document tasks and 2
# in flight per worker, one long article at the head of the queue left the other worker idle
# (dev, --jobs 2: 16.1 s against 17.2 s in one round; the noise between rounds is as large).
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
