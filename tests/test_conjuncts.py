"""A verb coordinated at a content's end goes with the verb whose form it shares: the cue's next
act stays out of the content, the infinitive's second verb goes in."""
import claimx
from claimx.engine import Config
from claimx.models import to_dict


def claims_of(text):
    return to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]


def content_of(text, cue):
    found = [c for c in claims_of(text) if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims_of(text)]
    return found[0]["content"]["text"]


def test_a_past_verb_after_an_infinitive_is_the_speakers_next_act():
    text = "The chairman vowed to keep the plant open and celebrated the deal on Monday."
    assert content_of(text, "vowed") == "to keep the plant open"


def test_a_participle_in_the_cues_form_after_its_object_is_the_next_act():
    text = "Activists were urging voters to back the levy and promising to keep costs down."
    assert content_of(text, "were urging") == "voters to back the levy"


def test_a_bare_participle_shares_the_cues_perfect():
    text = "The mayor has proposed closing the old library and signaled support for a new one."
    assert content_of(text, "has proposed") == "closing the old library"


def test_a_base_form_coordinated_with_the_cue_goes_on_its_infinitive():
    text = "This week, the minister declined to criticise Paris or even directly declare it responsible."
    assert content_of(text, "declined") == "to criticise Paris or even directly declare it responsible"
    assert not [c for c in claims_of(text) if c["cue"] and "declare" in c["cue"]["text"]]



def test_a_noun_coordinated_with_the_cue_after_its_object_is_more_of_the_object():
    assert content_of("The union blasted the plan and the new rota for being unfair.", "blasted") == \
        "the plan and the new rota for being unfair"
    assert content_of("Putin chides Turkey and praises Trump at news conference.", "chides") == "Turkey"
