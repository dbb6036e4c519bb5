"""Stage: find reported statements (direct quotes and reported speech) with their cue and speaker
mentions.

The passes run in this order, each skipping what an earlier one covered:
1. ``labels.labelled_paragraphs``: transcripts and vox pops ("WALLACE: Do you ...");
2. ``direct.direct_quotes``: quotes with a cue before or after them, continued quotes, quote
   paragraphs that go on with the previous speaker;
3. ``reported.according_to``: "X plans to visit, according to an aide" is the aide's report;
4. ``reported.reported_speech``: a cue verb or noun (lexicon) with a clause, infinitive or object;
5. ``adverbials.adverbial_statements``: "The firm is reportedly seeking a buyer"; with --scope all
   also "Smith leads in a new poll" (the poll's finding) and "In her view, ..." (hers);
6. ``followers.following_quotes``: an untagged quote sentence right after a reported statement
   joins it ('The mayor defended the cuts. "We had no choice."').
Headlines and bylines (paragraphs without sentence-final punctuation) yield no statements, except
a headline labelled with a name the article uses ("Trump: I Will Win Ohio") and a headline denial
by a named speaker ("Club denies reports of takeover": headlines often carry the only wording of
the denial). Nor are the writer's hedge ("It is too soon to say whether ..."), the terms of
speaking ("spoke on condition of anonymity to discuss X"), a question to the reader ("Do you support
X?"), a body subhead ("Rubio: Finish second.", or 'A tough call.' in single quotes where speech is
quoted in double ones) or a roster after a label ("Iowa: Ann Lee, Bob Ruiz, ...").

Where things are: ``context.py`` (what the passes share), ``cues.py`` (cue lookup),
``subjects.py`` (who spoke), ``nearby_speakers.py`` (a speaker the parse did not link),
``labels.py`` (transcripts), ``direct.py`` (quotes), ``quote_runs.py`` (which quotes go on with a
tagged one), ``reported.py`` (the parse), ``frames.py`` (where a cue's content is), ``naming.py``
(naming verbs: "called the plan reckless"), ``conjuncts.py`` (coordinated verbs at a content's
end), ``boundaries.py`` (where a content ends), ``misparsed.py`` (clauses the parser hung
elsewhere), ``tags.py`` (tags around their content), ``followers.py`` (untagged quotes after a
reported statement).
"""
from __future__ import annotations

from ..masks import mark, new_mask
from ..quotes import QuotePiece
from ..statement import Statement
from .context import Context
from .direct import direct_quotes
from .labels import labelled_paragraphs
from .adverbials import adverbial_statements
from .followers import following_quotes
from .reported import according_to, reported_speech

__all__ = ["attribute", "Statement"]


def attribute(doc, text: str, paragraphs, pieces: list[QuotePiece], scope: str = "speech") -> list[Statement]:
    """All statements in *doc*, in text order (see the module docstring for the passes)."""
    ctx = Context(doc, text, paragraphs, pieces, scope)
    found = labelled_paragraphs(ctx)
    found += direct_quotes(ctx)
    covered = new_mask(text)
    for f in found:
        for s, e in f.fragments:
            mark(covered, s, e)
    found.extend(according_to(ctx, covered))
    found.extend(reported_speech(ctx, covered))
    found.extend(adverbial_statements(ctx, covered))
    following_quotes(ctx, found, covered)
    for f in found:
        f.fragments = ctx.without_datelines(f.fragments)
    found = [f for f in found if f.fragments and (f.cue_lemma == ":" or not ctx.headline[ctx.paragraph_of(f.fragments[0][0])]
                                                  or headline_denial(f))]
    found.sort(key=lambda f: (f.fragments[0][0], f.fragments[0][1]))
    return found


def headline_denial(st: Statement) -> bool:
    """A headline statement worth keeping: a deny-class verb with a noun (not a pronoun) for its
    speaker and a clause or noun phrase for content ("Ministers deny contract was rigged", "Poll
    body rejects charge"); not a noun cue ("Denial of ...") nor "denies it"."""
    head = st.cue_head
    if st.cue_entry is None or st.cue_entry.cls != "deny" or head is None or head.pos_ != "VERB":
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and st.frame in ("ccomp", "dobj") and (
        st.content_root is None or st.content_root.pos_ != "PRON")
