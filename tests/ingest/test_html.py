"""HTML pages: main text without boilerplate, date, title, site name, canonical URL."""

from __future__ import annotations

import htmldate.utils

from tests.ingest.samples import ARTICLE, PAGE
from watchfloor.errors import Reason
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.ingest.html import extract_html, looks_like_html, read_html
from watchfloor.model import Quarantined

LIMITS = IngestLimits()


def test_boilerplate_is_stripped_and_metadata_found(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "page.html")]))
    assert ARTICLE in doc.text and "Bogotá" in doc.text
    for noise in ("cookies", "newsletter", "Copyright", "World news menu", "Home"):
        assert noise not in doc.text
    assert (doc.published, doc.published_precision) == ("2024-09-14", "day")
    assert doc.source == "Border Monitor" and doc.title.startswith("Raid in Cúcuta")
    assert doc.url == "https://border.example/2024/09/14/raid"
    assert (doc.id, doc.fmt, doc.language) == ("page.html", "html", "en")


def test_cp1252_page_decodes(tmp_path):
    (tmp_path / "legacy.htm").write_bytes(PAGE.replace("Bogot&aacute;", "Bogotá").encode("cp1252"))
    (doc,) = list(iter_documents([str(tmp_path / "legacy.htm")]))
    assert "Bogotá" in doc.text and "Cúcuta" in doc.text


def test_page_without_main_text_is_empty():
    raw = b"<html><head><title>Nothing</title></head><body><img src=x.png></body></html>"
    (item,) = list(read_html(raw, "/in/empty.html", LIMITS))
    assert isinstance(item, Quarantined) and item.code == Reason.EMPTY.value
    assert item.content == raw


def test_crawl_date_is_only_a_day_precision_fallback():
    page = (
        "<html><head><title>Raid</title></head>"
        f"<body><article><p>{ARTICLE}</p></article></body></html>"
    )
    doc, _ = extract_html(page, "x", "x", fallback_date="2024-09-20T10:11:12Z")
    assert (doc.published, doc.published_precision) == ("2024-09-20", "day")
    doc, _ = extract_html(page, "x", "x")
    assert (doc.published, doc.published_precision) == (None, "unknown")


def test_htmldate_never_fetches_a_url_looking_page(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_network)
    items = list(read_html(b"http://127.0.0.1:9/page", "/in/url.html", LIMITS))
    assert all(isinstance(i, Quarantined) for i in items)


def test_html_sniffing():
    assert looks_like_html("<!-- saved -->\n<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("<div><p>An article paragraph.</p></div>")
    assert not looks_like_html("Prices rose 3% <sic> in March.")
