# watchfloor: the two commands of the README.
#   make demo   set up, ingest the bundled sample corpus into watchfloor.duckdb, print the report
#   make test   set up, lint, run the whole test suite
# Everything installs into .venv from the package registries; nothing is fetched at run time.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= watchfloor.duckdb

.PHONY: setup demo test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/.installed

demo: setup
	$(BIN)/watchfloor ingest data/sample --db $(DB)
	$(BIN)/watchfloor report --db $(DB)

lint: setup
	$(BIN)/ruff check src tests bench

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/eval_dedup.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
