"""What an object content is taken as ("painted the state as bigoted") finishes it, also when the
parser makes the as-phrase a clause."""
import claimx
from claimx.engine import Config
from claimx.models import to_dict


def content_of(text, cue):
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims]
    return found[0]["content"]["text"]


def test_what_the_object_is_taken_as_finishes_it():
    assert content_of("The senator painted the state as bigoted.", "painted") == "the state as bigoted"
    assert content_of("The minister portrayed the union as focused only on pay.", "portrayed") == \
        "the union as focused only on pay"
