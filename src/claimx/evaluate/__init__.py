"""Accuracy measurement against gold JSON Lines, with the definitions of ``../shared/tools/score_*.py``."""
