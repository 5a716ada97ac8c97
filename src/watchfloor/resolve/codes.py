"""Actor codes carried through cross-document resolution, date-bounded, to events' sides.

Part of :mod:`watchfloor.resolve`, run in the store's transaction right after the
records of a batch are assigned (``store.resolve_batch``), after an analyst's decision
(``store.apply_decisions``) and after a full rebuild (``store.rebuild``). An article
often names a party bare ("Santos announced") that another article coded by title
("President Juan Manuel Santos" -> COLGOV). Once both records belong to one canonical
entity, the uncoded record takes the entity's code when the evidence allows it:

* **persons**: a role code holds for a term, so only coded records of the entity whose
  documents lie within ``code_window_days`` (365) of the record's document count; one
  distinct code among them gives it, several give none (``conflict``); an undated
  document, or coded records only in undated documents, give none (no guessed dates);
* **organisations**: a code is stable, so when every coded record of the entity (dated or
  not) carries the same code, every uncoded record takes it (``stable``); when the codes
  disagree, the person rule decides (a window around dated records, none when undated).
  A **generic name** (every word a role word of ``data/actors/roles.tsv`` or of
  ``generic_name_words`` in the resolution parameters: "Interior Ministry", "General's
  Office", "the Navy"; or an acronym of one or two letters) takes no code this way
  (``generic_name``): many states have a body so named, the resolver may pool them, and
  the first judged sample (seed 1105) found 23 of 33 such codes wrong — the body's
  country comes from its own sentence (the extractor's job), not from another article.

Dates are the documents' publication dates, widened to their precision (a month-precise
date is the whole month) and compared at their farthest. Codes are kept per record in
``resolved_codes`` (the nearest coded record that backs the code, the distance in days and
the number of backing records); the extracted ``entity_records.actor_code`` is never
changed. An event side that names such a record and has no extracted code takes the code
in ``events``; ``event_code_origins`` keeps the extracted value and marks the side
``code_from = 'resolved'``, so dyad views, Goldstein totals, alerts and ``stats`` use the
code and the extraction stays recoverable. Each run first undoes what an earlier run gave
the entities in scope, then recomputes them from the final entity ids (analysts' merges
and splits applied), so re-running is idempotent and decisions win.
"""

from __future__ import annotations

import calendar
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb
import pyarrow as pa

from watchfloor.errors import WatchfloorError
from watchfloor.resolve.params import params

CODED_TYPES = ("person", "organization")
ROLES = ("source", "target")


@dataclass(frozen=True, slots=True)
class Span:
    """A publication date as the days it may stand for (its precision)."""

    lo: int
    hi: int

    def farthest(self, other: Span) -> int:
        """The largest distance in days between a day of one and a day of the other."""
        return max(abs(self.hi - other.lo), abs(other.hi - self.lo))


def span(published: str | None, precision: str | None) -> Span | None:
    """The days a stored publication date stands for; None when undated or unreadable."""
    if not published or len(published) < 4 or not published[:4].isdigit():
        return None
    try:
        if precision == "year":
            y = int(published[:4])
            return Span(date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())
        if precision == "month":
            y, m = int(published[:4]), int(published[5:7])
            last = calendar.monthrange(y, m)[1]
            return Span(date(y, m, 1).toordinal(), date(y, m, last).toordinal())
        d = date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None
    return Span(d, d)


@dataclass(slots=True)
class Rec:
    uid: str
    local_id: str
    entity_id: str
    type: str
    code: str | None
    when: Span | None
    seq: int
    name: str = ""


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """The words of roles.tsv's patterns and the parameters' generic_name_words."""
    words = set(params().generic_name_words)
    path = resources.files("watchfloor.data.actors") / "roles.tsv"
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#"):
            words.update(line.split("\t", 1)[0].lower().split())
    return frozenset(words)


