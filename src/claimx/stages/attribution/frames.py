"""Where a cue's content is: the frames of data/cues.tsv ("ccomp" a clause, "xcomp" an infinitive,
"dobj" an object, "nsubjpass" a passive subject, "prep:WORD" a prepositional object), each a finder
over the cue verb's dependents, tried in the order the lexicon lists them.
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from .boundaries import (as_role, as_tag, belongs_to_cue, closing_asides, object_complements, said_after_tag,
                         saying_participles, spelled_out, trailing_asides, trailing_participle)
from .conjuncts import before_acts, coordinated_objects, infinitive_end, speakers_next_act
from .conjuncts import end_before as _end_before
from .cues import particle_as_preposition
from .context import SUBJECT_DEPS, ContentHit, subtree_span, trim
from .misparsed import misparsed_clause
from .naming import (as_clause, deep_predicate, merged_name, misparsed_predicate, named_antecedent, named_in_predicate,
                     predicative, quoted_appos, relative_named, what_it_is_called)
from .subjects import subject_of


_REFUSAL = "refusal"  # "refused to comment": the cue states nothing, try no other frame


def content_of(verb, entry: lexicon.CueEntry, text: str) -> Optional[ContentHit]:
    """The content of cue word *verb*: its frames (``data/cues.tsv``) are tried in the lexicon's
    order, and the first that finds a dependent holding the content wins."""
    children = list(verb.children)
    for frame in entry.frames:
        finder = _FINDERS.get(frame.split(":")[0])
        hit = finder(verb, children, frame, text) if finder is not None else None
        if hit == _REFUSAL:
            return None
        if hit is not None:
            return hit._replace(spans=spelled_out(verb, hit, text))
    return None


def _clause(verb, children, frame, text):
    """"said that ...", "said the deal was done": a clausal complement (or a parataxis with a subject).
    A saying before the verb with a complement after it is another statement that the parser hung on
    this one ("X has said A, and Y said B"): the complement after the verb is this one's."""
    clauses = [c for c in children if c.dep_ == "ccomp" or (c.dep_ == "parataxis" and c.i > verb.i
                                                             and any(g.dep_ in SUBJECT_DEPS for g in c.children))]
    clauses = [c for c in _after_fronted(verb, children, clauses) if not _before_semicolon(verb, c)]
    if len(clauses) > 1 and clauses[0].i < verb.i < clauses[-1].i and \
            (clauses[0].lemma_.lower(), "VERB") in lexicon.cues() and any(c.dep_ == "ccomp" for c in clauses[0].children):
        clauses = clauses[1:]
    if not clauses:
        clauses = misparsed_clause(verb, children)
    if not clauses or _fronted_object(verb, children, clauses[0]):
        return None
    child = clauses[0]
    # a participial cue hanging off the content ("..., claiming he could ...") is a
    # statement of its own; other cue words inside the content stay part of it
    nested = [t for t in child.subtree if t.i != child.i and t.dep_ == "advcl" and t.tag_ == "VBG"
              and ((lexicon.cues().get((t.lemma_.lower(), "VERB"))
                    and any(c.dep_ == "ccomp" for c in t.children))
                   or trailing_participle(t, child))]
    acts = [c for c in child.children if c.i > child.i and (belongs_to_cue(c, child) or speakers_next_act(c, child, verb))]
    nested += acts + [c for c in child.children if c.dep_ == "cc" and any(
        a.dep_ == "conj" and a.i > c.i for a in acts)] + trailing_asides(child) + _next_speaker(verb, child)
    nested += _medium_before(verb, child) + [c for c in child.children if c.i > child.i and as_tag(c)]
    s, e = subtree_span(child, text, exclude=nested)
    if acts:  # the content ends before the speaker's next act, whatever the parser hung after it
        e = min(e, _end_before(verb.doc, min(a.left_edge.i for a in acts), child.i))
    stranded = _stranded_subject(verb, child)
    if stranded is not None:
        s = subtree_span(stranded, text)[0]
    reason = _reason_after(verb, child)
    if reason is not None and e <= reason.left_edge.idx:  # "said the claim was false, because ..."
        e = subtree_span(reason, text)[1]
    second = _second_that_clause(verb, child)
    if second is not None:
        e = max(e, subtree_span(second, text, exclude=trailing_asides(second))[1])
    rest = said_after_tag(verb) if child.right_edge.i < verb.i else None
    if rest is not None:  # "The plan is sound, he said, because ...": on both sides of the tag
        return ContentHit(child, "ccomp", [(s, e), subtree_span(rest, text, exclude=trailing_asides(rest))], [])
    return ContentHit(child, "ccomp", _around_tag(verb, child, s, e, text), [])


