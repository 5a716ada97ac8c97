"""The Dask runner on a real distributed.LocalCluster: same output as one process, a
killed worker's batch retried, an unreachable scheduler refused (exit code 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from watchfloor.errors import WatchfloorError
from watchfloor.store.base import RUN_CONTENT_QUERIES
from watchfloor.store.duckdb_store import DuckDBStore

ROOT = Path(__file__).resolve().parents[1]


def _ingest(db: Path, *extra: str, env: dict[str, str] | None = None) -> str:
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "watchfloor.cli",
            "ingest",
            str(SAMPLE),
            "--db",
            str(db),
            "--quiet",
            "--batch-size",
            "4",
            "--nlp-batch-size",
            "2",
            *extra,
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    return res.stderr


def _dump(db: Path) -> dict[str, list[tuple]]:
    with DuckDBStore(db, read_only=True) as store:
        return {
            name: store.con.execute(sql).fetchall() for name, sql in RUN_CONTENT_QUERIES.items()
        }


@pytest.fixture(scope="module")
def one_process(tmp_path_factory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("single") / "wf.duckdb"
    _ingest(db)
    return _dump(db)


@pytest.mark.slow
def test_a_local_cluster_gives_the_one_process_output(one_process, tmp_path):
    db = tmp_path / "wf.duckdb"
    _ingest(db, "--cluster", "local:2")
    got = _dump(db)
    assert got["documents"] and got["events"] and got["claims"]
    for table, rows in one_process.items():
        assert got[table] == rows, table


@pytest.mark.slow
def test_a_killed_worker_costs_a_retry_not_a_document(one_process, tmp_path):
    marker = tmp_path / "killed"
    db = tmp_path / "wf.duckdb"
    _ingest(db, "--cluster", "local:2", env={"WATCHFLOOR_TEST_KILL_WORKER_ONCE": str(marker)})
    assert marker.exists()  # a worker did die mid-batch
    got = _dump(db)
    for table, rows in one_process.items():
        assert got[table] == rows, table


def test_an_unreachable_scheduler_is_exit_2_naming_it(tmp_path):
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "watchfloor.cli",
            "ingest",
            str(SAMPLE / "text"),
            "--db",
            str(tmp_path / "wf.duckdb"),
            "--quiet",
            "--cluster",
            "tcp://127.0.0.1:1",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 2, res.stderr[-2000:]
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in res.stderr
    assert "Traceback" not in res.stderr
    with DuckDBStore(tmp_path / "wf.duckdb", read_only=True) as store:
        assert store.stats()["documents"] == 0  # nothing written


def test_cluster_values_are_checked():
    from watchfloor.dask_runner import check_cluster

    assert check_cluster("local:2") == "local:2"
    assert check_cluster("tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    for bad in ("local:0", "local", "10.0.0.5:8786", "tcp://host", "http://h:1"):
        with pytest.raises(WatchfloorError):
            check_cluster(bad)
