"""The views of a run: CSV, SQLite, HTML (structure, escaping) and the terminal table.

The browser checks of the HTML page are in test_browser.py.
"""
import csv
import io
import json
import re
import sqlite3
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.models import to_dict
from claimx.writers import open_writer
from claimx.writers.csv_output import COLUMNS
from claimx.writers.html.marks import Mark, render
from claimx.writers.table import render_table

runner = CliRunner()

ARTICLE = ("The mayor, Anna Berg, said on Monday that the bridge was safe. \"We checked every bolt, "
           "the nuts, and the \"welds\",\" she said.\n\n"
           "The council denied that the bridge was safe. It said last week that cracks had been found.\n")
HOSTILE = ("<script>window.__claimx_pwned = 1</script> Tom Hale said the <img src=x onerror=\"alert(1)\"> "
           "tag was harmless & fine.\n")


@pytest.fixture(scope="module")
def results():
    return [
        to_dict(claimx.extract(ARTICLE, date="2024-03-05", id="bridge")),
        to_dict(claimx.extract("Nothing was said here.", date="2024-03-05", id="quiet")),
        {"schema_version": 2, "id": "broken.txt", "error": {"code": "binary", "message": "looks like <b>binary</b>"}},
        to_dict(claimx.extract(HOSTILE, date="2024-03-05", id="<hostile>")),
    ]


TEXTS = {"bridge": ARTICLE, "quiet": "Nothing was said here.", "<hostile>": HOSTILE}


def _write(fmt, path, results):
    writer = open_writer(fmt, str(path))
    for r in results:
        writer.write(r, TEXTS.get(r["id"]))
    writer.finish()


def test_fixture_has_a_denial_that_answers_a_claim(results):
    kinds = [(c["kind"], c["responds_to"]) for c in results[0]["claims"]]
    assert ("denial", "c1") in kinds


# ------------------------------------------------------------------ CSV

def test_csv_round_trips_through_the_csv_module(results, tmp_path):
    path = tmp_path / "claims.csv"
    _write("csv", path, results)
    raw = path.read_bytes()
    assert raw.count(b"\r\n") >= 6  # RFC 4180 line ends
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == COLUMNS
    bridge = [r for r in rows if r["document_id"] == "bridge"]
    assert [r["claim_id"] for r in bridge] == [c["id"] for c in results[0]["claims"]]
    for row, claim in zip(bridge, results[0]["claims"]):
        assert row["content"] == claim["content"]["text"]  # quotes and commas survive
        assert ARTICLE[int(row["content_start"]):int(row["content_end"])] == row["content"]
    assert any('"' in r["content"] and "," in r["content"] for r in bridge)
    denial = next(r for r in bridge if r["kind"] == "denial")
    assert denial["responds_to"] == "c1" and denial["negated"] == "false"
    assert [r["claim_id"] for r in rows if r["document_id"] == "quiet"] == [""]  # no claims: still a row
    broken = next(r for r in rows if r["document_id"] == "broken.txt")
    assert broken["error"] == "binary: looks like <b>binary</b>" and broken["claim_id"] == ""


def test_csv_keeps_line_breaks_inside_a_quoted_field(tmp_path):
    text = "Anna Berg said: \"We are ready.\n\n\"And we will win.\"\n"  # a quote over two paragraphs
    result = to_dict(claimx.extract(text, date="2024-03-05", id="wrapped"))
    path = tmp_path / "c.csv"
    _write("csv", path, [result])
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["content"] == result["claims"][0]["content"]["text"]
    assert "\n" in rows[0]["content"]


# ------------------------------------------------------------------ SQLite

def test_sqlite_tables_keys_and_a_denial_query(results, tmp_path):
    path = tmp_path / "claims.db"
    _write("sqlite", path, results)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert {r[0] for r in conn.execute("SELECT id FROM documents")} == {"bridge", "quiet", "broken.txt", "<hostile>"}
    assert conn.execute("SELECT error_code, error FROM documents WHERE id = 'broken.txt'").fetchone() == \
        ("binary", "looks like <b>binary</b>")
    denial = conn.execute("""
        SELECT d.content, s.name, s.text, t.content
        FROM claims d JOIN speakers s ON s.document_id = d.document_id AND s.claim_id = d.id
        LEFT JOIN claims t ON t.document_id = d.document_id AND t.id = d.responds_to
        WHERE d.kind = 'denial'""").fetchall()
    assert denial == [("that the bridge was safe", None, "The council", "that the bridge was safe")]
    assert conn.execute("SELECT count(*) FROM claims WHERE document_id = 'bridge'").fetchone()[0] == \
        len(results[0]["claims"])
    week = conn.execute("SELECT said_on_value, said_on_start_date FROM claims WHERE said_on_text = 'last week'").fetchall()
    assert week == [("2024-W09", "2024-02-26")]
    linked = conn.execute("""SELECT dates.value FROM claim_dates JOIN dates USING (document_id)
                             WHERE claim_dates.date_position = dates.position""").fetchall()
    assert linked == [(d["value"],) for r in results if "claims" in r for c in r["claims"] for d in c["dates"]]
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"speakers_name", "claims_kind", "dates_value"} <= indexes


