"""The NLP/extract stage on a Dask cluster: ``watchfloor ingest ... --cluster local:N|tcp://...``.

Place in the flow: between dedup and store, in place of the in-process
:class:`~watchfloor.nlp.NlpStage`. The client reads, normalises and deduplicates the
documents as always (:func:`watchfloor.pipeline.run`); :class:`DaskStage` sends them to
the workers in batches, where spaCy and the extractors run, and hands the finished
documents back **in input order** to the pipeline's single writer. So the store receives
exactly the batches a one-process run writes, in the same order, and the output is the
same (tests/test_dask_runner.py compares them table by table).

* ``local:N`` starts a :class:`distributed.LocalCluster` of N one-thread worker
  processes for the run; ``tcp://host:8786`` (or ``tls://``) uses an existing cluster,
  whose workers must have watchfloor installed (docs/deployment.md).
* spaCy and the data load once per worker process: :func:`extract_batch` goes through
  :func:`_stage` (cached per process), and the :class:`WarmUp` worker plugin calls it as
  each worker starts, so the first batch does not pay for it.
* Memory stays bounded: at most ``in_flight`` batches are out at a time (two per
  worker by default); the client waits for the oldest before sending more.
* A worker that dies mid-batch costs a retry: the scheduler reruns its tasks on another
  worker (and ``retries`` covers errors raised in a task). Nothing reaches the store
  until a batch is back whole, and each store batch is one transaction.
* An unreachable scheduler is a :class:`~watchfloor.errors.WatchfloorError` naming the
  address (exit code 2), raised before anything is written.
"""

from __future__ import annotations

import gc
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from watchfloor.errors import WatchfloorError
from watchfloor.model import Document

CONNECT_TIMEOUT_S = 10
TASK_RETRIES = 2
# Test hook: a marker file path; the first worker task that finds it absent creates it and
# kills its own process, so a test can see a dead worker's batch retried elsewhere.
KILL_ENV = "WATCHFLOOR_TEST_KILL_WORKER_ONCE"

_LOCAL = re.compile(r"^local:(\d+)$")
_REMOTE = re.compile(r"^(tcp|tls)://[^\s/]+:\d+$")


def check_cluster(spec: str) -> str:
    """Validate a ``--cluster`` value; RETURNS it. ``local:N`` (N ≥ 1) or ``tcp://host:port``."""
    m = _LOCAL.match(spec)
    if m and int(m.group(1)) >= 1:
        return spec
    if _REMOTE.match(spec):
        return spec
    raise WatchfloorError(
        f"--cluster {spec!r}: use local:N (N worker processes) or tcp://HOST:PORT"
    )


@lru_cache(maxsize=4)
def _stage(
    model: str, extractors: tuple[str, ...], nlp_batch_size: int, time_budget: float | None = None
) -> Any:
    """The worker process's NLP stage: spaCy and the data loaded once per process."""
    from watchfloor.nlp import NlpStage

    stage = NlpStage(model, extractors, batch_size=nlp_batch_size, time_budget=time_budget)
    if extractors:
        from watchfloor.geo import default_index

        default_index()
    list(stage.process([warm_up_document()]))  # the extractors load their data lazily
    gc.freeze()  # the loaded data out of the collector's way, as pipeline._settle does
    return stage


def warm_up_document() -> Document:
    """A short made-up article that makes every extractor load its data."""
    from watchfloor.model import RawDocument
    from watchfloor.normalise import to_document

    text = (
        "Police in Bogotá said on Monday that the gang attacked a patrol near the border"
        " with Venezuela, killing two officers, the defence minister told reporters."
    )
    return to_document(
        RawDocument(id="warm-up", text=text, origin="warm-up", fmt="text", published="2026-01-05")
    )


def extract_batch(
    docs: list[Document],
    model: str,
    extractors: tuple[str, ...],
    nlp_batch_size: int,
    time_budget: float | None = None,
) -> list[Document]:
    """Run on a worker: parse and extract one batch; RETURNS the documents, in order."""
    marker = os.environ.get(KILL_ENV)
    if marker and not Path(marker).exists():
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        os._exit(1)  # a worker dying mid-batch (test hook)
    return list(_stage(model, extractors, nlp_batch_size, time_budget).process(docs))


class WarmUp(WorkerPlugin):
    """Loads spaCy and the data as each worker starts (and restarts)."""

    name = "watchfloor-warm-up"

    def __init__(self, *args: Any) -> None:
        self.args = args  # those of _stage

    def setup(self, worker: Any) -> None:
        _stage(*self.args)


class DaskStage:
    """Same interface as :class:`~watchfloor.nlp.NlpStage` (``process``), on a cluster."""

    def __init__(
        self,
        cluster: str,
        model: str,
        extractors: Sequence[str],
        batch_size: int = 32,
        in_flight: int | None = None,
        time_budget: float | None = None,
    ) -> None:
        import dask
        from distributed import Client, LocalCluster

        check_cluster(cluster)
        self.spec = cluster
        self.model, self.extractors = model, tuple(extractors)
        self.batch_size = batch_size
        self.time_budget = time_budget
        self._cluster = None
        # no statistical profiler on the workers (it samples every thread each 10 ms:
        # CPU a batch of extraction does not need); passed on to a LocalCluster's workers
        dask.config.set(
            {
                "distributed.scheduler.allowed-failures": 3,
                "distributed.worker.profile.enabled": False,
            }
        )
        try:
            m = _LOCAL.match(cluster)
            if m:
                n = int(m.group(1))
                self._cluster = LocalCluster(
                    n_workers=n,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=40,
                )
                self.client = Client(self._cluster, timeout=CONNECT_TIMEOUT_S * 6)
            else:
                self.client = Client(cluster, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise WatchfloorError(f"cannot reach the Dask scheduler at {cluster}: {exc}") from exc
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.in_flight = in_flight or 2 * workers
        self.client.register_plugin(WarmUp(self.model, self.extractors, batch_size, time_budget))

    def process(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Yield each document, in input order, with the extraction results attached."""
        pending: deque = deque()
        batch: list[Document] = []

        def send(items: list[Document]) -> None:
            pending.append(
                self.client.submit(
                    extract_batch,
                    items,
                    self.model,
                    self.extractors,
                    self.batch_size,
                    self.time_budget,
                    retries=TASK_RETRIES,
                    pure=False,
                )
            )

        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                send(batch)
                batch = []
                while len(pending) >= self.in_flight:
                    yield from pending.popleft().result()
        if batch:
            send(batch)
        while pending:
            yield from pending.popleft().result()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
