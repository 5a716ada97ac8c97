"""Event places: from the trigger's phrase, its arguments, the sentence, the dateline or the
document, each with its basis and confidence."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse


def test_place_on_the_trigger():
    ev = event("Colombian troops struck a rebel camp near Cucuta.", "struck")
    place = ev.extra["place"]
    assert place["name"] == "Cúcuta" or place["text"] == "Cucuta"
    assert place["basis"] == "trigger" and place["precision"] == "city"


def test_place_on_the_target_phrase():
    ev = event("ELN rebels attacked a police station in Cauca on Sunday.", "attacked")
    assert ev.extra["place"]["text"] == "Cauca"


def test_place_named_as_the_town_of():
    ev = event("Ukrainian troops defended the town of Bakhmut against Russian forces.", "defended")
    assert ev.extra["place"]["text"] == "Bakhmut"


def test_place_elsewhere_in_the_sentence():
    ev = event("In Ecuador, the government accused the Los Choneros gang of extortion.", "accused")
    assert ev.extra["place"]["text"] == "Ecuador"
    assert ev.extra["place"]["basis"] in {"trigger", "sentence"}


def test_dateline_place_is_a_low_confidence_fallback():
    doc = parse("CARACAS, Venezuela (Wire) — Maduro condemned the United States on Monday.")[0]
    ev = next(e for e in doc.events if e.trigger.text == "condemned")
    place = ev.extra["place"]
    assert place["basis"] == "dateline" and place["country"] == "VEN"
    assert place["confidence"] < 0.5
    assert ev.source_code.startswith("VEN") and ev.target_code == "USA"


def test_document_place_is_the_last_resort():
    doc = parse(
        "Fighting broke out in Goma last week. The army said the M23 rebels "
        "attacked the airport on Monday. Rwanda condemned the rebels."
    )[0]
    ev = next(e for e in doc.events if e.trigger.text == "condemned")
    place = ev.extra["place"]
    assert place["basis"] == "document" and place["text"] == "Goma"
    assert place["confidence"] <= 0.2


def test_an_actor_named_by_its_capital_is_no_place():
    doc = parse("Maduro accused Washington of wanting to seize Venezuela's oil.")[0]
    ev = next(e for e in doc.events if e.trigger.text == "accused")
    assert ev.extra["place"] is None
    assert ev.target_code == "USA"
