"""Surfaces › serve: ``watchfloor serve`` — the HTTP API and the web dashboard over the store.

The last stage of the flow (ingest → … → store → analyze → **surfaces**): it only reads
the DuckDB store. See ``docs/api.md`` and ``docs/dashboard.md``.
"""

from watchfloor.serve.app import create_app

__all__ = ["create_app"]
