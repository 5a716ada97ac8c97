"""The store suite, run on both back ends (a DuckDB file and a real PostgreSQL database,
fixture ``store_db`` in tests/conftest.py): writes, idempotence, dedup index, queries."""

from __future__ import annotations

import pytest

from tests.conftest import old_duckdb_store
from watchfloor.dedup import ClusterAssigner
from watchfloor.errors import Reason
from watchfloor.model import (
    Claim,
    Entity,
    Event,
    Mention,
    Quarantined,
    RawDocument,
    Span,
)
from watchfloor.normalise import to_document
from watchfloor.store.base import Filters
from watchfloor.store.open import open_store

TEXT = (
    "U.S. forces struck a boat in the Caribbean on Sunday, killing 11 people, "
    "officials said. Maduro condemned the strike."
)


def _doc(doc_id="a", text=TEXT, published="2026-09-07", source="Caribbean Ledger"):
    doc = to_document(
        RawDocument(
            id=doc_id, text=text, origin=doc_id, fmt="json", published=published, source=source
        )
    )
    us = Entity(
        "act:usamil",
        "United States military",
        "organization",
        "military",
        "USAMIL",
        "USA",
        [Mention(0, 10, "U.S. forces")],
    )
    maduro = Entity(
        "per:nicolas-maduro",
        "Nicolás Maduro",
        "person",
        None,
        "VENGOV",
        "VEN",
        [Mention(86, 92, "Maduro")],
    )
    doc.entities = [us, maduro]
    doc.events = [
        Event(
            "190",
            "19",
            4,
            -10.0,
            Span(11, 17, "struck"),
            Span(0, 85, text[:85]),
            source=us.id,
            source_code="USAMIL",
            extra={"event_name": "use force"},
        ),
        Event(
            "112",
            "11",
            3,
            -2.0,
            Span(93, 102, "condemned"),
            Span(86, len(text), text[86:]),
            source=maduro.id,
            target=None,
            source_code="VENGOV",
            extra={"event_name": "accuse"},
        ),
    ]
    doc.claims = [
        Claim(
            Span(0, 69, text[:69]),
            speaker=Span(71, 80, "officials"),
            speaker_kind="official",
            cue=Span(81, 85, "said"),
            check_worthiness=0.8,
        )
    ]
    return doc


def test_write_and_query_round_trip(store_db):
    with open_store(store_db) as store:
        doc = _doc()
        ClusterAssigner(store).assign([doc])
        store.write_batch([doc], [])
        stats = store.stats()
        assert stats["documents"] == 1 and stats["events"] == 2 and stats["claims"] == 1
        events = store.query_events(Filters(quad_class=4))
        assert [e["trigger"] for e in events] == ["struck"]
        assert events[0]["source"] == "United States military"
        assert store.query_events(Filters(actor="VENGOV"))[0]["trigger"] == "condemned"
        assert store.query_events(Filters(dyad=("USAMIL", "VENGOV"))) == []
        assert store.query_events(Filters(since="2026-09-08")) == []
        assert len(store.query_events(Filters(until="2026-09-07"))) == 2
        ents = store.query_entities(Filters(actor="maduro"))
        assert ents[0]["actor_code"] == "VENGOV" and "Maduro" in ents[0]["aliases"]
        claims = store.query_claims(Filters(min_check_worthiness=0.5))
        assert claims[0]["speaker"] == "officials" and claims[0]["independent_sources"] == 1
    with open_store(store_db, read_only=True) as other:  # another client sees the commit
        assert other.stats()["documents"] == 1


def test_rewriting_the_same_document_is_a_no_op(store_db):
    with open_store(store_db) as store:
        doc = _doc()
        store.write_batch([doc], [])
        store.write_batch([_doc()], [])
        assert store.stats()["documents"] == 1
        assert store.existing([doc.uid, "nope"]) == {doc.uid}


def test_lookup_finds_stored_copies_for_dedup(store_db):
    with open_store(store_db) as store:
        first = _doc("a")
        ClusterAssigner(store).assign([first])
        store.write_batch([first], [])
    with open_store(store_db) as store:  # a later run
        copy = _doc("b", source="Northern Dispatch")
        ClusterAssigner(store).assign([copy])
        assert copy.cluster_id == first.uid and copy.similarity == 1.0
        store.write_batch([copy], [])
        row = store.sql("SELECT n_documents, n_outlets, earliest_uid FROM clusters")[0]
        assert row == {"n_documents": 2, "n_outlets": 2, "earliest_uid": first.uid}


