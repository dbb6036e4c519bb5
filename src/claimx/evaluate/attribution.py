"""Attribution scoring (source / cue / content), the definitions of ``score_attr.py``.

(a) exact per role, after trimming whitespace and . , ; : ! ? quote marks, merging touching
fragments; (b) character overlap per role on non-whitespace positions; (c) attribution-level
P/R/F1 with one-to-one greedy matching on content Jaccard >= 0.5; (d) source and cue accuracy on
matched pairs (shared character, or both empty).
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Optional

from ..stages.pipeline import DEFAULT_MODEL

ROLES = ("cue", "source", "content")
TRIM_CHARS = ".,;:!?\"'\u201c\u201d\u2018\u2019"
JACCARD_MIN = 0.5


def load_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def exact_key(text: str, spans) -> Optional[frozenset]:
    frags = []
    for s0, e0 in spans:
        while s0 < e0 and text[s0].isspace():
            s0 += 1
        while e0 > s0 and text[e0 - 1].isspace():
            e0 -= 1
        s, e = s0, e0
        while s < e and (text[s].isspace() or text[s] in TRIM_CHARS):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in TRIM_CHARS):
            e -= 1
        if s < e:
            frags.append((s, e))
        elif s0 < e0:
            frags.append((s0, e0))
    if not frags:
        return None
    frags.sort()
    merged = [list(frags[0])]
    for s, e in frags[1:]:
        last = merged[-1]
        if s <= last[1] or text[last[1]:s].isspace():
            last[1] = max(last[1], e)
        else:
            merged.append([s, e])
    return frozenset((s, e) for s, e in merged)


def char_set(text: str, spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def _prf(tp_p, n_pred, tp_g, n_gold) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def roles(a: dict) -> dict:
    """An attribution's source, cue and content as lists of (start, end) tuples."""
    return {r: [tuple(x) for x in (a.get(r) or [])] for r in ROLES}


