"""Time-expression scoring, TempEval-3 style, the definitions of ``score_timex.py``.

strict span (identical offsets), relaxed span (one-to-one overlap pairing: exact pairs first, then
by overlap length, then augmenting paths for a maximal pairing), value P/R/F1 over relaxed pairs
with equal values, value accuracy, type accuracy, and recall per gold type and value shape.
"""
from __future__ import annotations

import json
import re
from typing import Optional

from ..stages.pipeline import DEFAULT_MODEL

SHAPES = (
    ("day YYYY-MM-DD", r"^\d{4}-\d{2}-\d{2}$"), ("time YYYY-MM-DDThh..", r"^\d{4}-\d{2}-\d{2}T"),
    ("month YYYY-MM", r"^\d{4}-\d{2}$"), ("year YYYY", r"^\d{4}$"), ("week YYYY-Www", r"^\d{4}-W\d{1,2}$"),
    ("quarter/half/season YYYY-Qn|Hn|SU..", r"^\d{4}-(Q\d|H\d|SP|SU|FA|WI)$"), ("decade/century", r"^\d{2,3}X?$"),
    ("*_REF", r"^(PRESENT|PAST|FUTURE)_REF$"), ("duration P..", r"^P"), ("underspecified X..", r"X"))


def value_shape(v: Optional[str]) -> str:
    for name, pat in SHAPES:
        if re.search(pat, v or ""):
            return name
    return "other"


def _clean(timexes) -> list[dict]:
    out = []
    for t in timexes or []:
        s, e = int(t["start"]), int(t["end"])
        if e > s:
            v = t.get("value")
            out.append({"start": s, "end": e, "value": None if v is None else str(v).strip(), "type": t.get("type") or None})
    return out


def relaxed_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    cand = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                exact = g["start"] == p["start"] and g["end"] == p["end"]
                cand.append((0 if exact else 1, -ov, i, j))
    cand.sort()
    g2p: dict[int, int] = {}
    p2g: dict[int, int] = {}
    for _, _, i, j in cand:
        if i not in g2p and j not in p2g:
            g2p[i], p2g[j] = j, i
    adj: dict[int, list[int]] = {}
    for _, _, i, j in cand:
        adj.setdefault(i, []).append(j)

    def augment(i, seen):
        for j in adj.get(i, []):
            if j in seen:
                continue
            seen.add(j)
            if j not in p2g or augment(p2g[j], seen):
                g2p[i], p2g[j] = j, i
                return True
        return False

    for i in range(len(gold)):
        if i not in g2p and i in adj:
            augment(i, set())
    return sorted(g2p.items())


def _prf(correct, n_pred, n_gold) -> dict:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "correct": correct, "pred": n_pred, "gold": n_gold}


def score(gold_docs: dict, pred_docs: dict) -> dict:
    """Metrics of *pred_docs* against *gold_docs* (both ``{id: {"timexes": [...]}}``)."""
    n_gold = n_pred = strict = relaxed = value_ok = typed = type_ok = 0
    by_type: dict = {}
    by_shape: dict = {}
    for doc_id in sorted(gold_docs):
        gold = _clean(gold_docs[doc_id].get("timexes"))
        pred = _clean(pred_docs.get(doc_id, {}).get("timexes"))
        n_gold += len(gold)
        n_pred += len(pred)
        gspans = {(g["start"], g["end"]) for g in gold}
        strict += sum(1 for s in {(p["start"], p["end"]) for p in pred} if s in gspans)
        pairs = relaxed_pairs(gold, pred)
        relaxed += len(pairs)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            ok = p["value"] is not None and p["value"] == g["value"]
            value_ok += ok
            if p["type"] is not None:
                typed += 1
                type_ok += p["type"] == g["type"]
            for table, key in ((by_type, g["type"]), (by_shape, value_shape(g["value"]))):
                row = table.setdefault(key, {"gold": 0, "relaxed": 0, "value": 0})
                row["relaxed"] += 1
                row["value"] += ok
        for g in gold:
            for table, key in ((by_type, g["type"]), (by_shape, value_shape(g["value"]))):
                table.setdefault(key, {"gold": 0, "relaxed": 0, "value": 0})["gold"] += 1

    def recall_rows(table):
        return {k: {"gold": v["gold"], "relaxed_R": v["relaxed"] / v["gold"] if v["gold"] else 0.0,
                    "value_R": v["value"] / v["gold"] if v["gold"] else 0.0} for k, v in sorted(table.items())}

    return {"documents": len(gold_docs), "types": "all", "strict": _prf(strict, n_pred, n_gold),
            "relaxed": _prf(relaxed, n_pred, n_gold), "value": _prf(value_ok, n_pred, n_gold),
            "value_accuracy": value_ok / relaxed if relaxed else 0.0,
            "type_accuracy": type_ok / typed if typed else None,
            "type_f1": _prf(type_ok, n_pred, n_gold)["F1"] if typed else None, "typed_pairs": typed,
            "by_gold_type": recall_rows(by_type), "by_gold_value_shape": recall_rows(by_shape),
            "unknown_pred_ids": sorted(set(pred_docs) - set(gold_docs))}


