"""Statements in shapes the parse-based passes used to miss entirely: a saying in an as-clause."""
import pytest

from conftest import analyse


def claims(text):
    return [(c["cue"]["text"] if c["cue"] else None, c["content"]["text"], [s["text"] for s in c["speakers"]])
            for c in analyse(text)["claims"]]


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("As the Gazette reported last week, the mill will close in March.", "reported",
     "the mill will close in March", "the Gazette"),
    ("The council has run out of money, as the auditor noted.", "noted", "The council has run out of money",
     "the auditor"),
    ("But as Mr. Hale pointed out, the bridge was never inspected.", "pointed out", "the bridge was never inspected",
     "Mr. Hale"),
    ("As critics have long charged, the board ignored the warnings.", "have long charged",
     "the board ignored the warnings", "critics"),
])
def test_a_saying_in_an_as_clause_vouches_for_its_clause(text, cue, content, speaker):
    assert (cue, content, [speaker]) in claims(text)


@pytest.mark.parametrize("text", [
    "As he spoke, the crowd began to leave.",
    "The shares fell sharply as the chairman continued.",
])
def test_an_as_clause_of_time_is_no_statement(text):
    assert not [c for c in claims(text) if c[0] in ("spoke", "continued")]


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("The mayor's pledge to cut bus fares won him the election.", "pledge", "to cut bus fares", "The mayor's"),
    ("Her vow to close the landfill pleased the neighbours.", "vow", "to close the landfill", "Her"),
    ("The union's request to delay the vote was turned down.", "request", "to delay the vote", "The union's"),
])
def test_a_nominal_cue_with_an_infinitive(text, cue, content, speaker):
    assert (cue, content, [speaker]) in claims(text)


@pytest.mark.parametrize("text, cue, content", [
    ("The minister said in one of a series of messages that the road would reopen on Monday.", "said",
     "that the road would reopen on Monday"),
    ("Mr. Hale said on the radio, where he is a regular guest, that the bridge was never inspected.", "said",
     "that the bridge was never inspected"),
])
def test_a_that_clause_the_parser_hung_in_the_phrase_after_the_cue(text, cue, content):
    assert (cue, content) in [c[:2] for c in claims(text)]


@pytest.mark.parametrize("text, cue, content", [
    ("The bank has said in its filings so far that it will stay neutral.", "has said", "that it will stay neutral"),
    ('Ann Lowe, the mayor, said in a statement that the town was " shocked" by the closure.', "said",
     'that the town was " shocked" by the closure'),
])
def test_a_that_clause_hung_on_an_adverb_or_on_the_medium_is_the_verbs(text, cue, content):
    assert (cue, content) in [c[:2] for c in claims(text)]


@pytest.mark.parametrize("text, speaker, content", [
    ("The old mill was a warehouse of the Northern Rail Company, a well-informed source told The Daily Courier.",
     "a well-informed source", "The old mill was a warehouse of the Northern Rail Company"),  # an apposition's modifier
    ("The old mill was a garage of the elite Highland Police, a well-informed source told the BBC.",
     "a well-informed source", "The old mill was a garage of the elite Highland Police"),  # a second clause
    ("The old mill was a warehouse of the Northern Rail Company, a well-informed source told reporters.",
     "a well-informed source", "The old mill was a warehouse of the Northern Rail Company"),  # a relative clause
])
def test_a_tag_the_parser_read_as_an_apposition_or_a_second_clause(text, speaker, content):
    assert ("told", content, [speaker]) in claims(text)


def test_the_teller_of_a_passive_tells_the_clause_the_parser_hung_on_him():
    text = ("The farmer's son, Paul Hart, asked for a licence Monday for his father, but was told by county officials "
            "that Hart himself had to sign the form.")
    assert ("was told", "that Hart himself had to sign the form", ["county officials"]) in claims(text)


def test_a_paragraph_after_a_tag_ending_in_a_colon_is_its_content():
    text = ("The Daily Ledger said in an editorial on Monday:\n\nThe closing of the mill is the latest blow to a "
            "town that has had many.\n\nThe council must act.")
    assert ("said", "The closing of the mill is the latest blow to a town that has had many.",
            ["The Daily Ledger"]) in claims(text)


@pytest.mark.parametrize("text", [
    "The rules of the club are as follows:\n\nNo dogs are allowed in the garden.",
    "The mayor said the plan was simple:\n\nNo dogs are allowed in the garden.",
])
def test_a_colon_with_no_tag_or_after_a_content_introduces_nothing(text):
    assert not [c for c in claims(text) if c[1].startswith("No dogs")]


def test_a_clause_before_a_semicolon_is_not_what_a_later_cue_with_its_own_object_says():
    text = "A panel of independent directors is reviewing the offer; the owner asked it to reply by Friday."
    assert [c[1] for c in claims(text) if c[0] == "asked"] == ["it to reply by Friday"]


@pytest.mark.parametrize("text, fragments", [
    ("The fleet is part of a wider plan that officials say is meant to leave the rebels one choice.",
     ["that", "is meant to leave the rebels one choice"]),
    ("The levy, which the mayor said was a mistake, was dropped.", ["which", "was a mistake"]),
])
def test_a_tag_inside_its_relative_clause_is_left_out_of_the_content(text, fragments):
    found = [c for c in analyse(text)["claims"] if c["content"]["fragments"]]
    assert [[f["text"] for f in c["content"]["fragments"]] for c in found] == [fragments]


def test_a_hyphenated_speaker_is_named_whole():
    assert claims("Some anti-globalists said the levy was unfair.")[0][2] == ["Some anti-globalists"]


def test_a_quote_whose_sentence_goes_on_to_its_own_tag_is_not_the_previous_quotes_run():
    text = ("“This is not right,” Ms. Vale said. “You squeezed the workers to the breaking point” to drive up the "
            "stock price and your pay, she said, pointing at him.")
    found = analyse(text)["claims"]
    assert [[f["text"] for f in c["content"]["fragments"]] for c in found][0] == ["This is not right,"]


@pytest.mark.parametrize("text", [
    "The talks are supposed to conclude by May.",
    "The senator promised Sunday.",
])
def test_a_date_is_no_content(text):
    assert claims(text) == []


def test_a_bullet_is_no_word_of_the_block_after_a_colon_tag():
    assert claims("The minister said:\n\n- Taxes will fall next year.")[0][:2] == ("said", "Taxes will fall next year.")
