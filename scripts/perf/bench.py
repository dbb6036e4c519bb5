"""Speed and memory benchmark (`make bench`): ratios measured side by side in one run.

Reads the PolNeAR dev and train splits from ../shared/data/polnear/ (skips with a message when
they are absent) and prints, each as the median of --runs runs:
  1. raw nlp.pipe words/second (same model and components, n_process=1, in a fresh process that
     loads the model and reads the texts, as claimx does): the floor;
  2. `claimx extract dev.jsonl -o out.jsonl --jobs 1` words/second, and its ratio to (1);
  3. `--jobs 2` over `--jobs 1`, and `--cluster local:2` (Dask) over `--jobs 1`, on dev (per-round
     ratios, start-up included) and on train (10x larger: start-up amortized; --train-runs runs
     per mode in mirrored order, ratio of the summed times), with the CPU seconds each mode used;
  4. peak RSS of `claimx extract` on dev and on train (10x larger), and their ratio;
  5. wall time of `claimx --help`, and time to the first output line for one article;
  6. the share of time per stage from one in-process run (document.STAGE_SECONDS).
On train it also prints the instructions and cycles of each mode where `perf stat` can count
them (the work done, which the other tenants of a shared machine do not change), and checks
that every run of every mode wrote the same bytes (exit status 1 when not).
Timings are wall-clock on a shared machine: compare the ratios, not the absolute numbers.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from claimx.stages.pipeline import DEFAULT_MODEL

ROOT = pathlib.Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
CLAIMX = [sys.executable, "-m", "claimx"]
RSS_WRAPPER = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
               "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
               "print(u.ru_utime + u.ru_stime, u.ru_maxrss, r.returncode)")


def words_in(path: pathlib.Path) -> tuple[int, list[str]]:
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return sum(len(t.split()) for t in texts), texts


RAW_SCRIPT = """
import json, sys
from claimx.stages import pipeline
nlp = pipeline.load_pipeline(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
with nlp.memory_zone():
    for _ in nlp.pipe(texts, batch_size=32):
        pass
"""


def raw_parse(path: pathlib.Path, model: str) -> float:
    """Wall time of the bare spaCy job in a fresh process: start Python, load the same pipeline
    (same components), read the texts, nlp.pipe them. The same start-up costs as claimx pays."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", RAW_SCRIPT, str(path), model], check=True)
    return time.perf_counter() - start


@dataclass
class Run:
    seconds: float
    rss_kb: int
    cpu_seconds: float
    digest: str  # sha256 of the output file
    counters: dict  # perf's instructions and cycles of all processes, when perf can count them


PERF_OK = None


def perf_prefix(out: str) -> list[str]:
    """``perf stat`` counting instructions and cycles of a command and all its children (they
    do not depend on how busy the other tenants of a shared machine are, unlike seconds), or
    nothing where perf is missing or may not read the counters."""
    global PERF_OK
    if PERF_OK is None:
        try:
            probe = subprocess.run(["perf", "stat", "-x", ",", "-e", "instructions", "--", "true"],
                                   capture_output=True, text=True, timeout=30)
            PERF_OK = probe.returncode == 0 and probe.stderr.split(",")[0].strip().isdigit()
        except (OSError, subprocess.TimeoutExpired):
            PERF_OK = False
    return ["perf", "stat", "-x", ",", "-e", "instructions,cycles", "-o", out, "--"] if PERF_OK else []


def read_counters(path: str) -> dict:
    counters = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            fields = line.strip().split(",")
            if len(fields) > 2 and fields[0].isdigit():
                counters[fields[2].split(":")[0]] = int(fields[0])
    return counters


