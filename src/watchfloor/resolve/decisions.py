"""Analysts' decisions on entities (merge, split), applied after the automatic resolver.

Part of :mod:`watchfloor.resolve`. A decision is kept in the ``entity_decisions`` table
and applied, in the order made, to every record's automatic entity id; a record's final
entity id is therefore a function of its automatic id and the decisions, so decisions
hold for records stored later, after a rebuild and after re-ingest, and the automatic
resolver cannot undo them.

* ``merge A B``: every record that ends up in ``B`` goes to ``A``.
* ``split E --alias X``: records of ``E`` whose document-level name is ``X`` (compared
  folded) leave it for ``E~x``; ``split E --document D`` does the same for the records
  of document ``D``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.extract.gazetteer import slug
from watchfloor.resolve import names


@dataclass(frozen=True, slots=True)
class Decision:
    decision_id: int
    action: str  # merge | split
    entity_id: str  # merge: the entity kept; split: the entity split
    other_id: str | None = None  # merge: the entity merged into entity_id
    alias: str | None = None  # split by document-level name
    document: str | None = None  # split by document id
    reason: str | None = None
    created_at: str | None = None

    @property
    def split_id(self) -> str:
        what = self.alias if self.alias is not None else f"doc-{self.document}"
        return f"{self.entity_id}~{slug(what)}"

    def matches(self, name: str, doc_id: str) -> bool:
        if self.alias is not None:
            return names.norm(name) == names.norm(self.alias)
        return doc_id == self.document


def final_id(auto_id: str, name: str, doc_id: str, decisions: Sequence[Decision]) -> str:
    """The entity a record belongs to once every decision is applied in order."""
    cur = auto_id
    for d in decisions:
        if d.action == "merge":
            if cur == d.other_id:
                cur = d.entity_id
        elif d.action == "split" and cur == d.entity_id and d.matches(name, doc_id):
            cur = d.split_id
    return cur
