"""Implicit denials: a statement whose content calls a proposition, report or accusation false or
groundless, with no deny-class cue.

- "X is false/untrue/a lie/a fabrication" (a strong falsity word, of anything but a person),
  "the claims are ridiculous" (a weak one, of a report, claim or accusation), "that's absurd";
- "that is not true", "it's not the case", "that's not accurate", "not an accurate picture of ...";
- "there is no evidence that ...", "no truth to the report", "nothing to suggest that ...",
  "no reason to believe that ...", "no evidence of that" (what is missing has a clause or points
  back: "there is no proof of life" denies nothing); "the accusations have no basis";
- "the report wrongly counted ...", "the paper falsely claimed ..." (another's account told falsely);
- "she is lying about ...", "they distorted my record", "my comments were mischaracterized", "he is
  not telling the truth";
- "that never happened", "no such call took place";
- "it gave a distorted portrayal of ...", "paints a misleading picture" (a falsity word on an account
  of things someone gives: data/depiction_nouns.txt);
- "the outrageous allegations were a sign of desperation" (a falsity word on a claim as subject),
  "listened to the baseless claims of ..." (a word of groundlessness on a claim as object);
- "the reports are wide of the mark", "without foundation" (data/falsity_phrases.txt), "we do not
  recognise these figures".
Quotes are read sentence by sentence (the first four), reported speech from its clause.
"""
from __future__ import annotations

from .. import lexicon
from .negation import negated_token

COPULAS = {"be", "seem", "remain", "prove", "appear", "sound", "look"}
TRUTH_WORDS = {"true", "accurate", "correct", "case", "fact", "so", "truthful"}  # not "right": "it isn't right" judges an act
# weak falsity words that say it of "that"/"this" too ("That's absurd")
_RETORTS = {"absurd", "ridiculous", "laughable", "preposterous", "ludicrous", "speculation", "speculative",
            "overblown", "exaggerated", "exaggeration", "nonsensical", "propaganda"}
# falsity adjectives that say it of any noun they modify ("a manufactured issue", "a distorted portrayal")
_GROUNDLESS = {"baseless", "groundless", "unfounded", "unsubstantiated", "unsupported", "unproven", "trumped-up"}
_FALSE_MODIFIERS = {"fabricated", "manufactured", "made-up", "trumped-up", "distorted", "misleading"}
_MADE_UP_THINGS = {"story", "stories", "it", "this", "that", "things", "quote", "quotes", "facts", "numbers", "claim",
                   "claims", "allegation", "allegations", "everything", "lies"}
_MISTAKEN = {"wrong", "mistaken", "incorrect", "misinformed"}  # of a person: what they said is false
_THINKING = {"think", "believe", "feel", "say", "know", "suspect", "conclude", "suggest"}
_FINDING = {"find", "see", "uncover", "discover", "detect"}  # not "offered no proof": the writer's remark
_DEPICTING = {"give", "paint", "present", "create", "convey", "draw", "leave", "offer", "provide"}
_SUGGESTING = {"suggest", "indicate", "support", "show", "link", "connect", "substantiate", "corroborate", "tie",
               "implicate"}


def calls_false(roots: list) -> bool:
    """Does one of the clauses headed by *roots* call something false or groundless?"""
    return any(_clause(root) for root in roots if root is not None)


def _clause(root) -> bool:
    if _verbless(root):
        return True
    verbs = [root] + [c for c in root.children if c.dep_ in ("xcomp", "conj", "relcl") and c.pos_ in ("VERB", "AUX")]
    if root.lemma_.lower() in _THINKING or _truth_is(root):
        verbs += [c for c in root.children if c.dep_ == "ccomp"]  # "I think the report is false"
    if _myth_that(root) or _no_evidence_found(root):
        return True
    for attr in (c for v in list(verbs) for c in v.children if c.dep_ == "attr"):
        verbs += [c for c in attr.children if c.dep_ == "relcl"]  # "(the truth is that) this is an issue that has been manufactured"
    if _false_picture(root):
        return True
    for verb in verbs:
        if _copula_false(verb) or _no_grounds(verb) or _falsehood(verb) or _never_happened(verb) or \
                _false_subject(verb) or _false_idiom(verb) or _not_recognised(verb) or _falsely_told(verb) or \
                _false_verb_idiom(verb):
            return True
    return False


