"""The automatic cross-document resolver: each new record joins one canonical entity or
starts a new one, with the evidence for every merge and every refusal.

Part of :mod:`watchfloor.resolve`. Records are taken strictly in document order (store
sequence), and inside a document in :func:`records.order`; candidates are the entities
sharing a blocking key (:func:`names.keys`). The resolver holds no global state of its
own: a :class:`CandidateSource` gives it the stored entities, so resolving a corpus in
one batch or in many gives the same assignment. Analysts' decisions are applied after
it (:mod:`.decisions`), so it can never override them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from watchfloor.resolve import names
from watchfloor.resolve.params import params
from watchfloor.resolve.records import Record

# Strength of a name match; higher wins among compatible candidates.
RANK = {"same": 6, "alias": 5, "contained": 4, "acronym": 3, "fuzzy": 2, "surname": 1}


@dataclass(slots=True)
class AutoEntity:
    """What the resolver knows about one automatically formed entity."""

    id: str
    type: str
    names: Counter[str] = field(default_factory=Counter)
    kinds: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)  # comparison forms
    n_records: int = 0
    stored: bool = False  # held by the store before this run (its context is loaded lazily)
    db_context: Counter[str] | None = None
    new_context: Counter[str] = field(default_factory=Counter)

    def absorb(self, r: Record) -> None:
        self.names[r.name] += 1
        if r.kind:
            self.kinds.add(r.kind)
        if r.country:
            self.countries.add(r.country)
        if r.actor_code:
            self.codes.add(r.actor_code)
        self.aliases.update(names.norm(a) for a in r.aliases)
        self.new_context.update(r.context)
        self.n_records += 1


class CandidateSource(Protocol):
    """Stored entities, as the resolver needs them (see ``resolve.store``)."""

    def entities_for(self, keys: set[str]) -> list[tuple[AutoEntity, set[str]]]:
        """The stored entities holding any of ``keys``, each with all its stored keys."""
        ...

    def context_of(self, entity_id: str) -> Counter[str]: ...

    def contexts_of(
        self, entity_ids: list[str], keys: list[str] | None = None
    ) -> dict[str, Counter[str]]:
        """The stored context of several entities at once (one query, not one each),
        restricted to ``keys`` when given."""
        ...

    def id_taken(self, entity_id: str) -> bool: ...


@dataclass(slots=True)
class Outcome:
    record: Record
    auto_id: str
    merge: dict[str, Any] | None = None  # evidence when the record joined an entity
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    new_keys: frozenset[str] = frozenset()


def record_keys(r: Record) -> frozenset[str]:
    """The blocking keys of a record: its name's keys and its acronym aliases'."""
    return _keys(r.name, r.type, tuple(r.aliases))


@lru_cache(maxsize=65536)
def _keys(name: str, type_: str, aliases: tuple[str, ...]) -> frozenset[str]:
    out = names.keys(name, type_)
    out.update(f"n:{names.norm(a)}" for a in aliases if names.is_acronym(a))
    return frozenset(out)


class Resolver:
    def __init__(self, source: CandidateSource) -> None:
        self.source = source
        self.p = params()
        self.entities: dict[str, AutoEntity] = {}
        self.index: dict[str, set[str]] = {}
        self._loaded: set[str] = set()

    # -- candidates ------------------------------------------------------------------------
    def prefetch(self, records: list[Record]) -> None:
        """Load the stored candidates of a whole batch, and their contexts, in two queries.

        Only speed changes: a record's candidates are still every stored entity sharing one
        of its keys plus the entities formed earlier in the run.
        """
        keys: set[str] = set()
        context: set[str] = set()
        for r in records:
            keys |= record_keys(r)
            context.update(r.context)
        self._load(keys)
        todo = [e.id for e in self.entities.values() if e.stored and e.db_context is None]
        if todo:
            # only the batch's context actors matter: a record compares its own context
            found = self.source.contexts_of(todo, sorted(context))
            for eid in todo:
                self.entities[eid].db_context = found.get(eid, Counter())

    def _load(self, ks: set[str]) -> None:
        missing = ks - self._loaded
        if missing:
            for ent, ent_keys in self.source.entities_for(missing):
                self.entities.setdefault(ent.id, ent)
                for k in ent_keys:
                    self.index.setdefault(k, set()).add(ent.id)
            self._loaded |= missing

    def _candidates(self, r: Record) -> list[AutoEntity]:
        ks = record_keys(r)
        self._load(ks)
        ids: set[str] = set()
        for k in ks:
            ids |= self.index.get(k, set())
        return [self.entities[e] for e in sorted(ids)]

    def _shared_context(self, ent: AutoEntity, ctx: set[str]) -> list[str]:
        """The record's context actors that ``ent`` has been seen with, sorted."""
        if ent.stored and ent.db_context is None:
            ent.db_context = self.source.context_of(ent.id)
        db = ent.db_context or {}
        return sorted(k for k in ctx if k in db or k in ent.new_context)

    # -- one record -------------------------------------------------------------------------
    def resolve(self, r: Record) -> Outcome:
        cands = self._candidates(r)
        matches, conflicts = [], []
        for c in cands:
            how, feats = self._name_match(r, c)
            if how is None:
                continue
            refusal = self._incompatible(r, c)
            if refusal:
                conflicts.append(self._conflict(r, c, refusal, feats))
                continue
            matches.append((how, c, feats))
        chosen, evidence, ambiguity = self._choose(r, matches)
        if ambiguity:
            conflicts.append(ambiguity)
        if chosen is None:
            eid = self._new_id(r.local_id)
            ent = self.entities[eid] = AutoEntity(eid, r.type)
            out = Outcome(r, eid, None, conflicts)
        else:
            ent = chosen
            out = Outcome(r, ent.id, evidence, conflicts)
        ent.absorb(r)
        ks = record_keys(r)
        for k in ks:
            self.index.setdefault(k, set()).add(ent.id)
        out.new_keys = ks
        return out

    def _name_match(self, r: Record, c: AutoEntity) -> tuple[str | None, dict[str, Any]]:
        best: tuple[str | None, str, float] = (None, "", 0.0)
        rn = names.norm(r.name)
        if r.type == "person" == c.type and not r.bare and self._clashes(r.name, c):
            return None, {}
        for cname in sorted(c.names):
            how = None
            if rn == names.norm(cname):
                how = "same"
            elif r.type == "person" and c.type == "person":
                how = names.person_match(r.name, cname)
                if (
                    how is None
                    and len(rn.split()) > 1
                    and len(cname.split()) > 1
                    and (names.similarity(r.name, cname) >= self.p.fuzzy_min)
                ):
                    how = "fuzzy"
            elif r.type == "organization" and c.type == "organization":
                how = self._org_match(r.name, cname)
            score = names.similarity(r.name, cname)
            if how and (best[0] is None or (RANK[how], score) > (RANK[best[0]], best[2])):
                best = (how, cname, score)
        if best[0] is None and rn in c.aliases and any(ch.isupper() for ch in r.name):
            alias = next(a for a in sorted(c.aliases) if a == rn)
            best = ("alias", alias, 100.0)
        how, alias, score = best
        if how is not None and c.type != r.type and how not in {"same", "alias"}:
            how = None
        return how, {"alias": alias, "name_score": round(score, 1)}

    def _clashes(self, name: str, c: AutoEntity) -> bool:
        """A full person name clashes with an entity holding a full name it does not
        match ("Angel Gonzalez" vs "Nazario Moreno Gonzalez"): no chaining through
        short forms."""
        for cname in c.names:
            if (
                len(cname.split()) > 1
                and names.person_match(name, cname) is None
                and (names.similarity(name, cname) < self.p.fuzzy_min)
            ):
                return True
        return False

    def _org_match(self, a: str, b: str) -> str | None:
        if names.is_acronym(a) and names.acronym(b) == names.norm(a).replace(" ", ""):
            return "acronym"
        if names.is_acronym(b) and names.acronym(a) == names.norm(b).replace(" ", ""):
            return "acronym"
        ta = [t for t in names.tokens(a) if t not in self.p.acronym_stopwords]
        tb = [t for t in names.tokens(b) if t not in self.p.acronym_stopwords]
        if min(len(ta), len(tb)) >= self.p.org_subset_min_tokens and (
            set(ta) <= set(tb) or set(tb) <= set(ta)
        ):
            return "contained"
        if names.similarity(a, b) >= self.p.fuzzy_min and min(len(ta), len(tb)) >= 2:
            return "fuzzy"
        return None

    def _incompatible(self, r: Record, c: AutoEntity) -> str | None:
        if r.type != c.type:
            return "type"
        generic = self.p.generic_kinds
        ck = {k for k in c.kinds if k not in generic}
        if r.kind and r.kind not in generic and ck and r.kind not in ck:
            return "kind"
        if r.country and c.countries and r.country not in c.countries:
            return "country"
        return None

    def _choose(
        self, r: Record, matches: list[tuple[str, AutoEntity, dict[str, Any]]]
    ) -> tuple[AutoEntity | None, dict[str, Any] | None, dict[str, Any] | None]:
        if not matches:
            return None, None, None
        ctx = set(r.context)
        scored = []
        for how, c, feats in matches:
            shared = self._shared_context(c, ctx)
            scored.append((how, c, feats, float(len(shared)), shared))
        n = len(scored)
        if not r.bare:
            strong = [
                s
                for s in scored
                if s[0] != "surname"
                and (RANK[s[0]] >= RANK["alias"] or s[3] >= self.p.weak_min_context)
            ]
            if strong:
                strong.sort(key=lambda s: (-RANK[s[0]], -s[3], -s[1].n_records, s[1].id))
                return strong[0][1], self._evidence(r, strong[0], n), None
            # a full name meeting only bare-name entities: joins one with shared context
            bare_only = [s for s in scored if len(_best_name(s[1]).split()) == 1]
            return self._by_context(r, bare_only, n, None)
        # a bare name: a full-name entity first, then another bare one with shared context
        full = [s for s in scored if len(_best_name(s[1]).split()) > 1]
        bare = [s for s in scored if s not in full]
        ambiguity = None
        if full:
            full.sort(key=lambda s: (-s[3], -s[1].n_records, s[1].id))
            top = full[0]
            second = full[1][3] if len(full) > 1 else 0.0
            if top[3] >= self.p.surname_min_context and top[3] >= self.p.surname_margin * second:
                return top[1], self._evidence(r, top, n), None
            reason = "ambiguous" if len(full) > 1 else "no_shared_context"
            ambiguity = self._conflict(
                r,
                top[1],
                reason,
                {
                    "alias": r.name,
                    "candidates": [s[1].id for s in full],
                    "context": [s[3] for s in full],
                },
            )
        return self._by_context(r, bare, n, ambiguity)

    def _by_context(
        self, r: Record, scored: list[tuple], n: int, ambiguity: dict | None
    ) -> tuple[AutoEntity | None, dict[str, Any] | None, dict[str, Any] | None]:
        scored = sorted(scored, key=lambda s: (-s[3], -s[1].n_records, s[1].id))
        if scored and scored[0][3] >= self.p.bare_min_context:
            return scored[0][1], self._evidence(r, scored[0], n), ambiguity
        if scored and ambiguity is None:
            ambiguity = self._conflict(
                r,
                scored[0][1],
                "no_shared_context",
                {"alias": scored[0][2]["alias"], "context": 0.0},
            )
        return None, None, ambiguity

    def _evidence(self, r: Record, s: tuple, n_candidates: int) -> dict[str, Any]:
        how, c, feats, ctx, shared = s
        score = _score(how, feats["name_score"], ctx)
        return {
            "entity_id": c.id,
            "match": how,
            "alias": feats["alias"],
            "score": score,
            "features": {
                "name_score": feats["name_score"],
                "context": ctx,
                "shared": shared[:10],
                "candidates": n_candidates,
                "type": r.type,
                "kind": [r.kind, sorted(c.kinds)],
                "country": [r.country, sorted(c.countries)],
                "code": [r.actor_code, sorted(c.codes)],
                "entity_records": c.n_records,
            },
        }

    def _conflict(
        self, r: Record, c: AutoEntity, reason: str, feats: dict[str, Any]
    ) -> dict[str, Any]:
        return {
            "alias": feats.get("alias") or r.name,
            "entity_id": c.id,
            "reason": reason,
            "features": {
                **feats,
                "record": [r.type, r.kind, r.country, r.actor_code],
                "entity": [c.type, sorted(c.kinds), sorted(c.countries), sorted(c.codes)],
            },
        }

    # -- ids --------------------------------------------------------------------------------
    def _new_id(self, local_id: str) -> str:
        eid, n = local_id, 1
        while eid in self.entities or self.source.id_taken(eid):
            n += 1
            eid = f"{local_id}~{n}"
        return eid


def _best_name(ent: AutoEntity) -> str:
    return max(sorted(ent.names), key=lambda n: (len(n.split()), ent.names[n]))


def _score(how: str, name_score: float, ctx: float) -> float:
    """A summary in [0, 1] for sorting and display: match strength, name, context."""
    base = RANK[how] / max(RANK.values())
    return round(min(1.0, 0.6 * base + 0.3 * name_score / 100 + 0.1 * min(ctx, 5) / 5), 3)
