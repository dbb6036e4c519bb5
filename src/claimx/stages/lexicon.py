"""Every word list of the stages: the open-class lists of ``data/`` (loaded once per process) and
the closed classes (pronouns), defined here once."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


# Closed classes ----------------------------------------------------------------------------

HUMAN_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})  # subjects that are people
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})  # one person
GROUP_PRONOUNS = frozenset({"they", "it", "them"})  # an organisation, a country, a group
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})  # people as objects: "denied him bail"
PERSONAL_PRONOUNS = HUMAN_PRONOUNS | PERSON_PRONOUNS | GROUP_PRONOUNS | {"me", "us"}
# forms of address before a surname, written with or without a full stop ("Mrs Ellis", "Dr. Hume")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "mme", "mlle"})
NEGATIVE_QUANTIFIERS = frozenset({"nobody", "nothing", "none", "noone", "neither"})
# words that point back at what was said ("denied it", "rejected that", "I never said so")
POINTING_WORDS = frozenset({"it", "this", "that", "them", "these", "those", "so"})


# Open classes, from data/ -------------------------------------------------------------------

def _rows(name: str) -> list[list[str]]:
    text = resources.files("claimx.stages").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    cls: str
    scope: str
    frames: tuple


@lru_cache(maxsize=None)
def _cue_rows() -> tuple[CueEntry, ...]:
    out = []
    for row in _rows("cues.tsv"):
        lemma, pos, cls, scope, frames = (c.strip() for c in row[:5])
        out.append(CueEntry(lemma, pos, cls, scope, tuple(frames.split(","))))
    return tuple(out)


@lru_cache(maxsize=None)
def cues() -> dict[tuple[str, str], CueEntry]:
    """``(lemma, "VERB"|"NOUN"|"ADJ") -> CueEntry`` from ``cues.tsv``, with the British spelling of
    every -ize/-yze word as well ("criticise", "characterisation", "analyse")."""
    out = {(e.lemma, e.pos): e for e in _cue_rows() if e.pos in ("VERB", "NOUN", "ADJ")}
    for (lemma, pos), e in list(out.items()):
        for us, uk in (("ize", "ise"), ("yze", "yse"), ("ization", "isation")):
            if us in lemma:
                out.setdefault((lemma.replace(us, uk), pos), e)
    return out


def pseudo_cue(name: str) -> CueEntry:
    """The entry of a cue that is no word: ":", "\u2015", "according to", "*" (see ``cues.tsv``)."""
    return next(e for e in _cue_rows() if e.lemma == name and e.pos not in ("VERB", "NOUN"))


@lru_cache(maxsize=None)
def roles() -> dict[str, str]:
    """Role noun -> the entity kind a description headed by it refers to (PERSON, ORG, GPE)."""
    return {row[0].strip(): row[1].strip() for row in _rows("roles.txt")}


def _genders(name: str) -> dict[str, str]:
    return {row[0].strip(): {"m": "male", "f": "female"}[row[-1].strip()]
            for row in _rows(name) if row[-1].strip() in ("m", "f")}


@lru_cache(maxsize=None)
def proxy_roles() -> frozenset:
    """Person roles that name someone other than the article's principals ("spokesman", "lawyer")."""
    return _words("proxy_roles.txt")


@lru_cache(maxsize=None)
def role_genders() -> dict[str, str]:
    """Role noun -> "male"/"female" where the noun says ("spokeswoman", "father")."""
    return _genders("roles.txt")


@lru_cache(maxsize=None)
def title_genders() -> dict[str, str]:
    """Title -> "male"/"female" where the title says ("Mrs", "King")."""
    return _genders("titles.txt")


@lru_cache(maxsize=None)
def first_names() -> dict[str, str]:
    """First name -> the gender it usually marks in news ("vladimir": "male")."""
    return _genders("first_names.tsv")


@lru_cache(maxsize=None)
def nationality_nouns() -> frozenset:
    """Nouns naming a person by nationality ("Frenchman", "Irishwoman")."""
    return _words("nationality_nouns.txt")


@lru_cache(maxsize=None)
def org_suffixes() -> frozenset:
    """Words that end a company's legal name ("Corp.", "Inc.")."""
    return _words("org_suffixes.txt")


@lru_cache(maxsize=None)
def body_nouns() -> frozenset:
    """Words that end the name of a body that is no company ("Building Society", "Trust")."""
    return _words("body_nouns.txt")


@lru_cache(maxsize=None)
def kind_nouns() -> frozenset:
    """Nouns that only say what kind of body the name before them is ("the RMT union")."""
    return _words("kind_nouns.txt")


