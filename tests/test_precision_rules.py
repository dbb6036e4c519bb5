"""Words that look like a reported statement but report none: each rule on a short hand-written text."""
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
