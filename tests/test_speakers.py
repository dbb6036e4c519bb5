"""Speaker identity: each rule of the speakers stage on a short text of our own (UK web news,
wire copy), and the document's entity list."""
import pytest

from conftest import analyse


def speakers_of(text, cue=None):
    doc = analyse(text)
    claims = [c for c in doc["claims"] if cue is None or (c["cue"] and c["cue"]["text"] == cue)]
    return [s for c in claims for s in c["speakers"]], doc


def only(text, cue=None):
    found, _ = speakers_of(text, cue)
    assert len(found) == 1, found
    return found[0]


def test_a_pronoun_agrees_in_gender():
    text = ("Theresa May met Boris Johnson in Downing Street on Monday. "
            "She said that the talks had been constructive.")
    assert only(text)["name"] == "Theresa May"


def test_honorifics_give_gender():
    text = ("Mrs Thatcher and Mr Heseltine left the meeting together. "
            "He said that he would stand for the leadership.")
    assert only(text)["name"] == "Heseltine"


def test_they_refers_to_an_organisation_not_a_place():
    text = ("HONG KONG (Reuters) - Cathay Pacific Airways said on Tuesday that it would cut 600 jobs. "
            "They said the cuts were needed because of falling demand in Hong Kong.")
    found, _ = speakers_of(text)
    assert found[-1]["text"] == "They" and found[-1]["name"] == "Cathay Pacific Airways"


def test_a_spokesman_for_a_company_is_unnamed_with_an_affiliation():
    spk = only("\"We take these reports very seriously,\" a spokesman for Netcraft said.")
    assert spk["name"] is None and spk["entity"] is None
    assert spk["affiliation"]["name"] == "Netcraft"


@pytest.mark.parametrize("text, affiliation", [
    ("A Kremlin spokesman said that no meeting had been planned.", "Kremlin"),
    ("Labour officials said the vote would go ahead.", "Labour"),
    ("An IBM spokeswoman said the company had stopped shipping the product.", "IBM"),
])
def test_an_unnamed_speaker_keeps_the_affiliation_the_mention_gives(text, affiliation):
    spk = only(text)
    assert spk["name"] is None and spk["affiliation"]["name"] == affiliation


def test_an_indefinite_description_is_never_given_a_nearby_name():
    text = ("Prime Minister Theresa May visited the factory on Friday. "
            "A source close to the talks said that a deal was unlikely before the summer.")
    spk = only(text, "said")
    assert spk["name"] is None


def test_a_definite_description_needs_the_text_to_have_described_that_way():
    text = ("Foreign Secretary Boris Johnson arrived in Brussels on Monday. "
            "The foreign secretary said that Britain would not pay the bill.")
    spk = only(text, "said")
    assert spk["name"] == "Boris Johnson" and spk["resolution"] == "description"


def test_an_age_must_match_an_age_written_before():
    text = ("Jeremy Corbyn, 68, spoke at the rally. Theresa May, 61, stayed in London. "
            "The 61-year-old said that the election would be close.")
    assert only(text, "said")["name"] == "Theresa May"


def test_a_name_written_only_later_is_not_used():
    text = ("The spokesman said the company would appeal. "
            "Later that day John Smith, the company's spokesman, left the building.")
    assert only(text, "said")["name"] is None


def test_a_name_in_the_same_sentence_is_used():
    spk = only("\"We will appeal,\" said a spokesman, John Smith.")
    assert spk["name"] == "John Smith"


def test_a_title_alone_is_never_a_name():
    text = "The Secretary said that the budget would be cut by ten percent."
    spk = only(text)
    assert spk["name"] != "Secretary"


def test_titles_are_not_part_of_the_name():
    spk = only("Secretary of State James Baker said that the sanctions would stay.")
    assert spk["name"] == "James Baker" and spk["resolution"] == "title"