def _false_picture(root) -> bool:
    """"It cherry-picked the figures to give a distorted portrayal of ...", "they paint a misleading
    picture": an account of things called false, the object of a verb of giving or painting (the
    clause's or the purpose clause's beside it); not "a false start" (no account of things), nor
    "spent the meeting discussing the false narrative" (discussed, not given)."""
    for verb in [root] + [c for c in root.children if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB"]:
        if verb.lemma_.lower() not in _DEPICTING:
            continue
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in lexicon.depiction_nouns() and any(
                    c.dep_ == "amod" and c.lower_ in lexicon.falsity_words("strong") for c in obj.children):
                return True
    return False


def _truth_is(root) -> bool:
    """"The truth is that ...", "the fact of the matter is ...": what follows is the speaker's claim."""
    subj = _subject(root)
    return root.lemma_.lower() == "be" and subj is not None and subj.lemma_.lower() in ("truth", "fact", "reality")


def _myth_that(root) -> bool:
    """"The myth that Japan is closed has been demolished", "the lie that ...": a strong falsity noun
    with the proposition it calls false, as the clause's subject ("tells so many lies that ..." is
    no such noun: a result clause on an object)."""
    for tok in root.children:
        if tok.dep_ in ("nsubj", "nsubjpass", "attr") and tok.pos_ == "NOUN" and \
                tok.lemma_.lower() in lexicon.falsity_words("strong"):
            if any(c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "that" for c in tok.children):
                return True
    return False


def _verbless(root) -> bool:
    """"Not true.", "Absolute nonsense.", "Lies, all of it.": a falsity word heading a verbless sentence."""
    words = [t for t in root.subtree if not t.is_punct]
    if root.pos_ not in ("ADJ", "NOUN") or root.i - root.left_edge.i > 3 or root.right_edge.i - root.i > 6 \
            or len(words) < 2:
        return False  # a one-word quote ("'nonsense'") names a word, it does not answer
    word = root.lemma_.lower()
    if word in TRUTH_WORDS:
        return negated_token(root)
    return word in lexicon.falsity_words("strong") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


_PART_WORDS = {"much", "some", "all", "most", "part", "many", "none", "parts"}


def _subject(verb):
    """The verb's subject; for "much of this information" the information."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in _PART_WORDS:
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return noun if noun is not None else subj
    return subj


def _is_person(tok) -> bool:
    return tok is not None and (tok.ent_type_ == "PERSON" or tok.lower_ in lexicon.HUMAN_PRONOUNS
                                or lexicon.roles().get(tok.lemma_.lower()) == "PERSON")


def _copula_false(verb) -> bool:
    if verb.lemma_.lower() not in COPULAS and verb.lower_ not in ("'s", "\u2019s", "'re", "\u2019re"):
        return False
    attrs = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
    attrs += [c for a in attrs for c in a.children if c.dep_ == "conj"]  # "unconstitutional and untrue"
    if not attrs:
        return False
    subj = _subject(verb)
    words = {a.lemma_.lower() for a in attrs} | {
        c.lemma_.lower() for a in attrs for c in a.children if c.dep_ == "advmod"  # "flat out wrong"
        or (c.dep_ == "nmod" and c.lemma_.lower() in lexicon.falsity_words("strong"))  # "lies and conspiracy theories"
        or (c.dep_ == "amod" and (a.lemma_.lower() in lexicon.proposition_nouns() or c.lower_ in _FALSE_MODIFIERS
                                  or a.lemma_.lower() in lexicon.depiction_nouns()))}
    # "a false claim", "a manufactured issue", "not an accurate picture of ..."; not "a false choice"
    negated = negated_token(verb) or any(negated_token(a) or any(c.lower_ == "no" for c in a.children) for a in attrs)
    if negated:
        return bool(words & TRUTH_WORDS) and not _is_person(subj)  # "that is not true"
    if words & _MISTAKEN and _in_what_they_said(attrs):
        return True  # "the families were wrong in their recollections that ..."
    if _is_person(subj):
        return bool(words & _MISTAKEN)  # "they are 100 percent wrong"; "she was a liar" is an attack
    if words & lexicon.falsity_words("strong"):
        return True
    weak = words & lexicon.falsity_words("weak")
    if not weak or subj is None:
        return False
    return subj.lemma_.lower() in lexicon.proposition_nouns() or (subj.lower_ in lexicon.POINTING_WORDS and bool(weak & _RETORTS))


def _in_what_they_said(attrs) -> bool:
    """"wrong in their recollections", "mistaken about the figures": wrong in a proposition, said of
    whoever holds it (not "wrong about the timing", a judgment)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "about") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lexicon.proposition_nouns() for o in c.children)
        for a in attrs for c in a.children)


