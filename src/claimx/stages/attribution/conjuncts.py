"""Coordinated verbs at a content's end: a verb conjunct goes with the verb whose form it shares.
The parser often hangs a conjunct on the wrong one of two verbs: the cue's next act on the
content ("vowed to fight the charges and resigned": the past "resigned" goes with "vowed", not
with the infinitive) or the content's second verb on the cue ("agreed to share a currency and
rely on each other": the bare "rely" goes with "share", not with "agreed"). Nouns it
coordinates with the cue after its object are more of the object ("questioned his values and
his readiness to lead"). In a clause content, a conjunct in the cue's tense is the speaker's next
act (speakers_next_act: "insists the party must change, and has championed cuts").
"""
from __future__ import annotations

from .. import lexicon
from .boundaries import closing_asides
from .context import SUBJECT_DEPS, subtree_span


def verb_form(verb) -> tuple:
    """The tags of *verb*'s auxiliaries (not "to") and its own: ("VBZ", "VBN") for "has said";
    do-support counts as the plain tense ("did say" is ("VBD",), as "said")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lower_ != "to"]
    if auxes and auxes[0].lemma_.lower() == "do":
        return (auxes[0].tag_,)
    return tuple(a.tag_ for a in auxes) + (verb.tag_,)


def _shares_form(conj, verb, modal: bool = True) -> bool:
    """Has the conjunct *conj* (without a subject) *verb*'s form? A bare verb shares the other's
    auxiliaries ("will vow to fight and resign", "has proposed X and signaled Y", the participle
    often tagged as a past); a bare base form tagged as present is the base form ("to meet and
    even exceed"). A base form's sharing of a modal is left out with *modal* False: the tagger
    takes nouns for base forms ("call for embracing attention and help")."""
    own, other = verb_form(conj), verb_form(verb)
    if own == other:
        return True
    if own == ("VBP",):
        own = ("VB",)
    if own == other or (other and other[-1] == "VBN" and own == ("VBD",) and len(other) > 1):
        return True
    return len(own) == 1 and len(other) > 1 and own[0] == other[-1] and (modal or own[0] != "VB")  # "will vow to fight and resign"


def _subjectless_verb(token) -> bool:
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


def cue_acts(head, cue) -> list:
    """The verbs in the non-clausal content headed by *head* (an infinitive, a gerund or an object)
    that are *cue*'s next acts: a conjunct without a subject in the cue's form but not in the form
    of the word it hangs on ("urged voters to act and promised to help": "promised" is the
    urger's; "called it shameful and called on leaders to ...")."""
    return [t for t in head.subtree if t.i > head.i and _subjectless_verb(t) and t.head.i != cue.i
            and _shares_form(t, cue, modal=False) and not _shares_form(t, t.head)
            and (t.head.pos_ in ("VERB", "AUX") or t.tag_ not in ("VB", "VBP"))]  # "attention and help": a noun


def content_continuations(head, cue) -> list:
    """Verbs the parser coordinated with *cue* right after its infinitive content headed by *head*
    that are in the infinitive's form, not the cue's ("agreed to share a currency and rely on one
    another": "rely" goes on the infinitive)."""
    last = head.right_edge.i
    doc = cue.doc
    out = []
    for c in cue.children:
        if not (_subjectless_verb(c) and c.i > last) or not all(
                t.dep_ in ("cc", "punct") for t in doc[last + 1:c.left_edge.i]):
            continue
        if _shares_form(c, head) and not _shares_form(c, cue):
            out.append(c)
            last = c.right_edge.i
    return out


def continuation_end(conj, cue) -> int:
    """The index of the last token of the continuation *conj* that is the content's: before a
    conjunct of its own with a subject or in the cue's form ("fix the system and he pledged ...")."""
    stops = [t for t in conj.children if t.dep_ == "conj" and t.i > conj.i and any(
        c.dep_ in SUBJECT_DEPS for c in t.children)] + cue_acts(conj, cue)
    if not stops:
        return conj.right_edge.i
    cut = min(t.left_edge.i for t in stops)
    doc = conj.doc
    while cut - 1 > conj.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    return cut - 1


def continues_infinitive(verb) -> bool:
    """Is *verb* the second verb of an infinitive the parser coordinated with the infinitive's
    governor ("declined to criticise Paris or even declare it responsible": "declare" is what was
    declined, not a saying of its own)?"""
    if verb.dep_ != "conj":
        return False
    governor = verb.head
    infinitive = next((c for c in governor.children if c.dep_ == "xcomp" and c.i < verb.i), None)
    return infinitive is not None and any(c.i == verb.i for c in content_continuations(infinitive, governor))


def end_before(doc, cut: int, floor: int) -> int:
    """The end of the words before token *cut*, without the conjunctions and commas that lead to it."""
    while cut - 1 > floor and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].text in (",", ";", "-", "--", "\u2014")):
        cut -= 1
    return doc[cut - 1].idx + len(doc[cut - 1].text)


