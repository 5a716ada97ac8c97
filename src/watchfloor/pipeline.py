"""The whole road, wired: ingest → normalise → dedup → NLP/extract → store or JSONL.

:func:`run` streams inputs through the stages in batches and hands each finished batch
to a sink — the store (``watchfloor ingest``) or a JSONL writer (``watchfloor extract``) —
through a background writer (:mod:`watchfloor.batch_writer`), so the next batch is parsed
while the last one is stored. Memory is bounded by the batch size (at most three batches
are held): nothing holds the corpus. Bad items become
:class:`~watchfloor.model.Quarantined` records and the run goes on.
"""

from __future__ import annotations

import gc
import hashlib
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from watchfloor.batch_writer import BatchWriter
from watchfloor.contract import document_to_dict, dumps
from watchfloor.dedup import ClusterAssigner, DedupParams
from watchfloor.errors import Reason
from watchfloor.extract import DEFAULT_EXTRACTORS
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.ingest.limits import quarantined
from watchfloor.model import Document, Quarantined, RawDocument
from watchfloor.nlp import DEFAULT_MODEL, NlpStage
from watchfloor.nlp.budget import BUDGET_PREFIX, DEFAULT_BUDGET
from watchfloor.normalise import to_document
from watchfloor.store.duckdb_store import DuckDBStore


class Sink(Protocol):
    """Where finished batches go; called on the writer thread, one batch at a time, in order."""

    def write_batch(self, docs: Sequence[Document], quarantined: Sequence[Quarantined]) -> str: ...


@dataclass
class RunOptions:
    # Documents per store transaction (and per dedup look-up). Each transaction has a
    # fixed cost of some forty statements, so larger batches store faster (Reuters: 3.4 ms
    # a document at 32, 1.6 ms at 256); a kill loses at most the batch in flight.
    batch_size: int = 256
    nlp_batch_size: int = 32  # documents per spaCy batch (nlp.pipe)
    workers: int = 1
    model: str = DEFAULT_MODEL
    extractors: Sequence[str] = DEFAULT_EXTRACTORS
    limits: IngestLimits = field(default_factory=IngestLimits)
    # Seconds of extraction per document; a document over it is quarantined (TIME_BUDGET).
    time_budget: float | None = DEFAULT_BUDGET
    allow_network: bool = False
    dedup: DedupParams = field(default_factory=DedupParams)
    # Run spaCy and the extractors on a Dask cluster: "local:N" or "tcp://host:port"
    # (watchfloor.dask_runner); None: in this process.
    cluster: str | None = None
    # Held while each batch is written (live mode: an analyst's decision waits for it).
    write_lock: AbstractContextManager | None = None
    # Called with (documents, store) after each committed batch, on the writer thread with
    # its own store handle: watchlists and alerts (watchfloor.watch.Watcher.after_batch,
    # which never raises).
    after_batch: Callable[[Sequence[Document], DuckDBStore], None] | None = None


@dataclass
class RunReport:
    documents: int = 0  # newly processed and written
    skipped: int = 0  # already in the store (idempotent re-run)
    duplicates: int = 0  # exact or near copies of an earlier document
    quarantined: list[Quarantined] = field(default_factory=list)
    batches: int = 0
    repaired: int = 0  # stored with a note (invalid Unicode or bytes replaced)

    @property
    def failed(self) -> bool:
        return bool(self.quarantined)


def run(
    inputs: Iterable[str],
    sink: Sink,
    index: DuckDBStore,
    opts: RunOptions,
    progress: Callable[[int], None] | None = None,
    read_items: Iterable[RawDocument | Quarantined] | None = None,
) -> RunReport:
    """Process every input into ``sink``; ``index`` answers dedup and 'already seen'.
    ``read_items``: documents already read (live mode's polled sources) instead of ``inputs``."""
    report = RunReport()
    assigner = ClusterAssigner(index, opts.dedup)
    quarantine: deque[Quarantined] = deque()
    nlp_batch = min(opts.batch_size, opts.nlp_batch_size)
    if opts.cluster:
        from watchfloor.dask_runner import DaskStage

        stage: NlpStage | DaskStage = DaskStage(
            opts.cluster,
            opts.model,
            opts.extractors,
            batch_size=nlp_batch,
            time_budget=opts.time_budget,
        )
    else:
        stage = NlpStage(
            opts.model,
            opts.extractors,
            batch_size=nlp_batch,
            workers=opts.workers,
            time_budget=opts.time_budget,
        )
    _settle(bool(opts.extractors) and not opts.cluster)

    store = index.thread_handle()  # the writer thread's own connection
    out: Sink = store if sink is index else sink

    def _write(job: tuple[list[Document], list[Quarantined]]) -> list[str]:
        """Store one batch (writer thread); RETURNS its uids, now committed."""
        docs, items = job
        with opts.write_lock or nullcontext():
            out.write_batch(docs, items)
        if opts.after_batch and docs:
            opts.after_batch(docs, store)
        if out is not store:
            store.write_batch(docs, [], index_only=True)
        report.documents += len(docs)
        report.repaired += sum(1 for d in docs if d.raw.notes)
        report.duplicates += sum(1 for d in docs if d.duplicate_of)
        report.quarantined.extend(items)
        report.batches += 1
        if progress:
            progress(len(docs) + len(items))
        return [d.uid for d in docs]

    writer = BatchWriter(_write, depth=1)

    def fresh_documents() -> Iterator[Document]:
        for chunk in _chunks(
            read_items
            if read_items is not None
            else iter_documents(inputs, limits=opts.limits, allow_network=opts.allow_network),
            opts.batch_size,
        ):
            docs: list[Document] = []
            for item in chunk:
                if isinstance(item, Quarantined):
                    quarantine.append(item)
                elif isinstance(doc := _identified(item), Quarantined):
                    quarantine.append(doc)
                else:
                    docs.append(doc)
            # Forget what is committed *before* asking the store: a document is then
            # either visible there or still pending here, never neither.
            for uids in writer.committed():
                assigner.forget(uids)
            known = index.existing(d.uid for d in docs) | assigner.pending_uids()
            new = []
            for d in docs:
                if d.uid in known:
                    report.skipped += 1
                else:
                    known.add(d.uid)
                    new.append(d)
            if new:
                assigner.assign(new)
                yield from new

    batch: list[Document] = []

    def flush() -> None:
        items = [quarantine.popleft() for _ in range(len(quarantine))]
        if batch or items:
            writer.submit((list(batch), items))
        batch.clear()

    try:
        for doc in stage.process(fresh_documents()):
            if doc.processing_error:
                quarantine.append(_failed(doc))
            else:
                batch.append(doc)
            if len(batch) + len(quarantine) >= opts.batch_size:
                flush()
        flush()
    finally:
        try:
            writer.close()
        finally:
            store.close()
            if opts.cluster:
                stage.close()
    return report


