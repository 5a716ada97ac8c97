"""Surfaces › export: every table and view of the store as Parquet (``export parquet``).

``PATH`` is a directory; each relation becomes ``PATH/<name>.parquet`` with its own column
types (read through Arrow), including tables other stages add later and the derived views
(``clusters``, ``documents_v``). JSON columns are written as strings; quarantined raw bytes
as binary. A ``manifest.json`` lists each file with its row count.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from watchfloor.store.duckdb_store import DuckDBStore


def export_parquet(store: DuckDBStore, path: str | Path) -> dict[str, Any]:
    """Writes one Parquet file per relation into directory ``path``. RETURNS a summary."""
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict[str, Any]] = {}
    for name, kind in store.relations():
        table = store.arrow(f'SELECT * FROM "{name}"')
        target = out / f"{name}.parquet"
        pq.write_table(table, target, compression="zstd")
        files[name] = {
            "file": target.name,
            "rows": table.num_rows,
            "kind": "view" if kind == "VIEW" else "table",
        }
    (out / "manifest.json").write_text(json.dumps(files, indent=2) + "\n", encoding="utf-8")
    return {"format": "parquet", "path": str(out), "tables": files}
