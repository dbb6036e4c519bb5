"""Ranking features of ``links.py`` that read the denial against one candidate statement: a
denial "also" made answers what the denial before it answered, a denied noun that names the
candidate's speaker ("the report" ~ "The report said"), a candidate that names the denier (the
accused answers the accusation), and a denied figure answers a statement with a number."""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..statement import Statement
from .rejected import NOT_NAMES

ALSO_WORDS = frozenset({"also", "too", "likewise", "similarly", "equally"})


def also_denied(st: Statement) -> bool:
    """Is the denial made "also" ("The minister also denied it", "were also rejected by"): one
    more speaker answering what the denial before it answered?"""
    cue = st.cue_head
    return cue is not None and any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in cue.children)


def said_of(noun) -> bool:
    """Does the noun say what it is about ("reports of an engagement", "claims about his past")?
    Then it names reports of its own, not the ones the denial before answered."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "about", "on") for c in noun.children)


def earlier_answer(index: int, answers: dict) -> Optional[int]:
    """What the last denial before *index* that answers something answered, or None ("The Times reported that ... The
    party denied it. The donor also denied it": the Times's report)."""
    before = [k for k in answers if k < index and answers[k] is not None]
    return answers[before[-1]] if before else None


def names_speaker(head: str, speaker: frozenset) -> bool:
    """Does the denied noun name the candidate's speaker ("denied the report" ~ "The report said
    ...", "called the story false" ~ "The article said")? Near-synonyms count."""
    if not head:
        return False
    words = {head}
    for group in lexicon.synonym_groups():
        if head in group:
            words |= group
    return bool(words & {w for name in speaker for w in name.split()} - NOT_NAMES)


ACCUSING = frozenset({"accuse", "claim", "report", "suggest", "warn"})


def names_denier(doc, candidate: Statement, denier: frozenset, same: bool, bodies: frozenset = frozenset()) -> bool:
    """Does the candidate accuse the denier: an accusation, claim or report that names them
    ("Britain blamed Moscow for the attack ... Moscow denied any involvement"), or a statement
    whose subject they are ("Care groups say the Home Office has stopped issuing licences"; not
    "The address was Obama's response", nor "He's Donald Trump")? Not the denier's own words
    (*same*: one speaker). The denier's full name or its last word ("Gonzalez"), not any word of it
    ("American officials" is not named by "the American goal"); the body the denier speaks for
    too (*bodies*: "A Ferrovale spokeswoman said ..." after "X accused Ferrovale of ...")."""
    if same or not denier:
        return False
    full = {n.removeprefix("the ") for n in denier if not any(n != m and n in m.split() for m in denier)} - NOT_NAMES
    accusing = candidate.cue_entry is not None and candidate.cue_entry.cls in ACCUSING
    wanted = full | {n.split()[-1] for n in full if len(n.split()) > 1}  # "Gonzalez" for Juan Miguel Gonzalez
    for s, e in candidate.fragments:
        span = doc.char_span(s, e, alignment_mode="expand")
        for ent in (span.ents if span is not None else ()):
            text = ent.text.lower().removeprefix("the ")
            if ent.label_ in ("PERSON", "ORG", "GPE") and (text in wanted or names_body(text, bodies)) and (
                    accusing or ent.root.dep_ in ("nsubj", "nsubjpass")):
                return True
        if accusing and span is not None and any(t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ in ("dobj", "nsubj")
                                                 and names_body(t.lower_, bodies) for t in span):
            return True  # "accused Ferrovale of ...": a company name the NER missed
    return False


_NOT_INITIALS = frozenset({"of", "the", "and", "for", "&", "on", "in"})


def names_body(text: str, bodies: frozenset) -> bool:
    """Is *text* (lower case) a name of one of the organisations: its first words ("ferrovale" for
    Ferrovale Automotive) or its initials ("g.a.o." or "gao" for the Government Accountability
    Office)?"""
    if not text:
        return False
    return any(name.split()[:len(text.split())] == text.split() for name in bodies) or initials_of(text, bodies)


def initials_of(text: str, names) -> bool:
    """Is *text* the initials of one of the names of several words ("g.a.o." or "gao": government
    accountability office; "of", "the", "and" skipped)?"""
    short = text.replace(".", "")
    if len(short) < 2 or not short.isalpha():
        return False
    return any(short == "".join(w[0] for w in name.split() if w not in _NOT_INITIALS)
               for name in names if len(name.split()) >= 2)


def tells_number(doc, candidate: Statement) -> bool:
    """Does the candidate's content give a number ("spent $180 million", "80 percent of flights")?"""
    for s, e in candidate.fragments:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                                    for t in span):
            return True
    return False



def body_owner(obj) -> str:
    """The common noun for a body whose words the denied object names ("disputed the force's
    account", "called the group's allegations misleading": force, group), or ""."""
    poss = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
    if poss is None or poss.pos_ != "NOUN" or poss.tag_ != "NN":
        return ""
    word = poss.lemma_.lower()
    return word if lexicon.roles().get(word) == "ORG" or word in lexicon.body_name_words() else ""


def _name_words(names: frozenset) -> set[str]:
    return {w for name in names for w in name.split()} - NOT_NAMES


def body_statements(word: str, pool: list[int], index: int, speakers: list[frozenset], bodies: list[frozenset]) -> set[int]:
    """The statements of the body a description names as the owner of the denied words ("the
    force's account" after "Greater Manchester Police said ..."): the organisation that spoke, or
    whose spokesman spoke, nearest before the denial (after it, for none before), first one whose
    name ends in the noun or a word of its kind ("the force" ~ Greater Manchester Police, not the
    Office for Police Conduct), then one whose name holds it; never the denier's own, and none
    when a speaker is so called ("a doctors' union" for "the union's account")."""
    if not word or any(word in speakers[j] for j in pool):
        return set()
    kind = {word} | lexicon.body_name_words().get(word, frozenset())
    order = [j for j in reversed(pool) if j < index] + [j for j in pool if j > index]
    spoke = [j for j in order if bodies[j] and not bodies[j] & bodies[index]]
    ending = [j for j in spoke if kind & {name.split()[-1] for name in bodies[j]}]
    named = [j for j in spoke if kind & _name_words(bodies[j])]
    first = (ending or named or spoke or [None])[0]
    return {j for j in pool if first is not None and bodies[j] & bodies[first] and not bodies[j] & bodies[index]}


def spoken_for(owner: set[str], pool: list[int], bodies: list[frozenset]) -> set[int]:
    """The statements made for the organisation whose words are denied ("disputed Acme's account"
    ~ "an Acme spokesman said ..."): a spokesman reading its statement is the body."""
    return {j for j in pool if owner & _name_words(bodies[j])} if owner else set()
