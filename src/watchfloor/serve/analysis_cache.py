"""Surfaces › serve: expensive analyses (the situation report, claim clusters) computed
once per state of the store and served from memory, with ``ETag`` and ``Last-Modified``.

A store's *state* is the size and modification time of its file (and of its write-ahead
log): an ingest changes it, a read never does. :meth:`AnalysisCache.get` returns the
result for the current state when it has one; otherwise it starts the computation on
the cache's single worker thread — one analysis at a time, each key of a state computed
once however many requests ask for it — and waits for it up to ``wait`` seconds. A
request that would wait longer gets :class:`Computing` (the route answers ``503`` with
``Retry-After``), so no request holds a server thread for minutes and a burst of
requests costs one computation. Results of earlier states are dropped when the state
changes; computations never hold the store while they embed (see
:mod:`watchfloor.serve.claim_groups`).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from email.utils import formatdate
from typing import Any

from fastapi import HTTPException, Request, Response

WAIT_SECONDS = float(os.environ.get("WATCHFLOOR_ANALYSIS_WAIT") or 20.0)
MAX_ENTRIES = 64


@dataclass(frozen=True, slots=True)
class Entry:
    value: Any
    etag: str
    last_modified: str  # an HTTP date: when the store reached this state


class Computing(Exception):
    """The analysis for the current state is still being computed."""


def store_state(path: str) -> tuple[int, ...]:
    """RETURNS (size, mtime_ns) of the store file and of its WAL (0s when absent); for a
    PostgreSQL store, what its tables say (:func:`watchfloor.store.postgres_store.state`)."""
    if path.startswith(("postgresql://", "postgres://")):
        return _pg_state(path)
    out: list[int] = []
    for p in (path, path + ".wal"):
        try:
            st = os.stat(p)
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [0, 0]
    return tuple(out)


PG_STATE_SECONDS = 2.0  # a PostgreSQL store's state (a query) is asked at most this often
_pg_states: dict[str, tuple[float, tuple[int, ...]]] = {}
_pg_lock = threading.Lock()


def _pg_state(url: str) -> tuple[int, ...]:
    """A PostgreSQL store's state, asked of the server at most every
    :data:`PG_STATE_SECONDS` (it is checked on every request, on the event loop)."""
    from watchfloor.store.postgres_store import state

    with _pg_lock:
        hit = _pg_states.get(url)
        if hit is None or time.monotonic() - hit[0] >= PG_STATE_SECONDS:
            hit = _pg_states[url] = (time.monotonic(), state(url))
        return hit[1]


class AnalysisCache:
    def __init__(self, db: str, wait: float = WAIT_SECONDS) -> None:
        self.db = db
        self.wait = wait
        self._lock = threading.Lock()
        self._done: OrderedDict[tuple, Entry] = OrderedDict()
        self._running: dict[tuple, Future] = {}
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._state: tuple[int, ...] | None = None
        self._warmers: dict[Hashable, Callable[[], Any]] = {}
        self.computed = 0  # how many computations ran (a test checks one per state)

    def warm_with(self, key: Hashable, compute: Callable[[], Any]) -> None:
        """Compute ``key`` in the background whenever the store reaches a new state (and
        now), before anyone asks for it."""
        self._warmers[key] = compute
        self.notice()

    def notice(self) -> None:
        """Cheap (two ``stat`` calls): when the store changed, start the warm-ups."""
        state = store_state(self.db)
        with self._lock:
            if state == self._state:
                return
            self._state = state
            self._done.clear()
            for key, compute in self._warmers.items():
                full = (key, state)
                if full not in self._running:
                    self._running[full] = self._submit(full, compute)

    def start(self, key: Hashable, compute: Callable[[], Any]) -> Entry | Future:
        """RETURNS the entry for ``key`` at the current store state, or the future of its
        computation (started now unless it already runs). Never blocks."""
        state = store_state(self.db)
        full = (key, state)
        with self._lock:
            changed = state != self._state
        if changed:  # the store changed: earlier results are stale, warm-ups start
            self.notice()
        with self._lock:
            if full in self._done:
                self._done.move_to_end(full)
                return self._done[full]
            future = self._running.get(full)
            if future is None:
                future = self._submit(full, compute)
                self._running[full] = future
            return future

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Entry:
        """RETURNS the entry for ``key``, waiting up to ``wait`` s (a thread). RAISES
        Computing."""
        found = self.start(key, compute)
        if isinstance(found, Entry):
            return found
        try:
            return found.result(timeout=self.wait)
        except FutureTimeout as exc:
            raise Computing(f"{key!r} is being computed for the current store") from exc

    async def aget(self, key: Hashable, compute: Callable[[], Any]) -> Entry:
        """:meth:`get` for the event loop: the wait holds no worker thread."""
        found = self.start(key, compute)
        if isinstance(found, Entry):
            return found
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(found)), self.wait)
        except TimeoutError as exc:
            raise Computing(f"{key!r} is being computed for the current store") from exc

    def _submit(self, full: tuple, compute: Callable[[], Any]) -> Future:
        """Queue a computation for the single worker, a daemon thread (a server that
        stops does not wait for an analysis to finish). Call with the lock held."""
        future: Future = Future()
        self._jobs.put((future, full, compute))
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="analysis", daemon=True)
            self._worker.start()
        return future

    def _work(self) -> None:
        while True:
            future, full, compute = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(self._compute(full, compute))
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits
                future.set_exception(exc)

    def _compute(self, full: tuple, compute: Callable[[], Any]) -> Entry:
        try:
            value = compute()
            mtime = max(full[1][1], full[1][3]) / 1e9 if full[1][1] else 0
            tag = hashlib.sha1(repr(full).encode()).hexdigest()[:20]
            entry = Entry(value, f'"{tag}"', formatdate(mtime, usegmt=True))
            with self._lock:
                self.computed += 1
                if full[1] == self._state:
                    self._done[full] = entry
                    while len(self._done) > MAX_ENTRIES:
                        self._done.popitem(last=False)
            return entry
        finally:
            with self._lock:
                self._running.pop(full, None)


def cache_of(request: Request) -> AnalysisCache:
    return request.app.state.analyses


async def cached(request: Request, key: Hashable, compute: Callable[[], Any]) -> Entry:
    """The route side: RETURNS the entry; RAISES HTTPException 503 while it is computed."""
    try:
        return await cache_of(request).aget(key, compute)
    except Computing as exc:
        raise HTTPException(
            503,
            "the analysis is being computed for the current store; retry shortly",
            headers={"Retry-After": "10"},
        ) from exc


def not_modified(request: Request, entry: Entry) -> Response | None:
    """RETURNS a 304 response when the client already holds this entry (``If-None-Match``),
    else None."""
    given = {t.strip() for t in (request.headers.get("if-none-match") or "").split(",")}
    if entry.etag in given or "*" in given:
        return Response(status_code=304, headers=validators(entry))
    return None


def validators(entry: Entry) -> dict[str, str]:
    return {"ETag": entry.etag, "Last-Modified": entry.last_modified, "Cache-Control": "no-cache"}
