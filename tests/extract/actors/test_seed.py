"""The seed article's actors, exactly as issue 3 lists them: found, typed, coded, resolved."""

from __future__ import annotations

import pytest

# canonical name: (type, kind, actor code, country); None = not asserted
EXPECTED = {
    "Donald Trump": ("person", "government", "USAGOV", "USA"),
    "Nicolás Maduro": ("person", "government", "VENGOV", "VEN"),
    "Victoria Coates": ("person", None, None, "USA"),
    "Cartel de los Soles": ("organization", "criminal_group", "VENCRM", "VEN"),
    "Tren de Aragua": ("organization", "criminal_group", "VENCRM", "VEN"),
    "Sinaloa Cartel": ("organization", "criminal_group", "MEXCRM", "MEX"),
    "Federal Bureau of Investigation": ("organization", "police", "USACOP", "USA"),
    "United States": ("location", "country", "USA", "USA"),
    "Venezuela": ("location", "country", "VEN", "VEN"),
    "Aurora": ("location", "city", None, "USA"),
    "Caribbean": ("location", "region", None, None),
}
# Named entities the issue's list does not name but the text does: the state that
# qualifies Aurora ("Aurora, Colorado") and "the Trump administration" (the White House).
ALSO_NAMED = {"Colorado", "White House"}


@pytest.fixture(scope="module")
def by_name(seed_document):
    return {e.name: e for e in seed_document.entities}


def test_named_actors_are_exactly_the_issue_list(seed_document):
    named = {e.name for e in seed_document.entities if not e.id.startswith("act:")}
    assert named == set(EXPECTED) | ALSO_NAMED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_typed_and_coded(by_name, name):
    etype, kind, code, country = EXPECTED[name]
    ent = by_name[name]
    assert (ent.type, ent.country) == (etype, country)
    if kind is not None:
        assert ent.kind == kind
    if code is not None:
        assert ent.actor_code == code


def test_cartel_de_los_soles_carries_its_us_fto_designation_with_date(by_name):
    designations = by_name["Cartel de los Soles"].attributes["designations"]
    fto = [d for d in designations if d["list"] == "US FTO"]
    assert fto and fto[0]["authority"] == "US Department of State"
    assert fto[0]["date"] == "2025-11-24"


def test_aurora_is_the_colorado_city(by_name):
    geo = by_name["Aurora"].attributes["geo"]
    assert (geo["precision"], geo["country"], geo["admin"]) == ("city", "USA", "Colorado")
    assert 39 < geo["lat"] < 40.5 and -105.5 < geo["lon"] < -104
    assert by_name["Colorado"].kind == "admin_area"


def test_caribbean_is_a_region_with_a_point(by_name):
    geo = by_name["Caribbean"].attributes["geo"]
    assert geo["precision"] == "region"
    assert 10 < geo["lat"] < 25 and -85 < geo["lon"] < -60


def test_short_names_resolve_to_the_full_name(by_name):
    assert [m.text for m in by_name["Nicolás Maduro"].mentions].count("Maduro") == 2
    assert [m.text for m in by_name["Victoria Coates"].mentions].count("Coates") == 2
    assert {m.text for m in by_name["Federal Bureau of Investigation"].mentions} == {"FBI"}


def test_titles_attach_to_their_person(by_name):
    assert (
        "former senior national security advisor" in by_name["Victoria Coates"].attributes["titles"]
    )
    assert by_name["Nicolás Maduro"].attributes["titles"] == ["Venezuelan President"]
    assert by_name["Donald Trump"].attributes["titles"] == ["former President"]
    # the title is an attribute, not part of the name mention
    assert all(not m.text.startswith("President") for m in by_name["Donald Trump"].mentions)
