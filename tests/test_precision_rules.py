"""Words that look like a reported statement but report none: each rule on a short hand-written text."""
import claimx
from claimx.engine import Config
from claimx.models import to_dict
from conftest import analyse


def cues_of(doc):
    return [c["cue"]["text"] for c in doc["claims"]]


def test_impersonal_hedge_reports_nothing():
    doc = analyse("The council cut the bus budget. It is too soon to say whether the cuts will last, "
                  "and it's fair to say the drivers were angry.")
    assert doc["claims"] == []


def test_hedge_with_a_person_subject_still_reports():
    doc = analyse("The mayor was quick to say that the cuts would last.")
    assert [c["content"]["text"] for c in doc["claims"]] == ["that the cuts would last"]


def test_terms_of_speaking_are_no_statement():
    doc = analyse("An aide, who spoke on condition of anonymity to discuss the private talks, said the deal "
                  "was close. Two officials confirmed the meeting because they were not authorized to "
                  "reveal details about the plan.")
    assert [c["content"]["text"] for c in doc["claims"]] == ["the deal was close", "the meeting"]


def test_question_to_the_reader_reports_nothing():
    text = "The senator said the tax would pass.\n\nDo you support the senator? Share your view below."
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    assert [c["content"]["text"] for c in claims] == ["the tax would pass"]


def test_interviewer_question_still_reports():
    text = "Q: Taxes are rising. Do you think the tax will pass?\n\nA: Yes."
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    assert any(c["cue"]["text"] == "think" for c in claims)


def test_body_subhead_is_no_statement():
    text = ("The governors meet on Friday to pick a chair.\n\nHarris: Hold the line.\n\n"
            "Harris has led the group for two years and wants a third.")
    assert analyse(text)["claims"] == []


def test_transcript_lines_still_count():
    text = "The host pressed him.\n\nHARRIS: Hold the line.\n\nHOST: Why?\n\nHe did not answer."
    assert len(analyse(text)["claims"]) == 2


def test_list_of_names_after_a_label_is_no_statement():
    text = "The panel met in March.\n\nOhio: Ann Lee, Bob Ruiz, Carl Witt, Dana Moss, Ed Park.\n\nThey voted twice."
    assert analyse(text)["claims"] == []


def test_single_quoted_subhead_is_not_the_last_speaker():
    text = ("''We will close the plant,'' the manager said. ''Nobody wanted this.''\n\n'A really tough decision.'\n\n"
            "As the workers left on Friday, the gates were locked.")
    assert [c["content"]["text"] for c in analyse(text)["claims"]] == [
        "We will close the plant,'' the manager said. ''Nobody wanted this."]


def test_single_quotes_throughout_still_continue_the_speaker():
    text = "'We will close the plant,' the manager said.\n\n'It was a really tough decision.'\n\nThe gates were locked."
    assert len(analyse(text)["claims"]) == 2
