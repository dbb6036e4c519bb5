"""Statements news writes in other shapes than PolNeAR's: British spellings and idioms, passive
agents, nominal attributions, nested statements; and what looks like a statement but is none."""
import pytest

from conftest import analyse


def cues_of(text):
    return [c["cue"]["text"] if c["cue"] else None for c in analyse(text)["claims"]]


def claim_with(text, cue):
    found = [c for c in analyse(text)["claims"] if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in analyse(text)["claims"]]
    return found[0]


@pytest.mark.parametrize("text, cue", [
    ("The bishop criticised the decision to close the hospital.", "criticised"),
    ("The minister apologised for the delays at the border.", "apologised for"),
    ("Labour hit out at the government over the cuts.", "hit out at"),
    ("The club reaffirmed that the manager would stay.", "reaffirmed"),
])
def test_british_spellings_and_idioms(text, cue):
    assert cue in cues_of(text)


def test_a_passive_agent_is_the_speaker():
    claim = claim_with("The plan was criticised by the opposition leader as reckless.", "was criticised")
    assert claim["speakers"][0]["text"] == "the opposition leader"
    assert claim["content"]["text"].startswith("The plan")


def test_described_by_as():
    claim = claim_with("The deal was described by officials as a breakthrough.", "was described")
    assert claim["speakers"][0]["text"] == "officials"


@pytest.mark.parametrize("text, content", [
    ("There has been speculation that the prime minister will resign.", "that the prime minister will resign"),
    ("His criticism was that the budget ignored the poor.", "that the budget ignored the poor"),
    ("The suggestion that the talks had failed was rejected.", "that the talks had failed"),
])
def test_nominal_attributions_with_a_clause(text, content):
    assert any(c["content"]["text"] == content for c in analyse(text)["claims"])


def test_a_statement_nested_in_a_statement_is_found_too():
    doc = analyse("The senator said the president had told him that the troops would come home.")
    cues = [c["cue"]["text"] for c in doc["claims"]]
    assert "said" in cues and "had told" in cues
    nested = next(c for c in doc["claims"] if c["cue"]["text"] == "had told")
    assert nested["speakers"][0]["text"] == "the president"
    assert nested["content"]["text"] == "that the troops would come home"


@pytest.mark.parametrize("text", [
    "Asked what he would do if he lost, the senator smiled.",
    "The spokesman declined comment.",
    "It was not clear whether he was referring to the minister.",
    "The company declined to comment on the report.",
])
def test_no_claim_where_nothing_is_stated(text):
    assert analyse(text)["claims"] == []


def test_asked_what_he_would_do_is_not_his_claim():
    doc = analyse("Asked what he would do next, Smith said he would rest.")
    assert [c["content"]["text"] for c in doc["claims"]] == ["he would rest"]


def test_who_asked_not_to_be_named_is_not_a_claim():
    doc = analyse("An official, who asked not to be named, said the talks had failed.")
    assert [c["cue"]["text"] for c in doc["claims"]] == ["said"]


def test_two_sayings_joined_by_and_are_two_statements_even_when_parsed_one_under_the_other():
    claims = analyse("The White House has said there is no evidence of unfitness, and the father's lawyer, "
                     "Gregory Craig, said the \"outrageous\" allegations were a sign the relatives were getting desperate.")["claims"]
    assert [c["content"]["text"] for c in claims] == [
        "there is no evidence of unfitness",
        "the \"outrageous\" allegations were a sign the relatives were getting desperate"]
    assert claims[1]["speakers"][0]["text"] == "Gregory Craig"


def analyse_all(text):
    import claimx
    from claimx.engine import Config
    from claimx.models import to_dict

    return to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))


def test_a_poll_reports_its_finding():
    doc = analyse_all("The mayor leads her rival by six points in a new county poll, although turnout is unclear.")
    claim = next(c for c in doc["claims"] if c["cue"]["text"] == "in")
    assert claim["speakers"][0]["text"] == "a new county poll"
    assert claim["content"]["text"] == "The mayor leads her rival by six points"


@pytest.mark.parametrize("text", [
    "The mayor, who leads in the polls, opened a school.",  # a relative clause: about no one named here
    "In a new poll, most voters said the mayor was doing well.",  # the cue verb's statement, the poll its source
    "The senator rose steadily in the polls after the debate.",  # standing in general: no poll's finding
])
def test_no_poll_finding_of_its_own(text):
    assert [c["cue"]["text"] for c in analyse_all(text)["claims"] if c["cue"] and c["cue"]["text"].lower() == "in"] == []


