"""Check a labelling work file and write the committed form (offsets and labels only, no text).

Usage: python scripts/labelling/check.py WORK.jsonl [--write OUT.jsonl]

In a work file every span field X ([s, e], or a list of [s, e] fragments, possibly nested in
"speakers" or "responds_to") has a sibling "X_text" holding the text at those offsets (fragments
joined by " | "). The check fails (exit 1) on any mismatch, prints counts, and with --write
writes the rows without the *_text fields (corpus text never goes into the repository).
"""
import argparse
import json
import sys

from corpora import text_of


def _fragments(value):
    if isinstance(value, list) and len(value) == 2 and all(isinstance(x, int) for x in value):
        return [value]
    return value


def _check(obj, text: str, where: str, problems: list) -> dict:
    clean = {}
    for key, value in obj.items():
        if key.endswith("_text"):
            continue
        if isinstance(value, dict):
            clean[key] = _check(value, text, where, problems)
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            clean[key] = [_check(v, text, where, problems) for v in value]
            continue
        if f"{key}_text" in obj and value is not None:
            frags = _fragments(value)
            got = " | ".join(text[s:e] for s, e in frags)
            if got != obj[f"{key}_text"]:
                problems.append(f"{where}: {key} {value} is {got!r}, labelled {obj[key + '_text']!r}")
        clean[key] = value
    return clean


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--write")
    args = ap.parse_args()
    rows, problems = [], []
    for n, line in enumerate(open(args.work, encoding="utf-8"), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        text = text_of(row["corpus"], row["id"])
        rows.append(_check(row, text, f"line {n} ({row['id']})", problems))
    for p in problems:
        print(p)
    print(f"{len(rows)} rows, {len({(r['corpus'], r['id']) for r in rows})} documents, {len(problems)} problems")
    if args.write and not problems:
        with open(args.write, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
