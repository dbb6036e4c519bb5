"""Each news layout on a short hand-written text."""
import pytest

from conftest import analyse, check_offsets


def only(doc):
    assert len(doc["claims"]) == 1, [c["content"]["text"] for c in doc["claims"]]
    return doc["claims"][0]


def test_speaker_after_quote():
    c = only(analyse('"We will rebuild the bridge by spring," Mayor Anna Kowalski said.'))
    assert c["form"] == "direct" and c["cue"]["text"] == "said"
    assert c["speakers"][0]["name"] == "Anna Kowalski"
    assert c["content"]["fragments"][0]["text"] == "We will rebuild the bridge by spring,"


def test_speaker_in_the_middle_of_the_quote():
    text = '"The plan is ready," Anna Kowalski said. "We start work in March."'
    c = only(analyse(text))
    assert [f["text"] for f in c["content"]["fragments"]] == ["The plan is ready,", "We start work in March."]


def test_speaker_before_quote_with_colon():
    text = 'The senator, John Barlow, said: "Nobody in this town wants a new tax."'
    c = only(analyse(text))
    assert c["speakers"][0]["name"] == "John Barlow" or c["speakers"][0]["text"].endswith("senator")
    assert "Nobody in this town" in c["content"]["text"]


def test_colon_lead_in_previous_paragraph():
    text = "The New York Times reports:\n\n\"Fewer donors gave small sums to the campaign this year than in 2012.\""
    c = only(analyse(text))
    assert c["speakers"][0]["name"] == "New York Times"


def test_multi_paragraph_quote_and_cueless_paragraph():
    text = ('"We have a plan for the city," Anna Kowalski said.\n\n'
            '"It will take three years and a great deal of money, but we will do it."\n\n'
            'The council meets on Monday.')
    doc = analyse(text)
    assert len(doc["claims"]) == 2
    first, second = doc["claims"]
    assert second["cue"] is None and second["speakers"][0]["name"] == "Anna Kowalski"
    assert second["content"]["text"].startswith("It will take three years")


def test_reported_speech_that_clause():
    c = only(analyse("Anna Kowalski said that the bridge would open in May."))
    assert c["form"] == "indirect"
    assert c["content"]["text"] == "that the bridge would open in May"


def test_reported_speech_told_reporters():
    c = only(analyse("Anna Kowalski told reporters the bridge would open soon."))
    assert c["cue"]["lemma"] == "tell" and "the bridge would open soon" in c["content"]["text"]


def test_relative_clause_speaker():
    c = only(analyse("Anna Kowalski, who met the governor on Friday, has indicated that she will run again."))
    assert c["speakers"][0]["text"] == "Anna Kowalski"
    assert c["said_on"] is None


def test_participial_cue_inherits_subject():
    doc = analyse("John Barlow pledged to cut taxes, claiming he could balance the budget within a year.")
    cues = {c["cue"]["text"]: c for c in doc["claims"]}
    assert "claiming" in cues
    assert cues["claiming"]["speakers"][0]["name"] == "John Barlow"


def test_according_to():
    c = only(analyse("The factory will close in June, according to the union."))
    assert c["cue"]["text"] == "according to"
    assert c["speakers"][0]["text"] == "the union"
    assert c["content"]["text"].startswith("The factory will close in June")


def test_quote_inside_reported_speech_is_mixed():
    c = only(analyse('John Barlow suggested he had made "a little progress" on the budget.'))
    assert c["form"] == "mixed" and c["cue"]["class"] == "suggest"


def test_coordinated_speakers_give_one_entry_each():
    c = only(analyse("Both Vladimir Putin and the Kremlin have denied that such a call ever occurred."))
    assert [s["text"] for s in c["speakers"]] == ["Vladimir Putin", "the Kremlin"]


def test_nominal_cue():
    doc = analyse("John Barlow repeated his claim that the election was stolen.")
    c = [c for c in doc["claims"] if c["cue"]["lemma"] in ("claim", "repeat")][0]
    assert "the election was stolen" in c["content"]["text"]


def test_headline_and_byline_are_not_claims():
    text = "Barlow Says Taxes Will Fall\n\nBy Jane Doe\n\nJohn Barlow said taxes would fall next year."
    doc = analyse(text)
    assert len(doc["claims"]) == 1
    assert doc["claims"][0]["content"]["text"] == "taxes would fall next year"


