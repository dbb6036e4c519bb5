"""A later quote in the paragraph continues a tagged quote ('"A," he said. "B"') only when nothing
but the tag leads into it: not a quote the writer's sentence leads into, nor one with its own cue."""
from conftest import analyse


def contents(text):
    return {c["cue"]["text"] if c["cue"] else None: [f["text"] for f in c["content"]["fragments"]]
            for c in analyse(text)["claims"]}


def test_the_quote_after_the_tag_continues_it():
    assert contents('"We will appeal," Mr Hale said. "The ruling is wrong."')["said"] == \
        ["We will appeal,", "The ruling is wrong."]


def test_a_quote_led_into_by_the_writer_is_no_continuation():
    text = '"The queue was shameful," said Ann Lee, a nurse, who described a "very long wait" at the station.'
    assert contents(text)["said"] == ["The queue was shameful,"]


def test_a_quote_with_its_own_cue_is_no_continuation():
    found = contents('"We will appeal," Mr Hale said. He adds: "The ruling is wrong."')
    assert found["said"] == ["We will appeal,"]
    assert found["adds"] == ["The ruling is wrong."]


def test_a_quoted_title_in_the_speakers_description_is_no_quote_of_hers():
    found = contents('Ms Hale, the author of "Going Under," said the days when towns had "one paper" are gone.')
    assert all("Going Under" not in f for frags in found.values() for f in frags)


def test_an_untagged_quote_after_a_reported_statement_goes_on_with_it():
    found = contents('The mayor defended the cuts to bus services. "We had no choice. The money ran out."')
    assert found["defended"][-1] == "We had no choice. The money ran out."


def test_a_quote_with_its_own_tag_after_a_reported_statement_stays_apart():
    found = contents('The mayor defended the cuts to bus services. "It is a disgrace," a union official said.')
    assert found["said"] == ["It is a disgrace,"]
    assert all("disgrace" not in f for f in found["defended"])


def test_a_quoted_title_in_the_tag_does_not_break_the_run():
    found = contents('"We will appeal," Ms Lee said on the BBC programme "Newsnight" on Sunday. "The ruling is wrong."')
    assert found["said"] == ["We will appeal,", "The ruling is wrong."]


def test_words_introducing_a_quote_with_a_colon_or_dash_are_not_part_of_it():
    found = contents('Ms Lee suggested the plan was rushed - "We had no time to read it," she said.')
    assert found["said"] == ["We had no time to read it,"]


def test_a_quoted_subject_opens_the_tagged_quote_s_sentence():
    found = contents('"Tax cuts" are "the only answer we have," she said.')
    assert found["said"][0].startswith('"Tax cuts" are')


def test_a_quoted_subject_does_not_reach_back_over_another_quote_s_tag():
    text = ('"Are you winning?" she said, but he was asleep, and as the man went on about "the rigged system" '
            'and "our struggling families," Ann said yes.')
    assert all("she said" not in f for f in contents(text)["said"])


def test_a_tag_whose_comma_was_left_out_still_tags_and_shares():
    text = '"We will build the new bridge" Lee said after a rally in the town on Friday. "It is long overdue."'
    assert contents(text)["said"] == ["We will build the new bridge", "It is long overdue."]


def test_a_quote_after_a_sentence_about_someone_else_does_not_go_on_with_the_tag():
    text = ('"It goes in one ear and out the other," Tom Lee said, tapping his ears. Betsy Lee shook her head. '
            '"Tom is much better about it than I am."')
    assert contents(text)["said"] == ["It goes in one ear and out the other,"]


def test_a_quote_after_a_saying_of_its_own_does_not_go_on_with_the_earlier_tag():
    text = ('"We think the state has gone too far," Ann Lee, a lawyer for the group, said on Monday. '
            'The group will watch the case closely, Lee says. "If the state can pick our words, no one is safe."')
    assert contents(text)["said"] == ["We think the state has gone too far,"]
