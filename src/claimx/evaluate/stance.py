"""Stance scoring on hand-labelled gold attributions (``eval/stance_dev.jsonl``).

claimx runs on the labelled articles; its claims are paired with the gold attributions by the
attribution scorer's content matching (Jaccard >= 0.5, one-to-one). Over the labelled
attributions that found a partner: denial precision/recall/F1, negation accuracy, and, for
labelled denials, responds_to accuracy (the claim it points to must be the partner of the
labelled attribution, or both null).
"""
from __future__ import annotations

from .attribution import load_jsonl, match, roles, to_attributions


def run(gold_path: str, labels_path: str, *, model: str, scope: str = "all", errors: int = 0) -> dict:
    from ..engine import Config, process
    from ..sources import Record, parse_iso_date

    labels = load_jsonl(labels_path)
    wanted = {lab["id"] for lab in labels}
    gold = {d["id"]: d for d in load_jsonl(gold_path) if d["id"] in wanted}
    missing = wanted - set(gold)
    if missing:
        raise SystemExit(f"{len(missing)} labelled documents are not in {gold_path}")
    records = [Record(id=d["id"], text=d["text"], date=parse_iso_date(d.get("date") or "") or None) for d in gold.values()]
    results = {r["id"]: r for r in process(records, Config(model=model, scope=scope))}
    pairs_by_doc = {}
    for doc_id, d in gold.items():
        text = d["text"]
        g = [roles(a) for a in d["attributions"]]
        pred = to_attributions(results[doc_id])["attributions"]
        p = [roles(a) for a in pred]
        pairs_by_doc[doc_id] = dict(match(text, g, p))
    tp = fp = fn = neg_ok = matched = resp_ok = resp_n = 0
    mistakes = []
    for lab in labels:
        doc_id = lab["id"]
        pi = pairs_by_doc[doc_id].get(lab["attribution"])
        if pi is None:
            continue
        matched += 1
        claim = results[doc_id]["claims"][pi]
        pred_denial = claim["kind"] == "denial"
        gold_denial = lab["kind"] == "denial"
        tp += pred_denial and gold_denial
        fp += pred_denial and not gold_denial
        fn += gold_denial and not pred_denial
        neg_ok += claim["negated"] == lab["negated"]
        if pred_denial != gold_denial or claim["negated"] != lab["negated"]:
            mistakes.append({"id": doc_id, "attribution": lab["attribution"], "gold_kind": lab["kind"],
                             "pred_kind": claim["kind"], "gold_negated": lab["negated"],
                             "pred_negated": claim["negated"], "cue": claim["cue"]["text"] if claim["cue"] else None,
                             "content": claim["content"]["text"][:160]})
        if gold_denial:
            resp_n += 1
            target = lab.get("responds_to")
            pointed = claim.get("responds_to")
            if target is None:
                ok = pointed is None
            else:
                partner = pairs_by_doc[doc_id].get(target["attribution"])
                ok = pointed is not None and partner == int(pointed[1:]) - 1
            resp_ok += ok
            if not ok:
                other = results[doc_id]["claims"][int(pointed[1:]) - 1]["content"]["text"][:80] if pointed else None
                mistakes.append({"id": doc_id, "attribution": lab["attribution"], "gold_kind": "responds_to",
                                 "pred_kind": f"-> {other!r}", "gold_negated": target is not None,
                                 "pred_negated": pointed is not None, "cue": claim["cue"]["text"] if claim["cue"] else None,
                                 "content": claim["content"]["text"][:100]})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out = {"labelled": len(labels), "matched": matched,
           "denials_labelled": sum(1 for lab in labels if lab["kind"] == "denial"),
           "denial": {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn},
           "negated_accuracy": neg_ok / matched if matched else 0.0,
           "responds_to_accuracy": resp_ok / resp_n if resp_n else 0.0, "responds_to_n": resp_n}
    if errors:
        out["errors"] = mistakes[:errors]
    return out


def format_report(res: dict) -> str:
    d = res["denial"]
    lines = [f"stance on labelled attributions: {res['matched']} of {res['labelled']} matched by a claim "
             f"({res['denials_labelled']} labelled denials)",
             f"denial P {d['p']:.3f} R {d['r']:.3f} F1 {d['f1']:.3f} (tp {d['tp']}, fp {d['fp']}, fn {d['fn']})",
             f"negated accuracy {res['negated_accuracy']:.3f}",
             f"responds_to accuracy {res['responds_to_accuracy']:.3f} over {res['responds_to_n']} matched denials"]
    for e in res.get("errors", []):
        lines.append(f"  {e['id']}#{e['attribution']}: gold {e['gold_kind']}/{'neg' if e['gold_negated'] else 'pos'} "
                     f"pred {e['pred_kind']}/{'neg' if e['pred_negated'] else 'pos'} [{e['cue']}] {e['content']}")
    return "\n".join(lines)
