"""What a denial rejects, as a word of its own sentence: the object of a deny verb ("denied the
reports" -> reports), or what a falsity predicate is said of ("that is a distortion" -> that); whose
words it names ("Juan Miguel's comments" -> juan, miguel); whether it spells them out. Read by
``links.py`` to find the claim a denial answers."""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..speakers.names import is_acronym

NOT_NAMES = {"the", "a", "an", "mr.", "mrs.", "ms.", "dr.", "'s", "\u2019s"} | lexicon.PERSONAL_PRONOUNS | {
    "his", "her", "their", "its", "our", "my", "your", "who", "that", "which"}


def denied_object(root, reason: Optional[str] = None):
    """The word for what a denial rejects: the object of a deny verb ("denied the reports" ->
    reports, "denied it" -> it), or the subject of a falsity predicate ("that is a distortion" ->
    that, "Meissner's assumptions were untrue" -> assumptions); None for a spelled-out clause."""
    if root is None:
        return None
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    if reason != "falsity":
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if subject is not None and subject.lemma_.lower() in ("truth", "fact", "reality") and said is not None:
        return denied_object(said, reason)  # "the truth is that this is a manufactured issue": this
    if subject is not None and subject.lower_ == "it" and any(c.dep_ in ("advcl", "ccomp", "csubj") for c in root.children):
        return None  # "when I am described as a spy, it's not true": "it" is the clause beside it
    return subject


def spelled_out(noun) -> bool:
    """"reports that chemical weapons were used": the noun says what it denies, and points nowhere."""
    return any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in noun.children)


def owner_words(obj, reason: Optional[str]) -> set[str]:
    """Whose words the denied object rejects, as lower-case name words: the possessor of "Juan
    Miguel's comments" or "the president's claims"; the named subject of a falsity ("Clinton is
    lying about ...", "the G.A.O. had wrongly counted ...")."""
    if obj is None:
        return set()
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if poss is not None:
        words = [t for t in poss.subtree if t.pos_ in ("PROPN", "NOUN")]
    elif reason == "falsity" and obj.dep_ == "nsubj" and obj.pos_ == "PROPN" and (
            obj.ent_type_ in ("PERSON", "ORG") or is_acronym(obj.text)):
        words = [t for t in obj.subtree if t.pos_ == "PROPN"]
    else:
        return set()
    out = {t.lower_ for t in words} - NOT_NAMES
    return out | {" ".join(t.lower_ for t in words)} if out else set()


def called_as(obj) -> set[str]:
    """"dismissed X's comments as the words of Y": the lemmas of what the object is called, which
    say nothing of the words answered."""
    if obj is None or obj.dep_ != "dobj":
        return set()
    return {t.lemma_.lower() for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
