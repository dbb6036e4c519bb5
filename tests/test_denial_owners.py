"""responds_to when the denied words are an organisation's: a description of the body as their
owner ("the force's account"), and a spokesman reading the body's statement ("Acme's account")."""
from conftest import denial_and_target, shown


def target_and_claims(text):
    _, target, claims = denial_and_target(text)
    return target, shown(claims)


def test_the_force_is_the_police_that_spoke():
    target, seen = target_and_claims(
        "Greater Manchester Police said every call had been handled in line with policy. "
        "Neighbours said officers had taken hours to arrive on two nights. "
        "Linda Okafor, whose sister died, disputed the force's account.")
    assert target is not None and "every call" in target["content"]["text"], seen


def test_the_group_is_the_organisation_that_spoke_before():
    target, seen = target_and_claims(
        "The Center for Auto Safety said Calder Motors had received 300 complaints about broken axles. "
        "A mechanic, Jane Cole, said she had repaired a dozen of them this year. "
        "A spokesman for Calder Motors called the group's allegations misleading.")
    assert target is not None and "300 complaints" in target["content"]["text"], seen


def test_a_spokesman_reading_the_companys_statement_is_the_company():
    target, seen = target_and_claims(
        "A spokesman for Acme Corp. said the plant met every safety rule. "
        "Residents said fumes had made children ill. "
        "A local councillor disputed Acme's account.")
    assert target is not None and "safety rule" in target["content"]["text"], seen


def test_speakerless_reports_told_inside_the_denial_are_no_target_of_their_own():
    target, seen = target_and_claims(
        "Savers queued outside branches on Friday. Prices rose sharply. "
        "Analysts said the sector would shrink this year. "
        "Calder Mutual denied reports that it was considering a merger with a larger rival.")
    assert target is None, seen


def test_a_headline_denial_answers_what_the_lead_denial_below_it_answers():
    target, seen = target_and_claims(
        "Minister denies he lobbied officials for donor\n\n"
        "The minister has denied claims that he lobbied officials on behalf of a donor.\n\n"
        "The Sunday Herald reported that he had met planning officials at a dinner paid for by the donor.")
    assert target is not None and "Sunday Herald" not in target["content"]["text"] \
        and "planning officials" in target["content"]["text"], seen


def test_a_plain_saying_below_a_lead_denial_is_no_source_of_the_report_it_names():
    target, seen = target_and_claims(
        "The club on Monday denied a report that the manager had agreed to quit in exchange for a payout.\n\n"
        "The report, published by a sports website, said the deal was struck at a dinner last week.\n\n"
        "Fans were angry. Supporters said they would never accept a payout for a manager who agreed to quit.")
    assert target is not None and "dinner" in target["content"]["text"], seen
