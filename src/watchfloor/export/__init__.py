"""Surfaces › export: the store in other tools' formats (``watchfloor export FORMAT``).

``stix`` (STIX 2.1 bundle), ``gdelt`` (GDELT-style events TSV), ``graphml`` (actor
network) and ``parquet`` (every table). Each exporter reads the store only and returns a
small summary dict; the formats are described in docs/exports.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from watchfloor.errors import WatchfloorError
from watchfloor.store.duckdb_store import DuckDBStore

FORMATS = ("stix", "gdelt", "graphml", "parquet")


def _exporter(fmt: str) -> Callable[[DuckDBStore, str | Path], dict[str, Any]]:
    if fmt == "stix":
        from watchfloor.export.stix import export_stix

        return export_stix
    if fmt == "gdelt":
        from watchfloor.export.gdelt import export_gdelt

        return export_gdelt
    if fmt == "graphml":
        from watchfloor.export.graphml import export_graphml

        return export_graphml
    if fmt == "parquet":
        from watchfloor.export.parquet import export_parquet

        return export_parquet
    raise WatchfloorError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def export(fmt: str, store: DuckDBStore, path: str | Path) -> dict[str, Any]:
    """Writes ``store`` in format ``fmt`` to ``path``. RETURNS the exporter's summary."""
    exporter = _exporter(fmt)
    try:
        return exporter(store, path)
    except OSError as exc:
        raise WatchfloorError(f"cannot write {path}: {exc}") from exc
