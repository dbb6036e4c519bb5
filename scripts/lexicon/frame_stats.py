"""Evidence for the cue lexicon's frames: for every verb and every way its dependents could hold
a content (clause, infinitive, object, object + predicate, prepositional object, passive subject),
how often that candidate is a gold attribution in PolNeAR (content Jaccard >= 0.5, cue on the verb).

Usage: python scripts/lexicon/frame_stats.py ../shared/data/polnear/train.jsonl [--min 3] > /tmp/frames.tsv
Uses the parse cache of claimx.evaluate.parse_cache. Prints lemma, frame, candidates,
gold hits, ratio, and whether the lexicon already has that frame: counts only, no corpus text.
"""
import argparse
import collections
import json

from claimx.evaluate.attribution import char_set
from claimx.evaluate.parse_cache import parsed_pieces
from claimx.sources import Record
from claimx.stages.attribution.frames import content_of
from claimx.stages import lexicon, quotes, pipeline

FRAMES = ("ccomp", "xcomp", "dobj", "dobj+oprd", "dobj+xcomp", "nsubjpass")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--pos", default="VERB", choices=("VERB", "NOUN"),
                    help="NOUN: nominal cues with a prepositional content ('criticism of X') or an infinitive ('pledge to ...')")
    args = ap.parse_args()
    gold = [json.loads(x) for x in open(args.gold, encoding="utf-8")]
    nlp = pipeline.load_pipeline()
    total, hits = collections.Counter(), collections.Counter()
    records = [Record(id=d["id"], text=d["text"]) for d in gold]
    parsed = parsed_pieces(records, args.gold, nlp, pipeline.DEFAULT_MODEL)
    for n, base, doc in ((n, base, doc) for n, (_, parts) in enumerate(parsed) for base, doc in parts):
        text = gold[n]["text"]
        attrs = [(char_set(text, a["content"]), {i for s, e in a["cue"] for i in range(s, e)})
                 for a in gold[n]["attributions"]]
        local = doc.text
        pieces, _ = quotes.find_quotes(local, pipeline.paragraphs(local))
        quoted = quotes.quoted_mask(local, pieces)
        for tok in doc:
            if tok.pos_ not in (("VERB", "AUX") if args.pos == "VERB" else ("NOUN",)) or quoted[tok.idx]:
                continue  # the stage never looks for cues inside quotes
            preps = [f"prep:{c.lower_}" for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
            frames = (list(FRAMES) + preps) if args.pos == "VERB" else preps + ["xcomp"]
            for frame in frames:
                entry = lexicon.CueEntry(tok.lemma_.lower(), args.pos, "assert", "other", (frame,))
                got = content_of(tok, entry, doc.text)
                if got is None:
                    continue
                cont = char_set(text, [(s + base, e + base) for s, e in got.spans])
                if not cont:
                    continue
                key = (tok.lemma_.lower(), frame)
                total[key] += 1
                if any(tok.idx + base in cue and len(cont & gc) / len(cont | gc) >= 0.5 for gc, cue in attrs if gc):
                    hits[key] += 1
    lex = lexicon.cues()
    print("lemma\tframe\tcandidates\thits\tratio\tin_lexicon")
    for key, n in sorted(total.items(), key=lambda kv: (-hits[kv[0]], kv[0])):
        if hits[key] >= args.min:
            entry = lex.get((key[0], args.pos))
            has = "yes" if entry and key[1] in entry.frames else ("lemma" if entry else "no")
            print(f"{key[0]}\t{key[1]}\t{n}\t{hits[key]}\t{hits[key] / n:.2f}\t{has}")


if __name__ == "__main__":
    main()
