"""Parse repairs: shapes of news copy that the small English model parses wrongly in a way that
loses a speaker, mended in the Doc before the passes read it.
"""
from __future__ import annotations

from .cues import is_cue_verb

_NOUN_PHRASE_DEPS = {"det", "amod", "compound", "nmod", "nummod", "npadvmod", "poss"}


def repair(doc) -> None:
    """Apply every repair of this module to *doc* in place."""
    for verb in doc:
        if verb.tag_ in ("VBD", "VBZ", "VBP") and is_cue_verb(verb):
            _headless_subject(verb)


def _headless_subject(verb) -> None:
    """'"...," the 52-year-old said': the parser hangs "the" and "old" on "said" itself and the
    verb has no subject; the words right before the verb become a noun phrase (its last word the
    head) and that phrase the verb's subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    doc = verb.doc
    run = []  # the verb's own children among the words right before it, nearest first
    i = verb.i - 1
    while i >= 0:
        tok = doc[i]
        if tok.head.i == verb.i and tok.dep_ in _NOUN_PHRASE_DEPS:
            run.append(tok)
        elif not (i < tok.head.i < verb.i):  # "52", "-", "year" hang inside the phrase
            break
        i -= 1
    if len(run) < 2 or run[-1].dep_ != "det" or run[0].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") \
            or run[0].i != verb.i - 1:
        return
    head = run[0]
    for tok in run[1:]:
        tok.head = head
    head.dep_ = "nsubj"
