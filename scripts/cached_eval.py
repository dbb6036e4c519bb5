"""Fast iteration on the rule stages: parse the gold texts once (cached as a spaCy DocBin under
/tmp), then rerun everything after the parse and score it.

Usage: python scripts/cached_eval.py GOLD.jsonl [--scope all] [--save-pred PRED.jsonl]
The cache is keyed by the gold file's name and the model; delete /tmp/claimx-cache to refresh.
Only for development: the product path is ``claimx evaluate``, which parses every time.
"""
import argparse
import json
import os
import time

from spacy.tokens import DocBin

from claimx.document import analyse, blank_marker
from claimx.evaluate import attribution as ev
from claimx.models import to_dict
from claimx.sources import Record, parse_iso_date
from claimx.stages import pipeline

CACHE_DIR = "/tmp/claimx-cache"


def cached_docs(nlp, texts: list[str], name: str) -> list:
    """The parses of *texts*, made once and then read back from /tmp/claimx-cache/NAME.spacy."""
    os.makedirs(CACHE_DIR, exist_ok=True)
    path = os.path.join(CACHE_DIR, f"{name}.spacy")
    if os.path.exists(path):
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=8))
    db = DocBin(store_user_data=True)
    for doc in docs:
        db.add(doc)
    db.to_disk(path)
    return docs


def parsed(gold: list[dict], gold_path: str, nlp, model: str):
    """(document index, chunk offset, Doc) for every chunk of the gold texts, parsed once and then
    read back from /tmp/claimx-cache (a DocBin per gold file and model)."""
    texts, owners = [], []
    for n, d in enumerate(gold):
        blanked = blank_marker(d["text"])
        for s, e in pipeline.chunks(blanked, pipeline.CHUNK_CHARS):
            texts.append(blanked[s:e])
            owners.append((n, s))
    docs = cached_docs(nlp, texts, f"{os.path.basename(gold_path)}.{model}")
    for (n, base), doc in zip(owners, docs):
        yield n, base, doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--scope", default="all")
    ap.add_argument("--model", default=pipeline.DEFAULT_MODEL)
    ap.add_argument("--save-pred")
    args = ap.parse_args()
    gold = ev.load_jsonl(args.gold)
    nlp = pipeline.load_pipeline(args.model)
    parts = {}
    for n, base, doc in parsed(gold, args.gold, nlp, args.model):
        parts.setdefault(n, []).append((base, doc))
    clock = time.perf_counter()
    preds = []
    for n, d in enumerate(gold):
        rec = Record(id=d["id"], text=d["text"], date=parse_iso_date(d.get("date") or "") or None)
        preds.append(ev.to_attributions(to_dict(analyse(nlp, rec, parts.get(n, []), args.scope, args.model))))
    rules = time.perf_counter() - clock
    if args.save_pred:
        with open(args.save_pred, "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p) + "\n")
    print(ev.format_table(ev.score(gold, preds)))
    print(f"rules after the parse: {rules:.1f} s for {len(gold)} documents")


if __name__ == "__main__":
    main()
