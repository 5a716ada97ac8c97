"""Reasons that say what happened (issue 15, finding 15)."""

from __future__ import annotations

from watchfloor.ingest import iter_documents
from watchfloor.model import RawDocument

TEXT = (
    "Police in the capital said on Tuesday that three men were detained after a raid on a "
    "warehouse near the port."
)


def test_an_rss_file_with_an_internal_dtd_is_read_as_a_feed(tmp_path):
    """Regression: quarantined as "no main text found in the HTML"."""
    path = tmp_path / "wire.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!ENTITY w "Wire">\n]>\n'
        '<rss version="2.0"><channel><title>&w;</title><item><title>Raid</title>'
        f"<description>{TEXT}</description></item></channel></rss>\n",
        encoding="utf-8",
    )
    (doc,) = list(iter_documents([str(path)]))
    assert isinstance(doc, RawDocument) and doc.fmt == "feed" and doc.text == TEXT


def test_utf16_without_bom_is_text_not_binary(tmp_path):
    """Regression: quarantined as "binary"."""
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(
            ("Gunmen attacked a bus in the north, officials said.\n\n" + TEXT).encode(codec)
        )
        (doc,) = list(iter_documents([str(path)]))
        assert isinstance(doc, RawDocument) and TEXT in doc.text, codec


def test_script_inside_the_heading_stays_out_of_the_title(tmp_path):
    """Regression: the script's text ended up in the title."""
    path = tmp_path / "page.html"
    path.write_text(
        '<html><body><h1>Army retakes the valley<script>var t = "ad-id-42";'
        "</script></h1><p>Soldiers retook the valley on Sunday after two days of "
        "fighting with an armed group, the ministry said in a statement.</p><p>"
        "Residents who had fled began to return on Monday, according to local "
        "officials who spoke to reporters.</p></body></html>",
        encoding="utf-8",
    )
    (doc,) = list(iter_documents([str(path)]))
    assert doc.title == "Army retakes the valley" and "ad-id-42" not in doc.text
