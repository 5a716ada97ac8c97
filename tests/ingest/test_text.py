"""Plain text and Markdown files."""

from __future__ import annotations

import pytest

from tests.ingest.samples import ARTICLE
from watchfloor.errors import Reason
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.ingest.text import markdown_to_text, read_markdown, split_title
from watchfloor.model import Quarantined, RawDocument

LIMITS = IngestLimits()


def test_plain_text_title_and_body(tmp_path):
    (tmp_path / "story.txt").write_text(f"\nRaid in Cúcuta\n\n{ARTICLE}\n", encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "story.txt")]))
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.title, doc.fmt, doc.language) == (
        "story.txt",
        "Raid in Cúcuta",
        "text",
        "en",
    )
    assert doc.text == ARTICLE + "\n"
    assert doc.origin == str(tmp_path / "story.txt") and doc.published is None


@pytest.mark.parametrize(
    "text",
    [
        f"{ARTICLE}\n\nMore text.",  # first line ends with a period: a sentence, not a title
        f"Raid in Cúcuta\n{ARTICLE}",  # no blank line after it
        "x" * 200 + f"\n\n{ARTICLE}",  # too long
        ARTICLE,
    ],
)
def test_no_title_keeps_the_whole_text(text):
    assert split_title(text) == (None, text)


def test_title_then_blank_line_with_spaces():
    assert split_title(f"Raid\n   \n\n{ARTICLE}") == ("Raid", ARTICLE)


def test_markdown_front_matter_and_conversion(tmp_path):
    md = (
        "---\ntitle: Raid\npublished: 2026-09-14\nsource: Border Monitor\n"
        "url: https://border.example/raid\nid: bm-raid\n---\n# Raid in Cúcuta\n\n"
        f"**Breaking:** {ARTICLE} See [the statement](https://x.example).\n\n"
        "![photo](https://x.example/p.jpg)\n\n## Background\n\n- first point\n- snake_case stays\n"
    )
    (tmp_path / "a.md").write_text(md, encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "a.md")]))
    assert (doc.id, doc.title, doc.fmt) == ("bm-raid", "Raid", "markdown")
    assert (doc.published, doc.published_precision) == ("2026-09-14", "day")
    assert (doc.source, doc.url, doc.language) == (
        "Border Monitor",
        "https://border.example/raid",
        "en",
    )
    assert doc.text.startswith("Breaking: Colombian police") and "See the statement." in doc.text
    assert "Background\n\nfirst point\nsnake_case stays" in doc.text
    for markup in ("](", "#", "**", "photo", "Raid in Cúcuta"):
        assert markup not in doc.text


def test_markdown_heading_is_the_title_without_front_matter():
    (doc,) = list(read_markdown(f"# Raid in *Cúcuta*\n\n{ARTICLE}\n".encode(), "/in/b.md", LIMITS))
    assert (doc.id, doc.title, doc.text) == ("b.md", "Raid in Cúcuta", ARTICLE)


def test_markdown_code_blocks_are_kept_verbatim():
    md = (
        "Intro *x*.\n\n```python\nvalue = a_b * [c](d)\n```\n\nAfter `code_span` and \\*stars\\*.\n"
    )
    assert markdown_to_text(md) == (
        "Intro x.\n\nvalue = a_b * [c](d)\n\nAfter code_span and *stars*.\n"
    )


@pytest.mark.parametrize("front", ["title: [unclosed\n", "- just\n- a list\n"])
def test_malformed_front_matter_is_quarantined(front):
    raw = f"---\n{front}---\n{ARTICLE}\n".encode()
    (item,) = list(read_markdown(raw, "/in/c.md", LIMITS))
    assert isinstance(item, Quarantined)
    assert item.code == Reason.MALFORMED_RECORD.value and "front matter" in item.reason
    assert item.origin == "/in/c.md" and item.content == raw


def test_markdown_without_body_is_empty():
    (item,) = list(read_markdown(b"---\ntitle: Only a title\n---\n# Heading\n", "/in/d.md", LIMITS))
    assert isinstance(item, Quarantined) and item.code == Reason.EMPTY.value


def test_decoded_text_over_max_chars_is_oversized(tmp_path):
    (tmp_path / "long.txt").write_text(ARTICLE * 3)
    (item,) = list(iter_documents([str(tmp_path / "long.txt")], limits=IngestLimits(max_chars=100)))
    assert isinstance(item, Quarantined) and item.code == Reason.OVERSIZED.value
    assert "characters" in item.reason
