"""The statements a denial may answer, read one by one for ``links.py``: who made them (one
speaker or two), where they stand (in the denial's sentence, inside another statement, a run of
one speaker's quotes), whether they are denials or propositions at all, and what the denied
words point at ("those reports", a name)."""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..statement import Statement
from .rejected import NOT_NAMES


def told_inside(st: Statement, other: Statement) -> bool:
    """Does *st* start inside *other*'s content ("denied claims that he lobbied ministers": the
    claims inside the denial; a denial inside a statement read around it)?"""
    return any(s <= st.fragments[0][0] < e for s, e in other.fragments)


def speaker_words(names: frozenset) -> frozenset:
    return names - NOT_NAMES


def same_speaker(a: frozenset, b: frozenset) -> bool:
    return bool(speaker_words(a) & speaker_words(b))


def sentence_start(doc, st: Statement) -> Optional[int]:
    tok = st.cue_head if st.cue_head is not None else st.content_root
    if tok is None:
        span = doc.char_span(st.fragments[0][0], st.fragments[0][0] + 1, alignment_mode="expand")
        tok = span[0] if span is not None and len(span) else None
    return tok.sent.start if tok is not None else None


def beside(statements: list[Statement], j: int, index: int, speakers: list[frozenset]) -> bool:
    """Is statement *j* made by the denial's speaker in the denial's own sentence ("said that was
    not her view and dismissed those reports")? It goes with the denial; it is not what is denied."""
    if abs(j - index) > 2 or not same_speaker(speakers[j], speakers[index]):
        return False
    st = statements[index]
    doc = st.cue_head.doc if st.cue_head is not None else None
    if doc is None:
        return False
    return sentence_start(doc, statements[j]) == sentence_start(doc, st)


def other_denial(statements: list[Statement], j: int, index: int, speakers: list[frozenset], denying: set[int]) -> bool:
    """Is statement *j* a denial the denial at *index* does not answer: one by the same speaker (one
    does not deny one's own denial; a denial right after goes on answering what it did), one below
    it (a lead denial answers the accusation told below, not the denials that follow), or a denial
    in the first paragraph seen from the body ("Party denies link to decision" over "Labour
    strongly denies any link ...": the headline restates the story)? Another speaker's denial above
    may be answered ("the company denied it ... residents disputed the company's account")."""
    if j not in denying:
        return False
    return same_speaker(speakers[j], speakers[index]) or j > index or statements[j].paragraph == 0 < statements[index].paragraph


def outer_statement(statements: list[Statement], j: int, pool: list[int]) -> int:
    """The statement whose content tells statement *j* ("her brief noted reports alleging that she
    claimed ...": the brief's), or *j* itself."""
    return next((k for k in reversed(pool) if k != j and told_inside(statements[j], statements[k])), j)


def owners_words(by_owner: list[int], pool: list[int], index: int, answers: dict) -> int:
    """Which of the owner's statements "X's comments" names: the last before the denial (the first
    after it for a lead denial), or, when that is a denial of theirs, the claim they made right
    before it ("Meissner said the father may speak for the boy. There is no information that he
    is unfit, Meissner said. Eig said Meissner's assumptions were untrue.": the first)."""
    before = [j for j in by_owner if j < index]
    last = before[-1] if before else by_owner[0]
    k = pool.index(last)
    if last in answers and k > 0 and pool[k - 1] in by_owner and pool[k - 1] not in answers:
        return pool[k - 1]
    return last


def stands_for(statements: list[Statement], j: int, pool: list[int], speakers: list[frozenset]) -> int:
    """The statement a run of one speaker's quotes bears out: back over the quotes to the first,
    or to the indirect statement with a clause just before them ("Cruz said that Rubio had opposed
    the provisions. 'He opposed every one,' Cruz said.": the first)."""
    before = [k for k in pool if k < j]
    while before and statements[j].form == "direct" and same_speaker(speakers[before[-1]], speakers[j]):
        k = before.pop()
        if statements[k].form == "direct":
            j = k
        elif statements[k].frame == "ccomp":
            return k
        else:
            break
    return j


