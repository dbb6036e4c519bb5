"""Passages of the ``written`` corpus (``eval/written/*.jsonl``, labelled by quoted words) turned into
rows by offsets, the form of every other set in ``eval/``.

    python scripts/labelling/written.py check eval/written/denials.jsonl
    python scripts/labelling/written.py rows eval/written          # writes eval/{denials,speakers}_written.jsonl
    python scripts/labelling/written.py rows eval/written2         # eval/{denials,speakers}_written2.jsonl

A passage's statements give each span as ``{"text": EXACT_WORDS, "nth": N}``, the Nth occurrence of
those words in the passage (``eval/WRITTEN_GUIDE.md``). Every passage feeds both sets: its
statements' kinds the stance set, their speakers the speaker set. A cue-less statement in the same
paragraph as the one before it, by the same speakers, is one statement with it (a UK quote run,
'"First. "Second," he said.' labelled as two): one row whose fragments are both, a denial when
either is.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter

DENIAL_SHAPES = {"deny_clause", "deny_object", "deny_pronoun", "passive", "nominal", "dismiss_as", "falsity",
                 "negates_claim"}
ASSERTION_SHAPES = {"refusal", "not_denied", "no_comment", "negated_assertion", "other", "plain"}
TYPES = {"direct", "alias", "title", "pronoun", "description", "none"}


def locate(text: str, span: dict, where: str) -> list[int]:
    """[start, end] of the span's ``nth`` occurrence of its words in *text*."""
    if not isinstance(span, dict) or not isinstance(span.get("text"), str) or not span["text"]:
        raise ValueError(f"{where}: a span is {{'text': str, 'nth': int}}")
    start = -1
    for _ in range(span.get("nth", 1)):
        start = text.find(span["text"], start + 1)
        if start < 0:
            raise ValueError(f"{where}: occurrence {span.get('nth', 1)} of {span['text']!r} is not in the text")
    return [start, start + len(span["text"])]


def _paragraph_break(between: str) -> bool:
    return "\n\n" in between or "\n " in between or "\n\t" in between


def _same_run(text: str, before: dict, st: dict) -> bool:
    """Does cue-less *st* continue *before*'s quote in the same paragraph, by the same speakers?"""
    if st.get("cue") is not None:
        return False
    end = max(locate(text, f, "run")[1] for f in before["content"])
    start = min(locate(text, f, "run")[0] for f in st["content"])
    names = [(sp.get("name"), sp.get("affiliation")) for sp in before["speakers"]]
    return end <= start and not _paragraph_break(text[end:start]) and \
        names == [(sp.get("name"), sp.get("affiliation")) for sp in st["speakers"]]


def _merged_runs(text: str, statements: list[dict]) -> list[dict]:
    """The statements with each quote-run continuation folded into the statement it continues;
    responds_to indices renumbered."""
    out, new_index = [], []
    for st in statements:
        if out and _same_run(text, out[-1], st):
            head = out[-1]
            head["content"] = head["content"] + st["content"]
            if head["kind"] != "denial" and st["kind"] == "denial":
                head.update(kind="denial", shape=st["shape"], responds_to=st.get("responds_to"))
            head["negated"] = head["negated"] or st["negated"]
            head["note"] = " ".join(x for x in (head.get("note"), st.get("note")) if x)
        else:
            out.append(dict(st))
        new_index.append(len(out) - 1)
    for i, st in enumerate(out):
        if st.get("responds_to") is not None and isinstance(st["responds_to"], int) and 0 <= st["responds_to"] < len(new_index):
            target = new_index[st["responds_to"]]
            st["responds_to"] = target if target != i else None
    return out


def rows(passage: dict) -> tuple[list[dict], list[dict]]:
    """(stance rows, speaker rows) of one passage; ValueError on any label that does not fit."""
    text, pid = passage["text"], passage["id"]
    statements = _merged_runs(text, passage["statements"])
    base = []
    for i, st in enumerate(statements):
        where = f"{pid} statement {i}"
        kind, shape = st.get("kind"), st.get("shape")
        if not (kind == "denial" and shape in DENIAL_SHAPES or kind == "assertion" and shape in ASSERTION_SHAPES):
            raise ValueError(f"{where}: kind {kind!r} with shape {shape!r}")
        if not isinstance(st.get("negated"), bool) or not st.get("content") or not st.get("speakers"):
            raise ValueError(f"{where}: negated, content and speakers are required")
        cue = locate(text, st["cue"], where + " cue") if st.get("cue") is not None else None
        content = [locate(text, f, where + " content") for f in st["content"]]
        base.append((cue, content))
    stance, speakers = [], []
    for i, st in enumerate(statements):
        cue, content = base[i]
        answered = st.get("responds_to")
        if answered is not None and (not isinstance(answered, int) or not 0 <= answered < len(statements) or answered == i):
            raise ValueError(f"{pid} statement {i}: responds_to {answered!r} is no other statement")
        target = None
        if answered is not None:
            target = {"cue": [base[answered][0]] if base[answered][0] else [], "content": base[answered][1],
                      "attribution": None}
        doubtful = "doubtful" in (st.get("note") or "")
        mentions = []
        for sp in st["speakers"]:
            if sp.get("type") not in TYPES:
                raise ValueError(f"{pid} statement {i}: speaker type {sp.get('type')!r}")
            mention = locate(text, sp["mention"], f"{pid} statement {i} mention") if sp.get("mention") else None
            mentions.append({"mention": mention, "type": sp["type"], "name": sp.get("name"),
                             "affiliation": sp.get("affiliation") if sp.get("name") is None else None,
                             "affiliation_mention": None})
        stance.append({"corpus": "written", "id": pid, "attribution": None, "cue": [cue] if cue else [],
                       "content": content, "source": [m["mention"] for m in mentions if m["mention"]],
                       "kind": st["kind"], "shape": st["shape"], "negated": st["negated"], "responds_to": target,
                       "doubtful": doubtful})
        speakers.append({"corpus": "written", "id": pid, "attribution": None, "content": content, "cue": cue,
                         "speakers": mentions, "doubtful": doubtful})
    return stance, speakers


def _passages(paths: list[str]):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield f"{path}:{n}", json.loads(line)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("check", "rows"):
        print(__doc__)
        return 2
    folder = argv[1]
    paths = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".jsonl")) \
        if os.path.isdir(folder) else [folder]
    problems, count, out = 0, Counter(), ([], [])
    seen = set()
    for where, passage in _passages(paths):
        try:
            if passage["id"] in seen:
                raise ValueError(f"id {passage['id']} used twice")
            seen.add(passage["id"])
            stance, speakers = rows(passage)
        except (ValueError, KeyError) as e:
            problems += 1
            print(f"{where}: {e}")
            continue
        out[0].extend(stance)
        out[1].extend(speakers)
        count["passages"] += 1
        count.update(f"{r['kind']}/{r['shape']}" for r in stance)
    for key, value in sorted(count.items()):
        print(f"  {key:<28} {value}")
    print(f"{problems} problems")
    if argv[0] == "rows" and not problems:
        root = os.path.dirname(os.path.abspath(folder.rstrip("/")))
        set_name = os.path.basename(folder.rstrip("/")) if os.path.isdir(folder) else "written"
        for name, rows_ in ((f"denials_{set_name}.jsonl", out[0]), (f"speakers_{set_name}.jsonl", out[1])):
            with open(os.path.join(root, name), "w", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows_)
            print(f"wrote {os.path.join(root, name)} ({len(rows_)} rows)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
