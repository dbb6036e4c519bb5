"""Offsets of an exact substring in an article, for labels that hold offsets only.

Usage: python scripts/labelling/locate.py CORPUS DOC_ID "exact words" [--after OFFSET]
Prints every occurrence as start end (Python str offsets, end exclusive), or the first at or
after OFFSET.
"""
import argparse

from corpora import text_of


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("doc_id")
    ap.add_argument("words")
    ap.add_argument("--after", type=int, default=None)
    args = ap.parse_args()
    text = text_of(args.corpus, args.doc_id)
    i = text.find(args.words, args.after or 0)
    if i < 0:
        print("not found")
    while i >= 0:
        print(i, i + len(args.words))
        if args.after is not None:
            break
        i = text.find(args.words, i + 1)


if __name__ == "__main__":
    main()
