"""Rebuttals (stance/rebuttal.py): a position held against doubt and the reason given with a
denial, on short texts of our own; their look-alikes stay assertions."""
import pytest

from conftest import analyse


def claims_of(text):
    return analyse(text)["claims"]


def kinds(text):
    return [(c["cue"]["text"] if c["cue"] else None, c["kind"], c["kind_reason"]) for c in claims_of(text)]


@pytest.mark.parametrize("text", [
    "The club has always maintained that its accounts were sound.",
    "The minister has long maintained that she followed the rules.",
    "The striker continued to insist that he never spoke to the agent.",
    "The council has consistently contended that no money went missing.",
])
def test_a_position_held_against_doubt_is_a_denial(text):
    assert ("denial", "negates_claim") in [k[1:] for k in kinds(text)], kinds(text)


@pytest.mark.parametrize("text", [
    "The chancellor has long argued that taxes should fall.",
    "The mayor has repeatedly said she would not stand again.",
    "Still, analysts said the deal does not mean the market is open.",
    "The club has maintained that the stadium will open in May.",
    "The coach continued to insist that the team would win the league.",
])
def test_holding_a_view_or_a_plan_stays_an_assertion(text):
    assert all(k[1] == "assertion" for k in kinds(text)), kinds(text)


def test_a_held_position_answers_the_accusation_it_keeps_against():
    text = ("Auditors accused the club of hiding losses from its accounts. "
            "The club has always maintained that its accounts never hid any losses.")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial")
    assert denial["responds_to"] == claims[0]["id"]


def test_the_reason_given_with_a_denial_is_an_assertion_of_its_own():
    text = "The ministry rejected the claims on Tuesday, saying the scheme had been properly audited."
    assert [k[1] for k in kinds(text)] == ["denial", "assertion"], kinds(text)


def test_the_reason_given_with_a_refusal_stays_an_assertion():
    text = "The board rejected the takeover offer on Tuesday, saying it was far too low."
    assert all(k[1] == "assertion" for k in kinds(text)), kinds(text)


def test_what_a_denial_adds_is_no_part_of_it():
    text = "The ministry denied the claims on Tuesday, adding that it would cooperate with any inquiry."
    assert [k[1] for k in kinds(text)] == ["denial", "assertion"], kinds(text)


CARRIED = ("The Ledger reported that Harbor Foods had paid two port inspectors to overlook spoiled cargo. "
           "Harbor Foods denied the report on Monday. {}")


@pytest.mark.parametrize("text", [
    '"Nobody at the company did anything wrong," Harbor Foods said in a statement.',
    'A Harbor Foods spokeswoman, Ana Reyes, said the company had not met the inspectors.',
])
def test_a_negation_that_carries_on_the_speakers_denial_is_one(text):
    claims = claims_of(CARRIED.format(text))
    last = claims[-1]
    assert (last["kind"], last["kind_reason"]) == ("denial", "negates_claim"), kinds(CARRIED.format(text))
    assert last["responds_to"] == claims[0]["id"]


@pytest.mark.parametrize("text", [
    "Harbor Foods said it would not comment further.",
    "Harbor Foods said its chief executive would not resign.",
    "Harbor Foods said it had not been able to reach the inspectors.",
    "A port spokeswoman said the inspectors had not returned to work.",
])
def test_a_negation_after_a_denial_that_denies_nothing_stays_an_assertion(text):
    assert kinds(CARRIED.format(text))[-1][1] == "assertion", kinds(CARRIED.format(text))


@pytest.mark.parametrize("text", [
    "Asked about the allegations, the senator said that he had never met the donor.",
    "Responding to this criticism, the mayor said the council had not hidden the figures.",
    "In response to the claims, the company said it had not sold any customer data.",
    "Contrary to other reports, police said the suspect had not confessed.",
])
def test_a_negation_told_as_the_answer_to_a_charge_is_a_denial(text):
    assert ("denial", "negates_claim") in [k[1:] for k in kinds(text)], kinds(text)


@pytest.mark.parametrize("text", [
    "Asked about the vote, the senator said that he had not decided yet.",
    "Asked about the allegations, the senator said he would not resign.",
    "Asked about the claims, the senator said they were serious.",
])
def test_an_answer_that_denies_no_charge_stays_an_assertion(text):
    assert all(k[1] == "assertion" for k in kinds(text)), kinds(text)


@pytest.mark.parametrize("text", [
    '"I want to be absolutely clear that no report has been altered," the director said.',
    "The chairman said he wanted to make it clear that the company did not break any law.",
    '"Let me be clear: we have never paid a ransom," the minister said.',
])
def test_a_negation_made_clear_is_a_denial(text):
    assert ("denial", "negates_claim") in [k[1:] for k in kinds(text)], kinds(text)


@pytest.mark.parametrize("text", [
    '"I want to be clear that we will not raise taxes," the minister said.',
    '"I want to be clear that our staff worked very hard," the director said.',
])
def test_a_promise_or_a_plain_statement_made_clear_stays_an_assertion(text):
    assert all(k[1] == "assertion" for k in kinds(text)), kinds(text)


def test_a_link_denied_is_a_denial():
    text = '"This has nothing to do with the takeover bid," the chairman said of the share buy-back.'
    assert ("denial", "negates_claim") in [k[1:] for k in kinds(text)], kinds(text)


def test_a_link_denied_in_a_forecast_stays_an_assertion():
    text = '"The new stadium will have nothing to do with the old club," the developer said.'
    assert all(k[1] == "assertion" for k in kinds(text)), kinds(text)


def test_plans_denied_with_not_any_is_a_denial():
    text = "Officials said there isn't any plan to close the northern plant."
    assert ("denial", "negates_claim") in [k[1:] for k in kinds(text)], kinds(text)


def test_a_plan_not_yet_made_stays_an_assertion():
    text = "Officials said there isn't a single plan that everyone likes."
    assert all(k[1] == "assertion" for k in kinds(text)), kinds(text)
