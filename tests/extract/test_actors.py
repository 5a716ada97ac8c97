"""Actor extraction on the seed article: found, typed, coded and resolved in the document."""

from __future__ import annotations

import pytest

EXPECTED = {
    # canonical name: (type, kind, actor code)
    "Donald Trump": ("person", "government", "USAGOV"),
    "Nicolás Maduro": ("person", "government", "VENGOV"),
    "Victoria Coates": ("person", None, None),  # a US person; role coded in the actor issue
    "Cartel de los Soles": ("organization", "criminal_group", "VENCRM"),
    "Tren de Aragua": ("organization", "criminal_group", "VENCRM"),
    "Sinaloa Cartel": ("organization", "criminal_group", "MEXCRM"),
    "Federal Bureau of Investigation": ("organization", "police", "USACOP"),
    "United States": ("location", "country", "USA"),
    "Venezuela": ("location", "country", "VEN"),
    "Caribbean": ("location", "region", None),
}


@pytest.fixture(scope="module")
def by_name(seed_document):
    return {e.name: e for e in seed_document.entities}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_actor_found_typed_and_coded(by_name, name):
    etype, kind, code = EXPECTED[name]
    assert name in by_name, f"{name} not found; got {sorted(by_name)}"
    ent = by_name[name]
    assert ent.type == etype
    if kind:
        assert ent.kind == kind
    if code:
        assert ent.actor_code == code


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
            assert seed_document.text[m.start:m.end] == m.text
