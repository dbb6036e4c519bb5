"""Who spoke: the subject of a cue verb, the agent of a passive, an inherited subject, and the
speaker mention as written (its subtree without clauses and appositions, datelines cut off).
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..statement import Mention
from .conjuncts import speakers_next_act
from .cues import fronted_cue, is_cue_verb


_MENTION_CUT_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "prep", "conj", "cc", "preconj", "parataxis"}


def mention_of(head) -> Mention:
    """The speaker mention headed by *head*: its subtree without clauses, appositions and conjuncts."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ not in _MENTION_CUT_DEPS or _one_name(head, c) or _in_name(head, c)]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(tok.children)
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    doc = head.doc
    stray = stray_determiner(head)
    if stray is not None:
        lo = stray.i  # "the 31-year-old" with "the" hung on the verb
    for i in range(head.i - 1, lo - 1, -1):  # never reach back across a line break
        if "\n" in doc[i].whitespace_ or "\n" in doc[i].text:
            lo = i + 1
            break
    dash = dateline_dash(doc[lo]) if lo < head.i else None
    if dash is not None and dash < head.i:  # "BRUSSELS - European leaders"
        lo = dash + 1
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ in ("cc", "preconj")
                           or (doc[lo].tag_ in ("VBD", "VBZ") and is_cue_verb(doc[lo])) or fronted_cue(doc[lo]) is not None):
        lo += 1  # "Said Ellis:", "Replied spokesman Richard Boucher,"
    while hi > head.i and doc[hi].is_punct:
        hi -= 1
    while hi + 2 < len(doc) and not doc[hi].whitespace_ and doc[hi + 1].text == "-" and not doc[hi + 1].whitespace_ \
            and doc[hi + 2].is_alpha:
        hi += 2  # "some anti-abortionists": the parser made "anti", "-" and "abortionists" three subjects
    return Mention(doc[lo].idx, doc[hi].idx + len(doc[hi].text), head)


def stray_determiner(word):
    """The determiner of a description that the parser hung, with the description's last word
    *word*, on the verb after them ('"...," the 31-year-old said': "the" and "old" both on
    "said"): "the", when *word* is an adjective or noun right before the verb, attached to it,
    and the words between "the" and *word* are *word*'s own; else None."""
    verb = word.head
    if word.dep_ not in ("amod", "compound", "nmod", "dep") or verb.i != word.i + 1 \
            or word.pos_ not in ("ADJ", "NOUN") or verb.pos_ != "VERB":
        return None
    before = word.left_edge.i - 1
    if before < 0:
        return None
    det = word.doc[before]
    owner = verb.head.i if verb.dep_ in ("compound", "amod") else verb.i  # "The 34-year-old denies murder": all on "murder"
    if det.dep_ == "det" and det.head.i in (verb.i, owner) and det.lower_ in ("the", "this", "that"):
        return det
    return None


def speaker_heads(subject) -> list:
    """The subject and the heads coordinated with it (``both Putin and the Kremlin`` -> two)."""
    subject = _past_dateline(_antecedent(subject))
    heads = [subject]
    stack = [c for c in subject.children if c.dep_ == "conj" and not _one_name(subject, c)]
    while stack:
        tok = stack.pop(0)
        heads.append(tok)
        stack.extend(c for c in tok.children if c.dep_ == "conj")
    return heads + _named_members(subject)


def _named_members(subject) -> list:
    """The names a group subject says it includes, each a speaker too ("Democrats, including
    Clinton, accused ...", "Several officials, including Mayor Tom Hale and Ann Lee, said")."""
    members = []
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "including" and prep.i > subject.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    members += [obj, *(c for c in obj.conjuncts if c.pos_ == "PROPN")]
    return members


def _one_name(head, child) -> bool:
    """Are *head* and its conjunct or conjunction *child* words of one name joined by "&", which
    the NER read as one ("Ernst & Young", "Procter & Gamble": one speaker, not two; "Smith and
    Jones" stays two)?"""
    if child.dep_ not in ("conj", "cc") or not head.ent_type_ or child.i < head.i:
        return False
    doc = head.doc
    end = max(t.i for t in child.subtree) if child.dep_ == "conj" else child.i
    return any(doc[k].text == "&" for k in range(head.i + 1, end + 1)) \
        and all(doc[k].ent_iob_ == "I" for k in range(head.i + 1, end + 1))


