"""Data files (dictionaries, gazetteers, code books) with their provenance.

:func:`read_tsv` and :func:`read_yaml` are the one way the extractors read them: ``#``
lines in a TSV are comments (provenance headers), a missing file reads as empty.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from watchfloor.cache import cached

PACKAGE_DATA = Path(__file__).resolve().parent  # watchfloor/data


def read_tsv(path: Path) -> list[dict[str, str]]:
    """RETURNS the rows of a tab-separated file with a header line, comments skipped."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_yaml(path: Path) -> Any:
    """RETURNS the parsed YAML (the C loader when available), or None for a missing file.

    The package's own data files are kept parsed in the local cache
    (:mod:`watchfloor.cache`), keyed by the file's bytes: parsing the dictionaries took a
    quarter of a second of every start. Other files (a user's watchlists) are parsed as
    they are and never copied into the cache."""
    if not path.exists():
        return None
    raw = path.read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def parse() -> Any:
        return yaml.load(raw.decode("utf-8"), Loader=loader)  # noqa: S506

    if not path.resolve().is_relative_to(PACKAGE_DATA):
        return parse()
    key = f"PyYAML {yaml.__version__} {loader.__name__}\0".encode() + raw
    return cached(f"yaml-{path.stem}", key, parse)


def read_word_lists(path: Path, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """RETURNS the word lists ``keys`` of the YAML mapping at ``path``, each lower-cased as
    a frozenset (a key the file lacks: empty)."""
    data = read_yaml(path) or {}
    return {k: frozenset(str(w).lower() for w in data.get(k) or []) for k in keys}
