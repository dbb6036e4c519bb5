"""Implicit denials by contradiction: a negated statement that says the opposite of what another
speaker's statement in the article asserted ("The Sun reported that Y met Z" ... Y: "I never met
Z"; "critics accused him of understating the cost" ... "we had never understated the cost").

The negated statement's main predicate (its verb, or what "be" says) must be a content word of the
other statement, which accuses, claims, reports or suggests (its cue's class), is not negated
itself, is made by someone else, and shares at least one more content word with it (not needed
when the denial says the thing does not exist: "there is no blacklist"); the best such statement
(most words shared, then nearest) is the one answered. Candidates are the earlier statements, and later ones when the denial stands in the
article's first two paragraphs.
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..statement import Statement
from .links import Contents, candidates
from .negation import negated_token

# what a denial answers: an accusation, a claim, a report, an insinuation
_ANSWERED = {"accuse", "claim", "report", "suggest"}
_LIGHT = {"be", "have", "do", "say", "think", "know", "want", "go", "get", "make", "take", "come", "see", "need",
          "believe", "mean", "can", "will", "would", "could", "should", "may", "might", "must"}
# verbs of saying that a speaker disowns: "I never said that", "he never pledged to ..."
_SAYING = {"say", "pledge", "promise", "claim", "suggest", "propose", "threaten", "vow", "advocate", "state", "call",
           "endorse", "predict", "compare"}
_WITHHOLDING = {"whether", "if", "when", "how", "what", "who", "why", "where", "which"}
_DISOWNED_OBJECTS = (lexicon.POINTING_WORDS - {"them", "these", "those"}) | {"anything", "such"}  # "said that/so/anything"


def predicate(root) -> Optional[str]:
    """The content word a clause predicates: its verb, or for "be" the noun or adjective it says."""
    if root is None:
        return None
    if root.lemma_.lower() == "be":
        attr = next((c for c in root.children if c.dep_ in ("attr", "acomp")), None)
        return attr.lemma_.lower() if attr is not None and attr.pos_ in ("NOUN", "ADJ", "PROPN") else None
    lemma = root.lemma_.lower()
    return lemma if root.pos_ in ("VERB", "NOUN", "ADJ") and lemma not in _LIGHT else None


def contradicted(statements: list[Statement], index: int, contents: Contents, speakers: list[frozenset],
                 negated: list[bool], root) -> Optional[int]:
    """The statement that the negated statement at *index* contradicts, if any."""
    word = predicate(root)
    if word is None:
        return None
    own = contents.lemmas(index)
    names = speakers[index]
    best, best_key = None, None
    for j in candidates(statements, index):
        cls = statements[j].cue_entry.cls if statements[j].cue_entry is not None else None
        if cls not in _ANSWERED or negated[j] or word not in contents.lemmas(j) or speakers[j] == names:
            continue
        shared = len((own & contents.lemmas(j)) - {word})
        if shared < 1 and not _nothing_of(root):
            continue
        key = (shared, -abs(index - j))
        if best_key is None or key > best_key:
            best, best_key = j, key
    return best


def disowned_words(root):
    """The verb of saying with which the speaker disowns words put in their mouth, or None: "I
    never said that", "he never pledged to kill ...", "I did not say it"; not "did not say
    whether he would run" or "never said when", which withhold an answer instead."""
    if root is None:
        return None
    for verb in [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
        if verb.lemma_.lower() not in _SAYING or verb.pos_ != "VERB":
            continue
        if any(t.lower_ in _WITHHOLDING and t.i > verb.i for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp", "advcl")
               for t in (c, *c.children) if t.dep_ in ("mark", "advmod", "dobj", "nsubj", "attr") or t is c):
            continue
        never = any(c.lower_ == "never" for c in verb.children)
        if never or (negated_token(verb) and points_back(verb)):
            return verb
    return None


def points_back(verb) -> bool:
    """The word after the verb points back and ends the clause ("said that.", "said it,"), read
    from the words because the parser often takes a bare "that" for a subordinator of the next
    verb."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or after.lower_ not in _DISOWNED_OBJECTS:
        return False
    return after.i + 1 == len(doc) or doc[after.i + 1].is_punct


def _nothing_of(root) -> bool:
    """"There is no quota", "There has never been a quota": the denial says that what the other
    statement names does not exist, and names nothing else to share."""
    if root is None or root.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in root.children):
        return False
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    return attr is not None and (any(c.dep_ == "det" and c.lower_ == "no" for c in attr.children)
                                 or any(c.lower_ == "never" for c in root.children))
