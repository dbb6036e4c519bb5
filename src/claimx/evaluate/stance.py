"""Stance scoring on hand-labelled statements: ``eval/stance_dev.jsonl`` (PolNeAR train
attributions, by index) and ``eval/denials_dev.jsonl`` (wire texts and PolNeAR, by offsets, with a
``shape`` per row: how the denial is made, or what kind of look-alike it is).

claimx runs on the labelled articles; its claims are paired with the labelled statements by
content (Jaccard >= 0.5 on non-space characters, one-to-one), then by cue (the cues overlap and
the contents overlap at all). Reported:

- denial precision, recall and F1 over the paired statements, and recall over all labelled
  denials (a denial claimx has no claim for counts as missed);
- recall per denial shape (implicit denials: ``falsity`` + ``negates_claim``) and the share of each
  look-alike shape called a denial, per source (wire texts, PolNeAR);
- in documents whose denials were all labelled (TimeBank, AQUAINT, PolNeAR dev), claimx's denials
  that pair with no labelled statement, as extra false positives;
- negation accuracy on paired statements;
- responds_to accuracy on paired denials whose labelled target is itself a claim of claimx's, other
  than the denial (the claim it points to must be that one; a target told inside the denial's own
  content, "denied accusations that she ...", counts as no claim); and on denials labelled without a target, the share that
  point nowhere.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from .attribution import char_set, load_jsonl
from .corpora import SOURCE_NAMES, SOURCES, WRITTEN, documents, paired_by_document, run_claimx, written_dir

EXHAUSTIVE = ("timebank", "aquaint", "polnear-dev", WRITTEN)
IMPLICIT = ("falsity", "negates_claim")
PASSIVE_PRONOUN = ("passive", "deny_pronoun")


def _from_attribution_labels(labels: list[dict], gold_path: Optional[str]) -> tuple[list[dict], dict]:
    """Rows of the older set (by PolNeAR attribution index) in the offsets shape."""
    if gold_path is None:
        raise SystemExit("this stance file names attributions by index: give the PolNeAR gold file too")
    gold = {d["id"]: d for d in load_jsonl(gold_path)}
    rows = []
    for lab in labels:
        if lab["id"] not in gold:
            raise SystemExit(f"labelled document {lab['id']} is not in {gold_path}")
        target = lab.get("responds_to")
        rows.append({"corpus": "polnear-train", "id": lab["id"], "content": lab["content"], "cue": lab["cue"],
                     "kind": lab["kind"], "shape": "earlier set", "negated": lab["negated"],
                     "responds_to": {"content": target["content"]} if target else None})
    return rows, {("polnear-train", i): d for i, d in gold.items() if i in {r["id"] for r in rows}}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _claim_for(text: str, content: list, claims: list, skip: Optional[dict] = None) -> Optional[int]:
    """The claim whose content best overlaps *content* (Jaccard >= 0.5), or None; never *skip*."""
    gold = char_set(text, [tuple(x) for x in content])
    best, best_j = None, 0.5
    for k, c in enumerate(claims):
        if c is skip:
            continue
        got = char_set(text, [(f["start"], f["end"]) for f in c["content"]["fragments"]])
        if gold and got:
            j = len(gold & got) / len(gold | got)
            if j >= best_j:
                best, best_j = k, j
    return best


def run(gold_path: Optional[str], labels_path: str, *, data_dir: str, model: str, scope: str = "all",
        jobs: int = 1, errors: int = 0) -> dict:
    labels = load_jsonl(labels_path)
    if labels and "corpus" not in labels[0]:
        rows, docs = _from_attribution_labels(labels, gold_path)
    else:
        rows = labels
        docs = documents(data_dir, {(r["corpus"], r["id"]) for r in rows}, written_dir(labels_path))
    results = run_claimx(docs, model, scope, jobs)
    count = Counter()
    mistakes = []
    for key, text, doc_rows, claims, pairs in paired_by_document(rows, docs, results):
        _pair_by_cue(text, doc_rows, claims, pairs)
        source = SOURCES[key[0]]
        for gi, row in enumerate(doc_rows):
            denial = row["kind"] == "denial"
            shape = row.get("shape") or "unknown"
            count[("labelled", row["kind"])] += 1
            count[("shape", shape)] += 1
            claim = claims[pairs[gi]] if gi in pairs else None
            said_denial = claim is not None and claim["kind"] == "denial"
            count[("shape said denial", shape)] += said_denial
            for group in ("all", source):
                if claim is not None:
                    count[(group, "tp")] += denial and said_denial
                    count[(group, "fp")] += said_denial and not denial
                    count[(group, "fn")] += denial and not said_denial
                count[(group, "missed denials")] += denial and claim is None
            if claim is None:
                continue
            count["paired"] += 1
            count["negated ok"] += claim["negated"] == row["negated"]
            wrong_kind = said_denial != denial
            if wrong_kind or claim["negated"] != row["negated"]:
                mistakes.append({"doc": f"{key[0]}/{key[1]}", "shape": shape, "gold": row["kind"], "pred": claim["kind"],
                                 "gold_negated": row["negated"], "pred_negated": claim["negated"],
                                 "cue": claim["cue"]["text"] if claim["cue"] else None,
                                 "content": " ".join(claim["content"]["text"].split())[:120]})
            if denial and said_denial:
                _score_link(row, claim, claims, text, count, mistakes, key)
        if key[0] in EXHAUSTIVE:
            labelled_claims = set(pairs.values())
            for k, c in enumerate(claims):
                if c["kind"] == "denial" and k not in labelled_claims:
                    count["unlabelled denials"] += 1
                    mistakes.append({"doc": f"{key[0]}/{key[1]}", "shape": "unlabelled", "gold": "none",
                                     "pred": "denial", "gold_negated": None, "pred_negated": c["negated"],
                                     "cue": c["cue"]["text"] if c["cue"] else None,
                                     "content": " ".join(c["content"]["text"].split())[:120]})
    return _summary(count, mistakes[:errors] if errors else None)


def _pair_by_cue(text: str, rows: list[dict], claims: list[dict], pairs: dict) -> None:
    """Rows the content match left alone, paired with a claim whose cue overlaps the row's and
    whose content overlaps it at all ("has denied allegations in the SEC suit" labelled with a
    longer object than claimx gives it)."""
    taken = set(pairs.values())
    for gi, row in enumerate(rows):
        if gi in pairs or not row.get("cue"):
            continue
        cue = char_set(text, [tuple(x) for x in row["cue"]])
        content = char_set(text, [tuple(x) for x in row["content"]])
        for k, c in enumerate(claims):
            if k in taken or not c["cue"]:
                continue
            if cue & char_set(text, [(c["cue"]["start"], c["cue"]["end"])]) and content & char_set(
                    text, [(f["start"], f["end"]) for f in c["content"]["fragments"]]):
                pairs[gi] = k
                taken.add(k)
                break


def _score_link(row: dict, claim: dict, claims: list, text: str, count: Counter, mistakes: list, key) -> None:
    target = row.get("responds_to")
    pointed = claim.get("responds_to")
    if target is None:
        count["link null labelled"] += 1
        count["link null kept"] += pointed is None
        if pointed is not None:
            other = next((c for c in claims if c["id"] == pointed), None)
            mistakes.append(_link_mistake(row, claim, other, None, key))
        return
    k = _claim_for(text, target["content"], claims, skip=claim)
    if k is None:  # not output, or told inside the denial's own content ("denied accusations that she ...")
        count["link target not a claim"] += 1
        return
    count["link with target"] += 1
    ok = pointed == claims[k]["id"]
    count["link right"] += ok
    if not ok:
        other = next((c for c in claims if c["id"] == pointed), None)
        mistakes.append(_link_mistake(row, claim, other, claims[k], key))


def _said(claim: Optional[dict], width: int = 90) -> str:
    """A claim as "#id speaker [cue] content", for reading a link."""
    if claim is None:
        return "null"
    who = "/".join(s.get("name") or s["text"] for s in claim["speakers"]) or "-"
    cue = claim["cue"]["text"] if claim["cue"] else "-"
    return f"#{claim['id']} {who} [{cue}] {' '.join(claim['content']['text'].split())[:width]!r}"


def _link_mistake(row: dict, claim: dict, pred: Optional[dict], gold: Optional[dict], key) -> dict:
    return {"doc": f"{key[0]}/{key[1]}", "shape": row.get("shape"), "gold": "responds_to",
            "pred": f"-> {' '.join(pred['content']['text'].split())[:70]!r}" if pred else "-> null",
            "gold_negated": None, "pred_negated": None,
            "cue": claim["cue"]["text"] if claim["cue"] else None,
            "content": f"{' '.join(claim['content']['text'].split())[:60]} [target: "
                       f"{' '.join(gold['content']['text'].split())[:60] if gold else 'none'}]",
            "link": {"denial": _said(claim), "pred": _said(pred), "gold": _said(gold)}}


def _summary(count: Counter, mistakes) -> dict:
    out = {"labelled": {k: count[("labelled", k)] for k in ("denial", "assertion")}, "paired": count["paired"]}
    for group in ("all", *SOURCE_NAMES):
        tp, fp, fn = count[(group, "tp")], count[(group, "fp")], count[(group, "fn")]
        missed = count[(group, "missed denials")]
        out[group] = {"paired": _prf(tp, fp, fn), "recall_all_labelled": tp / (tp + fn + missed) if tp + fn + missed else 0.0,
                      "denials_without_claim": missed}
    shapes = sorted({key[1] for key in count if isinstance(key, tuple) and key[0] == "shape"})
    out["shapes"] = {s: {"labelled": count[("shape", s)], "said_denial": count[("shape said denial", s)]}
                     for s in shapes}
    for name, members in (("implicit", IMPLICIT), ("passive_pronoun", PASSIVE_PRONOUN)):
        n = sum(count[("shape", s)] for s in members)
        out[f"{name}_recall"] = sum(count[("shape said denial", s)] for s in members) / n if n else None
    out["unlabelled_denials_in_exhaustive_documents"] = count["unlabelled denials"]
    out["negated_accuracy"] = count["negated ok"] / count["paired"] if count["paired"] else 0.0
    out["responds_to"] = {"with_target_in_output": count["link with target"],
                          "accuracy": count["link right"] / count["link with target"] if count["link with target"] else None,
                          "target_not_a_claim": count["link target not a claim"],
                          "null_labelled": count["link null labelled"], "null_kept": count["link null kept"]}
    if mistakes is not None:
        out["errors"] = mistakes
    return out


def format_report(res: dict) -> str:
    a = res["all"]["paired"]
    lines = [f"stance on {res['labelled']['denial']} labelled denials and {res['labelled']['assertion']} look-alikes; "
             f"{res['paired']} paired with a claim",
             f"denial P {a['p']:.3f} R {a['r']:.3f} F1 {a['f1']:.3f} (paired: tp {a['tp']}, fp {a['fp']}, fn {a['fn']}); "
             f"recall over all labelled denials {res['all']['recall_all_labelled']:.3f} "
             f"({res['all']['denials_without_claim']} without a claim)"]
    for source in SOURCE_NAMES:
        v = res[source]["paired"]
        if v["tp"] + v["fp"] + v["fn"] or res[source]["denials_without_claim"]:
            lines.append(f"  {source:<8} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f} (tp {v['tp']}, fp {v['fp']}, "
                         f"fn {v['fn']}); recall over all labelled {res[source]['recall_all_labelled']:.3f}")
    for name in ("implicit", "passive_pronoun"):
        v = res[f"{name}_recall"]
        lines.append(f"{name} denials recall (all labelled): " + (f"{v:.3f}" if v is not None else "n/a (none labelled)"))
    lines.append("per shape (said denial / labelled): " + ", ".join(
        f"{s} {v['said_denial']}/{v['labelled']}" for s, v in res["shapes"].items()))
    lines.append(f"denials claimx made that no label pairs with, in exhaustively labelled documents: "
                 f"{res['unlabelled_denials_in_exhaustive_documents']}")
    lines.append(f"negated accuracy {res['negated_accuracy']:.3f}")
    r = res["responds_to"]
    acc = f"{r['accuracy']:.3f}" if r["accuracy"] is not None else "n/a"
    lines.append(f"responds_to accuracy {acc} over {r['with_target_in_output']} paired denials whose target is a claim "
                 f"({r['target_not_a_claim']} targets not a claim); labelled without target: {r['null_kept']}/"
                 f"{r['null_labelled']} point nowhere")
    for e in res.get("errors", []):
        if "link" in e:
            lines.append(f"  {e['doc']} [{e['shape']}] responds_to\n      denial {e['link']['denial']}\n"
                         f"      pred   {e['link']['pred']}\n      gold   {e['link']['gold']}")
            continue
        lines.append(f"  {e['doc']} [{e['shape']}] gold {e['gold']} pred {e['pred']} "
                     f"[{e['cue']}] {e['content']}")
    return "\n".join(lines)
