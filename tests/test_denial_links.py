"""responds_to as a reader links a denial to what it answers: the denied object's antecedent, whose
words it names, the claim a run of quotes bears out, a speaker's denials in a row, and no link
from a denial deep in a wire story to a claim told after it."""
from conftest import analyse, denial_and_target, shown


def claims_of(text):
    return analyse(text)["claims"]


def test_what_a_falsity_calls_false_points_back():
    text = ("The book accuses the colonel of treating his guards like servants. "
            "He said that is a distortion, describing the guards as heroes.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "treating his guards" in target["content"]["text"], shown(claims)


def test_the_speakers_other_statement_in_the_denials_sentence_is_not_what_it_denies():
    text = ("Her filing noted newspaper reports alleging that she had hidden the money abroad. "
            "However, her lawyer said that was not her view and dismissed those reports as gossip.")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial" and c["cue"]["text"] == "dismissed")
    target = next(c for c in claims if c["id"] == denial["responds_to"])
    assert "reports alleging" in target["content"]["text"], shown(claims)


def test_those_claims_answer_the_indirect_statement_its_quote_bears_out():
    text = ("Tom Hale, a councillor, told a radio station that the mayor had ignored the flood warnings. "
            "\"She ignored every single one of them,\" Hale said. "
            "The mayor pushed back on those claims on Friday.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "flood warnings" in target["content"]["text"], shown(claims)


def test_a_named_speakers_words_are_that_speakers_claim_not_their_denial():
    text = ("Doris Meadows said the hospital would have to close its maternity ward. "
            "Meadows said there is no evidence that the ward was ever safe. "
            "Union officials said Meadows's assumptions were untrue.")
    denial, target, claims = denial_and_target(text, which=-1)
    assert target is not None and "maternity ward" in target["content"]["text"], shown(claims)


def test_an_attack_on_a_person_is_not_the_claim_answered():
    text = ("The senator assailed the governor at a rally in Leeds on Tuesday. "
            "\"He has wasted millions of pounds on consultants,\" the senator said. "
            "The governor's office pushed back against the senator's attack on Wednesday.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "wasted millions" in target["content"]["text"], shown(claims)


def test_a_speakers_second_denial_answers_what_the_first_answered():
    text = ("Meissner said the father has the right to speak for his son. "
            "Spencer Eig, a lawyer for the family, said Meissner's assumptions were untrue. "
            "\"The boy cannot apply for asylum on his own, and that is deeply unfair and untrue,\" Eig said.")
    claims = claims_of(text)
    denials = [c for c in claims if c["kind"] == "denial"]
    assert len(denials) == 2 and denials[0]["responds_to"] == claims[0]["id"], shown(claims)
    assert denials[1]["responds_to"] == claims[0]["id"], shown(claims)


def test_a_denial_deep_in_a_one_paragraph_story_answers_nothing_told_after_it():
    text = ("The talks resumed on Monday in Geneva. Delegates met for six hours. The mood was calm. "
            "The general said that early reports of a gas attack on the troops were bogus. "
            "Officials said the troops had found gas masks near the border.")
    denial, target, claims = denial_and_target(text)
    assert denial["responds_to"] is None, shown(claims)


def claims_in_all_scope(text):
    import claimx
    from claimx.engine import Config
    from claimx.models import to_dict

    return to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]


def test_a_committee_finding_no_evidence_that_denies_it():
    claims = claims_in_all_scope("The committee's report found no evidence that the council had hidden the accounts.")
    assert [(c["kind"], c["kind_reason"]) for c in claims] == [("denial", "falsity")], shown(claims)


def test_offering_no_proof_is_the_writers_remark_not_a_denial():
    claims = claims_in_all_scope("The committee's report offered no proof that the council had hidden the accounts.")
    assert all(c["kind"] == "assertion" for c in claims), shown(claims)


def test_what_the_truth_is_said_of_a_manufactured_issue_denies_it_and_points_back():
    text = ("A listener asked the prime minister why he still refuses to use the phrase. "
            "\"The truth of the matter is that this is an issue that has been manufactured,\" the prime minister said.")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial")
    assert denial["kind_reason"] == "falsity" and denial["responds_to"] == claims[0]["id"], shown(claims)


def test_wrong_in_their_recollections_calls_what_they_recall_false():
    denial, target, claims = denial_and_target(
        "The minister said the families were wrong in their recollections that she had blamed the council.")
    assert denial["kind_reason"] == "falsity", shown(claims)


def test_an_owners_last_statement_is_what_a_denial_of_their_claim_answers_even_when_it_is_a_denial():
    text = ("Harriet Cole said the budget would be balanced by March. The council leader, Tom Hale, said the plan was sound. "
            "Later, Cole said the families were wrong in their recollections that she had blamed the council. "
            "The victim's mother, Ann Price, forcefully rejected Cole's claim.")
    claims = claims_of(text)
    assert claims[-1]["kind"] == "denial" and "recollections" in next(
        c for c in claims if c["id"] == claims[-1]["responds_to"])["content"]["text"], shown(claims)


def test_a_denial_of_claims_answers_the_statement_that_made_them():
    text = ("The Sun reported that the MP had lobbied ministers for a healthcare firm.\n\n"
            "Some weeks later, the MP denied claims that he had lobbied ministers on behalf of the firm.")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial")
    assert denial["responds_to"] == claims[0]["id"], shown(claims)


def test_a_denial_of_unattributed_reports_answers_nothing_when_no_one_made_them():
    text = ("The chairman resigned on Monday.\n\n"
            "Some days later, he also rejected reports that his departure stemmed from a row with the board.")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial")
    assert any(c["cue"]["text"] == "reports" for c in claims), shown(claims)
    assert denial["responds_to"] is None, shown(claims)  # the reports are only alluded to


def test_an_issued_denial_of_the_allegations_answers_the_accusation_in_the_broad_scope():
    import claimx
    from claimx.engine import Config
    from claimx.models import to_dict

    text = ("Opposition councillors accused the mayor of wasting public money on the stadium.\n\n"
            "On Tuesday the mayor issued a firm denial of the allegations.")
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    denial = next(c for c in claims if c["kind"] == "denial")
    assert denial["cue"]["text"] == "issued", shown(claims)  # the broad scope's cue: the verb of issuing
    assert denial["responds_to"] == claims[0]["id"], shown(claims)


def test_a_denial_below_the_lead_may_name_words_spelled_out_after_it():
    text = ("The mayor opened the new bridge on Monday.\n\nThe council said the works had cost less than planned.\n\n"
            "Tom Baker said Jane Smith is lying about her record on the budget. "
            "Smith now says she voted against the budget.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "voted against" in target["content"]["text"], shown(claims)


def test_a_denied_criticism_may_be_told_after_the_denial():
    text = ("The senator spoke in Ohio on Monday.\n\nAides said the tour would go on.\n\n"
            "The senator took issue with recent criticism of his grasp of trade policy. "
            "He has been criticized for giving vague answers on the subject in an interview.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "vague answers" in target["content"]["text"], shown(claims)


def test_a_denial_below_the_lead_does_not_answer_a_later_statement_it_does_not_name():
    text = ("The mayor opened the new bridge on Monday.\n\nThe council said the works had cost less than planned.\n\n"
            "Tom Baker said the claims were false. "
            "Jane Smith now says she voted against the tax rise.")
    denial, target, claims = denial_and_target(text)
    assert target is None or "voted against" not in target["content"]["text"], shown(claims)


def test_the_named_speakers_next_words_below_must_share_what_is_denied():
    text = ("The mayor opened the new bridge on Monday.\n\nThe council said the works had cost less than planned.\n\n"
            "Tom Baker said Jane Smith is lying about the crash. "
            "Smith said the council had paid for the new bridge.")
    denial, target, claims = denial_and_target(text)
    assert target is None or "paid for" not in target["content"]["text"], shown(claims)


def test_a_lead_denial_of_claims_answers_the_report_told_next():
    text = ("Councillor fights back\n\n"
            "A local councillor has denied claims that he took bribes from a building firm.\n\n"
            "The Evening Echo reported that Paul Dray, the councillor for Westgate, had received "
            "holidays from executives of Norcross Homes.\n\n"
            "\"I have never taken a bribe from any firm,\" he said.")
    claims = claims_of(text)
    report = next(c for c in claims if c["cue"] and c["cue"]["text"] == "reported")
    first = next(c for c in claims if c["kind"] == "denial")
    assert first["responds_to"] == report["id"], shown(claims)


def test_a_later_denial_of_the_same_claims_answers_their_source_not_the_unattributed_claims():
    text = ("Councillor fights back\n\n"
            "A local councillor has denied claims that he took bribes from a building firm.\n\n"
            "The Evening Echo reported that Paul Dray, the councillor for Westgate, had received "
            "holidays from executives of Norcross Homes.\n\n"
            "Mr Dray said the allegations were \"utterly false\".")
    claims = claims_of(text)
    report = next(c for c in claims if c["cue"] and c["cue"]["text"] == "reported")
    last = [c for c in claims if c["kind"] == "denial"][-1]
    assert last["responds_to"] == report["id"], shown(claims)


def test_the_source_of_denied_reports_is_not_the_deniers_own_later_words():
    text = ("Transfer talk\n\n"
            "Ashford United have denied reports that they have agreed a fee with Lyon for the striker "
            "Marco Reus.\n\n"
            "A French newspaper claimed on Monday that Reus would sign this week.\n\n"
            "But a United spokesman said: \"No fee has been agreed with Lyon for the striker.\"")
    claims = claims_of(text)
    source = next(c for c in claims if c["cue"] and c["cue"]["text"] == "claimed")
    first = next(c for c in claims if c["kind"] == "denial")
    assert first["responds_to"] == source["id"], shown(claims)


def test_a_lead_denial_does_not_answer_its_own_speakers_later_words():
    text = ("Pay row\n\n"
            "Acme Freight denied that it had cut the wages of its drivers.\n\n"
            "Acme Freight said it had never cut the wages of its drivers in any year.\n\n"
            "The union had claimed that the firm slashed pay in March.")
    denial, target, claims = denial_and_target(text)
    assert target is None or "claimed" in target["cue"]["text"], shown(claims)


def test_a_headline_denial_answers_the_report_below_not_the_lead_denial():
    text = ("Labour denies link to Westfield housing decision\n\n"
            "Labour strongly denies any link between a donation and the housing decision.\n\n"
            "The Herald reported that a developer gave the party a large donation weeks before the "
            "housing decision.\n\n"
            "A Labour spokesman said the housing decision was not influenced by donations.")
    claims = claims_of(text)
    report = next(c for c in claims if c["cue"] and c["cue"]["text"] == "reported")
    denials = [c for c in claims if c["kind"] == "denial"]  # the spokesman's negation carries Labour's denial on
    assert len(denials) == 3 and all(d["responds_to"] == report["id"] for d in denials), shown(claims)


def test_claims_by_a_named_group_answer_what_the_group_says_next():
    text = ("Airline under fire\n\n"
            "Skyway Air has rejected claims by its cabin crew union that staff are being made to work "
            "double shifts without breaks.\n\n"
            "The Cabin Crew Association said on Monday that more than 60 attendants had complained to "
            "the company this year.\n\n"
            "A Skyway spokeswoman said the association's evidence was false.")
    claims = claims_of(text)
    said = next(c for c in claims if "60 attendants" in c["content"]["text"])
    denials = [c for c in claims if c["kind"] == "denial"]
    assert len(denials) == 2 and all(d["responds_to"] == said["id"] for d in denials), shown(claims)


def test_a_lead_denial_in_other_words_answers_the_report_told_just_below():
    text = ("Ministry denies secret talks\n\n"
            "The Foreign Ministry denied that a senior adviser had held secret talks with a rebel envoy "
            "in Geneva.\n\n"
            "The Daily Courier reported on Sunday that Adam Kovac had met a rebel negotiator to discuss "
            "a ceasefire.")
    claims = claims_of(text)
    report = next(c for c in claims if c["cue"] and c["cue"]["text"] == "reported")
    denial = next(c for c in claims if c["kind"] == "denial" and c["cue"]["text"] == "denied")
    assert denial["responds_to"] == report["id"], shown(claims)


def test_a_denial_further_down_does_not_answer_a_report_below_it_in_other_words():
    text = ("The storm hit the coast on Monday. Officials counted the damage for days. "
            "Rescue crews worked through the night.\n\n"
            "The port authority denied that the harbour wall had collapsed.\n\n"
            "A local paper reported that two piers were closed to traffic.")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial")
    assert denial["responds_to"] is None, shown(claims)


def test_a_title_case_headline_denying_reports_answers_the_report():
    text = ("Trading Firm Denies Reports of Heavy Losses\n\n"
            "NEW YORK (AP) _ Carver & Co., a mid-sized trading firm, said Tuesday that its desk had a "
            "difficult week.\n\n"
            "One analyst said the whole market had a bad week. A trader said volumes were thin. A "
            "regulator said it was watching all firms closely. A banker said credit lines were open.\n\n"
            "The Wall Street Journal reported on Friday that the firm had been hit hard in currency futures.")
    claims = claims_of(text)
    report = next(c for c in claims if c["cue"] and c["cue"]["text"] == "reported")
    denial = next(c for c in claims if c["kind"] == "denial")
    assert denial["responds_to"] == report["id"], shown(claims)


def target_text(text, which=0):
    denial, target, claims = denial_and_target(text, which)
    return (target["content"]["text"] if target else None), shown(claims)


def test_the_sentence_of_a_quote_that_calls_the_reports_false_says_what_is_denied():
    text = ("The gossip site reported that the singer had quietly wed her manager on a yacht in June. "
            "\"She is not married. These reports are completely false,\" her agent, Lena Roth, said.")
    got, claims = target_text(text)
    assert got is not None and "wed her manager" in got, claims


def test_a_denial_made_also_answers_what_the_denial_before_it_answered():
    text = ("The Courier reported that the developer gave the party a gift before his plan was approved. "
            "The party denied any link between the gift and the plan. A spokesman said decisions were made by councillors. "
            "The developer also denied it.")
    got, claims = target_text(text, which=-1)
    assert got is not None and "gave the party" in got, claims


def test_the_denied_noun_names_the_statement_s_speaker():
    text = ("The leaked memo said the depot would shut in the spring. "
            "Union leaders said the memo showed that workers had been misled about the depot. "
            "The company dismissed the memo as a fake.")
    got, claims = target_text(text)
    assert got is not None and "would shut" in got, claims


def test_a_denial_answers_the_statement_that_names_the_denier():
    text = ("Care groups say the Home Office has quietly stopped issuing new licences. "
            "The Home Office denies that the scheme has been paused.")
    got, claims = target_text(text)
    assert got is not None and "stopped issuing" in got, claims


def test_a_denied_figure_answers_the_statement_that_gave_a_number():
    text = ("The watchdog said the army had spent $180 million on repairs to its housing. "
            "Army officials disputed the figure.")
    got, claims = target_text(text)
    assert got is not None and "$180 million" in got, claims


def test_a_rejected_claim_can_be_what_a_paper_reported():
    text = ("The player was arrested on Sunday. "
            "The Sun reported that the player had argued with another customer before the fight. "
            "His agent rejected the claim.")
    got, claims = target_text(text)
    assert got is not None and "argued with another customer" in got, claims


def test_dismissed_speculation_is_the_report_told_next():
    text = ("Hartley has dismissed speculation that he will retire after the series. "
            "The Daily Courier reported that he had told friends he was running on empty.")
    got, claims = target_text(text)
    assert got is not None and "running on empty" in got, claims


def test_a_denial_of_any_involvement_answers_the_accusation_of_the_denier():
    text = ("Britain formally blamed Moscow for a cyber attack on four hospitals. "
            "Officials said patient records were not taken. "
            "Doctors said operations had been cancelled for a week. "
            "Moscow denied any involvement.")
    got, claims = target_text(text)
    assert got is not None and "cyber attack" in got, claims


def test_a_lead_denial_of_a_report_answers_the_words_of_its_authors_below():
    text = ("Beijing rejected a congressional report on chip smuggling on Tuesday. "
            "The committee said four firms had used shell companies to buy advanced machines.")
    got, claims = target_text(text)
    assert got is not None and "shell companies" in got, claims


def test_the_stance_errors_show_the_denial_and_both_claims_of_a_wrong_link():
    from claimx.evaluate.stance import format_report, _link_mistake

    def claim(i, who, text):
        return {"id": i, "speakers": [{"text": who, "name": who}], "cue": {"text": "said"},
                "content": {"text": text}}
    mistake = _link_mistake({"shape": "deny_pronoun"}, claim("c3", "Kim", "it"), claim("c2", "Lee", "wrong one"),
                            claim("c1", "The Post", "right one"), ("written", "x"))
    report = {"labelled": {"denial": 1, "assertion": 0}, "paired": 1, "shapes": {}, "implicit_recall": None,
              "passive_pronoun_recall": None, "unlabelled_denials_in_exhaustive_documents": 0, "negated_accuracy": 1.0,
              "responds_to": {"with_target_in_output": 1, "accuracy": 0.0, "target_not_a_claim": 0,
                              "null_labelled": 0, "null_kept": 0}, "errors": [mistake]}
    for group in ("all", "wire", "polnear", "written"):
        report[group] = {"paired": {"p": 0, "r": 0, "f1": 0, "tp": 0, "fp": 0, "fn": 0}, "recall_all_labelled": 0.0,
                         "denials_without_claim": 0}
    text = format_report(report)
    assert "#c2 Lee [said] 'wrong one'" in text and "#c1 The Post [said] 'right one'" in text, text


def test_a_lead_denial_answers_the_accusation_told_next_with_a_plain_told():
    text = ("Acme Builders denied rigging the tender for the new bridge.\n\n"
            "A former site manager told investigators that the bids had been fixed months in advance.\n\n"
            "The council said it would review the contract.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "bids had been fixed" in target["content"]["text"], shown(claims)


def test_a_lead_falsity_naming_the_accusations_answers_the_one_said_below():
    text = ("The embassy said the accusations were groundless and politically motivated.\n\n"
            "The ministry ordered the two attaches to leave the country.\n\n"
            "A ministry spokesman said the attaches had tried to buy secret plans from an engineer.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "secret plans" in target["content"]["text"], shown(claims)


def test_an_accusation_naming_the_body_a_spokeswoman_speaks_for_is_what_she_denies():
    text = ("Brackwell Motors said it would close its factory in Neath next year.\n\n"
            "The union said it would fight to save the plant.\n\n"
            "Regional officer Gwyn Price accused Brackwell of quietly starving the site of work for years.\n\n"
            "Workers said they had taken a pay freeze in 2020.\n\n"
            "A Brackwell spokeswoman said the claim that the plant had been deliberately starved was simply untrue.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "starving the site" in target["content"]["text"], shown(claims)


def test_a_falsity_said_of_a_body_by_its_initials_answers_that_body():
    text = ("The Army has spent $90 million on repairs that its landlords should have paid, according to a "
            "report by the Government Accountability Office.\n\n"
            "Senator Ruth Hale said the findings were troubling.\n\n"
            "Army officials said the G.A.O. had wrongly counted routine costs.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "spent $90 million" in target["content"]["text"], shown(claims)


def test_no_such_thing_points_at_the_statement_just_before():
    text = ("The Daily Post reported that the ministry had told hauliers to cut fuel deliveries to Wales.\n\n"
            "Opposition leaders said the ministry should explain itself to parliament.\n\n"
            "The Daily Post said that the ministry had also set an informal ceiling on lorry traffic.\n\n"
            "\"The ministry has made no such request,\" a ministry spokesman said.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "informal ceiling" in target["content"]["text"], shown(claims)


def test_it_in_a_denial_beside_the_speakers_own_denial_is_what_that_one_answered():
    text = ("The Evening Courier reported that the mayor had agreed to sell the library site to a developer.\n\n"
            "\"This story is false,\" said the mayor's press officer, Dan Reeve.\n\n"
            "The developer's spokesman also rejected the report, calling it \"pure invention.\"")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial" and c["cue"]["text"] == "calling")
    target = next((c for c in claims if c["id"] == denial["responds_to"]), None)
    assert target is not None and "library site" in target["content"]["text"], shown(claims)


def test_an_according_to_stands_for_the_statement_it_vouches_for():
    text = ("A former kit man told a grand jury that he had seen striker Leon Marsh take cocaine in the "
            "changing room, according to a transcript obtained by the Leeds Gazette. Marsh denied it on Wednesday.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and target["cue"]["text"] == "told", shown(claims)


def test_a_spelled_out_denial_made_also_answers_what_the_denial_before_answered():
    text = ("Senator Paul Aldine has denied allegations that he took bribes from a casino operator.\n\n"
            "A former aide, Rita Moss, told the committee that she carried envelopes of cash to his office.\n\n"
            "Dean Ortiz, his chief of staff, also denied ever handling the money.")
    claims = claims_of(text)
    denial = next(c for c in claims if c["kind"] == "denial" and "denied" in c["cue"]["text"]
                  and "money" in c["content"]["text"])
    target = next((c for c in claims if c["id"] == denial["responds_to"]), None)
    assert target is not None and "envelopes of cash" in target["content"]["text"], shown(claims)


def test_the_denier_s_plan_told_by_others_stands_for_their_telling():
    text = ("Norvik Foods' bakery arm plans to cut about 10% of its workforce in Ohio by the end of the year, three people "
            "told Reuters.\n\n"
            "Analysts said the company had struggled with rising flour costs.\n\n"
            "\"The report that we are restructuring our workforce in Ohio is not true,\" Norvik said in a statement.")
    claims = claims_in_all_scope(text)
    denial = next(c for c in claims if c["kind"] == "denial")
    target = next((c for c in claims if c["id"] == denial["responds_to"]), None)
    assert target is not None and target["cue"]["text"] == "told", shown(claims)


def test_the_report_s_findings_are_those_a_report_which_concluded_gave():
    text = ("Following Tuesday's leak of the report, which concluded that the mayor had broken procurement rules, "
            "her office went on the offensive.\n\n"
            "Councillor Amy Hart said the council should meet at once.\n\n"
            "The mayor brushed off the report's findings on Wednesday.")
    denial, target, claims = denial_and_target(text)
    assert target is not None and "procurement rules" in target["content"]["text"], shown(claims)
