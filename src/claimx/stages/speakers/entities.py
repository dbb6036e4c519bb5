"""The document's entities: every person, organisation, place and group its names refer to.

Name mentions come from spaCy's entities (PERSON, ORG, GPE, NORP, FAC). They are clustered:

- a person's full name is one entity ("Vladimir Putin"); a surname or first name alone joins the
  person whose name ends or starts with it ("Putin"), the nearest earlier one when several do, and
  the one whose title matches when the text gives one ("King Hussein" is not Saddam Hussein);
- an organisation joins the one whose name it starts ("Intel" / "Intel Corp.", "Hewlett" /
  "Hewlett-Packard Co."), whose initials it is ("IBM" / "International Business Machines
  Corp."), or that it is defined for ("the Organization of Petroleum Exporting Countries (OPEC)");
- places and groups join the same written name.

The names as written come from ``written_names.py`` (the NER's entities corrected, and the names
it missed). Each entity keeps its written names (its canonical ``name`` is the longest full one), its gender
where a title, first name or role noun says it, and its descriptors: the titles, role nouns,
modifiers and ages the text writes next to it ("Russian President", "the Kremlin spokesman",
"Putin, 72,"), which definite descriptions ("the 72-year-old Russian leader") are matched against.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.attrs import ORTH

from .. import lexicon
from . import names
from .written_names import NAME_LABELS, Written, WrittenNames, org_like, token_indices

# titles that say which office a person holds: two of them that differ are two people
_RANKS = {"king", "queen", "prince", "princess", "president", "emir", "sheik", "sultan", "pope", "chancellor",
          "premier", "crown"}
# ranks a monarch or pontiff is always given: "King Hussein" is none of the plain Husseins
_ROYAL = {"king", "queen", "prince", "princess", "emir", "sheik", "sultan", "pope"}
_WORD = re.compile(r"[a-z][a-z\-]*|\d+-year-old")


@dataclass
class Entity:
    key: int
    label: str
    names: list[str] = field(default_factory=list)
    gender: Optional[str] = None
    descriptors: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)  # character offsets of its name mentions
    forms: list[tuple[int, str]] = field(default_factory=list)  # (offset, name as written) of each
    marks: list[tuple[int, frozenset]] = field(default_factory=list)  # (offset, descriptors written there) of each

    def described_before(self, char: int) -> set[str]:
        """The descriptors written with its mentions before *char*: what a reader knows of it there
        (not to be changed: all its descriptors when every mention is before *char*)."""
        if all(at < char for at, _ in self.marks):
            return self.descriptors
        return set().union(*(words for at, words in self.marks if at < char))

    def described_so_before(self, words: set[str] | frozenset, char: int) -> bool:
        """Was it described with one of *words* before *char*?"""
        return any(at < char and not words.isdisjoint(written) for at, written in self.marks)

    @property
    def name(self) -> str:
        """The longest full name written: most words, then most characters, then the first."""
        return max(self.names, key=lambda n: (len(n.split()), len(n), -self.names.index(n)))

    @property
    def plural(self) -> bool:
        return self.label == "NORP" and self.name.lower().endswith("s")



def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace(" - ", "-")))


class Entities(WrittenNames):
    """The entities of one document, and which tokens name which entity."""

    def __init__(self, doc, datelines: list[tuple[int, int]] = (), quoted: Optional[bytearray] = None,
                 text: Optional[str] = None):
        """*quoted*: the characters inside quotation marks (a quote's wording is not the writer's);
        *text*: ``doc.text``, when the caller has it (spaCy builds doc.text anew on every access)."""
        self.doc = doc
        self.text = doc.text if text is None else text
        self.quoted = quoted or bytearray(len(self.text))
        self.entities: list[Entity] = []
        self._inside: Optional[set[str]] = None
        self._at: dict[int, Entity] = {}  # token index -> entity, for every token of a name
        self._span: dict[int, tuple[int, int]] = {}  # token index -> (start, end) of its name mention
        filed = lambda ent: any(s <= ent.start_char < e for s, e in datelines)
        ents = doc.ents  # spaCy builds the spans anew on every access
        self._places = {ent.text for ent in ents if ent.label_ == "GPE" and " " not in ent.text}
        # surnames of full names ("Howard Dean"; not "Mr. President"): a title word can be one
        self._surnames = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2
                          and not names.is_title(ent[-2].text)}
        written = [w for w in (self._written(ent) for ent in ents if ent.label_ in NAME_LABELS and not filed(ent))
                   if w]
        written += self._untagged_names(ents)
        self._cluster(written)
        self._link_acronyms()
        for ent in self.entities:
            self._settle_gender(ent)

    # ------------------------------------------------------------------ lookup

    def at(self, token) -> Optional[Entity]:
        """The entity a token's name mention refers to (the token may be any word of the name)."""
        return self._at.get(token.i)

    def mention_span(self, token) -> Optional[tuple[int, int]]:
        return self._span.get(token.i)

    def matching(self, text: str, label: Optional[str] = None) -> Optional[Entity]:
        """The entity a written name (not found by the NER) refers to, if any: "Sun", "OPEC"."""
        written = names.clean(text)
        for ent in reversed(self.entities):
            if label and ent.label != label:
                continue
            if any(n.lower() == written.lower() for n in ent.names) or self._alias_of(written, ent):
                return ent
        return None

    def party_of(self, group: Entity) -> Optional[Entity]:
        """The party the article names after a group of its members: "the Republican Party" for
        "Republicans", "the Democratic Party" for "Democrats" (the group's word, without its plural
        "s", starting the first word of an organisation's name "... Party")."""
        if group.label != "NORP":
            return None
        stem = group.name.lower()
        stem = stem[:-1] if stem.endswith("s") else stem
        for ent in self.entities:
            if ent.label == "ORG" and any(len(n.split()) == 2 and n.split()[1].lower() == "party"
                                          and n.split()[0].lower().startswith(stem) for n in ent.names):
                return ent
        return None

    # ------------------------------------------------------------------ building


    def _new(self, w: Written) -> Entity:
        ent = Entity(len(self.entities), w.label)
        self.entities.append(ent)
        return ent

    def _attach(self, ent: Entity, w: Written) -> None:
        if w.text not in ent.names:
            ent.names.append(w.text)
        ent.mentions.append(w.char)
        ent.forms.append((w.char, w.text))
        written = {names.clean(t).lower().rstrip(".") for t in w.titles} | self._descriptors(w)
        ent.descriptors |= written
        ent.marks.append((w.char, frozenset(written)))
        if ent.gender is None:
            ent.gender = names.gender_of(w.titles, w.text if ent.label == "PERSON" else None)
        for i in range(w.start, w.end):
            self._at[i] = ent
            self._span[i] = (w.start, w.end)

    def _cluster(self, written: list[Written]) -> None:
        persons = [w for w in written if w.label == "PERSON"]
        full = [w for w in persons if not names.is_surname_only(w.text)]
        single = [w for w in persons if names.is_surname_only(w.text)]
        orgs = sorted((w for w in written if w.label in ("ORG", "FAC")), key=lambda w: (-len(w.text), w.char))
        for w in full:
            self._attach(self._person_for(w) or self._new(w), w)
        for w in orgs:
            self._attach(self._org_for(w) or self._new(w), w)
        for w in sorted(single, key=lambda w: w.char):
            self._attach(self._surname_for(w) or self._new(w), w)
        for w in (w for w in written if w.label in ("GPE", "NORP")):
            same = next((e for e in self.entities if e.label == w.label and w.text.lower() in
                         (n.lower() for n in e.names)), None)
            if same is None and " " not in w.text:
                person = self._surname_for(Written(w.start, w.end, "PERSON", w.text, w.titles, w.char), retag=False)
                same = person if person is not None and person.label == "PERSON" else None  # "Geremek" as a place
            self._attach(same or self._new(w), w)
        for ent in self.entities:
            ent.mentions.sort()

    def _person_for(self, w: Written) -> Optional[Entity]:
        first, last = names.person_parts(w.text)
        for ent in self.entities:
            if ent.label == "PERSON" and any(names.person_parts(n) == (first, last) for n in ent.names):
                return ent
        return None

    def _surname_for(self, w: Written, retag: bool = True) -> Optional[Entity]:
        """The person a one-word name refers to: by surname first, then first name; among several,
        the one whose title matches, else the one mentioned last before it, else the first; but a
        person only ever called by that one word comes first ("King Hussein" ... "Hussein said").
        With *retag*, a two-word "organisation" ending in that word becomes a person ("Homira
        Atimadi" tagged ORG, "Atimadi" PERSON), but not one the text writes with "the" ("the White
        House" is no person) nor for a one-word body written with "the" ("the House" is no
        surname); never for a place's word."""
        word = w.text
        same = [e for e in self.entities if e.label == "PERSON" and word in e.names]
        only = self._titles_agree([e for e in same if all(names.is_surname_only(n) for n in e.names)], w)
        if only:
            return self._closest(only, w)  # "King Hussein" ... "Hussein said": the one only ever called so
        for part in (1, 0):
            found = [e for e in self.entities if e.label == "PERSON" and any(
                names.person_parts(n)[part] == word for n in e.names if not names.is_surname_only(n))]
            found = self._titles_agree(found + [e for e in same if e not in found], w)
            if part == 1 and len(found) > 1:
                # news calls one of two namesakes by the first name ("Elian", "Saddam") so that
                # the surname alone is the other's: "Gonzalez said" is not Elian
                others = [e for e in found if not self._first_named(e, w.char)]
                found = others or found
            if found:
                return self._closest(found, w)

        tagged_org = [e for e in self.entities if e.label in ("ORG", "FAC") and any(
            len(n.split()) in (2, 3) and n.split()[-1] == word and not org_like(n) for n in e.names)
            and not self._with_article(e)]
        if tagged_org and retag:
            person = self._closest(tagged_org, w)
            person.label = "PERSON"  # "Homira Atimadi" tagged as an organisation, "Atimadi" as a person
            return person
        orgs = [e for e in self.entities if e.label in ("ORG", "FAC") and any(names.is_prefix_name(word, n) for n in e.names)]
        return self._closest(orgs, w) if orgs else None

    def _with_article(self, ent: Entity) -> bool:
        """Written with "the" somewhere ("the White House"): a body, whatever the tagger says."""
        return any(re.search(r"(?:^|\W)the\s+$", self.text[max(0, c - 6):c].lower()) for c in ent.mentions)

    def _first_named(self, ent: Entity, char: int) -> bool:
        """Has the writer (not a quote) called *ent* by the first name alone before *char*?"""
        firsts = {names.person_parts(n)[0] for n in ent.names if not names.is_surname_only(n)}
        return any(m < char and text in firsts and not self.quoted[m] for m, text in ent.forms)

    @staticmethod
    def _titles_agree(found: list[Entity], w: Written) -> list[Entity]:
        """Without the candidates whose titles contradict the mention's: "King Hussein" is not
        "Iraqi President Saddam Hussein", "Mrs. Clinton" is not "Bill Clinton"."""
        gender = names.gender_of(w.titles, None)
        if gender:
            found = [e for e in found if e.gender in (None, gender)]
        titled = {names.clean(t).lower().rstrip(".") for t in w.titles} & _RANKS
        if not titled:
            return found
        return [e for e in found if titled & e.descriptors or not (_RANKS & e.descriptors or titled & _ROYAL)]

    def _closest(self, found: list[Entity], w: Written) -> Entity:
        titled = {names.clean(t).lower().rstrip(".") for t in w.titles}
        matching = [e for e in found if titled & e.descriptors]
        if len(matching) == 1 or (matching and titled):
            found = matching
        before = [e for e in found if any(m < w.char for m in e.mentions)]
        if before:
            return max(before, key=lambda e: max(m for m in e.mentions if m < w.char))
        return found[0]

    def _org_for(self, w: Written) -> Optional[Entity]:
        if " " not in w.text and not names.is_acronym(w.text):
            body = w.start > 0 and self.doc[w.start - 1].lower_ == "the"  # "the House" is no one's surname
            person = self._surname_for(Written(w.start, w.end, "PERSON", w.text, w.titles, w.char), retag=not body)
            if person is not None and person.label == "PERSON":
                return person  # "Meissner" tagged as an organisation: the person of that name
        found = [e for e in self.entities if e.label in ("ORG", "FAC") and any(
            names.org_key(n) == names.org_key(w.text) or names.is_prefix_name(w.text, n)
            or names.is_clipped_name(w.text, n)
            or names.stands_for(w.text, n)
            or self._publication_alias(w.text, n) for n in e.names)]
        if not found:  # "Calder" after "Calder Mutual Building Society"
            found = [e for e in self.entities if e.label in ("ORG", "FAC")
                     and any(names.is_first_word_name(w.text, n) for n in e.names)]
        return self._closest(found, w) if found else None

    @staticmethod
    def _publication_alias(short: str, long: str) -> bool:
        """"The Post" is "The Washington Post": a newspaper's last word(s) stand for it."""
        s, l_ = names.org_key(short), names.org_key(long)
        return bool(s) and l_ != s and l_.endswith(" " + s) and bool(set(s.split()) & lexicon.publication_words())

    def _alias_of(self, written: str, ent: Entity) -> bool:
        if ent.label in ("ORG", "FAC"):
            return any(names.is_prefix_name(written, n) or names.is_clipped_name(written, n)
                       or names.stands_for(written, n)
                       for n in ent.names)
        if ent.label == "PERSON" and " " not in written:
            return any(written in names.person_parts(n) for n in ent.names if len(n.split()) >= 2)
        return False

    def _link_acronyms(self) -> None:
        """"the Organization of Petroleum Exporting Countries (OPEC)": the acronym is that name."""
        doc = self.doc
        for i in sorted(token_indices(doc, ORTH, doc.vocab.strings["("])):
            if not 1 <= i < len(doc) - 2 or doc[i + 2].text != ")" or not names.is_acronym(doc[i + 1].text):
                continue
            before = self._at.get(i - 1)
            after = self._at.get(i + 1)
            if before is None or after is before:
                continue
            if after is None:
                before.names.append(doc[i + 1].text)
                self._at[i + 1] = before
                self._span[i + 1] = (i + 1, i + 2)
                # the acronym's later mentions, clustered on their own before it was defined
                for other in [e for e in self.entities if e is not before and e.label == before.label
                              and doc[i + 1].text in e.names]:
                    self._merge(other, before)
            elif after.label == before.label:
                self._merge(after, before)

    def _merge(self, gone: Entity, into: Entity) -> None:
        into.names += [n for n in gone.names if n not in into.names]
        into.mentions = sorted(into.mentions + gone.mentions)
        into.forms += gone.forms
        into.descriptors |= gone.descriptors
        into.marks += gone.marks
        into.gender = into.gender or gone.gender
        for i, ent in list(self._at.items()):
            if ent is gone:
                self._at[i] = into
        self.entities.remove(gone)

    # ------------------------------------------------------------------ descriptors and gender

    def _descriptors(self, w: Written) -> set[str]:
        """Titles and role words written next to a name: "Russian President", "Kremlin spokesman",
        an apposition ("Dmitry Peskov, the Kremlin spokesman,"), an age ("Putin, 72,"); for an
        organisation its own name's words ("the ministry" / "Soviet Foreign Ministry") and "company"
        for a legal company name."""
        doc = self.doc
        words: set[str] = set()
        root = doc[w.start:w.end].root
        i = w.start - 1
        while i >= 0 and w.start - i <= 12 and "\n" not in doc[i].whitespace_ and (
                doc[i].pos_ in ("PROPN", "ADJ", "NOUN", "NUM") or doc[i].text in ("(", ")")
                or (doc[i].lower_ in ("of", "the") and i > 0 and (doc[i - 1].pos_ in ("PROPN", "NOUN")
                                                                   or doc[i - 1:i + 1].text.lower() == "of the"))):
            # "Russian President", "Director of the U.S. Federal Bureau of Investigation (FBI)"
            if i in self._at and self._at[i].label == "PERSON":
                break
            words |= _words(doc[i].text)
            i -= 1
        if i >= 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            words.add(f"{doc[i - 1].lower_}-{doc[i + 1].lower_}")  # "President-elect Bush", "great-uncle Tom"
        for child in root.children:
            if child.dep_ == "appos":
                words |= _words(" ".join(t.text for t in child.subtree))
                if child.like_num and child.text.isdigit() and 10 < int(child.text) < 110:
                    words.add(f"{child.text}-year-old")
        if root.dep_ == "appos":
            words |= _words(" ".join(t.text for t in root.head.subtree if t.i < w.start))
        if w.label in ("ORG", "FAC"):
            words |= _words(w.text)
            if names.org_key(w.text) != " ".join(x.lower().strip(".,") for x in w.text.split()):
                words.add("company")
        return words - {"the", "a", "an", "of", "and"}

    def _settle_gender(self, ent: Entity) -> None:
        if ent.label != "PERSON" or ent.gender is not None:
            return
        genders = lexicon.role_genders()
        found = {genders[d] for d in ent.descriptors if d in genders}
        if len(found) == 1:
            ent.gender = found.pop()
        else:
            for n in ent.names:
                g = lexicon.first_names().get(n.split()[0].lower()) if len(n.split()) >= 2 else None
                if g:
                    ent.gender = g
                    break
