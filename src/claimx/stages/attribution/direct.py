"""Direct quotes: pair each quote piece with its cue and speaker.

Each piece looks for a cue right after it (``"...," X said``), right before it (``X said: "..."``),
shares the cue of the piece before it in the same paragraph (``"A," he said. "B"``), continues the
quote of the previous paragraph, or, as a quote paragraph with no cue of its own, continues the
previous paragraph's speaker. Transcript paragraphs ("WALLACE: Do you ...") are ``labels.py``'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .. import lexicon
from ..quotes import QuotePiece
from ..statement import Mention, Statement
from ..masks import share
from .boundaries import said_after_tag, trailing_asides
from .context import Context, span_of, subtree_span, trim
from .cues import CueHit, cue_entry, cue_tokens_of, fronted_cue, opens_with_tag
from .quote_runs import comma_left_out, inside_subject, led_by_words, other_actor_between, tagged_across_asides
from .nearby_speakers import adjacent_name, ent_span, word_before
from .subjects import mention_of, speaker_heads, subject_of


def cue_in(ctx: Context, tokens, position: str) -> Optional[CueHit]:
    """The first usable cue verb among *tokens* (outside quotes), with its subject."""
    for tok in tokens:
        if ctx.in_quote(tok) or tok.i in ctx.used_cues:
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            entry = fronted_cue(tok) if position == "before" else None
            if entry is not None and (ctx.scope == "all" or entry.scope == "speech"):
                return CueHit("verb", tok, entry, adjacent_name(ctx, tok))
            continue
        entry = cue_entry(tok, ctx.scope)
        if entry is None or tok.lemma_.lower() in lexicon.gloss_verbs():
            continue  # "said, referring to the plan, \"...\"": the gloss tags no quote
        if position == "after" and not ({"quote", "ccomp"} & set(entry.frames)):
            continue
        subj = subject_of(tok, quoted=ctx.quoted)
        if subj is None and (position == "after" or tok.i == tok.sent.start):
            subj = adjacent_name(ctx, tok)  # '"...," said X' and 'Said Ellis: "..."'
        if subj is None and tok.tag_ in ("VBD", "VBZ", "VBP"):
            subj = word_before(ctx, tok)
        return CueHit("verb", tok, entry, subj)
    return None


def _first_clause(ctx: Context, s: int, e: int) -> tuple[int, int]:
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


def direct_quotes(ctx: Context) -> list[Statement]:
    """Statements made of quote pieces, in text order (see the module docstring for the cases)."""
    walk = _QuoteWalk(ctx)
    for i, piece in enumerate(ctx.pieces):
        if piece.inner_end - piece.inner_start < 2 or i in ctx.labelled_pieces:
            continue
        frag = trim(ctx.text, piece.inner_start, piece.inner_end, " \t\n")
        if frag[0] >= frag[1]:
            continue
        around = _around(ctx, i)
        (walk.shares_tag(i, around, frag) or walk.tagged(i, around, frag) or walk.continued(i, around, frag)
         or walk.unattributed(i, around, frag))
    return walk.found


@dataclass
class _Around:
    """A quote piece and what lies around it in its paragraph."""

    piece: QuotePiece
    prv: Optional[QuotePiece]  # the piece before, in the same paragraph
    nxt: Optional[QuotePiece]  # the piece after, in the same paragraph
    before: tuple[int, int]  # the words between the piece before (or the paragraph start) and this one
    after: tuple[int, int]  # the words between this piece and the next (or the paragraph end)
    paragraph: tuple[int, int]

    @property
    def starts_paragraph(self) -> bool:
        return self.piece.start == self.paragraph[0]


def _around(ctx: Context, i: int) -> _Around:
    piece = ctx.pieces[i]
    para_s, para_e = ctx.paragraphs[piece.paragraph]
    nxt = ctx.pieces[i + 1] if i + 1 < len(ctx.pieces) and ctx.pieces[i + 1].paragraph == piece.paragraph else None
    prv = ctx.pieces[i - 1] if i > 0 and ctx.pieces[i - 1].paragraph == piece.paragraph else None
    return _Around(piece, prv, nxt, (prv.end if prv else para_s, piece.start), (piece.end, nxt.start if nxt else para_e),
                   (para_s, para_e))


class _QuoteWalk:
    """One pass over the quote pieces: the statements made so far, which statement each piece went
    to, which pieces had their tag right after them, and the last quote statement of each paragraph.
    Each case returns True when it took the piece."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.found: list[Statement] = []
        self.claim_of: dict[int, Statement] = {}
        self.tag_after: dict[int, CueHit] = {}
        self.last_in_paragraph: dict[int, Statement] = {}

    def _add(self, i: int, claim: Statement) -> bool:
        self.found.append(claim)
        self.claim_of[i] = claim
        self.last_in_paragraph[self.ctx.pieces[i].paragraph] = claim
        return True

    def shares_tag(self, i: int, around: _Around, frag) -> bool:
        """(a) the piece before in this paragraph had its tag right after it: '"A," he said. "B"'."""
        if around.prv is None:
            return False
        j = i - 1 if (i - 1) in self.claim_of else tagged_across_asides(self.ctx, self.claim_of, self.tag_after, i)
        if j is None or j not in self.tag_after:
            return False
        if led_by_words(self.ctx.text, *around.before) or _own_cue_before(self.ctx, around) \
                or _cue_after(self.ctx, around.piece, *around.after) is not None or _tag_later(self.ctx, around):
            return False  # '"A," said Hale. "B," added Cole.': B has a tag of its own
        if other_actor_between(self.ctx, self.tag_after[j], around):
            return False
        claim = self.claim_of[j]
        claim.fragments.append(frag)
        self.claim_of[i] = claim
        return True

    def tagged(self, i: int, around: _Around, frag) -> bool:
        """(b) a tag right after ('"...," X said') or (c) a cue right before ('X said: "..."')."""
        ctx = self.ctx
        cue = _cue_after(ctx, around.piece, *around.after)
        if cue is not None:
            self.tag_after[i] = cue
            if cue.kind == "verb":
                frag = _widen_tagged_quote(ctx, around.piece, frag, self._lead_start(i, around), cue)
        else:
            cue = _cue_before(ctx, around)
        if cue is None:
            return False
        claim = _claim_from_cue(ctx, cue, frag, around.piece, around.before[1])
        if claim is not None and i in self.tag_after and cue.kind == "verb":
            claim.fragments += _said_after_tag(ctx, cue.verb)
        return claim is not None and self._add(i, claim)

    def _lead_start(self, i: int, around: _Around) -> int:
        """Where the words before piece *i* start, reaching back over quotes no statement took ('"Tax
        cuts" are "the only answer," she said': the sentence opens with a quoted subject)."""
        start = around.before[0]
        j = i - 1
        pieces = self.ctx.pieces
        while around.prv is not None and j >= 0 and pieces[j].paragraph == around.piece.paragraph \
                and j not in self.claim_of and start == pieces[j].end:
            start = pieces[j - 1].end if j > 0 and pieces[j - 1].paragraph == around.piece.paragraph \
                else around.paragraph[0]
            j -= 1
        if j >= 0 and j in self.tag_after and pieces[j].paragraph == around.piece.paragraph:
            return around.before[0]  # '"A?" she said, but as he went on about "B" and "C," she said': A's tag
        return start

    def continued(self, i: int, around: _Around, frag) -> bool:
        """(d) continues a quote left open in the previous paragraph, or (e) a quote paragraph with
        no cue of its own: the previous paragraph's speaker goes on talking."""
        piece = around.piece
        previous = None
        if piece.continues is not None and piece.continues in self.claim_of:
            previous = self.claim_of[piece.continues]
        elif around.starts_paragraph and piece.paragraph - 1 in self.last_in_paragraph:
            candidate = self.last_in_paragraph[piece.paragraph - 1]
            previous = candidate if candidate.form in ("direct", "mixed") else None
        if previous is None or (piece.continues is None and _single_quoted_subhead(self.ctx, around, previous)):
            return False
        if piece.continues is not None:
            previous.fragments.append(frag)
            self.claim_of[i] = previous
            self.last_in_paragraph[piece.paragraph] = previous
            return True
        # its own statement with the previous speaker and no cue (PolNeAR marks them so)
        return self._add(i, Statement(fragments=[frag], form="direct", speakers=list(previous.speakers),
                                      paragraph=piece.paragraph, frame="quote", cue_entry=previous.cue_entry))

    def unattributed(self, i: int, around: _Around, frag) -> bool:
        """(f) a whole-sentence quote paragraph with no attribution at all: no speaker."""
        piece = around.piece
        words = len(self.ctx.text[piece.inner_start:piece.inner_end].split())
        if around.starts_paragraph and words >= 6 and (piece.end >= around.paragraph[1] - 1 or around.nxt is None):
            return self._add(i, Statement(fragments=[frag], form="direct", paragraph=piece.paragraph))
        return False


