from claimx.stages.quotes import find_quotes
from claimx.stages.pipeline import chunks, paragraphs


def pieces(text):
    found, warnings = find_quotes(text, paragraphs(text))
    return [(text[p.inner_start:p.inner_end], p.closed, p.continues) for p in found], warnings


def test_straight_and_curly_pairs():
    got, _ = pieces('He said "yes" and \u201cno\u201d.')
    assert [g[0] for g in got] == ["yes", "no"]


def test_mixed_straight_open_curly_close():
    got, _ = pieces('"We will win,\u201d she said.')
    assert got == [("We will win,", True, None)]


def test_apostrophes_are_not_quotes():
    got, _ = pieces("Putin's aides don't talk about the leaders' plans.")
    assert got == []


def test_single_quotes_when_no_double_marks():
    got, _ = pieces("The minister called it 'a disgrace' on Monday.")
    assert [g[0] for g in got] == ["a disgrace"]


def test_unclosed_quote_closes_at_paragraph_end_and_continues():
    text = '"First part of the quote.\n\n"Second part," he said.\n\nNext paragraph.'
    got, warnings = pieces(text)
    assert got[0] == ("First part of the quote.", False, None)
    assert got[1][0] == "Second part," and got[1][2] == 0
    assert warnings == []


def test_dangling_quote_warns_and_does_not_swallow_article():
    text = 'He said "this never closes.\n\nA plain paragraph with "a quote" inside.'
    got, warnings = pieces(text)
    assert got[0][0] == "this never closes." and not got[0][1]
    assert got[1][0] == "a quote"
    assert warnings


def test_paragraphs_from_blank_lines_and_line_breaks():
    text = "One.\nTwo.\n\n  Three.  \n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two.", "Three."]


def test_chunks_cover_text_exactly():
    text = ("word " * 50 + "\n") * 100
    parts = chunks(text, limit=1000)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert all(e - s <= 1000 for s, e in parts)
    long_line = "x" * 2500
    parts = chunks(long_line, limit=1000)
    assert "".join(long_line[s:e] for s, e in parts) == long_line


def test_closing_mark_typed_at_the_opening_of_a_quote():
    from conftest import analyse

    text = ("\u201dFear. I am truly afraid of what comes next.\u201d \u2015\u00a0Karen Bobadilla.\n\n"
            "\u201dMy family came here to work.\u201d \u2015 Jorge Falcon.")
    doc = analyse(text)
    assert [c["speakers"][0]["text"] for c in doc["claims"]] == ["Karen Bobadilla", "Jorge Falcon"]
    assert doc["claims"][0]["content"]["text"] == "Fear. I am truly afraid of what comes next."


def _inner(text):
    from claimx.stages.pipeline import paragraphs

    pieces, _ = find_quotes(text, paragraphs(text))
    return [text[p.inner_start:p.inner_end] for p in pieces]


def test_wire_backticks_open_and_two_apostrophes_close():
    text = "``It was definitely a bomb,'' said an official. ``You can see a huge crater,'' he said."
    assert _inner(text) == ["It was definitely a bomb,", "You can see a huge crater,"]


def test_a_uk_quote_run_is_one_quote():
    text = '"We will not be bullied. "This is a matter for the courts. "We have done nothing wrong," a spokesman said.'
    assert _inner(text) == ['We will not be bullied. "This is a matter for the courts. "We have done nothing wrong,']


def test_adjacent_closed_quotes_stay_apart():
    assert _inner('"Hello." "Goodbye," she said.') == ["Hello.", "Goodbye,"]


def test_an_opening_mark_typed_where_a_quote_closes_closes_it():
    text = "The mayor asked for an \u201cexpedited review\u201c of the plan and said the city should act."
    assert _inner(text) == ["expedited review"]
