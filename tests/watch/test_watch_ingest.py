"""Watchlists during ingest: matches and escalation alerts go to a JSONL file, stdout or a
webhook after each committed batch; a failing webhook never stops ingest."""

from __future__ import annotations

import json
import threading
from http.server import ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from tests.analyze.test_escalation import BURST_DAY, write_corpus
from tests.watch.test_sinks import _Recorder
from watchfloor.cli import app
from watchfloor.errors import WatchfloorError
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.duckdb_store import DuckDBStore
from watchfloor.watch import Watcher, Watchlist
from watchfloor.watch.sinks import WebhookSink

WATCHLIST = """\
name: border
actors: [VENMIL]
codes: ["19"]
keywords: [mortars, landmine clearance]
thresholds:
  max_goldstein: -5
"""

runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path):
    write_corpus(tmp_path / "articles.jsonl")
    (tmp_path / "watch.yaml").write_text(WATCHLIST, encoding="utf-8")
    return tmp_path


def test_ingest_sends_matches_and_escalation_to_jsonl(corpus):
    out = corpus / "alerts.jsonl"
    res = runner.invoke(
        app,
        [
            "ingest",
            str(corpus / "articles.jsonl"),
            "--db",
            str(corpus / "wf.duckdb"),
            "--batch-size",
            "4",
            "--quiet",
            "--watchlist",
            str(corpus / "watch.yaml"),
            "--alerts-to",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    alerts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    events = [a for a in alerts if a.get("match") == "event"]
    keywords = {(a["keyword"], a["document"]) for a in alerts if a.get("match") == "keyword"}
    escalations = [a for a in alerts if a["type"] == "escalation"]
    # the attacks, not the quiet contacts, match the code and Goldstein thresholds
    assert events and all(a["code"].startswith("19") and a["goldstein"] <= -5 for a in events)
    assert {a["document"] for a in events} <= {f"burst-{i}" for i in range(5)}
    assert ("mortars", "burst-3") in keywords and ("landmine clearance", "quiet-1") in keywords
    # the escalation alert for the dyad, with its evidence, sent once across batches
    dyad = [a for a in escalations if a["key"] == "VENMIL>COLMIL"]
    assert len(dyad) == 1 and dyad[0]["day"] == BURST_DAY and dyad[0]["events"]
    assert len({a["id"] for a in escalations}) == len(escalations)


def test_ingest_alerts_to_stdout_and_webhook(corpus):
    res = runner.invoke(
        app,
        [
            "ingest",
            str(corpus / "articles.jsonl"),
            "--db",
            str(corpus / "a.duckdb"),
            "--quiet",
            "--watchlist",
            str(corpus / "watch.yaml"),
            "--alerts-to",
            "stdout",
        ],
    )
    assert res.exit_code == 0
    assert "[WATCH border]" in res.stdout and "[ESCALATION]" in res.stdout
    res = runner.invoke(
        app,
        [
            "ingest",
            str(corpus / "articles.jsonl"),
            "--db",
            str(corpus / "s.duckdb"),
            "--alerts-to",
            str(corpus / "all.jsonl"),
        ],
    )
    assert res.exit_code == 0 and "escalation alerts; 0 failed deliveries" in res.output
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    srv.status, srv.received = 204, []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        res = runner.invoke(
            app,
            [
                "ingest",
                str(corpus / "articles.jsonl"),
                "--db",
                str(corpus / "b.duckdb"),
                "--quiet",
                "--watchlist",
                str(corpus / "watch.yaml"),
                "--alerts-to",
                f"http://127.0.0.1:{srv.server_port}/in",
            ],
        )
    finally:
        srv.shutdown()
        srv.server_close()
    assert res.exit_code == 0
    posted = [json.loads(body) for _, _, body in srv.received]
    assert any(p["type"] == "escalation" for p in posted)
    assert any(p["type"] == "watch_match" for p in posted)


def test_failing_webhook_does_not_stop_ingest(corpus, server_500):
    sink = WebhookSink(server_500, timeout=1, retries=1, backoff=0.01)
    watcher = Watcher(Watchlist.load(corpus / "watch.yaml"), sink)
    report = ingest(
        [str(corpus / "articles.jsonl")],
        corpus / "c.duckdb",
        RunOptions(batch_size=4, after_batch=watcher.after_batch),
    )
    assert report.documents == 11 and not report.failed
    assert sink.failures >= 1 and watcher.errors == 0
    with DuckDBStore(corpus / "c.duckdb", read_only=True) as store:
        assert store.stats()["documents"] == 11


@pytest.fixture()
def server_500():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    srv.status, srv.received = 500, []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}/hook"
    srv.shutdown()
    srv.server_close()


def test_bad_watchlists_are_clear_errors(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [VENMIL]\nthreshold: {}\n", encoding="utf-8")
    with pytest.raises(WatchfloorError, match="unknown keys"):
        Watchlist.load(bad)
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(WatchfloorError, match="mapping"):
        Watchlist.load(bad)
    with pytest.raises(WatchfloorError, match="no watchlist"):
        Watchlist.load(tmp_path / "missing.yaml")
