"""Stage 5: decide what the speaker does with the proposition: assertion or denial, negated content,
and which earlier claim a denial answers.

- a **denial** rejects the truth of a proposition: a deny-class cue (lexicon) that is not itself
  negated ("did not deny"), whose content is a clause ("denied that ...") or a noun phrase naming a
  proposition ("rejected the report", "denied wrongdoing"); or an assertion whose content calls a
  report false ("said the report was false", "said it was not true that ...", "no such call took place"
  when an earlier claim mentions the call). Refusing an action is not a denial ("rejected
  negotiations", "denied entry", "denied him access"): those stay assertions;
- **negated**: the content's main predicate carries a negation (not, n't, never), or its subject or
  object is a negative quantifier (nobody, nothing, no one, "no X"); negations inside embedded
  clauses do not count;
- **responds_to**: for a denial, the earlier claim whose content shares the most content words with
  the denied proposition, where the denied noun ("such a call", "the report") also matches its
  near-synonyms ("call" ~ "conversation"); the earliest claim wins a tie, since "such a call" points
  back to where the call was first reported. Null when nothing shares a word.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from . import lexicon
from .statement import Statement

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


@dataclass
class Stance:
    kind: str
    negated: bool
    cls: Optional[str]
    responds_to_index: Optional[int] = None  # the answered statement's index in decide()'s input


def _negated_token(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in tok.children)


def content_negated(root) -> bool:
    """True when the main predicate under *root* is negated (not embedded negations)."""
    if root is None:
        return False
    if _negated_token(root):
        return True
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
                child.lower_ in lexicon.NEGATIVE_QUANTIFIERS or child.lower_ == "no"
                or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)
                or (child.lower_ == "one" and any(c.lower_ == "no" for c in child.children))):
            return True
        if child.dep_ in ("aux", "auxpass") and _negated_token(child):
            return True
        if child.dep_ in ("acomp", "attr") and root.lemma_ == "be" and _negated_token(child):
            return True  # 'he was "not ready"'
    return False


def _quote_root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first_sent = next(iter(span.sents), None)
    root = first_sent.root if first_sent is not None else span.root
    return root if start <= root.idx < end else span.root


def _lemmas(doc, fragments) -> set[str]:
    out = set()
    for s, e in fragments:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        out.update(t.lemma_.lower() for t in span
                   if t.pos_ in CONTENT_POS and (t.pos_ in ("NOUN", "PROPN") or not t.is_stop))
    return out


def _expand(lemmas: set[str]) -> set[str]:
    out = set(lemmas)
    for group in lexicon.synonym_groups():
        if lemmas & group:
            out |= group
    return out


def _is_denial(found: Statement, root) -> bool:
    entry = found.cue_entry
    cue_head = found.cue_head
    if entry is None or cue_head is None:
        return False
    if entry.cls == "deny":
        if _negated_token(cue_head) or any(_negated_token(t) for t in found.cue_tokens):
            return False
        if cue_head.pos_ == "NOUN":
            return True
        if found.frame in ("ccomp", "quote"):
            return True
        if found.frame == "dobj" and root is not None:
            if any(c.dep_ == "dative" for c in cue_head.children):
                return False  # "denied him access"
            if root.lower_ in lexicon.NEGATIVE_QUANTIFIERS:
                return False  # "denied nothing"
            if root.lemma_.lower() in lexicon.proposition_nouns():
                return True
            if any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children) for c in root.children):
                return True  # "rejected attacks that he was not a conservative"
            as_phrase = [c for c in cue_head.children if c.dep_ == "prep" and c.lower_ == "as"]
            if any(t.lemma_.lower() in lexicon.falsity_words("dismissive") for a in as_phrase for t in a.subtree):
                return True  # "dismissed the whole kerfuffle as absurd"
            if entry.lemma in ("contradict", "rebut", "refute") and (root.pos_ == "PRON" or root.ent_type_ == "PERSON"):
                return True  # "contradicted him": his statements
            return False
        return False
    if found.frame == "dobj" and found.cue_lemma in ("call", "deem", "label", "brand", "dub") and cue_head is not None:
        oprd = [c for c in cue_head.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
        if any(t.lemma_.lower() in lexicon.falsity_words("dismissive") for o in oprd for t in o.subtree):
            return True  # "called the report false", "deemed those statements false"
        return False
    if entry.cls in ("assert", "report", "claim", "promise", "acknowledge") and root is not None:
        if _calls_false(root):
            return True
        if found.frame == "quote":
            doc = root.doc
            span = doc.char_span(found.fragments[0][0], found.fragments[-1][1], alignment_mode="expand")
            if span is not None:
                return any(_calls_false(sent.root) for sent in list(span.sents)[1:4])
    return False


def _calls_false(root) -> bool:
    """Content like "the report was false", "it is not true that ...", "no such call took place"."""
    lemma = root.lemma_.lower()
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    attrs = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    if lemma == "be" and attrs and subj is not None and subj.ent_type_ != "PERSON" and subj.lower_ not in lexicon.HUMAN_PRONOUNS:
        words = {a.lemma_.lower() for a in attrs}
        modifiers = {c.lemma_.lower() for a in attrs for c in a.children if c.dep_ == "amod"}
        if words & lexicon.falsity_words("predicate") or (words & {"equivalency", "equivalence", "claim", "narrative", "choice"} and modifiers & {"false"}):
            return True
        if "true" in words and (_negated_token(root) or any(_negated_token(a) for a in attrs)):
            return True
    if lemma in ("happen", "occur", "exist") and _negated_token(root) and subj is not None and subj.lower_ in (
            "that", "this", "it"):
        return True  # "That never happened"
    if subj is not None and any(c.lower_ == "such" for c in subj.subtree) and any(
            c.lower_ == "no" for c in subj.children):
        return True
    return False


def decide(doc, found_list: list[Statement]) -> list[Stance]:
    """Stance for each statement of :func:`attribution.attribute`, in the same order."""
    out: list[Stance] = []
    lemma_cache: list[Optional[set]] = [None] * len(found_list)
    for index, found in enumerate(found_list):
        root = found.content_root
        if root is None and found.fragments:
            s, e = found.fragments[0]
            root = _quote_root(doc, s, e)
        entry = found.cue_entry
        cls = entry.cls if entry is not None else None
        denial = _is_denial(found, root)
        if denial:
            negated = content_negated(root) if found.frame != "dobj" else False
        else:
            negated = content_negated(root)
        stance = Stance("denial" if denial else "assertion", negated, cls)
        if denial:
            stance.responds_to_index = _answered_claim(doc, found_list, index, lemma_cache)
        out.append(stance)
    return out


def _answered_claim(doc, found_list: list[Statement], index: int, cache) -> Optional[int]:
    target = _lemmas(doc, found_list[index].fragments)
    target -= {"deny", "occur", "happen", "take", "place", "ever", "say"}
    if not target:
        return None
    anaphoric = _anaphoric(doc, found_list[index])
    expanded = _expand(target)
    best, best_score = None, 0.0
    start = found_list[index].fragments[0][0]
    for j in range(index):
        if found_list[j].fragments[0][0] >= start:
            break
        if cache[j] is None:
            cache[j] = _lemmas(doc, found_list[j].fragments)
        other = cache[j]
        overlap = 2 * len(target & other) + len((expanded - target) & other)
        if not overlap:
            continue
        entry = found_list[j].cue_entry
        if entry is not None and entry.cls in ("report", "claim"):
            overlap += 0.5  # denials answer reports and allegations first
        if overlap > best_score:
            best, best_score = j, overlap
    # "such a call", "the report", "these allegations" point back on one shared word; a denial
    # without such a pointer must share at least two content words with what it answers
    return best if best_score >= (1.5 if anaphoric else 4) else None


def _anaphoric(doc, found: Statement) -> bool:
    """True when the denied words point back ("such a call", "the reports", "these allegations")
    instead of spelling the proposition out ("the notion that ...")."""
    s, e = found.fragments[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    for t in span[:6]:
        noun = t.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.pointer_nouns():
            continue
        if any(c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ in ("of", "that", "about"))
               for c in noun.children):
            continue
        if t.lower_ in ("such", "these", "those", "that", "this") or (t.lower_ == "the" and noun.tag_ in ("NN", "NNS")):
            return True
    return False