def _false_subject(verb) -> bool:
    """"The outrageous allegations were a sign of desperation", "these baseless claims distract": a
    claim or report named with a falsity word as the subject of whatever is said of it."""
    subj = _subject(verb)
    if subj is not None and subj.lemma_.lower() in lexicon.proposition_nouns() and any(
            c.dep_ == "amod" and c.lower_ in lexicon.falsity_words() and not negated_token(c) for c in subj.children):
        return True
    return _false_argument(verb)


_FALSELY = {"falsely", "wrongly", "inaccurately", "erroneously", "mistakenly", "incorrectly", "misleadingly"}
_ACCOUNTING = {"count", "calculate", "compute", "estimate", "interpret", "attribute", "identify", "portray", "record",
               "include", "list", "measure", "classify", "quote", "cite", "present"}


def _falsely_told(verb) -> bool:
    """"the report wrongly counted routine costs", "the paper falsely claimed that ...": another's
    account or count told with an adverb of falsity; not "police wrongly arrested him" (an act, not
    an account) nor "(said) it had mistakenly included" (a pronoun subject is often the speaker,
    owning an error)."""
    if not any(c.dep_ == "advmod" and c.lower_ in _FALSELY for c in verb.children) or negated_token(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _ACCOUNTING and (lemma, "VERB") not in lexicon.cues():
        return False
    subj = _subject(verb)
    return subj is not None and subj.pos_ != "PRON"


def _false_argument(verb) -> bool:
    """"the envoy listened to the baseless claims of the British side", "we will not answer these
    unfounded allegations": a claim or report called groundless as the object of the verb or of its
    preposition; not "she gave them false information" nor "through false statements" (someone's
    lie told, no denial), nor "the ridiculous claims"."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in lexicon.proposition_nouns() and any(
        c.dep_ == "amod" and c.lower_ in _GROUNDLESS and not negated_token(c) for c in n.children) for n in nouns)


def _false_idiom(verb) -> bool:
    """"The reports are wide of the mark", "the claims are without foundation": an idiom of
    data/falsity_phrases.txt right after a copula (adverbs and quote marks skipped), said of
    anything but a person."""
    if verb.lemma_.lower() not in COPULAS or _is_person(_subject(verb)):
        return False
    doc = verb.doc
    after = [t for t in doc[verb.i + 1:min(len(doc), verb.i + 9)] if not (t.is_punct or t.is_quote)]
    words = [t.lower_ for t in after if not (t.dep_ == "advmod" or t.lower_ in ("completely", "totally", "simply"))]
    whole = [t.lower_ for t in after]  # "far from the truth": "far" is the adverb that leads the idiom
    whole = whole[1:] if whole and whole[0] in ("completely", "totally", "simply", "so", "very", "still") else whole
    negated = negated_token(verb)
    return any((tuple(words[:len(p)]) == p or tuple(whole[:len(p)]) == p) and (p[0] != "not" or not negated)
               for p in lexicon.falsity_phrases()) or (negated and tuple(words[:2]) == ("the", "case"))


# what an idiom of untenability is said of, beside claims and reports: an account given to explain
_ACCOUNT_NOUNS = {"explanation", "excuse", "logic", "reasoning", "case", "defence", "defense", "justification",
                  "assumption", "premise", "evidence", "rationale", "allegation", "excuses", "explanations"}
_IDIOM_FILLERS = {"all", "any", "basic", "simple", "even"}  # "defies all logic"


def _false_verb_idiom(verb) -> bool:
    """"The explanation strains credulity", "the argument does not hold water", "that claim defies
    logic": a verb idiom of data/falsity_verb_idioms.txt said of a claim, an account or "that"; not
    "the bridge did not hold up" (no account) nor "it beggars belief that they waited" (outrage at a
    fact)."""
    lemma = verb.lemma_.lower()
    idioms = [(neg, words) for neg, head, words in lexicon.falsity_verb_idioms() if head == lemma]
    if not idioms or verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = _subject(verb)
    if subj is None or _is_person(subj):
        return False
    if subj.lower_ == "it" and any(c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") for c in verb.children):
        return False
    if subj.lower_ not in lexicon.POINTING_WORDS and subj.lemma_.lower() not in lexicon.proposition_nouns() | _ACCOUNT_NOUNS:
        return False
    doc = verb.doc
    words = tuple(t.lower_ for t in doc[verb.i + 1:min(len(doc), verb.i + 8)]
                  if not (t.is_punct or t.is_quote or t.lower_ in _IDIOM_FILLERS or (t.dep_ == "advmod" and t.lower_ != "up")))
    negated = negated_token(verb) or any(c.dep_ == "aux" and negated_token(c) for c in verb.children)
    return any(neg == negated and words[:len(idiom)] == idiom for neg, idiom in idioms)


def _not_recognised(verb) -> bool:
    """"We do not recognise these figures", "the palace did not recognise the account": a British
    way of saying an account of things is wrong."""
    if verb.lemma_.lower() not in ("recognise", "recognize") or not negated_token(verb):
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in lexicon.proposition_nouns() or c.lemma_.lower() == "picture") for c in verb.children)


def _no_grounds(verb) -> bool:
    """"there is no evidence that ...", "I have seen no indication that ...", "nothing to suggest",
    "I know of no information that would tie him to ..."."""
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for tok in [c for c in verb.children if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass")] + objects:
        if tok.lower_ == "nothing" and any(_suggesting(c) for c in tok.children if c.dep_ in ("acl", "relcl")):
            return True  # "nothing to suggest that ...", not "nothing to prove"
        if tok.lower_ == "nothing" and tok.dep_ == "dobj" and any(_suggesting(c) for c in verb.children if c.dep_ == "xcomp"):
            return True  # "(he had) heard nothing to suggest the deal was off": the infinitive hung on the verb
        if _no_evidence_for(tok, negated_token(verb)):
            return True
    return _claim_without_basis(verb)


_BASES = {"basis", "foundation", "truth", "merit", "substance", "credibility"}


def _suggesting(verb) -> bool:
    """"(nothing) to suggest that ...", "to tie him to the fire": a verb of suggesting with what it suggests."""
    return verb.lemma_.lower() in _SUGGESTING and any(g.dep_ in ("ccomp", "dobj") for g in verb.children)


def _claim_without_basis(verb) -> bool:
    """"These accusations have no basis whatsoever", "the report has no foundation": a claim, a
    report or what was said (subject) has no basis (object)."""
    if verb.lemma_.lower() != "have":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lemma_.lower() in lexicon.proposition_nouns() or subject.lower_ in lexicon.POINTING_WORDS):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _BASES and (
        any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) or negated_token(verb)) for c in verb.children)


def _no_evidence_for(noun, negated: bool = False) -> bool:
    """"no evidence that ...", "no truth in the report", "no evidence of that"; not "no reason for my
    departure"."""
    if noun.lemma_.lower() not in lexicon.evidence_nouns() or not (
            negated or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)):
        return False
    return any(c.dep_ in ("acl", "ccomp") or _complement_parsed_as_relative(c) or (c.dep_ == "prep" and (
        c.lower_ == "to" or (c.lower_ == "in" and noun.lemma_.lower() in ("truth", "substance", "merit"))))
        or _of_what_was_said(c) for c in noun.children)


