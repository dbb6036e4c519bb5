"""One document, start to finish: the stages in order over its parsed pieces, then the output
:class:`~claimx.models.Document`.

The order, as the README states it: paragraphs -> quotes -> attribution -> speakers -> stance ->
dates -> claims (with ``said_on``). ``analyse`` is what the engine calls for every document, in
every run mode; tuning scripts call it on cached parses.
"""
from __future__ import annotations

import datetime as dt
import time
from contextlib import contextmanager
from typing import Optional

from ._version import __version__
from .entity_table import EntityTable
from .models import (SCHEMA_VERSION, Affiliation, Claim, Content, Cue, DateMention, Document, ModelInfo, SentenceRef,
                     Span, Speaker)
from . import layout
from .layout import Layout
from .sources import DATE_MARKER, Record
from .stages import attribution, dates, pipeline, quotes, speakers, stance
from .stages.datelines import datelines
from .stages.statement import Statement

# Seconds spent per stage in this process, for scripts/perf/bench.py: a few clock reads per
# document, nothing per token.
STAGE_SECONDS: dict[str, float] = {"parse": 0.0, "quotes+attribute": 0.0, "speakers": 0.0, "stance": 0.0,
                                   "dates": 0.0, "claims": 0.0, "layout": 0.0, "output": 0.0}


@contextmanager
def timed(stage: str):
    """Add the time spent in the block to ``STAGE_SECONDS[stage]``."""
    clock = time.perf_counter()
    try:
        yield
    finally:
        STAGE_SECONDS[stage] += time.perf_counter() - clock


def blank_marker(text: str) -> str:
    """The leading ``date YYYY-MM-DD`` marker becomes spaces: not parsed, offsets unchanged."""
    m = DATE_MARKER.match(text)
    if not m:
        return text
    return " " * m.end() + text[m.end():]


def prepare(record: Record) -> Layout:
    """The text the stages analyse for *record*: its date marker blanked, its layout normalized
    (:mod:`claimx.layout`), with the way back to the record's offsets."""
    return layout.normalize(blank_marker(record.text))


def parse(nlp, record: Record) -> tuple[Layout, list]:
    """*record*'s layout and the (offset, Doc) of every parse-sized piece of its text (one piece
    unless it is very long)."""
    prepared = prepare(record)
    text = prepared.text
    return prepared, [(s, nlp(text[s:e])) for s, e in pipeline.chunks(text, pipeline.CHUNK_CHARS)]


def analyse(nlp, record: Record, prepared: Layout, parts: list, scope: str, model: str) -> Document:
    """The :class:`Document` for *record*, whose prepared text (:func:`prepare`) was parsed into
    *parts* ((offset, Doc) pairs) by *nlp*; *scope* is "speech" or "all", *model* the pipeline's
    name. Every offset written refers to ``record.text``."""
    text = record.text
    warnings = list(record.warnings) + [f"layout: {what}" for what in prepared.applied]
    dct = dt.date.fromisoformat(record.date) if record.date else None
    claims: list[Claim] = []
    all_dates: list[DateMention] = []
    table = EntityTable()
    for base, doc in parts:
        piece = _Piece(doc, base, prepared, text, table)
        piece_claims, piece_dates, piece_warnings = _analyse_piece(piece, dct, scope, first_id=len(claims))
        claims.extend(piece_claims)
        all_dates.extend(piece_dates)
        warnings.extend(piece_warnings)
    marker = DATE_MARKER.match(text)
    if marker is not None:
        all_dates = [d for d in all_dates if d.start >= marker.end()]
    if not text.strip():
        warnings.append("empty text: nothing to analyse")
    elif not claims:
        warnings.append("no claims found")
    return Document(
        schema_version=SCHEMA_VERSION, claimx_version=__version__, id=record.id, document_date=record.date,
        document_date_origin=record.date_origin, model=ModelInfo(**pipeline.model_info(nlp, model)),
        claims=claims, entities=table.finish(claims), dates=all_dates, warnings=warnings, title=record.title,
        encoding=record.encoding)


