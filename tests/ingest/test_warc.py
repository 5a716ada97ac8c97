"""WARC archives written with warcio: response records, skipping, truncation."""

from __future__ import annotations

import hashlib

import pytest

from tests.ingest.samples import ARTICLE, PAGE, bad, docs, write_warc
from watchfloor.errors import Reason
from watchfloor.ingest import IngestLimits, iter_documents

HTML = "text/html; charset=utf-8"


def test_response_records_become_documents_and_the_rest_is_skipped(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://border.example/a", HTML, PAGE.encode(), "200 OK"),
            ("https://border.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "200 OK"),
            (
                "https://border.example/gone",
                HTML,
                b"<html><body>Gone</body></html>",
                "404 Not Found",
            ),
            ("https://border.example/b.txt", "text/plain", ARTICLE.encode(), "200 OK"),
        ],
    )
    items = list(iter_documents([str(path)]))
    assert not bad(items)
    page, text = docs(items)
    assert page.url == "https://border.example/a" and page.id.startswith("<urn:uuid:")
    assert (page.fmt, page.published, page.source) == ("warc", "2024-09-14", "Border Monitor")
    assert ARTICLE in page.text and "cookies" not in page.text
    assert page.origin == f"{path}#record-3"  # warcinfo and request records come first
    assert (text.text, text.url, text.published_precision) == (
        ARTICLE,
        "https://border.example/b.txt",
        "day",  # the crawl date, never at second precision
    )


def test_truncated_archive_keeps_what_came_before(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    pages = [(f"https://border.example/{n}", HTML, PAGE.encode(), "200 OK") for n in "ab"]
    write_warc(path, pages)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.85)])
    items = list(iter_documents([str(cut)]))
    assert [d.url for d in docs(items)] == ["https://border.example/a"]
    (q,) = bad(items)
    assert q.code == Reason.MALFORMED_ARCHIVE.value and q.origin.startswith(f"{cut}#record-")
    assert "truncated" in q.reason


def test_uncompressed_truncation_and_garbage(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, [("https://border.example/a", HTML, PAGE.encode(), "200 OK")], gzip=False)
    data = path.read_bytes()
    (tmp_path / "cut.warc").write_bytes(data[:-200])
    (tmp_path / "junk.warc").write_bytes(b"this is not an archive\n" * 10)
    for name in ("cut.warc", "junk.warc"):
        (item,) = list(iter_documents([str(tmp_path / name)]))
        assert item.code == Reason.MALFORMED_ARCHIVE.value, name


def test_oversized_record_is_quarantined_and_hashed(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    big = PAGE.encode() + b" " * 5000
    write_warc(
        path,
        [
            ("https://border.example/big", HTML, big, "200 OK"),
            ("https://border.example/ok", "text/plain", ARTICLE.encode(), "200 OK"),
        ],
    )
    items = list(iter_documents([str(path)], limits=IngestLimits(max_bytes=4000)))
    (q,) = bad(items)
    assert q.code == Reason.OVERSIZED.value and q.size == len(big)
    assert q.sha256 == hashlib.sha256(big).hexdigest()
    assert [d.url for d in docs(items)] == ["https://border.example/ok"]


def test_archive_without_documents_is_empty(tmp_path):
    path = tmp_path / "images.warc.gz"
    write_warc(path, [("https://border.example/p.png", "image/png", b"\x89PNG", "200 OK")])
    (item,) = list(iter_documents([str(path)]))
    assert item.code == Reason.EMPTY.value


def _members(data: bytes) -> list[tuple[int, int, bytes]]:
    import zlib

    out, pos = [], 0
    while pos < len(data):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        plain = d.decompress(data[pos:])
        used = len(data) - pos - len(d.unused_data)
        out.append((pos, used, plain))
        pos += used
    return out


def test_truncated_inside_the_last_records_http_headers_is_reported(tmp_path):
    """Regression (issue 15, finding 9): cut inside the HTTP headers of the last record
    ("Content-Type: text/ht"), the record no longer looked like HTML and was skipped
    silently: 0 quarantined."""
    import gzip

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [(f"https://border.example/{n}", HTML, PAGE.encode(), "200 OK") for n in "ab"])
    data = path.read_bytes()
    start, _, plain = _members(data)[-1]
    at = plain.index(b"Content-Type: text/h") + len(b"Content-Type: text/h")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:start] + gzip.compress(plain[:at]))
    items = list(iter_documents([str(cut)]))
    assert [d.url for d in docs(items)] == ["https://border.example/a"]
    (q,) = bad(items)
    assert q.code == Reason.MALFORMED_ARCHIVE.value and "cut short" in q.reason


@pytest.mark.parametrize("gzipped", [True, False])
@pytest.mark.parametrize(
    "marker", [b"WARC-Type: resp", b"WARC-Target-URI: https://bor", b"Content-Length: 1"]
)
def test_cut_inside_the_last_records_warc_headers_is_reported(tmp_path, marker, gzipped):
    """Regression: cut inside the WARC headers of the last record, warcio took the end of
    file for the end of the archive and the damage went unreported (0 quarantined)."""
    import gzip

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [(f"https://border.example/{n}", HTML, PAGE.encode(), "200 OK") for n in "ab"])
    data = path.read_bytes()
    start, _, plain = _members(data)[-1]
    at = plain.index(marker) + len(marker)
    cut = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    cut.write_bytes(
        data[:start] + gzip.compress(plain[:at])
        if gzipped
        else gzip.decompress(data[:start]) + plain[:at]
    )
    items = list(iter_documents([str(cut)]))
    assert [d.url for d in docs(items)] == ["https://border.example/a"]
    (q,) = bad(items)
    assert q.code == Reason.MALFORMED_ARCHIVE.value and "headers" in q.reason


def test_a_gigantic_status_line_is_refused_early(tmp_path):
    """Regression (issue 15, finding 7): a small .warc.gz whose HTTP status line inflates to
    gigabytes was read whole (2.6 GB, 115 s), then called "no HTML or text response"."""
    import gzip

    from watchfloor.ingest.warc import MAX_HEADER_LINE

    long_line = b"HTTP/1.1 200 " + b"O" * (MAX_HEADER_LINE * 4) + b"\r\n"
    body = long_line + b"Content-Type: text/html\r\n\r\n<html><body>x</body></html>"
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n"
        b"WARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body + b"\r\n\r\n"
    )
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(gzip.compress(record))
    (q,) = list(iter_documents([str(path)]))
    assert q.code == Reason.MALFORMED_ARCHIVE.value
    assert "header line longer than" in q.reason
