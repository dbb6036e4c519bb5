"""Stage 3: find reported statements: direct quotes and reported speech, with cue and speaker mentions.

Order of work in :func:`attribute`:
1. direct quotes: each quote piece looks for a cue right after it (``"...," X said``), right
   before it (``X said: "..."``), shares the cue of the piece before it in the same paragraph
   (``"A," he said. "B"``), continues the quote of the previous paragraph, or, as a quote paragraph
   with no cue of its own, continues the previous paragraph's speaker;
2. reported speech from the dependency parse: a cue verb (lexicon) with a clause, infinitive or
   object holding the content, participial and coordinated cues inheriting the subject;
3. ``according to X`` and nominal cues (``X's claim that ...``).
Headlines and bylines (paragraphs without sentence-final punctuation) yield no claims.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from . import lexicon
from .quotes import ALL_MARKS, QuotePiece, quoted_mask

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NOT_SPEAKER_LABELS = {"CLARIFICATION", "CORRECTION", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "PHOTO",
                      "VIDEO", "READ MORE", "WATCH", "RELATED", "ALSO", "SOURCE", "SOURCES", "DISCLOSURE"}
NO_COMMENT = {"comment", "say", "answer", "respond", "elaborate", "speculate", "discuss", "talk"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
SENTENCE_END = ".?!:\"'\u201d\u2019)"
# verbs whose subject is the target, not the holder, of the statement named by their object
TARGET_VERBS = {"face", "draw", "receive", "answer", "address", "dismiss", "reject", "deny", "ignore", "field",
                "avoid", "dodge", "attract", "prompt", "spark", "trigger", "fuel", "provoke", "invite", "deflect"}
EVENT_NOUNS = {"conference", "interview", "speech", "rally", "event", "briefing", "meeting", "hearing",
               "appearance", "address", "session", "debate", "call", "visit", "stop", "forum", "show"}
CUE_ADVERB_STOP = {"how", "when", "why", "where", "so", "as", "however", "meanwhile", "instead", "still", "yet"}
_MENTION_CUT_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "prep", "conj", "cc", "preconj", "parataxis"}


@dataclass
class Mention:
    start: int
    end: int
    head: object  # spaCy Token


@dataclass
class Found:
    """A statement as the attribute stage sees it, before names, stance and dates are added."""

    fragments: list[tuple[int, int]]
    form: str
    cue_tokens: list = field(default_factory=list)
    cue_entry: Optional[object] = None
    cue_lemma: Optional[str] = None
    cue_span: Optional[tuple[int, int]] = None
    speakers: list[Mention] = field(default_factory=list)
    content_root: Optional[object] = None
    frame: Optional[str] = None
    paragraph: int = -1

    @property
    def cue_head(self):
        """The cue's main word (the verb or noun), None for colon and cue-less quotes."""
        content_words = [t for t in self.cue_tokens if t.dep_ not in ("aux", "auxpass", "prt")]
        return content_words[0] if content_words else None


# --------------------------------------------------------------------------- helpers

