"""Issue 15 on the server: concurrent reads queue instead of failing, expensive analyses
are computed once per store state (ETag/Last-Modified), nothing leaks a path or a PID."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import duckdb
import pytest
from fastapi import HTTPException

from watchfloor.serve.analysis_cache import AnalysisCache, Computing, store_state
from watchfloor.serve.deps import ReaderSlots

HEAVY = [
    "/api/network",
    "/api/timeline",
    "/api/map",
    "/api/events?limit=200",
    "/api/claims?limit=200",
    "/api/documents?limit=200",
    "/api/search?q=police",
    "/api/alerts",
    "/api/health",
]


def test_reader_slots_cap_concurrency_and_queue_the_rest():
    slots = ReaderSlots(readers=2, queue_seconds=30)
    live, peak = [0], [0]

    async def reader() -> str:
        async with slots.slot():
            live[0] += 1
            peak[0] = max(peak[0], live[0])
            await asyncio.sleep(0.02)
            live[0] -= 1
        return "ok"

    async def main() -> list[str]:
        return await asyncio.gather(*(reader() for _ in range(24)))

    assert asyncio.run(main()) == ["ok"] * 24
    assert peak[0] == 2


def test_a_reader_that_waits_too_long_gets_503_with_retry_after():
    slots = ReaderSlots(readers=1, queue_seconds=0.05)

    async def main() -> None:
        async with slots.slot(), slots.slot():
            pass

    with pytest.raises(HTTPException) as exc:
        asyncio.run(main())
    assert exc.value.status_code == 503 and exc.value.headers == {"Retry-After": "2"}


def test_a_write_waits_for_every_reader_and_the_analysis():
    slots = ReaderSlots(readers=2, queue_seconds=5)
    order: list[str] = []

    async def reader(name: str) -> None:
        async with slots.slot():
            await asyncio.sleep(0.05)
            order.append(name)

    async def writer() -> None:
        await asyncio.sleep(0.01)
        async with slots.exclusive():
            order.append("write")
            assert not slots.analysis.acquire(blocking=False)

    async def main() -> None:
        await asyncio.gather(reader("r1"), reader("r2"), writer())

    asyncio.run(main())
    assert order[-1] == "write" and slots.analysis.acquire(blocking=False)


def test_memory_limit_is_sized_for_the_readers():
    assert ReaderSlots(readers=4).memory_limit != ReaderSlots(readers=8).memory_limit


def test_concurrent_dashboard_reads_never_answer_500(server):
    """Regression (issue 15, finding 2): 20 clients on the read endpoints got 500s
    (``failed to pin block``) and dropped connections; now they queue."""
    paths = HEAVY * 4

    def fetch(path: str) -> int:
        return server.request(path)[0]

    with ThreadPoolExecutor(24) as pool:
        statuses = list(pool.map(fetch, paths))
    assert statuses == [200] * len(paths)


def _db(tmp_path):
    db = tmp_path / "s.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    return db


def test_analysis_is_computed_once_per_store_state(tmp_path):
    db = _db(tmp_path)
    cache = AnalysisCache(str(db), wait=30)
    calls = []

    def compute() -> int:
        calls.append(1)
        time.sleep(0.2)
        return len(calls)

    with ThreadPoolExecutor(6) as pool:
        entries = list(pool.map(lambda _: cache.get("k", compute), range(6)))
    assert len(calls) == 1 and {e.value for e in entries} == {1}
    assert len({e.etag for e in entries}) == 1
    before = store_state(str(db))
    con = duckdb.connect(str(db))  # an ingest changes the file
    con.execute("INSERT INTO t VALUES (1)")
    con.execute("CHECKPOINT")
    con.close()
    assert store_state(str(db)) != before
    again = cache.get("k", compute)
    assert len(calls) == 2 and again.etag != entries[0].etag


def test_a_long_analysis_answers_computing_and_finishes_in_the_background(tmp_path):
    cache = AnalysisCache(str(_db(tmp_path)), wait=0.05)
    release = threading.Event()
    with pytest.raises(Computing):
        cache.get("slow", lambda: release.wait(10) and "done")
    release.set()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            assert cache.get("slow", lambda: "recomputed").value == "done"
            break
        except Computing:
            time.sleep(0.05)
    assert cache.computed == 1


@pytest.mark.parametrize("path", ["/api/claim-clusters?limit=5", "/api/report", "/report.html"])
def test_analyses_carry_validators_and_answer_304(server, path):
    """Regression (issue 15, finding 3): the report and the clusters were recomputed on
    every request; now they are cached per store state and revalidated."""
    status, headers, _ = server.request(path)
    assert status == 200, headers
    etag, modified = headers.get("etag"), headers.get("last-modified")
    assert etag and modified and modified.endswith("GMT")
    status, headers2, body = server.request(path, headers={"If-None-Match": etag})
    assert status == 304 and body == b"" and headers2.get("etag") == etag
    assert server.request(path)[1].get("etag") == etag  # same state, same entry


def test_health_and_store_errors_leak_no_path_or_pid(server, token_server):
    health = server.get("/api/health")
    assert "/" not in health["store"] and health["store"].endswith(".duckdb")
    writer = duckdb.connect(str(token_server.db))
    try:  # a URL not answered before (answers of an unchanged store are served from memory)
        status, _, body = token_server.request("/api/documents?limit=7&offset=3")
    finally:
        writer.close()
    detail = json.loads(body)["detail"]
    assert status == 503 and str(token_server.db) not in detail
    assert "PID" not in detail and "python" not in detail.lower()


def test_read_answers_are_cached_per_store_state_and_revalidated(token_server):
    """Fifty dashboard clients must cost one query per URL and store state: the answer
    carries an ETag, a revalidation gets 304, and a change of the store gives a new one."""
    path = "/api/entities?limit=3"
    status, headers, body = token_server.request(path)
    etag = headers.get("etag")
    assert status == 200 and etag
    status2, headers2, body2 = token_server.request(path)
    assert (status2, headers2.get("etag"), body2) == (200, etag, body)
    assert token_server.request(path, headers={"If-None-Match": etag})[0] == 304
    items = json.loads(body)["items"]
    keep, other = items[0]["id"], items[1]["id"]
    req = json.dumps({"keep": keep, "other": other}).encode()
    status, _, _ = token_server.request(
        "/api/entities/merge",
        method="POST",
        data=req,
        headers={"Authorization": "Bearer s3cret-token", "Content-Type": "application/json"},
    )
    assert status == 200
    status, headers3, body3 = token_server.request(path)
    assert status == 200 and headers3.get("etag") != etag
    assert token_server.request(path, headers={"If-None-Match": etag})[0] == 200


@pytest.mark.parametrize("param", ["actor", "speaker", "place"])
def test_like_wildcards_in_filters_are_literal(server, param):
    """Regression (issue 15, finding 14): ``actor=%`` matched everything."""
    what = "claims" if param == "speaker" else "events"
    everything = server.get(f"/api/{what}?limit=500")["items"]
    assert everything  # the fixture store has events and claims
    for wildcard in ("%25", "_", "%25%25", "%5C"):
        rows = server.get(f"/api/{what}?{param}={wildcard}&limit=500")["items"]
        assert rows == [], (param, wildcard)


def test_entity_lookup_by_a_wildcard_finds_nothing(server):
    assert server.request("/api/entities/%25")[0] == 404
    assert server.get("/api/entities?actor=%25&limit=500")["items"] == []


def test_an_analysis_in_progress_answers_503_and_then_the_result(store_path, monkeypatch):
    """No request runs an analysis for minutes: past the wait it gets 503 + Retry-After,
    and the same URL answers 200 once the background computation is done."""
    from tests.serve.conftest import Server

    monkeypatch.setenv("WATCHFLOOR_ANALYSIS_WAIT", "0.01")
    srv = Server(store_path)
    try:
        status, headers, body = srv.request("/api/report?top=7")  # not warmed at start
        assert status == 503 and headers.get("retry-after") == "10", body
        deadline = time.monotonic() + 120
        while (status := srv.request("/api/report?top=7")[0]) == 503:
            assert time.monotonic() < deadline
            time.sleep(0.5)
        assert status == 200
    finally:
        srv.stop()
