"""STIX 2.1 export of the sample corpus: parsed back with stix2, validated, deterministic."""

from __future__ import annotations

import json

import pytest
import stix2

from watchfloor.export.stix import export_stix, stix_id


@pytest.fixture()
def bundle_path(store, tmp_path):
    path = tmp_path / "bundle.json"
    export_stix(store, path)
    return path


def test_bundle_parses_and_references_resolve(bundle_path, store):
    bundle = stix2.parse(bundle_path.read_text(encoding="utf-8"), allow_custom=True)
    objs = {o.id: o for o in bundle.objects}
    types = {o.type for o in objs.values()}
    assert {"identity", "threat-actor", "location", "report", "relationship", "note"} <= types
    n_docs = store.sql("SELECT count(*) AS n FROM documents")[0]["n"]
    assert sum(o.type == "report" for o in objs.values()) == n_docs
    n_claims = store.sql("SELECT count(*) AS n FROM claims")[0]["n"]
    assert sum(o.type == "note" for o in objs.values()) == n_claims
    for o in objs.values():
        if o.type == "relationship":
            assert o.source_ref in objs and o.target_ref in objs
            assert 0 <= o.confidence <= 100 and o.x_watchfloor_event_count >= 1
        if o.type in ("report", "note"):
            assert all(ref in objs for ref in o.object_refs)
        if o.type != "extension-definition" and o.id != stix_id("identity", "producer:watchfloor"):
            assert o.created_by_ref in objs


def test_criminal_groups_are_threat_actors(bundle_path):
    data = json.loads(bundle_path.read_text(encoding="utf-8"))
    by_name = {o.get("name"): o for o in data["objects"]}
    tda = by_name["Tren de Aragua"]
    assert tda["type"] == "threat-actor"
    # an organised crime group, and designated a foreign terrorist organisation
    assert set(tda["threat_actor_types"]) == {"crime-syndicate", "terrorist"}
    assert tda["x_watchfloor_actor_code"] == "VENCRM"
    assert by_name["Nicolás Maduro"]["type"] == "identity"
    assert by_name["Nicolás Maduro"]["identity_class"] == "individual"
    assert by_name["Venezuela"]["type"] == "location" and by_name["Venezuela"]["country"] == "VE"
    # outlets are identities, and each article's report names its outlet
    # one object for the outlet, though the NER also finds its name in an article
    ledgers = [o for o in data["objects"] if o.get("name") == "Caribbean Ledger"]
    assert len(ledgers) == 1
    outlet = ledgers[0]
    assert outlet["x_watchfloor_outlet"] is True
    assert outlet["type"] == "identity" and outlet["identity_class"] == "organization"
    reports = [
        o
        for o in data["objects"]
        if o["type"] == "report"
        and o["external_references"][0]["source_name"] == "Caribbean Ledger"
    ]
    assert reports and all(outlet["id"] in r["object_refs"] for r in reports)


def test_notes_carry_claims(bundle_path, store):
    data = json.loads(bundle_path.read_text(encoding="utf-8"))
    notes = {o["x_watchfloor_claim_id"]: o for o in data["objects"] if o["type"] == "note"}
    claim = store.sql(
        "SELECT * FROM claims WHERE speaker_text IS NOT NULL ORDER BY claim_id LIMIT 1"
    )[0]
    note = notes[claim["claim_id"]]
    assert note["content"] == claim["content_text"]
    assert note["authors"] == [claim["speaker_text"]]
    assert note["object_refs"][0].startswith("report--")


def test_reexport_is_identical(store, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    export_stix(store, a)
    export_stix(store, b)
    assert a.read_bytes() == b.read_bytes()


def test_stix_validator_accepts_the_bundle(bundle_path):
    validator = pytest.importorskip("stix2validator")
    results = validator.validate_file(str(bundle_path), validator.ValidationOptions())
    assert results.is_valid, [str(e) for r in results.object_results for e in r.errors]


def test_only_two_letter_language_tags():
    from watchfloor.export.stix import _lang

    assert _lang("en") == "en" and _lang("pcm") is None and _lang(None) is None