def _of_what_was_said(prep) -> bool:
    """"(no evidence) of that", "for this": the missing evidence is for what was just said."""
    return prep.dep_ == "prep" and prep.lower_ in ("of", "for") and any(
        o.dep_ == "pobj" and o.lower_ in lexicon.POINTING_WORDS for o in prep.children)


def _no_evidence_found(root) -> bool:
    """"(The committee found) no evidence that there was a stand-down order": the content is the
    missing evidence itself, the object of a verb of finding."""
    return root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head.lemma_.lower() in _FINDING and _no_evidence_for(root)


def _complement_parsed_as_relative(clause) -> bool:
    """A clause the parser hung on the noun as a relative clause that is its content: "no
    information that the father is unfit" ("that" a subordinator, not the clause's subject), "no
    reason to believe that ..." (an infinitive of thinking or suggesting)."""
    if clause.dep_ != "relcl":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    if _suggesting(clause) and any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in clause.children):
        return True  # "no information that would tie the men to the fire": what would bear the claim out
    subject = _subject(clause)
    if subject is not None and subject.tag_ not in ("WDT", "WP") and \
            any(c.dep_ in ("dobj", "attr", "acomp", "ccomp") for c in clause.children):
        return True  # "no evidence this would have any effect": a full clause, no gap for the noun
    return clause.lemma_.lower() in _THINKING | _SUGGESTING and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
        any(c.dep_ in ("ccomp", "dobj") for c in clause.children)