def test_pronoun_resolves_to_previous_person_subject():
    text = "John Barlow spoke in Denver on Friday. He said the plant would reopen."
    c = only(analyse(text))
    assert c["speakers"][0]["name"] == "John Barlow" and c["speakers"][0]["resolution"] == "pronoun"


def test_surname_and_title_resolve_to_full_name():
    text = "Hillary Clinton spoke on Monday. Ms Clinton said the plan was sound. Clinton said she would return soon."
    doc = analyse(text)
    names = [(s["name"], s["resolution"]) for c in doc["claims"] for s in c["speakers"]]
    assert ("Hillary Clinton", "title") in names and ("Hillary Clinton", "alias") in names


def test_unresolved_pronoun_keeps_name_null():
    c = only(analyse("He said the plant would reopen."))
    assert c["speakers"][0]["name"] is None and c["speakers"][0]["resolution"] == "unresolved"


def test_unbalanced_quote_does_not_swallow_article():
    text = 'Anna Kowalski said "the plan is ready.\n\nJohn Barlow said that taxes would fall.'
    doc = analyse(text)
    check_offsets(text, doc)
    assert any(c["content"]["text"] == "that taxes would fall" for c in doc["claims"])


def test_parenthetical_tag_splits_the_content():
    c = only(analyse("The new bridge, Mayor Anna Kowalski said, will open in the spring."))
    assert c["speakers"][0]["name"] == "Anna Kowalski" and c["cue"]["text"] == "said"
    assert [f["text"] for f in c["content"]["fragments"]] == ["The new bridge", "will open in the spring"]


def test_trailing_tag_without_quotes():
    c = only(analyse("The deal was signed on Monday, officials said."))
    assert c["speakers"][0]["text"] == "officials"
    assert c["content"]["text"] == "The deal was signed on Monday"


def test_cue_keeps_its_auxiliaries_negation_and_adverbs():
    doc = analyse("Anna Kowalski has also said that the budget is too small. "
                  "John Barlow did not immediately respond to the claim that he had lied.")
    cues = [c["cue"]["text"] for c in doc["claims"]]
    assert "has also said" in cues


def test_quote_tag_with_a_second_subject_inside_the_quote():
    c = only(analyse('"The campaign is in trouble. Full panic mode," said Leslie Wimes, a county official.'))
    assert c["speakers"][0]["text"].startswith("Leslie Wimes")


def test_reported_clause_never_cuts_a_quote_in_half():
    c = only(analyse('Lynch said there remains a "significant difference in private practice and government," '
                     'when it comes to staffing.'))
    assert 'government,"' in c["content"]["text"]


def test_passive_report_names_the_reporter():
    c = only(analyse("The meeting was first reported by The Washington Post."))
    assert c["speakers"][0]["text"] == "The Washington Post" and c["cue"]["text"] == "was first reported"
    assert c["content"]["text"] == "The meeting"


def test_call_on_someone_to_act():
    c = only(analyse("Senator Mary Lee called on the administration to release the report."))
    assert c["content"]["text"] == "the administration to release the report"


def test_coordinated_cue_is_not_part_of_the_content():
    doc = analyse("Mayor Anna Kowalski said she would review the budget and warned against new taxes.")
    said = next(c for c in doc["claims"] if c["cue"]["lemma"] == "say")
    assert said["content"]["text"] == "she would review the budget"


def test_imperative_reports_nothing():
    assert analyse("Imagine that the council approved the budget.")["claims"] == []


def test_quote_tag_after_a_quote_ending_in_a_quote():
    c = only(analyse("\"I have always disliked the term 'outreach,' \" he told the group, adding nothing."))
    assert c["cue"]["text"] == "told" and c["speakers"][0]["text"] == "he"


def test_tag_with_a_second_clause_after_it():
    c = analyse('"You should be investigated," Warren told Stumpf, after he admitted he had not been held '
                'accountable.')["claims"][0]
    assert c["speakers"][0]["text"] == "Warren" and c["content"]["text"] == "You should be investigated,"


def test_second_cue_in_the_reported_clause_belongs_to_the_speaker():
    doc = analyse("China said it was opposed to the test and warned North Korea to stop.")
    warned = next(c for c in doc["claims"] if c["cue"]["lemma"] == "warn")
    assert warned["speakers"][0]["text"] == "China"


