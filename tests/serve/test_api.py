"""The JSON API against a real server on loopback over a real DuckDB store."""

from __future__ import annotations

import importlib.util
import json
import urllib.parse

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import SEED
from tests.serve.conftest import HOSTILE_ID, HOSTILE_TEXT


def q(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def test_health_counts_the_store(server):
    stats = server.get("/api/health")["stats"]
    assert stats["documents"] >= 21 and stats["events"] > 50 and stats["claims"] > 50
    assert stats["events_both_coded"] <= stats["events"]
    assert stats["events_both_coded_share"] == round(
        stats["events_both_coded"] / stats["events"], 3
    )
    assert 0 < stats["actors_coded_share"] <= 1


def test_documents_page_through_without_overlap(server):
    first = server.get("/api/documents?limit=5")
    assert len(first["items"]) == 5 and first["next_offset"] == 5
    second = server.get(f"/api/documents?limit=5&offset={first['next_offset']}")
    assert {d["uid"] for d in first["items"]}.isdisjoint({d["uid"] for d in second["items"]})
    everything = server.get("/api/documents?limit=500")
    assert everything["next_offset"] is None
    uids = [d["uid"] for d in everything["items"]]
    assert len(uids) == len(set(uids)) == server.get("/api/health")["stats"]["documents"]


def test_document_spans_point_into_its_text(server):
    doc = server.get(f"/api/documents/{HOSTILE_ID}")
    text = doc["text"]
    assert text == HOSTILE_TEXT  # served exactly as given; escaping is the page's job
    assert doc["dateline"] == "CARACAS, Oct 20 -"  # the record's dateline field, stored
    assert doc["mentions"] and doc["events"]
    for m in doc["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    for ev in doc["events"]:
        assert text[ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]
    again = server.get(f"/api/documents/{doc['uid']}")
    assert again["uid"] == doc["uid"]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_document_has_claim_spans(server):
    doc = server.get("/api/documents/seed-article.txt")
    claims = [c for c in doc["claims"] if c["speaker"] and c["cue"]]
    assert claims
    for c in claims:
        for part in ("speaker", "cue", "content"):
            span = c[part]
            assert doc["text"][span["start"] : span["end"]] == span["text"]


def test_entity_profile_has_codes_aliases_and_counterparts(server):
    prof = server.get("/api/entities/" + q("Nicolás Maduro"))
    # The sample stories are dated September 2026 and never give him a title; people.yaml
    # dates his presidency to 2026-01-03, so the article date codes him VENELI (issue 11).
    assert prof["actor_code"] == "VENELI"
    assert prof["mentions_by_day"] and prof["documents"]
    assert any(c["events"] >= 1 for c in prof["counterparts"])
    by_id = server.get("/api/entities/" + q(prof["entity_id"]))
    assert by_id["entity_id"] == prof["entity_id"]


def test_unknown_things_are_404(server):
    for path in (
        "/api/entities/nobody-at-all",
        "/api/documents/nope",
        "/api/events/x:e0",
        "/api/claims/x:c0",
        "/api/clusters/none",
    ):
        status, _, _ = server.request(path)
        assert status == 404, path


def test_event_filters(server):
    strikes = server.get("/api/events?code=19&limit=500")["items"]
    assert strikes and all(e["code"].startswith("19") for e in strikes)
    quad4 = server.get("/api/events?quad_class=4&limit=500")["items"]
    assert quad4 and all(e["quad_class"] == 4 for e in quad4)
    hypo = server.get("/api/events?modality=hypothetical&limit=500")["items"]
    assert all(e["hypothetical"] for e in hypo)
    dyad = server.get("/api/events?dyad=USA,VEN&limit=500")["items"]
    assert dyad and all(
        (e["source_code"] or "").startswith("USA") and (e["target_code"] or "").startswith("VEN")
        for e in dyad
    )
    sept = server.get("/api/events?since=2026-09-01&until=2026-09-05&limit=500")["items"]
    # the window applies to the event's own date when it has one, else to publication
    assert sept and all(
        "2026-09-01" <= (e["event_date"] or e["published"])[:10] <= "2026-09-05" for e in sept
    )
    caracas = server.get("/api/events?place=Caracas&limit=500")["items"]
    assert any(e["document"] == HOSTILE_ID for e in caracas)
    assert len(caracas) < len(server.get("/api/events?limit=500")["items"])
    combined = server.get("/api/events?place=Venezuela&quad_class=4&limit=500")["items"]
    assert combined and all(e["quad_class"] == 4 for e in combined)  # filters AND together
    status, _, _ = server.request("/api/events?quad_class=9")
    assert status == 422
    status, _, _ = server.request("/api/events?modality=maybe")
    assert status == 422


def test_event_detail_links_to_its_document(server):
    ev = server.get("/api/events?limit=1")["items"][0]
    detail = server.get("/api/events/" + q(ev["id"]))
    doc = server.get("/api/documents/" + detail["document_uid"])
    assert doc["text"][detail["trigger_start"] : detail["trigger_end"]] == detail["trigger"]


def test_claims_carry_corroboration(server):
    rows = server.get("/api/claims?limit=500")["items"]
    assert rows and all(r["independent_sources"] >= 1 for r in rows)
    top = max(rows, key=lambda r: r["independent_sources"])
    detail = server.get("/api/claims/" + q(top["id"]))
    assert detail["independent_sources"] == top["independent_sources"]
    assert len({c["story"] for c in detail["corroboration"]}) == detail["independent_sources"]
    hedged = server.get("/api/claims?hedged=true&limit=500")["items"]
    assert all(r["hedged"] and r["hedges"] for r in hedged)


def test_clusters_group_syndicated_copies(server):
    rows = server.get("/api/clusters?limit=500")["items"]
    big = max(rows, key=lambda c: c["n_documents"])
    assert big["n_documents"] >= 4
    detail = server.get("/api/clusters/" + big["id"])
    assert len(detail["documents"]) == big["n_documents"]
    assert sum(d["is_earliest"] for d in detail["documents"]) == 1


def test_search_finds_all_words(server):
    hits = server.get("/api/search?q=" + q("fishing boat Caracas"))["items"]
    assert [h["id"] for h in hits] == [HOSTILE_ID]
    assert "fishing" in hits[0]["snippet"]["text"]
    assert server.get("/api/search?q=" + q("100%_zzz"))["items"] == []
    status, _, _ = server.request("/api/search?q=")
    assert status == 422


def test_dashboard_aggregates(server):
    net = server.get("/api/network")
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    tl = server.get("/api/timeline")
    total = sum(d["q1"] + d["q2"] + d["q3"] + d["q4"] for d in tl["days"])
    assert total + tl["undated_events"] == server.get("/api/health")["stats"]["events"]
    places = {p["name"]: p for p in server.get("/api/map")["places"]}
    assert places["Caracas"]["precision"] == "city" and places["Caracas"]["lat"] > 0
    assert places["Venezuela"]["iso_numeric"] == "862"
    narrow = server.get("/api/timeline?since=2026-09-02&until=2026-09-02")
    assert [d["day"] for d in narrow["days"]] == ["2026-09-02"]


def test_report_is_served(server):
    rep = server.get("/api/report?since=2026-09-01")
    assert rep["format"] == "markdown" and "## Main actors" in rep["text"]
    html = server.get("/api/report?format=html")
    assert html["format"] == "html" and html["text"].lstrip().lower().startswith("<!doctype")
    status, headers, body = server.request("/report.html?until=2026-10-31")
    page = body.decode()
    assert status == 200 and "<script" not in page.lower() and "Main actors" in page
    assert "<img src=x" not in page and "<b>Strike</b>" not in page  # store text escaped
    csp = {k.lower(): v for k, v in headers.items()}["content-security-policy"]
    assert "default-src 'none'" in csp and "script" not in csp


ALERTS = importlib.util.find_spec("watchfloor.analyze.escalation") is not None


def test_alerts_when_the_analysis_is_present(server):
    assert server.get("/api/health")["features"]["alerts"] is ALERTS
    status, _, body = server.request("/api/alerts?limit=500")
    if not ALERTS:
        assert status == 404 and "not available" in json.loads(body)["detail"]
        return
    assert status == 200
    for alert in json.loads(body)["items"]:
        assert alert["events"] and alert["triggers"]
        ev = alert["events"][0]
        detail = server.get("/api/events/" + q(ev["event_id"]))  # the evidence resolves
        assert detail["document_uid"] == ev["document_uid"]


CLAIM_CLUSTERS = importlib.util.find_spec("watchfloor.analyze.claim_clusters") is not None


def test_claim_clusters_with_sources_and_contradictions(server):
    assert server.get("/api/health")["features"]["claim_clusters"] is CLAIM_CLUSTERS
    status, _, body = server.request("/api/claim-clusters")
    if not CLAIM_CLUSTERS:
        assert status == 404
        return
    rows = server.get("/api/claim-clusters?limit=500")["items"]
    assert rows and all(r["id"] == min(r["claim_ids"]) and r["stories"] >= 1 for r in rows)
    assert len({c for r in rows for c in r["claim_ids"]}) == sum(len(r["claim_ids"]) for r in rows)
    top = rows[0]
    detail = server.get("/api/claims/" + q(top["claim_ids"][-1]))
    assert detail["paraphrases"]["id"] == top["id"]
    assert detail["paraphrases"]["stories"] == top["stories"]
    for r in server.get("/api/claim-clusters?contradicted=true&limit=500")["items"]:
        assert r["contradictions"]
        for side in r["contradictions"][0]["sides"]:
            assert server.get("/api/claims/" + q(side["claim"]))["content"] == side["content"]


def _resolve(spec: dict, schema: dict) -> dict:
    return {**schema, "components": spec["components"]}


def test_every_response_matches_the_openapi_spec(server):
    spec = server.get("/api/openapi.json")
    assert spec["openapi"].startswith("3.")
    ev = server.get("/api/events?limit=1")["items"][0]
    cl = server.get("/api/claims?limit=1")["items"][0]
    cluster = server.get("/api/clusters?limit=1")["items"][0]
    fill = {
        "key": {
            "/api/documents/{key}": HOSTILE_ID,
            "/api/entities/{key}": "FBI",
            "/api/series/{key}": "USA",
        },
        "event_id": ev["id"],
        "claim_id": cl["id"],
        "cluster_id": cluster["id"],
        "name": "border",
    }
    params = {
        "/api/search": "?q=Maduro",
        "/api/events": "?actor=Maduro&limit=3",
        "/api/claims": "?speaker=Coates&limit=3",
    }
    checked = 0
    for path, ops in spec["paths"].items():
        get = ops.get("get")
        if (
            not get
            or (path == "/api/alerts" and not ALERTS)
            or (path == "/api/claim-clusters" and not CLAIM_CLUSTERS)
        ):
            continue
        url = path
        for name, value in fill.items():
            value = value.get(path) if isinstance(value, dict) else value
            if value:
                url = url.replace("{" + name + "}", q(value))
        assert "{" not in url, f"no sample value for {path}"
        body = server.get(url + params.get(path, ""))
        schema = get["responses"]["200"]["content"]["application/json"]["schema"]
        Draft202012Validator(_resolve(spec, schema)).validate(body)
        checked += 1
    assert checked >= 14


def test_escalation_series(server):
    if not ALERTS:
        pytest.skip("escalation analysis not installed")
    keys = server.get("/api/series?kind=dyad&limit=5")["items"]
    assert keys and all(k["kind"] == "dyad" and ">" in k["key"] for k in keys)
    assert [k["events"] for k in keys] == sorted((k["events"] for k in keys), reverse=True)
    key = keys[0]["key"]
    found = server.get("/api/series/" + q(key))
    assert found["key"] == key and found["parameters"]["window_days"] == 28
    days = [d["day"] for d in found["days"]]
    assert days == sorted(days) and len(days) == len(set(days))  # one row a day, in order
    assert sum(d["count"] for d in found["days"]) == keys[0]["events"]
    flagged = {d["day"] for d in found["days"] if d["alert"]}
    alerts = {a["day"] for a in server.get("/api/alerts?limit=200")["items"] if a["key"] == key}
    assert flagged == alerts
    window = server.get("/api/series/" + q(key) + "?since=2026-09-10&until=2026-09-12")
    assert [d["day"] for d in window["days"]] == ["2026-09-10", "2026-09-11", "2026-09-12"]
    status, _, body = server.request("/api/series/NOPE")
    assert status == 404 and "no series" in json.loads(body)["detail"]