def _cue_entry(token, scope: str):
    entry = lexicon.cues().get((token.lemma_.lower(), "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_))
    if entry is None or (scope == "speech" and entry.scope != "speech"):
        return None
    if _that_said(token):
        return None
    return entry


def _that_said(token) -> bool:
    """'That said, ...' / 'That being said, ...' mean 'even so': nobody says anything."""
    if token.lower_ != "said" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].text != ",":
        return False
    before = [t for t in token.doc[token.sent.start:token.i] if not t.is_punct]
    return [t.lower_ for t in before] in (["that"], ["this"], ["that", "being"], ["this", "being"])


def _trim(text: str, s: int, e: int, chars: str = " \t\n,;:.-\u2014") -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in chars):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def mention_of(head) -> Mention:
    """The speaker mention headed by *head*: its subtree without clauses, appositions and conjuncts."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ not in _MENTION_CUT_DEPS]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(tok.children)
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    doc = head.doc
    for i in range(head.i - 1, lo - 1, -1):  # never reach back across a line break
        if "\n" in doc[i].whitespace_ or "\n" in doc[i].text:
            lo = i + 1
            break
    dash = _dateline_dash(doc[lo]) if lo < head.i else None
    if dash is not None and dash < head.i:  # "BRUSSELS - European leaders"
        lo = dash + 1
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ in ("cc", "preconj")
                           or (doc[lo].tag_ in ("VBD", "VBZ") and _is_cue_verb(doc[lo]))):  # "Said Ellis:"
        lo += 1
    while hi > head.i and doc[hi].is_punct:
        hi -= 1
    return Mention(doc[lo].idx, doc[hi].idx + len(doc[hi].text), head)


def speaker_heads(subject) -> list:
    """The subject and the heads coordinated with it (``both Putin and the Kremlin`` -> two)."""
    subject = _past_dateline(_antecedent(subject))
    heads = [subject]
    stack = [c for c in subject.children if c.dep_ == "conj"]
    while stack:
        tok = stack.pop(0)
        heads.append(tok)
        stack.extend(c for c in tok.children if c.dep_ == "conj")
    return heads


def _antecedent(subject):
    """A relative 'that'/'which' whose noun was published speaks for its publisher ('Trump
    released a video that said' -> Trump; PolNeAR train: source accuracy +5). Otherwise the
    relative pronoun stays: replacing it by its noun ('a report that suggested' -> the report)
    cost 24 correct sources on train and 4 on dev."""
    if subject.tag_ != "WDT" or subject.head.dep_ != "relcl" or subject.head.head.i == subject.head.i:
        return subject
    noun = subject.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.publish_verbs():
        publisher = subject_of(noun.head)
        if publisher is not None and publisher.tag_ != "WDT":
            return publisher
    return subject


_DASHES = {"-", "--", "\u2013", "\u2014", "\u2015"}


def _dateline_dash(token) -> Optional[int]:
    """If *token* lies in a dateline ('WASHINGTON --', 'BUENA PARK, Calif. -', 'CLEVELAND, July 19
    (UPI) —') at the start of its paragraph, the index of the dash that closes it."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text \
            and token.i - start < 12:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        return None
    first = doc[start]
    if not (first.text.isupper() and len(first.text) > 1 and first.is_alpha):
        return None
    for i in range(start + 1, min(len(doc), start + 12)):
        if doc[i].text in _DASHES:
            return i if token.i < i else None
        if not (doc[i].is_punct or doc[i].text.isupper() or doc[i].like_num or doc[i].ent_type_ == "DATE"
                or doc[i].text[:1].isupper()):
            return None
    return None


def _past_dateline(subject):
    """The parser makes a dateline ('WASHINGTON -- President Obama said') the subject, with the
    speaker as its apposition or as the words right after the dash: the speaker is the latter."""
    dash = _dateline_dash(subject)
    if dash is None:
        return subject
    for child in subject.children:
        if child.dep_ == "appos" and child.i > dash:
            return child
    for chunk in subject.doc.noun_chunks:
        if chunk.start == dash + 1:
            return chunk.root
    return subject


def _poll_for_share(verb, subject):
    """'In a CNN/ORC poll, 38 percent of voters said': PolNeAR's source is the poll."""
    if subject is None or not any(t.lower_ in ("percent", "%") or t.like_num for t in subject.subtree):
        return subject
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "according"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in ("poll", "survey", "study"):
                    return obj
    return subject


def subject_of(verb, depth: int = 0, quoted=None):
    """Who performs *verb*: its subject, the agent of a passive, or the subject it inherits.

    With *quoted* (a mask of quoted characters), subjects inside quotes are passed over: in
    '"... Full panic mode," said Leslie Wimes' the parser gives "said" two subjects."""
    if depth > 4:
        return None
    passive_subject = None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for child in verb.children:
        if quoted is not None and quoted[child.idx]:
            continue
        if child.dep_ == "nsubj" and len(subjects) > 1 and _dateline_dash(child) is not None:
            continue  # 'BUENA PARK, Calif. - ..., Hillary Clinton promised': two subjects
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in ("it", "there") and child.dep_ == "nsubj" and any(
                    c.dep_ == "ccomp" for c in verb.children) and verb.lemma_ in ("be", "seem", "appear"):
                return None
            return child
        if child.dep_ == "nsubjpass":
            passive_subject = child
    if passive_subject is not None and depth > 0:
        return passive_subject  # "After saying ..., she was whisked off": she said it
    if passive_subject is not None:
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        return None  # "it was reported that", "X is said to have": no speaker named
    if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acomp") and verb.head.i != verb.i:
        head = verb.head
        if ((verb.dep_ == "advcl" and verb.tag_ == "VBG") or (verb.dep_ == "conj" and _is_cue_verb(verb))) \
                and head.dep_ == "ccomp" and _is_cue_verb(head.head) \
                and (quoted is None or not quoted[head.head.idx]):
            # "X said he didn't believe it, arguing that ..." / "X said it was wrong and warned
            # Y": the parser hangs the participle or the second cue on the reported clause, but
            # the one arguing or warning is X
            head = head.head
        return subject_of(head, depth + 1, quoted)  # "..., claiming", "by telling", "was able to tout"
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = verb.head
        if noun.lemma_.lower() not in EVENT_NOUNS:
            return noun  # "a statement saying", "tweets accusing"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            return subject_of(noun.head.head, depth + 1, quoted)  # "said at a conference announcing"
    return None


def _is_cue_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and (token.lemma_.lower(), "VERB") in lexicon.cues()


def cue_tokens_of(verb) -> list:
    """The cue as written: the verb with the auxiliaries, negation and adverbs right before it
    (``have denied``, ``did not immediately respond``, ``has also said``, ``to discuss``), as
    PolNeAR marks cues (train: each of these is inside the gold cue in over 90% of cases)."""
    toks = [verb]
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and (doc[i].is_space or doc[i].head.i == verb.i and (
            doc[i].dep_ in ("aux", "auxpass", "neg")
            or (doc[i].dep_ == "advmod" and doc[i].tag_ == "RB" and doc[i].lower_ not in CUE_ADVERB_STOP))):
        if not doc[i].is_space:  # "has\u00a0acknowledged": a no-break space is a token of its own
            toks.insert(0, doc[i])
        i -= 1
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            toks.append(child)
    after = max(t.i for t in toks) + 1
    if after < len(doc) and doc[after].head.i == verb.i and doc[after].dep_ == "advmod" and \
            doc[after].tag_ == "RB" and doc[after].lower_ not in CUE_ADVERB_STOP | {"twice", "once"}:
        toks.append(doc[after])  # "said sarcastically", "wrote back" (train: 44 gold cues with it, 13 without)
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.i < verb.i and head.pos_ in ("VERB", "AUX", "ADJ") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "went on to discuss", "took to Twitter to say", "are more likely to say": PolNeAR's cue
        # runs from the governing verb (train: 155 such gold cues against 75 that start at "to")
        lead = cue_tokens_of(head) if head.pos_ != "ADJ" else [head]
        if head.dep_ == "acomp":
            lead.append(head.head)
        toks = lead + toks
    return toks


def _span_of(tokens) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _subtree_span(token, text: str, exclude=()) -> tuple[int, int]:
    skip = {t.i for ex in exclude for t in ex.subtree}
    toks = [t for t in token.subtree if t.i not in skip]
    s, e = _span_of(toks)
    return _trim(text, s, e, ",;:-\u2014")


# --------------------------------------------------------------------------- the stage

class _Context:
    def __init__(self, doc, text: str, paragraphs, pieces: list[QuotePiece], scope: str):
        self.doc, self.text, self.paragraphs, self.pieces, self.scope = doc, text, paragraphs, pieces, scope
        self.quoted = quoted_mask(text, pieces)
        self.headline = [self._is_headline(s, e) for s, e in paragraphs]
        self.para_starts = [s for s, _ in paragraphs]
        self.used_cues: set[int] = set()
        self.labelled_pieces: set[int] = set()

    def _is_headline(self, s: int, e: int) -> bool:
        segment = self.text[s:e].rstrip()
        letters = [ch for ch in segment if ch.isalpha()]
        if len(letters) > 8 and all(ch.isupper() for ch in letters):
            return True  # a headline or kicker in capitals
        if not segment or segment[-1] in SENTENCE_END or segment[-1] in ALL_MARKS:
            return False
        if re.search(r"[\"\u201d]\s*(\u2015|\u2014|--|\u2013)[\s\u00a0]*[A-Z][^\"\u201c\u201d]*$", segment):
            return False  # a signed quote ("..." \u2015 Name), not a headline
        return len(segment.split()) <= 20

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def in_quote(self, token) -> bool:
        return bool(self.quoted[token.idx])

    def tokens_between(self, s: int, e: int) -> list:
        span = self.doc.char_span(s, e, alignment_mode="contract")
        return list(span) if span is not None else []


def attribute(doc, text: str, paragraphs, pieces: list[QuotePiece], scope: str = "speech") -> list[Found]:
    """All statements in *doc*, in text order (see the module docstring for the rules)."""
    ctx = _Context(doc, text, paragraphs, pieces, scope)
    found = _labelled_paragraphs(ctx)
    found += _direct_quotes(ctx)
    covered = bytearray(len(text) + 1)
    for f in found:
        for s, e in f.fragments:
            covered[s:e] = b"\x01" * (e - s)
    # "X plans to visit, according to an aide": the aide's report, not X's plan (PolNeAR)
    found.extend(_according_to(ctx, covered))
    found.extend(_reported_speech(ctx, covered))
    found = [f for f in found if f.fragments and not ctx.headline[ctx.paragraph_of(f.fragments[0][0])]]
    found.sort(key=lambda f: (f.fragments[0][0], f.fragments[0][1]))
    return found


def _cue_in(ctx: _Context, tokens, position: str):
    """The first usable cue verb among *tokens* (outside quotes), with its subject."""
    for tok in tokens:
        if ctx.in_quote(tok) or tok.i in ctx.used_cues or tok.pos_ not in ("VERB", "AUX"):
            continue
        entry = _cue_entry(tok, ctx.scope)
        if entry is None:
            continue
        if position == "after" and not ({"quote", "ccomp"} & set(entry.frames)):
            continue
        subj = subject_of(tok, quoted=ctx.quoted)
        if subj is None and (position == "after" or tok.i == tok.sent.start):
            subj = _adjacent_name(ctx, tok)  # '"...," said X' and 'Said Ellis: "..."'
        if subj is None and tok.tag_ in ("VBD", "VBZ", "VBP"):
            subj = _word_before(ctx, tok)
        return tok, entry, subj
    return None


def _adjacent_name(ctx: _Context, verb):
    """A tag's speaker when the parse lost the verb's subject ('"...," Tulsa police Chief Chuck
    Jordan said Monday'): the name or pronoun right before the verb, or right after it in an
    inverted tag ('said James Acton')."""
    doc = ctx.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and not (prev.is_punct or prev.is_space or ctx.in_quote(prev)) and (
            prev.pos_ == "PROPN" or prev.lower_ in HUMAN_PRONOUNS):
        return prev
    after = []
    i = verb.i + 1
    while i < len(doc) and not doc[i].is_punct and not doc[i].is_space and len(after) < 8:
        after.append(doc[i])
        i += 1
    names = [t for t in after if t.pos_ == "PROPN"]
    if names and after[0].pos_ in ("PROPN", "DET", "NOUN", "ADJ"):
        return names[-1]
    if after and after[0].pos_ == "DET" and after[-1].pos_ == "NOUN" and not after[-1].ent_type_:
        return after[-1]  # 'said the woman, who ...': the relative clause took her as its subject
    return None


def _word_before(ctx: _Context, verb):
    """The subject of a finite cue verb the parser left without one ('... and Democrats accused
    the GOP', where "Democrats" became a conjunct of the clause before): the name, pronoun or
    plural noun right before the verb, adverbs skipped."""
    i = verb.i - 1
    while i >= 0 and ctx.doc[i].dep_ in ("advmod", "aux", "neg") and ctx.doc[i].head.i == verb.i:
        i -= 1
    if i < 0 or ctx.in_quote(ctx.doc[i]):
        return None
    word = ctx.doc[i]
    if word.text == ",":
        return _name_before_parenthetical(ctx, i)
    if word.pos_ == "PROPN" or word.lower_ in HUMAN_PRONOUNS or word.tag_ == "NNS":
        return word
    return None


def _name_before_parenthetical(ctx: _Context, comma: int, max_commas: int = 3, max_tokens: int = 40):
    """The subject of 'Senator Harry Reid, the minority leader, said' or 'Durbin (D-Ill.), noting
    the size of ..., said' when the parser hung the name elsewhere: the name (or personal pronoun)
    that ends right before one of the last few commas, the parenthetical between it and the verb."""
    doc = ctx.doc
    sent_start = doc[comma].sent.start
    commas = 0
    i = comma
    while i > sent_start and comma - i < max_tokens:
        if doc[i].text == ",":
            commas += 1
            if commas > max_commas:
                return None
            j = i - 1
            if j >= sent_start and doc[j].text == ")":  # "Durbin (D-Ill.),"
                while j > sent_start and doc[j].text != "(":
                    j -= 1
                j -= 1
            if j >= sent_start and not ctx.in_quote(doc[j]) and (
                    (doc[j].pos_ == "PROPN" and doc[j].ent_type_ in ("PERSON", "ORG", "NORP", ""))
                    or doc[j].lower_ in HUMAN_PRONOUNS):
                return doc[j]
        i -= 1
    return None


def _first_clause(ctx: _Context, s: int, e: int) -> tuple[int, int]:
    """From *s*, the stretch up to the end of the sentence it starts ("Mr. Obama said. Next" stops
    after "said."; the parser's sentence bounds know abbreviations)."""
    toks = [t for t in ctx.tokens_between(s, e) if not t.is_space]
    if not toks:
        return s, e
    first = toks[0]
    end = min(e, first.sent.end_char)
    for t in toks:
        if t.idx >= end:
            break
        if t.text in (".", "?", "!") and t.i + 1 < len(ctx.doc) and t.i > first.i:
            return s, t.idx + 1
    return s, end


_LABEL = re.compile(r"[\"\u201c\u201d]?\s*((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*)\s*(:|\u2015|\u2014|--|\u2013)\s+(?=\S)")


def _labelled_paragraphs(ctx: _Context) -> list[Found]:
    """Transcripts and vox pops: a paragraph that starts with a name and a colon or dash
    ("WALLACE: Do you ...", "Sonya Herridge \u2015 \u201cMr. Trump ...")."""
    out = []
    text = ctx.text
    for index, (ps, pe) in enumerate(ctx.paragraphs):
        m = _LABEL.match(text, ps, pe)
        if not m or ctx.headline[index]:
            continue
        name_s, name_e = m.span(1)
        if text[name_s:name_e].upper() in NOT_SPEAKER_LABELS:
            continue
        if m.group(2) != ":" and text[m.end():m.end() + 1] not in "\"\u201c\u201d\u2018'":
            continue  # a dash is an attribution only before a quote ("Name \u2015 \u201c...")
        if re.fullmatch(r"[\d.:]+", text[name_s:name_e]) or len(text[name_s:name_e]) < 2:
            continue
        toks = ctx.tokens_between(name_s, name_e)
        if not toks or not all(t.pos_ == "PROPN" or t.text.isupper() or t.ent_type_ in ("PERSON", "ORG") for t in toks):
            continue
        cs, ce = _trim(text, m.end(), pe, " \t\n\"\u201c\u201d")
        if ce - cs < 2:
            continue
        head = max(toks, key=lambda t: (t.ent_type_ == "PERSON", t.i))
        cue_s, cue_e = m.span(2)
        out.append(Found(fragments=[(cs, ce)], form="direct", cue_span=(cue_s, cue_e), cue_lemma=text[cue_s:cue_e],
                         speakers=[Mention(name_s, name_e, head)], paragraph=index, frame="quote",
                         cue_entry=lexicon.CueEntry(":", "PUNCT", "assert", "speech", ("quote",))))
        for p_index, piece in enumerate(ctx.pieces):
            if piece.paragraph == index:
                ctx.labelled_pieces.add(p_index)
    return out


def _direct_quotes(ctx: _Context) -> list[Found]:
    out: list[Found] = []
    text = ctx.text
    piece_claim: dict[int, Found] = {}
    piece_cue_after: dict[int, object] = {}
    last_in_para: dict[int, Found] = {}
    for i, piece in enumerate(ctx.pieces):
        if piece.inner_end - piece.inner_start < 2 or i in ctx.labelled_pieces:
            continue
        para_s, para_e = ctx.paragraphs[piece.paragraph]
        words = len(text[piece.inner_start:piece.inner_end].split())
        nxt = ctx.pieces[i + 1] if i + 1 < len(ctx.pieces) and ctx.pieces[i + 1].paragraph == piece.paragraph else None
        prv = ctx.pieces[i - 1] if i > 0 and ctx.pieces[i - 1].paragraph == piece.paragraph else None
        after_s, after_e = piece.end, (nxt.start if nxt else para_e)
        before_s, before_e = (prv.end if prv else para_s), piece.start
        starts_para = piece.start == para_s
        frag = _trim(text, piece.inner_start, piece.inner_end, " \t\n")
        if frag[0] >= frag[1]:
            continue

        # (a) the piece before in this paragraph carried its cue right after it: "A," he said. "B"
        if prv is not None and (i - 1) in piece_claim and piece_cue_after.get(i - 1) is not None:
            claim = piece_claim[i - 1]
            claim.fragments.append(frag)
            piece_claim[i] = claim
            continue
        # (b) cue right after: "...," X said
        cue = _cue_after(ctx, piece, after_s, after_e)
        if cue is not None:
            piece_cue_after[i] = cue[0]
            if not isinstance(cue[0], str):
                frag = _widen_tagged_quote(ctx, piece, frag, before_s, cue)
        # (c) cue right before: X said: "..." / X said, "..."
        if cue is None:
            lead = text[before_s:before_e].rstrip()
            if lead.endswith((":", ",")) and lead.strip():
                sent_start = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
                cs = before_s + (sent_start + 2 if sent_start >= 0 else 0)
                cue = _cue_in(ctx, reversed(ctx.tokens_between(cs, before_e)), "before")
                if cue is None and lead.endswith(":"):
                    cue = ("colon", None, None)
            elif starts_para and piece.paragraph > 0 and piece.continues is None:
                ps_prev, pe_prev = ctx.paragraphs[piece.paragraph - 1]
                if text[ps_prev:pe_prev].rstrip().endswith(":"):
                    sent = text[ps_prev:pe_prev]
                    cut = max(sent.rfind(". "), sent.rfind("? "))
                    cs = ps_prev + (cut + 2 if cut >= 0 else 0)
                    cue = _cue_in(ctx, reversed(ctx.tokens_between(cs, pe_prev)), "before")
        if cue is not None:
            claim = _claim_from_cue(ctx, cue, frag, piece, before_e)
            if claim is not None:
                out.append(claim)
                piece_claim[i] = claim
                last_in_para[piece.paragraph] = claim
                continue
        # (d) continues a quote left open in the previous paragraph, or (e) a quote paragraph with
        # no cue of its own: the previous paragraph's speaker goes on talking
        previous = None
        if piece.continues is not None and piece.continues in piece_claim:
            previous = piece_claim[piece.continues]
        elif starts_para and piece.paragraph - 1 in last_in_para:
            candidate = last_in_para[piece.paragraph - 1]
            previous = candidate if candidate.form in ("direct", "mixed") else None
        if previous is not None and piece.continues is not None:
            previous.fragments.append(frag)
            piece_claim[i] = previous
            last_in_para[piece.paragraph] = previous
            continue
        if previous is not None:
            # its own claim with the previous speaker and no cue (PolNeAR dev: attribution F1 0.587
            # against 0.578 when merged into the previous claim as one more fragment)
            claim = Found(fragments=[frag], form="direct", speakers=list(previous.speakers),
                          paragraph=piece.paragraph, frame="quote", cue_entry=previous.cue_entry)
            out.append(claim)
            piece_claim[i] = claim
            last_in_para[piece.paragraph] = claim
            continue
        # (f) a whole-sentence quote with no attribution at all: a claim without a speaker
        if starts_para and words >= 6 and (piece.end >= para_e - 1 or nxt is None):
            claim = Found(fragments=[frag], form="direct", paragraph=piece.paragraph)
            out.append(claim)
            piece_claim[i] = claim
            last_in_para[piece.paragraph] = claim
    return out


def _widen_tagged_quote(ctx: _Context, piece: QuotePiece, frag, before_s: int, cue):
    """Content of '<words> "quote" <words>, X said': the unquoted words of the same sentence
    around the quote belong to it ('With thousands of systems, "there is no ...," he said')."""
    text = ctx.text
    s, e = frag
    lead = text[before_s:piece.start]
    if lead.strip():
        ends = list(re.finditer(r"[.?!][\"\u201d'\u2019]*\s+", lead))
        start = before_s + (ends[-1].end() if ends else 0)
        if start < piece.start:
            s = _trim(text, start, piece.start, " \t\n")[0]
    verb, _, subj = cue
    tag = min([verb.idx] + ([mention_of(subj).start] if subj is not None else []))
    between = text[piece.end:tag]
    if re.search(r"\w", between) and not re.search(r"[.?!]", between):
        e = _trim(text, piece.end, tag, " \t\n,;:\u2014-")[1]
    return (s, max(e, frag[1]))


_DASH_NAME = re.compile(r"\s*(\u2015|\u2014|--|\u2013)[\s\u00a0]*((?:[A-Z][\w.'\u2019-]*[\s\u00a0]*){1,5})")


def _cue_after(ctx: _Context, piece: QuotePiece, after_s: int, after_e: int):
    """A cue in the words right after a quote: '"...," X said', '"...?" asked X', '"...." X said.',
    or a signature dash ('"..." \u2015 Name')."""
    text = ctx.text
    after_text = text[after_s:after_e]
    if not after_text.strip():
        return None
    m = _DASH_NAME.match(text, after_s, after_e)
    if m:
        name_s, name_e = _trim(text, *m.span(2), " \t\n\u00a0.,")
        toks = [t for t in ctx.tokens_between(name_s, name_e) if not t.is_space]
        if toks and all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in toks):
            return ("dash", m.span(1), toks)
    inner = text[piece.inner_start:piece.inner_end].rstrip(" '\u2019\u201d\"")  # a quote ending in a quote
    last_inner = inner[-1:]
    opens_clause = last_inner in ",?!\u2014-" or after_text.lstrip()[:1] in (",", "\u2014", "-")
    cs, ce = _first_clause(ctx, after_s, after_e)
    words = text[cs:ce].split()
    if not opens_clause:
        # after a full stop only a short tag can attribute the quote; mid-sentence quotes
        # need a tag set off by a comma at the end of the sentence ("..." of it, Mr. X said.)
        if not words or len(words) > (8 if last_inner == "." else 12):
            return None
        if last_inner != "." and not re.search(r",\s+[^,]{1,60}$", text[cs:ce]):
            return None
        if ce >= after_e and after_e < ctx.paragraphs[piece.paragraph][1] and \
                not re.search(r"[.,:;!?\u2014-]\s*$", text[cs:ce]):
            return None  # '"Lyin' Ted." Trump called the senator a "nasty guy"': the words lead on
    cue = _cue_in(ctx, ctx.tokens_between(cs, ce), "after")
    if cue is None:
        return None
    verb = cue[0]
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and c.idx < ce for c in verb.children) and not any(
            c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None  # 'She says it underscores ...': a statement of its own, not a tag
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark":
        return None  # '"...," but he said that the footage ...': so is this one
    return cue


def _claim_from_cue(ctx: _Context, cue, frag, piece: QuotePiece, before_e: int) -> Optional[Found]:
    verb, entry, subj = cue
    if isinstance(verb, str) and verb == "dash":
        toks = subj
        head = max(toks, key=lambda t: t.i)
        return Found(fragments=[frag], form="direct", cue_span=entry, cue_lemma="\u2015",
                     speakers=[Mention(toks[0].idx, toks[-1].idx + len(toks[-1].text), head)],
                     paragraph=piece.paragraph, frame="quote",
                     cue_entry=lexicon.CueEntry("\u2015", "PUNCT", "assert", "speech", ("quote",)))
    if isinstance(verb, str) and verb == "colon":
        # "Trump: ..." style lead-in with no verb: the speaker is the words before the colon
        lead_end = before_e
        colon = ctx.text.rfind(":", 0, lead_end)
        toks = ctx.tokens_between(ctx.paragraphs[piece.paragraph][0], colon)
        names = [t for t in toks if t.ent_type_ in ("PERSON", "ORG") and not ctx.in_quote(t)]
        if not names:
            return None
        head = names[-1]
        return Found(fragments=[frag], form="direct", cue_span=(colon, colon + 1), cue_lemma=":",
                     speakers=[Mention(*_ent_span(head), head)], paragraph=piece.paragraph, frame="quote")
    ctx.used_cues.add(verb.i)
    speakers = [mention_of(h) for h in speaker_heads(subj)] if subj is not None else []
    toks = cue_tokens_of(verb)
    return Found(fragments=[frag], form="direct", cue_tokens=toks, cue_entry=entry, cue_lemma=verb.lemma_.lower(),
                 cue_span=_span_of(toks), speakers=speakers, paragraph=piece.paragraph, frame="quote")


def _ent_span(token) -> tuple[int, int]:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start_char, ent.end_char
    return token.idx, token.idx + len(token.text)


def _content_of(verb, entry, text: str):
    """(content head, frame, (start, end), extra cue tokens) for a cue verb, or None.

    Frames are tried in the lexicon's order; see ``data/cues.tsv`` for their meaning.
    """
    children = [c for c in verb.children]
    for frame in entry.frames:
        if frame == "ccomp":
            for child in children:
                if child.dep_ == "ccomp" or (child.dep_ == "parataxis" and child.i > verb.i
                                             and any(c.dep_ in SUBJECT_DEPS for c in child.children)):
                    # a participial cue hanging off the content ("..., claiming he could ...") is a
                    # statement of its own; other cue words inside the content stay part of it
                    nested = [t for t in child.subtree if t.i != child.i and t.dep_ == "advcl" and t.tag_ == "VBG"
                              and ((lexicon.cues().get((t.lemma_.lower(), "VERB"))
                                    and any(c.dep_ == "ccomp" for c in t.children))
                                   or _trailing_participle(t, child))]
                    acts = [c for c in child.children if c.i > child.i and _belongs_to_cue(c, child)]
                    nested += acts + [c for c in child.children if c.dep_ == "cc" and any(
                        a.dep_ == "conj" and a.i > c.i for a in acts)]
                    return child, "ccomp", _subtree_span(child, text, exclude=nested), []
        elif frame == "xcomp":
            for child in children:
                if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and child.i > verb.i:
                    if child.lemma_.lower() in NO_COMMENT and not any(
                            c.dep_ in ("dobj", "prep", "ccomp") for c in child.children):
                        return None  # "refused to comment": a refusal with nothing stated
                    return child, "xcomp", _subtree_span(child, text), []
        elif frame in ("dobj", "dobj+oprd", "dobj+xcomp"):
            obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
            if obj is None and frame == "dobj+oprd":  # 'called Trump a "liar"' parsed as two predicates
                obj = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i and c.pos_ in ("PROPN", "PRON")), None)
            if obj is None or (obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that", "so", "what", "which")):
                continue
            parts = [obj]
            if frame != "dobj":
                second = next((c for c in children if c.dep_ == frame.split("+")[1] and c.i > obj.i), None)
                if second is None:
                    continue
                parts.append(second)
            else:
                parts += [c for c in children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("as", "of", "for")]
            s = min(_subtree_span(x, text)[0] for x in parts)
            e = max(_subtree_span(x, text)[1] for x in parts)
            return obj, "dobj", (s, e), []
        elif frame == "nsubjpass":
            # "X has been endorsed by Y": the passive subject is what Y endorses
            subj = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
            if subj is None or not any(c.dep_ == "agent" for c in children):
                continue
            if subj.pos_ == "PRON" and subj.lower_ not in ("who", "which", "that"):
                continue
            return subj, "nsubjpass", _subtree_span(subj, text), []
        elif frame.startswith("prep:"):
            word = frame[5:]
            prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == word and c.i > verb.i), None)
            if prep is None:
                continue
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if not objs:
                continue
            extra = [prep] if prep.i - verb.i <= 4 else []  # "accusing her of", "spoke out Tuesday about"
            s, e = _subtree_span(objs[0], text)
            then = next((c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > objs[0].i
                         and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)), None)
            if then is not None:  # "called on the administration to act": who and what
                e = max(e, _subtree_span(then, text)[1])
            return objs[0], "prep", (s, e), extra
    return None


