"""Surfaces › serve: live mode — ``watchfloor serve --watch SOURCE... --every 15m``.

One process serves the API and ingests in the background, so the dashboard stays up while
news arrives. With the embedded store this is the only way: DuckDB lets one process open
a file for writing, so the server holds the one read-write connection
(:class:`LiveStore`) and every request reads through its own cursor of it
(:func:`live_reader`, used by :func:`watchfloor.serve.deps.read_store`). DuckDB's MVCC
gives each reader the last committed state while a batch is being written: no request
waits for or fails because of ingestion, and new documents appear when their batch
commits. On PostgreSQL the loop simply writes through its own connections.

:class:`LiveIngest` is the background loop. Every ``every`` seconds it polls its sources
and runs the pipeline (:func:`watchfloor.pipeline.run`, the same writer and one
transaction per batch) over what is new:

* a directory or file: the files whose size or modification time changed since the last
  look (a grown feed file is read again; the store skips what it already holds);
* a feed URL (only with ``--allow-network``): a conditional GET (``If-None-Match`` /
  ``If-Modified-Since`` from the last answer, so an unchanged feed costs a 304), within
  the ingest fetch limits; a source that fails is retried after an exponential back-off
  (one interval, doubling, at most :data:`MAX_BACKOFF_S`), the others go on.

Watchlist matches and escalation alerts fire from the loop (the pipeline's after-batch
hook, :class:`watchfloor.watch.Watcher`). :meth:`LiveIngest.stop` (SIGTERM or Ctrl-C:
uvicorn shuts down, then ``run_server`` calls it) stops reading new items, lets the batch
in flight commit, and joins the thread; a hard kill loses only that uncommitted batch,
which the next start reads again.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from watchfloor.errors import StoreError, WatchfloorError
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.model import Quarantined, RawDocument
from watchfloor.store.duckdb_store import DuckDBStore

log = logging.getLogger("watchfloor.live")

MAX_BACKOFF_S = 3600.0
LIVE_BATCH_SIZE = 32  # documents per transaction in live mode: new items show up soon
_EVERY = re.compile(r"^(\d+(?:\.\d+)?)\s*(s|m|h)?$")


def parse_every(value: str) -> float:
    """``90``, ``90s``, ``15m``, ``1h`` → seconds. RAISES WatchfloorError otherwise."""
    m = _EVERY.match(value.strip().lower())
    if not m or float(m.group(1)) <= 0:
        raise WatchfloorError(
            f"--every {value!r}: use seconds or a number with s, m or h (e.g. 90s, 15m, 1h)"
        )
    return float(m.group(1)) * {"s": 1, "m": 60, "h": 3600}[m.group(2) or "s"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- the one read-write DuckDB connection of a live server ----------------------------------
class LiveStore:
    """The server process's read-write store; readers get cursors of its connection.

    It counts the handles it gave out: :meth:`close` refuses new ones, waits for those
    still open (a request or a background analysis finishing), then closes the connection
    (DuckDB refuses to close a connection a cursor is still running on)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.store = DuckDBStore(db)
        self._cond = threading.Condition()
        self._open = 0
        self._closing = False
        self.write_lock = threading.Lock()  # the loop's batches and analysts' decisions

    def handle(self) -> DuckDBStore:
        """A handle with its own cursor (close it after use); sees the last commit.
        RAISES StoreError once the store is closing."""
        with self._cond:
            if self._closing:
                raise StoreError("the server is stopping")
            h = self.store.thread_handle()
            self._open += 1
        close, done = h.close, []

        def close_once() -> None:
            if done:
                return
            done.append(True)
            try:
                close()
            finally:
                with self._cond:
                    self._open -= 1
                    self._cond.notify_all()

        h.close = close_once  # type: ignore[method-assign]
        return h

    def close(self, timeout: float = 60.0) -> bool:
        """Close once no handle is open (at most ``timeout`` s). RETURNS whether it closed."""
        with self._cond:
            self._closing = True
            if not self._cond.wait_for(lambda: self._open == 0, timeout):
                sys.stderr.write(
                    f"watchfloor: live: {self._open} reader(s) still busy; "
                    "the store is left to close at exit\n"
                )
                return False
            self.store.close()
            return True