def test_sqlite_appends_replaces_and_resumes(results, tmp_path):
    path = tmp_path / "claims.db"
    _write("sqlite", path, results[:2])
    _write("sqlite", path, results[:3])  # appending: "bridge" again replaces, not duplicates
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == len(results[0]["claims"])
    from claimx.writers import done_ids

    assert done_ids("sqlite", str(path)) == {"bridge", "quiet", "broken.txt"}


def test_sqlite_loses_only_the_document_in_flight(results, tmp_path):
    path = tmp_path / "claims.db"
    writer = open_writer("sqlite", str(path))
    writer.write(results[0])
    half = json.loads(json.dumps(results[3]))
    del half["claims"][0]["content"]  # fails after the document row went in
    with pytest.raises(KeyError):
        writer.write(half)
    writer.interrupted()
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT id FROM documents")] == ["bridge"]
    assert conn.execute("SELECT count(*) FROM claims WHERE document_id = '<hostile>'").fetchone()[0] == 0


def test_sqlite_refuses_a_database_that_is_not_ours(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)")
    from claimx.writers import OutputError

    with pytest.raises(OutputError, match="not a claimx database"):
        open_writer("sqlite", str(path))


def test_cli_resume_into_sqlite_skips_documents_already_there(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "date": "2024-03-05", "text": f"Anna Berg said {i} bridges opened."})
                           + "\n" for i in range(3)))
    db = tmp_path / "out.db"
    assert runner.invoke(app, ["extract", str(src), "-o", str(db)]).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM documents WHERE id = 'd2'")
    conn.commit()
    conn.execute("UPDATE documents SET title = 'kept' WHERE id = 'd0'")
    conn.commit()
    res = runner.invoke(app, ["extract", str(src), "-o", str(db), "--resume"])
    assert res.exit_code == 0, res.output
    assert conn.execute("SELECT id, title FROM documents ORDER BY id").fetchall() == [("d0", "kept"), ("d1", None),
                                                                                      ("d2", None)]


# ------------------------------------------------------------------ HTML

