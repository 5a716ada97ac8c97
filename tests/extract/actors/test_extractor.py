"""Actor extraction: typing corrections, short names, role phrases, offsets (seed article).

The exact list of the seed article's actors is asserted in test_actors_seed.py; rules
checked on small texts of our own are below.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def by_name(seed_document):
    return {e.name: e for e in seed_document.entities}


def test_small_model_typing_errors_are_corrected(by_name):
    # en_core_web_sm types "Tren de Aragua" as PERSON and "Maduro"/"Coates" as ORG
    assert by_name["Tren de Aragua"].type == "organization"
    assert {m.text for m in by_name["Nicolás Maduro"].mentions} >= {"Maduro"}
    assert sum(1 for m in by_name["Victoria Coates"].mentions if m.text == "Coates") == 2


def test_short_names_resolve_to_one_entity(seed_document):
    names = [e.name for e in seed_document.entities]
    assert "Maduro" not in names and "Coates" not in names and "Trump" not in names
    assert len(names) == len(set(names))


def test_role_phrases_are_actors(by_name, seed_document):
    codes = {e.actor_code for e in seed_document.entities}
    assert "CRM" in codes  # "the cartels"
    assert "USAGOV" in codes  # "The U.S. government"


def test_mentions_point_at_their_text(seed_document):
    for ent in seed_document.entities:
        for m in ent.mentions:
            assert seed_document.text[m.start : m.end] == m.text


# -- rules on short texts written for these tests --------------------------------------------
def _extract(text: str):
    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.normalise import to_document

    doc = to_document(RawDocument(id="t", text=text, origin="test", fmt="text"))
    return next(NlpStage(extractors=("actors",)).process([doc]))


def _mentions(doc):
    return {(m.text, e.name, e.type) for e in doc.entities for m in e.mentions}


def test_mentions_leave_out_the_article():
    doc = _extract(
        "Officials at the Federal Bureau of Investigation met envoys from "
        "the Netherlands on Monday."
    )
    texts = {m[0] for m in _mentions(doc)}
    assert "Federal Bureau of Investigation" in texts and "Netherlands" in texts
    assert not any(t.lower().startswith("the ") for t in texts)


def test_lower_case_common_nouns_are_not_names():
    doc = _extract("The rebels were offered an amnesty after congress debated the law.")
    assert not any(
        m[1] in {"Amnesty International", "United States Congress"} for m in _mentions(doc)
    )


def test_acronym_mentions_keep_their_own_span():
    text = (
        "The Drug Enforcement Administration (DEA) said on Friday that the DEA had "
        "opened an office in Quito."
    )
    doc = _extract(text)
    dea = [m for e in doc.entities for m in e.mentions if m.text == "DEA"]
    assert len(dea) == 2
    assert all(text[m.start : m.end] == "DEA" for m in dea)


def test_title_moves_from_the_mention_to_the_person():
    doc = _extract("Colombian Defense Minister Pedro Sánchez visited Cúcuta on Tuesday.")
    person = next(e for e in doc.entities if e.type == "person")
    assert all("Minister" not in m.text for m in person.mentions)
    assert any("Minister" in t for t in person.attributes["titles"])


def test_places_are_geocoded_with_their_qualifier():
    doc = _extract("Police in Aurora, Illinois, arrested two men on Sunday.")
    aurora = next(e for e in doc.entities if e.name == "Aurora")
    assert aurora.attributes["geo"]["admin"] == "Illinois"
    assert aurora.kind == "city" and aurora.country == "USA"


def test_the_colombian_national_police_is_one_entity_in_a_document():
    """Regression: "National Police of Colombia" became a second, uncoded organisation
    next to "Colombian National Police" (the alias was missing from the dictionary)."""
    doc = _extract(
        "The Colombian National Police arrested 12 people in Cali. The National "
        "Police of Colombia has deployed 500 officers."
    )
    police = [e for e in doc.entities if "Police" in e.name or "Policía" in e.name]
    assert len(police) == 1 and police[0].actor_code == "COLCOP"
    assert {m.text for m in police[0].mentions} == {
        "Colombian National Police",
        "National Police of Colombia",
    }
