"""Dismissals news writes with an idiom or a word of contempt: "poured cold water on the reports",
"called the claims a witch hunt"; and the look-alikes that stay assertions. Short texts of our own."""
import pytest

from conftest import analyse


def kinds(text):
    return [(c["cue"] and c["cue"]["text"], c["kind"], c["kind_reason"]) for c in analyse(text)["claims"]]


def denial_reasons(text):
    return [c["kind_reason"] for c in analyse(text)["claims"] if c["kind"] == "denial"]


@pytest.mark.parametrize("text", [
    "The minister poured cold water on the reports.",
    "Officials threw cold water on claims that the plant would close.",
])
def test_cold_water_on_a_report_is_a_denial(text):
    assert "deny_cue" in denial_reasons(text), kinds(text)


@pytest.mark.parametrize("text", [
    "Officials threw cold water on the plan.",
    "The minister poured cold water into the glass.",
])
def test_cold_water_on_a_plan_denies_nothing(text):
    assert denial_reasons(text) == [], kinds(text)


@pytest.mark.parametrize("text", [
    "The mayor called the claims a witch hunt.",
    "Party leaders called the accusation a scare tactic.",
    "The senator called the report a conspiracy theory.",
])
def test_a_report_called_a_two_word_falsehood_is_a_denial(text):
    assert denial_reasons(text) == ["deny_cue"], kinds(text)


@pytest.mark.parametrize("text", [
    "The mayor called the inquiry a witch hunt.",
    "Party leaders called the advert a scare tactic.",
    "The minister described the hearing as political theatre.",
])
def test_an_act_called_a_ploy_denies_nothing(text):
    assert denial_reasons(text) == [], kinds(text)


def test_a_participle_of_naming_after_denied_reports_is_a_denial_of_its_own():
    text = "The army has denied reports that troops fired on marchers, describing the claims as \"fake news\"."
    claims = analyse(text)["claims"]
    assert [(c["cue"]["text"], c["kind"]) for c in claims if c["cue"]["text"] == "describing"] == [("describing", "denial")]
    assert all("describing" not in c["content"]["text"] for c in claims), kinds(text)


@pytest.mark.parametrize("text", [
    "The union said the plan would cut jobs, an accusation the minister called \"nonsense\".",
    "The union said the plan would cut jobs, a claim the minister described as \"a stunt\".",
])
def test_a_claim_named_false_in_a_relative_clause_is_a_denial(text):
    denials = [c for c in analyse(text)["claims"] if c["kind"] == "denial"]
    assert [(c["speakers"][0]["text"], c["kind_reason"]) for c in denials] == [("the minister", "deny_cue")], kinds(text)


def test_a_claim_named_true_in_a_relative_clause_denies_nothing():
    assert denial_reasons("The minister repeated claims he called \"well founded\".") == []


@pytest.mark.parametrize("text", [
    "The company denied the allegations, calling them \"baseless\".",
    "The company hit back at the reports, calling them \"fake news\".",
])
def test_calling_them_false_after_denied_claims_is_a_denial(text):
    calling = [c for c in analyse(text)["claims"] if c["cue"]["text"] == "calling"]
    assert [c["kind"] for c in calling] == ["denial"], kinds(text)


def test_calling_people_liars_after_an_attack_denies_nothing():
    assert denial_reasons("The senator attacked the reporters, calling them liars.") == []


@pytest.mark.parametrize("text", [
    "The lawyer called the police denial of any tampering \"laughable,\" saying the logs showed otherwise.",
    "Her lawyer, Ann Lee, called the city's denial of any tampering \"laughable,\" saying the logs showed otherwise.",
])
def test_a_denial_called_laughable_with_the_name_hung_on_its_last_noun_is_a_denial(text):
    called = [c for c in analyse(text)["claims"] if c["cue"]["text"] == "called"]
    assert [c["kind"] for c in called] == ["denial"], kinds(text)


def test_a_denial_noun_inside_the_claim_that_answers_it_is_a_denial_of_its_own():
    text = "Her lawyer called the city's denial of any tampering \"laughable,\" saying the logs showed otherwise."
    nominal = [c for c in analyse(text)["claims"] if c["cue"]["text"].startswith("denial")]
    assert [(c["kind"], c["content"]["text"]) for c in nominal] == [("denial", "any tampering")], kinds(text)
