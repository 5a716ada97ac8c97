"""The PostgreSQL store through the command line, on a real throw-away server.

The store suite itself (test_store.py, tests/resolve/test_resolution_store.py) runs on
both back ends; these tests cover what only a server set-up has: every command on a
``postgresql://`` URL giving what the same commands give on DuckDB, two ingest processes
writing to one database at once, and a server that cannot be reached.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from watchfloor.cli import app
from watchfloor.store.open import open_store

ROOT = Path(__file__).resolve().parents[2]
QUERIES = [
    ["stats"],
    ["query", "entities", "-n", "1000"],
    ["query", "events", "-n", "1000"],
    ["query", "events", "--grouped", "-n", "1000"],
    ["query", "events", "--dyad", "USA,VEN", "-n", "1000"],
    ["query", "events", "--place", "VEN", "-n", "1000"],
    ["query", "claims", "-n", "1000"],
    ["query", "claims", "--hedge", "may", "-n", "1000"],
    ["query", "claims", "--clusters"],
    ["alerts"],
    ["alerts", "--series", "list"],
    ["entities", "list", "-n", "1000"],
    ["entities", "merges"],
    ["entities", "conflicts"],
    ["quarantine"],
]


def _invoke(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, (args, res.output, res.exception)
    return res.output


def _canonical(text: str) -> list[str]:
    """JSON rows as sorted canonical strings: ties in ORDER BY may come in any order, and
    JSON held in a column may differ in whitespace between the engines."""

    def norm(v):
        if isinstance(v, str) and v[:1] in "[{":
            try:
                return norm(json.loads(v))
            except ValueError:
                return v
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items()}
        if isinstance(v, list):
            return [norm(x) for x in v]
        if isinstance(v, float):
            return round(v, 9)
        return v

    rows = json.loads(text)
    return sorted(json.dumps(norm(r), sort_keys=True) for r in rows)


@pytest.mark.slow
def test_every_command_on_postgres_gives_what_duckdb_gives(pg_url, tmp_path):
    duck = str(tmp_path / "wf.duckdb")
    for db in (duck, pg_url):
        _invoke("ingest", str(SAMPLE), "--db", db, "--quiet")
    for args in QUERIES:
        on_duck = _invoke(*args, "--db", duck, "-f", "json")
        on_pg = _invoke(*args, "--db", pg_url, "-f", "json")
        assert _canonical(on_pg) == _canonical(on_duck), args
    # the report and the exports run too (lines compared as sets: ties, see above)
    rep_duck, rep_pg = (_invoke("report", "--db", db) for db in (duck, pg_url))
    assert sorted(rep_pg.splitlines()) == sorted(rep_duck.splitlines())
    for fmt in ("stix", "gdelt", "graphml", "parquet"):
        _invoke("export", fmt, "-o", str(tmp_path / f"out-{fmt}"), "--db", pg_url)
        assert (tmp_path / f"out-{fmt}").exists()
    # an analyst's merge (a write under the advisory lock) and a rebuild give the same
    # entities on both
    ids = [e["id"] for e in json.loads(_invoke("entities", "list", "--db", duck, "-f", "json"))[:2]]
    for db in (duck, pg_url):
        _invoke("entities", "merge", ids[0], ids[1], "--reason", "test", "--db", db)
        _invoke("entities", "resolve", "--db", db)
    listing = ["entities", "list", "-n", "1000", "-f", "json", "--db"]
    assert _canonical(_invoke(*listing, pg_url)) == _canonical(_invoke(*listing, duck))
    # ingesting again is a no-op
    before = json.loads(_invoke("stats", "--db", pg_url, "-f", "json"))
    _invoke("ingest", str(SAMPLE), "--db", pg_url, "--quiet")
    assert (
        json.loads(_invoke("stats", "--db", pg_url, "-f", "json"))[0]["documents"]
        == before[0]["documents"]
    )


def _ingest_process(db: str, *inputs: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "watchfloor.cli",
            "ingest",
            *inputs,
            "--db",
            db,
            "--quiet",
            "--batch-size",
            "2",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.slow
def test_two_ingest_processes_of_overlapping_inputs_store_each_document_once(pg_url, tmp_path):
    wire, html, text = (str(SAMPLE / p) for p in ("wire.jsonl", "html", "text"))
    procs = [_ingest_process(pg_url, wire, html), _ingest_process(pg_url, text, wire)]
    for p in procs:
        out, _ = p.communicate(timeout=600)
        assert p.returncode == 0, out
    # the reference: one process, the union of the inputs, on DuckDB
    ref = str(tmp_path / "ref.duckdb")
    _invoke("ingest", wire, html, text, "--db", ref, "--quiet")
    with open_store(pg_url, read_only=True) as pg, open_store(ref, read_only=True) as duck:
        count = "SELECT count(*) AS n, count(DISTINCT uid) AS u FROM {}"
        for table in ("documents", "events", "claims", "mentions", "sentences"):
            assert pg.sql(count.format(table)) == duck.sql(count.format(table)), table
        uids = "SELECT uid, count(*) AS n FROM documents GROUP BY uid ORDER BY uid"
        assert pg.sql(uids) == duck.sql(uids)
        assert all(r["n"] == 1 for r in pg.sql(uids))
        facts = "SELECT uid, count(*) AS n FROM events GROUP BY uid ORDER BY uid"
        assert pg.sql(facts) == duck.sql(facts)
        # every batch was one transaction: each written batch row counts its documents
        assert (
            pg.sql("SELECT sum(n_documents) AS n FROM batches")[0]["n"] == pg.stats()["documents"]
        )


def test_an_unreachable_server_is_a_clear_error_naming_it():
    url = "postgresql://watchfloor:secret@127.0.0.1:1/nowhere"
    for args in (["stats", "--db", url], ["ingest", str(SAMPLE), "--db", url, "--quiet"]):
        res = subprocess.run(
            [sys.executable, "-m", "watchfloor.cli", *args],
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert res.returncode == 2, res.stderr
        assert "cannot connect to PostgreSQL at 127.0.0.1:1/nowhere" in res.stderr
        assert "secret" not in res.stderr and "Traceback" not in res.stderr


def test_a_database_without_a_store_is_refused_for_reading(pg_url):
    res = CliRunner().invoke(app, ["stats", "--db", pg_url])
    assert res.exit_code != 0
    assert "no store at 127.0.0.1:" in str(res.exception)


@pytest.mark.slow
def test_serve_answers_while_another_process_ingests(pg_url):
    from tests.serve.conftest import Server

    _invoke("ingest", str(SAMPLE / "text"), "--db", pg_url, "--quiet")
    srv = Server(pg_url)
    try:
        before = srv.get("/api/health")
        report_before = srv.request("/api/report")
        ingest = _ingest_process(pg_url, str(SAMPLE))
        statuses, failures = [], []
        while ingest.poll() is None:
            for path in ("/api/health", "/api/entities", "/api/events", "/api/claims"):
                status, _, body = srv.request(path)
                statuses.append(status)
                if status != 200:
                    failures.append((path, status, body[:500]))
        out, _ = ingest.communicate()
        assert ingest.returncode == 0, out
        assert statuses and not failures, (failures[:3], srv.output(4000))
        after = srv.get("/api/health")
        assert after != before  # the new documents show after their commits
        assert after["last_commit"] >= before["last_commit"]
        # regression: the report cache keyed on the file's mtime never saw PostgreSQL change
        report_after = srv.request("/api/report")
        assert report_before[0] == report_after[0] == 200
        assert report_before[1]["etag"] != report_after[1]["etag"]
    finally:
        srv.stop()


@pytest.mark.slow
def test_live_mode_on_postgres(pg_url, tmp_path):
    import shutil
    import time

    from tests.serve.conftest import Server

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE / "text", inbox)
    srv = Server(pg_url, "--watch", str(inbox), "--every", "1s")  # creates the schema
    try:
        deadline = time.monotonic() + 300
        while srv.get("/api/health")["stats"]["documents"] < 2:
            assert time.monotonic() < deadline, "live loop wrote nothing"
            time.sleep(0.5)
        health = srv.get("/api/health")
        assert health["live"]["documents"] == 2 and health["last_commit"]
    finally:
        srv.stop()


@pytest.mark.slow
def test_repair_notes_are_listed_on_postgres_as_on_duckdb(pg_url, tmp_path):
    """`quarantine --notes` lists a stored document's repair note on both back ends (the
    notes table was written on PostgreSQL but only ever read back on DuckDB)."""
    text = (
        "La policía de Cali informó el lunes que dos hombres fueron detenidos tras un "
        "allanamiento en una bodega cercana al puerto, según la alcaldía."
    )
    data = text.encode("utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "raid.txt").write_bytes(data[:30] + b"\xff" + data[30:])
    duck = str(tmp_path / "wf.duckdb")
    listings = []
    for db in (duck, pg_url):
        _invoke("ingest", str(folder), "--db", db, "--quiet")
        listings.append(json.loads(_invoke("quarantine", "--notes", "--db", db, "-f", "json")))
    on_duck, on_pg = listings
    assert len(on_pg) == 1 and on_pg[0]["count"] == 1 and on_pg[0]["origin"].endswith("raid.txt")
    assert on_pg == on_duck
