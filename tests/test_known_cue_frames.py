"""Cue words of the lexicon in frames the parser writes differently from the lexicon's: what the
cue's content is when the parse hangs it somewhere else."""
import pytest

from claimx.models import to_dict


def claims_all(text):
    import claimx
    from claimx.engine import Config

    return to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]


def content_of(text, cue):
    found = [c["content"]["text"] for c in claims_all(text) if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims_all(text)]
    return found[0]


@pytest.mark.parametrize("text, cue, content", [
    ("Many farmers saw the new tariff as harmful to their trade.", "saw", "the new tariff as harmful to their trade"),
    ("The mayor sees the council as captured by developers.", "sees", "the council as captured by developers"),
])
def test_object_as_adjective_or_participle(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize("text, cue, content", [
    ("Fears that the bank would cut its dividend weighed on its shares.", "Fears", "that the bank would cut its dividend"),
])
def test_nominal_cues(text, cue, content):
    assert content_of(text, cue) == content


def fragments_of(text, cue):
    found = [c for c in claims_all(text) if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims_all(text)]
    return [f["text"] for f in found[0]["content"]["fragments"]]


@pytest.mark.parametrize("text, cue, fragments", [
    ("The lawyer called the new ruling ``outrageous.''", "called", ["the new ruling ``outrageous.''"]),
    ('The union rejected the offer, which its leader called "an insult."', "called", ["which", '"an insult."']),
])
def test_naming_verb_read_as_one_predicate(text, cue, fragments):
    assert fragments_of(text, cue) == fragments


def test_a_name_given_in_passing_is_nobodys_claim():
    claims = claims_all('She posted a short video called "Perception" on her page.')
    assert not [c for c in claims if c["cue"] and c["cue"]["text"] == "called"]


def test_as_reported_by_names_the_reporter():
    claims = [c for c in claims_all("As reported by the Daily Post, the mayor will resign next month.")
              if c["cue"] and "reported" in c["cue"]["text"]]
    assert claims and claims[0]["content"]["text"] == "the mayor will resign next month"
    assert [s["text"] for s in claims[0]["speakers"]] == ["the Daily Post"]


def test_as_some_have_speculated():
    assert content_of("The talks will not collapse, as some have speculated.", "have speculated") == \
        "The talks will not collapse"


def test_a_persons_reference_is_a_cue():
    assert content_of("She was referring to the 1998 pension reform.", "was referring to") == "the 1998 pension reform"


def test_a_documents_reference_is_none():
    claims = claims_all("The audit refers to 12 cases of fraud.")
    assert not [c for c in claims if c["cue"] and "refers" in c["cue"]["text"]]


def test_called_for_a_passive_infinitive():
    assert content_of("The senator called for the files to be released.", "called for") == "the files to be released"


@pytest.mark.parametrize("text, cue, content", [
    ("The minister argued against a second referendum.", "argued against", "a second referendum"),
    ("Analysts cautioned against reading too much into the figures.", "cautioned against",
     "reading too much into the figures"),
])
def test_speech_verbs_with_for_and_against(text, cue, content):
    assert content_of(text, cue) == content


def test_vowed_a_noun_phrase():
    assert content_of("The new leader vowed a tougher line on crime.", "vowed") == "a tougher line on crime"
