"""Agreements and laws as documents (``documents.yaml``, :mod:`watchfloor.extract.events.
documents`): a named accord is no agreement event, what it calls for is no act; sentences
written for the tests."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse
from watchfloor.extract.events.documents import DocumentLists, default_documents


def _events(*texts: str) -> list[list[tuple[str, str]]]:
    return [[(e.trigger.text.lower(), e.code) for e in d.events] for d in parse(*texts)]


def test_lists_load_and_a_missing_list_is_a_clear_error():
    lists = default_documents()
    assert "accord" in lists.agreements and "sign" in lists.making and "law" in lists.documents
    with pytest.raises(ValueError, match="making"):
        DocumentLists.from_yaml({"agreements": ["accord"], "documents": ["law"]})


def test_a_mention_of_an_existing_agreement_is_no_agreement_event():
    named, under, flouted = _events(
        "Officials in Quito said the spirit of the Lima accord with Peru still holds.",
        "Ecuador moved troops under the terms of the 2019 border agreement with Peru.",
        "Peru accused Ecuador of ignoring the Rio treaty with Chile.",
    )
    assert not [c for _t, c in named if c.startswith("057")]
    assert not [c for _t, c in under if c.startswith("057")]
    assert ("treaty", "057") not in flouted


def test_an_agreement_entered_into_stays_an_event():
    (entered,) = _events("Ecuador entered into a security agreement with Peru.")
    assert ("agreement", "057") in entered


def test_made_dated_and_mentioned_agreement_nouns():
    from watchfloor.nlp.pipeline import load_nlp

    nlp = load_nlp()
    lists = default_documents()

    def noun(text: str, word: str) -> bool:
        tok = next(t for t in nlp(text) if t.lower_ == word)
        return lists.no_event(tok)

    assert not noun(
        "A border agreement between Peru and Ecuador was concluded in Lima.", "agreement"
    )  # passive subject of a making verb
    assert not noun(
        "Monday's agreement between Peru and Ecuador ended the dispute.", "agreement"
    )  # a time names it
    assert not noun("The border accord struck by Peru in March ended the dispute.", "accord")
    assert noun(
        "The 1998 agreement between Peru and Ecuador ended the dispute.", "agreement"
    )  # a year is no report of the agreement being made
    assert noun("Quito reviewed the Lima accord.", "accord")


def test_striking_a_deal_is_an_agreement_not_an_attack():
    deal, tone, attack = _events(
        "The border accord struck by Peru and Ecuador in March ended the dispute.",
        "The Peruvian president struck a conciliatory tone with Chile.",
        "The Peruvian navy struck rebel positions near the border.",
    )
    assert not [c for _t, c in deal if c.startswith("19")]
    assert not tone
    assert [c for _t, c in attack if c.startswith("19")]


def test_what_a_document_calls_for_is_no_act():
    content, actor = _events(
        "The Lima accord calls for a ceasefire between Peru and Ecuador.",
        "The Peruvian president called for a ceasefire with Ecuador.",
    )
    assert content == []
    assert [c for _t, c in actor if c.startswith("02") or c.startswith("08")]