@pytest.mark.parametrize("text, fragments", [
    ("The governor is expected to sign the bill.", ["The governor", "to sign the bill"]),
    ("The mayor seemed to enjoy the debate.", ["The mayor", "to enjoy the debate"]),
    ("Ohio is seen as a swing state.", ["Ohio", "a swing state"]),
    ("We expect the governor to sign the bill.", ["the governor to sign the bill"]),  # active: the holder
])
def test_a_raised_subject_belongs_to_the_content(text, fragments):
    claim = analyse_all(text)["claims"][0]
    assert [f["text"] for f in claim["content"]["fragments"]] == fragments


def test_a_raised_subject_inside_a_saying_keeps_the_saying():
    doc = analyse_all("The envoy is also expected to visit the capital, a spokesman said.")
    assert {c["cue"]["text"] for c in doc["claims"]} == {"said", "is also expected"}


@pytest.mark.parametrize("text, content", [
    ("The mayor said the bridge would open in May, though officials later said it may take longer.",
     "the bridge would open in May"),
    ("The coach said he admired the captain, for whom the club built a new stand.", "he admired the captain"),
])
def test_the_writers_trailing_comment_is_not_content(text, content):
    assert claim_with(text, "said")["content"]["text"] == content


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor is calling for the council to resign.", "is calling for", "the council to resign"),
    ("Residents call it the town fair.", "call", "it the town fair"),
    ('He has also called the senator "the next Lincoln".', "has also called", 'the senator "the next Lincoln"'),
    ('He called her "third-rate" and left.', "called", 'her "third-rate"'),
])
def test_calling_something_something(text, cue, content):
    assert claim_with(text, cue)["content"]["text"] == content


def test_a_name_given_is_no_claim():
    assert analyse("She founded a charity called Open Doors.")["claims"] == []


@pytest.mark.parametrize("text, cue, content", [
    ("Officials are confident that the bridge will open in May.", "are confident", "that the bridge will open in May"),
    ("She was also critical of the plan.", "was also critical of", "the plan"),
    ("The senator remains skeptical about the deal.", "remains skeptical about", "the deal"),
])
def test_attitude_adjectives(text, cue, content):
    claim = next(c for c in analyse_all(text)["claims"] if c["cue"]["text"] == cue)
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "It is certain that prices will rise.",  # nobody holds it
    "There is little reason to be optimistic about the talks.",
    "The board is not aware of any bid, the company said.",  # the company's saying
])
def test_no_attitude_of_its_own(text):
    assert all(c["cue"]["lemma"] not in ("certain", "optimistic", "aware") for c in analyse_all(text)["claims"])


@pytest.mark.parametrize("text, content", [
    ("The mayor said the grants should be based on need and come with audits.",
     "the grants should be based on need and come with audits"),  # shares "should"
    ("She said she was elated but still feared the army.", "she was elated but still feared the army"),  # an attitude
    ("Police say he fired twice and refused to drop the gun.", "he fired twice and refused to drop the gun"),  # another form
])
def test_a_coordinated_verb_inside_the_content(text, content):
    assert analyse(text)["claims"][0]["content"]["text"] == content


def test_the_speakers_next_saying_is_its_own_statement():
    doc = analyse("Protesters marched, demanding that the law be repealed and saying they would return.")
    assert [c["content"]["text"] for c in doc["claims"]] == ["that the law be repealed", "they would return"]


def test_a_content_does_not_end_in_the_conjunction_of_the_next_statement():
    doc = analyse("Most voters said they were worried, and more than half said the mayor would do better.")
    assert [c["content"]["text"] for c in doc["claims"]] == ["they were worried", "the mayor would do better"]


@pytest.mark.parametrize("text, content", [
    ("Several polls show Smith leading by six points.", "Smith leading by six points"),
    ("Court records showed a second loan.", "a second loan"),
    ("A study found a link between sleep and mood.", "a link between sleep and mood"),
])
def test_a_record_shows_or_finds(text, content):
    assert [c["content"]["text"] for c in analyse_all(text)["claims"]] == [content]


