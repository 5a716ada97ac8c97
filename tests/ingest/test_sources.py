"""Ingestion of every input kind from real files, with bad items quarantined."""

from __future__ import annotations

import gzip
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import shared_file
from watchfloor.errors import InputError, Reason
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.model import Quarantined, RawDocument

ARTICLE = ("Colombian police arrested four members of the Clan del Golfo in Cúcuta on Monday, "
           "officials said, after a raid on a warehouse near the border with Venezuela.")

PAGE = f"""<!DOCTYPE html><html><head><title>Raid in Cúcuta | Border Monitor</title>
<meta property="og:site_name" content="Border Monitor">
<meta property="article:published_time" content="2026-09-14T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Raid in Cúcuta</h1><p>{ARTICLE}</p>
<p>The suspects were taken to Bogot&aacute; for questioning, the prosecutor&#39;s office
said in a statement released on Tuesday afternoon to reporters.</p></article>
<aside>Related: Subscribe to our newsletter for more stories</aside>
<footer>Copyright Border Monitor. All rights reserved.</footer></body></html>"""


def docs(items):
    return [i for i in items if isinstance(i, RawDocument)]


def bad(items):
    return [i for i in items if isinstance(i, Quarantined)]


def test_plain_text_title_and_body(tmp_path):
    (tmp_path / "story.txt").write_text(f"Raid in Cúcuta\n\n{ARTICLE}\n", encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "story.txt")]))
    assert doc.id == "story.txt" and doc.title == "Raid in Cúcuta"
    assert doc.text.startswith("Colombian police") and doc.language == "en"
    assert doc.fmt == "text"


def test_markdown_front_matter(tmp_path):
    md = ("---\ntitle: Raid\npublished: 2026-09-14\nsource: Border Monitor\n"
          "url: https://border.example/raid\n---\n# Raid in Cúcuta\n\n"
          f"**Breaking:** {ARTICLE} See [the statement](https://x.example).\n")
    (tmp_path / "a.md").write_text(md, encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "a.md")]))
    assert doc.title == "Raid" and doc.published == "2026-09-14"
    assert doc.published_precision == "day" and doc.source == "Border Monitor"
    assert "Breaking: Colombian police" in doc.text and "the statement" in doc.text
    assert "](" not in doc.text and "#" not in doc.text


def test_html_boilerplate_is_stripped_and_metadata_found(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "page.html")]))
    assert "Colombian police arrested" in doc.text and "Bogotá" in doc.text
    for noise in ("cookies", "newsletter", "Copyright", "World news menu"):
        assert noise not in doc.text
    assert doc.published == "2026-09-14" and doc.source == "Border Monitor"


def test_jsonl_bad_line_is_quarantined_with_its_line_number(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"id": "a", "text": ARTICLE, "published": "26-FEB-1987 15:01:01.79"}),
             "{broken",
             json.dumps({"id": "c", "title": "no text"}),
             json.dumps({"text": ARTICLE, "source": "Wire"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([str(path)]))
    assert [d.id for d in docs(items)] == ["a", "wire.jsonl:4"]
    assert docs(items)[0].published_precision == "second"
    assert [(q.origin, q.code) for q in bad(items)] == [
        (f"{path}:2", Reason.MALFORMED_RECORD.value), (f"{path}:3", Reason.MALFORMED_RECORD.value)]
    assert bad(items)[0].content == b"{broken\n"


def test_json_list(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "x", "text": ARTICLE}, {"id": "y", "text": ARTICLE}]))
    assert [d.id for d in docs(iter_documents([str(path)]))] == ["x", "y"]


def test_directory_is_walked_recursively_in_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / ".git" / "x.txt").write_text(ARTICLE)
    assert [d.origin for d in iter_documents([str(tmp_path)])] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]