def _around_tag(verb, clause, s: int, e: int, text: str) -> list:
    """The content span (*s*, *e*) without the tag inside it: "a strategy that officials say is
    designed to ..." is "that" and "is designed to ..." (the relative word stands for the noun)."""
    if not clause.left_edge.i < verb.i < clause.i:
        return [(s, e)]
    inside = {t.i for t in clause.subtree}
    tag_start = min(t.i for t in verb.subtree if t.i not in inside)
    doc = verb.doc
    before = trim(text, s, min(e, doc[tag_start].idx), ",;:-\u2014")
    after = next((t.idx for t in doc[verb.i + 1:clause.i + 1] if t.i in inside), None)
    after = trim(text, max(s, after), e, ",;:-\u2014") if after is not None else (e, e)
    return [(a, b) for a, b in (before, after) if b > a] or [(s, e)]


def _after_fronted(verb, children, clauses) -> list:
    """With a clause on each side of the cue verb and its subject between them, the one after is
    what is said: the one before is a fronted phrase the parser misread ("In a statement released
    after the vote, Smith said he was certain ...": "released" is no clause of "said"); not one after
    a semicolon ("A fell, Lipper says; B rose": A is what Lipper says), nor an apposition naming the
    clause before ("A was suspended, the unit said, an allegation his lawyer rejected")."""
    if len(clauses) < 2 or not clauses[0].i < verb.i < clauses[-1].i:
        return clauses
    if not any(c.dep_ in SUBJECT_DEPS and clauses[0].i < c.i < verb.i for c in children):
        return clauses
    doc = verb.doc
    after = [c for c in clauses if c.i > verb.i and not any(t.text == ";" for t in doc[verb.i + 1:c.left_edge.i + 1])
             and not _names_the_clause_before(c)]
    return after or clauses


def _before_semicolon(verb, clause) -> bool:
    """A clause before the cue that a semicolon ends, when the cue asks or tells something of its
    own after it ("A committee is weighing the offer; the parent asked it to respond by Oct. 31")."""
    if clause.i > verb.i or not any(c.dep_ in ("dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return False
    return any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1:verb.i])


def _names_the_clause_before(clause) -> bool:
    """A clause the parser made of an apposition: its first subject a proposition noun ("an
    allegation", "a claim") with another subject after it ("an allegation his lawyer rejected")."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return len(subjects) > 1 and subjects[0].lemma_.lower() in lexicon.proposition_nouns()


def _medium_before(verb, clause) -> list:
    """"said in a note they expected ...": a phrase naming the medium, right after the cue and
    before the clause's subject, says how it was said, not what (the parser hangs it on the clause)."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return []
    return [c for c in clause.children if c.dep_ == "prep" and verb.i < c.i < subject.left_edge.i
            and c.lower_ in ("in", "on", "via", "through")
            and any(o.dep_ == "pobj" and o.lemma_.lower() in lexicon.medium_nouns() for o in c.children)]


def _fronted_object(verb, children, clause) -> bool:
    """"X alleged that ..., a charge Y denied" parsed with the allegation as the clause of "denied"
    and "a charge" as its object before it: the object (a claim noun) is what is denied."""
    return clause.i < verb.i and _denies(verb) and any(
        c.dep_ == "dobj" and clause.i < c.i < verb.i and c.lemma_.lower() in lexicon.proposition_nouns() for c in children)


