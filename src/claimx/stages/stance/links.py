"""Which claim a denial answers (``responds_to``): the best of the document's other statements,
scored as a reader links them.

What the denial rejects says where to look (:func:`denied_object`): the object of a deny verb
("denied the reports"), or what a falsity predicate is said of ("that is a distortion",
"Meissner's assumptions were untrue", "Clinton is lying about ...").
- it points back: "denied it", "that is a distortion", "rejected those charges", "I never said that",
  "no such request"
  -> the statement just before (+3); a quote that only bears out the indirect statement its
  speaker made just before stands for that one ("X said that ... 'Y,' X said. Z rejected those
  claims": the first);
- it names whose words it rejects: "Juan Miguel's comments", "the president's claims", "Clinton is
  lying" -> a statement by that speaker (+3), the last before the denial (the first after a lead
  denial; the claim they made right before a denial of theirs) more than the rest (+2), unless the
  denial spells the words out ("X's claim that ..."); a spokesman for the body named speaks for it
  (:func:`spoken_for`), a relative pronoun speaks for its noun ("the report, which concluded
  that ..."), and a description of a body ("the force's account") names the
  organisation that spoke nearest (:func:`body_statements`, +2);
- its head: "the allegations", "the charges" -> an accusation or claim (+2); "the report", "the
  story" -> a report, a statement by a publication or one that tells of reports (+2);
- the statement told inside the denial ("denied reports that he had resigned": the reports) (+4);
  when the text says who made them (:func:`_source_of`, :func:`_told_next`), that one at once,
  and when they have no speaker and the text names no one, nothing (the reports are only alluded to);
  claims inside an earlier denial stand for what it answered (:func:`as_answered`);
- the words the two share: 2 for each content word of the denied proposition found in the
  candidate, 1 for a near-synonym ("call" ~ "conversation");
- the denial names the candidate's speaker ("the charges by the Sun") (+3); an accusation, claim or
  report is answered more often than other statements (+1); the denied noun names the speaker
  ("dismissed the memo as a fake" ~ "The memo said ...") (+4; for "the report" it counts as a
  report); the candidate names the denier, as an accusation names the accused ("Britain blamed
  Moscow ... Moscow denied any involvement"; the body a spokesman speaks for, by its first words or
  initials: "accused Ferrovale of" ~ "a Ferrovale spokeswoman") (+3, not when the denial points back); a denied
  figure ("disputed the figure") answers a statement with a number (+2);
- a denial made "also" ("The donor also denied it", "also denied ever meeting her") answers what the
  denial before it answered (+5);
- a denial right after its speaker's own denial goes on answering what that one answered (+5), also
  in the same sentence ("also rejected the account, calling it fan fiction");
- an "according to" that vouches for a statement with a speaker ("X told a grand jury that ...,
  according to a transcript") is not a candidate: the statement it vouches for is; nor is the
  denier's own statement told inside another speaker's ("X plans to cut jobs, three people told
  Reuters"): the telling is;
- another speaker answers more often than the same one (+1); nearer is likelier (-0.1 per
  statement between).
Candidates come before the denial, or after it when the denial is in the first two paragraphs and
the accusation is spelled out below (news leads put the denial first), or, for a denial further
down, when it names words the text gives just after it (the next words of the speaker it names,
"Smith is lying about ...", when they share a word with it; the next accusation told with the verb
of its noun, "took issue with the criticism ... He has been criticized for ..."); never a statement that
holds the denial, nor one its speaker makes in the denial's own sentence ("said that was not her
view and dismissed those reports"). A statement told inside another's content is that one when
pointed at. A denial that points back needs a score of 1.5, a deny verb with a bare noun ("denied
any involvement") 3, one that spells the proposition out 4 (two shared words); below that
``responds_to`` stays null, but for a lead deny-verb denial (or a lead falsity naming the
accusations or report), which answers the report told just below in other words, or the plain
"told ... that" told next (:func:`_reported_below`). The features that read one candidate against the
denial are in ``link_features.py``.
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..statement import Statement
from .deny_cues import noun_word
from .link_features import (also_denied, body_owner, body_statements, earlier_answer, initials_of, names_denier, names_speaker,
                            said_of,
                            spoken_for, tells_number)
from .link_pool import (antecedent_words, beside, continued_answer, demonstrative, is_proposition, names_in, no_such, other_denial, outer_statement,
                        owners_words, points_back_in, publication, same_speaker, stands_for, told_inside,
                        told_of_denier, vouches_for_another)
from .rejected import NOT_NAMES, called_as, denied_object, owner_words, spelled_out

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_NOT_TOPIC = {"deny", "occur", "happen", "take", "place", "ever", "say", "be", "have", "do", "report", "claim",
              "allegation", "accusation", "charge", "story", "true", "false", "untrue", "never", "reject",
              "dismiss", "dispute", "refute", "contradict", "any", "such"}
_ACCUSATIONS = {"allegation", "accusation", "charge", "claim", "assertion", "suggestion", "insinuation", "attack",
                "criticism", "complaint", "smear"}
_REPORTS = {"report", "story", "article", "reporting", "account", "coverage", "piece", "rumor", "rumour", "speculation"}

class Contents:
    """Content lemmas of each statement, computed once per document."""

    def __init__(self, doc, statements: list[Statement]):
        self.doc, self.statements = doc, statements
        self.denying: set[int] = set()  # the statements whose words deny, set by the stance stage
        self.bodies: list[frozenset] = [frozenset() for _ in statements]  # the organisations each speaker is or speaks for
        self._cache: dict[int, set[str]] = {}

    def lemmas(self, index: int) -> set[str]:
        if index not in self._cache:
            out = set()
            for s, e in self.statements[index].fragments:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    out.update(t.lemma_.lower() for t in span
                               if t.pos_ in CONTENT_POS and (t.pos_ in ("NOUN", "PROPN") or not t.is_stop)
                               and len(t) > 1)  # not the "m" of "38m"
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
    later = in_lead(own)
    return [j for j in range(len(statements)) if j != index and (j < index or (later and j > index)
                                                                  or told_inside(statements[j], own))
            and statements[j].fragments[0][0] != own.fragments[0][0]]


BELOW = 8  # how many statements after a denial the words it names may be spelled out


def _named_below(statements: list[Statement], index: int, speakers: list[frozenset], owner: set[str],
                 head: str, target: set[str], contents: "Contents") -> list[int]:
    """The statement below a denial that gives the words it names when the text names them first:
    the next statement of the speaker whose words it rejects, when they have none before and it
    shares a word with what is denied, if anything is ("Smith is lying about her record on taxes.
    Smith says she voted against the tax rise"; not "Fields had lied about the incident. Fields
    shared one of his messages"); the next accusation told with the verb of the denied noun ("took
    issue with recent criticism of his plan ... He has been criticized for ..."; not "claims of
    plagiarism ... claimed the nomination"). Empty when the denial is in the lead, whose
    candidates run below anyway (and, in answered(), when the denial spells out what it rejects:
    "rebutted Exxon's accusation that ...", the noun with its clause or the cue of its own statement)."""
    if in_lead(statements[index]):
        return []
    below = range(index + 1, min(len(statements), index + 1 + BELOW))
    out = []
    if owner and not any(owner & speakers[j] for j in range(index)):
        j = next((j for j in below if owner & speakers[j]), None)
        out += [j] if j is not None and (not target or target & contents.lemmas(j)) else []
    if head in _ACCUSATIONS:
        out += [next((j for j in below if _same_stem(statements[j].cue_lemma, head) and statements[j].cue_entry is not None
                      and statements[j].cue_entry.cls == "accuse"), None)]
    return sorted({j for j in out if j is not None})


def _cue_of_another(statements: list[Statement], noun) -> bool:
    """Is the denied noun told with its clause ("rebutted Exxon's accusation that the articles were
    misleading"): the cue of a statement of its own, or followed by a subordinating "that" the
    parser hung elsewhere?"""
    doc, after = noun.doc, noun.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ == "that" and doc[after].dep_ == "mark":
        return True
    return any(st.cue_head is not None and st.cue_head.i == noun.i for st in statements)


def _same_stem(lemma: Optional[str], noun: str) -> bool:
    """"criticize" ~ "criticism", "accuse" ~ "accusation", "allege" ~ "allegation", "charge" ~ "charge"."""
    return bool(lemma) and len(lemma) >= 5 and lemma[:5] == noun[:5]


LEAD_SENTENCES = 3


def in_lead(st: Statement) -> bool:
    """Is the statement in the article's lead: its first two paragraphs, and its first three
    sentences (a wire story written as one paragraph has no lead paragraphs to go by)?"""
    if st.paragraph > 1:
        return False
    tok = st.cue_head if st.cue_head is not None else st.content_root
    if tok is None:
        return st.paragraph >= 0
    for n, sent in enumerate(tok.doc.sents):
        if sent.start <= tok.i < sent.end:
            return True
        if n + 1 >= LEAD_SENTENCES:
            return False
    return False


def answered(statements: list[Statement], index: int, contents: Contents, speakers: list[frozenset],
             root, pointing: bool = False, reason: Optional[str] = None,
             answers: Optional[dict[int, Optional[int]]] = None) -> Optional[int]:
    """The index of the statement the denial at *index* answers (see the module docstring);
    *pointing* says that the denied words point back although *root* is no pronoun ("I never said
    that"); *reason* is the denial's kind_reason; *answers* what the earlier denials answer."""
    doc, own = contents.doc, statements[index]
    obj = denied_object(root, reason)
    owner = owner_words(obj, reason)
    aside = called_as(obj)
    target = contents.lemmas(index) - _NOT_TOPIC - NOT_NAMES - owner - aside
    expanded = _expand(target)
    pointing = pointing or (obj is not None and obj.pos_ == "PRON" and obj.lower_ in lexicon.POINTING_WORDS) or \
        demonstrative(obj) or no_such(doc, own)
    head = noun_word(obj) if obj is not None and not spelled_out(obj) else ""  # also "Denies Reports of Losses"
    noun = noun_word(obj) if obj is not None and obj.pos_ == "NOUN" else ""  # "a report that ...": a report still
    bare = bool(noun) and reason == "deny_cue" and not spelled_out(obj)  # "denied any involvement": a noun pointing at no clause
    figure = head in lexicon.figure_nouns()
    anaphoric = pointing or bool(owner) or head in _ACCUSATIONS | _REPORTS or figure or points_back_in(doc, own)
    below = _named_below(statements, index, speakers, owner, head, target, contents) \
        if obj is None or not (spelled_out(obj) or _cue_of_another(statements, obj)) else []
    around = [j for j in candidates(statements, index) + below
              if not told_inside(own, statements[j]) and not beside(statements, j, index, speakers)]
    pool = [j for j in around if is_proposition(doc, statements[j])
            and not other_denial(statements, j, index, speakers, set(answers or {}) | contents.denying)]
    pool = [j for j in pool if not vouches_for_another(statements, j, pool, speakers)
            and not told_of_denier(statements, j, index, pool, speakers)]
    earlier = [j for j in pool if j < index]
    anchor = stands_for(statements, outer_statement(statements, earlier[-1], pool), pool, speakers) \
        if pointing and earlier else None
    described = body_statements(body_owner(obj), pool, index, speakers, contents.bodies)
    owned = {j for j in pool if owner & (speakers[j] | antecedent_words(statements[j]))
             or any(initials_of(w, speakers[j]) for w in owner)} | spoken_for(
        owner, pool, contents.bodies) | described
    by_owner = sorted(owned - described)  # a description's body speaks in all its statements alike
    voiced = None
    if by_owner and not spelled_out(obj):
        voiced = stands_for(statements, owners_words(by_owner, pool, index, answers or {}), pool, speakers)
    in_sentence = [j for j in candidates(statements, index) if j < index and (answers or {}).get(j) is not None
                   and beside(statements, j, index, speakers)]
    continued = answers[in_sentence[-1]] if in_sentence else continued_answer([j for j in around if j < index], index,
                                                                              speakers, answers)
    if continued is not None and earlier and anchor == earlier[-1]:
        anchor = None  # "I've never said that ... I never said it": the first denial's target, not the denial
    nested = next((j for j in pool if told_inside(statements[j], own)), None)
    source = None if nested is None else _told_next(statements, nested, index, speakers, pool) if speakers[nested] \
        else _source_of(statements, nested, index, contents, speakers, pool)
    if source is not None:
        return source  # "denied claims that ...": whoever the text says made them
    named = owner or (names_in(doc, own) - aside)
    also = earlier_answer(index, answers or {}) if also_denied(own) and (pointing or (
        head in _ACCUSATIONS | _REPORTS and not owner and not said_of(obj)) or (
        reason == "deny_cue" and not head)) else None  # not "also disputed the state's estimate"
    best, best_score = None, 0.0
    for j in pool:
        same = same_speaker(speakers[j], speakers[index])
        other = contents.lemmas(j)
        score = 2 * len(target & other) + len((expanded - target) & other)
        cls = statements[j].cue_entry.cls if statements[j].cue_entry is not None else None
        if named & speakers[j] or j in owned or any(initials_of(n, speakers[j]) for n in named):
            score += 2 if j in described else 3  # "the force's account": its spokesmen may go unresolved  # "Meissner's assumptions were untrue": Meissner's statement
        if score and cls in ("accuse", "claim", "report", "suggest"):
            score += 1
        if j == anchor:
            score += 3
        if j == voiced:
            score += 2  # "Sanders's attack": what Sanders said last, the first of its quotes
        if j == continued:
            score += 5
        if j == also:
            score += 5  # "The donor also denied it": what the denial before answered
        if head in _ACCUSATIONS and cls in ("accuse", "claim", "report"):
            score += 2
        spoken = not same and names_speaker(noun, speakers[j])
        if spoken and head not in _REPORTS:
            score += 4  # "denied the report" ~ "The report said ..."
        if not pointing and names_denier(doc, statements[j], speakers[index], same or bool(
                contents.bodies[j] & contents.bodies[index]), contents.bodies[index]):
            score += 3  # "Britain blamed Moscow for ... Moscow denied any involvement"
        if figure and not same and tells_number(doc, statements[j]):
            score += 2  # "disputed the figures" ~ "spent $180 million"
        if head in _REPORTS and (cls == "report" or publication(speakers[j]) or head in other or spoken):
            score += 2  # "dismissed those reports": a statement by a paper, or one telling of reports
        inside = told_inside(statements[j], own)
        if inside:
            score += 4  # "denied reports that ...": the reports told inside the denial
        if not score:
            continue
        if j > index and not inside and len(target & other) < 2 and not (head in _ACCUSATIONS | _REPORTS and cls in (
                "accuse", "claim", "report")) and j not in owned and not spoken:
            continue  # a later statement only when it spells the same thing out, or is the accusation
        if j > index and not inside and same:
            continue  # "Acme denied that it cut wages. Acme said wages had risen": the denier goes on denying
        if speakers[j] != speakers[index]:
            score += 1
        score -= 0.1 * min(10, abs(index - j) - 1)
        if score > best_score:
            best, best_score = j, score
    if best is None or best_score < (1.5 if anaphoric else 3 if bare else 4):
        return _reported_below(statements, index, speakers, pool, head) if reason == "deny_cue" or (
            reason == "falsity" and head in _ACCUSATIONS | _REPORTS) else None
    if told_inside(statements[best], own) and not speakers[best]:
        return _source_of(statements, best, index, contents, speakers, pool)  # no one named: only alluded to
    return best


NEXT_REPORT = 4  # how many statements below a lead denial the report it answers may come


def _reported_below(statements: list[Statement], index: int, speakers: list[frozenset], pool: list[int],
                    head: str = "") -> Optional[int]:
    """The report a lead denial answers in other words, told just below it ("The ministry denied
    that the aide held secret talks with an envoy. The Times reported that the aide had met an
    official ..."): the first statement below, within a few, by another speaker, with a cue of
    reporting, claiming or accusing (a plain "said" with a clause or quote when the denial names
    the report or allegations), or the very first one told with a clause when it only says or
    tells (:func:`_told_next_plainly`); None when there is none."""
    if not in_lead(statements[index]):
        return None
    own = statements[index]
    below = [j for j in pool if index < j <= index + NEXT_REPORT and not told_inside(statements[j], own)
             and not same_speaker(speakers[j], speakers[index])]
    for j in below:
        cls = statements[j].cue_entry.cls if statements[j].cue_entry is not None else None
        if cls in _told_by(head) and (cls != "assert" or statements[j].frame in ("ccomp", "quote")):
            return j  # not "The State Department ordered the two men to leave": an order is no accusation
    return below[0] if below and _told_next_plainly(statements[below[0]]) else None


def _told_next_plainly(st: Statement) -> bool:
    """Is the statement told right below a lead denial a plain "said"/"told" with a clause by a
    speaker ("Acme denied fixing the tender. A former manager told investigators that the bids had
    been rigged.")? The accusation a lead denial answers comes next, whatever its verb."""
    return st.cue_entry is not None and st.cue_entry.cls == "assert" and st.frame == "ccomp"


def _told_by(head: str) -> set[str]:
    """The cue classes of the report a lead denial answers below it: a report, claim or accusation;
    a plain statement too when the denial names the report or allegations it rejects ("rejected
    a congressional report on smuggling. The committee said that ...")."""
    return {"report", "claim", "accuse"} | ({"assert"} if head in _ACCUSATIONS | _REPORTS else set())


def as_answered(statements: list[Statement], best: Optional[int], index: int, speakers: list[frozenset],
                answers: dict) -> Optional[int]:
    """Claims told inside an earlier denial stand for what that denial answered
    ("X denied claims that he lobbied ministers. The Mirror reported that ... X said the allegations
    were untrue": the Mirror's report, not the unattributed claims)."""
    if best is None:
        return best
    holder = next((k for k in answers if k != best and told_inside(statements[best], statements[k])), None)
    source = answers.get(holder) if holder is not None else None
    return best if source is None or source in (best, index) else source


_REPORT_CLASSES = {"report", "claim", "assert"}
_ACCUSATION_CLASSES = {"accuse", "claim", "suggest", "warn"}


def _source_of(statements: list[Statement], nested: int, index: int, contents: "Contents",
               speakers: list[frozenset], pool: list[int]) -> Optional[int]:
    """The statement that made the claims a denial names without a speaker ("The Sun reported that
    the MP met the donor ... He denied claims that he lobbied ministers": the Sun's report): one by
    a named speaker before the denial (or after a lead denial), of the class the noun names
    (reports: a report or a publication's words; claims, allegations: an accusation or claim),
    sharing words with the nested claim, below a lead denial not a plain "said" ("Supporters
    said they would never accept a payout" is no source of the report of a payout deal); None
    when none does."""
    noun = statements[nested].cue_lemma or ""
    kinds = _kinds(noun)
    words = contents.lemmas(nested) - _NOT_TOPIC
    best, best_score = None, 0.0
    for k in pool:
        if k == nested or not speakers[k] or same_speaker(speakers[k], speakers[index]) or told_inside(statements[k], statements[index]):
            continue
        cls = statements[k].cue_entry.cls if statements[k].cue_entry is not None else None
        score = 2 * len(words & contents.lemmas(k))
        if k > index and cls == "assert" and not publication(speakers[k]):
            continue  # below a lead denial, a plain "said" is someone's view, not the source (but told next: _told_next)
        if cls in kinds or (noun in _REPORTS and publication(speakers[k])):
            score += 3
        elif k > index:
            continue  # below a lead denial, words alone may be the denier's own ("I never lobbied ...")
        score -= 0.1 * min(10, abs(index - k) - 1)
        if score > best_score:
            best, best_score = k, score
    return best if best_score >= 4 else _told_next(statements, nested, index, speakers, pool)


def _kinds(noun: str) -> set[str]:
    """The cue classes of the statements a noun for words names ("reports": report, claim, assert)."""
    return _REPORT_CLASSES if noun in _REPORTS else _ACCUSATION_CLASSES if noun in _ACCUSATIONS else set()


def _told_next(statements: list[Statement], nested: int, index: int, speakers: list[frozenset],
               pool: list[int]) -> Optional[int]:
    """Whose claims a lead denial names, told in the statement that comes next ("X has denied claims
    that he lobbied ministers. The Mirror reported that he had arranged meetings ...": the
    Mirror's report): the first statement after the denial, when another named speaker makes it
    with a cue of the noun's class or a plain "said"/"told"; None otherwise. Claims by a speaker the
    denial names ("rejected claims by a rights group that ...") are told next in that speaker's own
    words."""
    kinds = _kinds(statements[nested].cue_lemma or "")
    if not kinds or not in_lead(statements[index]):
        return None
    own = statements[index]
    k = next((k for k in pool if k > index and k != nested and not told_inside(statements[k], own)), None)
    if k is None or not speakers[k] or same_speaker(speakers[k], speakers[index]):
        return None
    cls = statements[k].cue_entry.cls if statements[k].cue_entry is not None else None
    return k if cls in kinds | {"assert", "report"} else None
