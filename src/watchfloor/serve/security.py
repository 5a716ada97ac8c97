"""Surfaces › serve: the server's guard rails, as ASGI middleware.

* Read-only by default: any request that could change state (POST, PUT, PATCH, DELETE)
  under ``/api`` needs ``Authorization: Bearer <token>`` matching the token the server was
  started with; without a configured token such requests are refused outright.
* Request sizes are limited: a declared ``Content-Length`` above the limit gets 413, and
  a body without a length (chunked) gets 411, so no body is ever read unbounded.
* Every response carries a strict Content-Security-Policy (same-origin scripts, styles
  and data only: no CDN, no inline script), ``nosniff`` and ``no-referrer``.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 64 * 1024
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
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


async def _reply(send: Send, status: int, detail: str,
                 extra: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *extra, *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Size limit, write protection and security headers around the app."""

    def __init__(self, app: ASGIApp, token: str | None = None,
                 max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.token = token
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
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