def _tag_later(ctx: Context, around: _Around) -> bool:
    """The quote's sentence goes on after it to a tag of its own ('"A," Warren said. "You squeezed
    them" to lift the price, she said.'): the second quote is not the first one's run."""
    s, e = around.after
    inner = ctx.text[around.piece.inner_start:around.piece.inner_end].rstrip(" '\u2019\u201d\"")
    toks = [t for t in ctx.tokens_between(s, e) if not t.is_space]
    if inner[-1:] in (".", "?", "!", ",") or not toks or toks[0].is_punct:
        return False
    toks = [t for t in toks if t.sent.start == toks[0].sent.start]
    hit = cue_in(ctx, toks, "after")
    return hit is not None and hit.subject is not None


def _single_quoted_subhead(ctx: Context, around: _Around, previous: Statement) -> bool:
    """A short paragraph in single quotes after a speaker who was quoted in double ones ("''We
    close on Friday,'' she said." then "'A tough decision.'"): a subhead quoting the section, not
    the speaker going on (where quotes are single throughout, it is the speaker going on)."""
    text, piece = ctx.text, around.piece
    single = text[piece.start] in ("'", "\u2018") and not text.startswith("''", piece.start)
    prev_s = previous.fragments[0][0]
    double_before = text[prev_s - 1:prev_s] in ("\"", "\u201c") or text[max(0, prev_s - 2):prev_s] == "''"
    whole = not text[around.paragraph[0]:piece.start].strip() and not text[piece.end:around.paragraph[1]].strip()
    return single and double_before and whole and len(text[piece.inner_start:piece.inner_end].split()) <= 8


