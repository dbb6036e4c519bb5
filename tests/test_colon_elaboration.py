"""What a colon right after a content spells out is part of it ("said it fails for one reason:
the town cannot pay"), unless a capital opens a sentence of its own there."""
import claimx
from claimx.engine import Config
from claimx.models import to_dict


def content_of(text, cue):
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims]
    return found[0]["content"]["text"]


def test_what_a_colon_after_the_content_spells_out_is_said():
    assert content_of("The mayor said it fails for one reason: the town cannot pay for it.", "said") == \
        "it fails for one reason: the town cannot pay for it"
    assert content_of("The mayor noted that the tax was unpopular: 60 percent of voters opposed it.", "noted") == \
        "that the tax was unpopular: 60 percent of voters opposed it"


def test_a_sentence_after_the_colon_is_not():
    assert content_of("The mayor said the tax was unpopular: Polls show most voters oppose it.", "said") == \
        "the tax was unpopular"
