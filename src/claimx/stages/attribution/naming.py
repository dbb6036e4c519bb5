"""Naming verbs ("called the plan reckless") whose object and name the parser reads otherwise than
as an object and a predicate: as one predicate, or with the named one a relative word; and "sees X
as Y" with "as Y" parsed as a clause."""
from __future__ import annotations

from .boundaries import trailing_asides
from .context import subtree_span
from .subjects import SUBJECT_DEPS


def named_in_predicate(verb, pred) -> bool:
    """'called Rubio "Little Marco"', "calls Clinton unqualified": an active naming verb whose object
    and name the parser read as one predicate right after it (the verb has no object of its own)."""
    doc = verb.doc
    first = verb.i + 1
    while first < pred.left_edge.i and doc[first].dep_ == "advmod" and doc[first].head.i == verb.i:
        first += 1  # "called him again ..."
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "a video called 'Perception'", "the so-called 'special relationship'": a name, nobody's
    return pred.left_edge.i == first and pred.left_edge.i < pred.right_edge.i and not any(
        c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in verb.children)


_RELATIVES = ("which", "that", "who", "whom")


def relative_named(verb, children, text):
    """"a deal which the senator called 'a disgrace'", "Bannon, who Beck called 'a despicable human
    being'": in a relative clause, the relative word is the one named and the predicate the name.
    The name's token and the content spans, or None."""
    if verb.dep_ not in ("relcl", "acl") or any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return None
    name = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    rel = next((t for t in verb.doc[verb.head.i + 1:verb.i] if t.lower_ in _RELATIVES and t.head.i == verb.i), None)
    if rel is None and verb.head.i + 2 < verb.i and verb.doc[verb.head.i + 2].lower_ in _RELATIVES \
            and verb.doc[verb.head.i + 1].text == ",":
        rel = verb.doc[verb.head.i + 2]  # ", who Beck called ...", the parser hangs "who" elsewhere
    if name is None or rel is None:
        return None
    return name, [(rel.idx, rel.idx + len(rel.text)), subtree_span(name, text)]


def as_clause(verb, children, text):
    """"sees Netanyahu as captured by hard-liners", "saw the party as insufficiently committed": the
    parser makes "as" the marker of a verbless or participial clause after the object; the object
    and the clause are what the speaker sees it as (not "saw the crowd as he left": a time). The
    clause's head and the content span, or None."""
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    for c in children:
        first = c.left_edge
        if c.dep_ == "advcl" and c.i > obj.i and first.dep_ == "mark" and first.lower_ == "as" and first.head.i == c.i \
                and c.tag_ in ("VBN", "JJ") and not any(a.dep_ in SUBJECT_DEPS for a in c.children):
            return c, (subtree_span(obj, text)[0], subtree_span(c, text, exclude=trailing_asides(c))[1])
    return None