@pytest.mark.parametrize("text", ["She showed her badge at the door.", "The guard found his keys."])
def test_a_person_showing_or_finding_a_thing_states_nothing(text):
    assert analyse_all(text)["claims"] == []


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor accused her rival of lying.", "accused", "her rival of lying"),
    ("Developers see golf courses as wasted space.", "see", "golf courses as wasted space"),
    ("The senator spoke out Tuesday about the cuts.", "spoke out Tuesday about", "the cuts"),
])
def test_the_object_before_of_for_as_is_content(text, cue, content):
    claim = analyse_all(text)["claims"][0]
    assert (claim["cue"]["text"], claim["content"]["text"]) == (cue, content)


@pytest.mark.parametrize("text", [
    "BYLINE: Anna Berg.\n\nThe council met on Monday.",
    "Twitter: @annaberg.\n\nThe council met on Monday.",
    "Smith: 1,204.\n\nJones: 988.",
])
def test_labels_that_introduce_no_statement(text):
    assert analyse(text)["claims"] == []


def test_a_contrast_with_a_statement_of_its_own_is_split():
    doc = analyse("Exiles say the mother died to free him, while the government maintains he is kept from his father.")
    assert [(c["cue"]["text"], c["content"]["text"]) for c in doc["claims"]] == [
        ("say", "the mother died to free him"), ("maintains", "he is kept from his father")]


def test_a_contrast_inside_one_estimate_stays():
    claim = analyse("The center estimates that the rich would pay more, while the poor would pay less.")["claims"][0]
    assert claim["content"]["text"] == "that the rich would pay more, while the poor would pay less"


def test_a_relative_clause_closing_a_prepositional_content_is_the_writers():
    claim = claim_with("The senator called for a new treaty, which both sides signed in May.", "called for")
    assert claim["content"]["text"] == "a new treaty"


def test_in_her_view():
    claim = analyse_all("In her view, the plan will fail.")["claims"][0]
    assert (claim["speakers"][0]["text"], claim["cue"]["text"], claim["content"]["text"]) == ("her", "view", "the plan will fail")


def test_a_view_inside_a_saying_stays_the_saying():
    doc = analyse_all("The mayor, in my view, is right, he said.")
    assert [c["cue"]["text"] for c in doc["claims"]] == ["said"]


@pytest.mark.parametrize("text, cue, content", [
    ("Obama made clear that he would veto it.", "made clear", "that he would veto it"),
    ("She made it clear that she would run.", "made it clear", "that she would run"),
    ("Smith is making the case that he can win.", "is making the case", "that he can win"),
])
def test_make_as_a_light_verb_of_saying(text, cue, content):
    claim = claim_with(text, cue)
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", ["He made a speech in the square.", "They made sure that the doors were locked."])
def test_make_without_a_light_word_states_nothing(text):
    assert analyse(text)["claims"] == []


def test_a_list_read_as_an_apposition_stays_in_the_content():
    claim = claim_with("The company said sales fell because of lower prices, a weak car market and new rivals.", "said")
    assert claim["content"]["text"] == "sales fell because of lower prices, a weak car market and new rivals"


def test_a_descriptive_apposition_closing_the_content_is_the_writers():
    claim = claim_with("Aides said he would consider Ann Lee, a former governor and ambassador.", "said")
    assert claim["content"]["text"] == "he would consider Ann Lee"


def test_an_attitude_of_a_role_noun():
    claim = analyse_all("Officials fear that the dam could fail.")["claims"][0]
    assert (claim["speakers"][0]["text"], claim["content"]["text"]) == ("Officials", "that the dam could fail")


def test_a_reason_hung_on_the_cue_verb_is_part_of_what_was_said():
    claim = claim_with("The mayor said that claim smacked of hypocrisy, because the council had done the same.", "said")
    assert claim["content"]["text"] == "that claim smacked of hypocrisy, because the council had done the same"


@pytest.mark.parametrize("text, fragments", [
    ("The firm is reportedly seeking a buyer.", ["The firm is", "seeking a buyer"]),
    ("In total, the hackers have reportedly entered 100 accounts.", ["the hackers have", "entered 100 accounts"]),
])
def test_a_report_without_a_source(text, fragments):
    claim = analyse(text)["claims"][0]
    assert (claim["speakers"], claim["cue"]["text"]) == ([], "reportedly")
    assert [f["text"] for f in claim["content"]["fragments"]] == fragments


def test_reportedly_said_is_one_statement():
    assert [c["cue"]["text"] for c in analyse("Smith reportedly said the firm was for sale.")["claims"]] == ["reportedly said"]


