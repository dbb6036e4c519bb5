"""What the parse says about a date's clause: its tense, and whether it plans something.

The only part of normalizing that reads the dependency parse: a weekday or a month without a year
lies before or after the document date depending on the verb that governs it.
"""
from __future__ import annotations

import re

from .. import lexicon


def verb_chain(token, deps: tuple) -> list:
    """The verb governing *token* (found by walking up the parse), then the verbs it hangs from
    through *deps*, at most four: the clause whose tense or plan decides a date."""
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    chain = [verb]
    while chain[-1].dep_ in deps and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def tense(token) -> str:
    """'past', 'future' or 'present' for the clause around *token* (None-safe).

    "will"/"'ll"/"shall" or "going to" make it future ("They will meet on Monday"); a past-tense
    verb or auxiliary, or a perfect, past ("They met on Friday", "has met").
    """
    if token is None:
        return "present"
    chain = verb_chain(token, ("xcomp", "conj", "advcl", "pcomp"))
    for v in chain:
        kids = list(v.children)
        if any(c.lower_ in ("will", "'ll", "shall", "wo") for c in kids):
            return "future"
        if v.lower_ == "going" and any(c.dep_ == "xcomp" for c in kids):
            return "future"
    v = chain[0]
    kids = list(v.children)
    if v.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in kids):
        return "past"
    if v.tag_ == "VBN" and any(c.lemma_ == "have" for c in kids):
        return "past"
    if v.tag_ == "VBN" and v.dep_ in ("acl", "relcl", "amod"):
        return "past"
    return "present"


_SCHEDULE_BEFORE = re.compile(r"\bas (?:soon|early) as\s+$|\buntil\s+$|\b(?:payable|effective|due)\s+(?:on\s+|in\s+|by\s+)?$")


def _text_before(token, size: int) -> str:
    """The *size* characters before *token*, from the tokens (``doc.text`` is rebuilt on every access)."""
    doc, i, out = token.doc, token.i - 1, ""
    while i >= 0 and len(out) < size:
        out = doc[i].text_with_ws + out
        i -= 1
    return out[-size:]


def scheduled(token) -> bool:
    """True when the clause around *token* plans something rather than reports it: a scheduling
    verb ("planned to leave on Thursday", "is scheduled to close Monday", "postponed until
    Tuesday"), or "as soon as", "until", "payable", "effective", "due" right before the date."""
    if token is None:
        return False
    before = _text_before(token, 14).lower()
    if _SCHEDULE_BEFORE.search(before):
        return True
    chain = verb_chain(token, ("xcomp", "conj", "advcl", "pcomp", "relcl", "acl"))
    return any(v.lemma_.lower() in lexicon.date_words()["schedule_verbs"] for v in chain)
