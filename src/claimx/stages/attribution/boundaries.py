"""Where a reported clause ends: what the parser hangs inside it that is not the speaker's words
(the writer's asides: ", which ...", ", though ...", a description in apposition) or that is the
speaker's next act ("said ... and warned that ...", "..., claiming ...").
"""
from __future__ import annotations

from .. import lexicon
from .context import trim
from .cues import is_cue_verb
from .context import SUBJECT_DEPS


def trailing_asides(head) -> list:
    """The writer's asides closing a content: a relative clause or an apposition set off by a
    comma at its end ('cited "Obama-Clinton" policies, which he said had harmed the economy';
    'cited the case of Guccifer 2.0, an individual or group of hackers ...')."""
    doc = head.doc
    last = head.right_edge.i
    out = []
    for t in head.subtree:
        if t.dep_ not in ("relcl", "appos", "advcl") or t.i <= head.i or t.left_edge.i == 0 or t.right_edge.i < last - 1:
            continue
        before = doc[t.left_edge.i - 1].text
        if (before == "," and ((t.dep_ == "appos" and not _list_item(t)) or _relative_start(t) or _concession(t))) or \
                (before in _DASHES and _concession(t)):
            out.append(t)
    return out


_DASHES = ("-", "--", "\u2013", "\u2014")


def _list_item(appos) -> bool:
    """An apposition that is the parser's reading of a list ("hacking of the National Committee,
    the Campaign Committee and state offices"): like its head and coordinated further, unlike a
    description ("Rep. Don Beyer, a former governor and ambassador")."""
    return appos.pos_ == appos.head.pos_ and any(c.dep_ == "conj" for c in appos.children)


def _relative_start(clause) -> bool:
    """A relative clause opening with its pronoun: ', which ...', ', for whom ...'."""
    if clause.dep_ != "relcl":
        return False
    first = clause.left_edge
    second = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else first
    return first.tag_ in _WH or (first.tag_ == "IN" and second.tag_ in _WH)


_WH = ("WDT", "WP", "WP$")


def _concession(clause) -> bool:
    """', though she gave no details' (', even though ...', ', even as ...'; after a dash too)
    closing a content: the writer's comment on it; ', while
    others said ...' only with a statement of its own ('estimated that A would rise, while B would
    fall' is one estimate)."""
    first = clause.left_edge
    if clause.dep_ == "advcl" and first.lower_ == "even" and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]  # ", even though ...", ", even as ...": a contrast the writer draws
        return first.dep_ == "mark" and first.lower_ in ("though", "as") and first.head.i == clause.i
    if clause.dep_ != "advcl" or first.dep_ != "mark":
        return False
    mark_word = first.lower_
    return mark_word in ("though", "although") or (mark_word in ("while", "whereas") and is_cue_verb(clause) and any(
        c.dep_ in SUBJECT_DEPS for c in clause.children))


def belongs_to_cue(token, clause) -> bool:
    """A part of the parse's clause that is the speaker's next act, not the content: a coordinated
    cue verb without its own subject ('said he would order a review and warned against hackers')
    or a clause after a semicolon ('said it was not intentional; they only learned ...')."""
    if token.dep_ == "conj" and is_cue_verb(token) and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        # a verb of saying in the cue's own form: "said ... and warned", "demanding ... and
        # saying", "said ... and doesn't see"; not one that shares the clause's auxiliary ("said
        # the grants should be based on need and come with audits") or an attitude ("said she was
        # elated but still feared the army")
        entry = lexicon.cues()[(token.lemma_.lower(), "VERB")]
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        same_form = token.tag_ == clause.head.tag_ and not auxes
        return entry.scope == "speech" and (same_form or any(a.lemma_ == "do" for a in auxes))
    if token.dep_ == "parataxis":
        i = token.left_edge.i - 1
        return i > clause.i and token.doc[i].text == ";"
    return False


def closing_asides(head) -> list:
    """The writer's asides and comments closing the content headed by *head* (an infinitive):
    trailing_asides, and a participle clause after a comma at its end ("vowed to repeal the law,
    putting her at odds with the party")."""
    return trailing_asides(head) + [t for t in head.subtree if t.dep_ == "advcl" and t.i > head.i and (
        (t.tag_ == "VBG" and trailing_participle(t, head)) or _time_of_the_act(t, head))]


