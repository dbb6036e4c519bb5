"""Where a content ends: the writer's asides after it are not the speaker's words, and a second
that-clause of the same saying is."""
import claimx
from claimx.engine import Config
from claimx.models import to_dict


def content_of(text, cue):
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims]
    return found[0]["content"]["text"]


def test_an_apposition_closing_an_infinitive_is_the_writers():
    assert content_of("The council has agreed to sell the old depot, a listed building.", "has agreed") == \
        "to sell the old depot"


def test_a_participle_closing_an_infinitive_is_the_writers():
    assert content_of("The airline plans to cut 200 jobs, sending its shares higher.", "plans") == "to cut 200 jobs"


def test_a_second_that_clause_is_said_too():
    text = ("The minister announced that the bank was careless with its records and would face a fine, "
            "but that its conduct was not a crime.")
    assert content_of(text, "announced").endswith("but that its conduct was not a crime")


def test_a_subject_the_parser_hung_on_the_cue_starts_the_content():
    text = "The chief executive said closure of the plant, first announced in spring, will save money."
    assert content_of(text, "said") == "closure of the plant, first announced in spring, will save money"
