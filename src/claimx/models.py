"""The output contract: one dataclass per concept, JSON and JSON Schema derived from them.

Every offset is a Python ``str`` index into the decoded input text, so
``text[span.start:span.end] == span.text`` holds for every span written.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Literal, Optional

SCHEMA_VERSION = 2


@dataclass
class Span:
    """A contiguous stretch of the input text."""

    text: str
    start: int
    end: int


@dataclass
class Content:
    """What was said: the whole stretch and its pieces (a quote split by "he said" has two)."""

    text: str
    start: int
    end: int
    fragments: list[Span] = field(default_factory=list)


@dataclass
class Affiliation:
    """Whose an unnamed speaker is: "a spokesman for Netcraft", "a Kremlin spokesman" -> the words and the name."""

    text: str
    start: int
    end: int
    name: str


@dataclass
class Speaker:
    """Who said it: the mention as written and the name it refers to across the article."""

    text: str
    start: int
    end: int
    name: Optional[str] = None
    label: Optional[str] = None
    resolution: Optional[Literal["direct", "alias", "title", "pronoun", "description", "unresolved"]] = None
    entity: Optional[str] = None
    affiliation: Optional[Affiliation] = None


@dataclass
class Entity:
    """A person, organisation, place or group that speaks or is a speaker's affiliation."""

    id: str
    name: str
    label: Literal["PERSON", "ORG", "GPE", "NORP", "FAC"]
    gender: Optional[Literal["male", "female"]]
    aliases: list[str]
    mentions: int
    claims: int


@dataclass
class Cue:
    """The word(s) that introduce the statement ("said", "have denied", "according to", a colon)."""

    text: str
    start: int
    end: int
    lemma: str
    cls: Optional[str] = None  # written as "class" in JSON


@dataclass
class SentenceRef:
    start: int
    end: int


@dataclass
class DateMention:
    """A time expression normalized against the document date (TimeML TIMEX3 values)."""

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: Optional[str]
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    granularity: Optional[str] = None


@dataclass
class Claim:
    """One reported statement: who, the cue, what, and what the speaker does with it."""

    id: str
    kind: Literal["assertion", "denial"]
    kind_reason: Optional[Literal["deny_cue", "falsity", "negates_claim"]]
    form: Literal["direct", "indirect", "mixed"]
    speakers: list[Speaker]
    cue: Optional[Cue]
    content: Content
    negated: bool
    sentence: SentenceRef
    dates: list[DateMention] = field(default_factory=list)
    said_on: Optional[DateMention] = None
    responds_to: Optional[str] = None


@dataclass
class ModelInfo:
    name: str
    version: str


@dataclass
class Document:
    """Everything claimx found in one article."""

    schema_version: int
    claimx_version: str
    id: str
    document_date: Optional[str]
    document_date_origin: Optional[Literal["option", "record", "text", "filename"]]
    model: ModelInfo
    claims: list[Claim]
    entities: list[Entity]
    dates: list[DateMention]
    warnings: list[str]
    title: Optional[str] = None
    encoding: Optional[str] = None


@dataclass
class ErrorInfo:
    code: Literal["not_found", "unreadable", "binary", "decode", "too_large", "bad_record", "internal"]
    message: str


@dataclass
class ErrorRecord:
    """Written in place of a document that could not be processed."""

    schema_version: int
    id: str
    error: ErrorInfo


# --------------------------------------------------------------------------- JSON

_RENAMES = {"cls": "class"}


def to_dict(obj) -> dict:
    """Plain JSON-ready dict of a model instance (field order kept, ``cls`` written as ``class``)."""
    if dataclasses.is_dataclass(obj):
        return {_RENAMES.get(f.name, f.name): to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_dict(x) for x in obj]
    return obj


# --------------------------------------------------------------------------- JSON Schema

def _schema_for(tp, defs: dict) -> dict:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        inner = [_schema_for(a, defs) for a in non_none]
        if len(args) != len(non_none):
            inner.append({"type": "null"})
        return inner[0] if len(inner) == 1 else {"anyOf": inner}
    if origin is Literal:
        return {"enum": list(args)}
    if origin is list:
        return {"type": "array", "items": _schema_for(args[0], defs)}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(tp)
            props = {}
            for f in dataclasses.fields(tp):
                props[_RENAMES.get(f.name, f.name)] = _schema_for(hints[f.name], defs)
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().splitlines()[0] if tp.__doc__ else "",
                "properties": props,
                "required": list(props),
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    return {bool: {"type": "boolean"}, int: {"type": "integer"}, str: {"type": "string"},
            float: {"type": "number"}}[tp]


def json_schema() -> dict:
    """JSON Schema of one output line: a Document or an ErrorRecord, generated from the dataclasses."""
    defs: dict = {}
    doc = _schema_for(Document, defs)
    err = _schema_for(ErrorRecord, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claimx output line",
        "oneOf": [doc, err],
        "$defs": defs,
    }
