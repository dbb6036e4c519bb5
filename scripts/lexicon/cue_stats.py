"""Evidence for the cue lexicon: how often each verb/noun lemma in PolNeAR train text is a gold cue.

Usage: python scripts/lexicon/cue_stats.py ../shared/data/polnear/train.jsonl > /tmp/cue_stats.tsv
Prints lemma, POS, occurrences, occurrences inside a gold cue, the ratio, and the most common
frame (child dependency labels) when it is a cue. Only counts are printed: no corpus text.
"""
import collections
import json
import sys

from claimx.stages.pipeline import load_pipeline


def main(path):
    docs = [json.loads(x) for x in open(path, encoding="utf-8")]
    nlp = load_pipeline()
    total, hits, frames = collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
    for d, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=32)):
        cue_chars = bytearray(len(d["text"]) + 1)
        for a in d["attributions"]:
            for s, e in a["cue"]:
                cue_chars[s:e] = b"\x01" * (e - s)
        for t in doc:
            if t.pos_ not in ("VERB", "NOUN"):
                continue
            key = (t.lemma_.lower(), t.pos_)
            total[key] += 1
            if cue_chars[t.idx]:
                hits[key] += 1
                frames[key][",".join(sorted({c.dep_ for c in t.children if c.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "prep", "attr")}))] += 1
    for key, n in sorted(total.items(), key=lambda kv: -hits[kv[0]]):
        if hits[key] >= 2:
            print(f"{key[0]}\t{key[1]}\t{n}\t{hits[key]}\t{hits[key] / n:.2f}\t{frames[key].most_common(2)}")


if __name__ == "__main__":
    main(sys.argv[1])
