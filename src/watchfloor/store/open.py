"""Opening a store from a ``--db`` value: a DuckDB file or a ``postgresql://`` URL.

Place in the flow: store. Every command and the API server open their store here, so
``--db`` takes either back end everywhere (docs/deployment.md).
"""

from __future__ import annotations

from pathlib import Path

from watchfloor.store.duckdb_store import DuckDBStore
from watchfloor.store.postgres_store import PostgresStore, is_postgres_url


def db_value(db: str | Path) -> str | Path:
    """``--db`` as given: a URL stays a string (a Path would fold its ``//``)."""
    return str(db) if is_postgres_url(str(db)) else db


def open_store(
    db: str | Path, read_only: bool = False, memory_limit: str | None = None
) -> DuckDBStore:
    """The store at ``db``: :class:`PostgresStore` for ``postgresql://`` or ``postgres://``
    URLs, else the DuckDB file at that path (``memory_limit``: DuckDB's buffer pool; the
    server bounds its own memory)."""
    if is_postgres_url(str(db)):
        return PostgresStore(str(db), read_only=read_only)
    return DuckDBStore(db, read_only=read_only, memory_limit=memory_limit)
