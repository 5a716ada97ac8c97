"""The spaCy component that runs watchfloor's extractors on a parsed ``Doc``.

Registered as the factory ``"watchfloor_extract"``; it is the last component of the
pipeline built by :func:`watchfloor.nlp.pipeline.load_nlp`. It reads the document's
metadata from ``doc.user_data["wf_meta"]`` and leaves its findings, as plain data, in
``doc.user_data["wf_result"]``. An extractor that raises does not stop the batch: the
error is recorded in the result and the document is quarantined downstream; so is a
document whose extractors run past its time budget (``wf_meta["time_budget"]``, seconds;
see :mod:`watchfloor.nlp.budget`).
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from watchfloor.extract import build_extractors
from watchfloor.extract.base import Extraction
from watchfloor.model import Span
from watchfloor.nlp.budget import BudgetExceeded, time_budget

META_KEY = "wf_meta"
RESULT_KEY = "wf_result"


class ExtractComponent:
    def __init__(self, extractors: Sequence[str], lang: str = "en") -> None:
        self.names = list(extractors)
        self.lang = lang  # the pipeline's language picks the extractors (nlp/routing.py)
        self.extractors = build_extractors(self.names, lang)

    def __call__(self, doc: Doc) -> Doc:
        result = Extraction(meta=dict(doc.user_data.get(META_KEY) or {}), text=doc.text)
        result.sentences = (
            [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else []
        )
        try:
            with time_budget(result.meta.get("time_budget")) as deadline:
                for extractor in self.extractors:
                    deadline.check(extractor.name)
                    try:
                        extractor(doc, result)
                    except BudgetExceeded:
                        raise
                    except Exception as exc:  # noqa: BLE001 - per document, never fatal
                        result.errors.append(
                            f"{extractor.name}: {type(exc).__name__}: {exc}\n"
                            + "".join(traceback.format_exc(limit=3))
                        )
        except BudgetExceeded as exc:
            result.errors.insert(0, str(exc))
        doc.user_data[RESULT_KEY] = result.to_payload()
        return doc


@Language.factory(
    "watchfloor_extract",
    default_config={"extractors": ["actors", "events", "claims"]},
)
def make_extract_component(nlp: Language, name: str, extractors: list[str]) -> ExtractComponent:
    return ExtractComponent(extractors, nlp.lang)
