"""Claim-by-claim difference of two ``same_output.py save`` folders, for reading what a rule changed.

Usage:
    python scripts/checks/claim_diff.py BEFORE_DIR AFTER_DIR [--sets dev,timebank,aquaint]

Claims are matched by (cue start, content start); a claim is printed when its speakers' mentions,
names or affiliations, its cue, its content (where each fragment ends too: the end is shown as the
content's last words), its kind or its responds_to differ, or when it exists on one side only. The
output holds corpus text: read it, do not commit it.
"""
import argparse
import json
import os


def _claims(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _key(claim: dict) -> tuple:
    cue = claim["cue"]["start"] if claim["cue"] else -1
    return cue, claim["content"]["start"]


def _summary(claim: dict | None) -> tuple | None:
    if claim is None:
        return None
    speakers = claim["speakers"]
    return (
        [s["text"] for s in speakers],
        [s["name"] for s in speakers],
        [s["affiliation"] and s["affiliation"]["name"] for s in speakers],
        claim["cue"] and claim["cue"]["text"],
        claim["content"]["text"][:60],
        "..." + claim["content"]["text"][-30:] if len(claim["content"]["text"]) > 60 else "",
        [(f["start"], f["end"]) for f in claim["content"]["fragments"]],
        claim["kind"],
        claim["responds_to"],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--sets", default="seed,dev,timebank,aquaint")
    args = parser.parse_args()
    changed = 0
    for name in args.sets.split(","):
        before_path = os.path.join(args.before, f"{name}.out.jsonl")
        after_path = os.path.join(args.after, f"{name}.out.jsonl")
        if not (os.path.exists(before_path) and os.path.exists(after_path)):
            continue
        for old, new in zip(_claims(before_path), _claims(after_path)):
            old_claims = {_key(c): c for c in old.get("claims", [])}
            new_claims = {_key(c): c for c in new.get("claims", [])}
            for key in sorted(set(old_claims) | set(new_claims)):
                before, after = _summary(old_claims.get(key)), _summary(new_claims.get(key))
                if before != after:
                    changed += 1
                    print(f"{name} {old.get('id')}\n  - {before}\n  + {after}")
    print(f"{changed} claims differ")


if __name__ == "__main__":
    main()
