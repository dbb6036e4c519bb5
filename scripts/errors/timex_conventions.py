"""How much of the value gap is annotation convention: value errors whose gold value breaks the
contract claimx follows (ISO/TIMEX3 forms as issue #5 specifies them and as TimeBank writes them).

Usage: python scripts/timex_conventions.py GOLD.jsonl
Runs the dates stage on the cached parse (see timex_errors.py), sorts every value error on a
relaxed match into the classes below, and prints the value F1 with and without them. A class is
decided on the gold and predicted values and the gold text alone, never on the document id.
"""
import argparse
import collections
import datetime as dt
import json
import re

from timex_errors import predict_cached

from claimx.evaluate import timex
from claimx.stages.pipeline import DEFAULT_MODEL

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def convention(text: str, gold: str, pred: str) -> str:
    """The class of a value error, or "" when the gold value is in the contract's own form."""
    low = text.lower()
    if re.fullmatch(r"\d{4}-W\d", gold) and pred == f"{gold[:6]}0{gold[6:]}":
        return "week written without its leading zero (2000-W7)"
    if re.search(r"\bweek\b", low) and re.fullmatch(r"\d{4}-W\d\d", pred) and not re.fullmatch(r"\d{4}-W\d{1,2}", gold):
        return "a calendar week valued as a month, a day or a duration"
    if re.fullmatch(r"\d{4}-XX(-XX)?", gold) or re.fullmatch(r"\d{3}X", gold):
        return "a year or decade with XX/X appended (1982-XX, 198X)"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT(MO|AF|EV|NI)", pred) and gold in (pred[:10], pred[:10] + "TEV"):
        return "a part of a day dropped or named otherwise (Friday night = day / TEV)"
    if re.fullmatch(r"(?:last|this|next) (?:month|weekend)|the weekend|this month|september", low) and gold.startswith("P"):
        return "a calendar unit valued as a duration (this month = P1M)"
    named = next((i for i, w in enumerate(WEEKDAYS) if w in low), None)
    if named is not None and re.match(r"\d{4}-\d\d-\d\d", gold) and dt.date.fromisoformat(gold[:10]).weekday() != named:
        return "a weekday whose gold date is another weekday"
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--show", action="store_true", help="print every classified error")
    args = ap.parse_args()
    gold = [json.loads(x) for x in open(args.gold, encoding="utf-8")]
    preds = predict_cached(gold, args.gold, args.model)
    res = timex.score({d["id"]: d for d in gold}, preds)
    classes = collections.Counter()
    for d in gold:
        g, p = timex._clean(d["timexes"]), timex._clean(preds[d["id"]]["timexes"])
        for i, j in timex.relaxed_pairs(g, p):
            if g[i]["value"] != p[j]["value"] and p[j]["value"]:
                text = d["text"][g[i]["start"]:g[i]["end"]]
                kind = convention(text, g[i]["value"], p[j]["value"])
                classes[kind or "other (claimx's own errors, or conventions not classed)"] += 1
                if kind and args.show:
                    print(f"  {kind}: {text!r} gold {g[i]['value']} pred {p[j]['value']} dct {d['dct']}")
    v = res["value"]
    print(f"value F1 {100 * v['F1']:.2f} ({v['correct']} correct of pred {v['pred']}, gold {v['gold']})")
    for kind, n in classes.most_common():
        print(f"  {n:4d}  {kind}")
    fixed = v["correct"] + sum(n for k, n in classes.items() if not k.startswith("other"))
    print(f"value F1 if the classed gold values were in the contract's form: "
          f"{100 * 2 * fixed / (v['pred'] + v['gold']):.2f} ({fixed} correct)")


if __name__ == "__main__":
    main()