def test_stdin_jsonl_and_text():
    stream = io.BytesIO((json.dumps({"id": "s1", "text": ARTICLE}) + "\n"
                         + json.dumps({"id": "s2", "text": ARTICLE}) + "\n").encode())
    assert [d.id for d in iter_documents(["-"], stdin=stream)] == ["s1", "s2"]
    (doc,) = list(iter_documents(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert doc.origin == "<stdin>" and doc.text == ARTICLE


def test_encodings_binary_empty_oversized(tmp_path):
    (tmp_path / "latin.txt").write_bytes(("Bogotá y Cúcuta: " + ARTICLE).encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(("\ufeff" + ARTICLE).encode("utf-8"))
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def" * 10)
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "big.txt").write_text(ARTICLE * 20)
    items = list(iter_documents([str(tmp_path)], limits=IngestLimits(max_bytes=2000)))
    by_name = {i.origin.rsplit("/", 1)[-1]: i for i in items}
    assert by_name["latin.txt"].text.startswith("Bogotá y Cúcuta")
    assert by_name["bom.txt"].text == ARTICLE
    assert by_name["image.png"].code == Reason.BINARY.value
    assert by_name["nul.txt"].code == Reason.BINARY.value
    assert by_name["empty.txt"].code == Reason.EMPTY.value
    assert by_name["big.txt"].code == Reason.OVERSIZED.value
    assert by_name["big.txt"].content is None and by_name["big.txt"].size > 2000


def test_undecodable_bytes_are_quarantined(tmp_path):
    # bytes valid in no text encoding with any confidence: random high bytes, no structure
    import random

    rng = random.Random(7)
    data = bytes(rng.choice(range(0x80, 0x100)) for _ in range(3000))
    (tmp_path / "garbled.txt").write_bytes(data)
    (item,) = list(iter_documents([str(tmp_path / "garbled.txt")]))
    assert isinstance(item, Quarantined)
    assert item.code in {Reason.UNDECODABLE.value, Reason.BINARY.value}
    assert item.content == data


def _warc(path, pages):
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                            http_headers=headers)
            writer.write_record(rec)


def test_warc_records_and_truncation(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://border.example/a", PAGE), ("https://border.example/b", PAGE)])
    items = list(iter_documents([str(path)]))
    assert [d.url for d in docs(items)] == ["https://border.example/a", "https://border.example/b"]
    assert all(d.fmt == "warc" for d in docs(items))
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.75)])
    items = list(iter_documents([str(cut)]))
    assert len(docs(items)) == 1
    assert bad(items)[-1].code == Reason.MALFORMED_ARCHIVE.value
    assert gzip  # the archive format under test


RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Border Monitor</title>
<item><title>Raid</title><link>https://border.example/raid</link><guid>raid-1</guid>
<pubDate>Mon, 14 Sep 2026 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{ARTICLE}&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://border.example/2</link>
<description>{ARTICLE}</description></item></channel></rss>"""


def test_feed_file_and_malformed_feed(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "bad.xml").write_text("<rss><channel><item>", encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "feed.rss"), str(tmp_path / "bad.xml")]))
    assert [d.id for d in docs(items)] == ["raid-1", "https://border.example/2"]
    first = docs(items)[0]
    assert first.source == "Border Monitor" and first.published.startswith("2026-09-14T08:00")
    assert first.text == ARTICLE
    assert bad(items)[0].code == Reason.MALFORMED_FEED.value


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        if self.path == "/feed":
            body = RSS.encode()
        elif self.path == "/big":
            body = RSS.encode() + b" " * 50_000
        elif self.path == "/slow":
            time.sleep(2)
            body = RSS.encode()
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
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
    limits = IngestLimits(fetch_timeout=0.5, fetch_max_bytes=20_000)
    items = list(iter_documents([f"{server}/feed", f"{server}/missing", f"{server}/big",
                                 f"{server}/slow"], limits=limits, allow_network=True))
    assert len(docs(items)) == 2
    reasons = {q.origin.rsplit("/", 1)[-1]: q for q in bad(items)}
    assert set(reasons) == {"missing", "big", "slow"}
    assert all(q.code == Reason.FETCH_FAILED.value for q in reasons.values())
    assert "404" in reasons["missing"].reason and "size limit" in reasons["big"].reason


def test_urls_need_allow_network_and_paths_must_exist(tmp_path):
    with pytest.raises(InputError, match="--allow-network"):
        list(iter_documents(["https://example.org/feed"]))
    with pytest.raises(InputError, match="no such file"):
        list(iter_documents([str(tmp_path / "missing.txt")]))


def test_reuters_stream_dates():
    path = shared_file("corpora", "reuters21578.jsonl")
    items = []
    for item in iter_documents([str(path)]):
        items.append(item)
        if len(items) >= 500:
            break
    good = docs(items)
    assert len(good) >= 450
    assert all(d.published_precision in {"second", "day"} for d in good)
    assert good[0].published.startswith("1987-02-26")
