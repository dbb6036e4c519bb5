"""Naming verbs ("called the plan reckless") whose object and name the parser reads otherwise than
as an object and a predicate: as one predicate, or with the named one a relative word; and "sees X
as Y" with "as Y" parsed as a clause."""
from __future__ import annotations

from .. import lexicon
from .boundaries import trailing_asides
from .context import ContentHit, subtree_span
from .context import SUBJECT_DEPS

NAMING = {"call", "deem", "label", "brand", "dub", "describe", "characterize", "characterise", "term"}


def named_in_predicate(verb, pred) -> bool:
    """'called Rubio "Little Marco"', "calls Clinton unqualified": an active naming verb whose object
    and name the parser read as one predicate right after it (the verb has no object of its own)."""
    doc = verb.doc
    first = verb.i + 1
    while first < pred.left_edge.i and doc[first].dep_ == "advmod" and doc[first].head.i == verb.i:
        first += 1  # "called him again ..."
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "a video called 'Perception'", "the so-called 'special relationship'": a name, nobody's
    return pred.left_edge.i == first and pred.left_edge.i < pred.right_edge.i and not any(
        c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in verb.children)


_RELATIVES = ("which", "that", "who", "whom")


def relative_named(verb, children, text):
    """"a deal which the senator called 'a disgrace'", "Bannon, who Beck called 'a despicable human
    being'": in a relative clause, the relative word is the one named and the predicate the name.
    The name's token and the content spans, or None."""
    if verb.dep_ not in ("relcl", "acl") or any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return None
    name = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    rel = next((t for t in verb.doc[verb.head.i + 1:verb.i] if t.lower_ in _RELATIVES and t.head.i == verb.i), None)
    if rel is None and verb.head.i + 2 < verb.i and verb.doc[verb.head.i + 2].lower_ in _RELATIVES \
            and verb.doc[verb.head.i + 1].text == ",":
        rel = verb.doc[verb.head.i + 2]  # ", who Beck called ...", the parser hangs "who" elsewhere
    if name is None or rel is None:
        return None
    return name, [(rel.idx, rel.idx + len(rel.text)), subtree_span(name, text)]


def as_clause(verb, children, text):
    """"sees Netanyahu as captured by hard-liners", "saw the party as insufficiently committed": the
    parser makes "as" the marker of a verbless or participial clause after the object; the object
    and the clause are what the speaker sees it as (not "saw the crowd as he left": a time). The
    clause's head and the content span, or None."""
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    for c in children:
        first = c.left_edge
        if c.dep_ == "advcl" and c.i > obj.i and first.dep_ == "mark" and first.lower_ == "as" and first.head.i == c.i \
                and c.tag_ in ("VBN", "JJ") and not any(a.dep_ in SUBJECT_DEPS for a in c.children):
            return c, (subtree_span(obj, text)[0], subtree_span(c, text, exclude=trailing_asides(c))[1])
    return None


def misparsed_predicate(word, obj) -> bool:
    """The name given, parsed as an adverb or a second object of the naming verb ('branded the
    report | false', 'branded the decision | a disgrace', 'branded North Korea | an "outlaw
    nation"'): an adjective or noun right after the object, no time."""
    return word.dep_ in ("advmod", "npadvmod", "dobj") and word.pos_ in ("ADJ", "NOUN") and word.left_edge.i == obj.right_edge.i + 1 \
        and not word.ent_type_ and word.lower_ not in ("yesterday", "today", "tonight", "tomorrow", "now")


def what_it_is_called(verb, children, text):
    """"ending what he calls corruption in politics", "led to what aides called a new era": after a
    fronted "what", the name given is what the speaker calls it."""
    if not any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in children):
        return None
    pred = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    if pred is None:
        return None
    return ContentHit(pred, "dobj", [subtree_span(pred, text)], [])


def named_antecedent(verb, children, frame, text):
    """"an accusation the minister called 'nonsense'", "the claims, which she described as a
    smear": a naming verb in a relative clause calls the claim or charge it hangs on what its
    predicate or "as" phrase says; the content is the noun and the name."""
    if frame not in ("dobj", "dobj+oprd") or verb.lemma_.lower() not in NAMING or verb.dep_ != "relcl":
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i > verb.i or noun.lemma_.lower() not in lexicon.proposition_nouns():
        return None
    if any(c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in children):
        return None  # "a claim the minister called the report": something else named
    name = next((c for c in children if c.i > verb.i and c.dep_ == "oprd"), None)
    if name is None:
        name = next((o for c in children if c.i > verb.i and c.dep_ == "prep" and c.lower_ == "as"
                     for o in c.children if o.dep_ == "pobj"), None)
    if name is None:
        return None
    return ContentHit(noun, "dobj", [subtree_span(noun, text, exclude=[verb]), subtree_span(name, text)], [])


def predicative(obj):
    """An adjective after the object that the parser hung on it ("called the charges
    unsubstantiated and fabricated": acl of "charges"), which is what the object is called; a
    participle only when it calls something false ("called the story fabricated")."""
    for c in obj.children:
        if c.dep_ in ("acl", "amod") and c.i > obj.i and (
                c.tag_ == "JJ" or (c.tag_ == "VBN" and (c.lower_ in lexicon.falsity_words() or c.lemma_.lower() in lexicon.falsity_words()))):
            return c
    return None


def merged_name(obj) -> bool:
    """The object and a bare name read as one noun ("called the report nonsense": "report" a
    compound of "nonsense"): a word that calls something false heads a determiner and a noun."""
    kids = list(obj.children)
    return obj.lower_ in lexicon.falsity_words() and any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in kids) \
        and obj.left_edge.dep_ in ("det", "poss") and obj.left_edge.i < obj.i - 1


def deep_predicate(obj):
    """What the object is called when the parser hung it on the last noun of the object's
    prepositional phrase ('called the police denial of any tampering "laughable"': on "tampering"),
    closing the object; or None."""
    return next((t for t in obj.subtree if t.dep_ == "oprd" and t.head.i != obj.i and t.head.dep_ == "pobj"
                 and t.right_edge.i == obj.right_edge.i), None)


def quoted_appos(obj):
    """A quoted apposition the parser hung on the object ('called the senator "the next Lincoln"'),
    or on the last noun of its prepositional phrases ('calling a report on the meeting "pure
    fiction"': on "meeting")."""
    doc = obj.doc
    nouns = [obj]
    while True:
        last = next((o for c in reversed(list(nouns[-1].children)) if c.dep_ == "prep" and c.i > nouns[-1].i
                     for o in c.children if o.dep_ == "pobj"), None)
        if last is None or len(nouns) > 3:
            break
        nouns.append(last)
    return next((c for n in nouns for c in n.children if c.dep_ == "appos" and c.i > n.i and c.left_edge.i > 0
                 and any(q.is_quote and q.i > n.i for q in (doc[c.left_edge.i - 1], c.left_edge))), None)
