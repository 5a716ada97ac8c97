"""The server's guard rails: read-only by default, tokens, size limits, headers, hosts."""

from __future__ import annotations

import json

import duckdb
import pytest

from watchfloor.serve.cli import is_loopback


def test_writes_are_refused_without_a_token(server):
    status, _, body = server.request(
        "/api/entities", method="POST", data=b"{}", headers={"Content-Type": "application/json"}
    )
    assert status == 403 and "read-only" in json.loads(body)["detail"]


def test_token_is_checked(token_server):
    status, headers, _ = token_server.request("/api/entities", method="POST", data=b"{}")
    assert status == 401 and headers.get("www-authenticate") == "Bearer"
    status, _, _ = token_server.request(
        "/api/entities", method="POST", data=b"{}", headers={"Authorization": "Bearer wrong"}
    )
    assert status == 401
    # with the token the request gets past the guard to the router (no write route here)
    status, _, _ = token_server.request(
        "/api/entities", method="POST", data=b"{}", headers={"Authorization": "Bearer s3cret-token"}
    )
    assert status == 405
    assert token_server.get("/api/health")["status"] == "ok"  # reads need no token


def test_request_size_is_limited(token_server):
    status, _, _ = token_server.request(
        "/api/entities",
        method="POST",
        data=b"x" * 70_000,
        headers={"Authorization": "Bearer s3cret-token"},
    )
    assert status == 413


def test_security_headers_on_api_and_pages(server):
    for path in ("/api/health", "/"):
        _, headers, _ = server.request(path)
        lower = {k.lower(): v for k, v in headers.items()}
        assert "default-src 'self'" in lower["content-security-policy"]
        assert "script-src 'self'" in lower["content-security-policy"]
        assert lower["x-content-type-options"] == "nosniff"


def test_foreign_host_header_is_refused_on_loopback(server):
    status, _, _ = server.request("/api/health", headers={"Host": "attacker.example"})
    assert status == 400


def test_interactive_docs_pages_are_off(server):
    for path in ("/docs", "/redoc"):
        status, _, _ = server.request(path)
        assert status == 404


def test_is_loopback():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")


AUTH = {"Authorization": "Bearer s3cret-token", "Content-Type": "application/json"}


def _post(srv, path: str, body: dict, headers: dict | None = None):
    status, _, raw = srv.request(
        path,
        method="POST",
        data=json.dumps(body).encode(),
        headers=headers if headers is not None else AUTH,
    )
    return status, json.loads(raw)


def test_merge_and_split_need_the_token_and_call_the_resolver(server, token_server):
    people = [
        e for e in token_server.get("/api/entities?limit=500")["items"] if e["type"] == "person"
    ]
    keep, other = people[0], people[1]
    body = {"keep": keep["id"], "other": other["id"], "reason": "test"}
    assert _post(server, "/api/entities/merge", body)[0] == 403  # read-only server
    assert (
        _post(token_server, "/api/entities/merge", body, {"Content-Type": "application/json"})[0]
        == 401
    )
    status, decision = _post(token_server, "/api/entities/merge", body)
    assert status == 200, decision
    assert (decision["action"], decision["entity_id"], decision["other_id"]) == (
        "merge",
        keep["id"],
        other["id"],
    )
    ids = {e["id"] for e in token_server.get("/api/entities?limit=500")["items"]}
    assert keep["id"] in ids and other["id"] not in ids
    # the read-only server's store is a different file: untouched
    assert other["id"] in {e["id"] for e in server.get("/api/entities?limit=500")["items"]}
    status, split = _post(
        token_server, "/api/entities/split", {"entity": keep["id"], "alias": other["name"]}
    )
    assert status == 200 and split["action"] == "split" and split["records_moved"] >= 1, split


def test_bad_decisions_are_refused_with_a_reason(token_server):
    status, body = _post(
        token_server,
        "/api/entities/merge",
        {"keep": "no such entity at all", "other": "nor this one"},
    )
    assert status == 409 and "no entity" in body["detail"]
    status, _ = _post(
        token_server, "/api/entities/split", {"entity": "x", "alias": "a", "document": "d"}
    )
    assert status == 422
    status, _ = _post(token_server, "/api/entities/merge", {"keep": "a", "other": "b", "x": 1})
    assert status == 422


def test_a_writer_holding_the_store_gets_503_not_a_crash(token_server):
    writer = duckdb.connect(str(token_server.db))  # as `watchfloor ingest` would hold it
    try:  # a URL not answered before (answers of an unchanged store are served from memory)
        status, headers, body = token_server.request("/api/health?writer=held")
        assert status == 503 and headers.get("retry-after") == "2"
        assert "store unavailable" in json.loads(body)["detail"]
    finally:
        writer.close()
    assert token_server.get("/api/health")["status"] == "ok"


def test_host_name_handles_ipv6_and_ports():
    from watchfloor.serve.security import host_name

    assert host_name("[::1]:8000") == "[::1]" and host_name("[::1]") == "[::1]"
    assert host_name("localhost:80") == "localhost" and host_name("127.0.0.1") == "127.0.0.1"
    assert host_name("evil.example:8000") == "evil.example"


def test_a_public_host_without_token_refuses_to_start(store_path):
    """Regression (issue 15, finding 12): ``--host 0.0.0.0`` without ``--token`` only
    warned."""
    from watchfloor.errors import WatchfloorError
    from watchfloor.serve.cli import run_server

    with pytest.raises(WatchfloorError, match="--insecure-public"):
        run_server(store_path, "0.0.0.0", 0, None)


def test_ipv6_loopback_serves(store_path):
    """Regression (issue 15, finding 12): ``--host ::1`` answered every request 400."""
    import socket

    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback here")
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket(socket.AF_INET6) as s:
        s.bind(("::1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "watchfloor.cli",
            "serve",
            "--db",
            str(store_path),
            "--host",
            "::1",
            "--port",
            str(port),
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://[::1]:{port}/api/health", timeout=10) as r:
                    assert r.status == 200
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
    finally:
        proc.terminate()
        err = proc.communicate(timeout=20)[1].decode()
    assert f"http://[::1]:{port}/" in err


def test_headers_are_capped_and_trace_is_405(server):
    """Regression (issue 15, finding 13): 100 KB of headers were accepted although the
    docs cap them at 16 KiB, and TRACE answered 403."""
    status, _, body = server.request("/api/health", headers={"X-Big": "a" * 20_000})
    assert status == 431, body
    status, headers, _ = server.request("/api/health", method="TRACE")
    assert status == 405 and "GET" in headers.get("allow", "")


def test_the_spec_says_what_the_server_enforces(server):
    spec = server.get("/api/openapi.json")
    schemas = spec["components"]["schemas"]
    assert len(schemas["Split"]["oneOf"]) == 2
    put = spec["paths"]["/api/watchlists/{name}"]["put"]["requestBody"]["content"]
    schema = put["application/json"]["schema"]
    assert schema["additionalProperties"] is False and "thresholds" in schema["properties"]
