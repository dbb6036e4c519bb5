"""Denials as readers see them: each shape on short texts of our own (UK web and wire style), the
look-alikes that stay assertions, kind_reason, and the claim a denial answers."""
import pytest

from conftest import analyse


def claims_of(text):
    return analyse(text)["claims"]


def the_denial(text):
    denials = [c for c in claims_of(text) if c["kind"] == "denial"]
    assert len(denials) == 1, [(c["cue"] and c["cue"]["text"], c["kind"], c["content"]["text"]) for c in claims_of(text)]
    return denials[0]


@pytest.mark.parametrize("text", [
    "The Kremlin has denied that Putin spoke to Trump.",
    "The company denied any wrongdoing.",
    "Mr Johnson denied any contact with the lobbyists.",
    "The minister denied the allegations.",
    "The club denied the reports.",
    "She denied involvement in the scheme.",
    "The senator denied any sexual activity with the intern.",
    "The ministry refuted the report.",
])
def test_a_deny_verb_with_a_clause_or_a_proposition_is_a_denial(text):
    assert the_denial(text)["kind_reason"] == "deny_cue"


@pytest.mark.parametrize("text", [
    "The border guards denied him entry.",
    "The board rejected the takeover offer.",
    "The court dismissed the lawsuit on Monday.",
    "The embassy denied her a visa.",
    "The party rejected negotiations with the rebels.",
    "The minister did not deny that the meeting took place.",
    "The spokesman would neither confirm nor deny the report.",
    "Officials declined to comment on the report.",
    "The company said it had no plans to close the plant.",
    "He called President Bush a liar.",
])
def test_refusals_and_look_alikes_stay_assertions(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


@pytest.mark.parametrize("text, earlier", [
    ("The Sun reported that the striker had failed a drugs test. The club has denied this.",
     "the striker had failed a drugs test"),
    ("Critics said the deal was signed in secret. The government denied it.",
     "the deal was signed in secret"),
])
def test_a_pronoun_object_is_a_denial_of_the_claim_before(text, earlier):
    claims = claims_of(text)
    denial = the_denial(text)
    target = next(c for c in claims if c["id"] == denial["responds_to"])
    assert earlier in target["content"]["text"]


def test_a_passive_denial_has_the_agent_as_its_speaker():
    denial = the_denial("The claims were denied by the ministry on Friday.")
    assert denial["speakers"][0]["text"] == "the ministry"
    assert denial["content"]["text"] == "The claims"


def test_a_refusal_in_the_passive_stays_an_assertion():
    assert all(c["kind"] == "assertion" for c in claims_of("His requests for asylum were denied by the court."))


@pytest.mark.parametrize("text", [
    "The minister's denial of the report came hours later.",
    "The ministry issued a denial that any troops had crossed the border.",
])
def test_nominal_denials(text):
    assert the_denial(text)["kind_reason"] == "deny_cue"


@pytest.mark.parametrize("text", [
    "The minister dismissed the report as speculation.",
    "The club branded the story false.",
    "The spokesman called the claims baseless.",
    "The Prime Minister hit back at claims that she had broken the rules.",
    "The company pushed back on those charges.",
    'A spokesman called a report suggesting donors to the foundation were granted greater access to the department "outrageous."',
])
def test_dismissing_and_branding_a_report_are_denials(text):
    assert the_denial(text)["kind"] == "denial"


@pytest.mark.parametrize("text", [
    '"That is not true," a spokesman said.',
    'A spokesman said: "The claims are baseless."',
    '"This is absolute nonsense," the minister said.',
    "The company said there was nothing to suggest that the data had been stolen.",
    "A spokesman said there was no truth in the report.",
    "The ministry said the report was false.",
    "He said Clinton was lying about her support for the deal.",
    '"That never happened," she said.',
    '"That is total propaganda," the candidate replied.',
    '"I know of no information that would tie the two men to the fire," the sheriff said.',
    "A spokesman said he had heard nothing to suggest the sale was forced by the bank.",
    "The aide said the report cherry-picked a few meetings to give a distorted portrayal of her work.",
])
def test_content_calling_something_false_is_an_implicit_denial(text):
    assert the_denial(text)["kind_reason"] == "falsity"


@pytest.mark.parametrize("text", [
    '"It was the wrong decision," the coach said.',
    "The minister said the weather was not good.",
    "The mayor said there was no proof of life.",
    '"That would be a false choice," she said.',
    "The coach said he had heard nothing to change his mind.",
    "The coach said he had seen nothing that would help the team.",
    "The manager said the new stand would give a false start to the season.",
    "The committee said the meeting was spent discussing the false picture of the attack.",
    'The coach called the players who were picked for the team "outstanding."',
])
def test_falsity_words_that_deny_nothing(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


def test_negating_another_speakers_claim_is_a_denial_of_it():
    text = ("The Sun reported that the striker met the agent in Madrid last week. "
            "The striker said that he never met the agent.")
    claims = claims_of(text)
    denial = the_denial(text)
    assert denial["kind_reason"] == "negates_claim"
    assert denial["responds_to"] == claims[0]["id"]


def test_a_negated_statement_about_something_else_denies_nothing():
    text = ("The Sun reported that the striker met the agent in Madrid last week. "
            "The coach said that the team would not travel on Sunday.")
    assert all(c["kind"] == "assertion" for c in claims_of(text))


def test_a_denial_in_the_lead_may_answer_an_accusation_spelled_out_below():
    text = ("The minister has denied the allegations.\n\n"
            "Opposition MPs accused the minister of lying to Parliament about the contract.")
    claims = claims_of(text)
    denial = the_denial(text)
    assert denial["responds_to"] == claims[1]["id"]


def test_a_denial_without_anything_to_answer_points_nowhere():
    assert the_denial("The minister denied that she had met the lobbyist.")["responds_to"] is None


@pytest.mark.parametrize("text, reason", [
    # the parser hangs these clauses on the noun as relative clauses; they are its content
    ("Officials said there is \"no information\" that the father is an unfit parent.", "falsity"),
    ("Diplomats say there is no reason to believe that the rebels plan another attack.", "falsity"),
    # "lies" read as a modifier of "theories"
    ("The actress says the tweets accusing her of fraud are \u201clies and conspiracy theories.\u201d", "falsity"),
    # the adjectives parsed inside the object of "called"
    ("The campaign called the charges unsubstantiated and fabricated by former employees.", "deny_cue"),
])
def test_denials_through_common_misparses(text, reason):
    assert the_denial(text)["kind_reason"] == reason


@pytest.mark.parametrize("text", [
    "He said there was no information that was useful.",
    "He said there is no reason to leave.",
    "She called the report biased and unfair.",
])
def test_their_look_alikes_stay_assertions(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


@pytest.mark.parametrize("text", [
    "\"I never said that,\" the senator told reporters.",
    "The striker said he never pledged to leave the club.",
    "\"I did not say it,\" the mayor said.",
])
def test_disowning_words_put_in_ones_mouth_is_a_denial(text):
    assert the_denial(text)["kind_reason"] == "negates_claim"


def test_disowning_words_answers_the_report_of_them():
    text = ("The Sun reported that the mayor called the plan a disaster. "
            "\"I never said that,\" the mayor said.")
    claims = claims_of(text)
    assert the_denial(text)["responds_to"] == claims[0]["id"]


@pytest.mark.parametrize("text", [
    "The mayor said she did not say whether she would run again.",
    "\"He never said when the plant would close,\" the union said.",
    "The minister did not say that the meeting took place.",
])
def test_withholding_an_answer_is_no_disowning(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


@pytest.mark.parametrize("text", [
    "\"He's not telling the truth,\" the lawyer said.",
    "\"There's no evidence this would change anything,\" the economist said.",
])
def test_untruth_and_missing_evidence_for_a_clause_are_falsity(text):
    assert the_denial(text)["kind_reason"] == "falsity"


@pytest.mark.parametrize("text", [
    "The lawyer said his client was telling the truth.",
    "The detective said there was no evidence they could use.",
])
def test_truth_told_and_evidence_lacking_for_a_noun_deny_nothing(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


@pytest.mark.parametrize("text", [
    "The campaign pushed back against the senator's attack on her record.",
    "The minister brushed aside the allegations.",
    "The club scoffed at reports that the manager would quit.",
    "The singer laughed off reports of a split.",
])
def test_idioms_of_dismissal_are_denials(text):
    assert the_denial(text)["kind_reason"] == "deny_cue"


def test_brushing_aside_an_injury_denies_nothing():
    assert all(c["kind"] == "assertion" for c in claims_of("The coach brushed aside the injury and played on."))


@pytest.mark.parametrize("text", [
    "Union leaders said the cuts would cost thousands of jobs. Ministers accused the union of scaremongering. "
    "The union disputed that notion.",
])
def test_a_demonstrative_object_answers_the_claim_just_before(text):
    claims = claims_of(text)
    denial = the_denial(text)
    assert denial["responds_to"] == claims[-2]["id"], [(c["id"], c["content"]["text"]) for c in claims]


@pytest.mark.parametrize("text", [
    "The club denied reports that the manager would quit.",
    "The club scoffed at reports that the manager would quit.",
    "The minister rejected claims that the deal was signed in secret.",
])
def test_the_report_a_denial_names_is_a_statement_but_no_one_made_it(text):
    claims = claims_of(text)
    denial, report = claims
    assert denial["kind"] == "denial" and report["kind"] == "assertion"
    assert report["cue"]["text"] in ("reports", "claims") and report["speakers"] == []  # not the denier's
    assert denial["responds_to"] is None  # reports only alluded to: no reported statement is answered


@pytest.mark.parametrize("text", [
    "The president dismissed suggestions that the father travel to Miami.",
    "The minister rejected suggestions that he should resign.",
])
def test_refusing_a_proposal_is_no_denial(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


def test_the_accusation_a_denial_rejects_is_no_denial_itself():
    claims = claims_of("The mayor denied reports that she had lied about the budget.")
    assert [c["kind"] for c in claims] == ["denial", "assertion"]
    assert claims[0]["responds_to"] is None


@pytest.mark.parametrize("text", [
    "\"The myth that Japan is closed to imports has been demolished,\" the minister said.",
    "\"So much of this information has been wrong,\" he said.",
    "\"The truth is that this issue has been manufactured,\" she said.",
])
def test_myths_wrong_information_and_what_the_truth_is(text):
    assert the_denial(text)["kind_reason"] == "falsity"


@pytest.mark.parametrize("text", [
    "\"The truth is that we need more money,\" she said.",
    "\"Much of the money was wasted,\" he said.",
    "The aide said the candidate tells so many lies that nobody checks them all.",
])
def test_their_look_alikes_deny_nothing(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


def test_taking_issue_with_a_criticism_is_a_denial_and_with_a_plan_is_not():
    assert the_denial("He took issue with recent criticism of his record.")["kind_reason"] == "deny_cue"
    assert all(c["kind"] == "assertion" for c in claims_of("She took issue with the plan to close the school."))


def test_a_claim_named_false_as_a_subject_is_denied():
    assert the_denial("The lawyer said the outrageous allegations were a sign of desperation.")["kind_reason"] == "falsity"
    assert all(c["kind"] == "assertion" for c in claims_of("The lawyer said the detailed allegations were a sign of trouble."))


@pytest.mark.parametrize("text, reason", [
    ("The club said the reports were \"wide of the mark\".", "falsity"),
    ("A spokesman said the claims were completely without foundation.", "falsity"),
    ("The palace said it did not recognise the account.", "falsity"),
    ("\"We do not recognise these figures,\" the department said.", "falsity"),
    ("The BBC said it \"rejects the claims\".", "deny_cue"),
    ("He said he denied any wrongdoing.", "deny_cue"),
])
def test_uk_idioms_and_a_denial_reported_as_content(text, reason):
    assert the_denial(text)["kind_reason"] == reason


@pytest.mark.parametrize("text", [
    "The club said it would reject the offer.",
    "She said the court dismissed the case.",
    "He said he did not recognise the man.",
    "The coach said the striker was wide of the post.",
])
def test_their_look_alikes_are_assertions(text):
    assert all(c["kind"] == "assertion" for c in claims_of(text))


@pytest.mark.parametrize("text", [
    "He rejected the notion that the episode should be forgotten.",
])
def test_a_notion_with_should_is_still_a_claim_denied(text):
    assert the_denial(text)["kind_reason"] == "deny_cue"


def test_appearing_to_contradict_oneself_is_no_denial():
    assert all(c["kind"] == "assertion" for c in claims_of(
        "The candidate appeared to contradict his past statements on trade."))


@pytest.mark.parametrize("text, kind", [
    ("The former aide denied ever meeting the lobbyist.", "denial"),
    ("Police denied using live ammunition against the protesters.", "denial"),
    ("The treasurer admitted taking the money from the club's account.", "assertion"),
])
def test_a_gerund_after_deny_or_admit_is_what_was_denied_or_admitted(text, kind):
    claims = analyse(text)["claims"]
    assert [c["kind"] for c in claims] == [kind]


@pytest.mark.parametrize("text, kind", [
    ('The company described the reports as "false and mischievous".', "denial"),
    ("She described the allegations as total codswallop.", "denial"),
    ("He described the victory as a triumph for the whole team.", "assertion"),
])
def test_describing_a_report_as_false_is_a_denial_wherever_the_parser_hangs_as(text, kind):
    assert [c["kind"] for c in analyse(text)["claims"]] == [kind]


@pytest.mark.parametrize("text", [
    "The mayor disputed the state's damage estimate.",
    "The opposition rejected the official count.",
])
def test_disputing_an_estimate_or_a_count_is_a_denial(text):
    assert [c["kind"] for c in analyse(text)["claims"]] == ["denial"]


@pytest.mark.parametrize("text, kind", [
    ('"The so-called report is full of lies," the spokesman said.', "denial"),
    ('"These accusations have no basis whatsoever," she said.', "denial"),
    ('"There is absolutely no evidence of that," he said.', "denial"),
    ('"The plan has no basis in law," he said.', "assertion"),
    ('"There is no evidence of damage to the roof," the inspector said.', "assertion"),
])
def test_a_claim_without_basis_and_no_evidence_of_what_was_said(text, kind):
    assert [c["kind"] for c in analyse(text)["claims"]] == [kind]


@pytest.mark.parametrize("text", [
    "He faces allegations of fraud, which he denies.",
    "The papers say the striker was paid twice, a claim the club denied.",
])
def test_a_deny_verb_in_a_relative_clause_denies_the_claim_it_hangs_on(text):
    denial = the_denial(text)
    assert denial["kind_reason"] == "deny_cue" and denial["content"]["text"].split()[-1] in (
        "fraud", "claim"), denial["content"]["text"]


def test_a_visa_the_embassy_denied_is_a_refusal():
    assert all(c["kind"] == "assertion" for c in claims_of("The visa request, which the embassy denied, was his third."))


def test_brushed_off_parsed_with_a_preposition_is_still_a_denial():
    denial = the_denial("The campaign brushed off the report's findings.")
    assert denial["cue"]["text"] == "brushed off" and denial["content"]["text"] == "the report's findings"


def test_not_only_but_also_negates_nothing():
    claims = claims_of("She not only brushed off the report's findings but also attacked its authors, her aides said.")
    denial = next(c for c in claims if c["cue"] and c["cue"]["text"].startswith("brushed"))
    assert denial["kind"] == "denial", [(c["cue"] and c["cue"]["text"], c["kind"], c["content"]["text"]) for c in claims]


def test_issuing_a_denial_is_a_denial_in_the_broad_scope_too():
    import claimx
    from claimx.engine import Config
    from claimx.models import to_dict

    for scope in ("speech", "all"):
        doc = to_dict(claimx.extract("The senator on Tuesday issued a categorical denial of allegations that he took "
                                     "payments. The ministry issued a statement about the exports.",
                                     date="2024-12-27", config=Config(scope=scope)))
        kinds = [c["kind"] for c in doc["claims"]]
        assert kinds[0] == "denial" and "denial" not in kinds[1:], (scope, kinds)


@pytest.mark.parametrize("text, kind", [
    ("The army has debunked reports that soldiers opened fire on protesters.", "denial"),
    ('The department termed a notification circulating on social media "fake".', "denial"),
    ("The coach termed the defeat a disaster.", "assertion"),
])
def test_debunking_reports_and_terming_them_fake(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ("A headteacher has rubbished claims by parents that pupils were sent home.", "denial"),
    ("The firm scotched speculation that it would move its headquarters.", "denial"),
    ("The minister slapped down reports that he would resign.", "denial"),
    ("The mayor rebuffed an offer from the developers.", "assertion"),
])
def test_verbs_that_dismiss_a_report_are_deny_cues(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ('The ministry has dismissed as "malicious" reports that old vaccines were given to children.', "denial"),
    ("The coach was dismissed as manager of the club after the defeat.", "assertion"),
])
def test_an_object_written_after_the_as_phrase_is_what_is_dismissed(text, kind):
    claims = [c for c in analyse(text)["claims"] if c["cue"]["lemma"] == "dismiss"]
    assert claims and claims[0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ('Officials denied it, describing the reports as "tittle-tattle".', "denial"),
    ("Officials denied it, describing the reports as well-sourced.", "assertion"),
])
def test_a_hyphenated_falsity_word_after_a_naming_verb(text, kind):
    claims = [c for c in analyse(text)["claims"] if c["cue"]["lemma"] == "describe"]
    assert claims and claims[0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ("His parents said the notes had been rewritten. The hospital has rejected this.", "denial"),
    ("The firm offered a new deal on pay. The union has rejected this.", "assertion"),
])
def test_rejecting_this_after_a_report_is_a_denial(text, kind):
    claims = [c for c in analyse(text)["claims"] if c["cue"]["lemma"] == "reject"]
    assert claims and claims[0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ("The council said the figures had been misinterpreted.", "denial"),
    ("The council said the figures had been published.", "assertion"),
])
def test_a_verb_of_misreading_calls_an_account_false(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ("The company denied plans to raise its prices.", "denial"),
    ("The judge denied a bid to delay the trial.", "assertion"),
    ("The council denied plans for a new estate.", "assertion"),
])
def test_denying_plans_to_do_something_denies_that_they_exist(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


def test_a_title_case_headline_object_is_read_as_its_noun():
    text = "Brokerage Firm Denies Reports of Heavy Losses\n\nThe firm said its books were sound."
    assert analyse(text)["claims"][0]["kind"] == "denial"


@pytest.mark.parametrize("text, kind", [
    ('The minister slammed the reports as "fake news".', "denial"),
    ("The minister slammed the decision as wrong.", "assertion"),
    ("She slammed the minister as a liar.", "assertion"),
])
def test_an_attack_on_a_report_as_false_is_a_denial(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ("The ministry said the envoy had listened to the baseless claims of the other side.", "denial"),
    ("The ministry said the envoy had listened to the ridiculous claims of the other side.", "assertion"),
    ("The ministry said the envoy had listened to the claims of the other side.", "assertion"),
])
def test_a_claim_named_false_as_an_object_is_a_falsity_denial(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


def test_false_information_someone_gave_is_no_denial():
    assert analyse("She said she gave the police false information about the car.")["claims"][0]["kind"] == "assertion"


@pytest.mark.parametrize("text, kind", [
    ("The Army said the auditors had wrongly counted routine repair costs.", "denial"),
    ("He said the newspaper falsely claimed that he was drunk.", "denial"),
    ("The paper said police had wrongly arrested his son.", "assertion"),
    ("The firm said it had mistakenly included the figures.", "assertion"),
])
def test_an_account_told_falsely_is_a_falsity_denial(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


@pytest.mark.parametrize("text, kind", [
    ('The airline said the union\'s evidence was "not an accurate picture" of its rosters.', "denial"),
    ("He said it was not a pretty picture.", "assertion"),
])
def test_not_an_accurate_picture_is_a_falsity_denial(text, kind):
    assert analyse(text)["claims"][0]["kind"] == kind


def test_shooting_back_at_claims_is_a_denial():
    assert the_denial("The senator shot back at claims that she had lied.")["cue"]["text"] == "shot back at"


@pytest.mark.parametrize("text, kind", [
    ('The ministry denied it, calling a newspaper report on the meeting "pure fiction".', "denial"),
    ('She called a report on the talks "a good start".', "assertion"),
])
def test_a_quoted_falsity_the_parser_hung_on_the_objects_last_noun(text, kind):
    claims = [c for c in analyse(text)["claims"] if c["cue"]["lemma"] == "call"]
    assert claims and claims[0]["kind"] == kind


def test_branded_false_with_false_parsed_as_an_adverb_is_a_denial():
    doc = analyse("The ministry branded the report false.")
    assert [(c["kind"], c["kind_reason"]) for c in doc["claims"]] == [("denial", "deny_cue")]


@pytest.mark.parametrize("text, kind", [
    ("She branded the report as nonsense.", "denial"),  # the as-phrase, tried before the object
    ("The mayor called the story rubbish.", "denial"),  # "the story rubbish" read as one noun
    ("The minister called the reports nonsense.", "denial"),
    ("She called the claims absolute nonsense.", "denial"),
    ("He branded the opposition as cowards.", "assertion"),
    ("He called the plan a success.", "assertion"),
])
def test_naming_a_report_nonsense_however_the_parser_splits_it(text, kind):
    assert [c["kind"] for c in analyse(text)["claims"]] == [kind]


@pytest.mark.parametrize("text, kind", [
    ("The club described the reports as wide of the mark.", "denial"),
    ("The club dismissed the story as a pack of lies.", "denial"),
    ("The coach described the striker's shot as wide of the mark.", "assertion"),
])
def test_an_idiom_of_falsity_as_what_a_report_is_called(text, kind):
    assert [c["kind"] for c in analyse(text)["claims"]] == [kind]


def test_propaganda_said_of_anything_but_what_was_said_stays_an_assertion():
    assert all(c["kind"] == "assertion" for c in claims_of("The historian said the posters were wartime propaganda."))


@pytest.mark.parametrize("text, kind", [
    ("The union claimed the firm kept a blacklist. The firm said there is no blacklist.", "denial"),
    ("The union claimed the firm kept a blacklist. The firm said there has never been a blacklist.", "denial"),
    ("The union claimed the firm kept a blacklist. The firm said there is a canteen.", "assertion"),
])
def test_saying_that_what_a_claim_names_does_not_exist(text, kind):
    assert analyse(text)["claims"][-1]["kind"] == kind


def test_a_court_denial_whose_verb_the_parser_read_as_a_modifier():
    claims = analyse("The 34-year-old denies murder.")["claims"]
    assert [(c["cue"]["text"], c["content"]["text"], [s["text"] for s in c["speakers"]], c["kind"]) for c in claims] == [
        ("denies", "murder", ["The 34-year-old"], "denial")]


@pytest.mark.parametrize("text, cue", [
    ("He brushed aside claims that he had lied.", "brushed aside"),  # "aside" parsed as an adverb
    ("Officials poured scorn on the idea that the dam was unsafe.", "poured scorn on"),  # "scorn" tagged an adverb
])
def test_dismissal_idioms_however_their_words_are_tagged(text, cue):
    found = [(c["cue"]["text"], c["kind"]) for c in analyse(text)["claims"]]
    assert (cue, "denial") in found


@pytest.mark.parametrize("text, kind", [
    ("The council refused to accept claims that the bridge was unsafe.", "denial"),
    ("He declined to believe the reports.", "denial"),
    ("The council refused to accept the offer.", "assertion"),
])
def test_refusing_to_accept_a_claim_rejects_it(text, kind):
    assert [c["kind"] for c in analyse(text)["claims"]] == [kind]
