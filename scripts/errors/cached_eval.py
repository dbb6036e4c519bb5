"""Fast iteration on the rule stages: parse the gold texts once (cached as a spaCy DocBin), then rerun everything after the parse and score it.

Usage: python scripts/errors/cached_eval.py GOLD.jsonl [--scope all] [--save-pred PRED.jsonl]
The cache (claimx.evaluate.parse_cache) is keyed by the gold file's name and the model.
Only for development: the product path is ``claimx evaluate``, which parses every time.
"""
import argparse
import json
import time

from claimx.document import analyse
from claimx.evaluate.parse_cache import parsed_pieces
from claimx.evaluate import attribution as ev
from claimx.models import to_dict
from claimx.sources import Record, parse_iso_date
from claimx.stages import pipeline

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--scope", default="all")
    ap.add_argument("--model", default=pipeline.DEFAULT_MODEL)
    ap.add_argument("--save-pred")
    args = ap.parse_args()
    gold = ev.load_jsonl(args.gold)
    nlp = pipeline.load_pipeline(args.model)
    records = [Record(id=d["id"], text=d["text"], date=parse_iso_date(d.get("date") or "") or None) for d in gold]
    parsed = parsed_pieces(records, args.gold, nlp, args.model)
    clock = time.perf_counter()
    preds = []
    for rec, (prepared, parts) in zip(records, parsed):
        preds.append(ev.to_attributions(to_dict(analyse(nlp, rec, prepared, parts, args.scope, args.model))))
    rules = time.perf_counter() - clock
    if args.save_pred:
        with open(args.save_pred, "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p) + "\n")
    print(ev.format_table(ev.score(gold, preds)))
    print(f"rules after the parse: {rules:.1f} s for {len(gold)} documents")


if __name__ == "__main__":
    main()