def test_an_acronym_defined_in_the_text_is_that_organisation():
    text = ("Ministers of the Organization of Petroleum Exporting Countries (OPEC) met in Vienna. "
            "OPEC said on Tuesday that output would stay unchanged.")
    spk = only(text, "said")
    assert spk["name"] == "Organization of Petroleum Exporting Countries" and spk["resolution"] == "alias"


def test_a_company_is_named_by_its_legal_name():
    text = ("Intel Corp. said its chips were flawed. "
            "Intel said it would replace them free of charge.")
    found, doc = speakers_of(text)
    assert [s["name"] for s in found] == ["Intel Corp.", "Intel Corp."]
    assert found[0]["entity"] == found[1]["entity"]


@pytest.mark.parametrize("text, name", [
    ("Moscow denied that its troops had crossed the border.", "Moscow"),
    ("Russia said that the talks would continue in Geneva.", "Russia"),
])
def test_a_place_speaks_as_its_government(text, name):
    spk = only(text)
    assert spk["name"] == name and spk["label"] == "GPE"


def test_a_surname_joins_the_full_name_and_the_entity_list_groups_claims():
    text = ("Vladimir Putin said on Thursday that he was ready to talk. "
            "\"We are open to negotiations,\" Putin told reporters. "
            "A Kremlin spokesman said no date had been set.")
    found, doc = speakers_of(text)
    named = [s for s in found if s["name"] == "Vladimir Putin"]
    assert len(named) == 2 and len({s["entity"] for s in named}) == 1
    putin = next(e for e in doc["entities"] if e["name"] == "Vladimir Putin")
    assert putin["label"] == "PERSON" and putin["gender"] == "male" and "Putin" in putin["aliases"]
    assert putin["claims"] == 2
    kremlin = next(e for e in doc["entities"] if e["name"] == "Kremlin")
    assert kremlin["claims"] == 0  # named as an affiliation, not a speaker


def test_a_person_with_another_title_is_another_person():
    text = ("Iraqi President Saddam Hussein called for a holy war. "
            "King Hussein of Jordan said that he had no message from Baghdad.")
    spk = only(text, "said")
    assert spk["name"] == "Hussein"


def test_a_name_set_off_by_commas_names_any_common_noun():
    # "engineer" is in no role list; the apposition alone names the speaker, and "He" then follows
    found, _ = speakers_of("The city engineer, Tom Hale, denied that the bridge was safe. "
                           "He said last week that cracks had been found.")
    assert [(s["text"], s["name"], s["resolution"]) for s in found] == [
        ("The city engineer", "Tom Hale", "description"), ("He", "Tom Hale", "pronoun")]


def test_a_compound_before_a_common_noun_is_no_name():
    spk = only("The Clinton foundation said that the grant had been returned.")
    assert spk["name"] != "Clinton"


def test_a_headline_verb_is_not_part_of_the_name():
    text = ("Obama Says the Museum Will Tell of Suffering\n\n"
            "President Obama said on Saturday that the museum told a story of suffering.")
    _, doc = speakers_of(text)
    assert "Obama Says" not in [e["name"] for e in doc["entities"]]
    assert any(e["name"] == "Obama" for e in doc["entities"])


@pytest.mark.parametrize("text, name", [
    ("Anna Berg is an economist who has argued that taxes must fall.", "Anna Berg"),
    ("Tom Hale incites anger and is a serial liar and birther who has pledged to ban all cars.", "Tom Hale"),
])
def test_a_relative_clause_on_what_someone_is_speaks_for_that_someone(text, name):
    assert only(text)["name"] == name


@pytest.mark.parametrize("text, name", [
    ("Elian's great-uncle, Lazaro Gonzalez, met reporters. Elian's great-uncle said the battle would go on.",
     "Lazaro Gonzalez"),
    ("Elian's father, Juan Miguel Gonzalez, arrived on Friday. Elian's father said the boy should go home.",
     "Juan Miguel Gonzalez"),
])
def test_a_relation_written_beside_a_name_is_that_person_later(text, name):
    assert only(text, "said")["name"] == name



