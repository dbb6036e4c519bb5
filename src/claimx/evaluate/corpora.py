"""The corpora by name, for the hand-labelled dev sets in ``eval/`` that mix them: the shared ones
under ``../shared/data`` and ``written``, passages written by our own labellers for a held-out check
(``eval/written/*.jsonl``: each line a passage with its text and its labels by quoted words, see
``eval/README.md``)."""
from __future__ import annotations

import os
from typing import Iterable

from .attribution import load_jsonl

DEFAULT_DATA = os.path.join("..", "shared", "data")
FILES = {
    "polnear-train": ("polnear", "train.jsonl"),
    "polnear-dev": ("polnear", "dev.jsonl"),
    "timebank": ("timex", "timebank.jsonl"),
    "aquaint": ("timex", "aquaint.jsonl"),
}
WRITTEN = "written"
# which kind of news each corpus is, for the per-source scores
SOURCES = {"timebank": "wire", "aquaint": "wire", "polnear-train": "polnear", "polnear-dev": "polnear",
           WRITTEN: WRITTEN}
SOURCE_NAMES = ("wire", "polnear", WRITTEN)


def written_dir(labels_path: str) -> str:
    """Where the passages of the ``written`` corpus are: the folder beside the labels file that its
    name ends with (``speakers_written2.jsonl``: ``written2/``), else ``written/``."""
    folder = os.path.dirname(os.path.abspath(labels_path))
    named = os.path.basename(labels_path).removesuffix(".jsonl").split("_", 1)[-1]
    if named.startswith(WRITTEN) and os.path.isdir(os.path.join(folder, named)):
        return os.path.join(folder, named)
    return os.path.join(folder, WRITTEN)


def _written_passages(folder: str) -> Iterable[dict]:
    if not os.path.isdir(folder):
        raise SystemExit(f"{folder} is absent: the written passages are not beside the labels")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".jsonl"):
            yield from load_jsonl(os.path.join(folder, name))


def documents(data_dir: str, wanted: Iterable[tuple[str, str]], written: str = "") -> dict[tuple[str, str], dict]:
    """(corpus, id) -> the corpus line ({"id", "text", "date"/"dct", ...}) for every wanted pair;
    *written* is the folder of the ``written`` corpus (see :func:`written_dir`)."""
    wanted = set(wanted)
    out = {}
    for corpus in sorted({c for c, _ in wanted}):
        if corpus == WRITTEN:
            out.update(((WRITTEN, d["id"]), d) for d in _written_passages(written) if (WRITTEN, d["id"]) in wanted)
            continue
        if corpus not in FILES:
            raise SystemExit(f"unknown corpus {corpus!r} (known: {', '.join(FILES)})")
        path = os.path.join(data_dir, *FILES[corpus])
        if not os.path.exists(path):
            raise SystemExit(f"{path} is absent: the shared corpora are not on this machine")
        for d in load_jsonl(path):
            if (corpus, d["id"]) in wanted:
                out[(corpus, d["id"])] = d
    missing = wanted - set(out)
    if missing:
        raise SystemExit(f"{len(missing)} labelled documents are not in the corpora under {data_dir}")
    return out


def run_claimx(docs: dict, model: str, scope: str, jobs: int = 1) -> dict:
    """(corpus, id) -> claimx's result dict for every document, each with its own date."""
    from ..engine import Config, process_parallel
    from ..sources import Record, parse_iso_date

    keys = sorted(docs)
    records = [Record(id=f"{c}/{i}", text=docs[(c, i)]["text"],
                      date=parse_iso_date((docs[(c, i)].get("date") or docs[(c, i)].get("dct") or "")[:10]) or None)
               for c, i in keys]
    return dict(zip(keys, process_parallel(iter(records), Config(model=model, scope=scope), jobs)))


def paired_by_document(rows: list[dict], docs: dict, results: dict):
    """For each labelled document: (key, text, its label rows, claimx's claims, pairs), where
    pairs maps a row's index to the claim whose content matches it (the attribution scorer's
    content match)."""
    from collections import defaultdict

    from .attribution import match

    by_doc = defaultdict(list)
    for r in rows:
        by_doc[(r["corpus"], r["id"])].append(r)
    for key, doc_rows in by_doc.items():
        text = docs[key]["text"]
        claims = results[key].get("claims", [])
        gold = [{"content": [tuple(x) for x in r["content"]]} for r in doc_rows]
        pred = [{"content": [(f["start"], f["end"]) for f in c["content"]["fragments"]]} for c in claims]
        yield key, text, doc_rows, claims, dict(match(text, gold, pred))