def _belongs_to_cue(token, clause) -> bool:
    """A part of the parse's clause that is the speaker's next act, not the content: a coordinated
    cue verb without its own subject ('said he would order a review and warned against hackers')
    or a clause after a semicolon ('said it was not intentional; they only learned ...')."""
    if token.dep_ == "conj" and _is_cue_verb(token) and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return True
    if token.dep_ == "parataxis":
        i = token.left_edge.i - 1
        return i > clause.i and token.doc[i].text == ";"
    return False


def _trailing_participle(token, clause) -> bool:
    """', citing ...', ', implicitly putting ...' closing a reported clause: the reporter's
    comment on the act, not part of what was said (PolNeAR leaves it out of the content)."""
    doc = token.doc
    comma_before = token.i > 0 and (doc[token.i - 1].text == "," or (
        doc[token.i - 1].dep_ == "advmod" and token.i > 1 and doc[token.i - 2].text == ","))
    if not comma_before:
        return False
    last = clause.right_edge.i
    end = token.right_edge.i
    return end == last or (end == last - 1 and doc[last].is_punct)


def _reported_speech(ctx: _Context, covered: bytearray) -> list[Found]:
    out = []
    text = ctx.text
    for tok in ctx.doc:
        if tok.i in ctx.used_cues or ctx.in_quote(tok):
            continue
        if tok.pos_ == "NOUN":
            found = _nominal(ctx, tok)
            if found is not None:
                s, e = found.fragments[0]
                if sum(covered[s:e]) <= 0.5 * (e - s):
                    out.append(found)
                    covered[s:e] = b"\x01" * (e - s)
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        entry = _cue_entry(tok, ctx.scope)
        if entry is None and ctx.scope == "all":
            entry = _generic_entry(tok)
        if entry is None:
            continue
        got = _content_of(tok, entry, text)
        if got is None:
            got = _parenthetical(tok, entry, text)
            if got is None:
                continue
        head, frame, frags, extra_cue = got
        if isinstance(frags, tuple):
            frags = [frags]
        frags = [_whole_quotes(ctx, s, e) for s, e in frags if e > s]
        if not frags:
            continue
        s, e = frags[0][0], frags[-1][1]
        overlap = sum(covered[s:e]) / max(1, e - s)
        if overlap > 0.5:
            continue
        quoted = sum(ctx.quoted[s:e]) / max(1, e - s)
        form = "direct" if quoted > 0.9 else "mixed" if quoted > 0 else "indirect"
        subj = subject_of(tok, quoted=ctx.quoted)
        if subj is None and tok.dep_ == "ROOT" and tok.tag_ == "VB" and not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "don't") for c in tok.children):
            continue  # an imperative ("Imagine that ...", "Don't forget that ..."): nobody reported
        if subj is None and tok.tag_ in ("VBD", "VBZ", "VBP"):
            subj = _word_before(ctx, tok)
        subj = _poll_for_share(tok, subj)
        own_subject = subj is not None and (subj.head.i == tok.i or (  # or its agent: "pressed by Holt"
            subj.head.dep_ == "agent" and subj.head.head.i == tok.i))
        if (tok.lemma_ in ("seem", "appear") and not any(c.dep_ == "xcomp" and _is_cue_verb(c) for c in tok.children)) \
                or (tok.tag_ == "VBN" and tok.dep_ == "advcl" and not own_subject):
            # "Melania seems to have vanished": the writer's impression, Melania is its topic (but
            # "he appeared to suggest" is his); "Asked about the bomb, Clinton said": the asker is
            # unnamed (PolNeAR train: no source in 82 of 114 and 18 of 22 such cases)
            subj = None
        speakers = [mention_of(h) for h in speaker_heads(subj)] if subj is not None else []
        toks = cue_tokens_of(tok) + extra_cue
        ctx.used_cues.add(tok.i)
        out.append(Found(fragments=frags, form=form, cue_tokens=toks, cue_entry=entry,
                         cue_lemma=tok.lemma_.lower(), cue_span=_span_of(toks), speakers=speakers,
                         content_root=head, frame=frame, paragraph=ctx.paragraph_of(s)))
        for fs, fe in frags:
            covered[fs:fe] = b"\x01" * (fe - fs)
    return out


