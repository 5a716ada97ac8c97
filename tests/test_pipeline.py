"""End to end against real DuckDB files: bad input, idempotence, kill mid-batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from watchfloor.errors import Reason

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "watchfloor.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        timeout=600,
        **kw,
    )


def _records(n: int, offset: int = 0) -> str:
    lines = []
    for i in range(offset, offset + n):
        lines.append(
            json.dumps(
                {
                    "id": f"doc-{i}",
                    "title": f"Report {i}",
                    "published": f"2026-09-{1 + i % 28:02d}",
                    "source": "Test Wire",
                    "text": (
                        f"Officials in Bogotá said on Monday that police arrested {i + 2} "
                        f"suspected members of the Clan del Golfo in raid number {i} near the "
                        f"border with "
                        f"Venezuela, seizing {i * 10 + 5} kilograms of cocaine."
                    ),
                }
            )
        )
    return "\n".join(lines) + "\n"


def _count(db: Path, table: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_bad_inputs_are_quarantined_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.jsonl").write_text(_records(3) + "{not json\n", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    db = tmp_path / "wf.duckdb"
    res = _cli("ingest", str(inputs), "--db", str(db), "--quiet")
    assert res.returncode == 1, res.stderr  # something failed, the rest went through
    assert _count(db, "documents") == 3
    codes = {
        r[0]
        for r in duckdb.connect(str(db), read_only=True)
        .execute("SELECT code FROM quarantine")
        .fetchall()
    }
    assert Reason.MALFORMED_RECORD.value in codes
    assert Reason.EMPTY.value in codes
    assert codes & {Reason.BINARY.value, Reason.UNSUPPORTED.value}


def test_reingest_is_idempotent(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(_records(5), encoding="utf-8")
    db = tmp_path / "wf.duckdb"
    assert _cli("ingest", str(src), "--db", str(db), "--quiet").returncode == 0
    before = {t: _count(db, t) for t in ("documents", "mentions", "events", "claims")}
    res = _cli("ingest", str(src), "--db", str(db))
    assert res.returncode == 0
    assert "5 already present" in res.stderr
    assert {t: _count(db, t) for t in before} == before


def test_kill_mid_batch_leaves_the_store_as_before_and_rerun_completes(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(_records(4) + _records(4, offset=100), encoding="utf-8")
    db = tmp_path / "wf.duckdb"
    # Every batch now pauses 5 s before its COMMIT. Batch 1 pauses and commits; when
    # batch 2 announces its commit, it is killed inside its transaction.
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "watchfloor.cli",
            "ingest",
            str(src),
            "--db",
            str(db),
            "--batch-size",
            "4",
            "--quiet",
        ],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "WATCHFLOOR_TEST_PAUSE_BEFORE_COMMIT": "5"},
    )
    seen = 0
    deadline = time.monotonic() + 300
    while seen < 2 and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen += "committing batch" in line
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert seen == 2, "the ingest never reached its second commit"
    assert _count(db, "batches") == 1
    assert _count(db, "documents") == 4
    res = _cli("ingest", str(src), "--db", str(db), "--batch-size", "4")
    assert res.returncode == 0, res.stderr
    assert _count(db, "documents") == 8
    assert _count(db, "batches") == 2
    assert "4 already present" in res.stderr


def test_a_document_an_extractor_fails_on_is_quarantined_with_its_text(tmp_path, monkeypatch):
    from watchfloor.extract.claims import ClaimExtractor
    from watchfloor.pipeline import RunOptions, ingest

    original = ClaimExtractor.begin  # the per-document step under nlp.pipe

    def flaky(self, doc, result):
        if "raid number 1 " in doc.text:
            raise RuntimeError("boom")
        return original(self, doc, result)

    monkeypatch.setattr(ClaimExtractor, "begin", flaky)
    src = tmp_path / "in.jsonl"
    src.write_text(_records(3), encoding="utf-8")
    db = tmp_path / "wf.duckdb"
    report = ingest([str(src)], db, RunOptions())
    assert report.documents == 2 and len(report.quarantined) == 1
    (q,) = report.quarantined
    assert q.code == Reason.PROCESSING_FAILED.value and "boom" in q.reason
    assert b"raid number 1 " in q.content
    assert _count(db, "documents") == 2 and _count(db, "quarantine") == 1


def test_a_store_failure_in_the_writer_stops_the_run_and_keeps_committed_batches(
    tmp_path, monkeypatch
):
    """The writer thread's error is the run's error; batches before it stay committed and
    a re-run completes the rest (regression guard for the background writer)."""
    import pytest

    from watchfloor.pipeline import RunOptions, ingest
    from watchfloor.store.duckdb_store import DuckDBStore

    original = DuckDBStore.write_batch
    calls = []

    def failing(self, docs, quarantined=(), index_only=False):
        calls.append(len(docs))
        if len(calls) == 2:
            raise OSError("disk full")
        return original(self, docs, quarantined, index_only)

    monkeypatch.setattr(DuckDBStore, "write_batch", failing)
    src = tmp_path / "in.jsonl"
    src.write_text(_records(12), encoding="utf-8")
    db = tmp_path / "wf.duckdb"
    with pytest.raises(OSError, match="disk full"):
        ingest([str(src)], db, RunOptions(batch_size=4))
    assert _count(db, "documents") == 4
    monkeypatch.setattr(DuckDBStore, "write_batch", original)
    report = ingest([str(src)], db, RunOptions(batch_size=4))
    assert report.skipped == 4 and report.documents == 8
    assert _count(db, "documents") == 12


def test_a_lone_surrogate_costs_no_document_and_is_noted(tmp_path):
    """Regression (issue 15, finding 1): one ``\\ud83d`` in a JSONL line used to raise in
    the content hash, lose the whole batch and fail every re-run the same way."""
    lines = _records(5).splitlines()
    lines.insert(
        2,
        '{"id": "cut", "text": "Officials said \\ud83d rebels attacked a police '
        'post near the river on Tuesday."}',
    )
    src = tmp_path / "cut.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "wf.duckdb"
    res = _cli("ingest", str(src), "--db", str(db), "--batch-size", "2")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    assert _count(db, "documents") == 6 and _count(db, "quarantine") == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        note = con.execute("SELECT origin, code, count FROM notes").fetchall()
        text = con.execute("SELECT text FROM documents WHERE id = 'cut'").fetchone()[0]
    finally:
        con.close()
    assert note == [(f"{src}:3", Reason.REPAIRED.value, 1)]
    assert "\ufffd" in text
    again = _cli("ingest", str(src), "--db", str(db), "--quiet")
    assert again.returncode == 0 and _count(db, "documents") == 6  # idempotent