def test_words_leading_into_the_next_quote_are_not_a_tag():
    doc = analyse('Trump mocked him with the nickname "Lyin\' Ted." Trump called the senator a "nasty guy" '
                  'and "unstable."')
    called = next(c for c in doc["claims"] if c["cue"] and c["cue"]["lemma"] == "call")
    assert called["content"]["text"].startswith("the senator a")


def test_called_someone_a_name_with_two_predicates():
    doc = analyse('Cruz called Trump a "pathological liar" who is "utterly amoral."')
    assert doc["claims"][0]["content"]["text"].startswith("Trump a")


def test_nominal_cue_holder_is_the_subject_of_its_verb():
    doc = analyse("The agency has questions about the company's tax returns. "
                  "The mayor has faced questions about the budget.")
    holders = [[s["text"] for s in c["speakers"]] for c in doc["claims"]]
    assert holders == [["The agency"], []]


def test_impressions_and_unnamed_askers_have_no_speaker():
    import claimx
    from claimx.engine import Config
    from claimx.models import to_dict

    doc = to_dict(claimx.extract("The mayor seems to have left the city. Asked about the budget, the mayor said "
                                 "it was fine.", date="2024-12-27", config=Config(scope="all")))
    seems = next(c for c in doc["claims"] if c["cue"]["lemma"] == "seem")
    assert seems["speakers"] == []
    asked = [c for c in doc["claims"] if c["cue"]["lemma"] == "ask"]
    assert all(c["speakers"] == [] for c in asked)


def test_infinitive_cue_starts_at_its_governing_verb():
    c = only(analyse("Anna Kowalski went on to say that the bridge would open in May."))
    assert c["cue"]["text"] == "went on to say" and c["cue"]["lemma"] == "say"


def test_cue_keeps_an_adverb_after_it_and_skips_no_break_spaces():
    doc = analyse("Anna Kowalski has\u00a0acknowledged that the budget is too small. "
                  "John Barlow wrote back that he disagreed.")
    assert [c["cue"]["text"] for c in doc["claims"]] == ["has\u00a0acknowledged", "wrote back"]


def test_subordinate_clause_keeps_its_subject_and_appeared_to_suggest_is_the_speakers():
    import claimx
    from claimx.engine import Config
    from claimx.models import to_dict

    doc = to_dict(claimx.extract("The party may calm down now that Cruz has endorsed Trump. He appeared to "
                                 "suggest that the veterans were weak.", date="2024-12-27", config=Config(scope="all")))
    speakers = {c["cue"]["text"]: [s["text"] for s in c["speakers"]] for c in doc["claims"]}
    assert speakers["has endorsed"] == ["Cruz"]
    assert any(v == ["He"] for k, v in speakers.items() if "suggest" in k or "appeared" in k)


def speakers_of(doc):
    return [[s["text"] for s in c["speakers"]] for c in doc["claims"]]


def test_name_before_a_parenthetical_when_the_parse_loses_it():
    doc = analyse("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that "
                  "he spoke with Mr. Sanders on Tuesday.")
    assert speakers_of(doc) == [["Senator Harry Reid"]]


def test_inverted_tag_whose_speaker_a_relative_clause_took():
    doc = analyse('"We should leave town," said the woman, who like many here did not want to be named.')
    assert speakers_of(doc)[0] == ["the woman"]


def test_sentence_initial_said_is_not_part_of_the_speaker():
    doc = analyse("The plan is complicated. Said Ellis: \u201cI don\u2019t think she cares about tax reform.\u201d")
    assert speakers_of(doc) == [["Ellis"]]


def test_fronted_tag_with_a_title_before_the_name():
    doc = analyse('The minister spoke on Monday.\n\nSaid Mr. Hale: "There is no such plan."')
    assert speakers_of(doc)[-1] == ["Mr. Hale"]
    assert doc["claims"][-1]["cue"]["text"] == "Said"


def test_fronted_tag_the_tagger_reads_as_a_name():
    doc = analyse('Saddam spoke on the radio. Replied State Department spokesman Richard Boucher, "It appears '
                  'to be another example of his rhetoric."')
    claim = doc["claims"][-1]
    assert claim["cue"]["text"] == "Replied" and claim["cue"]["lemma"] == "reply"
    assert [s["text"] for s in claim["speakers"]] == ["State Department spokesman Richard Boucher"]


