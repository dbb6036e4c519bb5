"""Content boundary errors: gold attributions missed while a prediction with the same cue exists
(content Jaccard < 0.5), by kind (ends_early, ends_late, starts_late, disjoint ...) and by what sits
at the shorter end.

Usage:
    python scripts/errors/boundary_errors.py GOLD.jsonl PRED.jsonl [--kind ends_early] [--cause coordination] [--cue said] [--n 30]
    python scripts/errors/boundary_errors.py parse GOLD.jsonl PRED.jsonl [KIND|-] [KEY] [N]
The second form reads the cached parse (claimx.evaluate.parse_cache) and counts the top token of
the missing (or extra) tail by its dependency and what it hangs on (the cue, the shared content, or
outside), printing N examples of the buckets whose name contains KEY. PRED.jsonl comes from
cached_eval.py --save-pred. The output holds corpus text: read it, do not commit it.
"""
import argparse
import collections
import json
import random
import re

from claimx.evaluate.attribution import char_set, match, roles


def same_cue_misses(text, ga, pa):
    """For each missed gold attribution (index, content chars): the prediction with the same cue
    whose content overlaps it most, or None when no prediction shares its cue; and whether that
    prediction matched another gold."""
    pairs = match(text, ga, pa)
    mg = {i for i, _ in pairs}
    mp = {j for _, j in pairs}
    for i, g in enumerate(ga):
        gc = char_set(text, g["content"])
        if i in mg or not gc:
            continue
        gcue = char_set(text, g["cue"])
        cands = [j for j, p in enumerate(pa) if gcue and gcue & char_set(text, p["cue"]) and char_set(text, p["content"])]
        if not cands:
            yield i, gc, None, False
            continue
        j = max(cands, key=lambda j: jaccard(text, gc, pa[j]))
        yield i, gc, j, j in mp


def jaccard(text, gc, p):
    pc = char_set(text, p["content"])
    return len(gc & pc) / len(gc | pc)


def span(spans):
    return min(s for s, _ in spans), max(e for _, e in spans)


def classify_kind(text, g, p):
    gs, ge = span(g["content"])
    ps, pe = span(p["content"])
    gc, pc = char_set(text, g["content"]), char_set(text, p["content"])
    if not gc & pc:
        return "disjoint"
    start_d = ps - gs
    end_d = pe - ge
    kinds = []
    if abs(start_d) > 3:
        kinds.append("starts_late" if start_d > 0 else "starts_early")
    if abs(end_d) > 3:
        kinds.append("ends_early" if end_d < 0 else "ends_late")
    if not kinds:
        kinds.append("gaps")  # same ends, differing fragments
    return "+".join(kinds)