class _Piece:
    """One parsed piece of a document: its Doc, where it starts in the prepared text, and the
    way from its offsets to the input's."""

    def __init__(self, doc, base: int, prepared: Layout, original: str, table: "EntityTable"):
        self.doc, self.base, self.prepared, self.original = doc, base, prepared, original
        self.table = table

    def place(self, s: int, e: int) -> tuple[int, int]:
        """Input offsets of the piece's characters s..e."""
        return self.prepared.source_span(s + self.base, e + self.base)

    def span(self, s: int, e: int) -> Span:
        start, end = self.place(s, e)
        return Span(self.original[start:end], start, end)


def _analyse_piece(piece: _Piece, dct: Optional[dt.date], scope: str, first_id: int):
    """Claims, date mentions and warnings of one parsed piece."""
    doc = piece.doc
    local = doc.text
    with timed("quotes+attribute"):
        paras = pipeline.paragraphs(local)
        pieces, warnings = quotes.find_quotes(local, paras)
        found = attribution.attribute(doc, local, paras, pieces, scope=scope)
        filed = datelines(local, paras)
    with timed("speakers"):
        names = speakers.resolve_speakers(doc, found, quotes.quoted_mask(local, pieces), filed, local)
    with timed("stance"):
        who = [_identity(st, resolved, local) for st, resolved in zip(found, names)]
        stances = stance.decide(doc, found, who, [_bodies(resolved) for resolved in names])
    with timed("dates"):
        timexes = dates.find_dates(doc, local, dct)
        mentions = [_date_mention(t, piece) for t in timexes]
    with timed("claims"):
        undated = {k for k, t in enumerate(timexes) if any(s <= t.start < e for s, e in filed)}
        claims = [_claim(first_id + n, n, st, judged, resolved, piece, timexes, mentions, undated)
                  for n, (st, judged, resolved) in enumerate(zip(found, stances, names))]
    return claims, mentions, warnings


def _identity(st: Statement, resolved: list, text: str) -> frozenset:
    """Who made a statement, for stance to tell speakers apart and find the one a denial names:
    each speaker's name (or mention) and the words of it, lower case."""
    out = set()
    for m, mention in zip(st.speakers, resolved):
        for r in mention.group or (mention,):
            name = (r.name or text[m.start:m.end]).lower()
            out.add(name)
            out.update(name.split())
    return frozenset(out)


def _bodies(resolved: list) -> frozenset:
    """The organisations a statement's speakers are or speak for, lower case: "Acme Corp." for
    Acme Corp. and for "a spokesman for Acme Corp."."""
    out = set()
    for mention in resolved:
        for r in mention.group or (mention,):
            if r.label in ("ORG", "FAC") and r.name:
                out.add(r.name.lower())
            if r.affiliation is not None and r.affiliation.name:
                out.add(r.affiliation.name.lower())
    return frozenset(out)


def _date_mention(t: dates.Timex, piece: _Piece) -> DateMention:
    span = piece.span(t.start, t.end)
    return DateMention(span.text, span.start, span.end, t.type, t.value, t.start_date, t.end_date, t.granularity)


# a date that describes a noun ("recent advances", "Sunday's vote") says when that was, not when the
# statement was made, unless the noun is the occasion of the saying ("said in a recent interview")
_DESCRIBING = {"amod", "poss", "compound", "nmod"}


