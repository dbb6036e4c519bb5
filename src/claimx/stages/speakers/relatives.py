"""Who a relative pronoun speaking ("..., who said", "..., which ruled that") refers to: the noun
its clause hangs on, the name right before its comma when the parser hung the clause further
back, the subject a predicate noun describes, or the focus of a cleft sentence."""
from __future__ import annotations

_RELATIVE_LABELS = {"who": ("PERSON",), "which": ("ORG", "GPE", "FAC", "NORP")}


def antecedent(relative, entities):
    """The word *relative*'s clause is about: the name written right before its comma when the
    parser hung the clause on an earlier noun ("a ruling from the Illinois Board of Elections,
    which ruled that ..." -> the board, not the ruling) and the name suits the pronoun (who: a
    person; which: an organisation or a place); else the noun the clause hangs on, or whom that
    noun describes (see :func:`_predicated`)."""
    noun = relative.head.head
    if relative.i >= 2 and relative.nbor(-1).text == "," and relative.lower_ in _RELATIVE_LABELS:
        before = relative.nbor(-2)
        entity = entities.at(before)
        if entity is not None and before.i > noun.i and entity.label in _RELATIVE_LABELS[relative.lower_]:
            return before
    return _predicated(noun)


def cleft(relative):
    """The focus of a cleft sentence whose relative pronoun *relative* is ("it was Trump who
    commanded the attention": Trump, the subject in all but form), else None."""
    if relative.tag_ not in ("WP", "WDT") or relative.head.dep_ != "relcl":
        return None
    noun = relative.head.head
    be = noun.head
    if noun.dep_ == "attr" and be.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
        return noun
    return None


def _predicated(noun):
    """The referent of a relative clause hung on *noun*: the noun itself, or, when the noun only
    says what someone is, that someone ("Trump is a serial liar and xenophobe who has pledged
    ..." -> Trump; "Smith, an economist who has argued ..." stays with the economist, whom the
    apposition names)."""
    predicate = noun
    while predicate.dep_ == "conj" and predicate.head.i != predicate.i:
        predicate = predicate.head
    if predicate.dep_ == "attr" and predicate.head.lemma_ == "be":
        verb = predicate.head
        while True:  # "Trump incites violence and is a liar who ...": the subject of the first verb
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects:
                return noun if subjects[0].lower_ == "it" else subjects[0]  # "it was Trump who said": Trump
            if verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
    return noun
