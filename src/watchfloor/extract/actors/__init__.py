"""The actor extractor: who is named in a document, what kind of actor, and its code.

Reads: spaCy's tokens, parse and named entities; the actor gazetteer and role words
(:mod:`watchfloor.extract.gazetteer`, ``watchfloor/data/actors/``); the place index
(:mod:`watchfloor.geo`).
Adds: :class:`watchfloor.model.Entity` records with their mentions, type, kind,
CAMEO-style actor code and geocoded place to ``Extraction.entities``; the events and
claims extractors that run after it read them.

Modules: :mod:`.extractor` (the :class:`ActorExtractor` component, composed of one module
per step: its docstring lists them; what it reads once per document is in
:mod:`.document_facts`), :mod:`.codes` (which code a mention gets: the article's date, the name, the
title, the article's country), :mod:`.petrarch` (the PETRARCH2 dictionary syntax, read at
build time by ``scripts/convert_petrarch.py``, and the converted files).
"""

from watchfloor.extract.actors.extractor import ActorExtractor

__all__ = ["ActorExtractor"]
