"""Rebuttals: statements a reader takes for denials from how they are told rather than from a
deny word in them (``kind_reason: negates_claim``).

- **a retort**: "countered that the company had never broken the law", "retorted that the police
  had done nothing wrong": a verb of answering back (``retort`` in ``data/rebuttal_words.txt``)
  with negated content.
- **an emphatic negation**: negated content with a word that makes it flat ("emphatic" in
  ``data/rebuttal_words.txt``: "The men had never set foot in the state", "There was no such
  meeting", "at no time did any official ...", "this has nothing to do with the bid"); not a
  forecast or a promise ("will never give up") nor "no such thing as".
- **plans denied**: "there are no plans to close the site", "there is no intention of ...": an
  existential denial of an intention someone reported or suspected (not "the firm has no plans to
  do so", which states the holder's own intent).
- **an answer to a charge**: negated content told as the answer to a charge, a report or what was
  just said ("Asked about the allegations, the senator said he had never met the donor",
  "Contrary to other reports, police said the suspect had not confessed").
- **a negation made clear**: "I want to be absolutely clear that no report has been altered", "we
  want to make it clear that the company did not break any law", "Let me be clear: we never paid".
- **a denial carried on**: negated content right after its speaker's own denial ("The ministry
  denied the report. 'No ransom was paid,' it said"): it answers what that denial answered.
- **a position held against doubt**: a verb of saying with a word of persistence ("has long
  maintained that ...", "continued to insist that he never ...", ``data/rebuttal_words.txt``) whose
  content is negated, or whose verb is "maintain": the speaker keeps to their account of what a
  doubt or accusation questions.

The reason given with a denial ("rejected the claims, saying that the bill was sound") is no
denial of its own: it asserts the speaker's own account.
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..statement import Statement
from .link_pool import speaker_words
from .negation import content_negated, negated_token


def held_position(st: Statement, negated: bool) -> bool:
    """Is *st* a position held against doubt? "has always maintained that the server was secure",
    "continued to assert that he never made contact"; not "has long insisted the plan will work"
    (no negation, no "maintain"), "has repeatedly said he would not stand" (a plain verb of saying)
    nor a quote ("repeatedly says: 'Don't do it'")."""
    if st.frame != "ccomp" or not st.cue_tokens:
        return False
    words = lexicon.rebuttal_words()
    lemmas = {t.lemma_.lower() for t in st.cue_tokens}
    if st.cue_head is not None:
        lemmas |= {c.lemma_.lower() for c in st.cue_head.children if c.dep_ == "advmod"}
    hold = lemmas & words["hold"]
    return bool(lemmas & words["persist"] and hold and (negated or "maintain" in hold))


def retorted(st: Statement, negated: bool) -> bool:
    """Is *st* a retort with negated content? "The mayor retorted that the police had done nothing
    wrong"; not "countered that the plan would cut costs" (an argument, no denial)."""
    if not negated or st.frame not in ("ccomp", "quote") or st.cue_head is None:
        return False
    return st.cue_head.lemma_.lower() in lexicon.rebuttal_words().get("retort", set())


_FUTURE = {"will", "shall", "'ll", "wo", "can", "ca", "could", "might", "may", "must", "should"}
_EMBEDDED = {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj"}


def emphatic_negation(root, negated: bool) -> bool:
    """Is the negated clause under *root* a flat denial? "The ministry has made no such request",
    "at no time did any minister intervene", "the men had never set foot in California"; not "we
    will never make any such deal" (a promise), "there is no such thing as a free lunch", nor a
    word in a clause below the main one."""
    if root is None or any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in root.children):
        return False
    words = [t.lower_ for t in _main_clause(root)]
    text = " " + " ".join(words) + " "
    if not negated and not any(f" {p} {w} " in text for p in ("at", "in") for w in ("no time", "no point", "no way")):
        return False  # "at no time did he ...": the negation is in the adverbial
    if " no such thing " in text or " no such luck " in text:
        return False
    if _no_link(root):
        return True
    return any(f" {phrase} " in text for phrase in lexicon.rebuttal_words().get("emphatic", ()))


def _no_link(root) -> bool:
    """"This has nothing to do with the takeover bid": a link someone drew, denied."""
    return root.lemma_.lower() == "have" and any(
        o.dep_ == "dobj" and o.lower_ == "nothing" and any(
            v.dep_ in ("relcl", "acl") and v.lemma_.lower() == "do" and any(p.dep_ == "prep" and p.lower_ == "with" for p in v.children)
            for v in o.children) for o in root.children)


def _main_clause(root) -> list:
    """The tokens of *root*'s clause, without the clauses below it, in text order."""
    out, todo = [], [root]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _EMBEDDED or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")))
    return sorted(out, key=lambda t: t.i)


_PLANS = {"plan", "plans", "intention", "intentions", "proposal", "proposals"}


