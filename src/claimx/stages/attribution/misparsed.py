"""Clauses the parser hung somewhere else than on their cue verb: on a noun of the phrase after the
verb ("said in one of a series of messages that ..."), on the medium ("said in a release he issued
a subpoena") or on the one told ("told a radio station that Banks had been paid"). Each is the
cue's clause when nothing else is.
"""
from __future__ import annotations

from .. import lexicon
from .context import SUBJECT_DEPS
from .subjects import agent_of


def misparsed_clause(verb, children) -> list:
    """The clause of cue *verb* that the parser hung elsewhere, as a one-item list, or []."""
    found = that_clause_in_phrase(verb, children)
    return [found] if found is not None else clause_under_medium(verb, children) or clause_under_addressee(verb, children)


def that_clause_in_phrase(verb, children):
    """"said in one of a series of messages that the truck was armed", "said on CNN, where he works,
    that ...": a that-clause the parser hung on a noun of the phrase between the cue and the clause
    (a relative clause of "messages" whose "that" is a conjunction, not its subject or object; a
    noun's own clause, "guarantees that ...", parsed as acl, stays the noun's). Also a clause hung
    on an adverb of the phrase ("has said in official comments so far that it will remain neutral")
    and one hung on the medium itself ("said in a statement that the thrift was disappointed": the
    statement's matter is what was said)."""
    for phrase in children:
        if phrase.dep_ not in ("prep", "npadvmod", "advmod") or phrase.i < verb.i:
            continue
        for t in phrase.subtree:
            if _is_clause_verb(t) and _hung_clause(t) and any(
                    c.dep_ == "mark" and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
                return t
    return None


def _is_clause_verb(t) -> bool:
    """A verb, or a participle tagged as an adjective with its auxiliary ("was \" disappointed\"")."""
    return t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and any(c.dep_ in ("aux", "auxpass") for c in t.children))


def _hung_clause(t) -> bool:
    """Whether clause *t* hangs where the parser could not have meant it: a relative clause of a
    noun that takes no clause, a complement of an adverb, or any clause of a medium noun."""
    head = t.head.lemma_.lower()
    if t.head.pos_ in ("NOUN", "PROPN") and head in lexicon.medium_nouns():
        return t.dep_ in ("relcl", "acl")
    if t.dep_ == "ccomp":
        return t.head.pos_ == "ADV"
    return t.dep_ == "relcl" and (head, "NOUN") not in lexicon.cues()


_RELATIVE_WORDS = {"that", "which", "who", "whom", "whose", "where", "when", "what"}


def clause_under_medium(verb, children) -> list:
    """"said in a statement he would resign", "said in a release he issued a subpoena": the parser
    hangs the clause on the medium noun as a relative clause; it is the cue's clause when no
    relative word opens it and its verb misses no object ("in a letter he wrote" stays a relative)."""
    for prep in children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "on", "via", "through"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in lexicon.medium_nouns():
                continue
            for rel in noun.children:
                subject = next((c for c in rel.children if c.dep_ in SUBJECT_DEPS), None)
                if rel.dep_ != "relcl" or subject is None or rel.left_edge.lower_ in _RELATIVE_WORDS \
                        or subject.lower_ in _RELATIVE_WORDS:
                    continue
                deps = {c.dep_ for c in rel.children}
                if deps & {"dobj", "xcomp", "attr", "acomp", "oprd", "auxpass"} or rel.lemma_.lower() == "be" or (
                        "ccomp" in deps and (rel.lemma_.lower(), "VERB") not in lexicon.cues()):
                    return [rel]  # not "in a letter he wrote | that ...": writing the letter is the relative
    return []


_TELLING = {"tell", "assure", "warn", "inform", "remind", "brief"}


def clause_under_addressee(verb, children) -> list:
    """"told a Las Vegas radio station that Banks had been paid to lose": the parser took the
    that-clause for a relative clause of the one told; after a verb of telling whose object is a
    person, a body or an audience, a clause opened by "that" with a subject of its own is what was
    told ("told the court that she had fled"; not "told the story that he had heard", no audience),
    and so is one with no "that" whose subject is a noun ("told the foreign minister the American
    people share in the sorrow"). The teller of a passive is such a noun too ("was told by State
    Department officials that he had to apply": the officials told it)."""
    if verb.lemma_.lower() not in _TELLING:
        return []
    teller = agent_of(verb)
    for obj in [c for c in children if c.dep_ == "dobj"] + ([teller] if teller is not None else []):
        if obj.i < verb.i or not audience(obj):
            continue
        for rel in obj.children:
            subject = next((c for c in rel.children if c.dep_ in SUBJECT_DEPS), None)
            if rel.dep_ != "relcl" or subject is None or subject.lower_ in _RELATIVE_WORDS:
                continue
            if rel.left_edge.lower_ != "that" and (rel.left_edge.i != subject.left_edge.i or subject.pos_ == "PRON"
                                                   or any(c.dep_ == "ccomp" for c in rel.children)):
                continue  # "told the minister the people share in the sorrow", not "told the minister he met that ..."
            own = {t.i for t in rel.subtree}
            if rel.left_edge.i == max(t.i for t in obj.subtree if t.i not in own) + 1:
                return [rel]
    return []


def audience(noun) -> bool:
    """Someone one tells things to: a person or body, a pronoun, a role, a medium ("radio station")."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.pos_ == "PRON" or lemma in lexicon.roles() \
        or lemma in lexicon.medium_nouns() or lemma in _AUDIENCES


_AUDIENCES = {"station", "newspaper", "paper", "court", "jury", "committee", "panel", "hearing", "audience", "crowd",
              "reporter", "journalist", "supporter", "investor", "analyst", "member", "lawmaker", "voter", "people",
              "magazine", "agency", "channel", "broadcaster", "outlet", "parliament", "congress", "senate", "inquiry"}
