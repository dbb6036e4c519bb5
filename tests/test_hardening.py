"""Bad inputs, faults and interruptions, through the real CLI, in batches together with good files.

Every fixture is generated here. Each case checks the outcome the README promises: an error
record with a stable code, or a document (possibly with zero claims and a warning), and the
batch goes on.
"""
import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from claimx import sources
from claimx.cli import app
from conftest import check_offsets

runner = CliRunner()
GOOD = "John Barlow said the bridge would open in May.\n"


def run(args):
    res = runner.invoke(app, ["extract", *args, "--format", "jsonl", "--date", "2024-05-01"])
    return res, [json.loads(x) for x in res.stdout.splitlines() if x.strip()]


def by_id(docs):
    return {os.path.basename(d["id"]): d for d in docs}


@pytest.fixture()
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "00_good.txt").write_text(GOOD)
    return folder


def test_binary_inputs_become_binary_records(batch):
    (batch / "nul.txt").write_bytes(b"abc\x00\x00def" * 10)
    (batch / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    (batch / "zipped.txt").write_bytes(gzip.compress(GOOD.encode()))
    res, docs = run([str(batch)])
    assert res.exit_code == 1
    got = by_id(docs)
    assert {k: got[k]["error"]["code"] for k in ("nul.txt", "image.txt", "zipped.txt")} == {
        "nul.txt": "binary", "image.txt": "binary", "zipped.txt": "binary"}
    assert got["00_good.txt"]["claims"]


@pytest.mark.parametrize("name,data,encoding_warning", [
    ("utf8.txt", GOOD.encode(), None),
    ("utf8bom.txt", b"\xef\xbb\xbf" + GOOD.encode(), None),
    ("utf16le.txt", b"\xff\xfe" + GOOD.encode("utf-16-le"), "UTF-16"),
    ("utf16be.txt", b"\xfe\xff" + GOOD.encode("utf-16-be"), "UTF-16"),
    ("cp1252.txt", b"John Barlow said \x93the bridge would open in May.\x94\n", "Windows-1252"),
    ("latin1.txt", "Ren\u00e9 Barlow said the bridge would open in May.\n".encode("latin-1"), "Windows-1252"),
    ("broken.txt", "Ren\u00e9 Barlow said the bridge would open in May.\n".encode() + b"\xff\xfe\xfa\n", "U+FFFD"),
])
def test_encodings_decode_and_offsets_refer_to_decoded_text(batch, name, data, encoding_warning):
    (batch / name).write_bytes(data)
    res, docs = run([str(batch / name), str(batch / "00_good.txt")])
    assert res.exit_code == 0, res.output
    doc = docs[0]
    assert doc["claims"], doc
    text, _, _ = sources.decode_bytes(data)
    check_offsets(text, doc)
    if encoding_warning:
        assert any(encoding_warning in w for w in doc["warnings"]), doc["warnings"]
    else:
        assert not any("decoded" in w for w in doc["warnings"])


@pytest.mark.parametrize("name,content", [
    ("empty.txt", ""), ("spaces.txt", "   \n\n\t  \n"), ("marks.txt", '"""\u201c\u201d\'\'"'),
    ("headline.txt", "Putin Still Adamant\n"),
])
def test_degenerate_texts_are_documents_with_zero_claims(batch, name, content):
    (batch / name).write_text(content)
    res, docs = run([str(batch / name)])
    assert res.exit_code == 0
    assert docs[0]["claims"] == [] and "error" not in docs[0]
    assert docs[0]["warnings"]


def test_unbalanced_nested_and_mixed_quotes(batch):
    text = ('"We will win,\u201d she said. He said "it\'s \u201cnever\u201d going to close.\n\n'
            'Anna Kowalski said that the bridge would open in May.\n\n\u201cDangling at the end')
    (batch / "quotes.txt").write_text(text)
    res, docs = run([str(batch / "quotes.txt")])
    assert res.exit_code == 0
    check_offsets(text, docs[0])
    assert any(c["content"]["text"] == "that the bridge would open in May" for c in docs[0]["claims"])


def test_html_and_markdown_are_processed_as_text(batch):
    html = "<html><body><p>John Barlow said the bridge would open in May.</p><script>x()</script></body></html>"
    md = "# Title\n\n**John Barlow** said the bridge would open in [May](http://x).\n"
    (batch / "page.txt").write_text(html)
    (batch / "notes.txt").write_text(md)
    res, docs = run([str(batch)])
    assert res.exit_code == 0
    for d in docs:
        assert "error" not in d


def test_large_inputs_too_large_or_chunked(batch, tmp_path, monkeypatch):
    from claimx.stages import pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 10_000)  # the 100,000-character pieces, scaled down
    big = batch / "big.txt"
    with big.open("w") as fh:
        fh.write("word " * 10_000_000)  # 50 MB
    one_line = batch / "oneline.txt"
    one_line.write_text("word " * 6_000 + 'Anna Kowalski said that the bridge would open.')  # one line, 3 chunks
    res, docs = run([str(big), str(one_line), str(batch / "00_good.txt")])
    got = by_id(docs)
    assert got["big.txt"]["error"]["code"] == "too_large"
    assert got["oneline.txt"]["claims"] and got["00_good.txt"]["claims"]
    check_offsets(one_line.read_text(), got["oneline.txt"])
    res, docs = run([str(one_line), "--max-chars", "10000"])
    assert docs[0]["error"]["code"] == "too_large"


