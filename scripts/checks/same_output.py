"""Byte-identity check for refactors: run ``claimx extract`` on a fixed set of inputs and save or
compare the JSON Lines it writes.

Usage:
    python scripts/checks/same_output.py save DIR      # before the change
    python scripts/checks/same_output.py compare DIR   # after it: exit 1 and a per-set summary on any difference

The inputs are the seed article, PolNeAR dev and the TimeBank and AQUAINT texts (with their
document dates), read from ../shared; corpus text is only written to DIR (keep DIR outside the
repository). ``--sets`` picks a subset; ``--show N`` prints the first N differing claims.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
SETS = {
    "seed": None,
    "dev": os.path.join(SHARED, "data", "polnear", "dev.jsonl"),
    "timebank": os.path.join(SHARED, "data", "timex", "timebank.jsonl"),
    "aquaint": os.path.join(SHARED, "data", "timex", "aquaint.jsonl"),
}


def _inputs(name: str, folder: str) -> str:
    """A JSON Lines input for set *name* (id, text, date only), written under *folder*."""
    path = os.path.join(folder, f"{name}.in.jsonl")
    if name == "seed":
        seeds = sorted(os.listdir(os.path.join(ROOT, "seeds")))
        lines = [{"id": s, "text": open(os.path.join(ROOT, "seeds", s), encoding="utf-8").read()} for s in seeds]
    else:
        lines = []
        for raw in open(SETS[name], encoding="utf-8"):
            d = json.loads(raw)
            lines.append({"id": d["id"], "text": d["text"], "date": d.get("date") or d.get("dct")})
    with open(path, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


def _extract(name: str, folder: str, out: str) -> None:
    claimx = os.path.join(os.path.dirname(sys.executable), "claimx")
    subprocess.run([claimx, "extract", _inputs(name, folder), "-o", out, "--format", "jsonl", "--quiet"],
                   check=False)


def _claims(path: str) -> dict:
    return {d["id"]: d for d in map(json.loads, open(path, encoding="utf-8"))}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("save", "compare"))
    ap.add_argument("folder")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    os.makedirs(args.folder, exist_ok=True)
    status = 0
    for name in args.sets.split(","):
        saved = os.path.join(args.folder, f"{name}.out.jsonl")
        if args.mode == "save":
            _extract(name, args.folder, saved)
            print(f"{name}: saved {saved}")
            continue
        now = os.path.join(args.folder, f"{name}.now.jsonl")
        _extract(name, args.folder, now)
        if open(saved, "rb").read() == open(now, "rb").read():
            print(f"{name}: identical")
            continue
        status = 1
        before, after = _claims(saved), _claims(now)
        changed = [k for k in before if before[k] != after.get(k)]
        n_before = sum(len(d.get("claims", [])) for d in before.values())
        n_after = sum(len(d.get("claims", [])) for d in after.values())
        print(f"{name}: DIFFERENT in {len(changed)} of {len(before)} documents (claims {n_before} -> {n_after})")
        shown = 0
        for k in changed:
            b, a = before[k].get("claims", []), after.get(k, {}).get("claims", [])
            for cb, ca in zip(b + [None] * len(a), a + [None] * len(b)):
                if cb != ca and shown < args.show:
                    shown += 1
                    print(f"  {k}\n    before: {json.dumps(cb, ensure_ascii=False)[:400]}\n    after:  {json.dumps(ca, ensure_ascii=False)[:400]}")
    return status


if __name__ == "__main__":
    sys.exit(main())