def test_quarantine_is_upserted_with_its_content(store_db):
    item = Quarantined("bad.bin", Reason.BINARY.value, "binary data", 4, None, b"\x00\x01ab")
    with open_store(store_db) as store:
        store.write_batch([], [item])
        store.write_batch([], [item])
        rows = store.query_quarantine()
        assert len(rows) == 1 and rows[0]["times_seen"] == 2 and rows[0]["content_kept"]
        blob = store.sql("SELECT content FROM quarantine")[0]["content"]
        assert bytes(blob) == b"\x00\x01ab"


def test_failed_batch_rolls_back(store_db):
    with open_store(store_db) as store:
        good, bad = _doc("a"), _doc("b", text=TEXT + " More.")
        bad.events[0].quad_class = None  # violates NOT NULL: the whole batch must go
        with pytest.raises(Exception, match="(?i)null"):
            store.write_batch([good, bad], [])
        assert store.stats()["documents"] == 0
        store.write_batch([good], [])
        assert store.stats()["documents"] == 1


def test_actor_codes_filter_hierarchically(store_db):
    # regression: --dyad USA,VEN found nothing, codes were compared whole (USAMIL != USA)
    usamil = _doc(text=TEXT.replace("Maduro condemned", "Maduro condemned"))
    usamil.events[0].target, usamil.events[0].target_code = usamil.entities[1].id, "VENGOV"
    with open_store(store_db) as store:
        ClusterAssigner(store).assign([usamil])
        store.write_batch([usamil], [])
        triggers = lambda **kw: sorted(e["trigger"] for e in store.query_events(Filters(**kw)))  # noqa: E731
        assert triggers(dyad=("USA", "VEN")) == ["struck"]
        assert triggers(dyad=("usa", "VENGOV")) == ["struck"]
        assert triggers(dyad=("VEN", "USA")) == []
        assert triggers(actor="VEN") == ["condemned", "struck"]
        assert triggers(actor="MIL") == ["struck"]  # a role alone: in any country
        assert triggers(actor="USAGOV") == []  # a full code is not a prefix of a sibling
        assert triggers(actor="VE") == []  # not a code: no partial code match
        assert [e["id"] for e in store.query_entities(Filters(actor="USA"))] == ["act:usamil"]


def test_code_pattern():
    from watchfloor.store.duckdb_store import code_pattern

    assert code_pattern("ven") == "VEN(?:[A-Z]{3})*"
    assert code_pattern("CRM") == "(?:[A-Z]{3})*CRM(?:[A-Z]{3})*"
    assert code_pattern("Tren de Aragua") == r"TREN\ DE\ ARAGUA"
    assert code_pattern("") == r"[^\s\S]"


def test_every_sentence_is_stored_with_its_check_worthiness(store_db):
    doc = _doc()
    doc.sentences = [Span(0, 85, TEXT[:85]), Span(86, len(TEXT), TEXT[86:])]
    doc.sentence_scores = [0.91, 0.12]
    with open_store(store_db) as store:
        ClusterAssigner(store).assign([doc])
        store.write_batch([doc], [])
        rows = store.con.execute(
            "SELECT idx, start_char, end_char, check_worthiness FROM sentences ORDER BY idx"
        ).fetchall()
    assert rows == [(0, 0, 85, 0.91), (1, 86, len(TEXT), 0.12)]


def test_document_figures_are_stored(store_db):
    doc = _doc()
    doc.quantities = [
        {
            "kind": "killed",
            "value": 100_000,
            "unit": "citizen",
            "per": "year",
            "approximate": True,
            "text": "11 people",
            "start": 58,
            "end": 67,
            "scope": "document",
            "sentence": {"start": 0, "end": 85, "text": "x"},
        }
    ]
    with open_store(store_db) as store:
        ClusterAssigner(store).assign([doc])
        store.write_batch([doc], [])
        rows = store.con.execute(
            "SELECT kind, value, unit, per, approximate, start_char, sentence_end FROM quantities"
        ).fetchall()
    assert rows == [("killed", 100_000.0, "citizen", "year", True, 58, 85)]


