"""Surfaces › serve: GET answers of the JSON API cached per store state, as ASGI middleware.

The server only reads its store, so every ``GET /api/...`` answer (but the watchlists,
which live in files, and the health, which reports the live loop) is a function of the
URL and the state of the store (:func:`~watchfloor.serve.analysis_cache.store_state`).
The first request for a URL in a state runs the route; requests for it that arrive
meanwhile wait for that one run (single flight), and later ones are answered from
memory, with an ``ETag`` the client can revalidate (``If-None-Match`` → 304). An ingest
or a decision changes the state, and the cache starts afresh. Memory is bounded
(:data:`MAX_BYTES` in all, answers above :data:`MAX_ENTRY` are not kept). Fifty
dashboard clients thus cost one query per URL and change of the store instead of fifty.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from watchfloor.serve.analysis_cache import store_state

MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY = 4 * 1024 * 1024
# Watchlists live in files; the health reports the live loop, which moves without the store.
UNCACHED_PREFIXES = ("/api/watchlists", "/api/health")


@dataclass(slots=True)
class _Answer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes


class ResponseCache:
    def __init__(self, app: ASGIApp, db: str) -> None:
        self.app = app
        self.db = db
        self._state: tuple[int, ...] | None = None
        self._answers: OrderedDict[bytes, _Answer] = OrderedDict()
        self._bytes = 0
        self._flights: dict[bytes, asyncio.Event] = {}
        self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith("/api/")
            or scope["path"].startswith(UNCACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        self._check_state()
        key = (
            scope["method"].encode()
            + b" "
            + scope["path"].encode()
            + b"?"
            + scope.get("query_string", b"")
        )
        while (answer := self._answers.get(key)) is None and key in self._flights:
            await self._flights[key].wait()  # the same URL is being answered: wait for it
        if answer is not None:
            self._answers.move_to_end(key)
            await self._replay(answer, scope, send)
            return
        flight = self._flights[key] = asyncio.Event()
        try:
            await self._run(key, scope, receive, send)
        finally:
            del self._flights[key]
            flight.set()

    def _check_state(self) -> None:
        state = store_state(self.db)
        if state != self._state:
            self._state = state
            self._answers.clear()
            self._bytes = 0

    async def _run(self, key: bytes, scope: Scope, receive: Receive, send: Send) -> None:
        self.misses += 1
        state = self._state
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        async def capture(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
                if message["status"] == 200:
                    return  # sent once the body is complete, with its ETag
                await send(message)
                return
            if start is not None and start["status"] != 200:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if not message.get("more_body", False):
                body = b"".join(chunks)
                answer = _Answer(
                    200,
                    list(start["headers"]),
                    body,
                    b'"' + hashlib.sha1(body).hexdigest()[:20].encode() + b'"',
                )
                if state == self._state and len(body) <= MAX_ENTRY:
                    self._keep(key, answer)
                await self._replay(answer, scope, send)

        await self.app(scope, receive, capture)

    def _keep(self, key: bytes, answer: _Answer) -> None:
        self._answers[key] = answer
        self._bytes += len(answer.body)
        while self._bytes > MAX_BYTES and self._answers:
            _, old = self._answers.popitem(last=False)
            self._bytes -= len(old.body)

    async def _replay(self, answer: _Answer, scope: Scope, send: Send) -> None:
        names = {k.lower() for k, _ in answer.headers}
        headers = [h for h in answer.headers if h[0].lower() != b"content-length"]
        if b"etag" not in names:
            headers.append((b"etag", answer.etag))
        etag = dict((k.lower(), v) for k, v in headers)[b"etag"]
        given = dict((k.lower(), v) for k, v in scope.get("headers", [])).get(b"if-none-match")
        if given and (etag in {t.strip() for t in given.split(b",")} or given.strip() == b"*"):
            await send(
                {
                    "type": "http.response.start",
                    "status": 304,
                    "headers": [h for h in headers if h[0].lower() != b"content-type"],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        body = b"" if scope["method"] == "HEAD" else answer.body
        headers.append((b"content-length", str(len(answer.body)).encode()))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
