"""Layout normalization: hard-wrapped, indented, CRLF and two-spaced text give the claims of the
same text laid out one paragraph per line, with offsets into the input as given."""
import pytest

from claimx.evaluate.layouts import VARIANTS, Alignment, claim_keys, rewrite
from claimx.layout import is_wrapped, normalize
from conftest import analyse, check_offsets

WIRE = (
    "MOSCOW (Reuters) - Russian President Vladimir Putin said on Thursday that he was ready to meet "
    "President-elect Donald Trump at any time, adding that Moscow had never refused to talk.\n\n"
    "\"I have not spoken with him for years, but I am ready,\" Putin told reporters at his annual news "
    "conference. \"We are open to negotiations without preconditions.\"\n\n"
    "A Kremlin spokesman, Dmitry Peskov, later denied that any date had been set for the meeting, "
    "calling the reports in Western newspapers speculation.\n"
)


def _same_claims(original: str, variant: str) -> None:
    base = analyse(original)
    got = analyse(variant)
    check_offsets(variant, got)
    align = Alignment(original, variant)
    trimmed = lambda s, e: (s + len(original[s:e]) - len(original[s:e].lstrip()), e - (len(original[s:e]) - len(original[s:e].rstrip())))
    assert claim_keys(got, align.span) == claim_keys(base, trimmed)


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "original"])
def test_every_layout_of_a_wire_story_gives_the_same_claims(variant):
    _same_claims(WIRE, rewrite(WIRE, variant))


@pytest.mark.parametrize("variant", ["wrap65", "indented", "indent_after_wrap"])
def test_the_seed_hard_wrapped_gives_the_same_claims(seed_text, variant):
    _same_claims(seed_text, rewrite(seed_text, variant))


def test_wrapped_text_is_unwrapped_with_a_warning_and_offsets_into_the_input():
    text = rewrite(WIRE, "wrap65")
    doc = analyse(text)
    assert any(w.startswith("layout: hard-wrapped text") for w in doc["warnings"])
    assert len(doc["claims"]) >= 4
    check_offsets(text, doc)


def test_a_newline_inside_a_paragraph_is_not_a_paragraph_end():
    layout = normalize(rewrite(WIRE, "wrap65"))
    assert [p for p in layout.text.split("\n") if p.strip()] == [p for p in WIRE.split("\n") if p.strip()]


def test_crlf_and_form_feeds_become_line_breaks():
    text = "Putin said it was over.\r\n\r\nThe Kremlin agreed.\fIt was late.\rDone."
    layout = normalize(text)
    assert layout.text == "Putin said it was over.\n\nThe Kremlin agreed.\nIt was late.\nDone."
    assert layout.source(layout.text.index("Kremlin")) == text.index("Kremlin")


def test_soft_hyphens_at_line_ends_are_joined_and_compound_hyphens_kept():
    lines = [
        "The ministers resumed their long and difficult negoti-",
        "ations on Friday after a widely respected and well-",
        "known mediator from the United Nations proposed a",
        "new schedule for the talks, officials in the capital",
        "said on Saturday, adding that the government's self-",
        "imposed deadline of the spring had been dropped.",
    ]
    layout = normalize("\n".join(lines))
    assert "negotiations on Friday" in layout.text
    assert "well-known mediator" in layout.text
    assert "self-imposed deadline" in layout.text
    start = layout.text.index("negotiations")
    assert layout.source_span(start, start + len("negotiations")) == (lines[0].index("negoti"), len(lines[0]) + 1 + 6)


def test_text_laid_out_one_paragraph_per_line_is_left_as_it_is():
    for text in (WIRE, "Short line.\nAnother short line.\nA third one.\nAnd a fourth.\n",
                 "Roses are red\nViolets are blue\nSugar is sweet\nAnd so are you\n"):
        layout = normalize(text)
        assert layout.text == text and layout.applied == []


def test_a_list_of_short_lines_is_not_hard_wrapped():
    assert not is_wrapped(["Agenda:", "- budget", "- schools", "- roads", "- parks", "Questions welcome."])


def test_two_spaces_after_sentences_are_read_as_one():
    text = "Putin said that he was ready.  Trump said that he was not.  Nobody else spoke."
    layout = normalize(text)
    assert "  " not in layout.text
    assert [c["cue"]["text"] for c in analyse(text)["claims"]] == ["said", "said"]


def test_a_line_break_inside_a_sentence_is_a_space_even_in_short_text():
    text = "\"We are ready,\nand we will win,\" Anna Berg said.\n\nShe left.\nThe end."
    layout = normalize(text)
    assert layout.text == text.replace(",\nand", ", and") and layout.maps == []
    doc = analyse(text)
    assert [c["content"]["text"] for c in doc["claims"]] == ["We are ready,\nand we will win,"]
    assert "layout: 1 line breaks inside a sentence read as spaces" in doc["warnings"]
    check_offsets(text, doc)


def test_a_line_that_ends_a_sentence_and_a_list_of_words_keep_their_breaks():
    for text in ("It is over.\nand then it began.", "Agenda:\nbudget\nroads\nparks", "Was it?\nno, it was not."):
        assert normalize(text).text == text


def test_an_indent_added_after_wrapping_does_not_hide_the_wrapping(seed_text):
    import textwrap
    paragraphs = [p for p in seed_text.split("\n") if p.strip()]
    wrapped = "\n".join("   " + textwrap.fill(p, 77) for p in paragraphs) + "\n"  # first lines reach 80
    assert is_wrapped(wrapped.split("\n"))
    _same_claims(seed_text, wrapped)
