"""Denials made with a deny-class cue ("deny", "reject", "dismiss", "dispute", "refute", "rebut",
"contest", "disavow", "repudiate", "contradict", "hit back at", "push back on", "poured cold water on",
"denial"), or with a naming verb that brands a report false ("called the report false", "branded the
story a hoax", also when the parser takes a long object for a clause: "called a report suggesting ...
'outrageous'", or hangs the name on the object's last noun: 'called the denial of any tampering
"laughable"'; "denied the allegations, calling them baseless"),
or with a verb of attack that calls a report or claim false ("slammed the claims as lies").

The cue must not be negated ("did not deny", "would neither confirm nor deny" deny nothing). Its
content is a clause or a quote ("denied that ...", "'I never did,' he denied"), or a noun phrase
that names a proposition: any object of "deny", "refute", "rebut", "disavow", "repudiate",
"contradict" except an action, a permission or an access ("denied any contact", "denied the
allegations", "denied it"; but "denied entry", "denied him a visa"); of "reject", "dismiss",
"dispute", "contest" only a report, claim or accusation, or something dismissed as false
("rejected the report", "dismissed the story as speculation", "dismissed as 'malicious' reports that
...", "rejected this" after a sentence that tells a report; but "rejected the offer",
"dismissed the coach", "dismissed suggestions that he resign"). A passive subject counts as the object ("the claims were denied by the
ministry"; "requests were denied" is a refusal).
"""
from __future__ import annotations

from .. import lexicon
from ..statement import Statement
from ..attribution.naming import NAMING, deep_predicate, merged_name, misparsed_predicate, quoted_appos
from .negation import negated_token

# verbs whose object is a proposition unless it is an action or a permission
PROPOSITIONAL = {"deny", "refute", "rebut", "debunk", "disprove", "hit back", "push back", "fire back", "shoot down"}
# verbs that deny what their object says only when it is "any ..." ("disavowed any interest in"):
# otherwise they distance the speaker from a position ("repudiated the party's support for trade")
DISTANCING = {"disavow", "repudiate", "contradict", "brush off"}
# an intention, a disposition or an appearance of denying is no denial ("eager to rebut", "wants to
# dismiss", "seemed to contradict")
_INTENT = {"eager", "keen", "ready", "likely", "unlikely", "reluctant", "want", "hope", "plan", "intend", "refuse",
           "decline", "aim", "expect", "wish", "prepare", "appear", "seem"}  # "appeared to contradict": the writer's reading
# verbs of attack that deny what they attack only when it is a report or claim called false ("slammed the
# claims as lies", "condemned the report as a fabrication")
ATTACKING = {"slam", "blast", "lambast", "lambaste", "deride", "ridicule", "mock", "condemn", "denounce", "decry",
             "attack", "criticize", "criticise", "trash"}


def deny_cue_denial(st: Statement, root) -> bool:
    """Is *st*, whose content is headed by *root*, a denial made with its cue (see the module docstring)?"""
    entry, head = st.cue_entry, st.cue_head
    if entry is None or head is None:
        return False
    if entry.cls == "deny":
        if negated_token(head) or any(negated_token(t) for t in st.cue_tokens) or _neither_nor(head):
            return False
        if any(t.lemma_.lower() in _INTENT for t in st.cue_tokens if t.i < head.i):
            return False
        if head.pos_ == "NOUN":
            return True  # "his denial that ...", "a denial of the report"
        if st.frame in ("ccomp", "quote", "clause", "xcomp"):
            return True  # "denied that ...", "denied ever meeting him"
        if st.frame == "nsubjpass" and any(c.dep_ == "dobj" for c in head.children):
            return False  # "they were denied duty-free treatment": the subject is who was refused
        if st.frame == "prep" and _fronted_object(head) is not None:
            return denied_object(head, _fronted_object(head), entry.lemma)
        if st.frame in ("dobj", "nsubjpass", "prep") and root is not None:
            return denied_object(head, root, entry.lemma)
        return False
    if st.frame == "dobj" and st.cue_lemma in NAMING:
        return _named_false(head, root)
    if st.frame == "prep" and st.cue_lemma in NAMING:  # "branded the report as nonsense"
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return obj is not None and _named_false(head, obj)
    if st.frame == "dobj" and st.cue_lemma in ATTACKING and root is not None and (
            root.lemma_.lower() in lexicon.proposition_nouns() or root.lower_ in lexicon.POINTING_WORDS):
        return _named_false(head, root)  # "slammed the reports as fake news"; not "slammed the minister as a liar"
    if st.frame == "ccomp" and st.cue_lemma in NAMING:
        return _named_false(head, _split_object(head))
    return st.frame == "xcomp" and _refused_to_accept(head, root)