def test_a_possessive_pronoun_gives_an_unnamed_speaker_its_affiliation():
    text = ("Acme Widgets Inc. lost the case on Monday. "
            "Its lawyers said that the company would appeal the ruling.")
    spk = only(text, "said")
    assert spk["name"] is None and spk["affiliation"]["name"] == "Acme Widgets Inc."


def test_an_honorific_keeps_a_surname_from_a_relative_of_the_other_sex():
    text = ("Hillary Clinton arrived in Little Rock on Friday. Bill Clinton joined the rally later. "
            "Mrs. Clinton said that the campaign would go on.")
    assert only(text, "said")["name"] == "Hillary Clinton"


def test_a_name_set_off_by_commas_after_a_numeral_names_it():
    text = ("Two nurses spoke to reporters outside the hospital. "
            "One of them, Mary Cole, said that the ward had been closed.")
    assert only(text, "said")["name"] == "Mary Cole"


def test_a_title_with_of_the_describes_the_person():
    text = ("Director of the National Weather Service John Doe said that the storm had passed. "
            "The weather service chief said that more rain was expected.")
    found, _ = speakers_of(text)
    assert [s["name"] for s in found] == ["John Doe", "John Doe"]


def test_a_possessor_before_a_surname_is_not_part_of_the_name():
    text = "Maria Lopez, a historian at Oxford, spoke first. Oxford's Lopez said that the archive was closed."
    assert only(text, "said")["name"] == "Maria Lopez"


def test_a_person_read_into_an_organisation_name_is_that_person():
    text = "Sky News Sean Hannity said that the race was close."
    assert only(text, "said")["name"] == "Sean Hannity"


def test_a_definite_description_never_used_before_stands_for_the_person_in_focus():
    text = ("Governor Mark Benson toured the plant on Friday. Benson said that the jobs would stay. "
            "The candidate said that he expected to win the state.")
    assert speakers_of(text)[0][-1]["name"] == "Mark Benson"


@pytest.mark.parametrize("text", [
    # a spokesman, lawyer or relative is someone else
    "Ann Lee said that the plant would close. Lee spoke in Leeds. The spokesman said that talks would go on.",
    # a person named once in passing is not in focus
    "Tom Hale, a voter in Leeds, said that he was angry. The nominee said that the plant would stay.",
    # a president is not the foreign minister
    "President Tom Hale arrived in Paris. Hale said the talks went well. The foreign minister said that no deal was near.",
])
def test_a_definite_description_is_not_given_to_someone_it_cannot_be(text):
    assert speakers_of(text)[0][-1]["name"] is None


def test_a_title_abbreviation_describes_its_office():
    text = "Sen. Ann Lee visited the school on Monday. The senator said that the budget would be cut."
    assert only(text, "said")["name"] == "Ann Lee"


@pytest.mark.parametrize("text", [
    "Tom Hale and Ann Lee met in Leeds on Monday. They said that the plant would stay open.",
    "Tom Hale and Ann Lee said that the plant would stay open.",
    "Two owners, Tom Hale and Ann Lee, said that the plant would stay open.",
])
def test_a_mention_of_two_people_gives_each_of_them(text):
    found, doc = speakers_of(text)
    assert sorted(s["name"] for s in found) == ["Ann Lee", "Tom Hale"]
    assert {e["name"]: e["claims"] for e in doc["entities"]} == {"Tom Hale": 1, "Ann Lee": 1}



def test_they_after_a_list_with_others_is_the_named_members():
    text = "Acme Corp., Widget Inc. and others say the rules are unfair. The real problem, they said, is the tax."
    found, _ = speakers_of(text)
    they = [s for s in found if s["text"] == "they"]
    assert sorted(s["name"] for s in they if s["name"]) == ["Acme Corp.", "Widget Inc."]
    assert [s["resolution"] for s in they if not s["name"]] == ["unresolved"]  # "and others"