def no_plans(root) -> bool:
    """"There are no plans to use this site", "there is no intention of selling", "there isn't any
    plan to drive further": "there is" with "no" plans (or "not" ... "any"/bare plans) and what they
    would be (an infinitive or "of" ...)."""
    if root is None or root.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in root.children):
        return False
    negated = negated_token(root)
    for attr in (c for c in root.children if c.dep_ == "attr" and c.lower_ in _PLANS):
        dets = {d.lower_ for d in attr.children if d.dep_ == "det"}
        if ("no" in dets or (negated and dets <= {"any"})) and any(
                c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of") for c in attr.children):
            return True
    return False


CARRY_REACH = 4  # how many statements back the speaker's own denial may stand


def carried_denial(kinds: list[str], index: int, speakers: list[frozenset], bodies: list[frozenset], root) -> Optional[int]:
    """The speaker's own denial, among the few statements before *index*, that the negated
    statement at *index* carries on ("Hallam denied rumours of talks. 'We are not in discussions
    with anyone,' Hallam said"), or None; not a forecast or a promise ("would not resign"), an
    inability ("had not been able to identify"), a refusal to comment, nor when only a role word
    is shared ("a Treasury spokesperson" is not "a bank spokesperson")."""
    if root is None or _forecast(root) or _withholds(root):
        return None
    roles = lexicon.roles()
    own = {w for w in speaker_words(speakers[index]) if w not in roles}
    for k in range(index - 1, max(-1, index - 1 - CARRY_REACH), -1):
        if kinds[k] == "denial" and ({w for w in speaker_words(speakers[k]) if w not in roles} & own
                                     or bodies[k] & bodies[index]):
            return k
    return None


def _forecast(root) -> bool:
    """"will never", "would not" (but "would never have taken": a past act denied)."""
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in root.children)
    return any(c.dep_ == "aux" and (c.lower_ in _FUTURE or (c.lower_ == "would" and not perfect)) for c in root.children)


def _withholds(root) -> bool:
    """"does not comment", "would not speculate", "had not been able to", "does not mean"."""
    quiet = lexicon.no_comment_verbs()
    if root.lemma_.lower() in quiet | {"mean", "able"}:
        return True
    return any(c.dep_ in ("xcomp", "acomp") and (c.lemma_.lower() in quiet or c.lower_ == "able") for c in root.children)


# what a statement may be told as the answer to: what was said, not "a question" or "the vote"
_NOT_CHARGES = {"fact", "truth", "existence", "knowledge", "responsibility", "role", "point", "term", "idea",
                "information", "data", "involvement", "concern"}


def answers_charge(st: Statement, negated: bool) -> bool:
    """Is the negated statement told as the answer to a charge, a report or what was just said?
    "Asked about the claims, the minister said she had not resigned", "Responding to this
    criticism, he said ...", "In response to the allegations, ...", "Contrary to other reports,
    ..."; not "asked about the vote" (no charge), nor "would not" (a promise)."""
    cue = st.cue_head
    if not negated or cue is None or st.content_root is None and st.frame != "quote":
        return False
    if st.content_root is not None and (_forecast(st.content_root) or _withholds(st.content_root)):
        return False
    words = lexicon.rebuttal_words()
    for c in cue.children:
        lemma = c.lemma_.lower()
        if c.dep_ == "advcl" and (lemma in words.get("answer", ()) or c.lower_ in words.get("contrary", ())):
            if any(_charge(o) for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
                return True
        if c.dep_ == "prep" and c.lower_ == "in":
            for noun in (o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in words.get("answer_noun", ())):
                if any(_charge(o) for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj"):
                    return True
    return False


def _charge(noun) -> bool:
    word = noun.lemma_.lower()
    return (word in lexicon.proposition_nouns() and word not in _NOT_CHARGES) or noun.lower_ in lexicon.POINTING_WORDS


_CLEAR_HOLDERS = {"be", "make"}


def made_clear(root) -> bool:
    """Is a negated clause under *root* told as made clear? "I want to be absolutely clear that no
    report has been altered", "We want to make it clear that we did not ...", "Let me be clear: we
    never paid"; not "I want to be clear that we will not raise taxes" (a promise)."""
    if root is None:
        return False
    if any(c.dep_ in ("advcl", "ccomp", "parataxis") and c.lower_ == "let" and _clear_in(c) for c in root.children):
        return content_negated(root) and not _forecast(root)  # "Let me be clear: we never paid"
    doc = root.doc
    if root.lower_ == "let" and _clear_in(root) and root.sent.end < len(doc):
        after = doc[root.sent.end].sent.root  # the colon ended the sentence: "Let me be clear." "We never paid."
        return content_negated(after) and not _forecast(after)
    holders = [root] + [c for c in root.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _CLEAR_HOLDERS]
    for holder in holders:
        clear = next((c for c in holder.children if c.lower_ == "clear" and c.dep_ in ("acomp", "ccomp", "oprd")), None)
        if clear is None or holder.lemma_.lower() not in _CLEAR_HOLDERS:
            continue
        for clause in (c for h in (holder, clear) for c in h.children if c.dep_ in ("ccomp", "advcl") and c is not clear):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) and content_negated(clause) \
                    and not _forecast(clause):
                return True
    return False


def _clear_in(tok) -> bool:
    return any(t.lower_ == "clear" for t in tok.subtree)
