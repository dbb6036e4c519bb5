"""Names as the text writes them: spaCy's entities trimmed and corrected (titles, "the", a news
outlet before its journalist, "Avon and Somerset Police" cut at "and", "Regional officer Dai
Pritchard" tagged as an organisation), and the people's names the NER missed ("Theresa May" read
as a date, "Mrs Ellis" without a full stop, "M. Dane Waters") and the bodies' names it missed
that a company word ends ("Freedom Corps"). :class:`WrittenNames` is the part
of :class:`~claimx.stages.speakers.entities.Entities` that finds them; entities.py clusters them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from spacy.attrs import DEP, ORTH, POS
from spacy.parts_of_speech import PROPN

from .. import lexicon
from . import names

NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")


@dataclass
class Written:
    start: int  # first token of the name, titles excluded
    end: int
    label: str
    text: str  # the name without titles
    titles: list[str]
    char: int



def org_like(name: str) -> bool:
    """Does a name read like an organisation's (a suffix, a role noun, a lower-case word)?"""
    words = name.replace("-", " ").split()
    return any(not w[:1].isupper() or "." in w or (w.isupper() and len(w) > 1)
               or w.lower().rstrip(".") in lexicon.org_suffixes() or w.lower() in lexicon.roles()
               or w.lower() in lexicon.publication_words() for w in words)


def token_indices(doc, attr, value) -> set[int]:
    """The indices of the tokens whose *attr* (a ``spacy.attrs`` id) is *value*, read from the
    parse's array in one go."""
    return set((doc.to_array(attr) == value).nonzero()[0].tolist())


def _person_word(tok) -> bool:
    """A role or title that only a person holds, right before a name: "officer", "spokeswoman", "Dr"."""
    return lexicon.roles().get(tok.lower_) == "PERSON" or tok.lower_.rstrip(".") in lexicon.HONORIFICS


def _first_name_before(doc, ent) -> int:
    """Where a person's name starts when the NER tagged only its surname: a known first name
    right before it, untagged and on the same line ("Ellie Brennan scored" with "Brennan" alone a
    PERSON); the span's start otherwise."""
    if ent.start == 0:
        return ent.start
    prev = doc[ent.start - 1]
    if prev.ent_type_ == "" and prev.lower_ in lexicon.first_names() and prev.text[:1].isupper() \
            and prev.whitespace_ == " ":
        return ent.start - 1
    return ent.start