def extract_run(path: pathlib.Path, jobs: int, model: str, extra: tuple = ()) -> Run:
    """Wall seconds, peak RSS of the largest process, CPU seconds of all processes, the output's
    digest and (with perf) instructions and cycles of one end-to-end `claimx extract` run
    writing JSON Lines."""
    with tempfile.TemporaryDirectory() as tmp:
        out, perf_out = os.path.join(tmp, "out.jsonl"), os.path.join(tmp, "perf.txt")
        start = time.perf_counter()
        proc = subprocess.run([*perf_prefix(perf_out), sys.executable, "-c", RSS_WRAPPER, *CLAIMX, "extract",
                               str(path), "-o", out, "--jobs", str(jobs), "--model", model, "--quiet", *extra],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - start
        cpu, rss, code = proc.stdout.split()[-3:]
        if code != "0":
            raise SystemExit(f"claimx extract failed ({code}): {proc.stderr[-500:]}")
        digest = hashlib.sha256(pathlib.Path(out).read_bytes()).hexdigest()
        return Run(seconds, int(rss), float(cpu), digest, read_counters(perf_out))


def help_time() -> float:
    start = time.perf_counter()
    subprocess.run(CLAIMX + ["--help"], capture_output=True, check=True)
    return time.perf_counter() - start


def first_line_time(article: pathlib.Path) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(CLAIMX + ["extract", str(article), "--format", "jsonl"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    return elapsed


def stage_shares(path: pathlib.Path, model: str) -> dict[str, float]:
    from claimx import document
    from claimx.engine import Config, process
    from claimx.sources import read_inputs
    from claimx.writers import dumps_line

    from claimx.stages import pipeline

    pipeline.load_pipeline(model)  # the model load is not a stage: both (1) and (2) pay it once
    for key in document.STAGE_SECONDS:
        document.STAGE_SECONDS[key] = 0.0
    clock = time.perf_counter()
    for result in process(read_inputs([str(path)]), Config(model=model)):
        dumps_line(result)
    total = time.perf_counter() - clock
    shares = {k: v / total for k, v in document.STAGE_SECONDS.items()}
    shares["other (reading, JSON lines)"] = max(0.0, 1 - sum(shares.values()))
    return shares


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per dev measurement (median)")
    ap.add_argument("--train-runs", type=int, default=2, help="runs per mode on the train split, in mirrored order")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()
    dev, train = POLNEAR / "dev.jsonl", POLNEAR / "train.jsonl"
    if not dev.exists():
        print(f"bench: {dev} is absent (the shared corpora are not on this machine); nothing to measure")
        return 0
    n_words, texts = words_in(dev)
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}; dev split {n_words} words, "
          f"{len(texts)} articles; median of {args.runs} runs")

    # Rounds side by side: the machine's background load drifts over minutes, so each ratio is
    # taken within one round (raw, --jobs 1, --jobs 2, --cluster run back to back) and the
    # median of the per-round ratios is printed.
    rounds = []
    for _ in range(args.runs):
        raw = raw_parse(dev, args.model)
        one = extract_run(dev, 1, args.model)
        t1, rss_dev = one.seconds, one.rss_kb
        t2 = extract_run(dev, 2, args.model).seconds
        tc = extract_run(dev, 1, args.model, ("--cluster", "local:2")).seconds
        rounds.append({"raw": raw, "t1": t1, "t2": t2, "tc": tc, "rss": rss_dev})
    med = lambda f: statistics.median(f(r) for r in rounds)  # noqa: E731
    raw, t1, t2, tc, rss_dev = med(lambda r: r["raw"]), med(lambda r: r["t1"]), med(lambda r: r["t2"]), \
        med(lambda r: r["tc"]), med(lambda r: r["rss"])
    rows = [("1 raw nlp.pipe (floor)", f"{n_words / raw:,.0f} words/s", "fresh process, model load included"),
            ("2 claimx extract --jobs 1", f"{n_words / t1:,.0f} words/s",
             f"{med(lambda r: r['raw'] / r['t1']):.2f} of raw (target >= 0.85)"),
            ("3 claimx extract --jobs 2", f"{n_words / t2:,.0f} words/s",
             f"{med(lambda r: r['t1'] / r['t2']):.2f}x jobs 1 (target >= 1.7)"),
            ("3b claimx extract --cluster local:2", f"{n_words / tc:,.0f} words/s",
             f"{med(lambda r: r['t1'] / r['tc']):.2f}x jobs 1 (start-up included)")]
    if train.exists() and args.train_runs > 0:
        # The three modes in mirrored order (1, 2, cluster, cluster, 2, 1, ...): a load that drifts
        # during the runs weighs on every mode alike, and the ratio is taken over the summed times.
        n_train, _ = words_in(train)
        modes = {"1": (1, ()), "2": (2, ()), "c": (1, ("--cluster", "local:2"))}
        runs: dict[str, list] = {k: [] for k in modes}
        for n in range(args.train_runs):
            for key in (modes if n % 2 == 0 else reversed(list(modes))):
                jobs, extra = modes[key]
                runs[key].append(extract_run(train, jobs, args.model, extra))
        wall = {k: sum(r.seconds for r in v) for k, v in runs.items()}
        cpu = {k: sum(r.cpu_seconds for r in v) for k, v in runs.items()}
        rss_train = max(r.rss_kb for r in runs["1"])
        each = lambda k: "/".join(f"{r.seconds:.0f}" for r in runs[k])  # noqa: E731
        rows.append(("4 peak RSS dev / train", f"{rss_dev / 1024:.0f} MB / {rss_train / 1024:.0f} MB",
                     f"ratio {rss_train / rss_dev:.2f} (target <= 1.15, < 700 MB)"))
        rows.append((f"3c train split: --jobs 1 / 2 ({args.train_runs} runs each)",
                     f"{n_train * len(runs['1']) / wall['1']:,.0f} / {n_train * len(runs['2']) / wall['2']:,.0f} words/s",
                     f"{wall['1'] / wall['2']:.2f}x (target >= 1.7); runs {each('1')} s / {each('2')} s"))
        rows.append(("3d train split: --cluster local:2", f"{n_train * len(runs['c']) / wall['c']:,.0f} words/s",
                     f"{wall['1'] / wall['c']:.2f}x jobs 1 (target >= 1.7); runs {each('c')} s"))
        rows.append(("3e train split: CPU seconds, all processes", f"{cpu['1']:.0f} / {cpu['2']:.0f} / {cpu['c']:.0f}",
                     f"jobs 1 / jobs 2 / cluster: parallel runs cost {cpu['2'] / cpu['1']:.2f}x / "
                     f"{cpu['c'] / cpu['1']:.2f}x the CPU of one process"))
        counted = {k: [r.counters for r in v] for k, v in runs.items()}
        if all(c.get("instructions") and c.get("cycles") for v in counted.values() for c in v):
            total = {k: {e: sum(c[e] for c in v) for e in ("instructions", "cycles")} for k, v in counted.items()}
            rel = lambda e: "/".join(f"{total[k][e] / total['1'][e]:.2f}" for k in modes)  # noqa: E731
            rows.append(("3f train split: perf counters, all processes", f"instructions {rel('instructions')}",
                         f"cycles {rel('cycles')} (jobs 1 / 2 / cluster, relative to jobs 1: the work done, "
                         "and the cycles it took)"))
        digests = {r.digest for v in runs.values() for r in v}
        rows.append(("3g train split: output of every run", "identical" if len(digests) == 1 else "DIFFERENT",
                     f"sha256 {sorted(digests)[0][:16]} ({sum(map(len, runs.values()))} runs, 3 modes)"
                     if len(digests) == 1 else f"{len(digests)} different outputs"))
    else:
        digests = set()
        rows.append(("4 peak RSS dev", f"{rss_dev / 1024:.0f} MB", "train run skipped"))
    helps = statistics.median(help_time() for _ in range(max(3, args.runs)))
    first = statistics.median(first_line_time(ROOT / "seeds" / "000_ed139b7e7c3af03c.txt") for _ in range(args.runs))
    rows.append(("5 claimx --help / first line", f"{helps:.2f} s / {first:.2f} s", "targets < 0.3 s / < 3 s"))
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>24}  {note}")
    print("6 share of end-to-end time per stage (one in-process run on dev):")
    for stage, share in stage_shares(dev, args.model).items():
        print(f"    {stage:<28} {100 * share:5.1f}%")
    return 0 if len(digests) <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
