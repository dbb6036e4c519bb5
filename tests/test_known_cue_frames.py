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
    ("The union renewed its criticism of the pension reform on Monday.", "criticism of", "the pension reform"),
    ("Fears that the bank would cut its dividend weighed on its shares.", "Fears", "that the bank would cut its dividend"),
])
def test_nominal_cues(text, cue, content):
    assert content_of(text, cue) == content
