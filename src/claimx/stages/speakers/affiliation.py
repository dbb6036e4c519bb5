"""Whose an unnamed speaker is: "a spokesman for Netcraft", "a Kremlin spokesman", "Labour
officials", "an IBM spokeswoman", "the company's chief executive", "its lawyers".

The affiliation is the organisation, government, party or place the mention itself ties the
speaker to: a name (or a nationality) before the role noun, the object of "for", "of", "at",
"with" or "from" after it ("in" only when nothing else is given: "sources in Riyadh"), or a
possessor, which is resolved like any other mention ("its" -> the company it refers to).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .. import lexicon
from . import names

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver

_ANCHOR_LABELS = ("ORG", "GPE", "NORP", "FAC")
_PREPOSITIONS = ("for", "of", "at", "with", "from")
_NOT_AFFILIATION = {"senior", "former", "top", "deputy", "chief", "acting", "unnamed", "anonymous", "local", "other",
                    "high", "ranking", "high-ranking", "close", "diplomatic", "government", "official", "press"}


@dataclass
class Affiliation:
    start: int  # character offsets of the words in the text
    end: int
    name: str  # the entity's canonical name, or the words as written
    entity: Optional["Entity"] = None


def affiliation_of(head, resolver: "Resolver") -> Optional[Affiliation]:
    """The affiliation written in the mention headed by *head*, or None."""
    doc = head.doc
    modifiers = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    run = _name_run(doc, [t for m in modifiers for t in m.subtree if t.i < head.i], resolver)
    if run is not None:
        return run
    for m in modifiers:
        if m.pos_ == "NOUN" and lexicon.roles().get(m.lemma_.lower()) in ("ORG", "GPE"):
            described = resolver.described_as(m)  # "Company officials": the company of the article
            if described is not None:
                return Affiliation(m.idx, m.idx + len(m.text), described.name, described)
            named = _named_before(m)
            if named is not None:
                return Affiliation(m.idx, m.idx + len(m.text), named)
    for child in head.children:
        if child.dep_ == "poss":
            return _possessor(child, resolver)
    places = None
    for child in head.children:
        if child.dep_ == "prep" and child.i > head.i and child.lower_ in _PREPOSITIONS + ("in",):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if not objs:
                continue
            found = _object(objs[0], resolver)
            if found is not None and child.lower_ != "in":
                return found
            places = places or found
    return places or _body_just_before(head, resolver)


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _body_just_before(head, resolver: "Resolver") -> Optional[Affiliation]:
    """A bare "a spokesman" or "a spokeswoman" right after a sentence whose subject or speaker
    is an organisation speaks for it ("Acme closed its plant on Monday. A spokesman said ...":
    Acme's), as a reader takes it; not a newspaper's, nor when the sentence before has none."""
    doc = head.doc
    if head.lemma_.lower() not in _SPOKESPEOPLE or head.sent.start == 0 \
            or any(c.dep_ in ("compound", "amod", "poss", "prep") for c in head.children if c.lower_ not in ("a", "an")):
        return None
    before = doc[head.sent.start - 1].sent
    nearest = resolver._nearest_referent(lambda r: r.kind == "org" and not r.publication and not r.plural, head.idx)
    if nearest is None or nearest.char < before.start_char or nearest.resolved.entity is None:
        return None
    entity = nearest.resolved.entity
    token = next((t for t in before if t.idx == nearest.char), None)
    span = resolver.entities.mention_span(token) if token is not None else None
    if span is None:
        return None
    return Affiliation(doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text), entity.name, entity)


def coordinated(head, resolver: "Resolver") -> list[Affiliation]:
    """One affiliation per conjunct when the words before the role noun coordinate names: "U.S.
    and Kuwaiti officials", "Israeli and Palestinian negotiators" (officials of each); [] when
    they do not, or when a conjunct gives none."""
    doc = head.doc
    for m in head.children:
        if m.i < head.i and m.dep_ in ("compound", "amod", "nmod") and m.conjuncts:
            items = [m, *m.conjuncts]
            if any(t.i > head.i for t in items):
                return []
            found = [_name_run(doc, [x for x in t.subtree if x.i <= t.i and x.dep_ not in ("cc", "punct")], resolver)
                     for t in items]
            return found if all(found) and len({a.name for a in found}) == len(found) else []
    return []


def _name_run(doc, tokens: list, resolver: "Resolver") -> Optional[Affiliation]:
    """The words naming an organisation or country among a role noun's modifiers: "Kremlin",
    "U.S. State Department", "Iraqi"."""
    keep = [t for t in sorted(tokens, key=lambda t: t.i)
            if (t.pos_ == "PROPN" or t.ent_type_ in _ANCHOR_LABELS) and t.lower_ not in _NOT_AFFILIATION
            and (not names.is_title(t.text) or resolver.entities.at(t) is not None)]  # "a Justice official"
    if not keep:
        return None
    if len(keep) == 1 and lexicon.roles().get(keep[0].lower_) in ("ORG", "GPE"):
        described = resolver.described_as(keep[0])  # "Committee sources": the committee named before
        named = _named_before(keep[0])
        if described is not None or named is not None:
            return Affiliation(keep[0].idx, keep[0].idx + len(keep[0].text),
                               described.name if described is not None else named, described)
    start, end = keep[0], keep[-1]
    inside = {t.i for t in tokens}
    while start.i > 0 and doc[start.i - 1].i in inside and doc[start.i - 1].pos_ == "PROPN":
        start = doc[start.i - 1]
    after = doc[end.i + 1] if end.i + 1 < len(doc) else None
    if after is not None and after.i in inside and after.pos_ == "NOUN" and \
            lexicon.roles().get(after.lemma_.lower()) in ("ORG", "GPE"):
        end = after  # "a Clinton campaign official", "Bush administration officials"
        text = doc[start.i:end.i + 1].text
        entity = resolver.entities.matching(text, "ORG")
        return Affiliation(start.idx, end.idx + len(end.text), entity.name if entity else names.clean(text), entity)
    text = doc[start.i:end.i + 1].text
    entity = resolver.entities.at(end) or resolver.entities.matching(text)
    return Affiliation(start.idx, end.idx + len(end.text), entity.name if entity else names.clean(text), entity)


def _named_before(noun) -> Optional[str]:
    """How the text last wrote *noun* with a person's or organisation's name before it: "the Bush
    administration" for "administration officials", "the Clinton campaign" for "campaign aides";
    not a country's ("the U.S. government" is no clue whose "a government communique" is)."""
    for t in reversed(noun.doc[:noun.i]):
        if t.lower_ == noun.lower_:
            owners = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i
                      and c.ent_type_ not in ("GPE", "NORP")]
            if owners:
                return names.clean(noun.doc[owners[0].left_edge.i:t.i + 1].text)
    return None


