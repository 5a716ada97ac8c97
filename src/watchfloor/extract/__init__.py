"""Extractors: actors, events and claims, each a component over the shared document model.

Look up an extractor by name with :func:`build_extractors`; register a new one by adding
its ``module:Class`` path to :data:`REGISTRY` (no other code changes). Spanish documents
get the Spanish extractors of :data:`REGISTRIES` (same names, same output records; chosen
by the language of the spaCy pipeline, see :mod:`watchfloor.nlp.routing`).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module

from watchfloor.extract.base import Extraction, Extractor

REGISTRY: dict[str, str] = {
    "actors": "watchfloor.extract.actors:ActorExtractor",
    "events": "watchfloor.extract.events:EventExtractor",
    "claims": "watchfloor.extract.claims:ClaimExtractor",
}

# --- language hook (issue 17): per-language registries; English is REGISTRY itself.
REGISTRIES: dict[str, dict[str, str]] = {
    "en": REGISTRY,
    "es": {
        "actors": "watchfloor.extract.spanish.actors:SpanishActorExtractor",
        "events": "watchfloor.extract.spanish.events:SpanishEventExtractor",
        "claims": "watchfloor.extract.spanish.claims:SpanishClaimExtractor",
    },
}

DEFAULT_EXTRACTORS: tuple[str, ...] = ("actors", "events", "claims")


def build_extractors(
    names: Sequence[str] = DEFAULT_EXTRACTORS, lang: str = "en"
) -> list[Extractor]:
    """Instantiate the named extractors for a language, in order. RETURNS the extractors."""
    registry = REGISTRIES.get(lang, REGISTRY)
    out: list[Extractor] = []
    for name in names:
        if name not in registry:
            raise KeyError(f"unknown extractor {name!r}; known: {', '.join(registry)}")
        module, _, cls = registry[name].partition(":")
        out.append(getattr(import_module(module), cls)())
    return out


__all__ = [
    "DEFAULT_EXTRACTORS",
    "REGISTRIES",
    "REGISTRY",
    "Extraction",
    "Extractor",
    "build_extractors",
]
