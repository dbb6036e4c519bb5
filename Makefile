# Every target creates the virtual environment when it is missing (Python 3.11, packages from PyPI).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.claimx-installed
SEED = seeds/000_ed139b7e7c3af03c.txt
SHARED = ../shared

.PHONY: run view test bench eval eval-dates fuzz clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/claimx extract $(SEED)

view: $(STAMP)
	@mkdir -p out
	$(BIN)/claimx extract $(SEED) -o out/seed.html
	@echo "open out/seed.html in a browser"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python scripts/perf/bench.py

eval: $(STAMP)
	$(BIN)/claimx evaluate $(SHARED)/data/polnear/train.jsonl --stance eval/stance_dev.jsonl
	$(BIN)/claimx evaluate $(SHARED)/data/polnear/dev.jsonl --scope all
	$(BIN)/claimx evaluate $(SHARED)/data/polnear/dev.jsonl --scope speech
	$(BIN)/claimx evaluate $(SHARED)/data/polnear/dev.jsonl --layouts --jobs 2
	$(BIN)/claimx evaluate --speakers eval/speakers_dev.jsonl --jobs 2
	$(BIN)/claimx evaluate --stance eval/denials_dev.jsonl --jobs 2
	$(BIN)/claimx evaluate --speakers eval/speakers_written.jsonl --jobs 2
	$(BIN)/claimx evaluate --stance eval/denials_written.jsonl --jobs 2
	$(BIN)/claimx evaluate --speakers eval/speakers_written2.jsonl --jobs 2
	$(BIN)/claimx evaluate --stance eval/denials_written2.jsonl --jobs 2

eval-dates: $(STAMP)
	$(BIN)/claimx evaluate-dates $(SHARED)/data/timex/timebank.jsonl
	$(BIN)/claimx evaluate-dates $(SHARED)/data/timex/aquaint.jsonl

fuzz: $(STAMP)
	CLAIMX_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest tests/test_properties.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
