"""The sample corpus ingested once into a real DuckDB file for the export tests."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.duckdb_store import DuckDBStore


@pytest.fixture(scope="package")
def sample_db(tmp_path_factory):
    if not any(SAMPLE.rglob("*.*")):
        pytest.skip("sample corpus not present")
    db = tmp_path_factory.mktemp("export") / "sample.duckdb"
    report = ingest([str(SAMPLE)], db, RunOptions())
    assert report.documents >= 15
    return db


@pytest.fixture()
def store(sample_db):
    with DuckDBStore(sample_db, read_only=True) as s:
        yield s