def _time_of_the_act(clause, head) -> bool:
    """An as-clause in the past with a subject of its own closing an infinitive content ("refused
    to speak to reporters as she left the hall", "sought to rally the staff as he toured the
    office"): when the act was done (not "asked to delay the rule while the court considered it",
    a time inside what was asked, in the past by the sequence of tenses)."""
    first = clause.left_edge
    return clause.head.i == head.i and first.dep_ == "mark" and first.lower_ == "as" \
        and clause.tag_ == "VBD" and any(c.dep_ in SUBJECT_DEPS for c in clause.children) \
        and clause.right_edge.i >= head.right_edge.i - 1


def saying_participles(head) -> list:
    """A participle of saying after a comma closing the content headed by the object noun *head*
    ("denied reports that troops fired, describing the claims as fake news"): the speaker's next
    act, which the parser hung on the clause of the noun."""
    return [t for t in head.subtree if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > head.i
            and (t.lemma_.lower(), "VERB") in lexicon.cues() and trailing_participle(t, head)]


def trailing_participle(token, clause) -> bool:
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


def object_complements(verb, obj) -> list:
    """The phrases the parser hung on the cue verb right after its object that finish what is
    said of it ("blamed the outage on hackers", "criticised the mayor over the budget"): each
    directly after the last, with no comma and no saying in it ("denied a visa | to a colonel whom
    groups accuse of ..." stops before the accusation); not one of time, place, means or medium
    (lexicon.setting_prepositions(): "denied the charges during the hearing", "attacked him by
    citing ..."; "defended him on cable news", "posted it on Facebook") nor a date."""
    out = []
    end = obj.right_edge.i
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end:
            continue
        if c.left_edge.i != end + 1 or c.dep_ != "prep" or c.lower_ in lexicon.setting_prepositions() or \
                any(t.text == "," or _saying(t) for t in c.subtree) or any(_setting(o) for o in c.children):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def as_role(clause, obj) -> bool:
    """What the object is taken as, parsed as a clause without a subject right after it
    ("described her | as likable", "saw the vote as a rebuke"), not a time ("as he left")."""
    first = clause.left_edge
    return clause.dep_ == "advcl" and first.i == obj.right_edge.i + 1 and first.lower_ == "as" and first.dep_ == "mark" \
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children) and first.doc[first.i + 1].lower_ not in ("if", "though")


def _saying(token) -> bool:
    """A cue verb with a subject of its own: a statement told inside a phrase."""
    return is_cue_verb(token) and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _setting(noun) -> bool:
    """A date, a medium or a named place or outlet as a preposition's object ("on Facebook", "on
    Capitol Hill", "on cable news", "with her mother" is not: a person)."""
    return noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or noun.lemma_.lower() in lexicon.medium_nouns() or noun.lower_ in lexicon.medium_nouns() or (
        noun.pos_ == "PROPN" and noun.head.lower_ == "on")


_JOINING_MARKS = (",", ";", "-", "\u2014", "\u2013", "--")


def according_clause(according, source):
    """The tokens that "according to X" vouches for: its sentence, without a clause of its own
    subject joined by a conjunction after the phrase that closes the first ("Smith leads by 20 votes, according to the count, but Jones
    has vowed to fight on": the count says nothing of the vow), the phrase itself, and a
    conjunction opening the sentence ("But ..."). (The sentence's root, its tokens); None when
    nothing is left. (The clause the phrase hangs on inside the sentence is no better a guess: the
    parser hangs it on the nearest clause, "Profits rose, and sales fell, according to analysts".)"""
    phrase = {according.i, according.i + 1} | {t.i for t in source.subtree}  # "according to" and its source
    sent = according.sent
    root = sent.root
    joins = [c.i for c in root.children if c.dep_ == "cc" and c.i > according.i > root.i]
    later = {t.i for c in root.children if c.dep_ == "conj" and joins and c.i > joins[0] and c.pos_ in ("VERB", "AUX")
             and any(g.dep_ in SUBJECT_DEPS for g in c.children) for t in c.subtree}
    tokens = [t for t in sent if t.i not in phrase and t.i not in later]
    while tokens and (tokens[0].dep_ == "cc" or tokens[0].text in _JOINING_MARKS):
        tokens.pop(0)
    while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].text in _JOINING_MARKS):
        tokens.pop()
    return (root, tokens) if tokens else None


