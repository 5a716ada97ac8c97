"""Surfaces › serve: what every route depends on — a read-only store per request, paging.

The store is opened read-only for each request and closed after it, so an ``ingest``
in another process can take its write lock between requests. While a writer holds the
file, requests get ``503`` with ``Retry-After`` instead of an error page.

Concurrency: every open handle of the process shares one DuckDB database and its buffer
pool, so at most :data:`READERS` requests hold a store at once (:class:`ReaderSlots`);
the others queue for a slot (up to :data:`QUEUE_SECONDS`, then ``503`` + ``Retry-After``),
and the pool's memory limit is sized for that many readers
(:data:`READER_MEMORY` each). Twenty or fifty clients therefore wait their turn instead
of failing with ``OutOfMemoryException: failed to pin block``.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool

from watchfloor.errors import StoreError
from watchfloor.serve.schemas import Problem
from watchfloor.store.duckdb_store import DuckDBStore
from watchfloor.store.open import open_store as open_any_store

MAX_LIMIT = 500


def problem(description: str) -> dict[str, Any]:
    """An error response for the spec: JSON ``{"detail": "..."}`` (:class:`Problem`)."""
    return {"model": Problem, "description": description}


# Every route that takes a JSON body: a body that is not even text (bytes that are not
# UTF-8) is refused by the framework before validation, with this status and shape.
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    400: problem("the body cannot be parsed (not UTF-8 text); malformed JSON text is a 422"),
}

# Every route that reads the store can answer 503 (see open_store).
STORE_ERRORS: dict[int | str, dict[str, Any]] = {
    503: problem("another process holds the store's write lock (retry after Retry-After)"),
}


READERS = int(os.environ.get("WATCHFLOOR_SERVE_READERS") or 4)
READER_MEMORY_MB = int(os.environ.get("WATCHFLOOR_SERVE_READER_MB") or 384)
QUEUE_SECONDS = 30.0


class ReaderSlots:
    """A bounded number of concurrent store readers; the rest wait in line.

    Requests wait on the event loop (an ``asyncio.Semaphore``), never in a worker thread:
    a thread blocked on a slot could not run the clean-up that frees another slot. The
    analysis thread (:mod:`watchfloor.serve.analysis_cache`) reads under :attr:`analysis`
    (a thread lock) and counts as one more reader in :attr:`memory_limit`. A write from
    this process takes every slot and that lock (:meth:`exclusive`).
    """

    def __init__(self, readers: int = READERS, queue_seconds: float = QUEUE_SECONDS) -> None:
        self.readers = max(1, readers)
        self.queue_seconds = queue_seconds
        self.analysis = threading.Lock()
        self._sem: asyncio.Semaphore | None = None

    @property
    def memory_limit(self) -> str:
        """The DuckDB memory limit for this many concurrent readers plus the analysis."""
        return f"{(self.readers + 1) * READER_MEMORY_MB}MB"

    def _semaphore(self) -> asyncio.Semaphore:
        if self._sem is None:
            self._sem = asyncio.Semaphore(self.readers)
        return self._sem

    async def _acquire(self, what: str) -> None:
        try:
            await asyncio.wait_for(self._semaphore().acquire(), self.queue_seconds)
        except TimeoutError as exc:
            raise HTTPException(
                503, f"server busy: {what}, retry later", headers={"Retry-After": "2"}
            ) from exc

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        await self._acquire("too many concurrent requests")
        try:
            yield
        finally:
            self._semaphore().release()

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Every slot and the analysis lock: for a write from this process (a read-only
        handle open in the same process makes DuckDB refuse the writer's connection)."""
        taken = 0
        try:
            for _ in range(self.readers):
                await self._acquire("readers did not finish")
                taken += 1
            if not await run_in_threadpool(self.analysis.acquire, True, self.queue_seconds):
                raise HTTPException(
                    503,
                    "server busy: an analysis is reading the store",
                    headers={"Retry-After": "2"},
                )
            try:
                yield
            finally:
                self.analysis.release()
        finally:
            for _ in range(taken):
                self._semaphore().release()


def read_store(path: str, slots: ReaderSlots) -> DuckDBStore:
    """RETURNS the store at ``path`` opened read-only with the readers' memory limit.
    RAISES HTTPException 503 while a writer holds it. In live mode (serve --watch) a cursor
    of the server's own read-write connection (:mod:`watchfloor.serve.live`)."""
    from watchfloor.serve.live import live_reader

    try:
        live = live_reader(path)
        if live is not None:
            return live
        return open_any_store(path, read_only=True, memory_limit=slots.memory_limit)
    except StoreError as exc:
        raise HTTPException(
            503, f"store unavailable: {public_reason(exc)}", headers={"Retry-After": "2"}
        ) from exc


@asynccontextmanager
async def reading(request: Request) -> AsyncIterator[DuckDBStore]:
    """A read-only store within a reader slot (queued when all are busy), closed after."""
    slots: ReaderSlots = request.app.state.readers
    request.app.state.analyses.notice()  # a changed store starts the analyses' warm-up
    async with slots.slot():
        store = await run_in_threadpool(read_store, request.app.state.db, slots)
        try:
            yield store
        finally:
            await run_in_threadpool(store.close)


async def open_store(request: Request) -> AsyncIterator[DuckDBStore]:
    """The store of one request (the route dependency :data:`StoreDep`)."""
    async with reading(request) as store:
        yield store


def public_reason(exc: Exception) -> str:
    """The reason a store cannot be opened, without paths or process ids (the lock holder's
    PID and interpreter path are in DuckDB's message)."""
    text = str(exc)
    if "lock" in text.lower():
        return "another process holds the store's write lock"
    return "the store cannot be opened"


StoreDep = Annotated[DuckDBStore, Depends(open_store)]


@dataclass(slots=True)
class Paging:
    limit: int
    offset: int

    def page(self, rows: list[Any]) -> dict[str, Any]:
        """Rows were fetched with limit + 1: the extra row only says a next page exists."""
        more = len(rows) > self.limit
        return {
            "items": rows[: self.limit],
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.offset + self.limit if more else None,
        }


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Paging:
    return Paging(limit, offset)


PagingDep = Annotated[Paging, Depends(paging)]
DateQ = Annotated[
    str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO date (inclusive)")
]


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {what} {key!r}")
