"""Stage 4: resolve speaker mentions to canonical names across the whole article.

- names: a PERSON written in full ("Vladimir Putin") is canonical; a surname or first name alone,
  or with an honorific ("Putin", "Ms Clinton"), is an alias of the full name that contains it;
  organizations keep their name without a leading "the" ("The Washington Post" -> "Washington Post");
- pronouns (he, she, they, it) take the nearest earlier subject outside quotes that is resolved to
  a person (he/she) or an organization (it/they);
- descriptions ("the 72-year-old Russian leader", "the president-elect", "the newspaper"): a role
  noun head; the words of the description are matched against the titles and modifiers written
  next to each name ("Russian President Vladimir Putin", "President-elect Donald Trump"); without a
  match, the nearest earlier speaker of the right kind.
Where nothing supports a name, ``name`` stays null and ``resolution`` is "unresolved".
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from . import lexicon

NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_WORD = re.compile(r"[a-z][a-z\-]*")
@dataclass
class Resolved:
    name: Optional[str]
    label: Optional[str]
    resolution: str


def _clean_name(text: str) -> str:
    text = re.sub(r"['\u2019]s?$", "", text.strip())
    return re.sub(r"^(the|The)\s+", "", text).strip()


def _strip_titles(words: list[str]) -> list[str]:
    titles = lexicon.titles()
    while words and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return words


class SpeakerResolver:
    """Canonical names for the entities of one document, built once per document."""

    def __init__(self, doc, quoted: bytearray):
        self.doc = doc
        self.quoted = quoted
        self.full_names: list[str] = []  # PERSON names with 2+ words, in order of appearance
        self.descriptors: dict[str, set[str]] = {}
        self.ent_of: dict[int, object] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
            if ent.label_ == "PERSON":
                words = _strip_titles(_clean_name(ent.text).split())
                if len(words) >= 2:
                    name = " ".join(words)
                    if name not in self.full_names:
                        self.full_names.append(name)
                    self.descriptors.setdefault(name, set()).update(self._descriptor_words(ent))
        self._subjects: list[tuple[int, Resolved]] = []
        self._positions: list[int] = []
        self._build_subjects()

    # ----------------------------------------------------------- building

    def _descriptor_words(self, ent) -> set[str]:
        """Titles and modifiers written next to a name: "Russian President", "President-elect"."""
        words: set[str] = set()
        root = ent.root
        for child in root.children:
            if child.i < ent.start and child.dep_ in ("compound", "amod", "nmod"):
                words.update(self._words(self.doc[child.left_edge.i:child.i + 1].text))
        # contiguous title words left of the entity (tagging often splits them off)
        i = ent.start - 1
        while i >= 0 and self.doc[i].pos_ in ("PROPN", "ADJ", "NOUN") and self.doc[i].ent_type_ not in ("PERSON",):
            words.update(self._words(self.doc[i].text))
            i -= 1
        i = ent.start - 1
        if i >= 2 and self.doc[i].text == "elect" and self.doc[i - 1].text == "-":
            words.add(self.doc[i - 2].lower_ + "-elect")
        for child in root.children:
            if child.dep_ == "appos":
                words.update(self._words(" ".join(t.text for t in child.subtree)))
        if root.dep_ == "appos":
            words.update(self._words(" ".join(t.text for t in root.head.subtree if t.i < ent.start)))
        return words - {"the", "a", "an", "of"}

    @staticmethod
    def _words(text: str) -> set[str]:
        return set(_WORD.findall(text.lower().replace(" - ", "-")))

    def _build_subjects(self) -> None:
        for tok in self.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.quoted[tok.idx]:
                continue
            res = self.resolve(tok, tok.idx)
            if res.name:
                self._positions.append(tok.idx)
                self._subjects.append((tok.idx, res))

    # ----------------------------------------------------------- resolving

    def canonical(self, text: str, label: str) -> tuple[str, str]:
        """(name, resolution) for a written name."""
        cleaned = _clean_name(text)
        words = _strip_titles(cleaned.split())
        titled = len(words) < len(cleaned.split())
        if not words:
            return cleaned, "direct"
        if len(words) == 1:
            for full in self.full_names:
                parts = full.split()
                if words[0] in (parts[-1], parts[0]):
                    return full, "title" if titled else "alias"
        if label != "PERSON":
            return cleaned, "direct"
        if len(words) >= 2:
            return " ".join(words), "title" if titled else "direct"
        return words[0], "title" if titled else "direct"

    def _previous(self, position: int, labels: tuple[str, ...]) -> Optional[Resolved]:
        k = bisect.bisect_left(self._positions, position)
        for j in range(k - 1, max(-1, k - 40), -1):
            res = self._subjects[j][1]
            if res.label in labels:
                return res
        return None

    def resolve(self, head, position: int) -> Resolved:
        """Resolve the mention headed by *head* at character *position*."""
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl" and head.head.head.i != head.i:
            antecedent = head.head.head  # "..., who said ...": the noun the clause hangs on
            res = self.resolve(antecedent, antecedent.idx)
            return Resolved(res.name, res.label, res.resolution)
        ent = self.ent_of.get(head.i)
        elect = head.text == "elect" and head.i >= 2 and head.nbor(-1).text == "-"
        if ent is not None and ent.label_ in NAME_LABELS and not elect:
            name, how = self.canonical(ent.text, ent.label_)
            return Resolved(name, "PERSON" if name in self.full_names else ent.label_, how)
        lower = head.lower_
        if head.pos_ == "PRON":
            if lower in lexicon.PERSON_PRONOUNS:
                prev = self._previous(position, ("PERSON",))
                return Resolved(prev.name, "PERSON", "pronoun") if prev else Resolved(None, None, "unresolved")
            if lower in lexicon.GROUP_PRONOUNS:
                prev = self._previous(position, ("ORG", "GPE", "NORP"))
                return Resolved(prev.name, prev.label, "pronoun") if prev else Resolved(None, None, "unresolved")
            return Resolved(None, None, "unresolved")
        if head.pos_ == "PROPN" and not elect:
            # a name the tagger did not label: treat as a person alias when it matches one
            name, how = self.canonical(" ".join(t.text for t in head.subtree if t.pos_ == "PROPN") or head.text, "PERSON")
            if name in self.full_names:
                return Resolved(name, "PERSON", how)
            return Resolved(_clean_name(head.text), None, "direct")
        return self._description(head, position)

    def _description(self, head, position: int) -> Resolved:
        roles = lexicon.roles()
        words = self._words(" ".join(t.text for t in head.subtree if t.dep_ not in ("relcl", "acl", "prep")))
        head_word = head.lower_
        if head.i >= 2 and head.text == "elect" and head.nbor(-1).text == "-":
            head_word = head.nbor(-2).lower_ + "-elect"
            words.add(head_word)
        kind = roles.get(head_word) or roles.get(head.lemma_.lower())
        if kind is None:
            return Resolved(None, None, "unresolved")
        if kind == "PERSON":
            best, best_score = None, 0
            for name in self.full_names:
                desc = self.descriptors.get(name, set())
                score = len((words - {head_word}) & desc) + (2 if head_word in desc else 0)
                if score > best_score:
                    best, best_score = name, score
            if best is not None and best_score >= 1:
                return Resolved(best, "PERSON", "description")
            prev = self._previous(position, ("PERSON",))
            return Resolved(prev.name, "PERSON", "description") if prev else Resolved(None, None, "unresolved")
        k = bisect.bisect_left(self._positions, position)
        publication = head_word in ("newspaper", "paper", "outlet", "network")
        for j in range(k - 1, -1, -1):
            res = self._subjects[j][1]
            if res.label == "ORG" and (not publication or self._words(res.name) & lexicon.publication_words()):
                return Resolved(res.name, "ORG", "description")
        return Resolved(None, None, "unresolved")
