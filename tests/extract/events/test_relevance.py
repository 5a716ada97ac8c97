"""The event_relevance gate (extract/events/relevance.py); sentences written for the tests."""

from __future__ import annotations

from watchfloor import trained
from watchfloor.extract import build_extractors
from watchfloor.extract.base import Extraction
from watchfloor.extract.events import EventExtractor
from watchfloor.extract.events.relevance import (
    CORPORATE_MAX,
    MODEL_NAME,
    POLITICAL_MIN,
    RelevanceModel,
    shipped_model,
)
from watchfloor.model import Span
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp


def test_shipped_model_loads_once_with_its_card():
    meta = trained.card(MODEL_NAME)
    assert meta["format"] == "joblib" and "GPL-3.0" in meta["licence"]
    assert meta["cv"]["k"] == 5 and len(meta["cv"]["folds"]) == 5
    assert meta["config"]["threshold_political_min"] == POLITICAL_MIN
    assert trained.load(MODEL_NAME) is trained.load(MODEL_NAME)
    assert isinstance(shipped_model(), RelevanceModel)


def test_probabilities_match_the_pipeline():
    pipe = trained.load(MODEL_NAME)
    texts = [
        "Rebels in Cauca attacked an army patrol on Sunday.",
        "Net profit rose to 12 mln dlrs, or 45 cts a share, from 9 mln dlrs.",
    ]
    direct = shipped_model().political(texts)
    assert abs(direct - pipe.predict_proba(texts)[:, 1]).max() < 1e-9
    assert direct[0] > 0.5 > CORPORATE_MAX > direct[1]


def _events(text: str, relevance: bool) -> list:
    """The actor extractor, then the event extractor with or without the gate, on one
    parse (spaCy alone, as bench/stages.py runs the extractors)."""
    doc = load_nlp(DEFAULT_MODEL, ())(text)
    result = Extraction(meta={}, text=text)
    result.sentences = [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
    for ex in build_extractors(("actors",)):
        ex(doc, result)
    EventExtractor(relevance="shipped" if relevance else None)(doc, result)
    return result.events


def test_corporate_news_with_no_political_actor_is_not_coded():
    text = (
        "Lindqvist rejected the 32 dlrs a share bid from Borvane, saying it undervalued its assets."
    )
    assert not _events(text, relevance=True)
    assert _events(text, relevance=False)  # the dictionary alone codes a rejection


def test_political_news_passes_the_gate():
    events = _events("Colombian troops attacked a rebel camp in Cauca on Sunday.", True)
    assert events and all(e.extra["evidence"]["relevance"] > POLITICAL_MIN for e in events)
