"""Run Spanish sentences (written for these tests) through the routed NLP stage."""

from __future__ import annotations

from functools import lru_cache

from watchfloor.model import Document, RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document


@lru_cache(maxsize=1)
def stage() -> NlpStage:
    return NlpStage()


def run_es(*texts: str) -> list[Document]:
    docs = [
        to_document(RawDocument(id=f"es{i}", text=t, origin=f"es{i}", fmt="text", language="es"))
        for i, t in enumerate(texts)
    ]
    return list(stage().process(docs))


def one(text: str) -> Document:
    return run_es(text)[0]


def codes(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.source_code, e.target_code) for e in doc.events]


def entity(doc: Document, mention: str):
    return next((e for e in doc.entities if any(m.text == mention for m in e.mentions)), None)
