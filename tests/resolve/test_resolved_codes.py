"""Actor codes carried through cross-document resolution (resolve/codes.py), in a real
store on both back ends: the date window, conflicts, undated articles, idempotence,
analysts' decisions, and event sides that gain a code and the dyad views that count it."""

from __future__ import annotations

import pytest

from tests.resolve.docs import make_doc
from watchfloor.analyze.report import build_report
from watchfloor.errors import WatchfloorError
from watchfloor.model import Event, Span
from watchfloor.resolve.codes import Rec, choose, mode, span
from watchfloor.serve import queries
from watchfloor.store.base import Filters
from watchfloor.store.open import open_store

GUARD = ("Coastal Guard Brigade", "organization", "military", "ZZYMIL", "ZZY")
PORT = ("Port Verano", "location", "city", None, "ZZY")
FULL = ("Teodoro Almansa", "person", "government", "ZZYGOV", "ZZY")
BARE = ("Almansa", "person", None, None, None)


@pytest.fixture()
def store(store_db, monkeypatch):
    # propagation is off by default (parameters.yaml); these tests measure what it does
    monkeypatch.setenv("WATCHFLOOR_CODE_PROPAGATION", "all")
    with open_store(store_db) as s:
        yield s


def _titled(doc_id: str, published: str | None, code: str = "ZZYGOV"):
    text = (
        "Interior Minister Teodoro Almansa inspected the Coastal Guard Brigade"
        " in Port Verano on Monday."
    )
    return make_doc(doc_id, text, [(*FULL[:3], code, FULL[4]), GUARD, PORT], published=published)


def _bare(doc_id: str, published: str | None, with_event: bool = True):
    text = "Almansa ordered the Coastal Guard Brigade to leave Port Verano, officials said."
    doc = make_doc(doc_id, text, [BARE, GUARD, PORT], published=published)
    if with_event:
        trig = text.index("ordered")
        doc.events.append(
            Event(
                code="0871",
                root="08",
                quad_class=2,
                goldstein=5.0,
                trigger=Span(trig, trig + 7, "ordered"),
                sentence=Span(0, len(text), text),
                source="per:almansa",
                target="org:coastal-guard-brigade",
                source_code=None,
                target_code="ZZYMIL",
            )
        )
    return doc


def _record_code(store, doc_id: str, local_id: str = "per:almansa"):
    rows = store.sql(
        "SELECT rc.actor_code, rc.basis, rc.days, d2.id AS from_doc FROM resolved_codes rc"
        " JOIN documents d USING (uid) JOIN documents d2 ON d2.uid = rc.from_uid"
        " WHERE d.id = ? AND rc.local_id = ?",
        [doc_id, local_id],
    )
    return rows[0] if rows else None


def _event_side(store, doc_id: str):
    return store.sql(
        "SELECT ev.source_code, o.extracted_code, o.code_from FROM events ev"
        " JOIN documents d USING (uid)"
        " LEFT JOIN event_code_origins o ON o.event_id = ev.event_id AND o.role = 'source'"
        " WHERE d.id = ?",
        [doc_id],
    )[0]


def _merged(store, a: str, b: str) -> bool:
    ids = store.sql(
        "SELECT DISTINCT r.entity_id FROM entity_records r JOIN documents d USING (uid)"
        " WHERE d.id IN (?, ?) AND r.type = 'person'",
        [a, b],
    )
    return len(ids) == 1


def test_a_bare_name_dated_inside_the_window_takes_the_code_and_the_event_side_too(store):
    store.write_batch([_titled("t1", "2025-02-10"), _bare("b1", "2025-11-20")], [])
    assert _merged(store, "t1", "b1")
    assert _record_code(store, "b1") == {
        "actor_code": "ZZYGOV",
        "basis": "window",
        "days": 283,
        "from_doc": "t1",
    }
    # the extracted value stays in entity_records and in event_code_origins
    assert store.sql(
        "SELECT r.actor_code FROM entity_records r JOIN documents d USING (uid)"
        " WHERE d.id = 'b1' AND r.local_id = 'per:almansa'"
    ) == [{"actor_code": None}]
    assert _event_side(store, "b1") == {
        "source_code": "ZZYGOV",
        "extracted_code": None,
        "code_from": "resolved",
    }
    cov = store.coding_coverage()
    assert cov["events_both_coded"] == 1 and cov["asserted_events_both_coded_share"] == 1.0
    assert store.stats()["event_sides_code_resolved"] == 1
    # the dyad views count the event: the query by source and target codes, and the
    # report's dyad table (grouped by codes, with its Goldstein sum)
    rows = store.query_events(Filters(dyad=("ZZYGOV", "ZZYMIL")))
    assert [(r["source_code_from"], r["target_code_from"]) for r in rows] == [("resolved", None)]
    assert queries.event(store, rows[0]["id"])["source_code_from"] == "resolved"
    report = build_report(store)
    assert "1 event sides coded through cross-document resolution" in report
    assert "| Teodoro Almansa | ZZYGOV | Coastal Guard Brigade | ZZYMIL | 1 | 1 | 5.0 |" in report


