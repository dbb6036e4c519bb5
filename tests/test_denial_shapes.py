"""Denial shapes of issue 17 read from news idiom: falsity by argument, rebuttals told with a
retort, deny and naming verbs inside a reported clause or a relative clause; and the look-alikes
that stay assertions. Short texts of our own."""
import pytest

from conftest import analyse


def kinds(text):
    return [(c["cue"] and c["cue"]["text"], c["kind"], c["kind_reason"]) for c in analyse(text)["claims"]]


def denial_reasons(text):
    return [c["kind_reason"] for c in analyse(text)["claims"] if c["kind"] == "denial"]


@pytest.mark.parametrize("text", [
    "The governor said the explanation strains credulity.",
    "The spokesman said the claim defies logic.",
    "The ministry said the report does not hold up to scrutiny.",
    "\"That argument simply doesn't hold water,\" he said.",
    "The minister said the figures were far from the truth.",
])
def test_falsity_by_argument_is_a_denial(text):
    assert denial_reasons(text) == ["falsity"], kinds(text)


@pytest.mark.parametrize("text", [
    "\"It beggars belief that the council waited six months,\" she said.",
    "The engineer said the old bridge did not hold up in the storm.",
    "The minister said the figures were far from complete.",
])
def test_idioms_of_untenability_said_of_no_account_deny_nothing(text):
    assert denial_reasons(text) == [], kinds(text)


@pytest.mark.parametrize("text", [
    "The minister said he had called the reports \"nonsense\" from the start.",
    "The spokesman said the claims were denied by the board.",
    "The ministry said the claims had been dismissed as baseless.",
    "A spokeswoman dismissed it as \"tittle-tattle\".",
])
def test_a_denial_told_inside_a_clause_or_of_a_pointing_word_called_false(text):
    assert denial_reasons(text) == ["deny_cue"], kinds(text)


@pytest.mark.parametrize("text", [
    "The minister said the requests were denied.",
    "The union said its offer was rejected by the company.",
    "He said he had called the minister a liar.",
    "Officials dismissed them as liars.",
    "The spokesman said the company called the plan \"a good start\".",
])
def test_refusals_and_attacks_inside_a_clause_deny_nothing(text):
    assert denial_reasons(text) == [], kinds(text)


@pytest.mark.parametrize("text", [
    "The spokesman countered that the company had never broken the law.",
    "The mayor retorted that the police had done nothing wrong.",
    "\"We did not lose a single customer,\" the chairman retorted.",
])
def test_a_retort_with_negated_content_is_a_denial(text):
    assert denial_reasons(text) == ["negates_claim"], kinds(text)


def test_a_retort_that_argues_denies_nothing():
    text = "The union countered that the plan would cut jobs."
    assert [k[1] for k in kinds(text)] == ["assertion"]


@pytest.mark.parametrize("text", [
    "The allegations, denied by the company, led to a police inquiry.",
    "The lawyer said the claims, which his client denies, were politically motivated.",
    "The lawyer said the allegations, denied by the company, were serious.",
])
def test_a_relative_or_participle_denial_is_a_denial_of_its_own(text):
    assert denial_reasons(text) == ["deny_cue"], kinds(text)


def test_a_refusal_told_with_a_participle_denies_nothing():
    assert denial_reasons("The request, denied by the council, would have added two floors.") == []


@pytest.mark.parametrize("text", [
    "\"There was no such meeting,\" a Kremlin spokesman said.",
    "The lawyer said the men had never set foot in California.",
    "\"At no time did any minister seek to influence the outcome,\" she said.",
    "He said the company had no plans whatsoever to close the plant.",
])
def test_an_emphatic_negation_is_a_denial(text):
    assert denial_reasons(text) == ["negates_claim"], kinds(text)


@pytest.mark.parametrize("text", [
    "\"We will never make any such deal,\" the union said.",
    "\"There is no such thing as a free lunch,\" he said.",
    "\"We did not win a single game all season,\" the coach said.",
])
def test_promises_idioms_and_results_told_with_negation_deny_nothing(text):
    assert denial_reasons(text) == [], kinds(text)


@pytest.mark.parametrize("text", [
    "A spokesman said there were no plans to close the plant.",
    "A Home Office spokesman said: \"There are no plans to use this site. \"We continue to look at other options.\"",
])
def test_plans_denied_are_a_denial(text):
    assert denial_reasons(text) == ["negates_claim"], kinds(text)


@pytest.mark.parametrize("text", [
    "She said she had no plans to visit the city.",
    "\"There are no plans for tomorrow,\" he said.",
])
def test_ones_own_intent_is_no_denial(text):
    assert denial_reasons(text) == [], kinds(text)


@pytest.mark.parametrize("text", [
    "In a denial posted on its website, the ministry said the boxes contained only blank forms.",
])
def test_a_saying_framed_by_a_denial_is_a_denial(text):
    assert denial_reasons(text) == ["deny_cue"], kinds(text)


@pytest.mark.parametrize("text", [
    "In a statement, the club said the manager had the board's full support.",
    "In a statement rejecting the offer, the board said the price was too low.",
])
def test_a_saying_framed_by_a_statement_or_a_refusal_denies_nothing(text):
    assert denial_reasons(text) == [], kinds(text)


def test_a_statement_that_denies_frames_a_denial():
    text = "In a statement denying the reports, the club said the manager had the board's full support."
    said = [c for c in analyse(text)["claims"] if c["cue"]["text"] == "said"]
    assert [c["kind"] for c in said] == ["denial"]


def test_rejected_as_false_with_the_object_after_is_a_denial():
    text = "The company rejected as \"false and irresponsible\" the testimony of a former scientist."
    assert denial_reasons(text) == ["deny_cue"], kinds(text)


def test_rejected_as_unworkable_a_plan_is_a_refusal():
    assert denial_reasons("The board rejected as unworkable the plan to merge the two units.") == []