def generic_name(name: str) -> bool:
    """Whether an organisation's name could be any state's body: only role and common
    words ("Interior Ministry", "the General's Office"), or an acronym of at most two
    letters ("FP", "AG")."""
    if len(re.sub(r"[^A-Za-z]", "", name)) <= 2:
        return True
    words = [
        re.sub(r"['\u2019]s$", "", w.strip(".,;:'\"<>()[]\u2019")).lower() for w in name.split()
    ]
    words = [w for w in words if w]
    return bool(words) and all(w in _generic_words() for w in words)


def choose(target: Rec, coded: list[Rec], window: int) -> tuple[dict[str, Any] | None, str]:
    """The code an uncoded record takes from its entity's coded records, with its
    evidence; or None and why (``generic_name``, ``undated``, ``out_of_window``,
    ``conflict``)."""
    codes = Counter(c.code for c in coded)
    if target.type == "organization" and generic_name(target.name):
        return None, "generic_name"
    if target.type == "organization" and len(codes) == 1:
        near = _nearest(target, coded)
        return _given(target, near, "stable", len(coded)), "stable"
    if target.when is None:
        return None, "undated"
    inside = [c for c in coded if c.when is not None and target.when.farthest(c.when) <= window]
    if not inside:
        return None, "out_of_window"
    if len({c.code for c in inside}) > 1:
        return None, "conflict"
    return _given(target, _nearest(target, inside), "window", len(inside)), "window"


def _nearest(target: Rec, coded: list[Rec]) -> Rec:
    def key(c: Rec) -> tuple:
        if target.when is None or c.when is None:
            return (1, 0, c.seq, c.local_id)
        return (0, target.when.farthest(c.when), c.seq, c.local_id)

    return min(coded, key=key)


def _given(target: Rec, source: Rec, basis: str, n: int) -> dict[str, Any]:
    days = None
    if target.when is not None and source.when is not None:
        days = target.when.farthest(source.when)
    return {
        "uid": target.uid,
        "local_id": target.local_id,
        "entity_id": target.entity_id,
        "actor_code": source.code,
        "basis": basis,
        "from_uid": source.uid,
        "from_local_id": source.local_id,
        "days": days,
        "n_sources": n,
    }


def _scope(entity_ids: Iterable[str] | None, alias: str = "r") -> tuple[str, list[Any]]:
    if entity_ids is None:
        return "TRUE", []
    return f"{alias}.entity_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(entity_ids)]


def undo(con: duckdb.DuckDBPyConnection, entity_ids: Iterable[str] | None = None) -> int:
    """Give back the extracted codes of event sides coded through the records of these
    entities (all when None) and forget those records' resolved codes. RETURNS the
    number of event sides restored."""
    ids = None if entity_ids is None else sorted(set(entity_ids))
    where, p = _scope(ids)
    mine = (
        (
            "SELECT o.event_id, o.role, o.extracted_code FROM event_code_origins o"
            " JOIN entity_records r ON r.uid = o.uid AND r.local_id = o.local_id"
            f" WHERE {where}"
        )
        if ids is not None
        else "SELECT event_id, role, extracted_code FROM event_code_origins"
    )
    n = con.execute(f"SELECT count(*) FROM ({mine}) x", p).fetchone()[0]
    for role in ROLES:
        con.execute(
            f"UPDATE events SET {role}_code = x.extracted_code FROM ({mine}) x"
            f" WHERE events.event_id = x.event_id AND x.role = '{role}'",
            p,
        )
    if ids is None:
        con.execute("DELETE FROM event_code_origins")
        con.execute("DELETE FROM resolved_codes")
    else:
        con.execute(
            f"DELETE FROM event_code_origins WHERE event_id IN (SELECT x.event_id FROM ({mine}) x)",
            p,
        )
        # by the record (its entity may have changed since) and by the entity
        con.execute(
            "DELETE FROM resolved_codes WHERE entity_id IN (SELECT unnest(?::VARCHAR[]))"
            " OR uid || chr(31) || local_id IN (SELECT r.uid || chr(31) || r.local_id"
            f" FROM entity_records r WHERE {where})",
            [ids, *p],
        )
    return n


MODES = ("none", "persons", "all")