def test_a_guessed_document_place_does_not_place_an_event(store_db):
    # the event extractor falls back to the document's main place (basis "document", 0.2):
    # kept in the data, but --place and the map only follow places the text gives the event
    doc = _doc()
    strike, condemn = doc.events
    strike.extra["place"] = {"name": "Caribbean", "basis": "trigger", "confidence": 0.9}
    condemn.extra["place"] = {
        "name": "Venezuela",
        "country": "VEN",
        "basis": "document",
        "confidence": 0.2,
    }
    with open_store(store_db) as store:
        ClusterAssigner(store).assign([doc])
        store.write_batch([doc], [])
        assert [e["trigger"] for e in store.query_events(Filters(place="Caribbean"))] == ["struck"]
        assert store.query_events(Filters(place="Venezuela")) == []
        assert store.query_events(Filters(place="VEN")) == []


def test_stats_say_how_much_is_coded(store_db):
    with open_store(store_db) as store:
        doc = _doc()  # two events, each with a source code and no target code
        doc.events[0].target, doc.events[0].target_code = "per:nicolas-maduro", "VENGOV"
        doc.events[1].negated = True
        doc.entities.append(
            Entity(
                "org:unknown-front",
                "Unknown Front",
                "organization",
                None,
                None,
                None,
                [Mention(0, 4, "U.S.")],
            )
        )
        store.write_batch([doc], [])
        stats = store.stats()
    assert stats["events_both_coded"] == 1
    assert stats["events_both_coded_share"] == 0.5
    assert stats["asserted_events_both_coded_share"] == 1.0  # the negated one is left out
    assert stats["actors_coded"] == 2 and stats["actors_coded_share"] == 0.667
    assert stats["undated_documents"] == 0


def test_coverage_of_an_empty_store_is_none_not_zero(store_db):
    with open_store(store_db) as store:
        stats = store.stats()
    assert stats["events_both_coded_share"] is None and stats["actors_coded_share"] is None


def test_main_quad_class_ties_go_to_the_more_conflictual_class(store_db):
    from watchfloor.store.base import main_quad_sql

    with open_store(store_db) as store:
        store.write_batch([], [])  # creates nothing but proves the store is usable
        rows = store.sql(
            f"SELECT g, {main_quad_sql('q')} AS main FROM (VALUES ('a', 1), ('a', 4), "
            "('b', 3), ('b', 3), ('b', 4), ('c', NULL)) AS t(g, q) GROUP BY g ORDER BY g"
        )
    assert [(r["g"], r["main"]) for r in rows] == [("a", 4), ("b", 3), ("c", None)]


def test_a_records_dateline_is_stored_with_its_document(store_db):
    """The wire dateline a record sends apart from its text (``RawDocument.dateline``) is kept
    in ``documents.dateline``; a document without one stores NULL."""
    with open_store(store_db) as store:
        filed = _doc("filed")
        filed.raw.dateline = "LIMA, Sept 7 -"
        plain = _doc("plain", text=TEXT.replace("Sunday", "Monday"))
        ClusterAssigner(store).assign([filed, plain])
        store.write_batch([filed, plain], [])
        rows = store.sql("SELECT id, dateline FROM documents ORDER BY id")
    assert [(r["id"], r["dateline"]) for r in rows] == [
        ("filed", "LIMA, Sept 7 -"),
        ("plain", None),
    ]


def test_a_duckdb_store_made_before_the_dateline_column_gets_it_last(tmp_path):
    db = tmp_path / "old.duckdb"
    old_duckdb_store(db, "dateline")
    with open_store(db) as store:
        doc = _doc("filed")
        doc.raw.dateline = "QUITO, Sept 7 -"
        ClusterAssigner(store).assign([doc])
        store.write_batch([doc], [])
        cols = [
            r["column_name"]
            for r in store.sql(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'documents'"
            )
        ]
        stored = store.sql("SELECT dateline FROM documents_v")
    assert cols[-2:] == ["coding", "dateline"]
    assert stored == [{"dateline": "QUITO, Sept 7 -"}]