def test_a_bare_name_dated_outside_the_window_gets_no_code(store):
    store.write_batch([_titled("t1", "2025-02-10"), _bare("b2", "2026-08-01")], [])
    assert _merged(store, "t1", "b2")
    assert _record_code(store, "b2") is None
    assert _event_side(store, "b2") == {
        "source_code": None,
        "extracted_code": None,
        "code_from": None,
    }
    assert store.coding_coverage()["events_both_coded"] == 0


def test_a_later_coded_article_codes_an_earlier_bare_one(store):
    store.write_batch([_bare("b1", "2025-11-20")], [])
    assert _record_code(store, "b1") is None
    store.write_batch([_titled("t2", "2026-01-05")], [])
    assert _merged(store, "t2", "b1")
    assert _record_code(store, "b1")["from_doc"] == "t2"
    assert _event_side(store, "b1")["source_code"] == "ZZYGOV"


def test_conflicting_codes_inside_the_window_give_none(store):
    store.write_batch(
        [
            _titled("t1", "2025-02-10"),
            _titled("t3", "2025-06-01", "ZZYMIL"),
            _bare("b1", "2025-11-20"),
        ],
        [],
    )
    assert _merged(store, "t1", "b1") and _merged(store, "t3", "b1")
    assert _record_code(store, "b1") is None
    assert _event_side(store, "b1")["source_code"] is None


def test_an_undated_article_gets_no_person_code_but_a_stable_organisation_code(store):
    guard_bare = ("Coastal Guard Brigade", "organization", None, None, None)
    text = "Almansa thanked the Coastal Guard Brigade in Port Verano for its work."
    undated = make_doc("u1", text, [BARE, guard_bare, PORT], published=None)
    store.write_batch([_titled("t1", "2025-02-10"), undated], [])
    assert _merged(store, "t1", "u1")
    assert _record_code(store, "u1") is None
    org = _record_code(store, "u1", "org:coastal-guard-brigade")
    assert org == {"actor_code": "ZZYMIL", "basis": "stable", "days": None, "from_doc": "t1"}


def test_re_running_resolution_is_idempotent(store):
    store.write_batch([_titled("t1", "2025-02-10"), _bare("b1", "2025-11-20")], [])
    snapshot = (
        "SELECT * FROM resolved_codes ORDER BY uid, local_id",
        "SELECT * FROM event_code_origins ORDER BY event_id, role",
        "SELECT event_id, source_code, target_code FROM events ORDER BY event_id",
    )
    before = [store.sql(q) for q in snapshot]
    store.rebuild_resolution()
    store.rebuild_resolution()
    assert [store.sql(q) for q in snapshot] == before
    store.write_batch([_titled("t1", "2025-02-10"), _bare("b1", "2025-11-20")], [])
    assert [store.sql(q) for q in snapshot] == before


def test_an_analysts_split_takes_the_code_away_and_a_merge_brings_it_back(store):
    store.write_batch([_titled("t1", "2025-02-10"), _bare("b1", "2025-11-20")], [])
    eid = store.sql("SELECT entity_id FROM entities WHERE name = 'Teodoro Almansa'")[0]["entity_id"]
    store.decide("split", eid, document="b1", reason="another Almansa")
    assert not _merged(store, "t1", "b1")
    assert _record_code(store, "b1") is None
    assert _event_side(store, "b1") == {
        "source_code": None,
        "extracted_code": None,
        "code_from": None,
    }
    store.rebuild_resolution()  # the decision holds through a full re-resolution
    assert _record_code(store, "b1") is None
    store.decide("merge", eid, f"{eid}~doc-b1", reason="same minister after all")
    assert _record_code(store, "b1")["actor_code"] == "ZZYGOV"
    assert _event_side(store, "b1")["source_code"] == "ZZYGOV"