def mode() -> str:
    """Which records take codes through resolution: ``none`` (the default: judged
    precision of the codes so given was .61-.68 on two samples, below the extractor's
    .91, for three event sides in 800 articles; docs/resolution.md), ``persons`` (the
    date window only) or ``all``. ``$WATCHFLOOR_CODE_PROPAGATION`` overrides the
    ``code_propagation`` parameter."""
    value = os.environ.get("WATCHFLOOR_CODE_PROPAGATION") or params().code_propagation
    if value not in MODES:
        raise WatchfloorError(f"code propagation mode {value!r}: expected one of {MODES}")
    return value


def propagate(
    con: duckdb.DuckDBPyConnection, entity_ids: Iterable[str] | None = None
) -> dict[str, int]:
    """Recompute the resolved codes of the records of these entities (all when None) and
    carry them to event sides without an extracted code, as :func:`mode` allows (with
    ``none`` it only takes back what an earlier run gave). RETURNS counts: records coded
    by each basis, records left uncoded by reason, event sides coded."""
    ids = None if entity_ids is None else sorted(set(entity_ids))
    if ids is not None and not ids:
        return {}
    undo(con, ids)
    which = mode()
    if which == "none":
        return {}
    types = CODED_TYPES if which == "all" else ("person",)
    where, p = _scope(ids)
    rows = con.execute(
        "SELECT r.uid, r.local_id, r.entity_id, r.type, r.actor_code, d.published,"
        " d.published_precision, r.seq, r.name FROM entity_records r JOIN documents d USING (uid)"
        f" WHERE {where} AND list_contains(?, r.type)"
        " AND r.local_id NOT LIKE 'act:%' ORDER BY r.entity_id, r.seq, r.local_id",
        [*p, list(types)],
    ).fetchall()
    by_entity: dict[str, list[Rec]] = {}
    for uid, local_id, eid, etype, code, published, precision, seq, name in rows:
        by_entity.setdefault(eid, []).append(
            Rec(uid, local_id, eid, etype, code or None, span(published, precision), seq, name)
        )
    window = params().code_window_days
    given: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for recs in by_entity.values():
        coded = [r for r in recs if r.code]
        if not coded:
            continue
        for r in recs:
            if r.code:
                continue
            out, why = choose(r, coded, window)
            counts[why] += 1
            if out is not None:
                given.append(out)
    if given:
        con.register("resolved_rows", pa.Table.from_pylist(given, schema=_SCHEMA))
        try:
            con.execute("INSERT INTO resolved_codes SELECT * FROM resolved_rows")
        finally:
            con.unregister("resolved_rows")
    sides = 0
    rc_where, rc_p = _scope(ids, "rc")
    for role in ROLES:
        con.execute(
            "INSERT INTO event_code_origins SELECT DISTINCT e.event_id, f.role,"
            f" e.{role}_code, rc.actor_code, 'resolved', rc.uid, rc.local_id"
            " FROM entity_refs f JOIN resolved_codes rc ON rc.uid = f.uid"
            " AND rc.local_id = f.local_id JOIN events e ON e.event_id = f.ref_id"
            f" WHERE f.role = '{role}' AND coalesce(e.{role}_code, '') = '' AND {rc_where}",
            rc_p,
        )
        con.execute(
            f"UPDATE events SET {role}_code = o.code FROM event_code_origins o"
            f" WHERE events.event_id = o.event_id AND o.role = '{role}'"
            f" AND coalesce(events.{role}_code, '') = ''"
        )
    sides = con.execute(
        "SELECT count(*) FROM event_code_origins o JOIN resolved_codes rc"
        f" ON rc.uid = o.uid AND rc.local_id = o.local_id WHERE {rc_where}",
        rc_p,
    ).fetchone()[0]
    return {**dict(sorted(counts.items())), "event_sides": sides}


_SCHEMA = pa.schema(
    [
        ("uid", pa.string()),
        ("local_id", pa.string()),
        ("entity_id", pa.string()),
        ("actor_code", pa.string()),
        ("basis", pa.string()),
        ("from_uid", pa.string()),
        ("from_local_id", pa.string()),
        ("days", pa.int32()),
        ("n_sources", pa.int32()),
    ]
)