def test_a_royal_title_is_not_given_to_an_untitled_namesake():
    # the king is only ever "Hussein"; a bare "Hussein" later is him, and so is the "He" after it
    text = ("Iraq's Saddam Hussein called the offer a trick. Bush met King Hussein of Jordan on Thursday. "
            "Saddam later said that he would not give in. \"We have no message,\" Hussein said. "
            "He said that the port was closed.")
    found, _ = speakers_of(text)
    assert [s["name"] for s in found[-2:]] == ["Hussein", "Hussein"]


def test_a_surname_alone_is_not_the_namesake_the_writer_calls_by_first_name():
    text = ("Tom Baker arrived in Leeds with his son, Sam Baker, on Monday. Sam played in the garden. "
            "\"We are happy here,\" Baker said.")
    found, _ = speakers_of(text)
    assert found[-1]["name"] == "Tom Baker"


def test_a_first_name_inside_a_quote_does_not_set_a_namesake_apart():
    text = ("Bill Clinton spoke on Monday. Hillary Clinton arrived later. "
            "\"Hillary was tired,\" an aide said. Clinton said that the trip had gone well.")
    found, _ = speakers_of(text)
    assert found[-1]["name"] == "Hillary Clinton"


def test_a_department_named_by_its_first_word_is_that_department():
    text = ("The Justice Department is reviewing the case. "
            "But talks have been renewed, a Justice official said on Thursday.")
    spk = only(text, "said")
    assert spk["name"] is None and spk["affiliation"]["name"] == "Justice Department"


def test_a_body_named_before_with_a_name_is_the_affiliation_of_its_officials():
    text = ("The Baker administration faces new questions over the plan. "
            "The decision was made last week, administration officials said.")
    spk = only(text, "said")
    assert spk["name"] is None and spk["affiliation"]["name"] == "Baker administration"


def test_a_speaker_inside_what_another_said_is_no_antecedent():
    text = ("Tom Hale said that he had not seen the video in which his son said he wanted to stay. "
            "He insisted that the boy wanted to go home.")
    found, _ = speakers_of(text)
    assert found[-1]["text"] == "He" and found[-1]["name"] == "Tom Hale"


def test_a_relation_written_before_a_name_without_an_owner_is_that_person_later():
    text = ("The court would not name great-uncle Tom Baker as the boy's guardian. "
            "Sam's great-uncle said that the family would appeal.")
    assert only(text, "said")["name"] == "Tom Baker"


def test_a_relation_is_not_given_to_a_person_described_with_another_owner():
    text = ("One of the family's lawyers, Tom Baker, spoke first. "
            "Sam's family said that it would sue the city.")
    assert only(text, "said")["name"] is None


@pytest.mark.parametrize("text, name", [
    ("Retired surgeon Ben Carson spoke in Iowa. Carson said that the campaign was strong.", "Ben Carson"),
    ("Vice President Al Gore spoke in Iowa. Gore said that the campaign was strong.", "Al Gore"),
])
def test_a_first_name_spelt_like_a_particle_is_a_first_name(text, name):
    assert only(text, "said")["name"] == name


def test_a_headline_verb_inside_a_name_ends_it():
    # the tagger reads "Lopez Says He Never Met" as one person's name
    from claimx.stages import pipeline
    from claimx.stages.speakers.entities import Entities
    doc = pipeline.load_pipeline()("Lopez Says He Never Met The Mayor.\n\nCarlos Lopez spoke on Monday in Ohio.")
    names = [n for e in Entities(doc).entities for n in e.names]
    assert "Lopez" in names and not any("Says" in n for n in names)


def test_a_name_before_a_body_is_the_affiliation_not_the_speaker():
    text = ("Hillary Clinton spoke in Ohio on Monday. "
            "A Clinton campaign official said that the video had not been planned.")
    spk = only(text, "said")
    assert spk["name"] is None and spk["affiliation"]["name"] == "Clinton campaign"


def test_a_surname_tagged_as_a_noun_is_still_the_person():
    # the small model tags the second "Hannity" as a common noun
    text = ("At the convention, Sky News Sean Hannity asked the governor about the vote. "
            "Hannity said that the race was close.")
    assert only(text, "said")["name"] == "Sean Hannity"