def _next_speaker(verb, clause) -> list:
    """"X has said A, and Y said B" parsed with X's saying under Y's: the words from ", and" on
    name Y, and are not part of A."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or (head.lemma_.lower(), "VERB") not in lexicon.cues():
        return []
    doc = verb.doc
    cuts = [t.i for t in clause.subtree if t.dep_ == "cc" and t.i < head.i and t.i > 0 and doc[t.i - 1].text == ","]
    if not cuts:
        return []
    return [t for t in clause.subtree if t.i >= cuts[-1] - 1 and t.left_edge.i >= cuts[-1] - 1]


def _stranded_subject(verb, clause):
    """The clause's subject that the parser hung on the cue verb ("said the days when towns had
    one paper | are gone": "days" an object of "said", "are gone" a clause without a subject)."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod", "dobj") and verb.i < c.i < clause.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON") and c.ent_type_ not in ("DATE", "TIME")), None)


def _second_that_clause(verb, clause):
    """A second that-clause the parser coordinated with the cue verb instead of its clause
    ("announced that the bank was careless, but that its conduct was no crime"): said too."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > clause.right_edge.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)), None)


def _reason_after(verb, clause):
    """A reason or condition the parser hung on the cue verb right after its clause ("said the
    claim smacked of hypocrisy, because the council had done the same"): part of what was said."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > clause.right_edge.i
                 and c.left_edge.dep_ == "mark" and c.left_edge.lower_ in ("because", "since", "unless", "if")
                 and c.left_edge.i <= clause.right_edge.i + 2), None)


def _infinitive(verb, children, frame, text):
    """"vowed to fight", "urged to act"; "refused to comment (on the report)" and "asked not to be
    named" state nothing."""
    for child in children:
        if (child.dep_ == "xcomp" or _noun_infinitive(verb, child)) and child.pos_ in ("VERB", "AUX") and child.i > verb.i:
            if child.lemma_.lower() in lexicon.no_comment_verbs() and not any(
                    c.dep_ in ("dobj", "ccomp") for c in child.children):
                return _REFUSAL
            if child.lemma_.lower() in ("name", "identify", "quote") and any(c.dep_ == "auxpass" for c in child.children):
                return _REFUSAL  # "who asked not to be named"
            s, e = subtree_span(child, text, exclude=closing_asides(child))
            return ContentHit(child, "xcomp", [(s, infinitive_end(child, verb, e, text))], [])
    return None


def _verb_read_as_modifier(verb) -> bool:
    """"The 34-year-old denies murder.": the parser read the finite verb as a modifier of the noun
    right after it, which heads the sentence; that noun is the verb's object."""
    return verb.dep_ in ("compound", "amod") and verb.tag_ in ("VBZ", "VBD") and verb.head.i == verb.i + 1 \
        and verb.head.pos_ == "NOUN" and verb.head.dep_ == "ROOT"


def _noun_infinitive(noun, child) -> bool:
    """A nominal cue's to-infinitive ("his pledge to cut taxes", "calls to break up the banks"),
    which the parser hangs on the noun as a clause."""
    return noun.pos_ == "NOUN" and child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" and a.i == child.i - 1 for a in child.children)


