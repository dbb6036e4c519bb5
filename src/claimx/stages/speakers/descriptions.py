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
from ..attribution.subjects import stray_determiner
from .affiliation import Affiliation, affiliation_of
from .entities import Entity

_INDEFINITE = {"a", "an", "another", "some", "one", "several", "many", "few", "two", "three", "four", "no", "any",
               "other", "most", "various", "numerous", "both", "all", "each", "certain"}
_DEFINITE = {"the", "this", "that", "these", "those"}
# writings and polls that speak for whoever made them ("the letter said", "the poll shows"; not a
# filing, which is made to a body: "an SEC filing"), and the verbs that say who made one
_AUTHORED = {"poll", "survey", "study", "report", "research", "analysis", "letter", "memo", "statement", "message",
             "book", "column", "editorial", "article", "speech", "ad"}
_MAKING = {"conduct", "commission", "write", "prepare", "produce", "compile", "sign", "draft", "pen"}


@dataclass
class Resolved:
    """What a speaker mention refers to. ``entity`` is None for people the text does not name."""

    name: Optional[str]
    label: Optional[str]
    resolution: str  # direct | alias | title | pronoun | description | unresolved
    entity: Optional[Entity] = None
    affiliation: Optional[Affiliation] = None
    group: tuple["Resolved", ...] = ()  # a mention of several: "Smith and Jones", "they" for them


