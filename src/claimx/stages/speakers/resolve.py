"""Who a speaker mention refers to, as a careful reader decides it.

- a name refers to its entity ("Putin" -> Vladimir Putin; "Russia said", "Moscow denied": the
  place, speaking as a government); a title alone is never a name ("the President said" is a
  description);
- a pronoun takes the nearest earlier subject or speaker outside quotes that agrees with it:
  he/she a person of that gender (or of none known), it an organisation or a country, they a
  group, an unnamed plural ("officials"), or an organisation, never a place that only is one; when
  that antecedent is unnamed ("a spokesman ... he said"), so is the pronoun's speaker;
- an indefinite description ("a spokesman", "officials", "a source close to the talks") names
  nobody, whoever is mentioned nearby: ``name`` stays null and its affiliation says whose it is;
- a definite description ("the minister", "the 67-year-old", "the company") refers to the entity
  the text has described that way before it (the same role noun or age next to its name, or a
  company's legal name), the nearest one; a name written only later does not count, except inside
  the same noun phrase ("said a spokesman, John Smith"). When the text never used its noun for
  anyone, a person's description ("the candidate", "the New York businessman") stands for the
  person in focus, as "he" would (see ``_in_focus``), never for a principal when the noun names
  someone speaking for another ("the spokesman", "the lawyer": ``proxy_roles.txt``); those rules
  are in descriptions.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from spacy.attrs import DEP

from .. import lexicon
from . import names
from .affiliation import Affiliation
from .descriptions import DescriptionRules, Resolved, role_word
from .entities import Entities, Entity
from .relatives import antecedent, cleft

_SUBJECTS = ("nsubj", "nsubjpass")
_POSSESSIVE = {"his": "he", "its": "it", "their": "they", "hers": "she", "theirs": "they"}
# nouns that say what kind of body a name is ("the Xinhua news agency"), not a part of it ("the
# Trump campaign", "the Microsoft board")
_LOOK_BACK = 60  # referents; about a dozen paragraphs of news


@dataclass
class _Referent:
    """A subject or speaker, as later pronouns may refer back to it."""

    char: int
    resolved: Resolved
    kind: str  # person | org | gpe | group
    gender: Optional[str]
    plural: bool
    publication: bool = False


def _kind_of(entity: Entity) -> str:
    return {"PERSON": "person", "ORG": "org", "FAC": "org", "GPE": "gpe", "NORP": "group"}[entity.label]


class Resolver(DescriptionRules):
    """Resolves the speaker mentions of one document (built once, then asked per mention)."""

    def __init__(self, doc, quoted: bytearray, entities: Entities, speaker_heads: set[int], reported: bytearray):
        """*speaker_heads*: the head tokens of the statements' speaker mentions; *reported*: the
        characters inside statements' contents, whose subjects and speakers are no antecedents
        ("Smith said that Bush was wrong. He added ...": he is Smith; "Smith said the video in
        which his son said ... He insisted": he is Smith too). Nor is the subject of a relative
        clause after its sentence's own subject ("He said ... Osama Bin Laden, who lives in
        Afghanistan. ... he said": he), unless it speaks; it is one in a sentence without a
        subject before it ("These are the times of Donald J. Trump, who sat for an interview")."""
        self.doc = doc
        self.quoted = quoted
        self.entities = entities
        self.referents: list[_Referent] = []
        self._done: dict[int, Resolved] = {}
        self._chain = 0  # how many sentences back _named_since is reading
        groups: list[_Referent] = []  # coordinated subjects, each due after its last member
        deps = {doc.vocab.strings[d] for d in (*_SUBJECTS, "conj")}
        subjects_or_conjuncts = [i for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep in deps]
        for i in sorted(speaker_heads.union(subjects_or_conjuncts)):  # the only words that can be referents
            tok = doc[i]
            while groups and groups[0].char < tok.idx:
                self.referents.append(groups.pop(0))
            if quoted[tok.idx]:
                continue
            # the subject of a relative clause counts only when its sentence has none before it
            relative = tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and cleft(tok) is None \
                and bool(self.referents) and self.referents[-1].char >= tok.sent.start_char
            subject = (tok.dep_ in _SUBJECTS or (tok.dep_ == "conj" and tok.head.dep_ in _SUBJECTS)) and not relative
            if (tok.i in speaker_heads or subject) and not reported[tok.idx]:
                ref = self._referent(tok, self._resolve(cleft(tok) or tok))
                if ref is not None:
                    self.referents.append(ref)
                group = self._group_referent(tok) if tok.dep_ in _SUBJECTS else None
                if group is not None:
                    groups = sorted(groups + [group], key=lambda r: r.char)
        self.referents += groups

    def resolve(self, head) -> Resolved:
        """The resolution of the mention headed by *head*."""
        return self._done.get(head.i) or self._resolve(head)

    def members(self, head, start: int, end: int) -> tuple[Resolved, ...]:
        """Each of the people or organisations a coordinated mention (characters *start* to *end*)
        names: "Smith, Jones and others say", "Two objectors, Tom Hale and Ann Lee,"; () for one."""
        named = next((c for c in head.children if c.dep_ == "appos" and c.conjuncts and self.entities.at(c)
                      and self._apposed_to(head, c)), None)
        if named is not None and self.entities.at(head) is None:
            tokens = [named, *named.conjuncts]
        else:
            tokens = [t for t in self._listed(head) if start <= t.idx < end]
        found = [self._resolve(t) for t in sorted(tokens)]
        names = [r.name for r in found if r.name is not None]
        if len(found) < 2 or len(set(names)) < len(names):
            return ()  # "Moore & Van Allen": one name, not two
        return tuple(found)

    def _apposed_to(self, head, appos) -> bool:
        """Is *appos* written right after *head*'s own phrase ("candidates Tom Hale and ...", "two
        of the makers -- Acme and ...")? Not after a clause ("a group led by its directors, ...")."""
        between = self.doc[head.i + 1:appos.left_edge.i]
        return not len(between) or (between[-1].text in (",", "--", "\u2014", ":")
                                    and not any(t.pos_ in ("VERB", "AUX") for t in between))

    def _listed(self, tok) -> list:
        """The words heading each item of a list that starts with *tok*: its conjuncts, and a
        name set off after a name, which the parser reads as an apposition or a modifier ("Acme
        Corp., Widget Inc. and others"; "Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul":
        "Christie" an npadvmod of "Bush"), when it heads a list of its own; [tok] when it is alone."""
        if tok.conjuncts:
            return [tok, *tok.conjuncts]
        if self.entities.at(tok) is not None:
            for c in tok.children:
                if c.dep_ in ("appos", "npadvmod") and c.conjuncts and self.entities.at(c) is not None \
                        and self._apposed_to(tok, c):
                    return [tok, c, *c.conjuncts]
        return [tok]

    def _group_referent(self, tok) -> Optional[_Referent]:
        """"Smith and Jones met ... They said": the coordinated subject as one plural referent."""
        members = [self._resolve(t) for t in sorted(self._listed(tok))]  # "and others" too
        if sum(r.name is not None for r in members) < 2:
            return None
        last = max(t.idx for t in self._listed(tok))
        return _Referent(last, Resolved(None, None, "pronoun", group=tuple(members)), "group", None, True)

    # ------------------------------------------------------------------ one mention

    def _resolve(self, head) -> Resolved:
        done = self._done.get(head.i)
        if done is not None:
            return done
        res = self._resolve_new(head)
        self._done[head.i] = res
        return res

    def _resolve_new(self, head) -> Resolved:
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl" and head.head.head.i != head.i:
            return self._resolve(antecedent(head, self.entities))  # "..., who said": the noun the clause hangs on
        if head.pos_ == "PRON":
            return self._pronoun(head)
        named = self._named(head)
        if named is not None:
            return named
        return self._description(head)

    def _named(self, head) -> Optional[Resolved]:
        if head.text == "elect" and head.i >= 2 and head.nbor(-1).text == "-":
            return None  # "the president-elect": a description
        entity = self.entities.at(head)
        if entity is None:
            kind = lexicon.roles().get(role_word(head)) or lexicon.roles().get(head.lemma_.lower())
            named = self._named_inside(head) if kind == "PERSON" else \
                self._apposed_name(head) if kind is None and head.pos_ in ("NOUN", "NUM") else \
                self._apposed_body(head) if kind == "ORG" else None
            if named is not None:
                # "Kremlin spokesman Dmitry Peskov" parsed with the role as head; "a spokesman, John
                # Smith"; "The U.S. ambassador to Poland, Dan Fried,": the name in the same phrase
                return Resolved(named.name, named.label, "description", named)
            if kind is None and head.pos_ == "NOUN" and head.text[:1].isupper() and head.text[1:].islower():
                person = self.entities.matching(head.text, "PERSON")  # "Hannity followed up" tagged a noun
                if person is not None:
                    return Resolved(person.name, person.label, "alias", person)
            broadcaster = self._broadcaster(head)
            if broadcaster is not None:
                return broadcaster
            kind_of_body = self._body_of_kind(head) if kind == "ORG" else None
            if kind_of_body is not None:
                return kind_of_body
            if kind in ("ORG", "GPE") and head.tag_ != "NNS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP"
                                              for c in head.children):
                # "the Trump campaign", "the U.S. government", "The Clinton administration": so named
                words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case")]
                written = names.clean(" ".join(t.text for t in words))
                entity = self.entities.matching(written, "ORG")
                return Resolved(entity.name if entity else written, "ORG", "direct", entity)
            if head.pos_ == "PROPN" and not names.is_title(head.text) and kind is None:  # "the GOP front-runner"
                written = " ".join(t.text for t in head.subtree if t.pos_ == "PROPN" and t.i <= head.i) or head.text
                owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
                owned = " ".join(t.text for t in head.subtree if t.pos_ == "PROPN" and t.i <= head.i
                                 and t.i not in owners)
                entity = self.entities.matching(owned) if owners and owned else None  # "Acme's Smith": Smith
                if entity is not None:
                    written = owned
                entity = entity or self.entities.matching(written)
                if entity is None:
                    return Resolved(names.clean(written), None, "direct")
                return Resolved(entity.name, entity.label, "alias", entity)
            return None
        if entity.label == "NORP" and _one_of_a_people(head):
            return self._description(head)  # "the Swede said", "the Oklahoma Republican": a person
        if entity.label == "NORP":
            # "Democrats", "Iraqis said": a group, not a named speaker; the group is its affiliation,
            # or the party the article names after it ("Republicans" -> the Republican Party)
            span = self.entities.mention_span(head)
            start, end = self.doc[span[0]], self.doc[span[1] - 1]
            owner = self.entities.party_of(entity) or entity
            return Resolved(None, None, "unresolved",
                            affiliation=Affiliation(start.idx, end.idx + len(end.text), owner.name, owner))
        span = self.entities.mention_span(head)
        written = names.clean(self.doc[span[0]:span[1]].text) if span else head.text
        before = [t for t in head.doc[max(0, (span or (head.i, 0))[0] - 3):(span or (head.i, 0))[0]]]
        titled = any(names.is_title(t.text) for t in before[-2:])
        how = "title" if titled else "direct" if written.lower() == entity.name.lower() else "alias"
        return Resolved(entity.name, entity.label, how, entity)

    def _broadcaster(self, head) -> Optional[Resolved]:
        """"Israel radio reported", "Baghdad radio said", "Iranian state television said": a
        medium with a place before it and no article is a broadcaster's name, as wire copy writes
        it (a singular noun without an article is a name); the name is the words as written."""
        if head.lower_ not in ("radio", "television", "tv") or head.tag_ != "NN":
            return None
        before = [t for t in head.subtree if t.i < head.i]
        if not before or any(t.dep_ in ("det", "poss") for t in before) or before[-1].i != head.i - 1 \
                or not any(t.ent_type_ in ("GPE", "NORP") for t in before) \
                or any(t.is_punct for t in before) or before[0].i != head.i - len(before):
            return None
        return Resolved(names.clean(self.doc[before[0].i:head.i + 1].text), "ORG", "direct")

    def _body_of_kind(self, head) -> Optional[Resolved]:
        """A body's name before a noun that only says what kind of body it is: "The Lloyd's List
        International newspaper", "the official Xinhua news agency", "the Acme company": the name
        (the possessive inside it kept, the lower-case nouns and adjectives around it not). Not a
        place's or a person's name before the noun ("the Chicago newspaper", "the Murdoch
        newspaper": whose or where, not which)."""
        if head.lemma_.lower() not in lexicon.kind_nouns() or head.tag_ != "NN":
            return None
        doc = self.doc
        end = head.i
        while end > head.left_edge.i and doc[end - 1].dep_ == "compound" and doc[end - 1].pos_ == "NOUN" \
                and doc[end - 1].is_lower:
            end -= 1  # "news agency"
        start = end
        while start > head.left_edge.i and (doc[start - 1].pos_ == "PROPN" or (
                doc[start - 1].tag_ == "POS" and start - 2 >= head.left_edge.i and doc[start - 2].pos_ == "PROPN")):
            start -= 1
        if start == end or any(t.ent_type_ in ("GPE", "NORP", "PERSON", "LOC") for t in doc[start:end]):
            return None
        entity = self.entities.at(doc[end - 1])
        if entity is None or entity.label not in ("ORG", "FAC"):
            entity = self.entities.matching(doc[start:end].text, "ORG")
        if entity is not None:
            return Resolved(entity.name, entity.label, "direct", entity)
        return Resolved(names.clean(doc[start:end].text), "ORG", "direct")

    def _apposed_name(self, head) -> Optional[Entity]:
        """A person's name set off by commas after any common noun: "The city engineer, Tom Hale,"
        (the role lexicon need not know the noun; a compound is not enough: "the Clinton
        Foundation" is no person)."""
        for c in head.children:
            entity = self.entities.at(c)
            if c.dep_ == "appos" and c.i > head.i and entity and entity.label == "PERSON" \
                    and self.doc[c.left_edge.i - 1].text == ",":
                return entity
        return self._comma_name(head) if head.pos_ == "NUM" else None

    def _apposed_body(self, head) -> Optional[Entity]:
        """The name set off by commas after an organisation's noun: "The academy trust that runs the
        school, Ridgeway Learning, said" (the NER may take the name for a person's); a relative
        clause may come between, not a participle's ("a group led by its directors, Burt Sugarman,")."""
        relative = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
        for c in head.children:
            entity = self.entities.at(c)
            if c.dep_ == "appos" and c.i > head.i and entity is not None and entity.label != "GPE" \
                    and self.doc[c.left_edge.i - 1].text == "," \
                    and all(t.i in relative for t in self.doc[head.i + 1:c.left_edge.i] if t.pos_ in ("VERB", "AUX")):
                return entity
        return None

    def _comma_name(self, head) -> Optional[Entity]:
        """A person's name set off by commas right after the phrase, however the parser attached
        it: "Another cousin, Mary Cole, said", "One of them, Mary Cole, told". Only after a person's
        role or a numeral: "According to press reports, Mary Cole was ..." is no apposition."""
        doc = self.doc
        after = head.right_edge.i + 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        entity = self.entities.at(doc[after + 1])
        span = self.entities.mention_span(doc[after + 1])
        if entity is None or entity.label != "PERSON" or span[0] != after + 1:
            return None
        end = span[1]  # "a spokesman, Smith's lawyer,": not the name of the phrase
        return entity if end >= len(doc) or doc[end].text in (",", ".", ";") else None

    def _named_inside(self, head) -> Optional[Entity]:
        """A person's name inside a description's own phrase: a compound or an apposition of the
        head, or an apposition right after its prepositional phrase; not a name written before the
        role, which says whose it is ("a Clinton spokesman", "A Ferrovale spokeswoman")."""
        for c in head.children:
            if c.dep_ in ("compound", "appos") and c.i > head.i and self.entities.at(c) \
                    and self.entities.at(c).label == "PERSON" and not self._owns_body(c, head):
                return self.entities.at(c)
        for t in head.subtree:
            if t.dep_ == "appos" and t.i > head.i and self.entities.at(t) and self.entities.at(t).label == "PERSON" \
                    and self.doc[t.left_edge.i - 1].text == ",":
                return self.entities.at(t)
        return self._comma_name(head)

    def _owns_body(self, name, head) -> bool:
        """Does *name* only say whose body the speaker is from ("a Clinton campaign official",
        "Bush administration aides": a body's noun between the name and the role)?"""
        end = self.entities.mention_span(name)[1]
        return any(lexicon.roles().get(t.lemma_.lower()) in ("ORG", "GPE") for t in self.doc[end:head.i])

    # ------------------------------------------------------------------ pronouns

    def _pronoun(self, head) -> Resolved:
        lower = _POSSESSIVE.get(head.lower_, head.lower_)  # "its lawyers": the one "it" would be
        if lower == "both":
            lower = "they"
        if lower in ("he", "him", "she", "her"):
            gender = "male" if lower in ("he", "him") else "female"
            ok = lambda r: r.kind == "person" and not r.plural and r.gender in (None, gender)
        elif lower in ("they", "them"):
            ok = lambda r: (r.plural and r.kind in ("person", "group", "org")) or (r.kind == "org" and not r.publication)
        elif lower == "it":
            ok = lambda r: r.kind in ("org", "gpe") and not r.plural
        else:
            return Resolved(None, None, "unresolved")
        ref = self._nearest_referent(ok, head.idx)
        r = ref.resolved if ref is not None else None
        if lower in ("he", "him", "she", "her"):
            only = self._only_one_of_sex(gender, head) if r is None else self._named_since(gender, head, ref)
            if only is not None:
                return Resolved(only.name, only.label, "pronoun", only)
        if r is not None and r.group:
            return Resolved(None, None, "pronoun", group=tuple(replace(g, resolution="pronoun") if g.name else g
                                                               for g in r.group))
        if r is None or r.name is None:
            # "A Home Office spokeswoman said ... She denied ...": still unnamed, and still theirs
            return Resolved(None, None, "unresolved", affiliation=r.affiliation if r is not None else None)
        return Resolved(r.name, r.label, "pronoun", r.entity)

    def _only_one_of_sex(self, gender: str, head) -> Optional[Entity]:
        """"Johnson met Angela Merkel in Berlin. She said ...": when no subject or speaker before
        fits, the one person of that sex named in the sentence before (in any position), if the
        text names no other person of that sex or of unknown sex there."""
        sent = head.sent
        if sent.start == 0:
            return None
        before = head.doc[sent.start - 1].sent
        named = [e for e in self.entities.entities if e.label == "PERSON"
                 and any(before.start_char <= m < before.end_char for m in e.mentions)]
        fitting = [e for e in named if e.gender == gender]
        return fitting[0] if len(fitting) == 1 and all(e.gender not in (None, gender) or e is fitting[0]
                                                      for e in named) else None

    def _named_since(self, gender: str, head, ref: _Referent) -> Optional[Entity]:
        """"Footage of Al-Awlaki appears. 'The West will ...,' he says", "Aides said the idea was
        Gen. Powell's. He argued ...": when the nearest subject or speaker that fits is further
        back than the sentence before, the one person that sentence names or refers to by a
        pronoun (in any position, not inside a quote), if of that sex, or of none known and
        written with a full name; a reader takes the person just named before one named
        sentences ago."""
        sent = head.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if ref.char >= before.start_char:
            return None
        named = [e for e in self.entities.entities if e.label == "PERSON"
                 and any(before.start_char <= m < before.end_char and not self.quoted[m] for m in e.mentions)]
        self._chain += 1  # each step reads one sentence further back: a few are enough
        for tok in before if self._chain <= 3 else ():
            # "With Donald Trump, there's not much chance. Just ask him. '...,' he said"
            if tok.lower_ in ("he", "him", "she", "her") and tok.tag_ == "PRP" and not self.quoted[tok.idx]:
                res = self._resolve(tok)
                if res.entity is not None and res.entity.label == "PERSON" and res.entity not in named:
                    named.append(res.entity)
        self._chain -= 1
        if len(named) != 1 or named[0].gender not in (None, gender) or named[0] is ref.resolved.entity:
            return None
        if named[0].gender is None and all(len(n.split()) < 2 for n in named[0].names):
            return None  # "Harsh? He doesn't think so.": a word read as a name is no one to prefer
        return named[0]

    def _nearest(self, ok, char: int) -> Optional[Resolved]:
        """The resolution of the nearest subject or speaker before *char* for which *ok* holds."""
        ref = self._nearest_referent(ok, char)
        return ref.resolved if ref is not None else None

    def _nearest_referent(self, ok, char: int) -> Optional[_Referent]:
        seen = 0
        for ref in reversed(self.referents):
            if ref.char >= char:
                continue
            seen += 1
            if seen > _LOOK_BACK:
                break
            if ok(ref):
                return ref
        return None

    # ------------------------------------------------------------------ referents

    def _referent(self, tok, res: Resolved) -> Optional[_Referent]:
        if res.entity is not None:
            e = res.entity
            publication = bool(set(names.org_key(e.name).split()) & lexicon.publication_words())
            return _Referent(tok.idx, res, _kind_of(e), e.gender, e.plural, publication)
        if tok.pos_ == "PRON":
            return None  # an unresolved pronoun adds nothing
        kind = lexicon.roles().get(tok.lemma_.lower()) or lexicon.roles().get(tok.lower_)
        plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
        if kind == "PERSON" or (kind is None and plural and tok.pos_ == "NOUN"):
            gender = lexicon.role_genders().get(tok.lemma_.lower())
            return _Referent(tok.idx, res, "person", gender, plural)
        if kind == "ORG":
            return _Referent(tok.idx, res, "org", None, plural)
        return None


def _one_of_a_people(head) -> bool:
    """"the Swede", "the Frenchman", "the Oklahoma Republican": one member of a nationality or party
    named by it, a person (not "the Italians", "Democrats")."""
    return head.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
