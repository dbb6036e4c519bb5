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