def said_after_tag(verb):
    """The rest of a sentence that a tag interrupts: a that-clause, a reason or condition, a
    passive's agent or an infinitive the parser hung on the cue verb right after it (and a subject
    after it), set off by a comma ("The plan is sound, he said, because the costs are known";
    '"It was bad luck," she said, that both men knew him'): the speaker's words go on after the
    tag. None when nothing such follows (", he said, in an interview", ", he said, adding ...")."""
    doc = verb.doc
    end = max([verb.i] + [c.right_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i])
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    first = doc[end + 2]
    if first.dep_ == "mark" and first.lower_ in ("that", "because", "since", "unless", "if"):
        return next((c for c in verb.children if c.left_edge.i == first.i and first.head.i == c.i
                     and c.dep_ in ("ccomp", "advcl")), None)
    if first.lower_ == "by" and first.head.i == verb.i and first.dep_ in ("prep", "agent") and any(
            c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and any(a.dep_ == "auxpass" for a in c.children)
            for c in verb.children):
        return first  # "The bill will be helped, she said, by the new rules": the passive's agent
    if first.lower_ == "to" and first.dep_ == "aux" and first.head.head.i == verb.i and \
            first.head.dep_ in ("xcomp", "advcl") and first.head.left_edge.i == first.i:
        return first.head  # '"It is better," he added, to wait': the extraposed subject
    return None


def as_tag(verb) -> bool:
    """A saying in an as-clause ("As the Times reported, ...", "..., as some fishermen had alleged"):
    a verb of data/as_tag_verbs.txt (with its particle: "pointed out") with "as" before it and a
    subject of its own, or a participle's agent ("As reported by Reuters, ..."), hung as an
    adverbial clause on the clause it vouches for."""
    word = " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"])
    return verb.dep_ == "advcl" and word in lexicon.as_tag_verbs() \
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children) \
        and any(c.dep_ == "nsubj" or (c.dep_ == "agent" and verb.tag_ == "VBN") for c in verb.children)


def spelled_out(verb, hit, text: str) -> list:
    """The spans of content *hit* (frames.ContentHit) of cue *verb*, the last one going on through
    what a colon right after it spells out (colon_elaboration) when the content follows the cue;
    not after a preposition's object ("spoke about", "described as"): a topic, whose parts the
    writer lists."""
    if not hit.spans or hit.head.i < verb.i or hit.frame == "prep":
        return hit.spans
    more = colon_elaboration(verb, hit.spans[-1][1], text)
    return hit.spans if more is None else hit.spans[:-1] + [(hit.spans[-1][0], more)]


def colon_elaboration(verb, end: int, text: str):
    """The end of what a colon right after a content (at character *end*) opens: the rest of
    its sentence, which spells out the content's last words ("said he knew two of the men: A,
    who ..., and B"; "noted that the tax was unpopular: 60 percent opposed it"). None when no
    colon follows, the cue is after it, or a paragraph break comes right after it."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] != ":" or "\n" in text[i:i + 3] or not _lower_or_digit(text[i + 1:i + 3].strip()[:1]):
        return None  # a capital opens a sentence of its own, often the writer's evidence
    doc = verb.doc
    colon = next((t for t in doc[verb.i:] if t.idx == i), None)
    if colon is None or colon.i + 1 >= len(doc):
        return None
    sent = doc[colon.i + 1].sent
    last = sent[-1]
    stop = text.find("\n", i, last.idx + len(last.text))
    new_end = trim(text, i + 1, stop if stop != -1 else last.idx + len(last.text))[1]
    return new_end if new_end > i + 1 and new_end - end < 400 else None


def _lower_or_digit(char: str) -> bool:
    return char.islower() or char.isdigit()