@pytest.mark.parametrize("text, cue, content", [
    ("The senator distanced himself from the bill.", "distanced himself from", "the bill"),
    ("He defended himself against the charges.", "defended himself against", "the charges"),
])
def test_a_reflexive_object_is_no_content(text, cue, content):
    claim = next(c for c in analyse_all(text)["claims"] if c["cue"]["text"] == cue)
    assert claim["content"]["text"] == content


def test_defending_himself_alone_states_nothing():
    assert analyse("He defended himself.")["claims"] == []


@pytest.mark.parametrize("text, speaker", [
    ("Trump: I Will Win Back The Rust Belt\n\nDonald Trump told a rally on Monday that he would win Ohio.", "Trump"),
    ("Trump: \u2018I\u2019m the Worst Thing That Ever Happened to the Establishment.\u2019\n\n"
     "Donald Trump said on Monday he was bad news for the establishment.", "Trump"),
])
def test_a_headline_labelled_with_a_name_the_article_uses_is_that_persons_claim(text, speaker):
    first = analyse(text)["claims"][0]
    assert first["cue"]["text"] == ":" and first["speakers"][0]["text"] == speaker


@pytest.mark.parametrize("text", [
    "Poll: Clinton Leads By Six Points\n\nA new poll shows Hillary Clinton ahead of Donald Trump.",
    "Exclusive: Club For Sale\n\nThe owners of Leeds United want to sell the club.",
    "The Gap Goes On: Women Earn Less\n\nWomen still earn less than men, the report by the Labor Department found.",
])
def test_a_headline_label_that_names_nobody_in_the_article_is_no_claim(text):
    assert all(c["cue"]["text"] != ":" for c in analyse(text)["claims"])


def test_charging_that_is_an_accusation_and_being_charged_with_a_crime_is_no_statement():
    doc = analyse("Senate Democrats charged today that the plan would force the elderly to pay more. "
                  "A man was charged with murder on Friday.")
    assert [(c["cue"]["text"], c["cue"]["class"]) for c in doc["claims"]] == [("charged", "accuse")]


@pytest.mark.parametrize("text, cue, asker, content", [
    ("Asked whether the plan would work, the mayor said he hoped so.", "Asked", [], "whether the plan would work"),
    ("When asked by a reporter whether taxes would rise, Smith said no.", "asked", ["a reporter"], "whether taxes would rise"),
])
def test_an_unnamed_askers_question_with_scope_all(text, cue, asker, content):
    claim = next(c for c in analyse_all(text)["claims"] if c["cue"]["text"] == cue)
    assert ([s["text"] for s in claim["speakers"]], claim["content"]["text"]) == (asker, content)


def test_referring_to_glosses_a_saying():
    doc = analyse_all("\u201cIt was a disaster,\u201d the mayor said, referring to the vote.")
    claim = next(c for c in doc["claims"] if c["cue"]["text"] == "referring to")
    assert (claim["speakers"][0]["text"], claim["content"]["text"]) == ("the mayor", "the vote")


def test_referring_to_alone_is_a_mention_not_a_claim():
    assert analyse_all("The report refers to twelve cases of fraud.")["claims"] == []


@pytest.mark.parametrize("text, cue, content", [
    ("The senator tweeted a photo of the crowd.", "tweeted", "a photo of the crowd"),
    ("He mocked his rival for his accent.", "mocked", "his rival for his accent"),
    ("Friends remember him as a generous man.", "remember", "him as a generous man"),
    ("The mayor challenged her rival to a second debate.", None, None),  # no infinitive: a dare, not a statement
    ("He challenged reporters to find a single error.", "challenged", "reporters to find a single error"),
])
def test_small_frames_from_the_frame_evidence(text, cue, content):
    found = [(c["cue"]["text"], c["content"]["text"]) for c in analyse_all(text)["claims"]]
    assert found == ([(cue, content)] if cue else [])


def test_a_tag_left_in_scraped_text_is_no_cue():
    from claimx.stages import pipeline
    from claimx.stages.attribution.cues import markup

    doc = pipeline.load_pipeline()('<tweet author="mayor">We will rebuild.</tweet> Residents tweet daily.')
    assert [markup(t) for t in doc if t.lower_ == "tweet"] == [True, False]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The profits fell amid what the company called lower demand.", "called", "the company", "lower demand"),
    ("He denounced what he called a terrorist act.", "denounced", "He", "what he called a terrorist act"),
])
def test_what_someone_calls_something(text, cue, speaker, content):
    claims = analyse(text)["claims"]
    assert [(c["cue"]["text"], c["speakers"][0]["text"], c["content"]["text"]) for c in claims] == [(cue, speaker, content)]


