"""Light-verb cues: "make" turned into a saying by its object, with a that-clause as content:
"made clear that he would veto it", "made it clear that ...", "is making the case that ...",
"made the point that ...". Without such an object "make" states nothing ("made a speech").
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from .context import subtree_span

LIGHT_WORDS = {"clear", "case", "point", "argument"}


def light_verb(verb, text: str) -> Optional[tuple]:
    """(entry, clause head, [(start, end)], extra cue tokens) for "make" + a light word + a
    clause, or None. The cue runs from the verb to the clause ("made it clear", "made the case")."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    light = next((c for c in verb.children if c.i > verb.i and c.lemma_.lower() in LIGHT_WORDS
                  and c.dep_ in ("dobj", "ccomp", "oprd", "acomp")), None)
    if light is None:
        return None
    # the clause hangs on the verb ("made clear that ..."), on the noun ("the case that ...") or
    # on the adjective ("made it clear that ...")
    clause = next((c for c in list(verb.children) + list(light.children)
                   if c.i > light.i and c.dep_ in ("ccomp", "acl", "relcl", "advcl") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    s, e = subtree_span(clause, text)
    extra = [t for t in verb.doc[verb.i + 1:clause.left_edge.i] if not t.is_punct]
    return lexicon.pseudo_cue("make clear"), clause, [(s, e)], extra