def _whole_quotes(ctx: _Context, s: int, e: int) -> tuple[int, int]:
    """A content never starts or ends in the middle of a quotation: the parse often cuts a clause
    at the comma inside '"... and government," when ...'; the quote goes in whole."""
    for piece in ctx.pieces:
        if piece.start >= e:
            break
        if piece.inner_start < e < piece.inner_end and piece.closed and piece.end - e < 400:
            e = piece.end
        if piece.inner_start < s < piece.inner_end and s - piece.start < 400:
            s = piece.start
    return s, e


def _parenthetical(verb, entry, text: str):
    """A tag inside or after its content: 'The party, he argued, should be prepared.' and
    'The deal is done, officials said.' when the parser hangs the cue off the content's verb.
    The content is that verb's clause without the tag, in one or two fragments."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or not ({"ccomp", "quote"} & set(entry.frames)):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    tag = {t.i for t in verb.subtree}
    tokens = [t for t in head.subtree if t.i not in tag]
    while tokens and tokens[-1].dep_ == "punct" and tokens[-1].head.i == head.i:
        tokens.pop()  # the sentence's full stop
    frags, run = [], []
    for t in tokens:
        if run and t.i != run[-1].i + 1:
            frags.append(run)
            run = []
        run.append(t)
    if run:
        frags.append(run)
    spans = [_trim(text, *_span_of(r), ",;:-\u2014") for r in frags]
    return head, "ccomp", [(s, e) for s, e in spans if e > s], []


_GENERIC = lexicon.CueEntry("", "VERB", "assert", "other", ("ccomp",))
HUMAN_PRONOUNS = {"he", "she", "they", "we", "i", "you"}


def _generic_entry(verb):
    """--scope all: any verb with a that-clause and a person or organization as subject is
    treated as an attitude ("Republicans worry that ..."), as PolNeAR annotates them."""
    if verb.lemma_.lower() in ("be", "have", "do", "make", "get", "mean", "ensure", "require", "allow"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children)), None)
    if clause is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in HUMAN_PRONOUNS):
        return None
    return _GENERIC


def _nominal(ctx: _Context, noun) -> Optional[Found]:
    entry = lexicon.cues().get((noun.lemma_.lower(), "NOUN"))
    if entry is None or (ctx.scope == "speech" and entry.scope != "speech"):
        return None
    clause = None
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            clause = child
            break
    cue_tokens = [noun]
    if clause is not None:
        s, e = _subtree_span(clause, ctx.text)
    else:  # "questions about X", "concern about X": the frames of data/cues.tsv
        got = _content_of(noun, entry, ctx.text)
        if got is None or got[1] != "prep":
            return None
        clause, _, (s, e), _ = got
        cue_tokens.append(clause.head)
    speaker = None
    for child in noun.children:
        if child.dep_ in ("nsubj", "compound") and child.pos_ in ("PROPN", "PRON") and child.i < noun.i:
            speaker = child  # "Trump claims that ...", tagged as a noun
        if child.dep_ == "poss":
            speaker = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            speaker = objs[0] if objs else speaker
    if speaker is None:
        speaker = _holder(noun, ctx)
    ctx.used_cues.add(noun.i)
    return Found(fragments=[(s, e)], form="indirect", cue_tokens=cue_tokens, cue_entry=entry,
                 cue_lemma=noun.lemma_.lower(), cue_span=_span_of(cue_tokens),
                 speakers=[mention_of(h) for h in speaker_heads(speaker)] if speaker is not None else [],
                 content_root=clause, frame="ccomp", paragraph=ctx.paragraph_of(s))


def _holder(noun, ctx: _Context):
    """Who holds the statement a nominal cue names when no possessive says so: the subject of
    the verb it is the object of ("the I.R.S. has questions about", "Democrats persisted in
    arguments that", "Britain blocked any discussion of"), except after verbs whose subject is
    the target ("Trump has faced questions about")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in TARGET_VERBS:
        return None
    return subject_of(head, quoted=ctx.quoted)


def _according_to(ctx: _Context, covered: bytearray) -> list[Found]:
    out = []
    text = ctx.text
    for tok in ctx.doc:
        if tok.lower_ != "according" or ctx.in_quote(tok):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None or tok.i + 1 >= len(ctx.doc) or ctx.doc[tok.i + 1].lower_ != "to":
            continue
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            continue
        phrase_s = tok.idx
        phrase_e = _span_of(list(objs[0].subtree))[1]
        sent = tok.sent
        s0, e0 = _trim(text, sent.start_char, phrase_s)
        s1, e1 = _trim(text, phrase_e, sent.end_char)
        frags = [(s, e) for s, e in ((s0, e0), (s1, e1)) if e - s > 1]
        if not frags:
            continue
        if sum(covered[frags[0][0]:frags[-1][1]]) > 0.5 * (frags[-1][1] - frags[0][0]):
            continue
        cue_toks = [tok, ctx.doc[tok.i + 1]]
        entry = lexicon.CueEntry("according to", "PHRASE", "report", "speech", ("clause",))
        root = sent.root
        out.append(Found(fragments=frags, form="indirect", cue_tokens=cue_toks, cue_entry=entry,
                         cue_lemma="according to", cue_span=_span_of(cue_toks),
                         speakers=[mention_of(h) for h in speaker_heads(objs[0])],
                         content_root=root if not (tok.i <= root.i <= objs[0].i) else None,
                         frame="clause", paragraph=ctx.paragraph_of(frags[0][0])))
        for s, e in frags:
            covered[s:e] = b"\x01" * (e - s)
    return out