def _attached_to(doc, start: int, end: int, st: Statement) -> bool:
    """True when the date at *start*..*end* hangs off the cue in the parse: off its head verb or
    noun, or off a verb the cue runs from ("gathered Friday to discuss"), not off the content or a
    speaker, and not as a word describing a noun ("claimed, pointing to recent advances") other than
    the occasion the cue names ("said at Monday's debate", "told reporters in a June interview")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cue = {st.cue_head.i} | {t.i for t in st.cue_tokens if t.pos_ in ("VERB", "AUX")}
    stop = {m.head.i for m in st.speakers}
    if st.content_root is not None:
        stop.add(st.content_root.i)
    tok = span.root
    if tok.dep_ in _DESCRIBING:  # only the occasion of the saying: "said at Monday's debate"
        occasion = tok.head
        return occasion.dep_ == "pobj" and occasion.head.dep_ == "prep" and occasion.head.head.i in cue
    for _ in range(10):
        if tok.i in cue:
            return True
        if tok.i in stop or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def said_on(st: Statement, doc, sentence: tuple[int, int], timexes: list[dates.Timex],
            inside: set[int]) -> Optional[int]:
    """When the statement was made: the index of a DATE/TIME mention of its sentence, outside the
    content (*inside*: indices of mentions in it), that hangs off the cue in the parse ("said on
    Sunday"; not "the speaker's rally last week"); the nearest to the cue when there are several."""
    if st.cue_head is None:
        return None
    s_start, s_end = sentence
    outside = [k for k, t in enumerate(timexes) if s_start <= t.start and t.end <= s_end and k not in inside
               and t.type in ("DATE", "TIME") and _attached_to(doc, t.start, t.end, st)]
    if not outside:
        return None
    return min(outside, key=lambda k: abs(timexes[k].start - st.cue_span[0]))


def _sentence(st: Statement, doc, cs: int, ce: int) -> tuple[int, int]:
    """The sentence of the cue (or of the content's start), widened to hold cue and content."""
    anchor = st.cue_span[0] if st.cue_span else cs
    sent_span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if sent_span is not None and len(sent_span):
        sent = sent_span[0].sent
        return min(sent.start_char, cs), max(sent.end_char, st.cue_span[1] if st.cue_span else ce)
    return cs, ce


def _claim_id(index: int) -> str:
    return f"c{index + 1}"


def _claim(index: int, position: int, st: Statement, judged, resolved, piece: _Piece, timexes: list[dates.Timex],
           mentions: list[DateMention], undated: set[int]) -> Claim:
    """Claim number *index* of the document (0-based; its id is c<index + 1>) from statement *st*,
    number *position* of its piece, with its stance *judged* and its speakers' names *resolved*;
    *undated*: date mentions that cannot say when it was said (a dateline's)."""
    frags = sorted(set(st.fragments))
    cs, ce = frags[0][0], frags[-1][1]
    whole = piece.span(cs, ce)
    content = Content(whole.text, whole.start, whole.end, [piece.span(s, e) for s, e in frags])
    spk = []
    for m, mention in zip(st.speakers, resolved):
        span = piece.span(m.start, m.end)
        for res in mention.group or (mention,):  # "Smith and Jones said": one speaker each, same words
            affiliation = None
            if res.affiliation is not None:
                a = piece.span(res.affiliation.start, res.affiliation.end)
                affiliation = Affiliation(a.text, a.start, a.end, res.affiliation.name)
            speaker = Speaker(span.text, span.start, span.end, res.name, res.label, res.resolution,
                              affiliation=affiliation)
            piece.table.add(speaker, res, piece)
            spk.append(speaker)
    cue = None
    if st.cue_span is not None:
        span = piece.span(*st.cue_span)
        cue = Cue(span.text, span.start, span.end, st.cue_lemma or span.text.lower(), judged.cls)
    sentence = _sentence(st, piece.doc, cs, ce)
    inside = {k for k, t in enumerate(timexes) if any(s <= t.start and t.end <= e for s, e in frags)}
    when = said_on(st, piece.doc, sentence, timexes, inside | undated)
    answered = judged.responds_to_index
    responds = _claim_id(index - position + answered) if answered is not None else None
    return Claim(id=_claim_id(index), kind=judged.kind, kind_reason=judged.kind_reason, form=st.form, speakers=spk, cue=cue, content=content,
                 negated=judged.negated, sentence=SentenceRef(*piece.place(*sentence)),
                 dates=[mentions[k] for k in sorted(inside)], said_on=mentions[when] if when is not None else None,
                 responds_to=responds)
