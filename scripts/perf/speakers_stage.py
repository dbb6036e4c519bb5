"""The speakers stage alone, on cached parses: its time, against another revision's in the same
run, or its profile.

Usage:
    python scripts/perf/speakers_stage.py [GOLD.jsonl] [--before REV] [--rounds N] [--profile]

Every document of GOLD (default: PolNeAR dev) is parsed once (``claimx.evaluate.parse_cache``)
and run through ``claimx.document.analyse``, which records the arguments of each call of
``speakers.resolve_speakers``; those calls are then replayed, in rounds, with the working tree's
stage and, with ``--before REV``, with the stage as it is at git revision REV (its files read
with ``git show`` into a temporary package), alternating so that both see the same machine. It
prints the minimum and median seconds of each and whether both resolve every mention alike.
``--profile`` prints cProfile's top functions for one round of the working tree's stage instead.
The string rules' memo (``names``) is emptied before every round: a round starts cold, as a new
process would.
"""
import argparse
import cProfile
import importlib.util
import os
import pstats
import subprocess
import sys
import tempfile
import time

from claimx import document
from claimx.evaluate.attribution import load_jsonl
from claimx.evaluate.parse_cache import parsed_pieces
from claimx.sources import Record, parse_iso_date
from claimx.stages import pipeline, speakers
from claimx.stages.speakers import names

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEV = os.path.join(ROOT, "..", "shared", "data", "polnear", "dev.jsonl")
PACKAGE = "src/claimx/stages/speakers"


def recorded_calls(gold: str, model: str) -> list[tuple]:
    """The arguments of every resolve_speakers call made while analysing GOLD's documents."""
    nlp = pipeline.load_pipeline(model)
    records = [Record(id=d["id"], text=d["text"], date=parse_iso_date(d.get("date") or "") or None)
               for d in load_jsonl(gold)]
    calls = []
    real = speakers.resolve_speakers
    document.speakers.resolve_speakers = lambda *a: calls.append(a) or real(*a)
    try:
        for rec, (prepared, parts) in zip(records, parsed_pieces(records, gold, nlp, model)):
            document.analyse(nlp, rec, prepared, parts, "speech", model)
    finally:
        document.speakers.resolve_speakers = real
    return calls


def stage_at(rev: str):
    """resolve_speakers as it is at git revision *rev*, loaded as claimx.stages.speakers_at_REV."""
    folder = tempfile.mkdtemp(prefix="speakers-")
    listed = subprocess.run(["git", "-C", ROOT, "ls-tree", "--name-only", f"{rev}:{PACKAGE}"], check=True,
                            capture_output=True, text=True).stdout.split()
    for name in listed:
        if name.endswith(".py"):
            text = subprocess.run(["git", "-C", ROOT, "show", f"{rev}:{PACKAGE}/{name}"], check=True,
                                  capture_output=True, text=True).stdout
            with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
                fh.write(text)
    module = f"claimx.stages.speakers_at_{rev.replace('~', '_').replace('^', '_')}"
    spec = importlib.util.spec_from_file_location(module, os.path.join(folder, "__init__.py"),
                                                  submodule_search_locations=[folder])
    package = importlib.util.module_from_spec(spec)
    sys.modules[module] = package
    spec.loader.exec_module(package)
    return package.resolve_speakers


def _cold() -> None:
    for value in vars(names).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()


def _replay(stage, calls: list[tuple]) -> tuple[float, list]:
    _cold()
    clock = time.perf_counter()
    out = [stage(*args) for args in calls]
    return time.perf_counter() - clock, out


def _signature(out: list) -> list:
    return [[(r.name, r.label, r.resolution, r.entity.key if r.entity else None,
              (r.affiliation.start, r.affiliation.end, r.affiliation.name) if r.affiliation else None,
              [(g.name, g.resolution) for g in r.group]) for r in per_statement]
            for per_piece in out for per_statement in per_piece]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=DEV)
    ap.add_argument("--model", default=pipeline.DEFAULT_MODEL)
    ap.add_argument("--before", help="a git revision to time against")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    calls = recorded_calls(args.gold, args.model)
    now = speakers.resolve_speakers
    print(f"{len(calls)} parsed pieces of {os.path.basename(args.gold)}")
    if args.profile:
        _cold()
        profile = cProfile.Profile()
        profile.enable()
        for call in calls:
            now(*call)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return 0
    stages = {"now": now}
    if args.before:
        old = stage_at(args.before)
        # a revision's stage may not take the arguments added since: give it those it names
        arity = old.__code__.co_argcount
        stages[args.before] = lambda *a: old(*a[:arity])
    seconds = {k: [] for k in stages}
    results = {}
    for _ in range(args.rounds):
        for key, stage in stages.items():
            spent, results[key] = _replay(stage, calls)
            seconds[key].append(spent)
    for key, spent in seconds.items():
        spent.sort()
        print(f"  {key:<12} min {spent[0]:.3f} s  median {spent[len(spent) // 2]:.3f} s  ({args.rounds} rounds)")
    if args.before:
        same = _signature(results["now"]) == _signature(results[args.before])
        print(f"  every mention resolved alike: {'yes' if same else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