def predict(gold_docs: list[dict], model: str) -> list[dict]:
    """Run the pipeline + dates on each gold text with its document creation date."""
    import datetime as dt

    from ..stages import dates, pipeline

    nlp = pipeline.load_pipeline(model)
    out = []
    texts = [d["text"] for d in gold_docs]
    with nlp.memory_zone():
        for d, doc in zip(gold_docs, nlp.pipe(texts, batch_size=32)):
            dct = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
            found = dates.find_dates(doc, d["text"], dct)
            out.append({"id": d["id"], "timexes": [{"start": t.start, "end": t.end, "value": t.value, "type": t.type}
                                                   for t in found]})
    return out


def run(gold_path: str, *, pred: Optional[str] = None, model: str = DEFAULT_MODEL,
        save: Optional[str] = None) -> dict:
    with open(gold_path, encoding="utf-8") as fh:
        gold_list = [json.loads(line) for line in fh if line.strip()]
    if pred:
        with open(pred, encoding="utf-8") as fh:
            preds = [json.loads(line) for line in fh if line.strip()]
    else:
        preds = predict(gold_list, model)
    if save:
        with open(save, "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p) + "\n")
    return score({d["id"]: d for d in gold_list}, {p["id"]: p for p in preds})


def format_report(res: dict) -> str:
    pct = lambda x: "%6.2f" % (100 * x)  # noqa: E731
    lines = [f"documents: {res['documents']}   types: {res['types']}",
             "%-14s %6s %6s %6s   %s" % ("", "P", "R", "F1", "correct/pred/gold")]
    for k in ("strict", "relaxed", "value"):
        m = res[k]
        lines.append("%-14s %s %s %s   %d/%d/%d" % (k, pct(m["P"]), pct(m["R"]), pct(m["F1"]), m["correct"], m["pred"], m["gold"]))
    lines.append("value accuracy over relaxed pairs: %s" % pct(res["value_accuracy"]))
    if res["type_accuracy"] is not None:
        lines.append("type accuracy over relaxed pairs: %s  (%d typed pairs; type F1 %s)" % (
            pct(res["type_accuracy"]), res["typed_pairs"], pct(res["type_f1"])))
    lines.append("by gold type: " + "; ".join("%s n=%d relaxedR=%s valueR=%s" % (
        t, v["gold"], pct(v["relaxed_R"]).strip(), pct(v["value_R"]).strip()) for t, v in res["by_gold_type"].items()))
    lines.append("by gold value shape (n, relaxed R, value R):")
    for t, v in res["by_gold_value_shape"].items():
        lines.append("  %-36s %5d %s %s" % (t, v["gold"], pct(v["relaxed_R"]), pct(v["value_R"])))
    return "\n".join(lines)
