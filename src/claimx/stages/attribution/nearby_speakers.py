"""Speakers the parse did not link to their cue verb, found by position: the name or pronoun right
next to a tag ('"...," Tulsa police Chief Chuck Jordan said', 'said James Acton'), the word before a
finite cue verb left without a subject ('... and Democrats accused the GOP'), or the name before a
parenthetical ('Senator Harry Reid, the minority leader, said').
"""
from __future__ import annotations

from .. import lexicon
from .context import Context
from .subjects import stray_determiner


def adjacent_name(ctx: Context, verb):
    """A tag's speaker when the parse lost the verb's subject ('"...," Tulsa police Chief Chuck
    Jordan said Monday'): the name or pronoun right before the verb, or right after it in an
    inverted tag ('said James Acton')."""
    doc = ctx.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and not (prev.is_punct or prev.is_space or ctx.in_quote(prev)) and (
            prev.pos_ == "PROPN" or prev.lower_ in lexicon.HUMAN_PRONOUNS):
        return prev
    if prev is not None and not ctx.in_quote(prev) and stray_determiner(prev) is not None:
        return prev  # '"...," the 31-year-old said': "the" and "old" hung on "said"
    after = []
    i = verb.i + 1
    while i < len(doc) and not doc[i].is_punct and not doc[i].is_space and len(after) < 8:
        after.append(doc[i])
        i += 1
    names = [t for t in after if t.pos_ == "PROPN"]
    if names and after[0].pos_ in ("PROPN", "DET", "NOUN", "ADJ"):
        return names[-1]
    if after and after[0].pos_ == "DET" and after[-1].pos_ == "NOUN" and not after[-1].ent_type_:
        return after[-1]  # 'said the woman, who ...': the relative clause took her as its subject
    return None


def word_before(ctx: Context, verb):
    """The subject of a finite cue verb the parser left without one ('... and Democrats accused
    the GOP', where "Democrats" became a conjunct of the clause before): the name, pronoun or
    plural noun right before the verb, adverbs skipped."""
    i = verb.i - 1
    while i >= 0 and ctx.doc[i].dep_ in ("advmod", "aux", "neg") and ctx.doc[i].head.i == verb.i:
        i -= 1
    if i < 0 or ctx.in_quote(ctx.doc[i]):
        return None
    word = ctx.doc[i]
    if word.text == ",":
        return _name_before_parenthetical(ctx, i)
    if word.pos_ == "PROPN" or word.lower_ in lexicon.HUMAN_PRONOUNS or word.tag_ == "NNS":
        return word
    if verb.dep_ in ("compound", "amod") and word.head.i == verb.i and stray_determiner(word) is not None:
        return word  # "The 34-year-old denies murder": the description hung on the verb read as a modifier
    if word.dep_ == "appos" and verb.head.i == word.i:
        return word  # "..., a well-placed source told the AP": the cue parsed as the apposition's modifier
    return None


def _name_before_parenthetical(ctx: Context, comma: int, max_commas: int = 3, max_tokens: int = 40):
    """The subject of 'Senator Harry Reid, the minority leader, said' or 'Durbin (D-Ill.), noting
    the size of ..., said' when the parser hung the name elsewhere: the name (or personal pronoun)
    that ends right before one of the last few commas, the parenthetical between it and the verb."""
    doc = ctx.doc
    sent_start = doc[comma].sent.start
    commas = 0
    i = comma
    while i > sent_start and comma - i < max_tokens:
        if doc[i].text == ",":
            commas += 1
            if commas > max_commas:
                return None
            j = i - 1
            if j >= sent_start and doc[j].text == ")":  # "Durbin (D-Ill.),"
                while j > sent_start and doc[j].text != "(":
                    j -= 1
                j -= 1
            if j >= sent_start and not ctx.in_quote(doc[j]) and (
                    (doc[j].pos_ == "PROPN" and doc[j].ent_type_ in ("PERSON", "ORG", "NORP", ""))
                    or doc[j].lower_ in lexicon.HUMAN_PRONOUNS):
                return doc[j]
        i -= 1
    return None


def ent_span(token) -> tuple[int, int]:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start_char, ent.end_char
    return token.idx, token.idx + len(token.text)