def test_that_said_is_no_attribution():
    doc = analyse("That said, young voters say they believe success will take a lifetime of effort.")
    assert [c["cue"]["text"] for c in doc["claims"]] == ["say"]
    assert speakers_of(doc) == [["young voters"]]


def test_dateline_is_not_the_speaker():
    doc = analyse("WASHINGTON -- President Obama, opening the new museum on Saturday, said it would tell "
                  "an American story.")
    assert speakers_of(doc) == [["President Obama"]]


def test_participle_before_a_passive_clause_keeps_its_speaker():
    doc = analyse("After saying her foot was badly swollen, she was taken to the hospital for tests.")
    assert speakers_of(doc) == [["she"]]


def test_a_published_message_speaks_for_its_publisher():
    doc = analyse("Trump released a video that said the courses would make students rich.")
    assert speakers_of(doc) == [["Trump"]]


def test_words_after_a_quote_with_their_own_that_clause_are_no_tag():
    doc = analyse('Kerr Putney, the police chief, said the footage did not give "definitive visual evidence," '
                  'but he said that other evidence "supports what we\'ve heard" about the shooting.')
    assert speakers_of(doc) == [["Kerr Putney"], ["he"]]
    assert doc["claims"][1]["content"]["text"].startswith("that other evidence")


def test_longer_dateline_is_not_the_speaker():
    doc = analyse("Clinton courts workers.\n\nBUENA PARK, Calif. - Rallying hundreds of service workers, "
                  "Hillary Clinton promised last week to raise wages.")
    assert speakers_of(doc) == [["Hillary Clinton"]]


def test_a_share_of_respondents_speaks_through_its_poll():
    doc = analyse("In a poll conducted by the New York Times and ABC News, just 28 percent of voters said "
                  "they trusted her.")
    assert speakers_of(doc) == [["a poll"]]


@pytest.mark.parametrize("text, cue, value", [
    ("Putin has also said on Sunday that he is ready to talk.", "has also said", "2024-12-22"),
    ("The minister did not say on Tuesday whether the talks would resume.", "did not say", "2024-12-24"),
    ("The Kremlin flatly denied on Friday that any call took place.", "flatly denied", "2024-12-27"),
    ("Trump said on Monday that the deal was done.", "said", "2024-12-23"),
])
def test_said_on_hangs_off_the_cue_verb_whatever_comes_before_it(text, cue, value):
    doc = analyse(text, date="2024-12-27")
    claim = doc["claims"][0]
    assert claim["cue"]["text"] == cue
    assert claim["said_on"] is not None and claim["said_on"]["value"] == value


def test_a_date_in_the_content_is_not_when_it_was_said():
    claim = analyse("Putin has also said that he met Trump on Sunday.")["claims"][0]
    assert claim["said_on"] is None and [d["value"] for d in claim["dates"]] == ["2024-12-22"]


@pytest.mark.parametrize("text, said_on", [
    ('"Our army is the strongest," the president claimed, pointing to recent gains in the east.', None),
    ("The company reported a loss of $5 million, compared with a year-earlier profit of $2 million.", None),
    ('"We will win," the senator said at Monday\'s debate in Ohio.', "Monday"),
    ('"It is over," she said in a recent interview.', "recent"),
])
def test_a_date_describing_a_noun_is_when_it_was_said_only_for_the_occasion(text, said_on):
    claim = analyse(text, date="2024-12-27")["claims"][0]
    assert (claim["said_on"] or {}).get("text") == said_on


@pytest.mark.parametrize("text, speaker", [
    ('The manager was asked about the striker.\n\n"I won\'t talk about other clubs\' players," the 52-year-old said. '
     '"It would not be fair."', "the 52-year-old"),
    ('"I understand the anger, I really do," the 51-year-old said.', "the 51-year-old"),
])
def test_an_age_description_after_a_quote_is_its_speaker_not_part_of_it(text, speaker):
    claim = next(c for c in analyse(text)["claims"] if c["cue"]["text"] == "said")
    assert [s["text"] for s in claim["speakers"]] == [speaker]
    assert all(speaker not in f["text"] for f in claim["content"]["fragments"])


