"""Is a statement's content negated? Its main predicate carries a negation (not, n't, never), or
its subject or object is a negative quantifier (nobody, nothing, no one, "no X", "neither X nor Y"),
or the clause opens with "Nor" ("Nor did he ..."); negations inside
embedded clauses do not count ("said he thought it would not work" is not negated)."""
from __future__ import annotations

from .. import lexicon


def negated_token(tok) -> bool:
    """*tok* has a negation among its own dependents ("not said", "never met"); "not only ... but
    also" adds, it does not negate."""
    return any((c.dep_ == "neg" or c.lower_ in ("never", "not", "n't")) and not _not_only(c) for c in tok.children)


def _not_only(tok) -> bool:
    doc = tok.doc
    return tok.lower_ == "not" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "only"


def content_negated(root) -> bool:
    """True when the main predicate under *root* is negated (not embedded negations)."""
    if root is None:
        return False
    if negated_token(root) or _opens_with_nor(root):
        return True
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
                child.lower_ in lexicon.NEGATIVE_QUANTIFIERS or child.lower_ == "no"
                or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)
                or (child.lower_ == "one" and any(c.lower_ == "no" for c in child.children))
                or any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in child.children)):
            return True
        if child.dep_ in ("aux", "auxpass") and negated_token(child):
            return True
        if child.dep_ in ("acomp", "attr") and root.lemma_ == "be" and negated_token(child):
            return True  # 'he was "not ready"'
    return False


def _opens_with_nor(root) -> bool:
    """"Nor did he say anything ...": a clause that opens with "nor" carries the negation before it."""
    return any(c.dep_ == "cc" and c.lower_ == "nor" and c.i == root.left_edge.i for c in root.children)


def first_sentence_root(doc, start: int, end: int):
    """The root of the first sentence of text[start:end] (what a quote's stance is read from)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first_sent = next(iter(span.sents), None)
    root = first_sent.root if first_sent is not None else span.root
    return root if start <= root.idx < end else span.root


def sentence_roots(doc, fragments: list[tuple[int, int]], most: int = 4) -> list:
    """The roots of the first *most* sentences of a content's fragments (a quote split by "he
    said" is read fragment by fragment; a quote that is part of a sentence by its own root)."""
    roots = []
    for start, end in fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for sent in span.sents:
            part = doc[max(sent.start, span.start):min(sent.end, span.end)]
            if len(part):
                roots.append(sent.root if start <= sent.root.idx < end else part.root)
            if len(roots) >= most:
                return roots
    return roots
