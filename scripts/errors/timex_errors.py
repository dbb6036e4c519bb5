"""Error listing for the dates stage: the score, then value errors, misses and spurious mentions
with context.

Usage: python scripts/errors/timex_errors.py GOLD.jsonl [--n 25] [--kind value,missed,spurious,span]
Runs the dates stage on each gold text with its dct (as `claimx evaluate-dates`, but with the parse
cached (claimx.evaluate.parse_cache) so that reruns take seconds), prints the summary line of the scorer
and samples of each error kind (span: relaxed matches whose extent differs from gold, the
strict-span misses). Development only; the product path is `claimx evaluate-dates`.
"""
import argparse
import collections
import datetime as dt
import json
import os
import random

from claimx.evaluate import timex
from claimx.evaluate.parse_cache import cached_docs
from claimx.stages import dates, pipeline
from claimx.stages.pipeline import DEFAULT_MODEL

def predict_cached(gold: list[dict], gold_path: str, model: str) -> dict:
    nlp = pipeline.load_pipeline(model)
    docs = cached_docs(nlp, [d["text"] for d in gold], f"{os.path.basename(gold_path)}.dates.{model}")
    out = {}
    for d, doc in zip(gold, docs):
        dct = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
        out[d["id"]] = {"timexes": [{"start": t.start, "end": t.end, "value": t.value, "type": t.type}
                                    for t in dates.find_dates(doc, d["text"], dct)]}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--kind", default="value,missed,spurious")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()
    gold = [json.loads(x) for x in open(args.gold, encoding="utf-8")]
    preds = predict_cached(gold, args.gold, args.model)
    res = timex.score({d["id"]: d for d in gold}, preds)
    print(" ".join(f"{k} {100 * res[k]['F1']:.2f} ({res[k]['correct']})" for k in ("strict", "relaxed", "value")),
          f"pred {res['value']['pred']} gold {res['value']['gold']}")
    errs = collections.defaultdict(list)
    for d in gold:
        t = d["text"]
        g = timex._clean(d["timexes"])
        p = timex._clean(preds[d["id"]]["timexes"])
        pairs = timex.relaxed_pairs(g, p)
        for i, j in pairs:
            if (g[i]["start"], g[i]["end"]) != (p[j]["start"], p[j]["end"]):
                errs["span"].append(f"{t[g[i]['start']:g[i]['end']]!r} | pred {t[p[j]['start']:p[j]['end']]!r}")
            if g[i]["value"] != p[j]["value"]:
                errs["value"].append(f"{t[g[i]['start']:g[i]['end']]!r} {g[i]['value']} | pred {t[p[j]['start']:p[j]['end']]!r} {p[j]['value']} dct {d['dct']}")
        mg, mp = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, x in enumerate(g):
            if i not in mg:
                errs["missed"].append(f"{t[x['start']:x['end']]!r} {x['value']} {x['type']} | {t[max(0, x['start'] - 30):x['end'] + 20]!r}")
        for j, x in enumerate(p):
            if j not in mp:
                errs["spurious"].append(f"{t[x['start']:x['end']]!r} {x['value']} | {t[max(0, x['start'] - 30):x['end'] + 20]!r}")
    for kind in filter(None, args.kind.split(",")):
        random.Random(args.seed).shuffle(errs[kind])
        print(f"===== {kind} ({len(errs[kind])})")
        for line in errs[kind][: args.n]:
            print(line)


if __name__ == "__main__":
    main()
