"""RSS/Atom feeds from files, and feed URLs from a real HTTP server on the loopback."""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.ingest.samples import ARTICLE, ATOM, RSS, bad, docs
from watchfloor.errors import Reason
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.ingest.feeds import html_to_text, read_feed

FETCH_FAILED = Reason.FETCH_FAILED.value


def test_rss_file(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "feed.rss")]))
    first, second = docs(items)
    assert (first.id, first.title, first.url) == ("raid-1", "Raid", "https://border.example/raid")
    assert (first.source, first.fmt, first.language) == ("Border Monitor", "feed", "en")
    assert (first.published, first.published_precision) == ("2024-09-14T08:00:00+00:00", "second")
    assert first.text == f"{ARTICLE}\nSecond paragraph here."
    assert first.origin == f"{tmp_path / 'feed.rss'}#record-1"
    assert (second.id, second.text, second.published) == ("https://border.example/2", ARTICLE, None)


def test_atom_file_sniffed_from_xml(tmp_path):
    (tmp_path / "feed.xml").write_text(ATOM, encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "feed.xml")]))
    assert (doc.id, doc.url, doc.source) == (
        "urn:entry:1",
        "https://andean.example/rights",
        "Andean Observer",
    )
    assert (doc.published, doc.published_precision, doc.text) == ("2024-10-08", "day", ARTICLE)


def test_malformed_empty_and_non_feeds(tmp_path):
    (tmp_path / "bad.rss").write_text("<rss><channel><item>", encoding="utf-8")
    (tmp_path / "empty.rss").write_text(
        '<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>'
    )
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url>a</url></urlset>')
    items = list(iter_documents([str(tmp_path)]))
    assert not docs(items)
    assert {q.origin.rsplit("/", 1)[1]: q.code for q in items} == {
        "bad.rss": Reason.MALFORMED_FEED.value,
        "empty.rss": Reason.EMPTY.value,
        "sitemap.xml": Reason.UNSUPPORTED.value,
    }


def test_entry_without_text_is_quarantined_alone():
    rss = RSS.replace(f"<description>{ARTICLE}</description>", "<description></description>")
    items = list(read_feed(rss.encode(), "https://feeds.example/rss", IngestLimits()))
    assert [d.id for d in docs(items)] == ["raid-1"]
    assert [(q.origin, q.code) for q in bad(items)] == [
        ("https://feeds.example/rss#record-2", Reason.EMPTY.value)
    ]


def test_html_to_text_keeps_blocks_apart():
    html = "<p>One <b>bold</b>\n word.</p><ul><li>a</li><li>b</li></ul>x<br>y<script>z()</script>"
    assert html_to_text(html) == "One bold word.\na\nb\nx\ny"
    assert html_to_text("<p>control \x01 character</p><p>next</p>") == "control \x01 character next"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        with contextlib.suppress(OSError):  # the client gave up first (time-out tests)
            self._answer()

    def _answer(self):
        if self.path == "/missing":
            self.send_error(404)
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/feed")
            self.end_headers()
            return
        if self.path == "/ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/feed")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.0)
        body = RSS.encode()
        if self.path in ("/big", "/big-unsized"):
            body += b" " * 50_000
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        if self.path not in ("/big-unsized", "/trickle"):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.path == "/trickle":  # each read is quick, the whole download is not
            for n in range(0, len(body), 50):
                self.wfile.write(body[n : n + 50])
                self.wfile.flush()
                time.sleep(0.05)
            return
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_feed_urls_over_loopback(server):
    limits = IngestLimits(fetch_timeout=0.4, fetch_max_bytes=20_000)
    paths = ["feed", "redirect", "missing", "big", "big-unsized", "slow", "trickle", "ftp"]
    started = time.monotonic()
    items = list(
        iter_documents([f"{server}/{p}" for p in paths], limits=limits, allow_network=True)
    )
    assert time.monotonic() - started < 4
    assert [d.origin for d in docs(items)] == [
        f"{server}/feed#record-1",
        f"{server}/feed#record-2",
        f"{server}/redirect#record-1",
        f"{server}/redirect#record-2",
    ]
    assert docs(items)[0].id == "raid-1" and docs(items)[0].source == "Border Monitor"
    failed = {q.origin.rsplit("/", 1)[1]: q for q in bad(items)}
    assert set(failed) == {"missing", "big", "big-unsized", "slow", "trickle", "ftp"}
    assert all(q.code == FETCH_FAILED and q.content is None for q in failed.values())
    assert "404" in failed["missing"].reason
    assert "size limit" in failed["big"].reason and "size limit" in failed["big-unsized"].reason
    assert "timed out" in failed["slow"].reason and "timed out" in failed["trickle"].reason
    assert "refused" in failed["ftp"].reason


def test_unreachable_host_is_fetch_failed():
    (item,) = list(
        iter_documents(
            ["http://127.0.0.1:9/feed"], limits=IngestLimits(fetch_timeout=1), allow_network=True
        )
    )
    assert item.code == FETCH_FAILED and item.origin == "http://127.0.0.1:9/feed"


def test_cli_fetch_limits_and_network_opt_in(server, tmp_path):
    from typer.testing import CliRunner

    from watchfloor.cli import app

    out = tmp_path / "out.jsonl"
    urls = [f"{server}/feed", f"{server}/big"]
    refused = CliRunner().invoke(app, ["extract", *urls, "-o", str(out), "--quiet"])
    # URLs need --allow-network: refused before anything is read (`watchfloor` exits 2)
    assert "--allow-network" in str(refused.exception) and out.read_text() == ""
    res = CliRunner().invoke(
        app,
        [
            "extract",
            *urls,
            "-o",
            str(out),
            "--quiet",
            "--allow-network",
            "--fetch-max-bytes",
            "20000",
            "--fetch-timeout",
            "2",
        ],
    )
    assert res.exit_code == 1, res.output  # the big body is quarantined, the feed goes through
    assert len(out.read_text().splitlines()) == 2
    bad_limit = CliRunner().invoke(app, ["extract", *urls, "--fetch-timeout", "0"])
    assert bad_limit.exit_code == 2
