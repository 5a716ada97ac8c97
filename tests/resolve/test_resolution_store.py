"""Cross-document resolution in a real store, on both back ends: merges, refusals, conflicts."""

from __future__ import annotations

import pytest

from tests.resolve.docs import make_doc
from watchfloor.store.open import open_store

VEN = ("Venezuela", "location", "country", "VEN", "VEN")
PDVSA = ("PDVSA", "organization", "company", "VENBUS", "VEN")
ASSEMBLY = ("National Assembly", "organization", "legislature", "VENLEG", "VEN")
CARACAS = ("Caracas", "location", "city", None, "VEN")


@pytest.fixture()
def store(store_db):
    with open_store(store_db) as s:
        yield s


def _entity_of(store, doc_id, local_id):
    return store.sql(
        "SELECT r.entity_id FROM entity_records r JOIN documents d USING (uid)"
        " WHERE d.id = ? AND r.local_id = ?",
        [doc_id, local_id],
    )[0]["entity_id"]


def test_people_sharing_a_surname_stay_apart_and_bare_names_follow_context(store):
    store.write_batch(
        [
            make_doc(
                "d1",
                "Delcy Rodríguez spoke about PDVSA in Caracas, Venezuela.",
                [("Delcy Rodríguez", "person", "government", "VENGOV", "VEN"), PDVSA, VEN, CARACAS],
            ),
            make_doc(
                "d2",
                "Jorge Rodríguez opened the National Assembly in Venezuela.",
                [("Jorge Rodríguez", "person", "legislature", "VENLEG", "VEN"), ASSEMBLY, VEN],
            ),
        ],
        [],
    )
    assert _entity_of(store, "d1", "per:delcy-rodriguez") != _entity_of(
        store, "d2", "per:jorge-rodriguez"
    )
    # a bare "Rodríguez" next to PDVSA in Caracas joins Delcy Rodríguez, on shared context
    store.write_batch(
        [
            make_doc(
                "d3",
                "Rodríguez said in Caracas PDVSA would export more.",
                [("Rodríguez", "person", None, None, None), PDVSA, CARACAS],
            )
        ],
        [],
    )
    assert _entity_of(store, "d3", "per:rodriguez") == _entity_of(
        store, "d1", "per:delcy-rodriguez"
    )
    merge = store.sql(
        "SELECT match, alias, features FROM entity_merges m JOIN documents d"
        " USING (uid) WHERE d.id = 'd3' AND local_id = 'per:rodriguez'"
    )[0]
    assert merge["match"] == "surname" and merge["alias"] == "Delcy Rodríguez"
    assert '"shared": ["loc:caracas", "org:pdvsa"]' in merge["features"]
    # a bare "Rodríguez" with nothing to tell them apart is not merged: a conflict instead
    store.write_batch(
        [
            make_doc(
                "d4",
                "Rodríguez was in the news in Venezuela.",
                [("Rodríguez", "person", None, None, None), VEN],
            )
        ],
        [],
    )
    own = _entity_of(store, "d4", "per:rodriguez")
    assert own not in {
        _entity_of(store, "d1", "per:delcy-rodriguez"),
        _entity_of(store, "d2", "per:jorge-rodriguez"),
    }
    conflicts = store.sql(
        "SELECT c.reason, c.features FROM alias_conflicts c"
        " JOIN documents d USING (uid) WHERE d.id = 'd4'"
    )
    assert [c["reason"] for c in conflicts] == ["ambiguous"]
    assert "per:jorge-rodriguez" in conflicts[0]["features"]