def _own_cue_before(ctx: Context, around: _Around) -> bool:
    """A cue verb of its own before the quote ('"A," he said. He adds: "B"'): B is not A's."""
    cue = _cue_before(ctx, around)
    return cue is not None and cue.kind == "verb"


def _cue_before(ctx: Context, around: _Around) -> Optional[CueHit]:
    """A cue ending the words before a quote ('X said: "..."', 'X said, "..."'), a bare colon
    lead-in ('Trump: "..."'), or a cue ending the previous paragraph with a colon."""
    text = ctx.text
    before_s, before_e = around.before
    piece = around.piece
    lead = text[before_s:before_e].rstrip()
    if lead.endswith((":", ",")) and lead.strip():
        sent_start = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
        cs = before_s + (sent_start + 2 if sent_start >= 0 else 0)
        cue = cue_in(ctx, reversed(ctx.tokens_between(cs, before_e)), "before") or _fronted_tag(ctx, before_s, before_e)
        if cue is None and lead.endswith(":"):
            cue = CueHit("colon")
        return cue
    if around.starts_paragraph and piece.paragraph > 0 and piece.continues is None:
        ps_prev, pe_prev = ctx.paragraphs[piece.paragraph - 1]
        if text[ps_prev:pe_prev].rstrip().endswith(":"):
            sent = text[ps_prev:pe_prev]
            cut = max(sent.rfind(". "), sent.rfind("? "))
            cs = ps_prev + (cut + 2 if cut >= 0 else 0)
            return cue_in(ctx, reversed(ctx.tokens_between(cs, pe_prev)), "before")
    return None


def _fronted_tag(ctx: Context, before_s: int, before_e: int) -> Optional[CueHit]:
    """A tag that opens the lead's sentence before its speaker, whose title's full stop cut the
    lead short ('Said Mr. Hale: "..."', 'Replied spokesman Richard Boucher, "..."')."""
    words = [t for t in ctx.tokens_between(before_s, before_e) if not t.is_space]
    if not words:
        return None
    first = words[-1].sent[0]
    while first.is_space or first.is_punct:
        first = first.doc[first.i + 1]
    if first.idx < before_s or not opens_with_tag(first):
        return None
    return cue_in(ctx, [first], "before")


def _widen_tagged_quote(ctx: Context, piece: QuotePiece, frag, before_s: int, cue):
    """Content of '<words> "quote" <words>, X said': the unquoted words of the same sentence
    around the quote belong to it ('With thousands of systems, "there is no ...," he said')."""
    text = ctx.text
    s, e = frag
    lead = text[before_s:piece.start]
    if lead.strip():
        ends = list(re.finditer(r"[.?!][\"\u201d'\u2019]*\s+", lead))
        start = before_s + (ends[-1].end() if ends else 0)
        if start < piece.start and not _introduces(text[start:piece.start]):
            s = trim(text, start, piece.start, " \t\n")[0]
    tag = min([cue.verb.idx] + ([mention_of(cue.subject).start] if cue.subject is not None else []))
    between = text[piece.end:tag]
    if re.search(r"\w", between) and not re.search(r"[.?!]", between):
        e = trim(text, piece.end, tag, " \t\n,;:\u2014-")[1]
    return (s, max(e, frag[1]))


def _introduces(lead: str) -> bool:
    """Words that end in a colon or dash before the quote ('Ms Lee said the plan was rushed: "We
    had no time," she said') are the writer's introduction, not part of the quote."""
    return lead.rstrip().endswith((":", "-", "\u2014", "\u2013"))


