"""Where the labelling tools find the shared corpora: one name per corpus, texts by document id."""
import json
import os
from functools import lru_cache

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared", "data")
CORPORA = {
    "polnear-train": os.path.join(SHARED, "polnear", "train.jsonl"),
    "polnear-dev": os.path.join(SHARED, "polnear", "dev.jsonl"),
    "timebank": os.path.join(SHARED, "timex", "timebank.jsonl"),
    "aquaint": os.path.join(SHARED, "timex", "aquaint.jsonl"),
}


@lru_cache(maxsize=None)
def documents(corpus: str) -> dict:
    """Document id -> {"id", "text", "date"} for *corpus* (one of CORPORA)."""
    out = {}
    with open(CORPORA[corpus], encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out[d["id"]] = {"id": d["id"], "text": d["text"], "date": d.get("date") or d.get("dct")}
    return out


def text_of(corpus: str, doc_id: str) -> str:
    return documents(corpus)[doc_id]["text"]
