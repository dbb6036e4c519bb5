"""Names as written: cleaning, titles, the keys under which two forms of a name match, gender.

Plain string functions over the word lists of ``data/`` (titles, first names, company suffixes),
testable without a parse.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon

# The string rules below are pure functions of their arguments and are asked again and again about
# the same few names of a document (every name against every entity's names): they remember the
# last few thousand answers.
_memo = lru_cache(maxsize=1 << 14)

_JOINERS = {"of", "and", "the", "for", "&", "de", "del", "la", "le", "du", "von", "van", "da", "di", "al"}


@_memo
def clean(text: str) -> str:
    """A written name without a leading "the", a possessive or surrounding punctuation:
    "The Washington Post's" -> "Washington Post"."""
    text = " ".join(text.split())
    text = re.sub(r"['\u2019]s?$", "", text).strip(" ,;:-\u2014\"'\u201c\u201d")
    return re.sub(r"^(?:the|The|THE)\s+", "", text).strip()


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


@_memo
def is_title(word: str) -> bool:
    """'Mr.', 'President', 'Gen.': a title or honorific, never a name on its own."""
    return _bare(word) in lexicon.titles()


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words): "Foreign Minister Sergei Lavrov" -> (Foreign Minister, Sergei Lavrov)."""
    k = 0
    while k < len(words) and (is_title(words[k]) or (k and words[k].lower() == "of" and k + 1 < len(words)
                                                      and is_title(words[k + 1]))):
        k += 1
    return words[:k], words[k:]


