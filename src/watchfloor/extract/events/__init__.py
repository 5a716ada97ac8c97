"""The event extractor: who did what to whom, where and when, coded with CAMEO.

Reads: spaCy's parse, the entities of the actor extractor, the event lexicon
(:mod:`watchfloor.extract.lexicon`, ``watchfloor/data/events/``) and the document's
publication date.
Adds: :class:`watchfloor.model.Event` records (CAMEO code, quad class, Goldstein,
PLOVER, modality, source and target, place, date, quantities) to ``Extraction.events``,
and the document-level quantities.

Modules: :mod:`.coder` (the :class:`EventExtractor` component: triggers, codes, one
event per source-target pair), :mod:`.classify` (the trained ``event_class`` model that
decides relevance and class where it and the coder disagree), :mod:`.fallback` (the
events it proposes where the coder found none), :mod:`.argmodel` (the
trained ``event_args`` picker of source and target phrases), :mod:`.arguments` (source
and target from the parse by rules), :mod:`.bounds` (last touches to a side's phrase:
closed brackets, no trailing date, a possessor's owned noun phrase),
:mod:`.modality` (negated, hypothetical, alleged, future), :mod:`.place`, :mod:`.dates`
(the event's date), :mod:`.quantities` (casualties, seizures and other figures).
"""

from watchfloor.extract.events.coder import EventExtractor

__all__ = ["EventExtractor"]