@lru_cache(maxsize=None)
def titles() -> frozenset:
    """Honorifics and titles stripped before a name is matched ("Ms", "Sen.")."""
    return _words("titles.txt")


@lru_cache(maxsize=None)
def publish_verbs() -> frozenset:
    """Verbs whose object speaks for their subject ('released a video that said')."""
    return _words("publish_verbs.txt")


@lru_cache(maxsize=None)
def date_words() -> dict:
    """The dates stage's vocabulary (``date_words.json``): months, weekdays, numbers, units, ..."""
    return json.loads(resources.files("claimx.stages").joinpath("data", "date_words.json").read_text("utf-8"))


def _words(name: str) -> frozenset:
    return frozenset(row[0].strip() for row in _rows(name))


@lru_cache(maxsize=None)
def proposition_nouns() -> frozenset:
    """Objects that make a deny-class verb a denial ("denied the allegations")."""
    return _words("proposition_nouns.txt")


@lru_cache(maxsize=None)
def falsity_phrases() -> tuple[tuple[str, ...], ...]:
    """Idioms calling something false after a copula ("wide of the mark", "without foundation"), as word tuples."""
    return tuple(tuple(row[0].split()) for row in _rows("falsity_phrases.txt"))


@lru_cache(maxsize=None)
def falsity_verb_idioms() -> tuple[tuple[bool, str, tuple[str, ...]], ...]:
    """Verb idioms calling their subject false ("strains credulity", "does not hold water"), as
    (negated, verb lemma, the words after the verb)."""
    out = []
    for row in _rows("falsity_verb_idioms.txt"):
        words = row[0].split()
        negated = words[0] == "not"
        words = words[1:] if negated else words
        out.append((negated, words[0], tuple(words[1:])))
    return tuple(out)


@lru_cache(maxsize=None)
def falsity_words(strength: str = "any") -> frozenset:
    """Words calling something false: "strong" ones of anything ("untrue"), "weak" ones only of a
    report or claim ("ridiculous"), or "any" of them."""
    return frozenset(row[0].strip() for row in _rows("falsity_words.tsv") if strength in ("any", row[1].strip()))


def words_of(tokens) -> set:
    """Lemmas and lower-case forms of *tokens*, the hyphenated compounds the tokenizer split
    among them ("tittle - tattle" -> "tittle-tattle", "far - fetched" -> "far-fetched"), and each
    two words in a row ("a witch hunt" -> "witch hunt"), to match against word lists."""
    tokens = sorted(tokens, key=lambda t: t.i)
    words = {w for t in tokens for w in (t.lemma_.lower(), t.lower_)}
    at = {t.i: t for t in tokens}
    for t in tokens:
        if t.tag_ == "HYPH" and t.i - 1 in at and t.i + 1 in at:
            words.add(f"{at[t.i - 1].lower_}-{at[t.i + 1].lower_}")
        if t.i + 1 in at and not t.is_punct:
            words.add(f"{t.lower_} {at[t.i + 1].lemma_.lower()}")  # "witch hunts" -> "witch hunt"
    return words


@lru_cache(maxsize=None)
def record_nouns() -> frozenset:
    """Records and measurements that show or find things: "poll", "records", "data"."""
    return _words("record_nouns.txt")


@lru_cache(maxsize=None)
def raising_verbs() -> dict[str, str]:
    """Cue verb -> voice ("active" or "passive") in which its subject belongs to its content."""
    return {row[0].strip(): row[1].strip() for row in _rows("raising_verbs.tsv")}


@lru_cache(maxsize=None)
def evidence_nouns() -> frozenset:
    """"no evidence that ...", "nothing to suggest": nouns whose absence makes a claim groundless."""
    return _words("evidence_nouns.txt")


@lru_cache(maxsize=None)
def depiction_nouns() -> frozenset:
    """Accounts of things a falsity adjective calls false: "a distorted portrayal", "a misleading picture"."""
    return _words("depiction_nouns.txt")


@lru_cache(maxsize=None)
def falsehood_verbs() -> frozenset:
    """Verbs saying someone's words are false ("lying", "distorting", "mischaracterized")."""
    return _words("falsehood_verbs.txt")


@lru_cache(maxsize=None)
def action_nouns() -> frozenset:
    """Objects that make "denied"/"rejected" a refusal ("entry", "the offer", "the lawsuit")."""
    return _words("action_nouns.txt")


@lru_cache(maxsize=None)
def synonym_groups() -> tuple[frozenset, ...]:
    """Near-synonym groups of lemmas ("call", "conversation", "phone")."""
    return tuple(frozenset(w.strip() for w in row if w.strip()) for row in _rows("synonyms.tsv"))


