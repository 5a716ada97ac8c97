"""Validate the actors30 data files (legislatures.tsv, nationality_role_nouns.tsv,
outlet_homes.tsv): columns, ISO codes, role codes, provenance, and that no legislature
row repeats a name the curated or PETRARCH2 dictionaries already code."""

from __future__ import annotations

import pytest
from tests.data.test_actor_data import ISO3, all_entries, fold, role_codes, split, tsv

FILES = {
    "legislatures.tsv": ["name", "iso3", "confirm", "source"],
    "nationality_role_nouns.tsv": ["word", "role", "not_for", "source"],
    "outlet_homes.tsv": ["name", "iso3s", "source"],
    "known_leaders.tsv": ["name", "source"],
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_columns_and_sources(name):
    header, rows = tsv(name)
    assert header == FILES[name]
    assert rows
    for r in rows:
        assert r["source"].strip(), f"{name}: row without a source: {r}"


def test_legislatures_rows():
    seen = set()
    for r in tsv("legislatures.tsv")[1]:
        assert r["iso3"] in ISO3, r
        assert r["confirm"] in {"", "yes"}, r
        assert (fold(r["name"]), r["iso3"]) not in seen, r
        seen.add((fold(r["name"]), r["iso3"]))
    # a name several states' rows share must be confirmed by the story in every row
    by_name: dict[str, list[str]] = {}
    for r in tsv("legislatures.tsv")[1]:
        by_name.setdefault(fold(r["name"]), []).append(r["confirm"])
    assert all(c == ["yes"] * len(c) for c in by_name.values() if len(c) > 1)


def test_legislatures_not_in_the_curated_dictionary():
    curated = {fold(n) for _, e in all_entries() for n in [e["name"], *(e.get("aliases") or [])]}
    assert not {fold(r["name"]) for r in tsv("legislatures.tsv")[1]} & curated


def test_legislatures_not_in_the_petrarch_dictionary():
    from watchfloor.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    for r in tsv("legislatures.tsv")[1]:
        assert gaz.dictionary_entry(r["name"], "organization") is None, r["name"]


def test_role_nouns_rows():
    roles = role_codes()
    for r in tsv("nationality_role_nouns.tsv")[1]:
        assert r["role"] in roles, r
        assert all(iso in ISO3 for iso in split(r["not_for"])), r


def test_outlet_homes_rows():
    for r in tsv("outlet_homes.tsv")[1]:
        homes = split(r["iso3s"])
        assert len(homes) >= 2, r  # a name one state's paper alone carries needs no row
        assert all(iso in ISO3 for iso in homes), r


def test_known_leaders_are_petrarch_heads_with_a_government_term():
    from watchfloor.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    for r in tsv("known_leaders.tsv")[1]:
        entry = gaz.dictionary_entry(r["name"], "person")
        assert entry is not None, r["name"]
        home = (entry.code or entry.country or "")[:3]
        assert any(d.code == f"{home}GOV" for d in entry.attributes["dated_codes"]), r["name"]
