"""Definite and indefinite descriptions as speakers ("the minister", "the 67-year-old", "the
company", "a spokesman"): the rules of ``Resolver`` that read a common noun, kept apart from the
names and pronouns of resolve.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .. import lexicon
from . import names
from .affiliation import Affiliation, affiliation_of
from .entities import Entity

_INDEFINITE = {"a", "an", "another", "some", "one", "several", "many", "few", "two", "three", "four", "no", "any",
               "other", "most", "various", "numerous", "both", "all", "each", "certain"}
_DEFINITE = {"the", "this", "that", "these", "those"}


@dataclass
class Resolved:
    """What a speaker mention refers to. ``entity`` is None for people the text does not name."""

    name: Optional[str]
    label: Optional[str]
    resolution: str  # direct | alias | title | pronoun | description | unresolved
    entity: Optional[Entity] = None
    affiliation: Optional[Affiliation] = None
    group: tuple["Resolved", ...] = ()  # a mention of several: "Smith and Jones", "they" for them


def _age(head) -> Optional[str]:
    """"the 61-year-old" parsed as "61 - year - old": its age, "61-year-old"."""
    if head.lower_ == "old" and head.i >= 4 and head.nbor(-2).lower_ == "year" and head.nbor(-4).like_num:
        return f"{head.nbor(-4).text}-year-old"
    if head.lower_.endswith("-year-old"):
        return head.lower_
    return None



class DescriptionRules:
    """The description rules of ``resolve.Resolver`` (which supplies ``entities``, ``_nearest``
    and ``_resolve``)."""

    def _description(self, head) -> Resolved:
        head_word = head.lemma_.lower()
        if head.i >= 2 and head.nbor(-1).text == "-" and not head.nbor(-1).whitespace_:
            head_word = head.nbor(-2).lower_ + "-" + head.lower_  # "president-elect", "great-uncle"
        age = _age(head)
        kind = lexicon.roles().get(head_word) or lexicon.roles().get(head.lower_) or ("PERSON" if age else None)
        if kind is None and self._names_an_organisation(head_word, head.idx):
            kind = "ORG"  # "the board" after "the Illinois Board of Elections"
        affiliation = affiliation_of(head, self)
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if kind is None and possessor is not None and head.pos_ == "NOUN" and head.tag_ == "NN":
            # "Elian's great-uncle" after "Elian's great-uncle, Lazaro Gonzalez,": any noun the
            # text wrote in apposition to a person's name, with the same owner
            entity = self._relative_of(possessor, head_word, head.idx)
            if entity is not None:
                return Resolved(entity.name, entity.label, "description", entity)
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod", "predet")}
        possessed = any(c.dep_ == "poss" for c in head.children)
        plural = head.tag_ in ("NNS", "NNPS")
        definite = bool(dets & _DEFINITE) or possessed or (head.pos_ == "PROPN" and not dets)
        if kind is None or plural or dets & _INDEFINITE or not definite:
            return Resolved(None, None, "unresolved", affiliation=affiliation)
        if kind == "GPE":
            of = self._place_of(head)
            if of is not None:
                return Resolved(of.name, of.label, "description", of)  # "the nation of Bangladesh"
        modifiers = [t for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "poss", "relcl", "acl", "prep")]
        words = {w for t in modifiers for w in re.findall(r"[a-z][a-z\-]*|\d+-year-old", t.text.lower())}
        if age:
            words.add(age)
        proper = {w for t in modifiers if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG")
                  for w in re.findall(r"[a-z][a-z\-]*", t.text.lower())}
        if possessor is not None and kind == "PERSON":
            entity = self._relative_of(possessor, head_word, head.idx)  # "his lawyer", "Elian's father"
        else:
            entity = self._described(kind, head_word, words, proper, head.idx)
            if entity is None and kind == "PERSON" and head_word not in lexicon.proxy_roles() \
                    and not self._role_written(head_word, head.idx):
                entity = self._in_focus(head_word, proper, head.idx)
            if entity is None and kind == "ORG" and not proper and possessor is None \
                    and not self._role_written(head_word, head.idx):
                entity = self._body_in_focus(head_word, head.idx)
        if entity is None:
            return Resolved(None, None, "unresolved", affiliation=affiliation)
        return Resolved(entity.name, entity.label, "description", entity)

    def _role_written(self, role: str, char: int) -> bool:
        """Has the text called anyone *role* (or a role of its group) before *char*?"""
        heads = lexicon.role_synonyms().get(role, frozenset()) | {role}
        return any(heads & e.descriptors and any(m < char for m in e.mentions) for e in self.entities.entities)

    def _in_focus(self, role: str, proper: set[str], char: int) -> Optional[Entity]:
        """The person a definite description stands for when the text never used its noun
        ("Smith spoke ... The candidate said"): the nearest one-person subject or speaker, as "he"
        would, when the article has named that person more than once, has given them no other
        office than the one the description names, and the description's proper words ("the Vermont senator") describe no other
        person and name no other place than the one written next to that person.
        Nobody when the nearest one is unnamed ("a spokesman ... The candidate said")."""
        gender = lexicon.role_genders().get(role)
        r = self._nearest(lambda r: r.kind == "person" and not r.plural and r.gender in (None, gender or r.gender),
                          char)
        if r is None or r.entity is None:
            return None
        offices = lexicon.titles() - lexicon.title_genders().keys() - {"dr"}
        if role in offices and offices & r.entity.descriptors - lexicon.role_synonyms().get(role, frozenset()) - {role}:
            return None  # "President Smith ... The foreign minister said": not Smith (but "the candidate")
        if sum(m < char for m in r.entity.mentions) < 2:
            return None  # "Trump said ... Smith, a voter, said ... The nominee said": not Smith
        if proper - r.entity.descriptors:
            places = {w.lower() for e in self.entities.entities if e.label in ("GPE", "NORP")
                      for n in e.names for w in n.split()}
            if any(proper <= e.descriptors for e in self.entities.entities if e.label == "PERSON") or \
                    (proper & places and r.entity.descriptors & places):
                return None  # "The Indiana governor" when another was; "the Russian minister" for a U.S. one
        return r.entity

    def _body_in_focus(self, noun: str, char: int) -> Optional[Entity]:
        """The organisation a definite description of its type stands for when the text never used
        that noun ("Tesco said ... The supermarket said", "Pacific First Financial Corp. said ...
        The thrift holding company said"): the nearest organisation that is a subject or speaker,
        as "it" would, not a newspaper unless the noun names one; not for a possessed noun
        ("Clinton's team")."""
        press = noun in ("newspaper", "paper", "magazine", "outlet", "broadcaster", "network", "agency")
        r = self._nearest(lambda r: r.kind == "org" and not r.plural and r.publication == press, char)
        return r.entity if r is not None else None

    def _relative_of(self, possessor, role: str, char: int) -> Optional[Entity]:
        """The person the text called *possessor*'s *role* before: "Elian's father" after "Elian's
        father, Juan Miguel Gonzalez"; "his lawyer" after "Gonzalez's lawyer, Gregory Craig"."""
        owner = self._resolve(possessor)
        if owner.entity is None:
            return None
        marks = {w.lower() for n in owner.entity.names for w in n.split()}
        found = [e for e in self.entities.entities if e.label == "PERSON" and e is not owner.entity
                 and role in e.descriptors and any(m < char for m in e.mentions)]
        owned = [e for e in found if marks & e.descriptors]
        if not owned:
            # "great-uncle Lazaro Gonzalez" ... "Elian's great-uncle": the only one so described,
            # when no one's name was written with it ("Smith's lawyer, Tom Hale" is Smith's)
            people = {w.lower() for e in self.entities.entities if e.label == "PERSON" for n in e.names for w in n.split()}
            owned = found if len(found) == 1 and lexicon.roles().get(role) == "PERSON" \
                and not found[0].descriptors & people else []
        return max(owned, key=lambda e: max(m for m in e.mentions if m < char)) if owned else None

    def described_as(self, noun) -> Optional[Entity]:
        """The entity a bare role noun stands for here ("Company officials": the company)."""
        kind = lexicon.roles().get(noun.lemma_.lower())
        return self._described(kind, noun.lemma_.lower(), set(), set(), noun.idx, fallback=False) if kind else None

    def _names_an_organisation(self, word: str, char: int) -> bool:
        return any(e.label in ("ORG", "FAC") and word in e.descriptors and any(m < char for m in e.mentions)
                   for e in self.entities.entities)

    def _place_of(self, head) -> Optional[Entity]:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    ent = self.entities.at(obj)
                    if ent is not None and ent.label == "GPE":
                        return ent
        return None

    def _described(self, kind: str, head_word: str, words: set[str], proper: set[str], char: int,
                   fallback: bool = True) -> Optional[Entity]:
        """The entity mentioned before *char* that the text described with *head_word* (or a role of
        its group), whose descriptors hold the description's proper modifiers ("the Vermont
        senator", "the Iraqi ambassador"), and its age if it gives one; the best matched, then the
        nearest."""
        heads = lexicon.role_synonyms().get(head_word, frozenset()) | {head_word}
        best, best_score = None, 0
        for ent in self.entities.entities:
            before = [m for m in ent.mentions if m < char]
            if not before:
                continue
            if kind == "PERSON" and ent.label != "PERSON":
                continue
            if kind == "ORG" and ent.label not in ("ORG", "FAC"):
                continue
            if kind == "GPE" and ent.label != "GPE" and not (ent.label == "ORG" and head_word in ent.descriptors):
                continue
            ages = {w for w in words if w.endswith("-year-old")}
            if proper - ent.descriptors - {w.lower() for n in ent.names for w in n.split()}:
                continue  # "the Iraqi ambassador" is not the Soviet ambassador
            score = 0
            if heads & ent.descriptors:
                score += 2
            elif fallback and kind == "GPE" and ent.label == "GPE" and ent.name in lexicon.countries():
                score += 1  # "the government": the country written last
            elif head_word in ("newspaper", "paper", "magazine", "outlet", "broadcaster", "network") and \
                    set(names.org_key(ent.name).split()) & lexicon.publication_words():
                score += 2
            known_ages = {d for d in ent.descriptors if d.endswith("-year-old")}
            if ages and known_ages:
                if not ages & known_ages:
                    continue  # "the 67-year-old" is not the 72-year-old
                score += 3
            if not score:
                continue
            score += len((words - ages) & ent.descriptors)
            key = (score, max(before))
            if best is None or key > best_score:
                best, best_score = ent, key
        return best
