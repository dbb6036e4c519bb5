"""Tags that stand inside, after or around the content they report, not before it with a clause
of their own: a parenthetical tag ("The party, he argued, should be prepared."; "The deal is done,
officials said."), an as-clause ("As the Times reported, the talks failed"), a sentence-final tag
the parser read as an apposition or a second clause ("..., a well-placed source told The
Associated Press."), and a tag that ends its paragraph with a colon before an unquoted block.
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from .boundaries import as_tag
from ..quotes import ALL_MARKS
from .context import ContentHit, Context, runs, span_of, trim
from .cues import tag_after_pronoun
from .misparsed import audience


def tagged_content(ctx: Context, verb, entry) -> Optional[ContentHit]:
    """The content of cue *verb* that its frames did not find because it is a tag of its content."""
    text = ctx.text
    return _parenthetical(verb, entry, text) or _as_clause_tag(verb, entry, text) or _appositive_tag(verb, entry, text) \
        or _colon_block(ctx, verb, entry)


def _parenthetical(verb, entry, text: str) -> Optional[ContentHit]:
    """A tag inside or after its content: 'The party, he argued, should be prepared.' and
    'The deal is done, officials said.' when the parser hangs the cue off the content's verb.
    The content is that verb's clause without the tag, in one or two fragments."""
    head = verb.head
    misread = verb.dep_ == "ccomp" and tag_after_pronoun(verb)  # "... would not accept that, she said"
    if (verb.dep_ != "parataxis" and not misread) or head.pos_ not in ("VERB", "AUX") \
            or not ({"ccomp", "quote"} & set(entry.frames)):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    first = min(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")) if misread else -1
    tag = {t.i for t in verb.subtree if t.i >= first}
    tokens = [t for t in head.subtree if t.i not in tag]
    while tokens and tokens[-1].dep_ == "punct" and tokens[-1].head.i == head.i:
        tokens.pop()  # the sentence's full stop
    spans = [trim(text, *span_of(r), ",;:-\u2014") for r in runs(tokens)]
    return ContentHit(head, "ccomp", [(s, e) for s, e in spans if e > s], [])


def _as_clause_tag(verb, entry, text: str) -> Optional[ContentHit]:
    """"As the Times reported, the talks failed": a saying in an as-clause vouches for the clause
    it hangs on, which is its content (not "as he spoke", a time, nor "as expected": nobody)."""
    if not as_tag(verb) or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    tag = {t.i for t in verb.subtree}
    tokens = [t for t in verb.head.subtree if t.i not in tag]
    while tokens and tokens[0].dep_ == "cc" and tokens[0].i < verb.i:
        tokens.pop(0)  # "But as X noted, ...": the conjunction is the writer's
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens.pop()
    spans = [trim(text, *span_of(r), ",;:-\u2014.") for r in runs(tokens) if not all(t.is_punct or t.is_space for t in r)]
    spans = [(s, e) for s, e in spans if e > s]
    return ContentHit(verb.head, "ccomp", spans, []) if spans else None


def _appositive_tag(verb, entry, text: str) -> Optional[ContentHit]:
    """"The site was a barracks of the Guard, a well-placed source told The Associated Press.": the
    parser took the tag's speaker for an apposition of the last noun and the cue for its modifier,
    or the tag for a second clause joined with no conjunction. A finite cue verb modifies no noun;
    at the end of its sentence, after a comma, it tags all that comes before (nor does a relative
    clause follow a comma with no relative word: "..., a source told reporters")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not ({"ccomp", "quote"} & set(entry.frames)) or any(
            c.dep_ in ("ccomp", "xcomp", "mark") or (c.dep_ == "dobj" and (verb.lemma_.lower() != "tell" or not audience(c)))
            for c in verb.children):
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "appos":
        first = verb.head.left_edge
    elif (verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and not any(
            c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)) or verb.dep_ == "relcl":
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or not _tagging_subject(subject):
            return None
        first = subject.left_edge
    else:
        return None
    sent = verb.sent
    if first.i - 1 <= sent.start or first.nbor(-1).text != "," or \
            any(not t.is_punct for t in sent[verb.right_edge.i + 1 - sent.start:]):
        return None
    tokens = [t for t in sent if t.i < first.i - 1]
    s, e = trim(text, *span_of(tokens), ",;:-\u2014")
    return ContentHit(sent.root, "ccomp", [(s, e)], []) if e > s else None


def _colon_block(ctx: Context, verb, entry) -> Optional[ContentHit]:
    """The paragraph a tag that ends its own paragraph with a colon introduces, when no quote mark
    opens it ("The Times said in an editorial on Monday:" then the editorial's first paragraph; a
    block quote that lost its marks); None when the tag does not end so or the next paragraph is a
    headline or a quote (the quote pairing's)."""
    text, sent = ctx.text, verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if "quote" not in entry.frames or last is None or last.text != ":" or last.i <= verb.i \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    p = ctx.paragraph_of(last.idx)
    if text[last.idx + 1:ctx.paragraphs[p][1]].strip() or p + 1 >= len(ctx.paragraphs) or ctx.headline[p + 1]:
        return None
    s, e = trim(text, *ctx.paragraphs[p + 1], " \t\n-*\u2022\u2013\u2014")  # a bullet is no word of it
    if e <= s or text[s] in ALL_MARKS or text[s] == "`" or ctx.quoted[s]:
        return None
    return ContentHit(verb, "quote", [(s, e)], [])


def _tagging_subject(noun) -> bool:
    """A speaker a tag can name: a name, a personal pronoun, a plural or a determined noun ("officials",
    "a senior officer"), not a relative word ("..., who added") nor a bare noun ("filming television shows")."""
    if noun.lower_ in lexicon.HUMAN_PRONOUNS:
        return True
    return noun.pos_ in ("PROPN", "NOUN") and noun.left_edge.pos_ != "VERB" and (
        noun.pos_ == "PROPN" or noun.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in noun.children))
