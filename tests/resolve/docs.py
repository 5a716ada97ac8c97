"""Small documents with hand-set entities, written through the real DuckDB store."""

from __future__ import annotations

from watchfloor.extract.gazetteer import slug
from watchfloor.model import Entity, Mention, RawDocument
from watchfloor.normalise import to_document

PREFIX = {"person": "per", "organization": "org", "location": "loc"}


def make_doc(doc_id: str, text: str, actors: list[tuple], published: str = "2026-09-01"):
    """``actors``: (name, type, kind, code, country[, surface]) — the surface (default the
    name) must occur in ``text``; it becomes the entity's one mention."""
    doc = to_document(
        RawDocument(
            id=doc_id,
            text=text,
            origin=doc_id,
            fmt="json",
            published=published,
            source=f"outlet-{doc_id}",
        )
    )
    for name, etype, kind, code, country, *surface in actors:
        s = surface[0] if surface else name
        start = text.index(s)
        doc.entities.append(
            Entity(
                f"{PREFIX[etype]}:{slug(name)}",
                name,
                etype,
                kind,
                code,
                country,
                [Mention(start, start + len(s), s)],
            )
        )
    doc.cluster_id = doc.uid
    return doc
