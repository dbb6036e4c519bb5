"""Error analysis for attribution on PolNeAR: which gold attributions are missed, which predictions are wrong.

Usage: python scripts/errors/attr_errors.py GOLD.jsonl PRED.jsonl [--show missed|spurious|source|cue] [--n 30]
Counts missed gold attributions by cue word and by layout (quoted or not), and prints examples.
``--untouched`` keeps only the missed gold attributions that no prediction overlaps at all (neither
its content nor its cue shares a character with any predicted content or cue): statements missed
entirely, not boundary errors.
"""
import argparse
import collections
import json
import random

from claimx.evaluate.attribution import char_set, match, roles


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--show", default="missed")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--untouched", action="store_true",
                    help="missed: only gold attributions no predicted content or cue overlaps")
    args = ap.parse_args()
    gold = [json.loads(x) for x in open(args.gold, encoding="utf-8")]
    pred = {p["id"]: p for p in map(json.loads, open(args.pred, encoding="utf-8"))}
    missed_cues, spurious_cues = collections.Counter(), collections.Counter()
    layouts = collections.Counter()
    examples = []
    for g in gold:
        text = g["text"]
        ga = [roles(a) for a in g["attributions"]]
        pa = [roles(a) for a in pred.get(g["id"], {}).get("attributions", [])]
        pairs = match(text, ga, pa)
        mg = {i for i, _ in pairs}
        mp = {j for _, j in pairs}
        show = lambda spans: " | ".join(text[s:e] for s, e in spans).replace("\n", " ")
        for i, a in enumerate(ga):
            cue = show(a["cue"]).lower()
            content = show(a["content"])
            quoted = any(q in content for q in '"\u201c\u201d')
            if i not in mg and args.untouched:
                pchars = set().union(*(char_set(text, p["content"]) | char_set(text, p["cue"]) for p in pa)) if pa else set()
                if (char_set(text, a["content"]) | char_set(text, a["cue"])) & pchars:
                    continue
            if i not in mg:
                missed_cues[cue] += 1
                layouts["missed quoted" if quoted else "missed unquoted"] += 1
                if args.show == "missed":
                    examples.append(f"MISSED [{show(a['source'])}] [{cue}] {content[:160]}")
            else:
                layouts["found quoted" if quoted else "found unquoted"] += 1
        for j, a in enumerate(pa):
            if j not in mp:
                spurious_cues[show(a["cue"]).lower()] += 1
                if args.show == "spurious":
                    examples.append(f"SPURIOUS [{show(a['source'])}] [{show(a['cue'])}] {show(a['content'])[:160]}")
        for i, j in pairs:
            for role in ("source", "cue"):
                if args.show == role:
                    gs, ps = char_set(text, ga[i][role]), char_set(text, pa[j][role])
                    if not (gs & ps) and (gs or ps):
                        spans = [x for a in (ga[i], pa[j]) for r in ("source", "cue") for x in a[r]]
                        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
                        context = text[max(0, lo - 60):min(len(text), hi + 60)].replace("\n", " ")
                        examples.append(f"{role.upper()} gold [{show(ga[i][role])}] pred [{show(pa[j][role])}] "
                                        f"cue [{show(pa[j]['cue'])}] :: {context}")
    print("layouts:", dict(layouts))
    print("missed by cue:", missed_cues.most_common(40))
    print("spurious by cue:", spurious_cues.most_common(30))
    random.Random(args.seed).shuffle(examples)
    for e in examples[: args.n]:
        print(e)


if __name__ == "__main__":
    main()