class _Tags(HTMLParser):
    """Checks that every element is closed in order, and collects the marks' attributes."""

    VOID = {"meta", "link", "br", "img", "input", "hr"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.elements = [], [], []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    return parser


def test_html_page_marks_every_claim_once_and_escapes_the_input(results, tmp_path):
    path = tmp_path / "run.html"
    _write("html", path, results)
    page = path.read_text(encoding="utf-8")
    tags = _parse(page)
    scripts = [a for t, a in tags.elements if t == "script"]
    # one data block per document that was processed, and the page's own script
    assert [a.get("type") for a in scripts] == ["application/json"] * 3 + [None]
    assert "window.__claimx_pwned" not in re.sub(r"&lt;script&gt;window.__claimx_pwned", "", page)
    assert "&lt;img src=x onerror=" in re.sub(r"<[^>]+>", "", page) and "<img" not in page
    assert "looks like &lt;b&gt;binary&lt;/b&gt;" in page
    for r in results:
        if "claims" not in r:
            continue
        ids = [a["data-claim-id"] for t, a in tags.elements if t == "span" and "data-claim-id" in a
               and a.get("id", "").startswith(_key(page, r["id"]) + "-")]
        assert sorted(ids) == sorted(c["id"] for c in r["claims"])
    kinds = {a["data-kind"] for t, a in tags.elements if "data-claim-id" in a}
    assert kinds == {"assertion", "denial"}
    assert "Content-Security-Policy" in page and "http://" not in page and "https://" not in page


def _key(page: str, doc_id: str) -> str:
    from html import escape

    return re.search(r'<article class="doc" id="(d\d+)" data-doc-key="d\d+" data-doc-id="' + re.escape(escape(doc_id)),
                     page).group(1)


def test_html_marks_text_exactly_at_the_offsets(results):
    from claimx.writers.html.page import article

    body = article(results[0], ARTICLE, "d1")
    text = re.search(r'<div class="text">(.*?)</div>', body, re.S).group(1)
    from html import unescape

    assert unescape(re.sub(r"<[^>]+>", "", text)) == ARTICLE


def test_crossing_marks_are_split_and_the_second_piece_says_it_continues():
    text = "abcdefghij"
    marks = [Mark(0, 6, "content", first_attrs={"data-claim-id": "c1"}, later_attrs={"data-continues": "c1"}),
             Mark(3, 9, "content", first_attrs={"data-claim-id": "c2"}, later_attrs={"data-continues": "c2"}),
             Mark(4, 5, "date")]
    html = render(text, marks)
    assert html == ('<span class="content" data-claim-id="c1">abc<span class="content" data-claim-id="c2">d'
                    '<span class="date">e</span>f</span></span><span class="content" data-continues="c2">ghi</span>j')
    _parse(html)


def test_html_folder_has_an_index_and_a_page_per_document(results, tmp_path):
    folder = tmp_path / "site"
    writer = open_writer("html", str(folder) + "/")
    for r in results:
        writer.write(r, TEXTS.get(r["id"]))
    writer.finish()
    pages = sorted(p.name for p in (folder / "docs").iterdir())
    assert pages == ["00001-bridge.html", "00002-quiet.html", "00003-broken.html", "00004-hostile.html"]
    index = (folder / "index.html").read_text(encoding="utf-8")
    _parse(index)
    for name in pages:
        assert f'href="docs/{name}"' in index
        _parse((folder / "docs" / name).read_text(encoding="utf-8"))
    assert "error binary: looks like &lt;b&gt;binary&lt;/b&gt;" in index
    assert "docs/00001-bridge.html#d1-c3" in index  # the denial, from the side index


def test_html_is_the_same_bytes_each_run(results, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    _write("html", a, results)
    _write("html", b, results)
    assert a.read_bytes() == b.read_bytes()


def test_cli_html_with_jobs_matches_one_process(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(f"date: 2024-03-05\n\nAnna Berg said {i} bridges were safe.\n")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    one, two = tmp_path / "one.html", tmp_path / "two.html"
    assert runner.invoke(app, ["extract", str(folder), "-o", str(one)]).exit_code == 1  # one error record
    assert runner.invoke(app, ["extract", str(folder), "-o", str(two), "--jobs", "2"]).exit_code == 1
    assert one.read_bytes() == two.read_bytes()
    page = one.read_text(encoding="utf-8")
    assert page.count('class="text"') == 4 and "Not processed: binary" in page


def test_cli_csv_from_stdin():
    res = runner.invoke(app, ["extract", "-", "--format", "csv", "--date", "2024-03-05"],
                        input="Anna Berg said, \"Yes, we can.\"\n")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout, newline="")))
    assert rows[0]["speaker_names"] == "Anna Berg" and rows[0]["content"] == "Yes, we can."


def test_format_follows_the_output_suffix(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Anna Berg said the bridge was safe.\n")
    for name, magic in (("x.db", b"SQLite format 3"), ("x.html", b"<!DOCTYPE html>"), ("x.csv", b"document_id,")):
        assert runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / name)]).exit_code == 0
        assert (tmp_path / name).read_bytes().startswith(magic)
    res = runner.invoke(app, ["extract", str(src), "--format", "sqlite"])
    assert res.exit_code == 2 and "needs -o" in res.output


# ------------------------------------------------------------------ table

def _table(result, width):
    from rich.console import Console

    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    render_table(result, console)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 120])
def test_table_never_splits_a_cue_and_says_assertion_or_denial(width):
    text = ("Dmitry Peskov, the Kremlin spokesman, has categorically contradicted claims that the ceasefire "
            "talks in Istanbul had collapsed after the delegations walked out over the prisoner exchange and the "
            "disputed maps of the front line drawn up by the two ministries of defence last spring, "
            "which negotiators from both sides had described as the only workable basis for an agreement.\n\n"
            "The ministry expressed its deep concern that the talks were not going well.\n\n"
            "Officials denied that the convoy had been attacked.\n\n"
            "The mayor said the bridge would not close.\n")
    result = to_dict(claimx.extract(text, date="2024-03-05", id="t"))
    out = _table(result, width)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    for c in result["claims"]:
        for word in c["cue"]["text"].split():
            assert any(re.search(rf"(^|\s){word}(\s|$)", line) for line in lines), (word, out)
    assert "DENIAL" in out and "assertion" in out and "DENY" not in out and "say/" not in out
    assert "…" in out  # the long content is cut with an ellipsis ...
    cut_line = next(line for line in lines if "…" in line)
    assert re.search(r"\w…", cut_line)  # ... after a whole word
    assert re.search(r"(^|\s)not(\s|$)", out)  # negation in its own column
