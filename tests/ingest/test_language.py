"""Language identification on the start of the text."""

from __future__ import annotations

from tests.ingest.samples import ARTICLE, ARTICLE_ES
from watchfloor.ingest.language import detect_language


def test_detects_english_and_spanish():
    assert detect_language(ARTICLE) == "en"
    assert detect_language(ARTICLE_ES) == "es"


def test_short_or_empty_text_has_no_language():
    assert detect_language("") is None
    assert detect_language("Cúcuta") is None