def is_headline_verb(word: str) -> bool:
    """A capitalised speech verb as headlines write it after a name: "Says", "Warns", "Denies"."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("s") or len(lower) < 4:
        return False
    stems = (lower[:-1], lower[:-2], lower[:-3] + "y" if lower.endswith("ies") else None)
    return any(stem and (stem, "VERB") in lexicon.cues() for stem in stems)


@_memo
def is_inverted_cue(word: str) -> bool:
    """A capitalised speech verb in the past as a sentence that names its speaker after it starts:
    "Stated", "Continued", "Added", "Replied", "Said" ("Stated Stone: ...")."""
    lower = word.lower()
    if not word[:1].isupper() or word.isupper():
        return False
    if lower in ("said", "wrote", "told"):
        return True
    if not lower.endswith("ed") or len(lower) < 5:
        return False
    # "stated", "added", "replied", "admitted"
    stems = (lower[:-1], lower[:-2], lower[:-3] + "y" if lower.endswith("ied") else None,
             lower[:-3] if len(lower) > 5 and lower[-3] == lower[-4] else None)
    return any(stem and (stem, "VERB") in lexicon.cues() for stem in stems)


@_memo
def person_name(text: str) -> Optional[str]:
    """The name in a PERSON mention without titles ("President Bill Clinton" -> "Bill Clinton");
    None when only titles are left ("Secretary", "Minister")."""
    _, words = split_title(clean(text).split())
    words = [w for w in words if w not in ("'s",)]
    return " ".join(words) if words and not all(is_title(w) for w in words) else None


def gender_of(title_words: list[str], name: Optional[str]) -> Optional[str]:
    """"male"/"female" from an honorific ("Mrs") or a first name ("Vladimir"), else None."""
    titles = lexicon.title_genders()
    for w in title_words:
        if _bare(w) in titles:
            return titles[_bare(w)]
    if name:
        first = name.split()[0].lower()
        return lexicon.first_names().get(first)
    return None


@_memo
def org_key(name: str) -> str:
    """An organisation's name for matching: lower case, no company suffix, no punctuation:
    "Intel Corp." -> "intel", "the Hewlett-Packard Co." -> "hewlett-packard"."""
    words = [w.lower().strip(".,") for w in clean(name).split()]
    while len(words) > 1 and words[-1].rstrip(".") in lexicon.org_suffixes():
        words.pop()
    return " ".join(w for w in words if w)


@_memo
def is_prefix_name(short: str, long: str) -> bool:
    """Does *short* name the same organisation as *long*: by its first words, when *long* is a
    company's legal name ("Control Data" / "Control Data Corp.", "Sun" / "Sun Microsystems Inc.",
    "Hewlett" / "Hewlett-Packard Co.") or the rest says only what kind of body it is ("Justice" /
    "Justice Department"), or by its last words after an abbreviation ("Security
    Council" / "U.N. Security Council"), or after an abbreviated company form and a particle
    ("Paribas" / "Cie. Financiere de Paribas")? "FBI" is not "FBI Laboratory": a unit is not its parent."""
    a, b = org_key(short), org_key(long)
    if not a or a == b:
        return bool(a)
    if b.startswith(a) and b[len(a)] in " -":
        # "Justice" / "Justice Department", "Labour" / "Labour Party": a name and its kind of body
        kind_only = all(lexicon.roles().get(w) in ("ORG", "GPE") for w in b[len(a):].split())
        return b[len(a)] == "-" or kind_only or org_key(long) != " ".join(w.lower().strip(".,") for w in clean(long).split())
    if b.endswith(" " + a):
        dropped = clean(long).split()[:len(b.split()) - len(a.split())]
        return all("." in w or (w.isupper() and len(w) > 1) for w in dropped) \
            or (len(dropped) >= 2 and dropped[0].endswith(".") and dropped[-1] in PARTICLES)
    return False


@_memo
def is_first_word_name(short: str, long: str) -> bool:
    """"Calder" for "Calder Mutual Building Society", "Hanbit" for "Hanbit Electronics": a one-word
    short form that is the first word of a capitalized name and no acronym ("FBI" is not "FBI
    Laboratory"), common, place or first name. Weaker than :func:`is_prefix_name`: a fallback."""
    words = clean(long).split()
    word = clean(short)
    return " " not in word and len(words) >= 2 and words[0] == word and word[:1].isupper() and \
        not word.isupper() and "." not in word and \
        all(w[:1].isupper() or w.lower() in ("of", "and", "&") for w in words) and \
        word.lower() not in lexicon.roles() and word not in lexicon.countries() and \
        word.lower() not in lexicon.first_names() and not is_title(word)


@_memo
def is_clipped_name(short: str, long: str) -> bool:
    """Is *short* a clipped form of the organisation *long*: one capitalized word of three letters
    or more that the first word of a longer name starts with ("Fed" / "Federal Reserve")?"""
    a, words = clean(short), clean(long).split()
    return a.isalpha() and len(a) >= 3 and a[:1].isupper() and not a.isupper() and len(words) >= 2 \
        and words[0].isalpha() and len(words[0]) > len(a) and words[0].startswith(a)


@_memo
def initials(name: str) -> str:
    """"International Business Machines Corp." -> "IBM": the capitals of its words."""
    words = [w for w in clean(name).replace("-", " ").split() if w.lower() not in _JOINERS]
    while len(words) > 1 and words[-1].lower().rstrip(".") in lexicon.org_suffixes():
        words.pop()
    return "".join(w[0] for w in words if w[:1].isupper())


def stands_for(acronym: str, name: str) -> bool:
    """Is *acronym* the initials of *name*, or of it without a leading abbreviated place ("FTC" /
    "U.S. Federal Trade Commission")?"""
    if not is_acronym(acronym):
        return False
    bare, words = acronym.replace(".", ""), clean(name).split()
    return initials(name) == bare or (len(words) > 2 and "." in words[0] and initials(" ".join(words[1:])) == bare)


def is_acronym(text: str) -> bool:
    """'IBM', 'OPEC', 'U.N.': two to six capitals (with or without full stops)."""
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


PARTICLES = {"de", "del", "della", "di", "da", "van", "von", "der", "den", "le", "la", "du", "al", "el", "bin", "ben",
             "ibn", "abu", "st", "mac"}


def _particle(words: list[str], k: int) -> bool:
    """Is words[k] a surname's particle ("de", "bin")? Not a first name that is spelt like one:
    "Ben Carson", "Al Gore"."""
    word = words[k].rstrip(".")
    return word.lower() in PARTICLES and not (k == 0 and word[:1].isupper() and len(words) > 1
                                               and word.lower() in lexicon.first_names())


@_memo
def is_surname_only(name: str) -> bool:
    """'Putin', 'de Cholet', 'al-Assad': a surname without a first name."""
    words = name.split()
    return len(words) == 1 or (len(words) >= 2 and _particle(words, 0))


@_memo
def person_parts(name: str) -> tuple[str, str]:
    """(first name, last name) of a person's name; suffixes such as "Jr." and "III" are skipped."""
    words = [w for w in name.split() if w.rstrip(".,").lower() not in ("jr", "sr", "ii", "iii", "iv")]
    if not words:
        return "", ""
    last = len(words) - 1
    while last > 0 and _particle(words, last - 1):
        last -= 1
    return words[0], " ".join(words[last:])
