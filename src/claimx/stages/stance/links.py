"""Which claim a denial answers (``responds_to``): the best of the document's other statements,
scored as a reader links them.

- the denied object points back: "denied it/this", "disputed that notion", "rejected those
  charges" -> the statement just before (+3); "the
  allegations", "the charges", "such claims" -> an accusation or a claim (+2); "the report", "the
  story" -> a report, or a statement by a publication (+2);
- the statement told inside the denial ("denied reports that he had resigned": the reports) (+4);
- the words the two share: 2 for each content word of the denied proposition found in the
  candidate, 1 for a near-synonym ("call" ~ "conversation");
- the denial names the candidate's speaker ("Meissner's assumptions were untrue", "the
  president's claims") (+3); an accusation, claim or report is answered more often than other
  statements (+1);
- another speaker answers more often than the same one (+1); nearer is likelier (-0.1 per
  statement between);
- candidates come before the denial, or after it when the denial is in the first two paragraphs
  and the accusation is spelled out below (news leads put the denial first).
A denial that points back needs a score of 1.5, one that spells the proposition out needs 4 (two
shared words); below that ``responds_to`` stays null.
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..statement import Statement

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_NOT_TOPIC = {"deny", "occur", "happen", "take", "place", "ever", "say", "be", "have", "do", "report", "claim",
              "allegation", "accusation", "charge", "story", "true", "false", "untrue", "never", "reject",
              "dismiss", "dispute", "refute", "contradict", "any", "such"}
_ACCUSATIONS = {"allegation", "accusation", "charge", "claim", "assertion", "suggestion", "insinuation", "attack",
                "criticism", "complaint", "smear"}
_REPORTS = {"report", "story", "article", "reporting", "account", "coverage", "piece"}


class Contents:
    """Content lemmas of each statement, computed once per document."""

    def __init__(self, doc, statements: list[Statement]):
        self.doc, self.statements = doc, statements
        self._cache: dict[int, set[str]] = {}

    def lemmas(self, index: int) -> set[str]:
        if index not in self._cache:
            out = set()
            for s, e in self.statements[index].fragments:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    out.update(t.lemma_.lower() for t in span
                               if t.pos_ in CONTENT_POS and (t.pos_ in ("NOUN", "PROPN") or not t.is_stop))
            self._cache[index] = out
        return self._cache[index]


def _expand(lemmas: set[str]) -> set[str]:
    out = set(lemmas)
    for group in lexicon.synonym_groups():
        if lemmas & group:
            out |= group
    return out


def candidates(statements: list[Statement], index: int) -> list[int]:
    """The statements a denial at *index* may answer: earlier ones, and later ones from a lead."""
    own = statements[index]
    later = own.paragraph <= 1
    return [j for j in range(len(statements)) if j != index and (j < index or (later and j > index))
            and statements[j].fragments[0][0] != own.fragments[0][0]]


def answered(statements: list[Statement], index: int, contents: Contents, speakers: list[frozenset],
             root, pointing: bool = False) -> Optional[int]:
    """The index of the statement the denial at *index* answers (see the module docstring);
    *pointing* says that the denied words point back although *root* is no pronoun ("I never said
    that")."""
    target = contents.lemmas(index) - _NOT_TOPIC
    expanded = _expand(target)
    pointing = pointing or (root is not None and root.pos_ == "PRON" and root.lower_ in lexicon.POINTING_WORDS) or \
        _demonstrative(root)
    head = root.lemma_.lower() if root is not None else ""
    anaphoric = pointing or head in _ACCUSATIONS | _REPORTS or _points_back(contents.doc, statements[index])
    best, best_score = None, 0.0
    earlier = [j for j in candidates(statements, index) if j < index]
    named = _names_in(contents.doc, statements[index])
    for j in candidates(statements, index):
        other = contents.lemmas(j)
        score = 2 * len(target & other) + len((expanded - target) & other)
        cls = statements[j].cue_entry.cls if statements[j].cue_entry is not None else None
        if named & speakers[j]:
            score += 3  # "Meissner's assumptions were untrue": Meissner's statement
        if score and cls in ("accuse", "claim", "report", "suggest"):
            score += 1
        if pointing and earlier and j == earlier[-1]:
            score += 3
        if head in _ACCUSATIONS and cls in ("accuse", "claim"):
            score += 2
        if head in _REPORTS and (cls == "report" or _publication(speakers[j])):
            score += 2
        inside = any(s <= statements[j].fragments[0][0] < e for s, e in statements[index].fragments)
        if inside:
            score += 4  # "denied reports that ...": the reports told inside the denial
        if not score:
            continue
        if j > index and not inside and len(target & other) < 2 and not (head in _ACCUSATIONS | _REPORTS and cls in (
                "accuse", "claim", "report")):
            continue  # a later statement only when it spells the same thing out, or is the accusation
        if speakers[j] != speakers[index]:
            score += 1
        score -= 0.1 * min(10, abs(index - j) - 1)
        if score > best_score:
            best, best_score = j, score
    return best if best_score >= (1.5 if anaphoric else 4) else None


def _demonstrative(noun) -> bool:
    """"that notion", "those charges", "this argument": a noun that points at what was just said."""
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "those", "these") for c in noun.children) and not any(
        c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children)


def _names_in(doc, st: Statement) -> set[str]:
    """The names written in a statement's content, lower case, each word too ("Meissner")."""
    out: set[str] = set()
    for s, e in st.fragments:
        span = doc.char_span(s, e, alignment_mode="expand")
        for ent in (span.ents if span is not None else ()):
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                out.add(ent.text.lower())
                out.update(w.lower().strip("'\u2019s") for w in ent.text.split())
    return out


def _points_back(doc, st: Statement) -> bool:
    """The denied words point back ("such a call", "the reports", "these allegations") instead of
    spelling the proposition out ("the notion that ...")."""
    s, e = st.fragments[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    for t in span[:6]:
        noun = t.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.pointer_nouns() | lexicon.proposition_nouns():
            continue
        if any(c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ in ("of", "that", "about"))
               for c in noun.children):
            continue
        if t.lower_ in ("such", "these", "those", "that", "this") or (t.lower_ == "the" and noun.tag_ in ("NN", "NNS")):
            return True
    return False


def _publication(speaker: frozenset) -> bool:
    return any(set(name.split()) & lexicon.publication_words() for name in speaker)