@lru_cache(maxsize=None)
def figure_nouns() -> frozenset:
    """Nouns for numbers someone gave ("disputed the figures", "rejected the estimate")."""
    return _words("figure_nouns.txt")


@lru_cache(maxsize=None)
def pointer_nouns() -> frozenset:
    """Nouns that point back to something reported ("such a call", "these allegations")."""
    return _words("pointer_nouns.txt")


@lru_cache(maxsize=None)
def not_speaker_labels() -> frozenset:
    """Paragraph labels that are no speaker ("UPDATE:", "EDITOR'S NOTE:")."""
    return _words("not_speaker_labels.txt")


@lru_cache(maxsize=None)
def setting_prepositions() -> frozenset:
    """Prepositions of a statement's time, place or medium ("after the vote", "in a speech")."""
    return _words("setting_prepositions.txt")


@lru_cache(maxsize=None)
def medium_nouns() -> frozenset:
    """Nouns of a statement's medium or place ("in a note", "on cable news", "from the floor")."""
    return _words("medium_nouns.txt")


@lru_cache(maxsize=None)
def no_comment_verbs() -> frozenset:
    """Infinitives after which a cue states nothing ("refused to comment")."""
    return _words("no_comment_verbs.txt")


@lru_cache(maxsize=None)
def hedge_adjectives() -> frozenset:
    """Words of an impersonal hedge with a saying verb ("it is too soon to say")."""
    return _words("hedge_adjectives.txt")


@lru_cache(maxsize=None)
def permission_verbs() -> frozenset:
    """Verbs of permission ("not authorized to discuss": the terms of speaking, not a statement)."""
    return _words("permission_verbs.txt")


@lru_cache(maxsize=None)
def as_tag_verbs() -> frozenset:
    """Verbs whose as-clause vouches for the clause it hangs on ("As the Times reported, ...")."""
    return _words("as_tag_verbs.txt")


@lru_cache(maxsize=None)
def gloss_verbs() -> frozenset:
    """Verbs that are cues only as a participle glossing a saying ("he said, referring to X")."""
    return _words("gloss_verbs.txt")


@lru_cache(maxsize=None)
def target_verbs() -> frozenset:
    """Verbs whose subject is the target of the statement their object names ("faced questions")."""
    return _words("target_verbs.txt")


@lru_cache(maxsize=None)
def addressee_verbs() -> frozenset:
    """Verbs whose object is spoken to or filed ("emailed supporters saying", "filed papers alleging")."""
    return _words("addressee_verbs.txt")


@lru_cache(maxsize=None)
def event_nouns() -> frozenset:
    """Events at which someone speaks ("a conference", "a rally")."""
    return _words("event_nouns.txt")


@lru_cache(maxsize=None)
def publication_words() -> frozenset:
    """Words in names of news organisations ("Post", "Times", "CNN")."""
    return _words("publication_words.txt")


@lru_cache(maxsize=None)
def hyphen_prefixes() -> frozenset:
    """First parts of hyphenated compounds ("well-", "self-"): their hyphen survives a line end."""
    return _words("hyphen_prefixes.txt")


@lru_cache(maxsize=None)
def role_synonyms() -> dict[str, frozenset]:
    """Role noun -> the role nouns of its group ("chief" -> chief, director, head)."""
    out: dict[str, frozenset] = {}
    for row in _rows("role_synonyms.tsv"):
        group = frozenset(w.strip() for w in row if w.strip())
        for w in group:
            out[w] = out.get(w, frozenset()) | group
    return out


@lru_cache(maxsize=None)
def body_name_words() -> dict[str, frozenset]:
    """Body noun -> the words a name of a body so described may hold ("airline" -> airways, ...)."""
    return {row[0]: frozenset(w.strip() for w in row[1:] if w.strip()) for row in _rows("body_name_words.tsv")}


@lru_cache(maxsize=None)
def countries() -> frozenset:
    """Country names as written ("Cuba", "the United States" -> "United States", "U.S.")."""
    return _words("countries.txt")


@lru_cache(maxsize=None)
def rebuttal_words() -> dict[str, frozenset]:
    """Words of rebuttal by kind from ``rebuttal_words.txt``: {"persist": {"long", ...}, "hold":
    {"maintain", ...}} ("has long maintained")."""
    out: dict[str, set] = {}
    for row in _rows("rebuttal_words.txt"):
        out.setdefault(row[0].strip(), set()).add(row[1].strip())
    return {kind: frozenset(words) for kind, words in out.items()}
