"""Alert sinks: stdout, JSONL, and a webhook against real loopback HTTP servers (one that
accepts, one that always fails, one that is not listening)."""

from __future__ import annotations

import io
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from watchfloor.watch.sinks import JsonlSink, StdoutSink, WebhookSink, open_sink

ALERT = {
    "type": "watch_match",
    "watchlist": "w",
    "document": "d1",
    "published": "2026-03-26",
    "outlet": "Border Post",
    "url": "https://example.org/a",
    "match": "keyword",
    "keyword": "mortars",
    "snippet": "fired mortars at a base",
}


class _Recorder(BaseHTTPRequestHandler):
    status = 200
    received: list

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((self.path, self.headers["Content-Type"], body))
        self.send_response(self.server.status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    servers = []

    def start(status: int = 200):
        srv = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
        srv.status = status
        srv.received = []
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return srv

    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def test_webhook_posts_json(server):
    srv = server(200)
    sink = WebhookSink(f"http://127.0.0.1:{srv.server_port}/hook", timeout=2)
    assert sink.send(ALERT) is True
    path, ctype, body = srv.received[0]
    assert path == "/hook" and ctype == "application/json"
    assert json.loads(body) == ALERT and sink.failures == 0


def test_failing_webhook_retries_then_gives_up(server, capsys):
    srv = server(503)
    sink = WebhookSink(
        f"http://127.0.0.1:{srv.server_port}/hook", timeout=2, retries=2, backoff=0.01
    )
    assert sink.send(ALERT) is False
    assert len(srv.received) == 3 and sink.attempts == 3 and sink.failures == 1
    assert "HTTP 503" in capsys.readouterr().err


def test_client_error_is_not_retried(server):
    srv = server(400)
    sink = WebhookSink(f"http://127.0.0.1:{srv.server_port}/hook", retries=3, backoff=0.01)
    assert sink.send(ALERT) is False and len(srv.received) == 1


def test_unreachable_webhook_is_logged_not_raised(capsys):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sink = WebhookSink(f"http://127.0.0.1:{port}/hook", timeout=1, retries=1, backoff=0.01)
    assert sink.send(ALERT) is False and sink.failures == 1
    assert "failed after 2 tries" in capsys.readouterr().err


def test_jsonl_and_stdout_sinks(tmp_path):
    path = tmp_path / "alerts.jsonl"
    sink = JsonlSink(path)
    assert sink.send(ALERT) and sink.send({**ALERT, "document": "d2"})
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["document"] for r in rows] == ["d1", "d2"]
    out = io.StringIO()
    StdoutSink(out).send(ALERT)
    assert "[WATCH w]" in out.getvalue() and "mortars" in out.getvalue()
    # an unwritable file is a logged failure, not an exception
    bad = JsonlSink(tmp_path / "no-such-dir" / "a.jsonl")
    assert bad.send(ALERT) is False and bad.failures == 1


def test_open_sink_by_target(tmp_path):
    assert isinstance(open_sink("stdout"), StdoutSink)
    assert isinstance(open_sink("https://example.org/hook"), WebhookSink)
    assert isinstance(open_sink(str(tmp_path / "a.jsonl")), JsonlSink)


def test_dead_endpoint_trips_the_breaker(server, capsys):
    srv = server(500)
    sink = WebhookSink(
        f"http://127.0.0.1:{srv.server_port}/hook",
        retries=1,
        backoff=0.01,
        breaker_after=2,
        cooldown=600,
    )
    results = [sink.send({**ALERT, "document": f"d{i}"}) for i in range(5)]
    assert results == [False] * 5
    # two alerts tried (two tries each), then the rest dropped without a request
    assert len(srv.received) == 4 and sink.failures == 2 and sink.dropped == 3
    assert "dropping alerts for 600 s" in capsys.readouterr().err