@pytest.mark.parametrize("text, name", [
    ("Tesco said sales had fallen. The supermarket said it would cut prices.", "Tesco"),
    ("Qantas said it would add flights to Bombay. The airline said demand was strong.", "Qantas"),
])
def test_a_definite_description_of_a_body_stands_for_the_body_in_focus(text, name):
    found, _ = speakers_of(text, "said")
    assert [s["name"] for s in found] == [name, name]


def test_a_possessed_description_of_a_body_is_not_the_body_in_focus():
    text = "The Labour Party said the vote was close. Smith's team said it was confident."
    found, _ = speakers_of(text, "said")
    assert found[-1]["name"] is None


def test_a_pronoun_may_take_the_only_person_of_its_sex_named_just_before_in_any_position():
    found, _ = speakers_of("Boris Johnson met Angela Merkel in Berlin. She said the talks had been useful.")
    assert [s["name"] for s in found] == ["Angela Merkel"]
    found, _ = speakers_of("Boris Johnson met Angela Merkel and Theresa May in Berlin. She said the talks had been useful.")
    assert [s["name"] for s in found] == [None]


@pytest.mark.parametrize("text", [
    "A White House spokesman, Marlin Fitzwater, denied that the administration had asked for a delay.\n"
    "The bill's sponsor, Rep. Richard Gephardt, said he expected the House to pass it next month.",
    "The White House has said it opposes the bill.\n\nHouse Speaker Paul Ryan said the vote would be close. "
    "Hillary Clinton backed the bill. She said it was overdue.",
])
def test_a_body_written_with_the_is_never_made_a_person(text):
    _, doc = speakers_of(text)
    assert all(e["label"] != "PERSON" or "House" not in e["name"] for e in doc["entities"])


@pytest.mark.parametrize("text, mention, name", [
    ('Margaret Ellis, 71, has lived by the river all her life. "It came too late," Mrs Ellis said.',
     "Mrs Ellis", "Margaret Ellis"),
    ('Health Secretary Helen Marsh visited the hospital. "This was reckless," Ms Marsh said.', "Ms Marsh", "Helen Marsh"),
    ('Rachel Hume, a hydrologist, studied the floods. "The town cannot be left to flood," Dr Hume said.',
     "Dr Hume", "Rachel Hume"),
])
def test_an_honorific_without_a_full_stop_names_the_person_written_before(text, mention, name):
    claim = analyse(text)["claims"][-1]
    assert [(s["text"], s["name"], s["resolution"]) for s in claim["speakers"]] == [(mention, name, "title")]


@pytest.mark.parametrize("text, affiliation", [
    ("Anna Pryce called for an inquiry. A Conservative MP said the plan was flawed.", "Conservative"),
    ("The Labour MP said the claims raised serious questions.", "Labour"),
])
def test_a_party_mp_is_a_description_with_the_party_as_affiliation_not_a_name(text, affiliation):
    speaker = analyse(text)["claims"][-1]["speakers"][0]
    assert speaker["name"] is None and speaker["affiliation"]["name"] == affiliation


@pytest.mark.parametrize("text, name", [
    ("Avon and Somerset Police said it was working to recover further assets.", "Avon and Somerset Police"),
    ("The Pharmacy and Poisons Board said the union's account was wrong.", "Pharmacy and Poisons Board"),
])
def test_an_organisation_named_with_and_keeps_its_whole_name(text, name):
    assert analyse(text)["claims"][0]["speakers"][0]["name"] == name


def test_a_plural_noun_capitalized_at_a_sentence_start_is_no_name():
    speaker = analyse("Neighbours said they had called the police six times.")["claims"][0]["speakers"][0]
    assert speaker["name"] is None
    company = analyse("Dataproducts Corp. makes printers.\n\nDataproducts has said it is not for sale.")
    assert company["claims"][0]["speakers"][0]["name"] == "Dataproducts Corp."
