"""Speaker-name scoring on the hand-labelled set ``eval/speakers_dev.jsonl``.

Every labelled statement names its true speakers: the canonical name of each (the longest full
name the article writes, no titles), or null with an affiliation ("a Kremlin spokesman" ->
Kremlin), and how the mention is written (direct, alias, title, pronoun, description, none).
claimx runs on the labelled articles; its claims are paired with the labelled statements by
content (Jaccard >= 0.5 on non-space characters, one-to-one, as the attribution scorer pairs
them). On every paired statement each labelled speaker is right when:

- the label has a name: one of the claim's speakers resolves to that name (compared without case,
  punctuation or a leading "the");
- the label has no name: the claim has no named speaker for it (no speaker, or one whose name is
  null), and when the label gives an affiliation, the claim's affiliation is that one.

Reported overall, per source (wire texts vs PolNeAR), per mention type, per resolution that
claimx chose, and where claimx's speaker mention is the labelled one (the name given the right
mention); and how many labelled statements found a claim at all.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from .attribution import load_jsonl
from .corpora import SOURCE_NAMES, SOURCES, documents, paired_by_document, run_claimx, written_dir

TYPE_NAMES = {"none": "unresolved"}


def same_name(a: Optional[str], b: Optional[str]) -> bool:
    """Names compared as a reader would: case, punctuation and a leading "the" aside."""
    def norm(x: str) -> str:
        x = re.sub(r"^the\s+", "", x.strip(), flags=re.IGNORECASE)
        return " ".join(re.sub(r"[^\w\s]", "", x.lower().replace("-", " ")).split())
    return a is not None and b is not None and norm(a) == norm(b)


def judge(gold_speaker: dict, claim: dict) -> bool:
    """Is the labelled speaker right in *claim*? (see the module docstring)"""
    speakers = claim["speakers"]
    if gold_speaker["name"] is not None:
        return any(same_name(s.get("name"), gold_speaker["name"]) for s in speakers)
    if any(s.get("name") for s in speakers) and not any(s.get("name") is None for s in speakers):
        return False
    wanted = gold_speaker.get("affiliation")
    if not wanted:
        return True
    return any(s.get("name") is None and _affiliation(s) is not None and (
        same_name(_affiliation(s).get("name"), wanted) or same_name(_affiliation(s).get("text"), wanted))
        for s in speakers)


def _affiliation(speaker: dict) -> Optional[dict]:
    return speaker.get("affiliation")


def run(labels_path: str, *, data_dir: str, model: str, scope: str = "speech", jobs: int = 1,
        errors: int = 0) -> dict:
    labels = load_jsonl(labels_path)
    docs = documents(data_dir, {(r["corpus"], r["id"]) for r in labels}, written_dir(labels_path))
    results = run_claimx(docs, model, scope, jobs)
    right, total, paired = Counter(), Counter(), Counter()
    mistakes = []
    for key, text, rows, claims, pairs in paired_by_document(labels, docs, results):
        source = SOURCES[key[0]]
        for gi, row in enumerate(rows):
            paired[("statements", source)] += 1
            if gi not in pairs:
                continue
            paired[("paired", source)] += 1
            claim = claims[pairs[gi]]
            for speaker in row["speakers"]:
                ok = judge(speaker, claim)
                kind = TYPE_NAMES.get(speaker["type"], speaker["type"])
                resolutions = {s.get("resolution") for s in claim["speakers"]} or {"no speaker"}
                mention = speaker.get("mention")
                same_mention = mention is None or any(s["start"] < mention[1] and mention[0] < s["end"]
                                                      for s in claim["speakers"])
                for group in ("all", f"source: {source}", f"type: {kind}",
                              *(f"claimx: {r}" for r in sorted(x for x in resolutions if x)),
                              *((f"same mention ({source})",) if same_mention else ())):
                    total[group] += 1
                    right[group] += ok
                if not ok:
                    mistakes.append({"doc": f"{key[0]}/{key[1]}", "type": kind, "gold": speaker["name"],
                                     "gold_affiliation": speaker.get("affiliation"),
                                     "pred": [(s["text"], s.get("name"), (_affiliation(s) or {}).get("name"))
                                              for s in claim["speakers"]],
                                     "content": " ".join(claim["content"]["text"].split())[:100]})
    out = {"labelled_statements": sum(v for (k, _), v in paired.items() if k == "statements"),
           "paired": {s: paired[("paired", s)] for s in SOURCE_NAMES if paired[("statements", s)]},
           "statements": {s: paired[("statements", s)] for s in SOURCE_NAMES if paired[("statements", s)]},
           "accuracy": {g: {"right": right[g], "total": total[g], "accuracy": right[g] / total[g]}
                        for g in sorted(total, key=lambda g: (g != "all", g))}}
    if errors:
        out["errors"] = mistakes[:errors]
    return out


def format_report(res: dict) -> str:
    lines = [f"speaker names on {res['labelled_statements']} labelled statements: paired with a claim "
             + ", ".join(f"{s} {res['paired'][s]}/{res['statements'][s]}" for s in res["statements"])]
    for group, v in res["accuracy"].items():
        lines.append(f"  {group:<28} {v['accuracy']:.3f}  ({v['right']}/{v['total']})")
    for e in res.get("errors", []):
        lines.append(f"  x {e['doc']} [{e['type']}] gold {e['gold']!r}"
                     + (f" ({e['gold_affiliation']})" if e["gold_affiliation"] else "")
                     + f" pred {e['pred']} :: {e['content']}")
    return "\n".join(lines)
