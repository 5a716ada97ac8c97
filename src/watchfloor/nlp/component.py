"""The spaCy component that runs watchfloor's extractors on a parsed ``Doc``.

Registered as the factory ``"watchfloor_extract"``; it is the last component of the
pipeline built by :func:`watchfloor.nlp.pipeline.load_nlp`. It reads the document's
metadata from ``doc.user_data["wf_meta"]`` and leaves its findings, as plain data, in
``doc.user_data["wf_result"]``. An extractor that raises does not stop the batch: the
error is recorded in the result and the document is quarantined downstream; so is a
document whose extractors run past its time budget (``wf_meta["time_budget"]``, seconds;
see :mod:`watchfloor.nlp.budget`). Under ``nlp.pipe`` the trailing batch extractors
(claims) finish each spaCy batch in one step (:meth:`ExtractComponent.pipe`).
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from watchfloor.extract import build_extractors, doccache
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import sentence_bounds
from watchfloor.model import Span
from watchfloor.nlp.budget import BudgetExceeded, time_budget

META_KEY = "wf_meta"
RESULT_KEY = "wf_result"


class ExtractComponent:
    def __init__(self, extractors: Sequence[str], lang: str = "en") -> None:
        self.names = list(extractors)
        self.lang = lang  # the pipeline's language picks the extractors (nlp/routing.py)
        self.extractors = build_extractors(self.names, lang)
        # the trailing extractors that finish a whole batch at once (nothing after them
        # reads their records before they are complete)
        self.batched: list[Any] = []
        for extractor in reversed(self.extractors):
            if not (hasattr(extractor, "begin") and hasattr(extractor, "finish_batch")):
                break
            self.batched.insert(0, extractor)

    def __call__(self, doc: Doc) -> Doc:
        result, _ = self._extract(doc, batched=False)
        doc.user_data[RESULT_KEY] = result.to_payload()
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """spaCy's batch entry (``nlp.pipe``): each document as in :meth:`__call__`, except
        that the trailing batch extractors (:class:`~watchfloor.extract.base.BatchExtractor`)
        finish the whole batch at once (e.g. one check-worthiness model call for all its
        sentences). That last step runs outside the per-document time budget. After the
        first batch the process's heap is frozen once (:func:`settle_heap`)."""
        for batch in minibatch(docs, size=batch_size):
            done = [(doc, *self._extract(doc, batched=True)) for doc in batch]
            for extractor in self.batched:
                self._finish(
                    extractor,
                    [
                        (result, pending[extractor.name])
                        for _, result, pending in done
                        if extractor.name in pending
                    ],
                )
            for doc, result, _ in done:
                doc.user_data[RESULT_KEY] = result.to_payload()
            doccache.forget()  # the batch is coded: its parsed documents are not kept
            for doc, _, _ in done:
                yield doc
            del done, batch  # the caller holds the documents it keeps
            settle_heap()

    def _extract(self, doc: Doc, batched: bool) -> tuple[Extraction, dict[str, Any]]:
        """Run the extractors on one document; RETURNS its result and, when ``batched``,
        the pending work of each batch extractor (by name)."""
        text = doccache.doc_text(doc)  # ``doc.text``, built once for the extractors too
        result = Extraction(meta=dict(doc.user_data.get(META_KEY) or {}), text=text)
        # a sentence's text is its slice of the document's (``Span.text`` would rebuild it
        # from Token objects, sentence after sentence); the offsets from the arrays
        result.sentences = (
            [Span(a, b, text[a:b]) for a, b in sentence_bounds(doc)]
            if doc.has_annotation("SENT_START")
            else []
        )
        pending: dict[str, Any] = {}
        try:
            with time_budget(result.meta.get("time_budget")) as deadline:
                for extractor in self.extractors:
                    deadline.check(extractor.name)
                    try:
                        if batched and extractor in self.batched:
                            pending[extractor.name] = extractor.begin(doc, result)
                        else:
                            extractor(doc, result)
                    except BudgetExceeded:
                        raise
                    except Exception as exc:  # noqa: BLE001 - per document, never fatal
                        result.errors.append(_error(extractor.name, exc))
        except BudgetExceeded as exc:
            result.errors.insert(0, str(exc))
            pending.clear()
        return result, pending

    @staticmethod
    def _finish(extractor: Any, items: list[tuple[Extraction, Any]]) -> None:
        """``finish_batch`` over the batch; when it fails, each document again on its own,
        so only the culprit keeps an error."""
        if not items:
            return
        try:
            extractor.finish_batch([p for _, p in items])
            return
        except Exception:  # noqa: BLE001 - retried one by one below
            pass
        for result, p in items:
            try:
                extractor.finish_batch([p])
            except Exception as exc:  # noqa: BLE001 - this document only
                result.errors.append(_error(extractor.name, exc))


_SETTLED: list[bool] = []  # one item once the heap is frozen (once per process)


def settle_heap() -> None:
    """Moves every object alive now to the garbage collector's permanent generation
    (``gc.collect()`` then ``gc.freeze()``), once per process; later calls do nothing.

    The extractors allocate many short-lived objects per document, and each of the
    collector's full (oldest-generation) passes walks every object the process holds: the
    spaCy model, the gazetteer, the word lists and the models the extractors loaded on
    the first batch, about half a million objects that live as long as the process.
    Frozen, they are no longer walked, so a full pass costs what the documents in flight
    hold (about 0.3 s less collector time per 100 InSight Crime articles; speed46). The
    frozen objects are still freed when their last reference goes; only a reference
    cycle among them outlives its use, which the ``gc.collect()`` first keeps to the
    garbage of that moment. The findings do not change. ``watchfloor run`` froze the heap
    before its first document already (``pipeline._settle``), but before the extractors'
    lazily loaded models, and the other callers of ``nlp.pipe`` did not."""
    if _SETTLED:
        return
    _SETTLED.append(True)
    gc.collect()
    gc.freeze()


def _error(name: str, exc: Exception) -> str:
    return f"{name}: {type(exc).__name__}: {exc}\n" + "".join(traceback.format_exc(limit=3))


@Language.factory(
    "watchfloor_extract",
    default_config={"extractors": ["actors", "events", "claims"]},
)
def make_extract_component(nlp: Language, name: str, extractors: list[str]) -> ExtractComponent:
    return ExtractComponent(extractors, nlp.lang)
