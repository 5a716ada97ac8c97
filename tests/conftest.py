"""Shared fixtures: paths to the shared corpora, the seed article and the sample corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The shared development data lives beside the repository (../shared); WATCHFLOOR_SHARED
# points elsewhere, e.g. for a clone made outside the workspace.
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
SEED = SHARED / "seed" / "seed-article.txt"
SAMPLE = ROOT / "data" / "sample"


def old_duckdb_store(path: Path, column: str) -> None:
    """Write at ``path`` a DuckDB store of the schema before ``column`` was added: the
    shipped ``schema.sql`` without its ``ADD COLUMN IF NOT EXISTS <column>`` line."""
    from importlib import resources

    import duckdb

    schema = resources.files("watchfloor.store").joinpath("schema.sql").read_text()
    old = "\n".join(
        line for line in schema.splitlines() if f"ADD COLUMN IF NOT EXISTS {column} " not in line
    )
    con = duckdb.connect(str(path))
    con.execute(old)
    described = [r[0] for r in con.execute("DESCRIBE documents").fetchall()]
    con.close()
    assert column not in described


def shared_file(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test with a clear message if absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_file("seed", "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(seed_text):
    """The seed article run through the NLP stage and all extractors (once per session)."""
    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.normalise import to_document

    doc = to_document(
        RawDocument(
            id="seed-article.txt",
            text=seed_text,
            origin=str(SEED),
            fmt="text",
            published="2025-09-15",
            published_precision="day",
        )
    )
    return next(NlpStage().process([doc]))


# -- the two store back ends (tests/postgres_server.py starts a real PostgreSQL) ------------
@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL cluster for the session (skips, or fails under CI=true,
    when PostgreSQL is not installed)."""
    from tests.postgres_server import Cluster

    cluster = Cluster()
    yield cluster
    from watchfloor.store.postgres_store import close_pools

    close_pools()
    cluster.stop()


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture()
def pg_url(pg_cluster) -> str:
    """A fresh, empty database on the session's PostgreSQL cluster."""
    return pg_cluster.create_database(f"wf_test_{next(_pg_databases)}")


@pytest.fixture(params=["duckdb", "postgres"])
def store_db(request, tmp_path) -> str:
    """A fresh store location on each back end: a DuckDB file path or a PostgreSQL URL."""
    if request.param == "postgres":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "wf.duckdb")