_live: dict[str, LiveStore] = {}
_loops: dict[str, LiveIngest] = {}


def set_loop(db: str, loop: LiveIngest) -> None:
    _loops[db] = loop


def loop_status(db: str) -> dict[str, Any] | None:
    """The live loop's state for /api/health; None when ``db`` is not served live."""
    loop = _loops.get(db)
    return loop.status() if loop else None


def register(live: LiveStore) -> None:
    _live[live.db] = live


def unregister(live: LiveStore) -> None:
    _live.pop(live.db, None)


def live_reader(db: str) -> DuckDBStore | None:
    """A cursor handle on the live server's store at ``db``; None when not live."""
    live = _live.get(db)
    return live.handle() if live else None


@contextmanager
def live_writer(db: str) -> Iterator[DuckDBStore | None]:
    """For a write from a request (an analyst's decision) while live: a handle taken
    between the loop's batches; None when ``db`` is not served live."""
    live = _live.get(db)
    if live is None:
        yield None
        return
    with live.write_lock:
        handle = live.handle()
        try:
            yield handle
        finally:
            handle.close()


# -- sources -------------------------------------------------------------------------------
@dataclass
class Source:
    value: str
    failures: int = 0
    next_due: float = 0.0
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)  # file: (size, mtime_ns)
    etag: str | None = None
    last_modified: str | None = None
    last_error: str | None = None

    @property
    def is_url(self) -> bool:
        return self.value.lower().startswith(("http://", "https://"))

    def status(self) -> dict[str, Any]:
        return {
            "source": self.value,
            "failures": self.failures,
            "last_error": self.last_error,
            "retry_in_s": max(0.0, round(self.next_due - time.monotonic(), 1))
            if self.failures
            else 0.0,
        }


def changed_files(src: Source) -> dict[str, tuple[int, int]]:
    """Files of a directory or file source that are new or changed since the last look,
    with their (size, mtime_ns) — recorded in ``src.seen`` once their cycle committed."""
    root = Path(src.value)
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    out = {}
    for p in files:
        try:
            st = p.stat()
        except OSError:
            continue
        key = (st.st_size, st.st_mtime_ns)
        if src.seen.get(str(p)) != key:
            out[str(p)] = key
    return out


def fetch_conditional(
    src: Source, limits: IngestLimits
) -> tuple[bytes | None, str | None, str | None]:
    """GET a feed URL with the validators of the last answer. RETURNS (body or None when
    unchanged (304), ETag, Last-Modified). RAISES OSError / urllib errors / ValueError."""
    headers = {
        "User-Agent": "watchfloor (live mode)",
        "Accept": "application/rss+xml, application/atom+xml, application/xml, */*",
    }
    if src.etag:
        headers["If-None-Match"] = src.etag
    if src.last_modified:
        headers["If-Modified-Since"] = src.last_modified
    req = urllib.request.Request(src.value, headers=headers)
    try:
        resp = urllib.request.urlopen(req, timeout=limits.fetch_timeout)  # noqa: S310
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return None, src.etag, src.last_modified
        raise
    with resp:
        deadline = time.monotonic() + limits.fetch_timeout
        chunks, total = [], 0
        while chunk := resp.read1(65536):
            total += len(chunk)
            if total > limits.fetch_max_bytes:
                raise ValueError(f"response exceeds {limits.fetch_max_bytes} bytes")
            if time.monotonic() > deadline:
                raise TimeoutError(f"download took over {limits.fetch_timeout:g} s")
            chunks.append(chunk)
        etag = resp.headers.get("ETag") or src.etag
        modified = resp.headers.get("Last-Modified") or src.last_modified
    return b"".join(chunks), etag, modified


