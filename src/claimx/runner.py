"""Running an extraction as the command line asks for it: a :class:`RunPlan` in, an exit code out.

The plan is plain data (what the options said, already checked); :func:`run` streams the inputs
through the one engine (this process, ``--jobs`` workers or a Dask cluster), hands each result to
the output (a file or stdout, or a Rich table), draws progress on stderr, and maps what went wrong
to an exit code through one table.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Optional

from .engine import Config
from .sources import DEFAULT_MAX_CHARS

EXIT_OK, EXIT_SOME_ERRORS, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@dataclass(frozen=True)
class RunPlan:
    """Everything a run needs, decided before any input is read."""

    inputs: tuple[str, ...]
    fmt: str  # one of writers.FORMATS
    output: Optional[str] = None  # None: stdout
    config: Config = Config()
    date: Optional[str] = None
    glob: str = "*.txt"
    jobs: int = 1
    max_chars: int = DEFAULT_MAX_CHARS
    resume: bool = False
    quiet: bool = False
    cluster: Optional[str] = None
    shards: bool = False
    shard_size: Optional[int] = None

    @property
    def single(self) -> bool:
        """One plain input: pretty JSON is one object, not an array."""
        return (len(self.inputs) == 1 and not os.path.isdir(self.inputs[0])
                and not self.inputs[0].lower().endswith((".jsonl", ".ndjson")))


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that the run ends like an interrupt."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def _exit_codes() -> tuple:
    """Exceptions a run may end with, and the exit code each gives (usage errors that only show
    once work starts: a missing pipeline, a cluster that cannot be reached)."""
    from .cluster import ClusterError
    from .stages.pipeline import ModelNotFound
    from .writers import OutputError

    return ((OutputError, EXIT_OUTPUT), (ModelNotFound, EXIT_USAGE), (ClusterError, EXIT_USAGE))


def run(plan: RunPlan, say: Callable[[str], None]) -> int:
    """Carry out *plan*; *say* writes a line for the user (stderr). Returns the exit code."""
    from .sources import read_inputs
    from .writers import done_ids, open_writer

    writer = None
    try:
        skip = done_ids(plan.fmt, plan.output) if plan.resume and not plan.shards else set()
        if not plan.shards:
            writer = open_writer(plan.fmt, plan.output, resume=plan.resume, single=plan.single)
        if plan.jobs == 1 and plan.cluster is None:
            from .stages.pipeline import load_pipeline

            load_pipeline(plan.config.model)  # a missing pipeline is a usage error before any output
    except tuple(exc for exc, _ in _exit_codes()) as exc:
        if writer:
            writer.discard()
        say(f"claimx: {exc}")
        return EXIT_USAGE
    inflight = InFlight(read_inputs(list(plan.inputs), pattern=plan.glob, date=plan.date, max_chars=plan.max_chars,
                                    skip_ids=skip), keep_text=bool(writer and writer.needs_text))
    count = errors = words = 0
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        with _progress(plan.quiet) as bar:
            task = None
            if bar:
                from .sources import count_inputs

                total = count_inputs(list(plan.inputs), plan.glob)
                task = bar.add_task("claimx", total=max(0, total - len(skip)) if total is not None else None,
                                    errors=0, rate="-")
            started = time.perf_counter()
            for result in results(inflight.items(), plan):
                text, n_words = inflight.match(result["id"])
                count += 1
                words += n_words
                errors += "error" in result
                if writer is not None:
                    writer.write(result, text)
                if bar:
                    elapsed = max(1e-9, time.perf_counter() - started)
                    bar.update(task, advance=1, errors=errors,
                               rate=f"{count / elapsed:.1f} docs/s, {words / elapsed:,.0f} words/s")
        if writer:
            writer.finish()
    except (KeyboardInterrupt, _Terminated):
        if writer:
            writer.interrupted()
        resumable = plan.output and plan.fmt in ("jsonl", "sqlite")
        say(f"claimx: interrupted after {count} documents"
            + (f"; rerun with --resume to finish {plan.output}" if resumable else ""))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        quiet_broken_pipe()
        return EXIT_OK
    except tuple(exc for exc, _ in _exit_codes()) as exc:
        if writer:
            writer.discard()
        say(f"claimx: {exc}")
        return next(code for kind, code in _exit_codes() if isinstance(exc, kind))
    finally:
        signal.signal(signal.SIGTERM, previous)
    if errors:
        say(f"claimx: {errors} of {count} inputs could not be processed (see their error records)")
        return EXIT_SOME_ERRORS
    return EXIT_OK


class InFlight:
    """Inputs on their way through the engine, so that each result meets its text again (for the
    HTML view) and its word count (for the progress rate). Results come back in input order; an
    input that yields no result (a shard skipped by ``--resume``) is dropped when a later one
    arrives."""

    def __init__(self, items, keep_text: bool):
        self._items = items
        self._keep_text = keep_text
        self._queue: deque = deque()

    def items(self):
        for item in self._items:
            text = getattr(item, "text", None)
            self._queue.append((item.id, text if self._keep_text else None, _words(text) if text else 0))
            yield item

    def match(self, doc_id: str) -> tuple[Optional[str], int]:
        while self._queue:
            item_id, text, words = self._queue.popleft()
            if item_id == doc_id:
                return text, words
        return None, 0


def _words(text: str) -> int:
    return len(text.split())


def results(items, plan: RunPlan):
    """One stream of result dicts whatever runs them: this process, --jobs workers, or Dask."""
    from .engine import process_parallel

    if plan.cluster is None:
        yield from process_parallel(items, plan.config, plan.jobs)
        return
    from .cluster import SHARD_DOCS, Cluster, run as run_shards
    from .writers import ShardWriter

    writer = ShardWriter(plan.output, plan.resume) if plan.shards else None
    with Cluster(plan.cluster, plan.config.model) as dask_cluster:
        for index, shard in run_shards(items, plan.config, dask_cluster, plan.shard_size or SHARD_DOCS,
                                       skip_shard=writer.done if writer and plan.resume else None):
            if writer is not None:
                writer.write(index, shard)
            yield from shard


def quiet_broken_pipe() -> None:
    """Reader went away (``| head -1``): stop writing to stdout, no traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("[bold]claimx"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TextColumn("errors: {task.fields[errors]}"),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True)
