"""responds_to when the denied words are an organisation's: a description of the body as their
owner ("the force's account"), and a spokesman reading the body's statement ("Acme's account")."""
from conftest import analyse


def denial_and_target(text):
    claims = analyse(text)["claims"]
    denial = next(c for c in claims if c["kind"] == "denial")
    target = next((c for c in claims if c["id"] == denial["responds_to"]), None)
    return target, [(c["id"], c["kind"], c["content"]["text"], c["responds_to"]) for c in claims]


def test_the_force_is_the_police_that_spoke():
    target, shown = denial_and_target(
        "Greater Manchester Police said every call had been handled in line with policy. "
        "Neighbours said officers had taken hours to arrive on two nights. "
        "Linda Okafor, whose sister died, disputed the force's account.")
    assert target is not None and "every call" in target["content"]["text"], shown


def test_the_group_is_the_organisation_that_spoke_before():
    target, shown = denial_and_target(
        "The Center for Auto Safety said Calder Motors had received 300 complaints about broken axles. "
        "A mechanic, Jane Cole, said she had repaired a dozen of them this year. "
        "A spokesman for Calder Motors called the group's allegations misleading.")
    assert target is not None and "300 complaints" in target["content"]["text"], shown


def test_a_spokesman_reading_the_companys_statement_is_the_company():
    target, shown = denial_and_target(
        "A spokesman for Acme Corp. said the plant met every safety rule. "
        "Residents said fumes had made children ill. "
        "A local councillor disputed Acme's account.")
    assert target is not None and "safety rule" in target["content"]["text"], shown


def test_speakerless_reports_told_inside_the_denial_are_no_target_of_their_own():
    target, shown = denial_and_target(
        "Savers queued outside branches on Friday. Prices rose sharply. "
        "Analysts said the sector would shrink this year. "
        "Calder Mutual denied reports that it was considering a merger with a larger rival.")
    assert target is None, shown


def test_a_headline_denial_answers_what_the_lead_denial_below_it_answers():
    target, shown = denial_and_target(
        "Minister denies he lobbied officials for donor\n\n"
        "The minister has denied claims that he lobbied officials on behalf of a donor.\n\n"
        "The Sunday Herald reported that he had met planning officials at a dinner paid for by the donor.")
    assert target is not None and "Sunday Herald" not in target["content"]["text"] \
        and "planning officials" in target["content"]["text"], shown


def test_a_plain_saying_below_a_lead_denial_is_no_source_of_the_report_it_names():
    target, shown = denial_and_target(
        "The club on Monday denied a report that the manager had agreed to quit in exchange for a payout.\n\n"
        "The report, published by a sports website, said the deal was struck at a dinner last week.\n\n"
        "Fans were angry. Supporters said they would never accept a payout for a manager who agreed to quit.")
    assert target is not None and "dinner" in target["content"]["text"], shown