_DASH_NAME = re.compile(r"\s*(\u2015|\u2014|--|\u2013)[\s\u00a0]*((?:[A-Z][\w.'\u2019-]*[\s\u00a0]*){1,5})")


def _cue_after(ctx: Context, piece: QuotePiece, after_s: int, after_e: int) -> Optional[CueHit]:
    """A cue in the words right after a quote: '"...," X said', '"...?" asked X', '"...." X said.',
    or a signature dash ('"..." \u2015 Name')."""
    text = ctx.text
    after_text = text[after_s:after_e]
    if not after_text.strip():
        return None
    m = _DASH_NAME.match(text, after_s, after_e)
    if m:
        name_s, name_e = trim(text, *m.span(2), " \t\n\u00a0.,")
        toks = [t for t in ctx.tokens_between(name_s, name_e) if not t.is_space]
        if toks and all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in toks):
            return CueHit("dash", span=m.span(1), names=toks)
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
        if last_inner != "." and not re.search(r",\s+[^,]{1,60}$", text[cs:ce]) \
                and not comma_left_out(ctx, piece, last_inner, text[cs:ce]):
            return None
        if ce >= after_e and after_e < ctx.paragraphs[piece.paragraph][1] and \
                not re.search(r"[.,:;!?\u2014-]\s*$", text[cs:ce]):
            return None  # '"Lyin' Ted." Trump called the senator a "nasty guy"': the words lead on
        if last_inner == "." and ce >= after_e and after_e < ctx.paragraphs[piece.paragraph][1] and \
                text[cs:ce].rstrip().endswith((",", ":")):
            return None  # '"A." At the same time, she added, "B."': the tag introduces B
    cue = cue_in(ctx, ctx.tokens_between(cs, ce), "after")
    if cue is None:
        return None
    verb = cue.verb
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and (c.idx < ce or _opens_on(c, verb))
           for c in verb.children) and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None  # 'She says it underscores ...': a statement of its own, not a tag
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark":
        return None  # '"...," but he said that the footage ...': so is this one
    if inside_subject(piece, cue.subject):
        return None
    return cue



def _said_after_tag(ctx: Context, verb) -> list:
    """'"It was bad luck," she said, that both men knew him': the unquoted rest of the sentence
    after the tag (boundaries.said_after_tag), as a fragment of the quote's content."""
    rest = said_after_tag(verb)
    if rest is None:
        return []
    s, e = subtree_span(rest, ctx.text, exclude=trailing_asides(rest))
    return [(s, e)] if e > s and not share(ctx.quoted, s, e) else []


def _opens_on(clause, verb) -> bool:
    """Does *clause* start right after the cue verb ('on "Today," the minister said the budget
    would balance', the clause running past a quoted word in it)? Then the verb has its own
    content and tags no quote before it."""
    first = clause.left_edge
    return first.i == verb.i + 1 and not (first.is_punct or first.is_quote)


def _claim_from_cue(ctx: Context, cue: CueHit, frag, piece: QuotePiece, before_e: int) -> Optional[Statement]:
    if cue.kind == "dash":
        toks = cue.names
        head = max(toks, key=lambda t: t.i)
        return Statement(fragments=[frag], form="direct", cue_span=cue.span, cue_lemma="\u2015",
                         speakers=[Mention(toks[0].idx, toks[-1].idx + len(toks[-1].text), head)],
                         paragraph=piece.paragraph, frame="quote", cue_entry=lexicon.pseudo_cue("\u2015"))
    if cue.kind == "colon":
        # "Trump: ..." style lead-in with no verb: the speaker is the words before the colon
        colon = ctx.text.rfind(":", 0, before_e)
        toks = ctx.tokens_between(ctx.paragraphs[piece.paragraph][0], colon)
        names = [t for t in toks if t.ent_type_ in ("PERSON", "ORG") and not ctx.in_quote(t)]
        if not names:
            return None
        head = names[-1]
        return Statement(fragments=[frag], form="direct", cue_span=(colon, colon + 1), cue_lemma=":",
                         speakers=[Mention(*ent_span(head), head)], paragraph=piece.paragraph, frame="quote")
    verb = cue.verb
    ctx.used_cues.add(verb.i)
    speakers = [mention_of(h) for h in speaker_heads(cue.subject)] if cue.subject is not None else []
    toks = cue_tokens_of(verb)
    lemma = verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") else cue.entry.lemma  # "Replied" tagged a name
    return Statement(fragments=[frag], form="direct", cue_tokens=toks, cue_entry=cue.entry,
                     cue_lemma=lemma, cue_span=span_of(toks), speakers=speakers,
                     paragraph=piece.paragraph, frame="quote", cue_head=verb)