def test_an_extracted_event_code_is_never_replaced(store):
    doc = _bare("b1", "2025-11-20")
    doc.events[0].source_code = "ZZYPOL"
    store.write_batch([_titled("t1", "2025-02-10"), doc], [])
    assert _record_code(store, "b1")["actor_code"] == "ZZYGOV"
    assert _event_side(store, "b1") == {
        "source_code": "ZZYPOL",
        "extracted_code": None,
        "code_from": None,
    }


def test_dates_are_widened_to_their_precision_and_compared_at_their_farthest():
    day, month = span("2025-03-31", "day"), span("2025-03-01", "month")
    assert month.hi - month.lo == 30 and day.farthest(month) == 30
    assert span(None, "unknown") is None and span("", "day") is None
    assert span("sometime", "day") is None
    year = span("2024-01-01", "year")
    coded = Rec("u2", "per:x", "e", "person", "ZZYGOV", year, 1)
    # a year-precise coded date 2024 is within 365 days of 2025-01-01 only at its end
    target = Rec("u1", "per:x", "e", "person", None, span("2025-01-01", "day"), 2)
    assert choose(target, [coded], 365) == (None, "out_of_window")
    assert choose(target, [coded], 366)[1] == "window"


@pytest.mark.parametrize(
    "name",
    [
        "Interior Ministry",
        "the General's Office",
        "Navy",
        "National Civil Police",
        "Supreme Court",
        "FP",
    ],
)
def test_a_generic_organisation_name_takes_no_code_through_resolution(name):
    # many states have a body so named: its country comes from its own sentence
    when = span("2025-05-02", "day")
    coded = Rec("u2", "org:x", "e", "organization", "ZZYGOV", when, 1, name)
    target = Rec("u1", "org:x", "e", "organization", None, when, 2, name)
    assert choose(target, [coded], 365) == (None, "generic_name")


@pytest.mark.parametrize(
    "name", ["Coastal Guard Brigade", "Swiss National Bank", "Guerreros Unidos", "El Diario de Hoy"]
)
def test_an_organisation_with_a_name_of_its_own_takes_its_stable_code(name):
    coded = Rec("u2", "org:x", "e", "organization", "ZZYMIL", None, 1, name)
    target = Rec("u1", "org:x", "e", "organization", None, None, 2, name)
    out, why = choose(target, [coded], 365)
    assert why == "stable" and out["actor_code"] == "ZZYMIL"


def test_propagation_is_off_by_default_and_switching_it_off_takes_back_what_it_gave(
    store, monkeypatch
):
    store.write_batch([_titled("t1", "2025-02-10"), _bare("b1", "2025-11-20")], [])
    assert _record_code(store, "b1")["actor_code"] == "ZZYGOV"
    monkeypatch.delenv("WATCHFLOOR_CODE_PROPAGATION")
    assert mode() == "none"
    store.rebuild_resolution()
    assert _record_code(store, "b1") is None
    assert _event_side(store, "b1") == {
        "source_code": None,
        "extracted_code": None,
        "code_from": None,
    }


def test_persons_mode_codes_the_bare_person_and_no_organisation(store, monkeypatch):
    monkeypatch.setenv("WATCHFLOOR_CODE_PROPAGATION", "persons")
    guard = ("Coastal Guard Brigade", "organization", "military", None, None)
    text = "Almansa ordered the Coastal Guard Brigade to leave Port Verano."
    store.write_batch(
        [
            _titled("t1", "2025-02-10"),
            make_doc("b1", text, [BARE, guard, PORT], published="2025-03-01"),
        ],
        [],
    )
    assert _record_code(store, "b1")["actor_code"] == "ZZYGOV"
    assert _record_code(store, "b1", "org:coastal-guard-brigade") is None


def test_an_unknown_propagation_mode_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("WATCHFLOOR_CODE_PROPAGATION", "everything")
    with pytest.raises(WatchfloorError, match="code propagation mode"):
        mode()