def test_a_city_and_a_person_sharing_a_name_are_not_merged(store):
    store.write_batch(
        [
            make_doc(
                "a1",
                "Police in Aurora, Colorado, arrested two men.",
                [("Aurora", "location", "city", "USA", "USA")],
            ),
            make_doc(
                "a2",
                "Aurora told reporters she had left the gang.",
                [("Aurora", "person", None, None, None)],
            ),
        ],
        [],
    )
    ents = store.sql("SELECT entity_id, type FROM entities WHERE name = 'Aurora' ORDER BY 1")
    assert [(e["entity_id"], e["type"]) for e in ents] == [
        ("loc:aurora", "location"),
        ("per:aurora", "person"),
    ]
    conflict = store.sql("SELECT alias, reason, entity_id, other_id FROM alias_conflicts")
    assert conflict == [
        {"alias": "Aurora", "reason": "type", "entity_id": "loc:aurora", "other_id": "per:aurora"}
    ]


def test_full_and_short_names_merge_across_documents_with_evidence(store):
    store.write_batch(
        [
            make_doc(
                "m1",
                "Venezuelan President Nicolás Maduro Moros spoke in Caracas of PDVSA.",
                [("Nicolás Maduro Moros", "person", "government", "VENGOV", "VEN"), CARACAS, PDVSA],
            ),
            make_doc(
                "m2",
                "Nicolas Maduro spoke again in Caracas.",
                [("Nicolas Maduro", "person", None, None, None), CARACAS],
            ),
            make_doc(
                "m3",
                "Maduro answered in Caracas about PDVSA.",
                [("Maduro", "person", None, None, None), CARACAS, PDVSA],
            ),
            make_doc(
                "m4",
                "The DEA said so in Caracas.",
                [("DEA", "organization", None, None, None), CARACAS],
            ),
            make_doc(
                "m5",
                "The Drug Enforcement Administration said so in Caracas.",
                [
                    ("Drug Enforcement Administration", "organization", "police", "USACOP", "USA"),
                    CARACAS,
                ],
            ),
        ],
        [],
    )
    maduro = store.entity_profile("Maduro")
    assert maduro["entity_id"] == "per:nicolas-maduro-moros"
    assert maduro["actor_code"] == "VENGOV" and maduro["name"] == "Nicolás Maduro Moros"
    assert {"Maduro", "Nicolas Maduro", "Nicolás Maduro Moros"} <= set(maduro["aliases"])
    assert {m["match"] for m in maduro["merges"]} == {"contained", "surname"}
    assert len(maduro["documents"]) == 3
    dea = store.entity_profile("DEA")
    assert dea["name"] == "Drug Enforcement Administration" and dea["merges"][0]["match"] == (
        "acronym"
    )
    # the facts point at the canonical entity
    rows = store.sql("SELECT DISTINCT entity_id FROM mentions WHERE text LIKE '%Maduro%'")
    assert rows == [{"entity_id": "per:nicolas-maduro-moros"}]


def test_country_conflict_is_recorded_not_merged(store):
    store.write_batch(
        [
            make_doc(
                "c1",
                "The Navy of Colombia seized a boat.",
                [("Navy", "organization", "military", "COLMIL", "COL")],
            ),
            make_doc(
                "c2",
                "The Navy of Venezuela seized a boat.",
                [("Navy", "organization", "military", "VENMIL", "VEN")],
            ),
        ],
        [],
    )
    assert store.stats()["entities"] == 2
    assert store.sql("SELECT reason FROM alias_conflicts") == [{"reason": "country"}]


def test_no_chaining_through_a_shared_surname(store):
    store.write_batch(
        [
            make_doc(
                "g1",
                "Nazario Moreno Gonzalez led the cartel. PDVSA paid.",
                [("Nazario Moreno Gonzalez", "person", None, None, None), PDVSA],
            ),
            make_doc(
                "g2",
                "Angel Gonzalez owns television stations and PDVSA shares.",
                [("Angel Gonzalez", "person", None, None, None), PDVSA],
            ),
        ],
        [],
    )
    assert _entity_of(store, "g1", "per:nazario-moreno-gonzalez") != _entity_of(
        store, "g2", "per:angel-gonzalez"
    )