def _object(verb, children, frame, text):
    """"denied the report", "called Trump a liar" (dobj+oprd), "urged Congress to act" (dobj+xcomp),
    "a poll showed a tie" (dobj:record: only with a record as subject)."""
    denied = _denied_antecedent(verb, children, frame, text) or named_antecedent(verb, children, frame, text)
    if denied is not None:
        return denied
    record = frame == "dobj:record"
    if record:
        subj = subject_of(verb)
        if subj is None or subj.lemma_.lower() not in lexicon.record_nouns():
            return None
        frame = "dobj"
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and frame == "dobj" and _verb_read_as_modifier(verb):
        return ContentHit(verb.head, "dobj", [trim(text, verb.nbor().idx, subtree_span(verb.head, text)[1])], [])
    if obj is None and frame == "dobj":  # "brushed off the findings", "off" parsed as a preposition
        obj = next((g for c in children if c.i == verb.i + 1 and particle_as_preposition(c)
                    for g in c.children if g.dep_ == "pobj"), None)
    if obj is None and frame == "dobj" and not _denies(verb):
        # "condemned what he called a breach": a free relative, parsed as a clause (a deny verb's
        # "contradicted what he said" is left to the saying, which the stance stage reads as denied)
        obj = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.lower_ == "what"
                    and c.left_edge.dep_ == "dobj" and c.left_edge.head.i == c.i), None)
    if obj is None and frame == "dobj+oprd" and what_it_is_called(verb, children, text) is not None:
        return what_it_is_called(verb, children, text)
    if obj is None and frame == "dobj+oprd":
        # 'called Trump a "liar"' parsed as two predicates, 'called her "third-rate"' with "her" a
        # possessive of the predicate, 'called the denial of any tampering "laughable"' with both
        # predicates: the predicate's subtree holds both
        obj = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i and (c.pos_ in ("PROPN", "PRON") or any(
            p.dep_ == "poss" and p.lower_ == "her" for p in c.children) or deep_predicate(c) is not None
            or merged_name(c) or named_in_predicate(verb, c))), None)
    if obj is None and frame == "dobj+oprd":
        named = relative_named(verb, children, text)
        if named is not None:
            return ContentHit(named[0], "dobj", named[1], [])
    seconds = [c for c in children if frame != "dobj" and obj is not None and c.i > obj.i
               and (c.dep_ == frame.split("+")[1] or (frame == "dobj+oprd" and misparsed_predicate(c, obj)))]
    if obj is None or (obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that", "so", "what", "which")
                       and not _denies(verb) and not seconds):
        return None  # "said it": no content; but "denied it" denies what was said before, "called it a farce" calls it
    if obj.lemma_.lower() in lexicon.no_comment_verbs() and verb.lemma_.lower() in ("decline", "refuse", "offer"):
        return _REFUSAL  # "declined comment", "offered no comment"
    if frame == "dobj" and obj.lower_ in ("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself") \
            and not any(c.dep_ == "conj" for c in obj.children):
        return None  # "distanced himself from the bill": the content is the bill (a preposition frame)
    parts = [obj]
    if frame != "dobj":
        if not seconds and frame == "dobj+oprd" and (predicative(obj) is not None or quoted_appos(obj) is not None
                                                     or deep_predicate(obj) is not None or merged_name(obj)):
            pass  # "called the charges unsubstantiated", 'called him "a hero"' parsed inside the object
        elif not seconds and not (obj.dep_ == "oprd" and obj.pos_ not in ("PROPN", "PRON")):
            return None
        else:
            parts += seconds
    elif record:  # "polls show the mayor | ahead", "| leading by six points", "| up by ten": a small clause
        parts += [c for c in children if c.i > obj.i and c.dep_ in ("xcomp", "oprd", "advmod", "acomp", "ccomp", "prep", "npadvmod")
                  or (c.dep_ == "advcl" and c.tag_ == "VBG")]
    else:
        parts += [c for c in children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("as", "of", "for")]
        parts += [c for c in children if as_role(c, obj)]
        parts += object_complements(verb, obj)
        parts += coordinated_objects(verb, parts)
    s = min(subtree_span(x, text, exclude=trailing_asides(x))[0] for x in parts)
    e = before_acts(parts, verb, max(subtree_span(x, text, exclude=trailing_asides(x) + saying_participles(x))[1] for x in parts))
    if text[e:e + 1] in ("\"", "\u201d") and text[s:e].count("\"") + text[s:e].count("\u201c") > text[s:e].count("\u201d"):
        e += 1  # the closing quote mark the parser hung on the verb
    return ContentHit(obj, "dobj", [(s, e)], [])


def _denied_antecedent(verb, children, frame, text):
    """"a charge Gonzalez denied", "allegations of fraud, which he denies", "the allegations, denied
    by the company,": a deny verb in a relative clause, or a past participle with its agent, denies
    the claim or charge it hangs on (or the parser's object before it)."""
    if frame != "dobj" or not _denies(verb):
        return None
    fronted = next((c for c in children if c.dep_ == "dobj" and c.i < verb.i
                    and c.lemma_.lower() in lexicon.proposition_nouns()), None)
    if fronted is not None:  # the same parsed with the noun as the verb's object before it
        return ContentHit(fronted, "dobj", [subtree_span(fronted, text)], [])
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ != "NOUN":
        return None
    if verb.dep_ == "acl" and (verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in children)):
        return None  # "the allegations, denied by the company,": a participle with its agent
    if any(c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in children):
        return None  # "the official who denied the report": the report is the object
    noun = verb.head
    if noun.lemma_.lower() not in lexicon.proposition_nouns() or noun.i > verb.i:
        return None
    return ContentHit(noun, "dobj", [subtree_span(noun, text, exclude=[verb])], [])


