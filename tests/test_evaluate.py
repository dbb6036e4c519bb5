"""claimx's evaluate commands print the reference scorers' figures on the same predictions."""
import json
import subprocess
import sys

from typer.testing import CliRunner

from claimx.cli import app
from claimx.evaluate import attribution, timex
from conftest import shared_path

runner = CliRunner()


def test_attribution_scorer_on_hand_made_case():
    text = 'Bob said "We won." Ann denied it.'
    gold = [{"id": "d1", "text": text, "attributions": [
        {"source": [[0, 3]], "cue": [[4, 8]], "content": [[9, 18]]},
        {"source": [[19, 22]], "cue": [[23, 29]], "content": [[30, 32]]}]}]
    pred = [{"id": "d1", "attributions": [
        {"source": [[0, 3]], "cue": [[4, 8]], "content": [[10, 16]]},
        {"cue": [[23, 26]], "content": [[23, 33]]}]}]
    res = attribution.score(gold, pred)
    assert res["exact"]["cue"]["p"] == 0.5 and res["exact"]["source"]["r"] == 0.5
    assert abs(res["char"]["content"]["p"] - 0.5) < 1e-9 and abs(res["char"]["content"]["r"] - 0.7) < 1e-9
    assert res["attribution"]["f1"] == 0.5


def test_timex_scorer_augmenting_pairs():
    g = [{"start": 0, "end": 10}, {"start": 10, "end": 12}]
    p = [{"start": 2, "end": 11}, {"start": 0, "end": 1}]
    assert timex.relaxed_pairs(g, p) == [(0, 1), (1, 0)]


def _reference(script, *args):
    out = subprocess.run([sys.executable, str(shared_path("tools", script)), *args, "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def _ours_and_reference(tmp_path, corpus, n_docs, command, script):
    """Run a claimx evaluate command on the first documents of a gold file and the reference
    scorer on the predictions it saved; both results as dicts."""
    gold = tmp_path / "gold.jsonl"
    lines = shared_path("data", *corpus).read_text(encoding="utf-8").splitlines(keepends=True)
    gold.write_text("".join(lines[:n_docs]), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    res = runner.invoke(app, [command, str(gold), "--json", "--save-pred", str(pred)])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout), _reference(script, str(gold), str(pred))


def test_evaluate_matches_reference_attribution_scorer(tmp_path):
    ours, ref = _ours_and_reference(tmp_path, ("polnear", "dev.jsonl"), 6, "evaluate", "score_attr.py")
    for key in ("exact", "char", "attribution", "matched_accuracy"):
        assert json.dumps(ours[key], sort_keys=True) == json.dumps(ref[key], sort_keys=True)


def test_evaluate_dates_matches_reference_timex_scorer(tmp_path):
    ours, ref = _ours_and_reference(tmp_path, ("timex", "aquaint.jsonl"), 8, "evaluate-dates", "score_timex.py")
    for key in ("strict", "relaxed", "value", "value_accuracy", "type_accuracy", "by_gold_type", "by_gold_value_shape"):
        assert ours[key] == ref[key], key


def test_stance_labels_point_at_real_gold_attributions():
    import json as _json
    from conftest import ROOT

    train = {}
    with open(shared_path("data", "polnear", "train.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            d = _json.loads(line)
            train[d["id"]] = d["attributions"]
    labels = [_json.loads(x) for x in (ROOT / "eval" / "stance_dev.jsonl").read_text().splitlines()]
    assert len(labels) >= 200 and sum(lab["kind"] == "denial" for lab in labels) >= 60
    for lab in labels:
        gold = train[lab["id"]][lab["attribution"]]
        assert gold["content"] == lab["content"] and gold["cue"] == lab["cue"]
        assert "text" not in lab
        target = lab.get("responds_to")
        if target:
            assert train[lab["id"]][target["attribution"]]["content"] == target["content"]


def _written_script():
    import importlib.util
    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("written", ROOT / "scripts" / "labelling" / "written.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_PASSAGE = {
    "id": "t1", "style": "uk-web", "date": "2024-03-05",
    "text": "Critics said the council had wasted money.\n\nThe council said the claims were untrue. "
            "The council's leader said the claims were untrue.",
    "statements": [
        {"cue": {"text": "said"}, "content": [{"text": "the council had wasted money"}],
         "speakers": [{"mention": {"text": "Critics"}, "type": "description", "name": None, "affiliation": None}],
         "kind": "assertion", "shape": "plain", "negated": False, "responds_to": None},
        {"cue": {"text": "said", "nth": 2}, "content": [{"text": "the claims were untrue"}],
         "speakers": [{"mention": {"text": "The council", "nth": 1}, "type": "description", "name": None,
                       "affiliation": None}],
         "kind": "denial", "shape": "falsity", "negated": False, "responds_to": 0},
        {"cue": {"text": "said", "nth": 3}, "content": [{"text": "the claims were untrue", "nth": 2}],
         "speakers": [{"mention": {"text": "The council's leader"}, "type": "description", "name": None,
                       "affiliation": "council"}],
         "kind": "denial", "shape": "falsity", "negated": False, "responds_to": 0},
    ]}


def test_written_passages_become_rows_by_offsets_and_are_evaluated(tmp_path):
    written = _written_script()
    stance, speakers = written.rows(_PASSAGE)
    text = _PASSAGE["text"]
    assert [text[s:e] for s, e in stance[2]["content"]] == ["the claims were untrue"]
    assert stance[2]["content"][0][0] > stance[1]["content"][0][0]  # the second occurrence
    assert stance[1]["responds_to"]["content"] == stance[0]["content"]
    assert speakers[1]["speakers"][0]["name"] is None and speakers[2]["speakers"][0]["affiliation"] == "council"

    (tmp_path / "written").mkdir()
    (tmp_path / "written" / "p.jsonl").write_text(json.dumps(_PASSAGE) + "\n", encoding="utf-8")
    assert written.main(["rows", str(tmp_path / "written")]) == 0
    result = runner.invoke(app, ["evaluate", "--stance", str(tmp_path / "denials_written.jsonl")])
    assert result.exit_code == 0, result.output
    assert "2 labelled denials and 1 look-alikes; 3 paired" in result.output and "written " in result.output


def test_a_written_span_that_is_not_in_the_text_is_refused():
    import pytest

    bad = json.loads(json.dumps(_PASSAGE))
    bad["statements"][1]["content"][0]["nth"] = 3
    with pytest.raises(ValueError, match="occurrence 3"):
        _written_script().rows(bad)
