"""Run short sentences through the real NLP stage with the actor and event extractors."""

from __future__ import annotations

from watchfloor.model import Document, Event, RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

PUBLISHED = "2025-09-15"  # a Monday


def parse(*texts: str, published: str | None = PUBLISHED) -> list[Document]:
    stage = NlpStage(extractors=("actors", "events"))
    raws = [
        to_document(RawDocument(id=f"t{i}", text=t, origin="test", fmt="text", published=published))
        for i, t in enumerate(texts)
    ]
    return list(stage.process(raws))


def events(text: str, trigger: str, published: str | None = PUBLISHED) -> list[Event]:
    """The events of ``text`` whose trigger starts with ``trigger`` (lower case)."""
    doc = parse(text, published=published)[0]
    return [e for e in doc.events if e.trigger.text.lower().startswith(trigger)]


def event(text: str, trigger: str, published: str | None = PUBLISHED) -> Event:
    found = events(text, trigger, published)
    if not found:
        triggers = [e.trigger.text for e in parse(text, published=published)[0].events]
        raise AssertionError(f"no {trigger!r} event in {text!r}: {triggers}")
    return found[0]