def _in_name(head, child) -> bool:
    """Is *child* a preposition inside the name *head* is a word of ("The Bank of England",
    "Transport for Wales": the name is the mention, not "The Bank")? The NER's name runs on
    through it and its object."""
    if child.dep_ != "prep" or child.i < head.i or not head.ent_type_ or child.ent_iob_ != "I":
        return False
    last = child.right_edge.i
    doc = head.doc
    return all(doc[k].ent_iob_ == "I" for k in range(head.i + 1, last + 1))


def _antecedent(subject):
    """A relative 'that'/'which' whose noun was published speaks for its publisher ('Trump
    released a video that said' -> Trump). Otherwise the relative pronoun stays: PolNeAR marks
    'that' in 'a report that suggested' as the source, not the report."""
    if subject.tag_ != "WDT" or subject.head.dep_ != "relcl" or subject.head.head.i == subject.head.i:
        return subject
    noun = subject.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.publish_verbs():
        publisher = subject_of(noun.head)
        if publisher is not None and publisher.tag_ != "WDT":
            return publisher
    return subject


_DASHES = {"-", "--", "_", "\u2013", "\u2014", "\u2015"}


def dateline_dash(token) -> Optional[int]:
    """If *token* lies in a dateline ('WASHINGTON --', 'BUENA PARK, Calif. -', 'CLEVELAND, July 19
    (UPI) —', 'MUMBAI:') at the start of its paragraph, the index of the dash or colon that closes it."""
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
        if doc[i].text in _DASHES or doc[i].text == ":":  # "MUMBAI: The party alleged"
            return i if token.i < i else None
        if not (doc[i].is_punct or doc[i].text.isupper() or doc[i].like_num or doc[i].ent_type_ == "DATE"
                or doc[i].text[:1].isupper()):
            return None
    return None


def _past_dateline(subject):
    """The parser makes a dateline ('WASHINGTON -- President Obama said') the subject, with the
    speaker as its apposition or as the words right after the dash: the speaker is the latter."""
    dash = dateline_dash(subject)
    if dash is None:
        return subject
    for child in subject.children:
        if child.dep_ == "appos" and child.i > dash:
            return child
    for chunk in subject.doc.noun_chunks:
        if chunk.start == dash + 1:
            return chunk.root
    return subject


