"""Extractors: actors, events and claims, each a component over the shared document model.

Look up an extractor by name with :func:`build_extractors`; register a new one by adding
its ``module:Class`` path to :data:`REGISTRY` (no other code changes).
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

DEFAULT_EXTRACTORS: tuple[str, ...] = ("actors", "events", "claims")


def build_extractors(names: Sequence[str] = DEFAULT_EXTRACTORS) -> list[Extractor]:
    """Instantiate the named extractors, in order. RETURNS the extractor objects."""
    out: list[Extractor] = []
    for name in names:
        if name not in REGISTRY:
            raise KeyError(f"unknown extractor {name!r}; known: {', '.join(REGISTRY)}")
        module, _, cls = REGISTRY[name].partition(":")
        out.append(getattr(import_module(module), cls)())
    return out


__all__ = ["DEFAULT_EXTRACTORS", "REGISTRY", "Extraction", "Extractor", "build_extractors"]
