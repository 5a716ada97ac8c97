"""One reading of a Spanish actor mention (extract stage, Spanish actors).

:class:`Reading` is what the Spanish actor extractor (:mod:`.actors`) builds for a span before
it becomes an entity, and what its helpers (:mod:`.role_country`, :mod:`.capitals`,
:mod:`.pairs`) read and adjust. It lives here, apart from the extractor, so that those helpers
can name it without importing the extractor that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.extract.gazetteer import GazetteerEntry


@dataclass(slots=True)
class Reading:
    start: int  # token indices
    end: int
    name: str
    type: str
    kind: str | None
    country: str | None
    code: str | None
    origin: str  # gazetteer | petrarch | ner | role | demonym
    entry: GazetteerEntry | None = None
    chars: tuple[int, int] = (0, 0)  # character offsets in the document's text
    inferred: bool = False  # the country is the story's, not the phrase's own
    pair: list[Reading] | None = None  # "ambos países": the two countries' readings
