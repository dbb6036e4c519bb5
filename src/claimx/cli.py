"""Command line: options -> config -> sources -> engine -> writers. No analysis logic lives here.

Heavy imports (spaCy, dateparser, the engine) happen inside commands, so ``--help`` and
``--version`` stay fast.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from typing import List, Optional

import typer

from ._version import __version__
from .sources import DEFAULT_MAX_CHARS
from .stages.pipeline import DEFAULT_MODEL

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="claimx: extract claims and denials (who said what, when) from news text.")



class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"
    csv = "csv"
    sqlite = "sqlite"


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


@app.command()
def extract(
    inputs: List[str] = typer.Argument(None, help="Text files, folders, .jsonl files, or - for stdin."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="table | json | jsonl | html | csv | sqlite (default: from the -o suffix .html/.csv/.db, else table on a terminal and jsonl otherwise)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout; with --format html, a folder (DIR/) gets a page per document."),
    date: Optional[str] = typer.Option(None, "--date", callback=_check_date, help="Document date YYYY-MM-DD for every input."),
    glob: str = typer.Option("*.txt", "--glob", help="File pattern when walking folders."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", help="Installed spaCy pipeline to use."),
    scope: Scope = typer.Option(Scope.speech, "--scope", help="speech: statements only; all: also beliefs, intentions, endorsements."),
    jobs: str = typer.Option("1", "--jobs", "-j", help="Worker processes (a number or 'auto')."),
    batch_size: int = typer.Option(8, "--batch-size", min=1, help="Documents per spaCy batch (memory grows with it)."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Longer documents become 'too_large' error records."),
    resume: bool = typer.Option(False, "--resume", help="With -o out.jsonl or -o out.db: skip inputs already in the output."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Run on Dask: local, local:N, or tcp://scheduler:8786."),
    shards: bool = typer.Option(False, "--shards", help="With --cluster and -o DIR/: one file per shard plus manifest.json."),
    shard_size: Optional[int] = typer.Option(None, "--shard-size", min=1, help="Records per shard (default: 4)."),
) -> None:
    """Extract claims from articles and write one result per input.

    Examples: claimx extract article.txt; claimx extract archive/ -o claims.jsonl --jobs auto;
    cat crawl.jsonl | claimx extract - --format jsonl; claimx extract archive/ -o claims.db;
    claimx extract article.txt -o article.html
    """
    from .engine import Config
    from .runner import RunPlan, run

    plan = RunPlan(inputs=tuple(_inputs(inputs)), fmt=_format(format, output, shards), output=output,
                   config=Config(model=model, scope=scope.value, batch_size=batch_size), date=date, glob=glob,
                   jobs=_check_jobs(jobs), max_chars=max_chars, resume=resume, quiet=quiet, cluster=cluster,
                   shards=shards, shard_size=shard_size)
    _check_plan(plan)
    code = run(plan, say=lambda line: typer.echo(line, err=True))
    if code:
        raise typer.Exit(code)


def _inputs(inputs: Optional[List[str]]) -> list[str]:
    inputs = list(inputs or [])
    if not inputs:
        if sys.stdin is not None and not sys.stdin.isatty():
            return ["-"]
        raise typer.BadParameter("give at least one input (a file, a folder, or - for stdin)", param_hint="INPUTS")
    for path in inputs:
        if path != "-" and not os.path.exists(path):
            raise typer.BadParameter(f"no such file or directory: {path}", param_hint="INPUTS")
    return inputs


def _format(format: Optional[Format], output: Optional[str], shards: bool) -> str:
    from .writers import format_for_path

    if format:
        return format.value
    if shards:
        return "jsonl"
    if output is not None:
        return format_for_path(output) or "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


def _check_plan(plan) -> None:
    """Option combinations that cannot work, as usage errors (exit 2) before any input is read."""
    from .writers import RESUMABLE, is_folder_target

    if plan.fmt == "table" and plan.output is not None:
        raise typer.BadParameter("--format table is for the terminal; use json, jsonl, html, csv or sqlite with -o",
                                 param_hint="--format")
    if plan.fmt == "sqlite" and plan.output is None:
        raise typer.BadParameter("--format sqlite needs -o FILE.db", param_hint="--format")
    if plan.shards and (plan.cluster is None or plan.output is None):
        raise typer.BadParameter("--shards needs --cluster and -o DIR", param_hint="--shards")
    if plan.shards and plan.fmt != "jsonl":
        raise typer.BadParameter("--shards writes JSON Lines shard files; leave out --format", param_hint="--shards")
    if plan.shards and os.path.isfile(plan.output):
        raise typer.BadParameter(f"--shards needs -o to be a folder, and {plan.output} is a file", param_hint="--output")
    if not plan.shards and plan.fmt != "html" and is_folder_target(plan.output):
        raise typer.BadParameter(f"{plan.output} is a folder: give a file name (a folder is for --format html "
                                 "or --shards)", param_hint="--output")
    if plan.resume and (plan.output is None or (plan.fmt not in RESUMABLE and not plan.shards)):
        raise typer.BadParameter("--resume needs -o FILE with JSON Lines or SQLite output", param_hint="--resume")
    if plan.cluster is not None:
        from .cluster import ClusterError, parse_spec

        try:
            parse_spec(plan.cluster)
        except ClusterError as exc:
            raise typer.BadParameter(str(exc), param_hint="--cluster")
        if plan.jobs != 1:
            raise typer.BadParameter("--jobs and --cluster exclude each other: the cluster's workers are the "
                                     "processes (use --cluster local:N)", param_hint="--jobs")


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line (generated from the output models)."""
    import json

    from .models import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


