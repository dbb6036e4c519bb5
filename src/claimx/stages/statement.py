"""The contract between the stages that find statements and those that judge them.

Attribution yields :class:`Statement` records holding spaCy tokens; speakers, stance and the
document assembly read them. Nothing here is written out: ``document.py`` turns a Statement into
the output models.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

from .lexicon import CueEntry

# Which dependent of the cue holds the content: "said that ..." ccomp, "vowed to ..." xcomp, "denied
# the report" dobj, "X has been endorsed by Y" nsubjpass, "called for ..." prep; "quote" for a
# quote beside its tag, "clause" for the rest of the sentence around "according to X".
Frame = Literal["ccomp", "xcomp", "dobj", "nsubjpass", "prep", "quote", "clause"]
Form = Literal["direct", "indirect", "mixed"]


@dataclass
class Mention:
    """A speaker mention as written: character offsets and the head token of its noun phrase."""

    start: int
    end: int
    head: object  # spaCy Token


@dataclass
class Statement:
    """A statement as the attribution stage finds it, before names, stance and dates are added.

    ``fragments`` are the content's character spans (a quote split by its tag has two);
    ``cue_tokens`` the cue as written ("has also said"), empty for punctuation cues and cue-less
    quotes, whose ``cue_span`` is the colon or dash (or None); ``cue_head`` the cue's main word,
    the verb or noun its auxiliaries, negation and adverbs hang from ("said" in "has also said",
    "denied" in "flatly denied", "according" in "according to"), None without a cue word;
    ``content_root`` the token heading the content in the parse (None for quotes: stance reads
    their first sentence).
    """

    fragments: list[tuple[int, int]]
    form: Form
    cue_tokens: list = field(default_factory=list)  # spaCy Tokens
    cue_entry: Optional[CueEntry] = None
    cue_lemma: Optional[str] = None
    cue_span: Optional[tuple[int, int]] = None
    speakers: list[Mention] = field(default_factory=list)
    content_root: Optional[object] = None  # spaCy Token
    frame: Optional[Frame] = None
    paragraph: int = -1
    cue_head: Optional[object] = None  # spaCy Token
