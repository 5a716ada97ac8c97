"""The server's guard rails: read-only by default, tokens, size limits, headers, hosts."""

from __future__ import annotations

import json

from watchfloor.serve.cli import is_loopback


def test_writes_are_refused_without_a_token(server):
    status, _, body = server.request("/api/entities", method="POST", data=b"{}",
                                     headers={"Content-Type": "application/json"})
    assert status == 403 and "read-only" in json.loads(body)["detail"]


def test_token_is_checked(token_server):
    status, headers, _ = token_server.request("/api/entities", method="POST", data=b"{}")
    assert status == 401 and headers.get("www-authenticate") == "Bearer"
    status, _, _ = token_server.request("/api/entities", method="POST", data=b"{}",
                                        headers={"Authorization": "Bearer wrong"})
    assert status == 401
    # with the token the request gets past the guard to the router (no write route here)
    status, _, _ = token_server.request("/api/entities", method="POST", data=b"{}",
                                        headers={"Authorization": "Bearer s3cret-token"})
    assert status == 405
    assert token_server.get("/api/health")["status"] == "ok"  # reads need no token


def test_request_size_is_limited(token_server):
    status, _, _ = token_server.request("/api/entities", method="POST", data=b"x" * 70_000,
                                        headers={"Authorization": "Bearer s3cret-token"})
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
