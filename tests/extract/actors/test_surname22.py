"""Surname22 (issues #11/#12, docs/actor-codes.md "Surnames read as places"): a place
reading that is a word of a person's full name of the document, after the first, is that
person unless a place cue stands at that mention; with two given names for the surname it
is a person of its own, joined to neither. Sentences written for these tests."""

from __future__ import annotations

import spacy

from tests.extract.actors.test_codes import _extract
from watchfloor.extract.actors.extractor import ActorExtractor
from watchfloor.extract.actors.reading import Reading


def _entity(doc, name: str):
    return next((e for e in doc.entities if e.name == name), None)


def _mention_types(doc, word: str) -> set[tuple[str, str | None]]:
    """(type, country) of the entities holding a one-word mention ``word``."""
    return {(e.type, e.country) for e in doc.entities if any(m.text == word for m in e.mentions)}


# -- end to end: the surname joins the person -----------------------------------------------
def test_a_bare_surname_after_the_full_name_is_the_person_not_a_town():
    doc = _extract("Police said Juan Rivera fled. Rivera had planned the ambush.")
    assert _mention_types(doc, "Rivera") == {("person", None)}
    assert any(m.text == "Rivera" for m in _entity(doc, "Juan Rivera").mentions)


def test_a_first_surname_of_a_spanish_name_is_the_person_not_a_province():
    doc = _extract(
        "Trafficker Julio Orellana Mejia survived an attack. Orellana escaped, an agent said."
    )
    assert ("location", "ECU") not in _mention_types(doc, "Orellana")
    assert any(m.text == "Orellana" for m in _entity(doc, "Julio Orellana Mejia").mentions)


def test_a_surname_two_people_share_is_a_person_of_its_own():
    doc = _extract(
        "Former army captain Ramon Lima Paz was killed in prison on Sunday. Lima "
        "had been jailed for the murder of a priest. His brother Carlos Lima spoke."
    )
    lima = _entity(doc, "Lima")
    assert lima is not None and lima.type == "person"
    assert lima.country is None and lima.actor_code is None
    assert lima.attributes.get("recognised_by") == "shared_surname"


# -- guards: a place cue keeps the place --------------------------------------------------------
def test_guard_in_lima_stays_the_peruvian_capital():
    doc = _extract(
        "Former army captain Ramon Lima Paz was killed in prison on Sunday. He "
        "had lived in Lima before his arrest."
    )
    assert _mention_types(doc, "Lima") == {("location", "PER")}


def test_guard_a_department_named_like_the_surname_stays_a_place():
    doc = _extract(
        "Police said Juan Rivera fled to Uruguay. Smugglers crossed the border "
        "into Rivera department."
    )
    assert _mention_types(doc, "Rivera") == {("location", "URY")}


def test_guard_a_place_qualified_by_its_country_stays_a_place():
    doc = _extract(
        "Police said Juan Rivera fled. Smugglers moved cocaine through Rivera, Uruguay, last year."
    )
    assert _mention_types(doc, "Rivera") == {("location", "URY")}


# -- the mechanism on readings set by hand ------------------------------------------------------
def _readings(words: list[str], spans: list[tuple[int, int, str]]):
    doc = spacy.blank("en")(" ".join(words))
    for t in doc:
        t.pos_ = "PROPN" if t.is_title else "VERB"
    out = [
        Reading(
            s,
            e,
            doc[s:e].text,
            t,
            "place" if t == "location" else None,
            "URY" if t == "location" else None,
            None,
            "ner",
        )
        for s, e, t in spans
    ]
    return doc, out


def test_a_country_name_glued_to_a_person_stays_the_country():
    # "Carlos Vielman Guatemala ... Guatemala sent troops": the recogniser glued a
    # country onto a name; the country is no surname
    doc, readings = _readings(
        ["Carlos", "Vielman", "Guatemala", "spoke", ".", "Guatemala", "sent", "troops"],
        [(0, 3, "person"), (5, 6, "location")],
    )
    out = ActorExtractor()._surname_places(doc, readings)
    assert out[1].type == "location"


def test_an_organisation_typed_name_makes_the_surname_shared():
    # "Kamilo Rivera" typed as an organisation beside the person "Victor Rivera"
    doc, readings = _readings(
        ["Victor", "Rivera", "died", ".", "Kamilo", "Rivera", "left", ".", "Rivera", "fled"],
        [(0, 2, "person"), (4, 6, "organization"), (8, 9, "location")],
    )
    out = ActorExtractor()._surname_places(doc, readings)
    assert (out[2].type, out[2].origin, out[2].country) == ("person", "shared_surname", None)


def test_guard_a_place_word_of_no_person_stays_a_place():
    doc, readings = _readings(
        ["Victor", "Rivera", "died", ".", "Soldiers", "left", "Artigas", "."],
        [(0, 2, "person"), (6, 7, "location")],
    )
    out = ActorExtractor()._surname_places(doc, readings)
    assert (out[1].type, out[1].country) == ("location", "URY")


def test_guard_a_sentence_opening_typed_as_a_person_gives_no_surname():
    # "Beyond Zulia, ..." typed PERSON: "Beyond" is no given name, Zulia stays a place
    doc = spacy.blank("en")("Beyond Zulia , gangs grew . Soldiers left Zulia .")
    for t in doc:
        t.pos_ = "PROPN" if t.text in {"Zulia"} else "ADP" if t.text == "Beyond" else "NOUN"
    readings = [
        Reading(0, 2, "Beyond Zulia", "person", None, None, None, "ner"),
        Reading(9, 10, "Zulia", "location", "place", "VEN", None, "ner"),
    ]
    out = ActorExtractor()._surname_places(doc, readings)
    assert (out[1].type, out[1].country) == ("location", "VEN")
