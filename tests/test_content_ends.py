"""Where a content ends: the writer's asides after it are not the speaker's words, and a second
that-clause of the same saying is."""
import claimx
from claimx.engine import Config
from claimx.models import to_dict


def content_of(text, cue):
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["cue"] and c["cue"]["text"], c["content"]["text"]) for c in claims]
    return found[0]["content"]["text"]


def test_an_apposition_closing_an_infinitive_is_the_writers():
    assert content_of("The council has agreed to sell the old depot, a listed building.", "has agreed") == \
        "to sell the old depot"


def test_a_participle_closing_an_infinitive_is_the_writers():
    assert content_of("The airline plans to cut 200 jobs, sending its shares higher.", "plans") == "to cut 200 jobs"


def test_a_second_that_clause_is_said_too():
    text = ("The minister announced that the bank was careless with its records and would face a fine, "
            "but that its conduct was not a crime.")
    assert content_of(text, "announced").endswith("but that its conduct was not a crime")


def test_a_subject_the_parser_hung_on_the_cue_starts_the_content():
    text = "The chief executive said closure of the plant, first announced in spring, will save money."
    assert content_of(text, "said") == "closure of the plant, first announced in spring, will save money"


def test_according_to_leaves_out_a_clause_joined_after_it():
    text = "Smith leads Jones by 20 votes, according to the county count, but Jones has vowed to fight on."
    assert content_of(text, "according to") == "Smith leads Jones by 20 votes"


def test_according_to_at_the_start_covers_the_whole_sentence():
    text = "According to the county count, Smith leads Jones by 20 votes, but Jones has won the north."
    assert content_of(text, "According to") == "Smith leads Jones by 20 votes, but Jones has won the north"


def test_a_phrase_after_the_object_finishes_it():
    assert content_of("The mayor criticized the council over the budget.", "criticized") == "the council over the budget"


def test_a_phrase_of_medium_or_means_after_the_object_is_not_said():
    assert content_of("The senator defended the governor on cable news.", "defended") == "the governor"
    assert content_of("The senator attacked the governor by citing his record.", "attacked") == "the governor"


def test_a_verb_in_the_cues_tense_after_the_content_is_the_speakers_next_act():
    text = "The mayor insists the town must build more homes, and has promised to cut the waiting list."
    assert content_of(text, "insists") == "the town must build more homes"
    claims = to_dict(claimx.extract(text, date="2024-12-27", config=Config(scope="all")))["claims"]
    promised = [c for c in claims if c["cue"] and "promised" in c["cue"]["text"]]
    assert promised and promised[0]["speakers"][0]["text"] == "The mayor"


def test_a_past_verb_after_a_said_content_stays_in_it():
    text = "The mayor said the council could not pay for the bridge but wanted to try."
    assert content_of(text, "said") == "the council could not pay for the bridge but wanted to try"


def test_a_clause_before_the_speaker_is_not_what_is_said_when_one_follows_the_cue():
    text = ("The union has attacked the board for months because the tactic is paying off: "
            "Its leader said he has raised $50,000 since the strike began.")
    assert content_of(text, "said") == "he has raised $50,000 since the strike began"


def test_a_cue_with_its_own_clause_is_no_tag_for_a_quoted_title_before_it():
    text = "Speaking on \"Newsnight,\" the minister said the budget's \"hard choices\" would pay off."
    assert content_of(text, "said") == "the budget's \"hard choices\" would pay off"


def test_a_contrast_the_writer_draws_after_the_content_is_not_said():
    text = "The mayor has long said that she will back the plan, even as she has attacked its cost."
    assert content_of(text, "has long said") == "that she will back the plan"
    assert content_of("The firm insisted the deal was fair - although its filings showed a loss.", "insisted") == \
        "the deal was fair"


def test_the_words_after_a_tag_inside_the_sentence_are_said_too():
    assert content_of("The plan is sound, he said, because the costs are known.", "said") == \
        "The plan is sound, he said, because the costs are known"
    assert content_of("\"It was bad luck,\" she said, that both men knew the driver.", "said") == \
        "It was bad luck,\" she said, that both men knew the driver"
    assert content_of("The bill will be helped, she said, by the new rules.", "said").endswith("by the new rules")


def test_the_role_given_to_a_prepositional_object_is_said_too():
    assert content_of("The mayor pointed to the budget as the main obstacle to new housing.", "pointed to") == \
        "the budget as the main obstacle to new housing"


def test_an_apposition_after_the_tag_is_no_clause_of_it():
    text = ("Kenyan sprinter Mary Otieno has been provisionally suspended after testing positive for a banned "
            "steroid, the Athletics Integrity Unit said Friday, an allegation the 24-year-old's lawyer rejected."
            "\n\nThe AIU said a sample collected in Nairobi contained traces of trenbolone.")
    assert content_of(text, "said").startswith("Kenyan sprinter Mary Otieno has been provisionally suspended")


def test_a_reported_content_that_is_a_whole_quote_keeps_both_marks():
    assert content_of('Ann Lee said "I think he will do it."', "said") == '"I think he will do it."'