# roles that speak or act for the person who owns them: "Mr. Aiello's spokesman" is Aiello's
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "solicitor",
                         "aide", "adviser", "advisor", "publicist", "representative", "agent", "strategist", "staffer"})


def _possessor(token, resolver: "Resolver") -> Optional[Affiliation]:
    """"its lawyers", "the company's spokesman", "Microsoft's spokesman", and a person's when the
    role speaks or acts for them ("Mr. Aiello's spokesman", "his aides"; not "Elian's father")."""
    res = resolver.resolve(token) if token.pos_ in ("PRON", "NOUN", "PROPN") else None
    if res is None or res.entity is None:
        return None
    if res.entity.label == "PERSON" and token.head.lemma_.lower() not in _SPEAKS_FOR:
        return None
    span = resolver.entities.mention_span(token)
    start = token.doc[span[0]] if span else token
    end = token.doc[span[1] - 1] if span else token
    return Affiliation(start.idx, end.idx + len(end.text), res.entity.name, res.entity)


def _object(token, resolver: "Resolver") -> Optional[Affiliation]:
    """The object of "a spokesman for ...": a name, or a description that resolves to one."""
    entity = resolver.entities.at(token)
    if entity is not None and entity.label != "PERSON":
        span = resolver.entities.mention_span(token)
        doc = token.doc
        return Affiliation(doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text), entity.name, entity)
    if token.pos_ == "PROPN":
        return _name_run(token.doc, list(token.subtree), resolver)
    if token.pos_ == "NOUN":
        res = resolver.resolve(token)
        if res.entity is not None and res.entity.label != "PERSON":
            return Affiliation(token.idx, token.idx + len(token.text), res.entity.name, res.entity)
    return None
