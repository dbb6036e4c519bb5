"""An as-clause in the past closing an infinitive content says when the act was done, not what
was refused or sought."""
import claimx
from claimx.engine import Config
from claimx.models import to_dict


def content_of(text, cue):
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims]
    return found[0]["content"]["text"]


def test_a_past_as_clause_after_an_infinitive_is_the_time_of_the_act():
    assert content_of("The mayor refused to speak to reporters as she left the hall.", "refused") == "to speak to reporters"
    assert content_of("The senator sought to calm his staff as he toured the office on Monday.", "sought") == \
        "to calm his staff"