def role_word(head) -> str:
    """The noun a description is headed by, a hyphenated one whole: "president-elect",
    "great-uncle", "front-runner" (parsed "front - runner")."""
    if head.i >= 2 and head.nbor(-1).text == "-" and not head.nbor(-1).whitespace_:
        return head.nbor(-2).lower_ + "-" + head.lower_
    return head.lemma_.lower()


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
        head_word = role_word(head)
        age = _age(head)
        kind = lexicon.roles().get(head_word) or lexicon.roles().get(head.lower_) or \
            ("PERSON" if age or (head.ent_type_ == "NORP" and head.tag_ in ("NN", "NNP")) else None)
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
        stray = stray_determiner(head)
        if stray is not None:
            dets.add(stray.lower_)  # '"...," the 31-year-old said' with "the" hung on "said"
        possessed = any(c.dep_ == "poss" for c in head.children)
        plural = head.tag_ in ("NNS", "NNPS")
        definite = bool(dets & _DEFINITE) or possessed or (head.pos_ == "PROPN" and not dets)
        if kind is None and head.pos_ == "NOUN" and head_word in _AUTHORED and not plural:
            author = self._author(head, possessor, definite)
            if author is not None:
                return Resolved(author.name, author.label, "description", author)
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
                entity = self._in_focus(head_word, proper, head)
            if entity is None and kind == "ORG" and possessor is None and not self._role_written(head_word, head.idx) \
                    and all(t.ent_type_ in ("NORP", "GPE") for t in modifiers if t.pos_ == "PROPN" or t.ent_type_):
                # "the South Korean chipmaker" after "SEOUL (Reuters) - Hanbit Electronics": where it is
                # from says nothing against the company in focus
                entity = self._body_in_focus(head_word, head.idx)
        if entity is None:
            return Resolved(None, None, "unresolved", affiliation=affiliation)
        return Resolved(entity.name, entity.label, "description", entity)

    def _author(self, head, possessor, definite: bool) -> Optional[Entity]:
        """Who a writing or a poll speaks for ("Greenberg's research suggests", "the Kremlin
        statement said", "the poll shows", "a letter signed by Gonzalez said"): the name it is
        written with (its possessor, the name before it, the name after "by" or "from", the agent
        of "signed", "issued", ...), or the subject of the verb that made or sent it ("Juan Miguel
        sent a letter asking ..."); else, for "the"/"this" one, who the text said made the last
        one it wrote of that noun before, the same way, or whose setting it is ("In a poll of 800
        voters, Democracy Corps found"), or, when that one was "the" one too, its author; nobody
        when the text does not say."""
        own = self._named_with(head, possessor) or self._maker(head, head)
        if own is not None or possessor is not None or not definite or any(
                c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in head.children):
            return own  # "the Kremlin statement": the Kremlin's, never an earlier one's author
        lemma = head.lemma_.lower()
        doc = self.doc
        last = next((t for t in reversed(doc[:head.i]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                     and not self.quoted[t.idx]), None)
        if last is None:
            return None
        named = self._named_with(last, next((c for c in last.children if c.dep_ == "poss"), None)) \
            or self._maker(last, head)
        if named is not None:
            return named
        if last.dep_ == "pobj" and last.head.dep_ == "prep" and last.head.lower_ == "in":
            # "In a poll of 800 voters, ... Democracy Corps found"
            return self._subject_entity(last.head.head, head)
        if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in last.children):
            earlier = self._resolve(last)  # "the poll shows ... The poll found": the same poll's
            return earlier.entity if earlier.entity is not None and earlier.entity.label in ("PERSON", "ORG") else None
        return None

    def _maker(self, noun, head) -> Optional[Entity]:
        """Who the verb that *noun* is the object of says made or sent it: "Gallup released a
        poll", "Juan Miguel sent a letter"."""
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.publish_verbs() | _MAKING:
            return self._subject_entity(noun.head, head)
        return None

    def _subject_entity(self, verb, head) -> Optional[Entity]:
        """The person or organisation subject of *verb*, written before *head*."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
        if subject is None or subject.i >= head.i:
            return None
        owner = self._resolve(subject)
        return owner.entity if owner.entity is not None and owner.entity.label in ("PERSON", "ORG") else None

    def _named_with(self, noun, possessor) -> Optional[Entity]:
        """The person or organisation written with a writing's noun: "Greenberg's research", "the
        Kremlin statement", "a report by the GAO", "a letter from Castro", "a letter signed by
        Gonzalez"."""
        tokens = ([possessor] if possessor is not None else []) + \
            [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i] + \
            [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
             for o in p.children if o.dep_ == "pobj"] + \
            [o for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN"
             for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for tok in tokens:
            owner = self._resolve(tok)
            if owner.entity is not None and owner.entity.label in ("PERSON", "ORG"):
                return owner.entity
        return None

    def _role_written(self, role: str, char: int) -> bool:
        """Has the text called anyone *role* (or a role of its group) before *char*?"""
        heads = lexicon.role_synonyms().get(role, frozenset()) | {role}
        return any(e.described_so_before(heads, char) for e in self.entities.entities)

    def _in_focus(self, role: str, proper: set[str], head) -> Optional[Entity]:
        """The person a definite description stands for when the text never used its noun
        ("Smith spoke ... The candidate said"): the nearest one-person subject or speaker, as "he"
        would, when the article has named that person more than once (or once, as the one person
        of the sentence before, with no word yet of what they are: "Theresa May arrived in
        Brussels. '...,' the prime minister said"), has given them no other
        office than the one the description names, and the description's proper words ("the Vermont senator") describe no other
        person and name no other place than the one written next to that person.
        Nobody when the nearest one is unnamed ("a spokesman ... The candidate said"). When the
        nearest one does not fit and was named only once, in passing, the one before it is still
        in focus ("Kasich spoke at CPAC. Sean Hannity asked Kasich ... The candidate said": Kasich)."""
        char = head.idx
        gender = lexicon.role_genders().get(role)

        def fits(r) -> bool:
            return r.kind == "person" and not r.plural and r.gender in (None, gender or r.gender)
        ref = self._nearest_referent(fits, char)
        entity = self._focus_fits(role, proper, head, ref)
        passing = ref is not None and ref.resolved.entity is not None \
            and sum(m < char for m in ref.resolved.entity.mentions) == 1
        if entity is None and passing:
            earlier = self._nearest_referent(lambda r: fits(r) and r.resolved.entity is not ref.resolved.entity, ref.char)
            entity = self._focus_fits(role, proper, head, earlier)
        return entity

    def _focus_fits(self, role: str, proper: set[str], head, ref) -> Optional[Entity]:
        """*ref*'s person, when the description *head* may stand for them (see :meth:`_in_focus`)."""
        char = head.idx
        r = ref.resolved if ref is not None else None
        if r is None or r.entity is None:
            return None
        offices = lexicon.titles() - lexicon.title_genders().keys() - {"dr"}
        said = r.entity.descriptors  # all the article says of them: what rules them out
        if role in offices and offices & said - lexicon.role_synonyms().get(role, frozenset()) - {role}:
            return None  # "President Smith ... The foreign minister said": not Smith (but "the candidate")
        named = sum(m < char for m in r.entity.mentions)
        # "the Swede", "the Frenchman": no office that another description could contradict
        nationality = head.ent_type_ == "NORP" or role in lexicon.nationality_nouns()
        if named < 2 and not (named == 1 and (nationality or not r.entity.described_before(char))
                              and self._alone_just_before(head, ref, lexicon.role_genders().get(role))):
            return None  # "Trump said ... Smith, a voter, said ... The nominee said": not Smith
        if proper - said:
            places = {w.lower() for e in self.entities.entities if e.label in ("GPE", "NORP")
                      for n in e.names for w in n.split()}
            if any(proper <= e.described_before(char) for e in self.entities.entities if e.label == "PERSON") or \
                    (proper & places and said & places):
                return None  # "The Indiana governor" when another was; "the Russian minister" for a U.S. one
        return r.entity

    def _alone_just_before(self, head, ref, gender: Optional[str] = None) -> bool:
        """Is referent *ref* in the sentence before *head*'s, the one person that sentence names
        (of the description's *gender*, when its noun has one: "Kolar's coach, Pierre Lambert,
        said ... '...,' the Frenchman said" names one man)?"""
        if head.sent.start == 0:
            return False
        before = self.doc[head.sent.start - 1].sent
        while before.start > 0 and all(self.quoted[t.idx] or t.is_punct or t.is_space for t in before):
            before = self.doc[before.start - 1].sent  # '"Daria won. That's sport," the Italian said': before the quote
        if ref.char < before.start_char:
            return False
        people = {e.key for e in self.entities.entities if e.label == "PERSON" and e.gender in (None, gender or e.gender)
                  and any(before.start_char <= m < before.end_char for m in e.mentions)}
        if ref.char < before.end_char:
            people.add(ref.resolved.entity.key)  # "Ricci, who ..., said": a surname the NER tagged no name
        return people == {ref.resolved.entity.key}

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
                 and e.described_so_before({role}, char)]
        owned = [e for e in found if marks & e.described_before(char)]
        if not owned:
            # "great-uncle Lazaro Gonzalez" ... "Elian's great-uncle": the only one so described,
            # when no one's name was written with it ("Smith's lawyer, Tom Hale" is Smith's)
            people = {w.lower() for e in self.entities.entities if e.label == "PERSON" for n in e.names for w in n.split()}
            owned = found if len(found) == 1 and lexicon.roles().get(role) == "PERSON" \
                and not found[0].described_before(char) & people else []
        return max(owned, key=lambda e: max(m for m in e.mentions if m < char)) if owned else None

    def described_as(self, noun) -> Optional[Entity]:
        """The entity a bare role noun stands for here ("Company officials": the company)."""
        kind = lexicon.roles().get(noun.lemma_.lower())
        return self._described(kind, noun.lemma_.lower(), set(), set(), noun.idx, fallback=False) if kind else None

    def _names_an_organisation(self, word: str, char: int) -> bool:
        """Has the text called an organisation *word* before, or named one of that kind ("the force"
        after "Greater Manchester Police"; not "the naval interdiction force" with no police named)?"""
        words = {word} | lexicon.body_name_words().get(word, frozenset())
        return any(e.label in ("ORG", "FAC") and e.described_so_before(words, char) for e in self.entities.entities)

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
        if kind == "ORG":
            heads |= lexicon.body_name_words().get(head_word, frozenset())  # "the airline": "Coastal Airways"
        best, best_score = None, 0
        for ent in self.entities.entities:
            before = [m for m in ent.mentions if m < char]
            if not before:
                continue
            if kind == "PERSON" and ent.label != "PERSON":
                continue
            if kind == "ORG" and ent.label not in ("ORG", "FAC"):
                continue
            known = ent.described_before(char)  # what the text has said of it so far: what matches
            if kind == "GPE" and ent.label != "GPE" and not (ent.label == "ORG" and head_word in known):
                continue
            ages = {w for w in words if w.endswith("-year-old")}
            if proper - ent.descriptors - {w.lower() for n in ent.names for w in n.split()}:
                continue  # "the Iraqi ambassador" is not the Soviet ambassador
            score = 0
            if heads & known:
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
            score += len((words - ages) & known)
            key = (score, max(before))
            if best is None or key > best_score:
                best, best_score = ent, key
        return best
