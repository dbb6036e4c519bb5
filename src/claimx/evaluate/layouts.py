"""Layout invariance: the same articles rewritten as archives store them must give the same claims.

Each gold article is rewritten hard-wrapped at 65 and at 72 characters with blank lines between
paragraphs, wrapped at 70 with no blank lines and indented paragraphs, wrapped at 72 with the indent
added after wrapping (first lines longer than the rest), with CR LF line ends, and
with two spaces after every sentence. claimx runs on every version; each claim of a variant is
mapped back to the original text through the characters the two share (everything but
whitespace), and compared with the claims on the original: speaker, cue and content spans, kind
and negation. Reported per variant: the share of the original's claims found identically, and
the attribution scores of the mapped claims against the gold.
"""
from __future__ import annotations

import re
import textwrap
from typing import Optional

from .attribution import load_jsonl, score, to_attributions

VARIANTS = ("original", "wrap65", "wrap72", "indented", "indent_after_wrap", "crlf", "two_spaces")


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def rewrite(text: str, variant: str) -> str:
    """*text* (one paragraph per line) as *variant* lays it out."""
    if variant == "original":
        return text
    if variant in ("wrap65", "wrap72"):
        width = int(variant[4:])
        return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in _paragraphs(text)) + "\n"
    if variant == "indented":
        return "\n".join("\n".join(textwrap.wrap(p, 70, initial_indent="   ")) for p in _paragraphs(text)) + "\n"
    if variant == "indent_after_wrap":  # wrapped at 72, then each paragraph's first line indented
        return "\n".join("   " + "\n".join(textwrap.wrap(p, 72)) for p in _paragraphs(text)) + "\n"
    if variant == "crlf":
        return text.replace("\n", "\r\n")
    if variant == "two_spaces":
        return re.sub(r"([.?!][\"'\u201d\u2019]?) (?=[\"'\u201c\u2018]?[A-Z])", r"\1  ", text)
    raise ValueError(f"unknown layout variant {variant!r}")


class Alignment:
    """Offsets of a rewritten text in the original, through the non-whitespace characters both
    hold in the same order (a rewrite only moves whitespace)."""

    def __init__(self, original: str, variant: str):
        src = [i for i, ch in enumerate(original) if not ch.isspace()]
        dst = [i for i, ch in enumerate(variant) if not ch.isspace()]
        if len(src) != len(dst):
            raise ValueError("the variant does not keep the original's characters")
        self.to_original = dict(zip(dst, src))
        self.rank = {pos: k for k, pos in enumerate(dst)}
        self.dst = dst
        self.src = src

    def span(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The original span of variant[start:end], trimmed to non-whitespace; None if empty."""
        import bisect

        a = bisect.bisect_left(self.dst, start)
        b = bisect.bisect_left(self.dst, end) - 1
        if b < a:
            return None
        return self.src[a], self.src[b] + 1


def _trimmed(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def claim_keys(result: dict, place) -> list[tuple]:
    """Comparable claims: spans through *place* ((start, end) -> original span), kind, negation."""
    keys = []
    for c in result.get("claims", []):
        speakers = tuple(place(s["start"], s["end"]) for s in c["speakers"])
        cue = place(c["cue"]["start"], c["cue"]["end"]) if c["cue"] else None
        content = tuple(place(f["start"], f["end"]) for f in c["content"]["fragments"])
        keys.append((speakers, cue, content, c["kind"], c["negated"]))
    return keys


def mapped_attributions(result: dict, place) -> dict:
    """The scorer's prediction line for *result*, with its spans mapped by *place*."""
    pred = to_attributions(result)
    for a in pred["attributions"]:
        for role in ("source", "cue", "content"):
            a[role] = [list(p) for p in (place(s, e) for s, e in a[role]) if p is not None]
    return pred


def run(gold_path: str, *, model: str, scope: str = "all", limit: Optional[int] = None, jobs: int = 1) -> dict:
    from ..engine import Config, process_parallel
    from ..sources import Record, parse_iso_date

    gold = load_jsonl(gold_path)[:limit] if limit else load_jsonl(gold_path)
    records, owners = [], []
    for d in gold:
        for variant in VARIANTS:
            records.append(Record(id=f"{d['id']}#{variant}", text=rewrite(d["text"], variant),
                                  date=parse_iso_date(d.get("date") or "") or None))
            owners.append((d, variant))
    results = {}
    for (d, variant), rec, result in zip(owners, records, process_parallel(iter(records), Config(model=model, scope=scope), jobs)):
        results[(d["id"], variant)] = (rec.text, result)
    out = {"documents": len(gold), "variants": {}}
    for variant in VARIANTS:
        same = total = 0
        preds = []
        for d in gold:
            text = d["text"]
            base = claim_keys(results[(d["id"], "original")][1], lambda s, e: _trimmed(text, s, e))
            vtext, vres = results[(d["id"], variant)]
            align = Alignment(text, vtext)
            got = claim_keys(vres, align.span)
            total += len(base)
            remaining = list(got)
            for key in base:
                if key in remaining:
                    remaining.remove(key)
                    same += 1
            pred = mapped_attributions(vres, align.span)
            pred["id"] = d["id"]
            preds.append(pred)
        scores = score(gold, preds)["attribution"]
        out["variants"][variant] = {"claims_original": total, "claims_same": same,
                                    "share_same": same / total if total else 1.0,
                                    "claims_variant": sum(len(results[(d["id"], variant)][1].get("claims", []))
                                                          for d in gold),
                                    "f1": scores["f1"], "p": scores["p"], "r": scores["r"]}
    return out


def format_report(res: dict) -> str:
    base = res["variants"]["original"]["f1"]
    lines = [f"layout invariance on {res['documents']} documents (claims mapped back to the original text)",
             f"{'variant':<17} {'claims':>7} {'same':>7} {'share':>7} {'attr P':>7} {'R':>6} {'F1':>6} {'dF1':>7}"]
    for name, v in res["variants"].items():
        lines.append(f"{name:<17} {v['claims_variant']:>7} {v['claims_same']:>7} {v['share_same']:>7.3f} "
                     f"{v['p']:>7.3f} {v['r']:>6.3f} {v['f1']:>6.3f} {v['f1'] - base:>+7.3f}")
    return "\n".join(lines)
