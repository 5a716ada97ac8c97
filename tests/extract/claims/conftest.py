"""Fixtures of the claims extractor tests: one NLP stage for the whole package."""

from __future__ import annotations

import pytest

from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document


@pytest.fixture(scope="package")
def extract():
    """RETURNS a function: text -> the processed document (actors, events, claims)."""
    stage = NlpStage()

    def run(text: str):
        doc = to_document(RawDocument(id="t", text=text, origin="test", fmt="text"))
        return next(stage.process([doc]))

    return run