def poll_for_share(verb, subject):
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
        if child.dep_ == "nsubj" and len(subjects) > 1 and (dateline_dash(child) is not None or child.text in _DASHES):
            continue  # 'BUENA PARK, Calif. - ..., Hillary Clinton promised', 'Smith _ under duress _ has': two subjects
        if child.dep_ in ("nsubj", "csubj"):
            opener = _before_aside(child) if child.text in _DASHES else None
            if opener is not None:
                return opener  # "Smith _ under duress _ has indicated": Smith
            if _thing_before_participle(verb, child):
                return subject_of(verb.head, depth + 1, quoted)  # "He shared it imagining ...": he
            if child.lower_ in ("it", "there") and child.dep_ == "nsubj" and any(
                    c.dep_ == "ccomp" for c in verb.children) and verb.lemma_ in ("be", "seem", "appear"):
                return None
            if child.dep_ == "nsubj" and child.pos_ == "VERB":
                # "Mrs. Clinton, the favorite to win the election come November, proposed": the
                # parser made "come" the subject, with the speaker as its own subject
                inner = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i
                              and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if inner is not None:
                    return inner
            return child
        if child.dep_ == "nsubjpass":
            passive_subject = child
    if passive_subject is not None and depth > 0:
        return passive_subject  # "After saying ..., she was whisked off": she said it
    if passive_subject is not None:
        return agent_of(verb)  # None: "it was reported that", "X is said to have": no speaker named
    agent = _as_tag_agent(verb)
    if agent is not None:
        return agent  # "As reported by Reuters, ...": Reuters, not the subject of the clause it vouches for
    if any(c.dep_ == "auxpass" for c in verb.children):
        agent = agent_of(verb)
        if agent is not None:
            return agent  # "asked for a visa but was told by officials that ...": the officials told it
    if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acomp") and verb.head.i != verb.i:
        head = verb.head
        if ((verb.dep_ == "advcl" and verb.tag_ == "VBG") or (verb.dep_ == "conj" and (
                is_cue_verb(verb) or speakers_next_act(verb, head, head.head)))) \
                and head.dep_ == "ccomp" and is_cue_verb(head.head) \
                and (quoted is None or not quoted[head.head.idx]):
            # "X said he didn't believe it, arguing that ..." / "X said it was wrong and warned
            # Y": the parser hangs the participle or the second cue on the reported clause, but
            # the one arguing or warning is X
            head = head.head
        head = _past_noun_clause(verb, _tag_of_quote(verb, head, quoted))
        return subject_of(head, depth + 1, quoted)  # "..., claiming", "by telling", "was able to tout"
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _deny_verb(verb):  # "the allegations, denied by the company,"
        return agent_of(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = verb.head
        if _spoken_to(noun):
            return subject_of(noun.head, depth + 1, quoted)  # "emailed supporters saying"
        if noun.lemma_.lower() not in lexicon.event_nouns():
            return noun  # "a statement saying", "tweets accusing"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            return subject_of(noun.head.head, depth + 1, quoted)  # "said at a conference announcing"
    return None


def agent_of(verb):
    """The agent of a passive verb or participle ("was told by officials": officials), or None."""
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def _as_tag_agent(verb):
    """The agent of a participle in an as-clause ("as first reported by the Times"), or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or not any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    return agent_of(verb)


def _deny_verb(verb) -> bool:
    entry = lexicon.cues().get((verb.lemma_.lower(), "VERB"))
    return entry is not None and entry.cls == "deny"


def _tag_of_quote(verb, head, quoted):
    """The cue verb of the tag when the parser hung an opening participle *verb* on the quote
    after it ("Emphasizing the risk, Smith said, "We must act."": Smith emphasizes, the quote's
    verb *head* has no subject of his); else *head*."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i > head.i or quoted is None or not quoted[head.idx]:
        return head
    return next((c for c in head.children if c.dep_ in ("parataxis", "ccomp") and not quoted[c.idx]
                 and is_cue_verb(c)), head)


def _past_noun_clause(verb, head):
    """The verb a finite conjunct or a participle after a comma, *verb*, goes on from when the
    parser joined it to a noun's infinitive or participle *head* ("Trump faulted her refusal to
    use the term and called for ...": "called" goes on from "faulted", not from "use"; "Castro
    greeted the pupils chosen for the trip, assuring them ...": Castro assures); else *head*."""
    finite = verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP")
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.nbor(-1).text == ","
    if not (finite or participle) or head.dep_ != "acl" or head.tag_ not in ("VB", "VBG", "VBN", "VBD"):
        return head
    up = head.head
    while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
        up = up.head
    return up if up.pos_ in ("VERB", "AUX") else head


def _before_aside(dash):
    """The word before the dash that opens the aside *dash* closes, when the parser made the
    closing dash a subject ("Smith _ perhaps under duress _ has indicated ...": Smith); else None."""
    sent_start = dash.sent.start
    for i in range(dash.i - 1, sent_start, -1):
        if dash.doc[i].text == dash.text:
            word = dash.doc[i - 1]
            return word if word.pos_ in ("PROPN", "NOUN", "PRON") or word.ent_type_ in ("PERSON", "ORG") else None
    return None


def _thing_before_participle(verb, subject) -> bool:
    """Is *subject* the object "it" of the verb before, which the parser made the subject of the
    participle *verb* after it ("He shared it imagining he was ...": he imagines, not it)?"""
    head = verb.head
    return subject.lower_ == "it" and subject.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ == "ccomp" \
        and subject.i == verb.i - 1 and head.pos_ == "VERB" and head.i < verb.i \
        and not any(c.dep_ == "dobj" for c in head.children)


def _spoken_to(noun) -> bool:
    """Is *noun* the object of a verb of addressing or filing, or the pronoun "it", so that a
    participle the parser hung on it ("The senator emailed supporters saying ...", "They filed
    papers alleging ...", "He shared it, claiming ...") belongs to that verb's subject, not to
    the supporters, the papers or the thing shared?"""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
        and (noun.head.lemma_.lower() in lexicon.addressee_verbs() or noun.lower_ == "it") \
        and any(c.dep_ == "nsubj" for c in noun.head.children)