def test_a_uk_quote_run_is_one_claim_of_its_speaker():
    doc = analyse('"We will not be bullied. "This is a matter for the courts. "We have done nothing wrong," '
                  'a spokesman for the company said.')
    assert len(doc["claims"]) == 1
    claim = doc["claims"][0]
    assert claim["content"]["text"].startswith("We will not be bullied.") and claim["content"]["text"].endswith("wrong,")
    assert claim["speakers"][0]["text"].startswith("a spokesman")


@pytest.mark.parametrize("text, content", [
    ("LONDON, March 3 - The economy is slowing down sharply, the Bank of England said on Tuesday.",
     "The economy is slowing down sharply"),
    ("BRUSSELS, Dec 3 (Reuters) - Sanctions would stay in place until the summer, diplomats said.",
     "Sanctions would stay in place until the summer"),
    ("WASHINGTON (AP) _ The Senate will vote on the bill next week, Majority Leader Bob Dole said Friday.",
     "The Senate will vote on the bill next week"),
])
def test_a_dateline_is_not_part_of_the_first_claim(text, content):
    doc = analyse(text)
    assert doc["claims"][0]["content"]["text"] == content


@pytest.mark.parametrize("text, speaker", [
    ("MUMBAI: The opposition party on Tuesday alleged that thousands of voters had been struck off the rolls.",
     "The opposition party"),
    ("ROME, Aug. 13 _ Italy's Foreign Ministry today issued a firm denial of reports that a ransom was paid.",
     "Italy's Foreign Ministry"),
])
def test_a_colon_or_underscore_dateline_is_no_speaker(text, speaker):
    doc = analyse(text)
    assert [[s["text"] for s in c["speakers"]] for c in doc["claims"]] == [[speaker]]


def test_a_transcript_label_is_no_colon_dateline():
    doc = analyse("HOST: Do you think the deal will hold up in Congress next year?\n\n"
                  "SMITH: I think it will be very strong, believe me, very strong.")
    assert [[s["text"] for s in c["speakers"]] for c in doc["claims"]] == [["HOST"], ["SMITH"]]


def test_a_datelines_date_is_not_when_it_was_said():
    doc = analyse("BRUSSELS, Dec 3 (Reuters) - European leaders agreed that the sanctions would stay.", date="2024-12-03")
    assert doc["claims"][0]["said_on"] is None


@pytest.mark.parametrize("text, content", [
    ("Analysts at Goldman Sachs said in a note they expected the group to cut output.",
     "they expected the group to cut output"),
    ("She said in an interview on Sunday she would run again.", "she would run again"),
    ("He said in March the economy would recover.", "in March the economy would recover"),
])
def test_the_medium_named_after_the_cue_is_not_part_of_the_content(text, content):
    assert analyse(text)["claims"][0]["content"]["text"] == content


def test_a_verb_the_parser_made_the_subject_gives_way_to_its_own_subject():
    # the parse of "Mrs. Clinton, the favorite to win the election come November, proposed ...":
    # "come" the subject of "proposed", "Clinton" the subject of "come"
    from spacy.tokens import Doc

    from claimx.stages import pipeline
    from claimx.stages.attribution.subjects import subject_of

    words = ["Mrs.", "Clinton", ",", "the", "favorite", "to", "win", "the", "election", "come", "November", ",",
             "proposed", "to", "act", "."]
    heads = [1, 9, 1, 4, 1, 6, 4, 8, 6, 12, 9, 9, 12, 14, 12, 12]
    deps = ["compound", "nsubj", "punct", "det", "appos", "aux", "relcl", "det", "dobj", "nsubj", "npadvmod", "punct",
            "ROOT", "aux", "xcomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT", "VERB",
           "PART", "VERB", "PUNCT"]
    doc = Doc(pipeline.load_pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[12]).text == "Clinton"


def _speaker_of(doc, cue):
    c = next(c for c in doc["claims"] if c["cue"] and c["cue"]["text"] == cue)
    return [s["text"] for s in c["speakers"]]


def test_participle_on_the_addressee_belongs_to_the_sender():
    doc = analyse("The mayor wrote residents saying the works would end in May.")
    assert _speaker_of(doc, "saying") == ["The mayor"]
    doc = analyse("The neighbours filed papers alleging the builder had lied.")
    assert _speaker_of(doc, "alleging") == ["The neighbours"]
    doc = analyse("The firm released a statement saying it had sold the plant.")
    assert _speaker_of(doc, "saying") == ["a statement"]  # a writing still speaks for itself


