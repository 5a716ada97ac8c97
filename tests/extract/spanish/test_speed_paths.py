"""The Spanish extractors' cheap paths (esspeed23) give the plain paths' answers.

Sentences written for these tests. The event rules, role phrases, definite descriptions,
capitals and speech verbs read only the tokens of some parts of speech
(:func:`watchfloor.extract.doccache.pos_tokens`); the recorder of the trigger model still
reads every token, so running with it on is the plain path to compare with.
"""

from __future__ import annotations

import pytest

import watchfloor.extract.spanish.casing as casing
from tests.extract.spanish.helpers import stage
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import pos_tokens
from watchfloor.extract.spanish.gazetteer import spanish_gazetteer

TEXTS = [
    "Las carreteras permanecen bloqueadas por los campesinos desde el lunes.",
    "El Gobierno de Colombia y el ELN reanudaron los diálogos en La Habana, según la cancillería.",
    "La policía dispersó la marcha de los estudiantes. El país vecino rechazó la medida.",
    "LA POLICIA DISPERSA UNA MARCHA DE ESTUDIANTES EN BOGOTA. El ministro de Defensa dijo "
    "que los responsables serán capturados.",
    "Caracas acusó a Bogotá de violar la frontera, y el presidente venezolano pidió una reunión.",
]


def parse(text: str):
    nlp = stage().pipeline("es")
    with nlp.select_pipes(disable=["watchfloor_extract"]):
        return nlp(text), nlp.get_pipe("watchfloor_extract")


def extract(text: str, plain: bool) -> dict:
    doc, component = parse(text)
    events = next(x for x in component.extractors if x.name == "events")
    events.record = [] if plain else None
    try:
        result, _ = component._extract(doc, batched=False)
    finally:
        events.record = None
    assert not result.errors
    return result.to_payload()


@pytest.mark.parametrize("text", TEXTS)
def test_pos_tokens_are_the_filtered_tokens(text):
    doc, _ = parse(text)
    for tags in (
        frozenset({"NOUN"}),
        frozenset({"VERB", "AUX"}),
        frozenset({"NOUN", "PROPN", "ADJ"}),
    ):
        assert [t.i for t in pos_tokens(doc, tags)] == [t.i for t in doc if t.pos_ in tags]
        for sent in doc.sents:
            assert [t.i for t in pos_tokens(doc, tags, sent.start, sent.end)] == [
                t.i for t in sent if t.pos_ in tags
            ]


def test_pos_tokens_follow_the_document_asked_about():
    first, _ = parse("Los maestros marcharon hacia la plaza.")
    second, _ = parse("Huelga en Cali.")
    verbs = frozenset({"VERB"})
    assert [t.text for t in pos_tokens(first, verbs)] == ["marcharon"]
    assert all(t.doc is second for t in pos_tokens(second, frozenset({"NOUN", "PROPN"})))
    assert [t.text for t in pos_tokens(first, verbs)] == ["marcharon"]


@pytest.mark.parametrize("text", TEXTS)
def test_cheap_paths_give_the_plain_records(text):
    cheap = extract(text, plain=False)
    assert cheap == extract(text, plain=True)
    assert cheap["entities"]  # each text names somebody


def test_the_stative_participle_tagged_adjective_is_still_coded():
    # guard: an adjective is among the parts of speech the event rules read
    events = extract(TEXTS[0], plain=False)["events"]
    assert [e["trigger"]["text"] for e in events] == ["bloqueadas"]


def test_readable_with_the_text_given_reads_the_same_sentences():
    doc, _ = parse(TEXTS[3])
    casing._last = (None, None)
    given = casing.readable(doc, spanish_gazetteer(), doc.text)
    casing._last = (None, None)
    plain = casing.readable(doc, spanish_gazetteer())
    assert given.loud == plain.loud == [(0, TEXTS[3].index(".") + 1)]
    assert [v.text for v, _ in given.views] == [v.text for v, _ in plain.views]


def test_actors_read_the_same_from_the_extraction_text_or_the_doc():
    doc, component = parse(TEXTS[4])
    actors = next(x for x in component.extractors if x.name == "actors")
    casing._last = (None, None)
    with_text = Extraction(meta={}, text=doc.text)
    actors(doc, with_text)
    casing._last = (None, None)
    without = Extraction(meta={})
    actors(doc, without)
    assert with_text.to_payload()["entities"] == without.to_payload()["entities"]
    assert {e.actor_code for e in with_text.entities} >= {"VENGOV", "COLGOV"}  # capitals that act


def test_according_cues_match_whole_words_only():
    said = extract("La marcha terminó sin heridos, según la policía.", plain=False)
    assert any(c["speaker"] and "policía" in c["speaker"]["text"] for c in said["claims"])
    # guard: "segundo" holds the cue's letters but is no cue
    assert extract("La marcha terminó sin heridos en el segundo día.", plain=False)["claims"] == []
