"""Live mode (serve --watch): a real server ingests a watched folder while a client reads
the API without a pause; no answer may fail, new documents appear once committed, the
watchlist's alerts come from the loop, and SIGTERM ends it cleanly."""

from __future__ import annotations

import json
import shutil
import threading
import time

import pytest

from tests.conftest import SAMPLE
from tests.serve.conftest import Server
from watchfloor.errors import WatchfloorError
from watchfloor.serve.live import Source, changed_files, parse_every
from watchfloor.store.duckdb_store import DuckDBStore

PATHS = [
    "/api/health",
    "/api/entities",
    "/api/events",
    "/api/documents",
    "/api/claims",
    "/api/timeline",
]


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.slow
def test_the_api_answers_while_the_live_loop_ingests(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copytree(SAMPLE / "text", inbox / "text")
    (tmp_path / "border.yaml").write_text("name: live\nkeywords: [Caribbean]\n", encoding="utf-8")
    alerts = tmp_path / "alerts.jsonl"
    db = tmp_path / "live.duckdb"  # live mode creates the store
    srv = Server(
        db,
        "--watch",
        str(inbox),
        "--every",
        "1s",
        "--watchlist",
        str(tmp_path / "border.yaml"),
        "--alerts-to",
        str(alerts),
    )
    statuses: list[int] = []
    counts: list[int] = []
    stop = threading.Event()

    def client() -> None:
        while not stop.is_set():
            for path in PATHS:
                status, _, body = srv.request(path)
                statuses.append(status)
                if path == "/api/health" and status == 200:
                    counts.append(json.loads(body)["stats"]["documents"])

    reader = threading.Thread(target=client)
    try:
        reader.start()
        first = _wait(lambda: counts and counts[-1] >= 2 and counts[-1], 300, "first files")
        # news arrives while the client keeps reading
        shutil.copytree(SAMPLE / "html", inbox / "html")
        shutil.copytree(SAMPLE / "markdown", inbox / "markdown")
        shutil.copy(SAMPLE / "wire.jsonl", inbox / "wire.jsonl")
        _wait(lambda: counts and counts[-1] >= 20, 600, "all 20 sample documents")
        health = srv.get("/api/health")
        time.sleep(2)  # a few more reads after the last commit
    finally:
        stop.set()
        reader.join(60)
    assert len(statuses) > 50
    assert [s for s in statuses if not 200 <= s < 300] == []  # zero non-2xx answers
    assert counts == sorted(counts) and counts[0] <= first < counts[-1] == 20
    assert health["last_commit"] and health["live"]["cycles"] >= 2
    assert health["live"]["sources"][0]["failures"] == 0
    # the documents are there to read, each once
    docs = srv.get("/api/documents?limit=100")["items"]
    assert len(docs) == 20 == len({d["uid"] for d in docs})
    # the watchlist matched from the loop: the html articles name the Caribbean
    lines = alerts.read_text(encoding="utf-8").splitlines() if alerts.exists() else []
    matched = {a.get("document") for a in map(json.loads, lines) if a.get("keyword")}
    assert any("caribbean-ledger" in (d or "") for d in matched), lines[:3]
    # SIGTERM: clean exit, the store closed and whole
    out = srv.sigterm()
    assert srv.proc.returncode == 0, out
    assert "live: stopped after" in out
    with DuckDBStore(db, read_only=True) as store:
        assert store.stats()["documents"] == 20
        assert (
            store.sql(
                "SELECT count(*) AS n FROM documents WHERE batch_id NOT IN "
                "(SELECT batch_id FROM batches)"
            )[0]["n"]
            == 0
        )


def test_every_is_parsed():
    assert parse_every("90") == 90 and parse_every("90s") == 90
    assert parse_every("15m") == 900 and parse_every("1h") == 3600
    for bad in ("", "0", "-5m", "15 minutes", "m"):
        with pytest.raises(WatchfloorError):
            parse_every(bad)


def test_a_changed_file_is_seen_again_and_an_unchanged_one_is_not(tmp_path):
    (tmp_path / "a.txt").write_text("First report.", encoding="utf-8")
    src = Source(str(tmp_path))
    found = changed_files(src)
    assert list(found) == [str(tmp_path / "a.txt")]
    src.seen.update(found)  # the cycle committed
    assert changed_files(src) == {}
    (tmp_path / "a.txt").write_text("First report, updated.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second report.", encoding="utf-8")
    assert sorted(changed_files(src)) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.mark.slow
def test_sigterm_while_a_batch_commits_lets_it_commit_and_exits_cleanly(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    for part in ("text", "html", "markdown"):  # the English sample: 20 documents
        shutil.copytree(SAMPLE / part, inbox / part)
    shutil.copy(SAMPLE / "wire.jsonl", inbox / "wire.jsonl")
    db = tmp_path / "live.duckdb"
    # the store's test hook: announce the commit, then wait before it
    monkeypatch.setenv("WATCHFLOOR_TEST_PAUSE_BEFORE_COMMIT", "15")
    srv = Server(db, "--watch", str(inbox), "--every", "1h")
    _wait(lambda: "committing batch" in srv.output(), 600, "a batch to commit")
    out = srv.sigterm()  # mid-batch: the transaction is open
    assert srv.proc.returncode == 0, out
    assert "live: stopped after 1 cycles, 20 new documents" in out
    with DuckDBStore(db, read_only=True) as store:
        assert store.stats()["documents"] == 20
        assert store.sql("SELECT sum(n_documents) AS n FROM batches")[0]["n"] == 20


class _Feed:
    """A loopback HTTP server with one feed (ETag, Last-Modified, 304) and one failing path."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from tests.ingest.samples import RSS

        self.requests: list[tuple[str, str | None]] = []
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                feed.requests.append((self.path, self.headers.get("If-None-Match")))
                if self.path == "/broken":
                    self.send_response(500)
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == '"v1"':
                    self.send_response(304)
                    self.end_headers()
                    return
                body = RSS.encode()
                self.send_response(200)
                self.send_header("ETag", '"v1"')
                self.send_header("Last-Modified", "Fri, 04 Dec 2026 10:00:00 GMT")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()


def test_feed_urls_are_fetched_conditionally_and_failures_back_off(tmp_path):
    from watchfloor.model import RawDocument
    from watchfloor.serve.live import LiveIngest

    feed = _Feed()
    try:
        loop = LiveIngest(
            str(tmp_path / "x.duckdb"),
            [feed.base + "/rss", feed.base + "/broken"],
            every=60,
            allow_network=True,
        )
        first = list(loop._items())
        assert any(isinstance(i, RawDocument) for i in first)
        for mark in loop._done:  # the cycle committed
            mark()
        good, broken = loop.sources
        assert good.etag == '"v1"' and good.last_modified.startswith("Fri, 04 Dec 2026")
        assert broken.failures == 1 and broken.next_due > time.monotonic() + 30
        loop._done = []
        assert list(loop._items()) == []  # unchanged feed: a 304; broken one not yet due
        assert feed.requests == [("/rss", None), ("/broken", None), ("/rss", '"v1"')]
        assert loop.status()["sources"][1]["failures"] == 1
    finally:
        feed.close()


def test_feed_urls_need_allow_network(tmp_path):
    from watchfloor.serve.live import LiveIngest

    with pytest.raises(WatchfloorError, match="--allow-network"):
        LiveIngest(str(tmp_path / "x.duckdb"), ["https://example.org/rss"], every=60)