# -- the loop ------------------------------------------------------------------------------
class LiveIngest:
    """The background ingest loop of a live server."""

    def __init__(
        self,
        db: str,
        sources: Iterable[str],
        every: float,
        allow_network: bool = False,
        limits: IngestLimits | None = None,
        after_batch: Any = None,
        batch_size: int = LIVE_BATCH_SIZE,
        live: LiveStore | None = None,
    ) -> None:
        self.db = db
        self.sources = [Source(s) for s in sources]
        for s in self.sources:
            if s.is_url and not allow_network:
                raise WatchfloorError(f"{s.value}: feed URLs are polled only with --allow-network")
            if not s.is_url and not Path(s.value).exists():
                raise WatchfloorError(f"--watch {s.value}: no such file or directory")
        self.every = every
        self.limits = limits or IngestLimits()
        self.after_batch = after_batch
        self.batch_size = batch_size
        self.live = live
        self._stop = threading.Event()
        self._done: list = []  # how far each source was read: applied once a cycle commits
        self._thread = threading.Thread(target=self._loop, name="watchfloor-live", daemon=True)
        self.cycles = 0
        self.documents = 0
        self.last_cycle: str | None = None
        self.last_error: str | None = None
        self.running = False

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 300.0) -> None:
        """Stop reading new items; the batch in flight commits; wait for the thread."""
        self._stop.set()
        self._thread.join(timeout)

    def status(self) -> dict[str, Any]:
        return {
            "every_s": self.every,
            "cycles": self.cycles,
            "documents": self.documents,
            "running": self.running,
            "last_cycle": self.last_cycle,
            "last_error": self.last_error,
            "sources": [s.status() for s in self.sources],
        }

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.cycle()
            except Exception as exc:  # noqa: BLE001 - the server stays up; next cycle retries
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.exception("live: cycle failed")
                sys.stderr.write(f"watchfloor: live ingest cycle failed: {exc}\n")
            self._stop.wait(self.every)

    def _items(self) -> Iterator[RawDocument | Quarantined]:
        """What is new in every due source, until stop is asked."""
        from watchfloor.ingest.feeds import read_feed

        now = time.monotonic()
        for src in self.sources:
            if self._stop.is_set():
                return
            if src.next_due > now:
                continue
            try:
                if src.is_url:
                    body, etag, modified = fetch_conditional(src, self.limits)
                    self._done.append(
                        lambda s=src, e=etag, m=modified: (
                            setattr(s, "etag", e),
                            setattr(s, "last_modified", m),
                        )
                    )
                    items: Iterable = (
                        () if body is None else read_feed(body, src.value, self.limits)
                    )
                else:
                    files = changed_files(src)
                    self._done.append(lambda s=src, f=files: s.seen.update(f))
                    items = iter_documents(list(files), limits=self.limits) if files else ()
                for item in items:
                    if self._stop.is_set():
                        return
                    yield item
                src.failures, src.last_error = 0, None
            except (OSError, ValueError, urllib.error.URLError) as exc:
                src.failures += 1
                src.last_error = f"{type(exc).__name__}: {exc}"
                src.next_due = now + min(self.every * 2 ** (src.failures - 1), MAX_BACKOFF_S)
                sys.stderr.write(
                    f"watchfloor: live: {src.value}: {src.last_error}; "
                    f"retry in {src.next_due - now:.0f} s\n"
                )

    def cycle(self) -> int:
        """One poll of every due source into the store. RETURNS new documents."""
        from watchfloor.pipeline import RunOptions, run
        from watchfloor.store.open import open_store

        self.running = True
        self._done = []
        try:
            opts = RunOptions(
                batch_size=self.batch_size,
                limits=self.limits,
                after_batch=self.after_batch,
                write_lock=self.live.write_lock if self.live else None,
            )
            index = self.live.handle() if self.live is not None else open_store(self.db)
            try:
                report = run((), index, index, opts, read_items=self._items())
            finally:
                index.close()
            if not self._stop.is_set():  # stopped half-way: read those sources again
                for mark in self._done:
                    mark()
            self.cycles += 1
            self.documents += report.documents
            self.last_cycle = _now()
            return report.documents
        finally:
            self.running = False
