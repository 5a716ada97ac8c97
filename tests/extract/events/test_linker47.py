"""The trained side linker (issue 12, linker47: :mod:`watchfloor.extract.events.linker`):
its candidates (coded entities of the event's sentence and the two before), their features,
and the fill it makes of an empty side, with its guards and its evidence. Sentences written
for these tests; the model is a stub where the decision, not the fitted weights, is tested."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from spacy.language import Language

from watchfloor.extract.events import linker
from watchfloor.extract.events.coder import EventExtractor
from watchfloor.model import Entity, Event, Mention, Span

TEXT = (
    "Japan's trade minister arrived in Washington on Monday. "
    "The talks went on for hours. "
    "He signed an accord with Canada on Tuesday."
)


def _entity(text: str, word: str, code: str, key: str) -> Entity:
    start = text.index(word)
    return Entity(
        id=key,
        name=word,
        type="organization",
        actor_code=code,
        mentions=[Mention(start, start + len(word), word)],
    )


def _event(text: str, trigger: str, **sides: str | None) -> Event:
    start = text.index(trigger)
    sent_start = text.rfind(". ", 0, start) + 2
    return Event(
        code="057",
        root="05",
        quad_class=1,
        goldstein=8.0,
        trigger=Span(start, start + len(trigger), trigger),
        sentence=Span(sent_start, len(text), text[sent_start:]),
        **sides,
    )


@pytest.fixture
def doc(nlp: Language):
    return nlp(TEXT)


@pytest.fixture
def entities() -> list[Entity]:
    return [
        _entity(TEXT, "Japan", "JPNGOV", "jpn"),
        _entity(TEXT, "Canada", "CAN", "can"),
        Entity(id="plain", name="Monday", type="other"),  # no actor code: no candidate
    ]


class _Stub:
    """A vectorizer and model in one: P = 0.9 for a candidate one sentence back or more,
    0.2 in the event's own sentence."""

    def transform(self, feats: Sequence[dict]) -> Sequence[dict]:
        return feats

    def predict_proba(self, feats: Sequence[dict]) -> np.ndarray:
        p = [0.2 if any(k.endswith("dist=0") for k in f) else 0.9 for f in feats]
        return np.array([[1 - q, q] for q in p])


def _linker(fill_p: float = 0.5) -> linker.SideLinker:
    stub = _Stub()
    return linker.SideLinker(stub, stub, fill_p)


def test_code_kinds_and_compatible_codes() -> None:
    assert [linker.code_kind(c) for c in ("USAGOV", "IGOEUREEC", "JPN", "CRM", "MEXCOPX")] == [
        "GOV",
        "IGO",
        "CTRY",
        "CRM",
        "COP",
    ]
    assert linker.compatible("USA", "USAGOV") and linker.compatible("COP", "MEXCOP")
    assert not linker.compatible("USAGOV", "JPNGOV") and not linker.compatible("", "USA")


def test_candidates_are_the_coded_entities_of_the_sentence_and_the_two_before(
    doc, entities
) -> None:
    found = linker.mentions(doc, entities)
    signed = next(t for t in doc if t.text == "signed")
    cands = {c.entity: c for c in linker.candidates(signed, found)}
    assert set(cands) == {"jpn", "can"}
    assert (cands["jpn"].distance, cands["can"].distance) == (2, 0)


def test_a_candidate_three_sentences_back_is_out_of_the_window(nlp: Language) -> None:
    text = "Japan protested. The talks went on. Nobody spoke. He signed an accord."
    found = linker.mentions(nlp(text), [_entity(text, "Japan", "JPN", "jpn")])
    signed = next(t for t in nlp(text) if t.text == "signed")
    assert linker.candidates(signed, found) == []


def test_features_say_where_the_candidate_stands(doc, entities) -> None:
    found = linker.mentions(doc, entities)
    signed = next(t for t in doc if t.text == "signed")
    ev = _event(TEXT, "signed", target="can", target_code="CAN")
    described = linker.describe(ev, signed, found)
    canada = next(c for c in described["target"] if c["entity"] == "can")
    assert canada["feats"]["target|is_current"] == 1.0
    assert canada["feats"]["target|dist=0"] == 1
    assert canada["feats"]["target|in_subtree"] == 1.0
    japan = next(c for c in described["source"] if c["entity"] == "jpn")
    assert japan["feats"]["source|dist=2"] == 1
    assert japan["feats"]["source|fills_other"] == 0.0


def test_an_empty_source_is_filled_from_the_sentences_before_with_evidence(doc, entities) -> None:
    ev = _event(TEXT, "signed", target="can", target_code="CAN")
    _linker().link([ev], doc, entities)
    assert (ev.source, ev.source_code) == ("jpn", "JPNGOV")
    assert ev.extra["evidence"]["linker"]["source"] == {"p": 0.9, "sentences_before": 2}
    assert ev.target_code == "CAN"  # a filled side is never changed


def test_below_the_threshold_the_side_stays_empty(doc, entities) -> None:
    ev = _event(TEXT, "signed", target="can", target_code="CAN")
    _linker(fill_p=0.95).link([ev], doc, entities)
    assert ev.source_code is None and "evidence" not in ev.extra


def test_the_other_sides_actor_is_never_taken(doc, entities) -> None:
    # Japan already fills the target: the source may not be Japan again
    ev = _event(TEXT, "signed", target="jpn", target_code="JPNGOV")
    _linker().link([ev], doc, entities)
    assert ev.source_code is None


def test_the_extractor_runs_the_linker_it_is_given_and_by_default_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stub = _linker()
    assert EventExtractor(linker=stub, event_filter=None).linker is stub
    assert EventExtractor(linker=None, event_filter=None).linker is None
    for unset in (None, "off", ""):
        if unset is None:
            monkeypatch.delenv(linker.ENV_SWITCH, raising=False)
        else:
            monkeypatch.setenv(linker.ENV_SWITCH, unset)
        assert not linker.enabled()
        assert EventExtractor(event_filter=None).linker is None
    monkeypatch.setenv(linker.ENV_SWITCH, "on")
    assert linker.enabled()
    assert isinstance(EventExtractor(event_filter=None).linker, linker.SideLinker)


MASSACRE = (
    "The Bolivian government said rebels were believed to be behind the massacre of nine farmers."
)


def test_the_shipped_linker_fills_the_source_a_clause_away_and_says_so() -> None:
    from tests.extract.events.helpers import event

    ev = event(MASSACRE, "massacre")
    assert ev.source_code == "REB"
    fill = ev.extra["evidence"]["linker"]["source"]
    shipped = linker.shipped_linker()
    assert shipped is not None and fill["p"] >= shipped.fill_p
    assert fill["sentences_before"] == 0


def test_without_the_linker_that_source_stays_empty() -> None:
    from tests.event_filter_switch import side_linker_off
    from tests.extract.events.helpers import event

    with side_linker_off():
        ev = event(MASSACRE, "massacre")
    assert ev.source_code is None and "linker" not in ev.extra["evidence"]