def continued_answer(earlier: list[int], index: int, speakers: list[frozenset],
               answers: Optional[dict[int, Optional[int]]]) -> Optional[int]:
    """What the speaker's denial just before this one answered ("Smith rejected Clinton's claim.
    'She lied to me,' Smith said."), or None."""
    if not earlier or not answers:
        return None
    prev = earlier[-1]
    if answers.get(prev) is None or not same_speaker(speakers[prev], speakers[index]):
        return None
    return answers[prev]


def is_proposition(doc, st: Statement) -> bool:
    """Can the statement's content be denied? Not a bare noun phrase of up to three words ("assailed
    Mrs. Clinton", "sought to claim the boy"): a person or a thing is no proposition."""
    if len(st.fragments) != 1:
        return True
    span = doc.char_span(*st.fragments[0], alignment_mode="expand")
    if span is None:
        return True
    words = [t for t in span if not t.is_punct]
    return len(words) > 3 or any(t.pos_ in ("VERB", "AUX") for t in words)


def demonstrative(noun) -> bool:
    """"that notion", "those charges", "this argument": a noun that points at what was just said."""
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "those", "these") for c in noun.children) and not any(
        c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children)


def no_such(doc, st: Statement) -> bool:
    """Does the denial's first clause deny "no such" thing or "any such" one ("The ministry has made
    no such request", "had not taken any such decision")? "such" points at what was just said,
    whatever the noun, as "those charges" does."""
    s, e = st.fragments[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    sent_end = span[0].sent.end
    return any(t.lower_ == "such" and t.head.pos_ == "NOUN" and t.head.i > t.i and any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in t.head.children) for t in span[:min(len(span), sent_end - span.start)])


def vouches_for_another(statements: list[Statement], j: int, pool: list[int], speakers: list[frozenset]) -> bool:
    """Is statement *j* an "according to" that vouches for a statement with a speaker of its own
    ("A former attendant told a grand jury that he had seen Fields use cocaine, according to a
    transcript")? The accusation is the attendant's, not the transcript's."""
    return statements[j].cue_lemma == "according to" and any(
        k != j and speakers[k] and told_inside(statements[k], statements[j]) for k in pool)


def told_of_denier(statements: list[Statement], j: int, index: int, pool: list[int], speakers: list[frozenset]) -> bool:
    """Is statement *j* the denier's own, told inside another speaker's ("Three people told Reuters
    that Hanbit plans to cut 10% of its staff ... Hanbit said the report was not true")? What is
    denied is the telling, the other speaker's statement, not the plan it ascribes to the denier."""
    return same_speaker(speakers[j], speakers[index]) and any(
        k != j and told_inside(statements[j], statements[k]) and speakers[k]
        and not same_speaker(speakers[k], speakers[index]) for k in pool)


def antecedent_words(st: Statement) -> frozenset:
    """What a relative pronoun speaker stands for, as words ("the report, which concluded that
    ...": report), so that "the report's findings" finds it: the noun the clause hangs on and the
    noun just before the pronoun (the parser may hang "the leak of the report, which" on "leak");
    empty for any other speaker."""
    cue = st.cue_head
    pronoun = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")),
                   None) if cue is not None and cue.dep_ == "relcl" else None
    if pronoun is None:
        return frozenset()
    before = pronoun.nbor(-1) if pronoun.i > 0 else pronoun
    before = before.nbor(-1) if before.is_punct and before.i > 0 else before  # "the report, which"
    return frozenset(t.lemma_.lower() for t in (cue.head, before) if t.pos_ in ("NOUN", "PROPN"))


def names_in(doc, st: Statement) -> set[str]:
    """The names written in a statement's content, lower case, each word too ("Meissner")."""
    out: set[str] = set()
    for s, e in st.fragments:
        span = doc.char_span(s, e, alignment_mode="expand")
        for ent in (span.ents if span is not None else ()):
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                out.add(ent.text.lower())
                out.update(w.lower().strip("'\u2019s") for w in ent.text.split())
    return out


def points_back_in(doc, st: Statement) -> bool:
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


def publication(speaker: frozenset) -> bool:
    return any(set(name.split()) & lexicon.publication_words() for name in speaker)
