"""Transcripts and vox pops: a paragraph that opens with a speaker's name and a colon or dash
("WALLACE: Do you ...", "Sonya Herridge \u2015 \u201cMr. Trump ..."), which names who speaks in it;
a roster after a label ("Iowa: Ann Lee, Bob Ruiz") or a body subhead ("Rubio: Finish second.")
names nobody.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..statement import Mention, Statement
from .context import Context, trim
from .cues import opens_with_tag


_LABEL = re.compile(r"[\"\u201c\u201d]?\s*((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*)\s*(:|\u2015|\u2014|--|\u2013)\s+(?=\S)")


def labelled_paragraphs(ctx: Context) -> list[Statement]:
    """Transcripts and vox pops: a paragraph that starts with a name and a colon or dash
    ("WALLACE: Do you ...", "Sonya Herridge \u2015 \u201cMr. Trump ...")."""
    out = []
    text = ctx.text
    matches = [_LABEL.match(text, ps, pe) for ps, pe in ctx.paragraphs]
    labelled = {i for i, m in enumerate(matches) if m}
    for index, (ps, pe) in enumerate(ctx.paragraphs):
        m = matches[index]
        if not m or (ctx.headline[index] and not _named_elsewhere(ctx, m.start(1), m.end(1))):
            continue
        if any(ds == ps for ds, _ in ctx.datelines):
            continue  # "MUMBAI: The party alleged ...": where the story was filed, no speaker
        name_s, name_e = m.span(1)
        if text[name_s:name_e].upper().replace("\u2019", "'") in lexicon.not_speaker_labels():
            continue
        first = ctx.tokens_between(name_s, name_e)[:1]
        if first and opens_with_tag(first[0]):
            continue  # 'Said Mr. Hale: "..."': a tag put before its speaker, read with the quote
        if m.group(2) != ":" and text[m.end():m.end() + 1] not in "\"\u201c\u201d\u2018'":
            continue  # a dash is an attribution only before a quote ("Name \u2015 \u201c...")
        if re.fullmatch(r"[\d.:]+", text[name_s:name_e]) or len(text[name_s:name_e]) < 2:
            continue
        toks = ctx.tokens_between(name_s, name_e)
        if not toks or not (all(t.pos_ == "PROPN" or t.text.isupper() or t.ent_type_ in ("PERSON", "ORG") for t in toks)
                            or _named_elsewhere(ctx, name_s, name_e)):
            continue
        cs, ce = trim(text, m.end(), pe, " \t\n\"\u201c\u201d")
        if ce - cs < 2 or not re.search(r"[^\W\d_]{2}", text[cs:ce]) or re.fullmatch(r"\S*@\S+", text[cs:ce]):
            continue  # "Clinton: 1,769.", "Twitter: @handle", "EMAIL: desk@paper.com": a figure or an address
        if _name_list(text[cs:ce]) or _subhead(ctx, index, labelled, text[cs:ce]):
            continue
        head = max(toks, key=lambda t: (t.ent_type_ == "PERSON", t.i))
        cue_s, cue_e = m.span(2)
        out.append(Statement(fragments=[(cs, ce)], form="direct", cue_span=(cue_s, cue_e), cue_lemma=text[cue_s:cue_e],
                         speakers=[Mention(name_s, name_e, head)], paragraph=index, frame="quote",
                         cue_entry=lexicon.pseudo_cue(":")))
        for p_index, piece in enumerate(ctx.pieces):
            if piece.paragraph == index:
                ctx.labelled_pieces.add(p_index)
    return out


_LIST_ITEM = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*")


def _name_list(content: str) -> bool:
    """"Iowa: Ann Lee, Bob Ruiz, Carl Witt, ...": a list of names after a label, no statement."""
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?", content.rstrip(" ."))]
    return len(items) >= 4 and all(_LIST_ITEM.fullmatch(i) for i in items)


def _subhead(ctx: Context, index: int, labelled: set, content: str) -> bool:
    """A subhead inside the body, a name and a short unquoted phrase between paragraphs of prose
    ("Rubio: Finish second.", "Kasich: Now or never."): the writer's heading of a section about that
    person, not words of theirs. A transcript's or vox pop's lines come in runs of labelled paragraphs."""
    return index > 0 and not ctx.headline[index] and len(content.split()) <= 5 and \
        not re.search("[\"\u201c\u201d\u2018\u2019']", content) and \
        index - 1 not in labelled and index + 1 not in labelled


def _named_elsewhere(ctx: Context, name_s: int, name_e: int) -> bool:
    """A label ("Trump: I Will Win Ohio", "Clinton: Rival Is Unfit") is a speaker's name when the
    article names that person or body elsewhere; in a title-case headline the tagger may call every
    word a proper noun or none, so "Poll: Clinton Leads" or "Exclusive: ..." must not count and
    "Trump" tagged as a noun still does: every word of the label but a title ("Dr. Ben Carson") is
    in one entity named elsewhere."""
    words = [w.lower() for w in ctx.text[name_s:name_e].split() if w.lower().rstrip(".") not in lexicon.titles()]
    return bool(words) and any(not (ent.start_char < name_e and name_s < ent.end_char)
                               and ent.label_ in ("PERSON", "ORG", "NORP", "GPE")
                               and set(words) <= set(ent.text.lower().split()) for ent in ctx.doc.ents)