def test_finite_conjunct_of_a_nouns_infinitive_keeps_the_sentence_subject():
    doc = analyse("Mr. Barlow attacked the mayor for her refusal to cut fees and called for her to resign.")
    assert _speaker_of(doc, "called for") == ["Mr. Barlow"]


def test_participle_after_a_comma_skips_a_reduced_relative():
    doc = analyse("Ms. Kowalski welcomed the pupils chosen for the visit, assuring them that the trip was safe.")
    assert _speaker_of(doc, "assuring") == ["Ms. Kowalski"]


def test_opening_participle_hung_on_the_quote_belongs_to_the_tag():
    doc = analyse('Stressing the cost, Barlow said, "If we wait, we are not going to have a bridge."')
    assert _speaker_of(doc, "Stressing") == ["Barlow"]


def test_nameless_concern_inside_a_reported_clause_is_the_speakers():
    doc = analyse("There is deep concern about the safety of the old bridge and the tunnel, the engineer John Barlow stated.")
    assert [c["cue"]["text"] for c in doc["claims"]] == ["stated"]
    assert doc["claims"][0]["content"]["text"].startswith("There is deep concern")


def test_quote_with_its_own_tag_after_a_tagged_quote_is_its_own():
    doc = analyse('"We must wait," said Sen. Anna Kowalski. "We cannot wait," added Rep. John Barlow.')
    assert [(c["content"]["text"], c["speakers"][0]["name"]) for c in doc["claims"]] == [
        ("We must wait,", "Anna Kowalski"), ("We cannot wait,", "John Barlow")]


def test_that_as_a_pronoun_before_a_tag_is_no_that_clause():
    from claimx.engine import Config, extract
    from claimx.models import to_dict
    doc = to_dict(extract("Kowalski spoke on Sunday. The city would never accept that from a builder, she said.",
                          config=Config(scope="all")))
    c = next(c for c in doc["claims"] if c["cue"]["text"] == "said")
    assert c["content"]["text"] == "The city would never accept that from a builder"
    assert c["speakers"][0]["name"] == "Kowalski"


def test_it_before_a_participle_is_the_object_not_the_speaker():
    from claimx.engine import Config, extract
    from claimx.models import to_dict
    doc = to_dict(extract("Barlow found the old post. He shared it imagining he was sharing one of his own remarks.",
                          config=Config(scope="all")))
    assert _speaker_of(doc, "imagining") == ["He"]


def test_the_names_a_group_subject_includes_speak_too():
    doc = analyse("Several councillors, including Mayor Tom Hale and Ann Lee, said the plan was wrong.")
    assert _speaker_of(doc, "said") == ["Several councillors", "Mayor Tom Hale", "Ann Lee"]


def test_a_closing_dash_read_as_the_subject_gives_the_word_before_the_aside():
    doc = analyse("The council offered two options.\n\nBarlow _ perhaps under pressure from the board _ has "
                  "indicated he does not want to move to Leeds, and there is no way the staff will help.")
    assert _speaker_of(doc, "has indicated") == ["Barlow"]


def test_a_name_with_a_preposition_is_the_whole_mention():
    c = only(analyse("The Bank of England said rates would rise."))
    assert c["speakers"][0]["text"] == "The Bank of England"


def test_a_tag_between_two_quotes_after_a_full_stop_introduces_the_second():
    text = ('The coach said, "We played well in the first half." Later, the coach added, '
            '"The referee made two bad calls."')
    doc = analyse(text)
    by_cue = {c["cue"]["text"]: c["content"]["text"] for c in doc["claims"]}
    assert by_cue["said"] == "We played well in the first half."
    assert by_cue["added"] == "The referee made two bad calls."


def test_a_headline_denial_by_a_named_speaker_is_a_claim():
    text = "Club denies reports of takeover\n\nBy Jane Doe\n\nThe club said talks had not taken place."
    doc = analyse(text)
    assert [c["cue"]["text"] for c in doc["claims"]] == ["denies", "said"]
    assert doc["claims"][0]["kind"] == "denial"


def test_a_headline_denying_it_is_not_a_claim():
    text = "Club denies it\n\nThe club said talks had not taken place."
    assert [c["cue"]["text"] for c in analyse(text)["claims"]] == ["said"]
