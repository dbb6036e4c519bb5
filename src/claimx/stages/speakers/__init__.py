"""Stage: who each speaker mention refers to, across the whole article.

``entities.py`` clusters the article's names into entities (a person's surname and full name, a
company's short and legal names, an acronym and what it stands for), each with a canonical name,
a gender where the text gives one, and the roles and titles written next to it; ``resolve.py``
resolves every speaker mention to an entity or to nobody (names, pronouns, descriptions: the
rules are in its docstring); ``affiliation.py`` says whose an unnamed speaker is ("a spokesman for
Netcraft"); ``names.py`` holds the string rules (titles, company suffixes, initials, first names).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..masks import mark, new_mask
from ..statement import Statement
from .affiliation import Affiliation, coordinated
from .entities import Entities, Entity
from .resolve import Resolved, Resolver

__all__ = ["resolve_speakers", "Resolved", "Entity", "Affiliation"]


def resolve_speakers(doc, statements: list[Statement], quoted: bytearray,
                     datelines: list[tuple[int, int]] = (), text: Optional[str] = None) -> list[list[Resolved]]:
    """For every statement, the resolution of each of its speaker mentions, in order. Names in
    *datelines* ("WASHINGTON (AP) _") are no entities. *text*: ``doc.text`` when the caller has it
    (spaCy builds doc.text anew on every access, which costs as much as the rest of the stage)."""
    text = doc.text if text is None else text
    entities = Entities(doc, datelines, quoted, text)
    heads = {m.head.i for st in statements for m in st.speakers}
    reported = new_mask(text)
    for st in statements:
        for s, e in st.fragments:
            mark(reported, s, e)
    resolver = Resolver(doc, quoted, entities, heads, reported)
    return [[_one(resolver, m, st.speakers) for m in st.speakers] for st in statements]


def _one(resolver: Resolver, m, mentions) -> Resolved:
    """The resolution of mention *m*, with its members when it names several ("Smith and Jones")
    that the statement does not list as mentions of their own."""
    res = resolver.resolve(m.head)
    members = resolver.members(m.head, m.start, m.end)
    listed = {o.head.i for o in mentions if o is not m}
    if not members and res.name is None and res.affiliation is not None and res.resolution == "unresolved":
        # "U.S. and Kuwaiti officials": unnamed speakers of each
        members = tuple(replace(res, affiliation=a) for a in coordinated(m.head, resolver))
        members = members if len(members) >= 2 else ()
    return replace(res, group=members) if members and not listed & {t.i for t in m.head.conjuncts} else res