def boundary_cause(text, gold_end, pred_end):
    """What sits at the shorter end: the text just after the shorter span."""
    lo, hi = sorted((gold_end, pred_end))
    seg = text[lo:hi]
    head = seg.lstrip(" \"'\u201d\u2019")[:25].lower()
    if re.match(r"^[.?!]", seg.strip(" \"'\u201d\u2019")) or re.search(r"[.?!][\"'\u201d\u2019]?\s+[\"\u201c]?[A-Z]", seg[:3] + seg[3:40]) and seg.strip()[:1] in ".?!\"\u201d":
        return "sentence_end"
    if "\n" in seg[:5]:
        return "paragraph"
    if re.match(r"^,?\s*(and|but|or|while|as well as)\b", head):
        return "coordination"
    if re.match(r"^,?\s*(which|who|whom|whose|where|when)\b", head):
        return "relative"
    if re.match(r"^,?\s*(because|since|if|unless|although|though|as|after|before|until)\b", head):
        return "subordinate"
    if head.startswith("(") or head.startswith(", ("):
        return "parenthetical"
    if re.match(r"^[,;:]?\s*(he|she|they|it|[a-z]+)?\s*(said|says|added|told|wrote)\b", head):
        return "tag"
    if re.match(r"^\s*[\u2014\u2013-]", seg):
        return "dash"
    if head.startswith(";"):
        return "semicolon"
    if head.startswith(":"):
        return "colon"
    if head.startswith(","):
        m = re.match(r"^,\s*(\w+)", head)
        return "comma " + (m.group(1) if m else "")
    if re.match(r"^(in|on|at|to|for|with|by|of|from|over|about|during|after)\b", head):
        return "prep " + head.split()[0]
    if re.match(r"^(to)\b", head):
        return "infinitive"
    return "other " + " ".join(head.split()[:1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--kind")
    ap.add_argument("--cause")
    ap.add_argument("--cue")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    gold = [json.loads(x) for x in open(args.gold, encoding="utf-8")]
    pred = {p["id"]: p for p in map(json.loads, open(args.pred, encoding="utf-8"))}
    kinds = collections.Counter()
    causes = collections.Counter()
    examples = []
    no_same_cue = 0
    for d in gold:
        text = d["text"]
        ga = [roles(a) for a in d["attributions"]]
        pa = [roles(a) for a in pred.get(d["id"], {}).get("attributions", [])]
        for i, gc, j, taken in same_cue_misses(text, ga, pa):
            if j is None:
                no_same_cue += 1
                continue
            g, p = ga[i], pa[j]
            kind = classify_kind(text, g, p)
            if taken:
                kind = "pred_taken:" + kind
            gs, ge = span(g["content"])
            ps, pe = span(p["content"])
            if "ends_early" in kind or "ends_late" in kind:
                cause = boundary_cause(text, ge, pe)
            elif "starts" in kind:
                cause = "start: " + boundary_cause(text, gs, ps)
            else:
                cause = "-"
            if kind == "ends_late" or kind == "ends_early":
                pass
            kinds[kind] += 1
            causes[(kind, cause)] += 1
            cue = " ".join(text[s:e] for s, e in g["cue"]).lower()
            if (args.kind is None or kind == args.kind) and (args.cause is None or cause.startswith(args.cause)) \
                    and (args.cue is None or cue == args.cue):
                show = lambda sp: " | ".join(text[s:e] for s, e in sp).replace("\n", " // ")
                lo, hi = min(gs, ps), max(ge, pe)
                examples.append(f"[{kind} / {cause}] cue={cue!r} J={jaccard(text, gc, p):.2f} {d['id']}\n"
                                f"   GOLD: {show(g['content'])[:400]}\n   PRED: {show(p['content'])[:400]}\n"
                                f"   CTX: {text[max(0, lo - 80):hi + 80].replace(chr(10), ' // ')[:700]}")
    print("no same-cue prediction:", no_same_cue)
    for k, v in kinds.most_common():
        print(f"{v:5d} {k}")
    print()
    for (k, c), v in causes.most_common(60):
        print(f"{v:5d} {k:30s} {c}")
    random.Random(args.seed).shuffle(examples)
    print()
    for e in examples[: args.n]:
        print(e)




def parse_view(gold_path, pred_path, kind_filter=None, n=30, seed=1, detail=None):
    """ends_early / ends_late by parse: the top tokens of the tail gold has beyond the prediction
    (or the prediction beyond gold) and what they hang on."""
    from claimx.evaluate.parse_cache import parsed_pieces
    from claimx.sources import Record, parse_iso_date
    from claimx.stages import pipeline
    gold = [json.loads(x) for x in open(gold_path, encoding="utf-8")]
    pred = {p["id"]: p for p in map(json.loads, open(pred_path, encoding="utf-8"))}
    nlp = pipeline.load_pipeline(pipeline.DEFAULT_MODEL)
    records = [Record(id=d["id"], text=d["text"], date=parse_iso_date(d.get("date") or "") or None) for d in gold]
    parsed = parsed_pieces(records, gold_path, nlp, pipeline.DEFAULT_MODEL)
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for d, (prepared, parts) in zip(gold, parsed):
        text = d["text"]
        if prepared.text != text:
            continue
        tok_at = {}
        for base, doc in parts:
            for t in doc:
                for c in range(base + t.idx, base + t.idx + len(t.text)):
                    tok_at[c] = t
        ga = [roles(a) for a in d["attributions"]]
        pa = [roles(a) for a in pred.get(d["id"], {}).get("attributions", [])]
        for i, gc, j, _ in same_cue_misses(text, ga, pa):
            if j is None:
                continue
            g, p = ga[i], pa[j]
            kind = classify_kind(text, g, p)
            if kind_filter and kind != kind_filter:
                continue
            pc = char_set(text, p["content"])
            region = (gc - pc) if kind in ("ends_early", "starts_early+ends_early", "starts_late+ends_early", "starts_late") else (pc - gc)
            toks = {tok_at[c] for c in region if c in tok_at}
            inside = {tok_at[c] for c in (gc & pc) if c in tok_at}
            cue_toks = {tok_at[c] for c in char_set(text, p["cue"]) if c in tok_at}
            tops = sorted((t for t in toks if t.head not in toks or t.head == t), key=lambda t: t.i)
            tops = [t for t in tops if not t.is_punct] or tops
            if not tops:
                continue
            t = tops[0]
            where = "cue" if t.head in cue_toks else "inside" if t.head in inside else "outside"
            key = f"{kind} {t.dep_}->{where}({t.head.dep_}) [{t.lower_ if t.dep_ in ('cc','mark','prep','punct','advmod','conj') or t.pos_ in ('ADP','SCONJ','CCONJ') else t.pos_}]"
            counts[key] += 1
            show = lambda sp: " | ".join(text[s:e] for s, e in sp).replace("\n", " // ")
            examples[key].append(f"  cue={' '.join(text[s:e] for s, e in p['cue'])!r}\n   GOLD: {show(g['content'])[:300]}\n   PRED: {show(p['content'])[:300]}")
    for k, v in counts.most_common(60):
        print(f"{v:5d} {k}")
    if detail:
        for k in counts:
            if detail in k:
                ex = examples[k]
                random.Random(seed).shuffle(ex)
                print("==", k)
                for e in ex[:n]:
                    print(e)


if __name__ == "__main__":
    import sys
    if sys.argv[1] == "parse":
        a = sys.argv[2:]
        parse_view(a[0], a[1], kind_filter=a[2] if len(a) > 2 and a[2] != "-" else None,
                   detail=a[3] if len(a) > 3 else None, n=int(a[4]) if len(a) > 4 else 30)
    else:
        main()