def _denies(verb) -> bool:
    entry = lexicon.cues().get((verb.lemma_.lower(), "VERB"))
    return entry is not None and entry.cls == "deny"


def _passive_subject(verb, children, frame, text):
    """"X has been endorsed by Y": the passive subject is what Y endorses."""
    subj = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or not any(c.dep_ == "agent" for c in children):
        return None
    if subj.pos_ == "PRON" and subj.lower_ not in ("who", "which", "that"):
        return None
    return ContentHit(subj, "nsubjpass", [subtree_span(subj, text)], [])


def _preposition(verb, children, frame, text):
    """"called for a review", "accused her of lying", "called on the administration to act"."""
    word = frame[5:]
    particles = [c for c in children if c.i == verb.i + 1 and c.dep_ in ("prt", "advmod")]
    # the parser often hangs the preposition on the particle: "pushed back against the charges"
    prep = next((c for c in [*children, *(g for p in particles for g in p.children)]
                 if c.dep_ == "prep" and c.lower_ == word and c.i > verb.i), None)
    if prep is None:
        return _for_to_clause(verb, children, word, text) or _as_clause(verb, children, word, text)
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objs and word == "as" and any(c.dep_ == "dobj" and verb.i < c.i < prep.i for c in children):
        objs = [c for c in prep.children if c.dep_ == "amod"]  # "saw the plan as | unworkable"
    if not objs:
        return None
    extra = [prep] if prep.i - verb.i <= 4 else []  # "spoke out Tuesday about"
    # ", which ..." closing the object goes; an apposition stays ("in Tulsa, Oklahoma")
    s, e = subtree_span(objs[0], text, exclude=[t for t in trailing_asides(objs[0]) if t.dep_ != "appos"])
    e = before_acts([objs[0]], verb, e)  # "calling for his firing and carrying signs"
    obj = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < prep.i and word in ("of", "for", "as")), None)
    if obj is not None:  # "accused her of lying", "sees golf courses as wasted space": who and what
        s, extra = subtree_span(obj, text)[0], []
    then = next((c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > objs[0].i
                 and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)), None)
    if then is not None:  # "called on the administration to act": who and what
        e = max(e, subtree_span(then, text)[1])
    role = _role_after(verb, children, objs[0])
    if role is not None:  # "pointed to the case as proof of fraud"
        e = max(e, subtree_span(role, text, exclude=trailing_asides(role))[1])
    return ContentHit(objs[0], "prep", [(s, e)], extra)


def _role_after(verb, children, obj):
    """An "as" phrase the parser hung on the cue verb right after its prepositional object: the
    role the speaker gives it ("pointed to the case as proof of fraud", "spoke of him as a
    friend") is part of what is said."""
    return next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i == obj.right_edge.i + 1), None)


def _as_clause(verb, children, word, text):
    found = as_clause(verb, children, text) if word == "as" else None
    return ContentHit(found[0], "prep", [found[1]], []) if found is not None else None


def _for_to_clause(verb, children, word, text):
    """"called for the council to resign", "called for the files to be released": the parser makes
    "for" the marker of a clause."""
    for c in children:
        first = c.left_edge
        if c.dep_ in ("advcl", "ccomp") and c.i > verb.i and first.dep_ == "mark" and first.lower_ == word \
                and first.head.i == c.i and any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children) \
                and (c.tag_ == "VB" or (c.tag_ == "VBN" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children))):
            s, e = trim(text, first.idx + len(first.text), subtree_span(c, text)[1])
            return ContentHit(c, "prep", [(s, e)], [first] if first.i - verb.i <= 4 else [])
    return None


# frame name in data/cues.tsv (before any ":" or "+" detail) -> finder; "quote" has none: it only
# serves as a tag next to a quote (direct.py)
_FINDERS = {"ccomp": _clause, "xcomp": _infinitive, "dobj": _object, "dobj+oprd": _object, "dobj+xcomp": _object,
            "nsubjpass": _passive_subject, "prep": _preposition}