class WrittenNames:
    """Where the names of a document are written (mixed into ``Entities``, whose ``doc``,
    ``_places``, ``_surnames`` and ``_inside`` it reads)."""

    def _written(self, ent) -> Optional[Written]:
        doc = self.doc
        label = ent.label_
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].tag_ == "NNS" and ent[0].dep_ == "nsubj" \
                and label in ("ORG", "PERSON") and ent[0].text not in self._capitalized_inside():
            return None  # "Neighbours said ...": a plural common noun capitalized by its place, no name
        start = ent.start
        if label == "GPE" and len(ent) == 1 and self._company_first_word(ent[0].text):
            label = "ORG"  # "Belmont said" after "Belmont Appliance Co.", the word read as a town
        if label == "ORG" and ent.end - ent.start >= 3:
            start = self._person_inside(ent)
            label = "PERSON" if start > ent.start else label
        if label == "PERSON" and ent.end - ent.start >= 2 and doc[ent.start].text in self._places \
                and doc[ent.start].lower_ not in lexicon.first_names():
            label = "ORG"  # "Manchester United", "Aston Villa" with "Manchester" a place of the article: a club
        if label == "ORG" and ent.start > 0 and ent.end - ent.start >= 2 and _person_word(doc[ent.start - 1]) \
                and all(t.pos_ == "PROPN" for t in ent) and not org_like(ent.text):
            label = "PERSON"  # "Regional officer Dai Pritchard" tagged as an organisation: a role names a person
        if label == "ORG" and self._person_tagged_org(ent):
            label = "PERSON"
        person = label == "PERSON"
        if person:
            start = _first_name_before(doc, ent)
        if label == "ORG":
            start = ent.start - 2 if self._joined_to_word_before(ent.start) else self._joined_start(ent)
        elif len(ent) == 1 and ent.end + 1 < len(doc) and self._joined_to_word_before(ent.end + 1):
            return None  # "Kingsmere" of "Kingsmere and District NHS Foundation Trust": part of the body's name
        while start < ent.end and (doc[start].lower_ == "the" or (person and names.is_title(doc[start].text))):
            if start == ent.end - 1 and doc[start].text in self._surnames:
                break  # "Dean, a former chairman," after "Howard Dean": the surname, not the title
            start += 1
        end = ent.end
        for i in range(start, end):
            if doc[i].text == "(" or (doc[i].text in ("-", "\u2014", "\u2013", "--", ":") and doc[i - 1].whitespace_):
                end = i  # "Tax Policy Center - half": the name ends at the dash
                break
            if person and doc[i].tag_ == "POS" and i + 1 < end and doc[i + 1].text[:1].isupper():
                start = i + 1  # "Democracy Corps' Stan Greenberg", "Leeds University's Lopez": the name after it
        if person and end - start >= 3:
            first = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in lexicon.first_names()), None)
            if first is not None and doc[start].lower_ not in lexicon.first_names():
                start = first  # "Fox News Sean Hannity": the name starts at the first name
        while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", ".", ",") or doc[end - 1].is_punct):
            end -= 1
        if person and end - start >= 2:
            # "Obama Says Museum Will ...", "Trump Says He Never": a headline's verb read into the name
            end = next((k for k in range(start + 1, end) if names.is_headline_verb(doc[k].text)), end)
            if doc[start].is_sent_start and names.is_inverted_cue(doc[start].text):
                start += 1  # "Stated Stone:", "Added Smith,": the speech verb before the name
        if end <= start:
            return None
        if person and doc[end - 1].tag_ in ("NNS", "NNPS") and (doc[end - 1].lemma_.lower() in lexicon.roles()
                                                               or doc[end - 1].lower_.rstrip("s") in lexicon.roles()):
            return None  # "Tory MPs", "Labour officials": people described, not named
        if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
                and (names.is_title(doc[start].text) or doc[start].lower_ in lexicon.nationality_nouns()) \
                and lexicon.roles().get(doc[start].lower_) == "PERSON":
            return None  # "the Premier said", "the Frenchman said" tagged as a name: a title or a
            # nationality's noun alone is never one ("Mr. King" is a name)
        text = names.clean(doc[start:end].text)
        if not text or (person and names.person_name(text) is None and text not in self._surnames):
            return None
        titles = [t.text for t in doc[ent.start:start] if t.lower_ != "the" and (ent.label_ == "PERSON" or names.is_title(t.text))]
        i = min(start, ent.start) - 1
        while i >= 0 and names.is_title(doc[i].text) and "\n" not in doc[i].whitespace_:
            titles.insert(0, doc[i].text)
            i -= 1
        return Written(start, end, label, text, titles, doc[start].idx)

    def _person_tagged_org(self, ent) -> bool:
        """Is the organisation's span *ent* a person's name: a known first name and one more
        capitalized word that the text also writes alone ("Sofia Ricci" tagged ORG, then "Ricci,
        who ..."), and nothing of an organisation's name in it?"""
        doc = self.doc
        if len(ent) != 2 or ent[0].lower_ not in lexicon.first_names() or org_like(ent.text) \
                or not all(t.pos_ == "PROPN" for t in ent):
            return False
        return any(i != ent.end - 1 and doc[i - 1].text != ent[0].text for i in token_indices(doc, ORTH, ent[1].orth))

    def _company_first_word(self, word: str) -> bool:
        """Is *word* the first word of a company's legal name in the text ("Belmont Appliance Co.")
        and no country's name?"""
        return word in self._company_words and word not in lexicon.countries()

    @cached_property
    def _company_words(self) -> frozenset:
        """The first words of the text's company names ("Belmont" of "Belmont Appliance Co.")."""
        return frozenset(e[0].text for e in self.doc.ents if len(e) >= 2 and e.label_ == "ORG"
                         and e[-1].lower_.rstrip(".") in lexicon.org_suffixes())

    def _capitalized_inside(self) -> set[str]:
        """Words written capitalized somewhere other than at a sentence's start: names, not words
        capitalized by their place ("Dataproducts Corp. said" somewhere makes "Dataproducts" one)."""
        if self._inside is None:
            self._inside = {t.text for t in self.doc if not t.is_sent_start and t.text[:1].isupper()}
        return self._inside

    def _joined_start(self, ent) -> int:
        """Where an organisation's name starts when the NER cut it at a joining word: "Avon and
        Somerset Police", "the Pharmacy and Poisons Board" tagged from the word after "and" (the
        words before it hang on the name's head in the parse and are capitalized)."""
        doc = self.doc
        left = min(ent.root.left_edge.i, ent.start)
        words = doc[left:ent.start]
        if not words or words[0].lower_ == "the" and len(words) == 1:
            return ent.start
        if words[0].lower_ == "the":
            words = words[1:]
        joined = any(t.lower_ in ("and", "&", "of", "for") for t in words)
        if joined and words[0].text[:1].isupper() and words[-1].lower_ in ("and", "&", "of", "for") and all(
                t.text[:1].isupper() or t.lower_ in ("and", "&", "of", "for") for t in words):
            return words[0].i
        return ent.start

    def _joined_to_word_before(self, i: int) -> bool:
        """Does the organisation's span starting at token *i* take in the one capitalized word
        before "and" that the NER tagged apart ("Kingsmere and District NHS Foundation Trust" read
        as PERSON "Kingsmere" and ORG "District NHS Foundation Trust")? Only for a body's name of
        three words or more that ends in a body's noun, the word no known first name nor a
        person's surname of the text ("Obama and Congress" stays two names)."""
        doc = self.doc
        if i < 2 or doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "B" or doc[i - 1].lower_ not in ("and", "&"):
            return False
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        word = doc[i - 2]
        return end - i >= 3 and doc[end - 1].lower_ in lexicon.body_nouns() and word.pos_ == "PROPN" \
            and word.text[:1].isupper() and (word.ent_iob_ == "B" or not word.ent_type_) \
            and (i < 3 or not doc[i - 3].text[:1].isupper()) \
            and word.lower_ not in lexicon.first_names() and word.text not in self._surnames

    def _person_inside(self, ent) -> int:
        """Where a person's name starts inside a span tagged as an organisation: a news outlet and
        its journalist read as one name ("Sky News Sean Hannity": the outlet's words, then a first
        name and a surname, none of them an organisation's word); the span's start when there is none."""
        doc = self.doc
        for k in range(ent.start + 1, ent.end - 1):
            outlet, person = doc[ent.start:k], doc[k:ent.end]
            if doc[k].lower_ in lexicon.first_names() and len(person) <= 3 and doc[k - 1].whitespace_ \
                    and any(t.lower_ in lexicon.publication_words() for t in outlet) \
                    and not any(t.lower_ in lexicon.first_names() for t in outlet) \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in person) \
                    and not org_like(person.text) and not any(t.text in lexicon.countries() for t in person):
                return k
        return ent.start

    def _untagged_names(self, ents) -> list[Written]:
        """The people's and organisations' names the NER missed (see the two methods below)."""
        covered = {i for ent in ents if ent.label_ in NAME_LABELS for i in range(ent.start, ent.end)}
        proper = token_indices(self.doc, POS, PROPN)  # read once: a token's attributes cost a lookup each
        people = self._untagged_people(covered, proper)
        covered.update(i for w in people for i in range(w.start, w.end))
        return people + self._untagged_organisations(covered, proper)

    def _untagged_people(self, covered: set[int], proper: set[int]) -> list[Written]:
        """Names the NER missed that a first name, an initial, a person's role or title before them
        ("Election Commissioner Ashok Deshmukh") or an honorific marks as a person's
        (*covered*: the tokens of the NER's names, *proper*: the proper nouns' tokens):
        "Theresa May" (read as a date), "Boris Johnson" when untagged, "M. Dane Waters": a known
        first name, or a capital's initial and a capitalized word, with the capitalized words after
        it; the last of them may be one the tagger took for a common noun ("Waters")."""
        doc = self.doc
        out = []
        after = 0  # the first token after the last name read
        for i in sorted(proper):
            if i < after or i in covered:
                continue
            if i >= len(doc) - 1:
                break
            tok = doc[i]
            initial = len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and i + 1 in proper \
                and i + 1 not in covered and doc[i + 1].text[:1].isupper() and not names.is_title(doc[i + 1].text)
            after_role = i > 0 and (_person_word(doc[i - 1]) or names.is_title(doc[i - 1].text)) \
                and not _person_word(tok) and not names.is_title(tok.text)
            if tok.lower_ not in lexicon.first_names() and not initial and not after_role:
                continue
            j = i + 1
            while j < len(doc) and j in proper and j not in covered and doc[j].text[:1].isupper() \
                    and not (after_role and (_person_word(doc[j]) or names.is_title(doc[j].text))):
                j += 1
            if j < len(doc) and j not in covered and self._surname_as_noun(doc[j]):
                j += 1
            if j - i >= 2 and doc[j - 1].ent_type_ in ("", "PERSON", "DATE"):
                titles = []
                k = i - 1
                while k >= 0 and names.is_title(doc[k].text):
                    titles.insert(0, doc[k].text)
                    k -= 1
                out.append(Written(i, j, "PERSON", doc[i:j].text, titles, tok.idx))
            after = j
        return out + self._honorific_people(covered, proper)

    def _untagged_organisations(self, covered: set[int], proper: set[int]) -> list[Written]:
        """Company and body names the NER missed that their last word marks as one's: "Freedom
        Corps' Stan Webb", "Acme Holdings": two or more capitalized proper nouns, untagged (not in
        *covered*, the tokens of the names read so far), ending in a word of org_suffixes.txt or
        body_nouns.txt ("Calder Mutual Building Society")."""
        doc = self.doc
        out = []
        after = 0
        for i in sorted(proper):
            if i < after or i in covered or not doc[i].text[:1].isupper() or names.is_title(doc[i].text):
                continue
            j = i
            while j in proper and j not in covered and doc[j].text[:1].isupper():
                j += 1
            after = j
            last = doc[j - 1].lower_.rstrip(".")
            if j - i >= 2 and (last in lexicon.org_suffixes() or last in lexicon.body_nouns()):
                out.append(Written(i, j, "ORG", doc[i:j].text, [], doc[i].idx))
        for i in sorted(token_indices(doc, DEP, doc.vocab.strings["nsubj"])):
            end = self._name_with_preposition(doc[i], covered)
            if end is not None:
                out.append(Written(i, end, "ORG", doc[i:end].text, [], doc[i].idx))
        return out

    @staticmethod
    def _name_with_preposition(tok, covered: set[int]) -> Optional[int]:
        """The end of a body's name the NER missed that a capitalized subject noun without an
        article opens and "for"/"of" and a capitalized name continue ("Transport for Wales said",
        "Friends of the Earth said"): not a person's role or title ("Minister for Health"); else None."""
        doc = tok.doc
        i = tok.i
        if i in covered or i + 2 >= len(doc) or not tok.text.istitle() or tok.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ in ("det", "poss") for c in tok.children) or names.is_title(tok.text) \
                or lexicon.roles().get(tok.lemma_.lower()) == "PERSON":
            return None
        prep = doc[i + 1]
        if prep.lower_ not in ("for", "of") or prep.head.i != i:
            return None
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not obj.text[:1].isupper() \
                or any(k in covered and doc[k].ent_type_ in ("ORG", "PERSON") for k in range(i + 2, obj.i + 1)):
            return None  # "Head of Policy Ann Lee": a person's name after it
        if not all(doc[k].text[:1].isupper() or doc[k].lower_ == "the" for k in range(i + 2, obj.i + 1)):
            return None
        return obj.i + 1

    def _honorific_people(self, covered: set[int], proper: set[int]) -> list[Written]:
        """Names the NER missed or mislabelled that an honorific marks as a person's, as UK copy
        writes them without a full stop: "Mrs Ellis said" (read as a work of art), "Ms Marsh";
        *covered*: the tokens of the NER's names, *proper*: the proper nouns' tokens."""
        doc = self.doc
        out = []
        for i in sorted(proper):
            tok = doc[i]
            if i + 1 not in proper or i + 1 in covered or tok.lower_.rstrip(".") not in lexicon.HONORIFICS \
                    or not tok.text[:1].isupper():
                continue
            j = i + 1
            while j in proper and doc[j].text[:1].isupper() and j not in covered and not names.is_title(doc[j].text):
                j += 1
            if j > i + 1:
                out.append(Written(i + 1, j, "PERSON", doc[i + 1:j].text, [tok.text], doc[i + 1].idx))
        return out

    @staticmethod
    def _surname_as_noun(tok) -> bool:
        """A capitalized word inside a sentence, after a name's first words, that the tagger read
        as a common noun ("M. Dane Waters"): not a role, title or company word, and the name's end."""
        doc = tok.doc
        return tok.tag_ in ("NN", "NNS") and tok.text.istitle() and not tok.is_sent_start \
            and tok.lower_ not in lexicon.roles() and not names.is_title(tok.text) \
            and tok.lower_.rstrip(".") not in lexicon.org_suffixes() \
            and (tok.i + 1 == len(doc) or not doc[tok.i + 1].text[:1].isupper())