_REFUSING = {"refuse", "decline"}
_ACCEPTING = {"accept", "believe", "acknowledge", "recognise", "recognize", "entertain"}


def _refused_to_accept(verb, root) -> bool:
    """"refused to accept claims that the bridge was unsafe", "declined to believe the reports": a
    refusal to take a claim or report as true rejects it (not "refused to accept the offer")."""
    if verb.lemma_.lower() not in _REFUSING or root is None or root.lemma_.lower() not in _ACCEPTING:
        return False
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in lexicon.proposition_nouns()


def _split_object(verb):
    """The object of a naming verb the parser split from what it is called ("called a report
    suggesting donors were granted access 'outrageous'": "report" the object, "granted" taken for a
    clause of "called" with "outrageous" in it), or None."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


_ISSUING = {"issue", "make", "give", "offer", "release", "publish", "post"}


def framed_as_denial(st: Statement) -> bool:
    """"In a denial posted online, the office said ...", "in a statement denying the reports, the
    club said ...": a saying framed by a denial noun, or by a statement that denies with a deny verb
    not negated."""
    head = st.cue_head
    if head is None or head.pos_ != "VERB":
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            entry = lexicon.cues().get((noun.lemma_.lower(), "NOUN"))
            if entry is not None and entry.cls == "deny":
                return True
            if any(c.dep_ == "acl" and c.tag_ == "VBG" and not negated_token(c) and _denying(c) for c in noun.children):
                return True
    return False


def _denying(verb) -> bool:
    entry = lexicon.cues().get((verb.lemma_.lower(), "VERB"))
    if entry is None or entry.cls != "deny" or any(
            c.dep_ == "dative" or (c.dep_ in ("dobj", "nsubj") and c.lower_ in lexicon.HUMAN_PRONOUNS | lexicon.OBJECT_PRONOUNS)
            for c in verb.children):
        return False  # "in a ruling denying him bail"
    if any(c.dep_ == "ccomp" and not any(g.dep_ == "nsubj" and g.lower_ in lexicon.OBJECT_PRONOUNS for g in c.children)
           for c in verb.children):
        return True  # not "denying him bail" parsed as a clause
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and denied_object(verb, obj, entry.lemma)


def issued_denial(st: Statement, root) -> bool:
    """'issued a flat denial of the report', 'made a categorical denial': a verb of issuing whose
    object, the statement's content, is a deny-class noun (the verb is the cue where the broad scope
    counts "issue" as one)."""
    if root is None or root.pos_ != "NOUN" or st.cue_head is None or root.head.i != st.cue_head.i:
        return False
    entry = lexicon.cues().get((root.lemma_.lower(), "NOUN"))
    return entry is not None and entry.cls == "deny" and st.cue_head.lemma_.lower() in _ISSUING


def denied_noun(root):
    """What a denial noun heading a content denies: "a flat denial of the report" -> report; any
    other content head as it is."""
    if root is None or root.pos_ != "NOUN":
        return root
    entry = lexicon.cues().get((root.lemma_.lower(), "NOUN"))
    if entry is None or entry.cls != "deny":
        return root
    return next((o for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj"), root)


def denial_in_content(root) -> bool:
    """The reported content is itself a denial with a deny verb: 'the BBC said it "rejects the
    claims"', 'he said he denied any wrongdoing' (a deny verb heading the content, not negated,
    with an object naming a proposition or a clause)."""
    if root is None or root.pos_ != "VERB" or negated_token(root) or any(negated_token(a) for a in root.children
                                                                       if a.dep_ in ("aux", "auxpass")):
        return False
    if _named_false_inside(root):
        return True
    if not any(c.dep_ == "nsubj" for c in root.children):
        return _denied_passive_inside(root)  # "appeared to contradict his past statements": the writer's reading
    entry = lexicon.cues().get((root.lemma_.lower(), "VERB"))
    if entry is None or entry.cls != "deny" or any(a.dep_ == "aux" and a.tag_ == "MD" for a in root.children):
        return False  # "would reject the claims" is a readiness, not a denial
    if any(c.dep_ == "ccomp" for c in root.children):
        return True
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    return obj is not None and denied_object(root, obj, entry.lemma)


def _named_false_inside(root) -> bool:
    """'said he had called the reports "nonsense"', "said the ministry had branded the story a hoax":
    a naming verb heading the content, with a subject and an object it calls false."""
    if root.lemma_.lower() not in NAMING or not any(c.dep_ == "nsubj" for c in root.children):
        return False
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    return obj is not None and _named_false(root, obj)


def _denied_passive_inside(root) -> bool:
    """"said the claims had been denied by the board", "said the report was dismissed as
    speculation": a passive deny verb heading the content, its subject naming a proposition
    ("said the requests were denied" is a refusal)."""
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    entry = lexicon.cues().get((root.lemma_.lower(), "VERB"))
    if subject is None or entry is None or entry.cls != "deny" or not any(c.dep_ == "auxpass" for c in root.children):
        return False
    if subject.pos_ == "PRON" or any(c.dep_ == "dobj" for c in root.children):
        return False  # "he was denied a visa"; "it was rejected" points anywhere
    return denied_object(root, subject, entry.lemma)


def denied_object(verb, obj, lemma: str) -> bool:
    """Does the deny-class *verb* deny the truth of its object *obj* (see the module docstring)?"""
    if any(c.dep_ == "dative" for c in verb.children):
        return False  # "denied him access"
    if any(c.dep_ == "auxpass" for c in verb.children) and obj.dep_ == "dobj":
        return False  # "they were denied duty-free treatment": a refusal to them
    word = noun_word(obj)
    if lemma == "deny" and word in _INTENTIONS and any(
            c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in obj.children):
        return True  # "denied plans to raise prices": that there are such plans (not "denied a bid to ...")
    if _proposal(obj):
        return False  # "dismissed suggestions that the father travel to Miami": a proposal refused
    if obj.lower_ in lexicon.NEGATIVE_QUANTIFIERS:
        return False  # "denied nothing"
    if obj.pos_ == "PRON" and obj.lower_ in lexicon.POINTING_WORDS:
        return lemma in PROPOSITIONAL or lemma == "dispute" or _points_to_report(obj) or \
            _dismissed_as_false(verb, obj)  # "has denied this", "denied it"; not "dismissed them"
    if word in lexicon.proposition_nouns():
        return True
    if word not in lexicon.action_nouns() and any(
            c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            for c in obj.children):
        return True  # "rejected attacks that he was not a conservative" (not "an order that he stay")
    as_phrase = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"] + _as_phrase(obj)
    if any(t.lemma_.lower() in lexicon.falsity_words() for a in as_phrase for t in a.subtree):
        return True  # "dismissed the whole kerfuffle as absurd"
    if lemma in ("contradict", "rebut", "refute") and (obj.pos_ == "PRON" or obj.ent_type_ == "PERSON"):
        return True  # "contradicted him": his statements
    if word in lexicon.action_nouns() or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ not in ("NOUN", "PRON"):
        return False
    if lemma in PROPOSITIONAL:
        return True  # "denied any contact", "denied wrongdoing", "denied involvement"
    return lemma in DISTANCING and any(c.lower_ == "any" for c in obj.children)  # "disavowed any interest in"


_INTENTIONS = {"plan", "plans", "intention", "intentions", "intent"}


def _dismissed_as_false(verb, obj) -> bool:
    """"dismissed it as 'tittle-tattle'", "rejected that as nonsense": a pointing word called false
    with "as" (not "dismissed them as liars", said of people)."""
    if obj.lower_ in ("them", "so"):
        return False
    as_phrase = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"] + _as_phrase(obj)
    return bool(lexicon.words_of({t for a in as_phrase for t in a.subtree}) & lexicon.falsity_words())


def noun_word(obj) -> str:
    """The lemma of an object noun, also in a title-case headline where the tagger calls it a proper
    noun ("Firm Denies Reports of Losses" -> "report")."""
    word = obj.lemma_.lower()
    if obj.pos_ == "PROPN" and obj.is_title and word not in lexicon.proposition_nouns():
        singular = word[:-1] if word.endswith("s") else word
        if singular in lexicon.proposition_nouns():
            return singular
    return word


_REPORTING = {"assert", "claim", "accuse", "report", "suggest"}


def _points_to_report(obj) -> bool:
    """"this"/"these"/"that" as the object of "reject", "dismiss" points back to a report when the
    sentence before tells one ("His parents said the report had been rewritten. The trust has
    rejected this."); after "The firm offered a deal." it is a refusal."""
    if obj.lower_ not in ("this", "these", "that") or obj.sent.start == 0:
        return False
    before = obj.doc[obj.sent.start - 1].sent
    for tok in before:
        entry = lexicon.cues().get((tok.lemma_.lower(), "VERB")) if tok.pos_ == "VERB" else None
        if entry is not None and entry.cls in _REPORTING and any(c.dep_ == "ccomp" for c in tok.children):
            return True
    return False


_PROPOSAL_NOUNS = {"call", "suggestion", "proposal", "demand", "request", "plea", "appeal", "recommendation", "urging"}


def _proposal(obj) -> bool:
    """The object's that-clause proposes an act instead of stating a fact: its verb is bare (the
    subjunctive of "suggestions that he resign") or, after a noun of proposing, takes "should"
    ("calls that she should quit"; not "should have known", a judgment of the past, nor "the notion
    that it should be forgotten", a claim)."""
    for clause in obj.children:
        if clause.dep_ not in ("acl", "ccomp") or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            continue
        auxes = [a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")]
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        singular = subject is not None and (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it"))
        if not auxes and (clause.tag_ == "VB" or (clause.tag_ in ("VBP", "NN") and singular)):
            return True  # "that the father travel" (tagged VBP or even NN): a base form where "travels" would state a fact
        if auxes[:1] == ["should"] and "have" not in auxes and obj.lemma_.lower() in _PROPOSAL_NOUNS:
            return True  # "calls that he should resign"; but "the notion that it should be forgotten" is a claim
    return False


def _named_false(verb, obj) -> bool:
    """"called the report false", "branded the claims baseless", "described it as a fabrication"."""
    if obj is not None and obj.lower_ == "them" and _claims_before(verb):
        pass  # "denied the allegations, calling them baseless": them, the allegations
    elif obj is None or obj.ent_type_ in ("PERSON", "NORP") or obj.lower_ in lexicon.HUMAN_PRONOUNS | lexicon.OBJECT_PRONOUNS \
            or lexicon.roles().get(obj.lemma_.lower()) == "PERSON" or (obj.pos_ == "PROPN" and obj.ent_type_ != "ORG"):
        return False  # "called Bush a liar": an attack on a person, not a denial of a claim
    said = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    said += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.children]
    said += _as_phrase(obj)  # "described the reports as false", the parser hanging "as" on the object
    said += [c for c in obj.children if c.dep_ in ("amod", "acl") and c.i > obj.i]  # "called the charges unsubstantiated"
    said += [a for a in [quoted_appos(obj), deep_predicate(obj)] if a is not None]  # 'calling a report on the talks "pure fiction"'
    said += [c for c in verb.children if c.i > obj.i and misparsed_predicate(c, obj)]  # "branded the report | false"
    said += [obj] if merged_name(obj) else []  # "called the report nonsense" read as one noun
    tokens = {t for o in said for t in o.subtree}
    words = lexicon.words_of(tokens)  # "unsubstantiated" (VBN), "tittle-tattle"
    if words & lexicon.falsity_words("strong"):
        return True
    return bool(words & lexicon.falsity_words("weak") or _falsity_idiom(tokens)) and obj is not None and \
        obj.lemma_.lower() in lexicon.proposition_nouns()


def _falsity_idiom(tokens) -> bool:
    """What it is called opens with an idiom of data/falsity_phrases.txt ("described the reports as
    wide of the mark", "dismissed the story as a pack of lies"); like a weak falsity word, it
    denies only when said of a report or claim."""
    words = [t.lower_ for t in sorted(tokens, key=lambda t: t.i) if not t.is_punct]
    return any(tuple(words[i:i + len(p)]) == p for p in lexicon.falsity_phrases() for i in range(min(2, len(words))))


def _claims_before(verb) -> bool:
    """A naming participle or conjunct after a verb whose object is claims or reports ("denied the
    allegations, calling them ..."; not "attacked the reporters, calling them liars")."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.i >= verb.i:
        return False
    head = verb.head
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [o for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(o.tag_ in ("NNS", "NNPS") and noun_word(o) in lexicon.proposition_nouns() for o in objects)


def _fronted_object(verb):
    """The object of a deny verb written after its "as" phrase ("dismissed as 'malicious' reports
    that ...", which the parser may take for the subject of the clause after it): the first noun
    after "as" when it names a proposition, or None."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1), None)
    if prep is None:
        return None
    doc = verb.doc
    for tok in doc[prep.i + 1:min(len(doc), prep.i + 8)]:
        if tok.is_punct or tok.pos_ in ("DET", "ADJ", "ADV", "CCONJ"):
            continue
        return tok if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.proposition_nouns() else None
    return None


def _as_phrase(obj) -> list:
    """What an "as" phrase hung on the object says of it: "the reports as false" -> [false]."""
    return [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.children if not t.is_punct]


def _neither_nor(verb) -> bool:
    """"would neither confirm nor deny": nothing is denied."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(0, verb.i - 4):verb.i]]
    return "nor" in before and "neither" in [t.lower_ for t in doc[max(0, verb.i - 8):verb.i]]
