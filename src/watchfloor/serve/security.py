"""Surfaces › serve: the server's guard rails, as ASGI middleware.

* Read-only by default: any request that could change state (POST, PUT, PATCH, DELETE)
  under ``/api`` needs ``Authorization: Bearer <token>`` matching the token the server was
  started with; without a configured token such requests are refused outright.
* Request sizes are limited: a declared ``Content-Length`` above the limit gets 413, and
  a body without a length (chunked) gets 411, so no body is ever read unbounded.
* Request headers are limited to :data:`MAX_HEADER_BYTES` together (431), and methods
  outside :data:`METHODS` (TRACE, CONNECT...) get 405 before anything else.
* On a loopback bind, the ``Host`` header must name the loopback (IPv4, ``localhost`` or
  ``[::1]``): :class:`LoopbackHost` (against DNS rebinding).
* Every response carries a strict Content-Security-Policy (same-origin scripts, styles
  and data only: no CDN, no inline script), ``nosniff`` and ``no-referrer``.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 64 * 1024
MAX_HEADER_BYTES = 16 * 1024  # all request headers together (docs/api.md)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
METHODS = SAFE_METHODS | {"POST", "PUT", "PATCH", "DELETE"}  # TRACE, CONNECT...: 405
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


async def _reply(
    send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] = ()
) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *extra,
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Size limit, write protection and security headers around the app."""

    def __init__(
        self, app: ASGIApp, token: str | None = None, max_body: int = MAX_BODY_BYTES
    ) -> None:
        self.app = app
        self.token = token
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw_headers = scope.get("headers", [])
        if sum(len(k) + len(v) + 4 for k, v in raw_headers) > MAX_HEADER_BYTES:
            await _reply(send, 431, f"request headers larger than {MAX_HEADER_BYTES} bytes")
            return
        if scope["method"] not in METHODS:
            await _reply(
                send,
                405,
                f"method {scope['method']} not allowed",
                [(b"allow", ", ".join(sorted(METHODS)).encode())],
            )
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in raw_headers}
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _reply(send, 413, f"request body larger than {self.max_body} bytes")
            return
        if "transfer-encoding" in headers:
            await _reply(send, 411, "a request body needs a Content-Length")
            return
        if scope["method"] not in SAFE_METHODS and scope["path"].startswith("/api"):
            problem = self._auth_problem(headers.get("authorization"))
            if problem:
                await _reply(send, *problem)
                return
        await self.app(scope, receive, self._with_headers(send))

    def _auth_problem(self, auth: str | None) -> tuple[Any, ...] | None:
        if not self.token:
            return 403, "read-only server: start `watchfloor serve --token T` to allow writes"
        scheme, _, given = (auth or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip(), self.token):
            return 401, "a valid bearer token is required", [(b"www-authenticate", b"Bearer")]
        return None

    def _with_headers(self, send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in HEADERS if h[0] not in names
                ]
            await send(message)

        return wrapped


def host_name(header: str) -> str:
    """RETURNS the host of a ``Host`` header without its port (``[::1]:8000`` → ``[::1]``)."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        return header[: end + 1] if end > 0 else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class LoopbackHost:
    """Refuses (400) a request whose ``Host`` is not a loopback name (DNS rebinding)."""

    def __init__(self, app: ASGIApp, names: frozenset[str] = LOOPBACK_NAMES) -> None:
        self.app = app
        self.names = names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            host = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1")
            if host_name(host) not in self.names:
                if scope["type"] == "http":
                    await _reply(send, 400, "Invalid host header")
                return
        await self.app(scope, receive, send)
