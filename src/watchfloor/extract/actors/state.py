"""What the parts of the actor extractor share while they read one document.

:class:`ActorExtractor` is assembled from one mixin per job (titles, role phrases,
coding, grouping ...); each mixin reads the gazetteer and the document being read through
the attributes declared here, which :class:`ActorExtractor` sets.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from watchfloor.extract.actors.codes import Period
from watchfloor.extract.gazetteer import Gazetteer


class ExtractorState:
    """The attributes every part of :class:`ActorExtractor` reads."""

    gaz: Gazetteer  # the actor gazetteer
    _period: Period | None  # the document being read: its date (None: undated)
    _text: str  # ... and its text (``Doc.text`` rebuilds the string on every read)