def before_acts(parts, cue, end: int) -> int:
    """The end *end* of a content made of *parts* (its head first), cut before the cue's next act
    that the parser hung inside it (cue_acts: "called it shameful and called on leaders to ...")."""
    acts = [a for x in parts for a in cue_acts(x, cue)]
    if not acts:
        return end
    return min(end, end_before(cue.doc, min(a.left_edge.i for a in acts), parts[0].i))


def infinitive_end(head, cue, end: int, text: str) -> int:
    """The end of the infinitive content headed by *head*: before the cue's next act inside it
    ("vowed to fight the charges and resigned"), or after the verbs coordinated with it that the
    parser hung on the cue ("agreed to share a currency and rely on one another")."""
    cut = before_acts([head], cue, end)
    more = content_continuations(head, cue)
    if cut != end or not more:
        return cut
    last = cue.doc[continuation_end(more[-1], cue)]
    return max(end, min(subtree_span(more[-1], text, exclude=closing_asides(more[-1]))[1], last.idx + len(last.text)))


def coordinated_objects(verb, parts) -> list:
    """Nouns the parser coordinated with the cue verb (or made a second object of it) right after
    its object content made of *parts*, joined by a conjunction: more of what is named
    ("questioned his values and his readiness to lead", 'condemned the test as "reckless" and a
    "grave threat"'); not a cue verb taken for a noun ("chides Turkey and praises Greece")."""
    doc = verb.doc
    end = max(x.right_edge.i for x in parts)
    out = []
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end or c.dep_ not in ("conj", "dobj") or c.pos_ not in ("NOUN", "PROPN"):
            continue
        between = doc[end + 1:c.left_edge.i]
        if not any(t.lower_ in ("and", "or") for t in between) or not all(t.dep_ == "cc" or t.is_punct for t in between) \
                or _object_of_its_own(c, verb):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def _object_of_its_own(noun, verb) -> bool:
    """A noun followed by a word the parser left on the verb ("chides Turkey and praises | Greece"):
    a verb taken for a noun, with an object of its own."""
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].head.i == verb.i and noun.doc[after].dep_ in ("dep", "dobj", "npadvmod")


def speakers_next_act(token, clause, verb) -> bool:
    """A verb the parser coordinated with the content's head that cannot share its subject: it
    has none of its own and its tense agrees with the cue verb's, not with the head's ("insists
    the party must be a party of ideas, and has championed cuts": "has championed" goes with
    "insists", not with "must be"; "denies that it was a genocide and goes on to ..."). In the
    past only a speech verb after a clause that is not in the past ("claimed the demands would
    cost £4bn and accused the union of ..."): after "said" a past verb may be either's ("said she
    could not support him but understood why people did" is one content)."""
    if token.dep_ != "conj" or token.i < clause.i or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return False
    own, head, cue = _finite(token), _finite(clause), _finite(verb if verb.dep_ != "xcomp" else verb.head)
    if own == "VBD" == cue and head in ("MD", "VBZ", "VBP"):
        entry = lexicon.cues().get((token.lemma_.lower(), "VERB"))
        return entry is not None and entry.scope == "speech"  # "claimed the demands would cost ... and accused the union"
    return own in ("VBZ", "VBP") and own == cue and own != head


def _finite(verb):
    """The finite form of *verb*'s clause: its first auxiliary's tag ("MD" for a modal), else its own
    (VBD, VBZ, VBP); None for an infinitive or participle without an auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    tag = auxes[0].tag_ if auxes else verb.tag_
    return tag if tag in ("MD", "VBD", "VBZ", "VBP") else None