@app.command()
def evaluate(
    gold: Optional[str] = typer.Argument(None, help="Gold JSON Lines (PolNeAR shape: id, text, date, attributions); not needed with --speakers or a --stance file that names its corpora."),
    pred: Optional[str] = typer.Option(None, "--pred", help="Score these predictions instead of running claimx."),
    scope: Scope = typer.Option(Scope.all, "--scope", help="Which claims to emit when running claimx."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    save: Optional[str] = typer.Option(None, "--save-pred", help="Also write the predictions (scorer format) here."),
    model: str = typer.Option(DEFAULT_MODEL, "--model"),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N gold documents."),
    stance: Optional[str] = typer.Option(None, "--stance", help="Stance labels (eval/stance_dev.jsonl, eval/denials_dev.jsonl): score kind, negated, responds_to."),
    speakers: Optional[str] = typer.Option(None, "--speakers", help="Speaker-name labels (eval/speakers_dev.jsonl): score the names claimx resolves."),
    data: str = typer.Option(os.path.join("..", "shared", "data"), "--data", help="With --speakers or --stance: the folder of the corpora the labels name."),
    errors: int = typer.Option(0, "--errors", help="With --stance or --speakers: list this many mistakes."),
    layouts: bool = typer.Option(False, "--layouts", help="Layout invariance: rerun on the articles hard-wrapped, indented, CRLF, two-spaced."),
    jobs: str = typer.Option("1", "--jobs", "-j", help="Worker processes for the claimx runs (a number or 'auto')."),
) -> None:
    """Score claimx against gold data: attributions (the reference scorer's metrics), layout
    invariance, stance or speaker names on hand-labelled sets.

    Examples: claimx evaluate ../shared/data/polnear/dev.jsonl; claimx evaluate --speakers
    eval/speakers_dev.jsonl; claimx evaluate --stance eval/denials_dev.jsonl
    """
    import json

    n_jobs = _check_jobs(jobs)
    if speakers:
        from .evaluate import speakers as sp

        res = sp.run(speakers, data_dir=data, model=model, scope=scope.value, jobs=n_jobs, errors=errors)
        typer.echo(json.dumps(res, indent=2) if as_json else sp.format_report(res))
        return
    if stance:
        from .evaluate import stance as st

        res = st.run(gold, stance, data_dir=data, model=model, scope=scope.value, jobs=n_jobs, errors=errors)
        typer.echo(json.dumps(res, indent=2) if as_json else st.format_report(res))
        return
    if gold is None:
        raise typer.BadParameter("give the gold file (or --speakers / --stance with a labels file)", param_hint="GOLD")
    if layouts:
        from .evaluate import layouts as lay

        res = lay.run(gold, model=model, scope=scope.value, limit=limit, jobs=n_jobs)
        typer.echo(json.dumps(res, indent=2) if as_json else lay.format_report(res))
        return
    from .evaluate import attribution as ev

    result = ev.run(gold, pred=pred, scope=scope.value, model=model, save=save, limit=limit)
    typer.echo(json.dumps(result, indent=2) if as_json else ev.format_table(result))


@app.command("evaluate-dates")
def evaluate_dates(
    gold: str = typer.Argument(..., help="Gold JSON Lines (TimeML shape: id, dct, text, timexes)."),
    pred: Optional[str] = typer.Option(None, "--pred", help="Score these predictions instead of running claimx."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    save: Optional[str] = typer.Option(None, "--save-pred", help="Also write the predictions (scorer format) here."),
    model: str = typer.Option(DEFAULT_MODEL, "--model"),
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
        from .runner import quiet_broken_pipe

        quiet_broken_pipe()


if __name__ == "__main__":
    main()