def test_dangling_symlink_is_not_found_and_unreadable_file(batch, monkeypatch):
    (batch / "gone.txt").symlink_to(batch / "nowhere.txt")
    (batch / "locked.txt").write_text(GOOD)
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(sources, "open", fake_open, raising=False)
    res, docs = run([str(batch)])
    got = by_id(docs)
    assert got["gone.txt"]["error"]["code"] == "not_found"
    assert got["locked.txt"]["error"]["code"] == "unreadable"
    assert res.exit_code == 1 and got["00_good.txt"]["claims"]


def test_jsonl_bad_lines_get_records_with_line_numbers(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n{broken\n" + json.dumps({"id": "c"}) + "\n"
                    + json.dumps({"id": "d", "text": 7}) + "\n" + json.dumps({"id": "e", "text": GOOD, "date": "2024-13-45"})
                    + "\n" + json.dumps({"id": "f", "text": GOOD}) + "\n")
    res = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    docs = [json.loads(x) for x in res.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["a", f"{path}:2", "c", "d", "e", "f"]
    assert [d.get("error", {}).get("code") for d in docs] == [None, "bad_record", "bad_record", "bad_record", "bad_record", None]
    assert "line 2" in docs[1]["error"]["message"] and res.exit_code == 1


def test_crash_inside_a_stage_becomes_internal_record(batch, monkeypatch):
    from claimx.stages import stance

    real = stance.decide

    def explode(doc, found, *args):
        if "EXPLODE" in doc.text:
            raise RuntimeError("stage failure for the test")
        return real(doc, found, *args)

    monkeypatch.setattr(stance, "decide", explode)
    (batch / "boom.txt").write_text("EXPLODE said nothing.")
    res, docs = run([str(batch)])
    got = by_id(docs)
    assert got["boom.txt"]["error"]["code"] == "internal"
    assert "RuntimeError" in got["boom.txt"]["error"]["message"]
    assert got["00_good.txt"]["claims"] and res.exit_code == 1


def test_output_errors(tmp_path):
    res = runner.invoke(app, ["extract", "-", "-o", "/proc/claimx-test.jsonl"], input=GOOD)
    assert res.exit_code == 2 and "cannot write" in res.output
    if os.path.exists("/dev/full"):
        res = runner.invoke(app, ["extract", "-", "-o", "/dev/full"], input=GOOD)
        assert res.exit_code == 3
    leftovers = [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
    assert leftovers == []


def _records(path, n):
    with open(path, "w") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"doc{i:03d}", "date": "2024-05-01",
                                 "text": f"Anna Kowalski said that bridge {i} would open in May. " * 3}) + "\n")


def _lines_in_temp(folder, prefix: str) -> int:
    """Lines written so far to the run's temporary output; 0 while it does not exist (or was just renamed)."""
    for name in os.listdir(folder):
        if name.startswith(prefix):
            try:
                with open(folder / name) as fh:
                    return sum(1 for _ in fh)
            except FileNotFoundError:
                return 0
    return 0


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_then_resume_equals_uninterrupted_run(tmp_path, sig):
    src = tmp_path / "in.jsonl"
    _records(src, 600)
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "claimx", "extract", str(src), "--batch-size", "1", "--quiet"]
    subprocess.run(cmd + ["-o", str(full)], check=True)
    proc = subprocess.Popen(cmd + ["-o", str(out)], stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline:
        if _lines_in_temp(tmp_path, ".out.jsonl") >= 5:
            break
        time.sleep(0.05)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    lines = out.read_text().splitlines(keepends=True)
    assert lines and all(line.endswith("\n") for line in lines)  # complete lines only
    for line in lines:
        json.loads(line)
    subprocess.run(cmd + ["-o", str(out), "--resume"], check=True)
    assert sorted(out.read_text().splitlines()) == sorted(full.read_text().splitlines())
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
