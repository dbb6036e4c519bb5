"""The pipeline stages, in the order the engine runs them.

tokenize -> quotes -> attribution -> speakers -> stance -> dates

Each stage is a small function over a spaCy ``Doc`` (plus what earlier stages found); word
lists live in ``data/`` next to them.
"""