_settled = False


def _settle(extracting: bool) -> None:
    """Load the process-wide data now and take it out of the cyclic collector's way.

    The spaCy model, the gazetteers, the place index and the language model are some
    hundred thousand objects that live as long as the process; every full collection
    would scan them again (about 15% of the extractors' time on Reuters). ``gc.freeze``
    moves everything alive at this point out of the collector's generations, once per
    process, so a server calling :func:`run` again does not pin later garbage.
    """
    global _settled
    if _settled:
        return
    from watchfloor.ingest.language import detect_language

    detect_language("warm up the language identifier with a sentence")
    if extracting:
        from watchfloor.geo import default_index

        default_index()
    gc.freeze()
    _settled = True


def _identified(raw: RawDocument) -> Document | Quarantined:
    """RETURNS the document with its keys, or a PROCESSING_FAILED record for this document
    alone when that fails unexpectedly (its neighbours in the batch go on)."""
    try:
        return to_document(raw)
    except Exception as exc:  # noqa: BLE001 - one document's failure is quarantined alone
        data = raw.text.encode("utf-8", "surrogatepass")
        return quarantined(
            raw.origin,
            Reason.PROCESSING_FAILED,
            f"processing failed: {type(exc).__name__}: {exc}",
            data,
            IngestLimits(),
        )


def _failed(doc: Document) -> Quarantined:
    data = doc.text.encode("utf-8")
    code = (
        Reason.TIME_BUDGET
        if doc.processing_error.startswith(BUDGET_PREFIX)
        else (Reason.PROCESSING_FAILED)
    )
    first = doc.processing_error.splitlines()[0]
    return Quarantined(
        origin=doc.raw.origin,
        code=code.value,
        reason=first if code is Reason.TIME_BUDGET else f"processing failed: {first}",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
    )


def _chunks(items: Iterable[RawDocument | Quarantined], size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class JsonlSink:
    """Writes each document as one JSON object (the v1 contract) to a stream."""

    def __init__(self, out: IO[str], include_text: bool = True) -> None:
        self.out = out
        self.include_text = include_text
        self.quarantined: list[Quarantined] = []

    def write_batch(self, docs: Sequence[Document], quarantined: Sequence[Quarantined]) -> str:
        for doc in docs:
            self.out.write(dumps(document_to_dict(doc)) + "\n")
        self.out.flush()
        self.quarantined.extend(quarantined)
        return "jsonl"


def ingest(
    inputs: Iterable[str],
    db: str | Path,
    opts: RunOptions,
    progress: Callable[[int], None] | None = None,
) -> RunReport:
    """Run the pipeline into the store at ``db`` (a DuckDB file or a PostgreSQL URL)."""
    from watchfloor.store.open import open_store

    with open_store(db) as store:
        return run(inputs, store, store, opts, progress)


def extract(
    inputs: Iterable[str],
    out: IO[str],
    opts: RunOptions,
    progress: Callable[[int], None] | None = None,
) -> RunReport:
    """Run the pipeline without a store, writing the JSONL contract to ``out``.

    Deduplication still needs to remember earlier documents: it keeps a slim index
    (identity, signature, band keys; no text) in a scratch DuckDB file, so memory stays
    bounded however long the stream.
    """
    with (
        tempfile.TemporaryDirectory(prefix="watchfloor-") as tmp,
        DuckDBStore(Path(tmp) / "index.duckdb") as scratch,
    ):
        return run(inputs, JsonlSink(out), scratch, opts, progress)
