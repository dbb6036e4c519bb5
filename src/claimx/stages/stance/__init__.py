"""Stage: what the speaker does with the proposition: assertion or denial (and why), negated
content, and which claim a denial answers.

A **denial** rejects the truth of a proposition, report, accusation or characterization. It is
decided, first match wins, in:
- ``deny_cues.py`` (``kind_reason: deny_cue``): a deny-class cue with a clause, a quote or a noun
  phrase naming a proposition ("denied that ...", "denied the allegations", "denied it", "the
  claims were denied by the ministry", "dismissed the report as speculation", "called the story
  false"); refusals stay assertions ("denied entry", "rejected the offer");
- ``falsity.py`` (``falsity``): content that calls something false or groundless ("That is not
  true", "The claims are baseless", "there is nothing to suggest that ...");
- ``contradiction.py`` (``negates_claim``): negated content that says the opposite of another
  speaker's statement in the article ("I never met Z" after "X reported that Y met Z");
- ``rebuttal.py`` (``negates_claim``): a position held against doubt ("has always maintained that
  ..."), a retort with negated content, an emphatic negation ("there was no such meeting"), plans
  denied ("there are no plans to ..."), negated content told as the answer to a charge ("Asked about
  the claims, she said ..."), negated content that carries on its speaker's own denial.
``negation.py`` says whether the content is negated; ``links.py`` finds the claim a denial
answers (a deny-cue or falsity denial; a contradiction answers the statement it contradicts),
reading what the denial rejects with ``rejected.py``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from ..statement import Statement
from .contradiction import contradicted, disowned_words, points_back
from .deny_cues import denial_in_content, denied_noun, deny_cue_denial, framed_as_denial, issued_denial
from .falsity import calls_false
from .links import Contents, answered, as_answered, told_inside
from .negation import content_negated, first_sentence_root, sentence_roots
from .rebuttal import answers_charge, carried_denial, emphatic_negation, held_position, made_clear, no_plans, retorted
from .rejected import denied_object

KindReason = Literal["deny_cue", "falsity", "negates_claim"]


@dataclass
class Stance:
    kind: str
    negated: bool
    cls: Optional[str]
    responds_to_index: Optional[int] = None  # the answered statement's index in decide()'s input
    kind_reason: Optional[KindReason] = None


def decide(doc, statements: list[Statement], speakers: Optional[list[frozenset]] = None,
           bodies: Optional[list[frozenset]] = None) -> list[Stance]:
    """Stance for each statement of :func:`attribution.attribute`, in the same order; *speakers*
    says who made each (names or mentions), so that a denial is matched to another's claim;
    *bodies* which organisations each speaker is or speaks for ("a spokesman for Acme": acme)."""
    speakers = speakers if speakers is not None else [frozenset() for _ in statements]
    contents = Contents(doc, statements)
    contents.bodies = bodies if bodies is not None else [frozenset() for _ in statements]
    roots = [_root(doc, st) for st in statements]
    negated = [content_negated(root) for root in roots]
    reasons = [_reason(doc, st, root) for st, root in zip(statements, roots)]
    for index, st in enumerate(statements):
        if reasons[index] is not None and reasons[index] != "deny_cue" and denied_inside(statements, reasons, index):
            reasons[index] = None  # "rejected claims that he had lied": the accusation denied is no denial
    contents.denying = {index for index, reason in enumerate(reasons) if reason is not None}
    out: list[Stance] = []
    answers: dict[int, Optional[int]] = {}  # what each denial so far answers
    for index, st in enumerate(statements):
        cls = st.cue_entry.cls if st.cue_entry is not None else None
        reason = reasons[index]
        stance = Stance("denial" if reason else "assertion", negated[index], cls, kind_reason=reason)
        if reason == "deny_cue" and st.frame in ("dobj", "nsubjpass", "prep"):
            stance.negated = False  # "denied the report": a noun phrase carries no negation
        if reason is not None:
            root = _false_root(doc, st, roots[index]) if reason == "falsity" else roots[index]
            stance.responds_to_index = answered(statements, index, contents, speakers, denied_noun(root),
                                                reason=reason, answers=answers)
        elif negated[index] and cls not in ("question",):
            target = contradicted(statements, index, contents, speakers, negated, roots[index])
            disowning = disowned_words(roots[index]) if target is None else None
            if disowning is not None:  # "I never said that": the report of those words
                target = answered(statements, index, contents, speakers, disowning, pointing=points_back(disowning),
                                  answers=answers)
            if target is not None or disowning is not None:
                stance.kind, stance.kind_reason, stance.responds_to_index = "denial", "negates_claim", target
        if stance.kind == "assertion" and cls not in ("question",) and (
                held_position(st, negated[index]) or retorted(st, negated[index]) or answers_charge(st, negated[index])
                or _flat_denial(doc, st, roots[index])):
            target = answered(statements, index, contents, speakers, roots[index], answers=answers)
            stance.kind, stance.kind_reason, stance.responds_to_index = "denial", "negates_claim", target
        if stance.kind == "assertion" and negated[index] and cls not in ("question", "deny"):
            own = carried_denial([o.kind for o in out], index, speakers, contents.bodies, roots[index])
            if own is not None:  # "X denied the report. 'No ransom was paid,' X said": what X's denial answered
                stance.kind, stance.kind_reason, stance.responds_to_index = "denial", "negates_claim", answers.get(own)
        if stance.kind == "denial":
            stance.responds_to_index = as_answered(statements, stance.responds_to_index, index, speakers, answers)
            answers[index] = stance.responds_to_index
        out.append(stance)
    for index, stance in enumerate(out):  # a headline denial answers what the lead denial below it does
        if stance.kind == "denial" and stance.responds_to_index is not None and stance.responds_to_index > index:
            stance.responds_to_index = as_answered(statements, stance.responds_to_index, index, speakers, answers)
    return out


def denied_inside(statements: list[Statement], reasons: list, index: int) -> bool:
    """Is statement *index* told inside the content of a deny-cue denial ("denied reports that ...")?"""
    return any(reasons[j] == "deny_cue" and j != index and told_inside(statements[index], other)
               for j, other in enumerate(statements))


def _root(doc, st: Statement):
    if st.content_root is not None:
        return st.content_root
    if st.fragments:
        return first_sentence_root(doc, *st.fragments[0])
    return None


def _flat_denial(doc, st: Statement, root) -> bool:
    """An emphatic negation, plans denied or a negation made clear (rebuttal.py) in the content's clause, or in one of the
    first sentences of a quote, read one by one as falsity reads them."""
    roots = [root]
    if st.frame == "quote" or st.content_root is None:
        roots = sentence_roots(doc, st.fragments)
    return any(emphatic_negation(r, content_negated(r)) or no_plans(r) or made_clear(r) for r in roots if r is not None)


def _false_root(doc, st: Statement, root):
    """The root of the sentence that calls something false, in a quote of several ("Marisol is
    not married. These reports are completely false."): the reports, not Marisol; but not a
    pronoun that points at the quote's own words ("He was never there. These are lies.")."""
    if (st.frame != "quote" and st.content_root is not None) or root is None or calls_false([root]):
        return root
    found = next((r for r in sentence_roots(doc, st.fragments) if r is not None and calls_false([r])), root)
    obj = denied_object(found, "falsity")
    return root if obj is not None and obj.pos_ == "PRON" else found


def _reason(doc, st: Statement, root) -> Optional[KindReason]:
    if deny_cue_denial(st, root) or denial_in_content(root) or issued_denial(st, root) or framed_as_denial(st):
        return "deny_cue"
    entry = st.cue_entry
    if entry is not None and entry.cls in ("question", "deny"):
        return None
    roots = [root]
    if st.frame == "quote" or st.content_root is None:
        roots = sentence_roots(doc, st.fragments)
    return "falsity" if calls_false(roots) else None
