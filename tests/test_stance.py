"""Denial, negation and responds_to on short sentences."""
from conftest import analyse


def claim(text):
    doc = analyse(text)
    assert doc["claims"], text
    return doc["claims"][-1]


def test_deny_that_clause_is_denial():
    c = claim("The minister denied that she had met the lobbyist.")
    assert c["kind"] == "denial" and c["cue"]["class"] == "deny" and not c["negated"]


def test_reject_report_is_denial():
    assert claim("The company rejected the report as baseless.")["kind"] == "denial"


def test_dismiss_allegations_is_denial():
    assert claim("The senator dismissed the allegations.")["kind"] == "denial"


def test_said_report_false_is_denial():
    assert claim("A spokesman said the report was false.")["kind"] == "denial"


def test_said_not_true_is_denial():
    assert claim("A spokesman said it was not true.")["kind"] == "denial"


def test_negative_content_is_assertion_negated():
    c = claim("Putin said that he has not communicated with Trump.")
    assert c["kind"] == "assertion" and c["negated"] is True


def test_embedded_negation_does_not_count():
    c = claim("The mayor said that voters know the tax was not fair.")
    assert c["negated"] is False


def test_negative_quantifier_subject():
    assert claim("The mayor said nobody wanted the tax.")["negated"] is True


def test_neither_nor_and_an_opening_nor_negate():
    assert claim("The aide said neither the mayor nor his staff had met the donor.")["negated"] is True
    assert claim('"Nor did I ever meet the donor," the mayor said.')["negated"] is True


def test_a_neither_nor_negation_contradicts_the_claim_it_answers():
    text = ("The Ledger claimed that the mayor had helped the donor win a city contract. "
            "The mayor's office said neither the mayor nor his staff had helped the donor.")
    doc = analyse(text)
    last = doc["claims"][-1]
    assert (last["kind"], last["kind_reason"], last["responds_to"]) == ("denial", "negates_claim", doc["claims"][0]["id"])


def test_lookalikes_are_not_denials():
    for text in ("The border guards denied him entry.",
                 "The union rejected negotiations with the company.",
                 "The minister did not deny that she had met the lobbyist.",
                 "The minister would not deny that the talks had failed.",
                 "The minister denied nothing."):
        doc = analyse(text)
        assert all(c["kind"] != "denial" for c in doc["claims"]), text


def test_refused_to_comment_is_no_claim():
    doc = analyse("The minister refused to comment.")
    assert doc["claims"] == []


def test_double_negation_denial_of_negative():
    c = claim("The minister denied that she had never paid the tax.")
    assert c["kind"] == "denial" and c["negated"] is True


def test_responds_to_points_at_the_report():
    text = ("The Washington Post reported that the two leaders had a phone conversation in May.\n\n"
            "The mayor said the weather was fine.\n\n"
            "Both governments have denied that such a call took place.")
    doc = analyse(text)
    denial = [c for c in doc["claims"] if c["kind"] == "denial"][0]
    assert denial["responds_to"] == doc["claims"][0]["id"]


def test_responds_to_null_without_earlier_claim():
    doc = analyse("The minister denied that she had met the lobbyist.")
    assert doc["claims"][0]["responds_to"] is None
