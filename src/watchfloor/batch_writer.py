"""Writes finished batches on a background thread, so storing overlaps parsing.

The pipeline (:mod:`watchfloor.pipeline`) hands each finished batch to a
:class:`BatchWriter`; one writer thread stores the batches in order, one transaction each,
while the main thread goes on parsing the next batch. spaCy's matrix products release the
GIL, so the store's work (DuckDB, which releases it too, and cross-document resolution)
runs in the gaps instead of after each batch.

Bounds and guarantees:

* at most ``depth`` batches wait in the queue: memory stays bounded, and parsing stops
  when the store falls behind;
* batches are written in the order they were handed over, by one thread on its own
  connection (:meth:`watchfloor.store.duckdb_store.DuckDBStore.thread_handle`), so the
  store sees exactly the sequence of transactions a synchronous run makes;
* :meth:`BatchWriter.committed` tells the caller which documents are durable, so it can
  drop them from what it keeps pending;
* the first error in the writer is raised in the caller at its next :meth:`submit` or at
  :meth:`close`; the batches after it are not written (the next run completes them).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

_STOP = object()


class BatchWriter:
    """Runs ``write(item)`` for each submitted item, in order, on one background thread."""

    def __init__(self, write: Callable[[Any], Any], depth: int = 2) -> None:
        self._write = write
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._done: queue.SimpleQueue = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._reported = False
        self._thread = threading.Thread(target=self._loop, name="watchfloor-writer", daemon=True)
        self._thread.start()

    def submit(self, item: Any) -> None:
        """Queue ``item`` for writing (blocks while ``depth`` items wait); raises a writer error."""
        self._raise()
        self._queue.put(item)

    def committed(self) -> list[Any]:
        """RETURNS the results of the writes finished since the last call, in order."""
        out = []
        while True:
            try:
                out.append(self._done.get_nowait())
            except queue.Empty:
                return out

    def close(self) -> None:
        """Wait until every queued item is written; raise the writer's error, if any.

        Call it in a ``finally`` too: when the caller is already failing, the writer still
        finishes (or, after an error of its own, drops) what it holds, and the error it
        already raised is not raised twice."""
        self._queue.put(_STOP)
        self._thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None and not self._reported:
            self._reported = True
            raise self._error

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if self._error is not None:
                continue  # drain without writing, so submit() never blocks for ever
            try:
                self._done.put(self._write(item))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                self._error = exc