def test_tag_after_a_clause_that_holds_a_statement_reports_all_of_it():
    doc = analyse("Gonzalez said he would fly to Miami alone next week, Castro said on Sunday.")
    by_cue = {(c["cue"]["text"], tuple(s["text"] for s in c["speakers"])): c["content"]["text"] for c in doc["claims"]}
    assert by_cue[("said", ("Castro",))].startswith("Gonzalez said he would fly")
    assert by_cue[("said", ("Gonzalez",))].startswith("he would fly")


def test_a_quote_with_its_own_tag_is_not_reported_again_by_a_later_tag():
    doc = analyse('The platform "tells voters they are not welcome," said Kristen Day, the magazine reports.')
    assert [c["speakers"][0]["text"] for c in doc["claims"] if c["cue"]["text"] == "reports"] == []


def test_clause_the_parser_hung_on_the_medium_noun():
    doc = analyse("Burton, the committee's chairman, said in a release he issued a subpoena to the boy.")
    assert [(c["cue"]["text"], c["content"]["text"]) for c in doc["claims"]] == [
        ("said", "he issued a subpoena to the boy")]


def test_relative_clause_of_the_medium_noun_stays_a_relative():
    doc = analyse("The mayor said in a letter he wrote last week that the budget was sound.")
    assert [c["cue"]["text"] for c in doc["claims"]] == ["wrote"]


def test_brand_with_the_name_given_parsed_as_an_adverb():
    doc = analyse("She branded the decision a disgrace.")
    assert [(c["cue"]["text"], c["content"]["text"]) for c in doc["claims"]] == [("branded", "the decision a disgrace")]


def test_brand_as_with_as_hung_on_the_object():
    doc = analyse("She branded the decision as a disgrace.")
    assert [c["content"]["text"] for c in doc["claims"]] == ["the decision as a disgrace"]


def test_that_clause_the_parser_took_for_a_relative_of_the_one_told():
    doc = analyse("Eddie Lutz told a Las Vegas radio station that Banks had been paid to lose.")
    assert [(c["cue"]["text"], c["content"]["text"]) for c in doc["claims"]] == [
        ("told", "that Banks had been paid to lose")]


def test_a_relative_clause_of_what_was_told_stays_a_relative():
    assert analyse("She told the story that she had heard from her mother.")["claims"] == []


def test_speakers_next_speech_act_in_the_past_after_a_modal_clause():
    doc = analyse("He claimed the union's demands would cost £4bn a year and accused the union of "
                  '"putting politics before patients".')
    assert [(c["cue"]["text"], c["content"]["text"]) for c in doc["claims"]] == [
        ("claimed", "the union's demands would cost £4bn a year"),
        ("accused", 'the union of "putting politics before patients"')]


def test_a_past_verb_after_said_may_be_the_contents():
    doc = analyse("She said she could not support him but understood why people did.")
    assert [c["content"]["text"] for c in doc["claims"]] == ["she could not support him but understood why people did"]


def test_clause_without_that_the_parser_took_for_a_relative_of_the_one_told():
    doc = analyse("Albright told the foreign minister the American people share in the profound sorrow of the "
                  "Tanzanians and said the United States will stay.")
    assert [(c["cue"]["text"], c["content"]["text"]) for c in doc["claims"]][0] == (
        "told", "the American people share in the profound sorrow of the Tanzanians")


def test_a_speaker_described_by_a_common_noun_told_inside_another_statement():
    text = "A former stable hand told the inquiry that he had seen the trainer dope a horse, according to a court record."
    claim = claim_with(text, "told")
    assert claim["speakers"][0]["text"] == "A former stable hand"


def test_a_nested_saying_by_a_described_speaker_with_an_auxiliary():
    doc = analyse("For the past two months, the boy's father has demanded that the boy be returned to him in Cuba, "
                  "and the U.S. government has said that father and son should be reunited.")
    assert ("has said", "the U.S. government", "that father and son should be reunited") in [
        (c["cue"]["text"], c["speakers"][0]["text"], c["content"]["text"]) for c in doc["claims"]]


def test_an_as_clause_saying_is_not_part_of_the_content_it_closes():
    doc = analyse("A company spokesman denied that the captain had been drinking, as some fishermen in the "
                  "area had alleged.")
    assert [c["content"]["text"] for c in doc["claims"] if c["cue"]["text"] == "denied"] == [
        "that the captain had been drinking"]
