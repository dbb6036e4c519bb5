"""Print one article for labelling: every paragraph with its start offset, then (optionally) the
claims claimx found in it, with offsets, speaker mention, resolved name, cue and content.

Usage: python scripts/labelling/show.py CORPUS DOC_ID [--claims CLAIMS.jsonl]
CORPUS is polnear-train, polnear-dev, timebank or aquaint; CLAIMS.jsonl is a `claimx extract`
output of that corpus (JSON Lines).
"""
import argparse
import json
import re

from corpora import CORPORA, text_of


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("doc_id")
    ap.add_argument("--claims")
    ap.add_argument("--gold", action="store_true", help="also print PolNeAR's gold attributions")
    args = ap.parse_args()
    text = text_of(args.corpus, args.doc_id)
    print(f"=== {args.corpus} {args.doc_id} ({len(text)} characters)")
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            print(f"[{m.start()}] {m.group(0)}")
    if args.gold:
        _print_gold(args.corpus, args.doc_id, text)
    if not args.claims:
        return
    for line in open(args.claims, encoding="utf-8"):
        doc = json.loads(line)
        if doc["id"] != args.doc_id:
            continue
        print(f"=== claimx claims ({len(doc.get('claims', []))})")
        for c in doc.get("claims", []):
            who = "; ".join(f"{s['text']!r}@{s['start']}-{s['end']} -> {s['name']!r} ({s['resolution']})"
                            for s in c["speakers"]) or "(no speaker)"
            cue = f"{c['cue']['text']!r}@{c['cue']['start']}-{c['cue']['end']}" if c["cue"] else "(no cue)"
            ct = c["content"]
            print(f"{c['id']} {c['kind']} | speaker {who} | cue {cue} | content@{ct['start']}-{ct['end']}: "
                  f"{ct['text'][:300]!r}" + (f" | responds_to {c['responds_to']}" if c.get("responds_to") else ""))


def _print_gold(corpus: str, doc_id: str, text: str) -> None:
    with open(CORPORA[corpus], encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["id"] != doc_id:
                continue
            attributions = doc.get("attributions") or []
            print(f"=== gold attributions ({len(attributions)})")
            for n, a in enumerate(attributions):
                show = lambda role: " | ".join(f"{text[s:e]!r}@{s}-{e}" for s, e in a.get(role) or []) or "-"
                print(f"a{n} source {show('source')} | cue {show('cue')} | content {show('content')[:300]}")


if __name__ == "__main__":
    main()
