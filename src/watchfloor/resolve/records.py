"""Resolution records: one per document-level entity, the unit cross-document
resolution assigns to a canonical entity.

Part of :mod:`watchfloor.resolve`. The actor extractor groups the mentions of one actor
inside a document into an :class:`~watchfloor.model.Entity` whose id is a key of its
name and type (``per:nicolas-maduro``); that id is the record's ``local_id``. The record
keeps what resolution compares: the name and the surface forms, type, kind, actor code,
country, and the other actors of the same document (its context).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from watchfloor.model import Document
from watchfloor.resolve.params import params


@dataclass(slots=True)
class Record:
    uid: str
    seq: int
    doc_id: str
    local_id: str
    name: str
    type: str
    kind: str | None = None
    actor_code: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    n_mentions: int = 0
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def bare(self) -> bool:
        """A one-word person name: a surname or a mononym, resolved with care."""
        return self.type == "person" and len(self.name.split()) == 1


def records_from_document(doc: Document, seq: int) -> list[Record]:
    """The records of one document, in resolution order (full names before bare ones,
    then by local id), each with the document's other informative actors as context."""
    ignore = params().context_ignore_kinds
    informative = sorted(
        {e.id for e in doc.entities if e.kind not in ignore and not e.id.startswith("act:")}
    )
    out = []
    for ent in doc.entities:
        aliases = sorted({ent.name, *(m.text for m in ent.mentions)})
        out.append(
            Record(
                uid=doc.uid,
                seq=seq,
                doc_id=doc.raw.id,
                local_id=ent.id,
                name=ent.name,
                type=ent.type,
                kind=ent.kind,
                actor_code=ent.actor_code,
                country=ent.country,
                aliases=aliases,
                context=[k for k in informative if k != ent.id],
                n_mentions=len(ent.mentions),
                attributes=dict(ent.attributes),
            )
        )
    return order(out)


def order(records: list[Record]) -> list[Record]:
    """Resolution order inside one document: named actors first, bare names last."""
    return sorted(records, key=lambda r: (r.bare, r.local_id))