def _falsehood(verb) -> bool:
    """"she is lying about ...", "they distorted my record", "my comments were mischaracterized"."""
    lemma = verb.lemma_.lower()
    if lemma in ("tell", "speak") and negated_token(verb):
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "truth" for c in verb.children)  # "not telling the truth"
    made_up = lemma in ("make", "cook", "dream") and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "prep") and c.lower_ not in _MADE_UP_THINGS for c in verb.children)
    # "she made the story up", "it was made up"; not "women make up 75 percent", "made up of foreigners"
    if (lemma not in lexicon.falsehood_verbs() and not made_up) or negated_token(verb) or verb.pos_ != "VERB":
        return False
    if lemma == "lie":
        about = any(c.dep_ == "prep" and c.lower_ in ("about", "to") for c in verb.children)
        if verb.tag_ not in ("VBG", "VBD", "VBN") and not (verb.tag_ in ("VBZ", "VBP") and about):
            return False
        if any(c.dep_ in ("prt", "prep") and c.lower_ in ("down", "in", "on", "at", "low", "ahead", "behind")
               for c in verb.children):
            return False  # "lie low", "lies in ruins", "the problem lies with"
    subj = _subject(verb)
    return subj is None or subj.lower_ not in ("i", "we")


def _never_happened(verb) -> bool:
    """"That never happened", "no such call took place"."""
    subj = _subject(verb)
    if subj is None or subj.tag_ in ("WDT", "WP"):
        return False  # "circumstances that will not occur": a relative clause
    if verb.lemma_.lower() in ("happen", "occur", "exist", "take") and negated_token(verb) and \
            subj.lower_ in lexicon.POINTING_WORDS:
        return True
    return any(c.lower_ == "such" for c in subj.subtree) and any(c.lower_ == "no" for c in subj.children)