def score(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """The reference scorer's metrics for *pred_docs* against *gold_docs*."""
    pred_by_id = {d["id"]: d for d in pred_docs}
    ex = {r: Counter() for r in ROLES}
    ch = {r: Counter() for r in ROLES}
    att = Counter()
    for gdoc in gold_docs:
        text = gdoc["text"]
        gold = [roles(a) for a in gdoc.get("attributions") or []]
        pred = [roles(a) for a in (pred_by_id.get(gdoc["id"]) or {}).get("attributions") or []]
        for r in ROLES:
            gk = Counter(k for k in (exact_key(text, a[r]) for a in gold) if k)
            pk = Counter(k for k in (exact_key(text, a[r]) for a in pred) if k)
            ex[r]["gold"] += sum(gk.values())
            ex[r]["pred"] += sum(pk.values())
            ex[r]["tp"] += sum((gk & pk).values())
            gset = set().union(*(char_set(text, a[r]) for a in gold)) if gold else set()
            pset = set().union(*(char_set(text, a[r]) for a in pred)) if pred else set()
            ch[r]["gold"] += len(gset)
            ch[r]["pred"] += len(pset)
            ch[r]["overlap"] += len(gset & pset)
        pairs = match(text, gold, pred)
        att["gold"] += sum(1 for a in gold if char_set(text, a["content"]))
        att["pred"] += sum(1 for a in pred if char_set(text, a["content"]))
        att["matched"] += len(pairs)
        for gi, pi in pairs:
            for r in ("source", "cue"):
                gs, ps = char_set(text, gold[gi][r]), char_set(text, pred[pi][r])
                att[r + "_ok"] += bool(gs & ps) or (not gs and not ps)
                att[r + "_gold_empty"] += not gs
    result = {"docs": {"gold": len(gold_docs), "pred": len(pred_by_id),
                       "missing_in_pred": len(gold_docs) - len(pred_by_id)}, "exact": {}, "char": {}}
    for r in ROLES:
        result["exact"][r] = {**_prf(ex[r]["tp"], ex[r]["pred"], ex[r]["tp"], ex[r]["gold"]),
                              "tp": ex[r]["tp"], "n_pred": ex[r]["pred"], "n_gold": ex[r]["gold"]}
        result["char"][r] = {**_prf(ch[r]["overlap"], ch[r]["pred"], ch[r]["overlap"], ch[r]["gold"]),
                             "overlap": ch[r]["overlap"], "n_pred": ch[r]["pred"], "n_gold": ch[r]["gold"]}
    result["attribution"] = {**_prf(att["matched"], att["pred"], att["matched"], att["gold"]),
                             "matched": att["matched"], "n_pred": att["pred"], "n_gold": att["gold"],
                             "jaccard_min": JACCARD_MIN}
    n = att["matched"]
    result["matched_accuracy"] = {"n_matched": n, "source": att["source_ok"] / n if n else 0.0,
                                  "cue": att["cue_ok"] / n if n else 0.0, "source_ok": att["source_ok"],
                                  "cue_ok": att["cue_ok"], "gold_source_empty": att["source_gold_empty"]}
    return result


def match(text: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy pairs (gold index, pred index) by decreasing content Jaccard >= 0.5."""
    gcont = [char_set(text, a["content"]) for a in gold]
    pcont = [char_set(text, a["content"]) for a in pred]
    cands = []
    for gi, gs in enumerate(gcont):
        if not gs:
            continue
        for pi, ps in enumerate(pcont):
            inter = len(gs & ps) if ps else 0
            if inter:
                jac = inter / len(gs | ps)
                if jac >= JACCARD_MIN:
                    cands.append((-jac, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def to_attributions(result: dict) -> dict:
    """A claimx document as a scorer prediction line."""
    attrs = []
    for c in result.get("claims", []):
        attrs.append({"source": [[s["start"], s["end"]] for s in c["speakers"]],
                      "cue": [[c["cue"]["start"], c["cue"]["end"]]] if c["cue"] else [],
                      "content": [[f["start"], f["end"]] for f in c["content"]["fragments"]]})
    return {"id": result["id"], "attributions": attrs}


def predict(gold_docs: list[dict], scope: str, model: str) -> list[dict]:
    from ..engine import Config, process
    from ..sources import Record, parse_iso_date

    records = [Record(id=d["id"], text=d["text"], date=parse_iso_date(d.get("date") or "") or None,
                      date_origin="record" if d.get("date") else None) for d in gold_docs]
    out = []
    for result in process(records, Config(model=model, scope=scope)):
        out.append(to_attributions(result) if "error" not in result else {"id": result["id"], "attributions": []})
    return out


def run(gold_path: str, *, pred: Optional[str] = None, scope: str = "all", model: str = DEFAULT_MODEL,
        save: Optional[str] = None, limit: Optional[int] = None) -> dict:
    gold = load_jsonl(gold_path)[:limit] if limit else load_jsonl(gold_path)
    preds = load_jsonl(pred) if pred else predict(gold, scope, model)
    if save:
        with open(save, "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p) + "\n")
    result = score(gold, preds)
    result["scope"] = None if pred else scope
    return result


def format_table(res: dict) -> str:
    d = res["docs"]
    lines = [f"documents: gold {d['gold']}, pred {d['pred']}, missing in pred {d['missing_in_pred']}",
             f"{'role':<8} {'exact P':>8} {'R':>6} {'F1':>6} {'n_gold':>7} {'n_pred':>7} | {'char P':>7} {'R':>6} {'F1':>6}"]
    for r in ROLES:
        e, c = res["exact"][r], res["char"][r]
        lines.append(f"{r:<8} {e['p']:>8.3f} {e['r']:>6.3f} {e['f1']:>6.3f} {e['n_gold']:>7} {e['n_pred']:>7} | "
                     f"{c['p']:>7.3f} {c['r']:>6.3f} {c['f1']:>6.3f}")
    a = res["attribution"]
    lines.append(f"attribution (content Jaccard >= {a['jaccard_min']}): P {a['p']:.3f} R {a['r']:.3f} F1 {a['f1']:.3f} "
                 f"(matched {a['matched']}, pred {a['n_pred']}, gold {a['n_gold']})")
    m = res["matched_accuracy"]
    lines.append(f"on matched: source accuracy {m['source']:.3f} ({m['source_ok']}/{m['n_matched']}), "
                 f"cue accuracy {m['cue']:.3f} ({m['cue_ok']}/{m['n_matched']})")
    return "\n".join(lines)
