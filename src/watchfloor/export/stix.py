"""Surfaces › export: the store as one STIX 2.1 bundle (``watchfloor export stix``).

Mapping (parameters in ``data/export/stix.yaml``, described in docs/exports.md):

* ``identity`` for watchfloor itself (the producer, ``created_by_ref`` of everything),
  for every news outlet, and for every actor that is not a criminal or armed group;
* ``threat-actor`` for criminal and armed groups (and their members);
* ``location`` for place entities that can be placed offline (:mod:`.places`);
* ``report`` per article, referring to the outlet, the actors and places it mentions, the
  relationships its events support and the notes of its claims;
* ``relationship`` per coded dyad: source actor, target actor and CAMEO code, with the
  event count, Goldstein score, first and last date and the events behind it;
* ``note`` per claim: content, speaker, cue, hedges, check-worthiness.

``confidence`` is 0-100 (the extractors' 0-1 confidence times 100). Ids are UUIDv5 over
stable keys (entity id, document uid, dyad and code, claim id) and all times come from the
store, so exporting the same store twice gives the same bytes.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import stix2

from watchfloor.data import read_yaml
from watchfloor.export.places import locate
from watchfloor.store.duckdb_store import DuckDBStore

_TOPLEVEL = "toplevel-property-extension"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/watchfloor/watchfloor/stix")


@lru_cache(maxsize=1)
def mapping() -> dict[str, Any]:
    """RETURNS the STIX mapping parameters (data/export/stix.yaml)."""
    path = Path(str(resources.files("watchfloor.data"))) / "export" / "stix.yaml"
    return read_yaml(path)


def stix_id(kind: str, key: str) -> str:
    """A deterministic STIX id: ``kind--uuid5(namespace, kind|key)``."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}|{key}')}"


def _ts(value: str | None) -> datetime | None:
    """An ISO date or datetime from the store as an aware UTC datetime (None if unusable)."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        try:
            dt = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _confidence(value: float | None) -> int | None:
    if value is None:
        return None
    return max(0, min(100, round(float(value) * 100)))


def _lang(code: str | None) -> str | None:
    """Only two-letter ISO 639-1 codes: the language detector's rarer three-letter codes
    are not all valid RFC 5646 tags."""
    return code if code and len(code) == 2 and code.isalpha() else None


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Drops None values and empty lists (STIX forbids empty lists and nulls)."""
    return {k: v for k, v in props.items() if v is not None and v != [] and v != {}}


class _Builder:
    def __init__(self, store: DuckDBStore) -> None:
        self.store = store
        self.map = mapping()
        self.producer_created = _ts(self.map["producer"]["created"])
        self.producer_id = stix_id("identity", "producer:" + self.map["producer"]["name"])
        self.objects: dict[str, Any] = {}
        self.entity_ref: dict[str, str] = {}  # entity_id -> STIX id
        self.doc_refs: dict[str, set[str]] = defaultdict(set)  # uid -> object ids
        self.report_id: dict[str, str] = {}
        self.skipped: dict[str, int] = defaultdict(int)
        self.outlets: dict[str, str] = {}
        self.extension_id = stix_id("extension-definition", "watchfloor-properties-v1")

    def add(self, obj: Any) -> None:
        self.objects[obj.id] = obj

    def common(self, created: datetime | None, modified: datetime | None) -> dict[str, Any]:
        created = created or self.producer_created
        modified = max(modified or created, created)
        return {
            "created": created,
            "modified": modified,
            "created_by_ref": self.producer_id,
            "spec_version": "2.1",
            "allow_custom": True,
            "extensions": {self.extension_id: {"extension_type": _TOPLEVEL}},
        }

    def extension(self) -> None:
        """The extension definition that declares every ``x_watchfloor_*`` property used."""
        props = sorted({k for o in self.objects.values() for k in o if k.startswith("x_")})
        self.add(
            stix2.ExtensionDefinition(
                id=self.extension_id,
                name="watchfloor properties",
                version="1.0.0",
                description="Provenance and coding properties added by watchfloor "
                "(entity ids, CAMEO codes, Goldstein scores, claim details).",
                schema="https://github.com/watchfloor/watchfloor/blob/main/docs/exports.md",
                extension_types=[_TOPLEVEL],
                extension_properties=props,
                created_by_ref=self.producer_id,
                created=self.producer_created,
                modified=self.producer_created,
            )
        )

    # -- objects --------------------------------------------------------------------------
    def producer(self) -> None:
        self.add(
            stix2.Identity(
                id=self.producer_id,
                name=self.map["producer"]["name"],
                identity_class="system",
                description="Sourced knowledge graph of actors, events and claims from news.",
                created=self.producer_created,
                modified=self.producer_created,
            )
        )

    def documents(self) -> list[dict[str, Any]]:
        docs = self.store.sql(
            """SELECT uid, id, title, published, source, url, ingested_at, cluster_id,
                      duplicate_of, language
               FROM documents ORDER BY seq"""
        )
        self.outlets = {d["source"].casefold(): d["source"] for d in docs if d["source"]}
        for outlet in sorted({d["source"] for d in docs if d["source"]}):
            first = min(d["ingested_at"] for d in docs if d["source"] == outlet)
            last = max(d["ingested_at"] for d in docs if d["source"] == outlet)
            self.add(
                stix2.Identity(
                    id=stix_id("identity", "outlet:" + outlet),
                    name=outlet,
                    identity_class="organization",
                    sectors=["communications"],
                    description="News outlet",
                    x_watchfloor_outlet=True,
                    **self.common(_ts(first), _ts(last)),
                )
            )
        for d in docs:
            self.report_id[d["uid"]] = stix_id("report", d["uid"])
            if d["source"]:
                self.doc_refs[d["uid"]].add(stix_id("identity", "outlet:" + d["source"]))
        return docs

    def entities(self) -> None:
        rows = self.store.sql(
            """SELECT e.*, min(d.ingested_at) AS first_seen, max(d.ingested_at) AS last_seen,
                      (SELECT list(a.alias ORDER BY a.alias) FROM aliases a
                        WHERE a.entity_id = e.entity_id AND a.alias <> e.name) AS aliases,
                      list(DISTINCT m.uid) AS uids
               FROM entities e LEFT JOIN mentions m USING (entity_id)
               LEFT JOIN documents d USING (uid)
               GROUP BY ALL ORDER BY e.entity_id"""
        )
        ta_kinds = self.map["threat_actor_kinds"]
        words = [w.casefold() for w in self.map["terrorist_designation_words"]]
        for e in rows:
            attrs = json.loads(e["attributes"] or "{}")
            common = self.common(_ts(e["first_seen"]), _ts(e["last_seen"]))
            custom = _clean(
                {
                    "x_watchfloor_entity_id": e["entity_id"],
                    "x_watchfloor_kind": e["kind"],
                    "x_watchfloor_actor_code": e["actor_code"],
                    "x_watchfloor_country": e["country"],
                    "x_watchfloor_designations": attrs.get("designations") or None,
                }
            )
            aliases = sorted(set(e["aliases"] or []))
            outlet = self.outlets.get(e["name"].casefold())
            if outlet and e["type"] == "organization" and e["kind"] not in ta_kinds:
                # an outlet the NER found in text: the outlet identity stands for it
                obj_id = stix_id("identity", "outlet:" + outlet)
                self.entity_ref[e["entity_id"]] = obj_id
                for uid in e["uids"] or []:
                    if uid:
                        self.doc_refs[uid].add(obj_id)
                continue
            if e["type"] == "location":
                place = locate(e["name"], e["kind"], e["country"], e["actor_code"])
                if place is None:
                    self.skipped["location without a known country or region"] += 1
                    continue
                obj = stix2.Location(
                    id=stix_id("location", e["entity_id"]),
                    name=e["name"],
                    **_clean(
                        {
                            "country": place.country_iso2,
                            "region": place.region,
                            "latitude": place.lat,
                            "longitude": place.lon,
                        }
                    ),
                    **custom,
                    **common,
                )
            elif e["kind"] in ta_kinds:
                types = list(ta_kinds[e["kind"]].get(e["type"]) or ["unknown"])
                lists = " ".join(str(d.get("list", "")) for d in attrs.get("designations") or [])
                if any(w in lists.casefold() for w in words) and "terrorist" not in types:
                    types.append("terrorist")
                obj = stix2.ThreatActor(
                    id=stix_id("threat-actor", e["entity_id"]),
                    name=e["name"],
                    threat_actor_types=types,
                    **_clean({"aliases": aliases, "description": attrs.get("role")}),
                    **custom,
                    **common,
                )
            else:
                obj = stix2.Identity(
                    id=stix_id("identity", e["entity_id"]),
                    name=e["name"],
                    identity_class=self.map["identity_class"].get(e["type"], "unknown"),
                    **_clean(
                        {
                            "sectors": self.map["sectors"].get(e["kind"]),
                            "description": attrs.get("role"),
                        }
                    ),
                    **custom,
                    **common,
                )
            self.add(obj)
            self.entity_ref[e["entity_id"]] = obj.id
            for uid in e["uids"] or []:
                if uid:
                    self.doc_refs[uid].add(obj.id)

    def relationships(self) -> None:
        rows = self.store.sql(
            """SELECT ev.source_entity, ev.target_entity, ev.code, any_value(ev.quad_class) AS quad,
                      any_value(ev.goldstein) AS goldstein, count(*) AS events,
                      count(DISTINCT d.cluster_id) AS stories, avg(ev.confidence) AS confidence,
                      min(d.published) AS first_published, max(d.published) AS last_published,
                      min(d.ingested_at) AS first_seen, max(d.ingested_at) AS last_seen,
                      any_value(json_extract_string(ev.extra, '$.event_name')) AS event_name,
                      list(ev.event_id ORDER BY ev.event_id) AS event_ids,
                      list(DISTINCT ev.uid) AS uids
               FROM events ev JOIN documents d USING (uid)
               WHERE ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL
                 AND NOT coalesce(ev.negated, false)
               GROUP BY ev.source_entity, ev.target_entity, ev.code
               ORDER BY 1, 2, 3"""
        )
        rel_types = {int(k): v for k, v in self.map["relationship_type"].items()}
        for r in rows:
            src = self.entity_ref.get(r["source_entity"])
            tgt = self.entity_ref.get(r["target_entity"])
            if not src or not tgt or src == tgt:
                self.skipped["dyad with an unexported or identical endpoint"] += 1
                continue
            start, stop = _ts(r["first_published"]), _ts(r["last_published"])
            times = {"start_time": start} if start else {}
            if start and stop and stop > start:
                times["stop_time"] = stop
            name = r["event_name"] or f"CAMEO {r['code']}"
            obj = stix2.Relationship(
                id=stix_id(
                    "relationship", f"{r['source_entity']}|{r['target_entity']}|{r['code']}"
                ),
                relationship_type=rel_types.get(int(r["quad"]), "related-to"),
                source_ref=src,
                target_ref=tgt,
                description=(
                    f"CAMEO {r['code']} {name}: {r['events']} event(s) in "
                    f"{r['stories']} independent stories"
                ),
                **_clean({"confidence": _confidence(r["confidence"])}),
                **times,
                x_watchfloor_cameo_code=r["code"],
                x_watchfloor_quad_class=int(r["quad"]),
                x_watchfloor_goldstein=float(r["goldstein"]),
                x_watchfloor_event_count=int(r["events"]),
                x_watchfloor_story_count=int(r["stories"]),
                x_watchfloor_event_ids=list(r["event_ids"]),
                **self.common(_ts(r["first_seen"]), _ts(r["last_seen"])),
            )
            self.add(obj)
            for uid in r["uids"]:
                self.doc_refs[uid].add(obj.id)

    def notes(self) -> None:
        rows = self.store.sql(
            """SELECT c.*, d.ingested_at FROM claims c JOIN documents d USING (uid)
               ORDER BY c.claim_id"""
        )
        for c in rows:
            refs = [self.report_id[c["uid"]]]
            speaker = self.entity_ref.get(c["speaker_entity"] or "")
            if speaker:
                refs.append(speaker)
            hedges = [h.get("text") for h in json.loads(c["hedges"] or "[]")]
            speaker_text = c["speaker_text"] or "(article)"
            obj = stix2.Note(
                id=stix_id("note", c["claim_id"]),
                content=c["content_text"],
                abstract=f"{speaker_text} {c['cue_text'] or 'asserts'}"[:200],
                authors=[speaker_text],
                object_refs=refs,
                **_clean(
                    {
                        "confidence": _confidence(c["confidence"]),
                        "x_watchfloor_hedges": hedges,
                        "x_watchfloor_check_worthiness": c["check_worthiness"],
                        "x_watchfloor_attributed": c["attributed"],
                        "x_watchfloor_speaker_kind": c["speaker_kind"],
                        "x_watchfloor_content_span": [c["content_start"], c["content_end"]]
                        if c["content_start"] is not None
                        else None,
                    }
                ),
                x_watchfloor_claim_id=c["claim_id"],
                **self.common(_ts(c["ingested_at"]), _ts(c["ingested_at"])),
            )
            self.add(obj)
            self.doc_refs[c["uid"]].add(obj.id)

    def reports(self, docs: list[dict[str, Any]]) -> None:
        for d in docs:
            ingested = _ts(d["ingested_at"])
            published = _ts(d["published"]) or ingested
            refs = sorted(self.doc_refs[d["uid"]]) or [self.producer_id]
            ext = _clean(
                {
                    "source_name": d["source"] or "watchfloor",
                    "url": d["url"],
                    "external_id": d["id"],
                }
            )
            self.add(
                stix2.Report(
                    id=self.report_id[d["uid"]],
                    name=d["title"] or d["id"],
                    published=published,
                    report_types=["threat-report"],
                    object_refs=refs,
                    external_references=[ext],
                    **_clean(
                        {
                            "lang": _lang(d["language"]),
                            "x_watchfloor_duplicate_of": d["duplicate_of"],
                        }
                    ),
                    x_watchfloor_document_uid=d["uid"],
                    x_watchfloor_story=d["cluster_id"],
                    **self.common(ingested, ingested),
                )
            )


def build_bundle(store: DuckDBStore) -> tuple[stix2.Bundle, dict[str, int]]:
    """RETURNS the STIX bundle of the whole store and counts of what could not be exported."""
    b = _Builder(store)
    b.producer()
    docs = b.documents()
    b.entities()
    b.relationships()
    b.notes()
    b.reports(docs)
    b.extension()
    ids = sorted(b.objects)
    bundle = stix2.Bundle(
        objects=[b.objects[i] for i in ids], id=stix_id("bundle", "|".join(ids)), allow_custom=True
    )
    return bundle, dict(b.skipped)


def export_stix(store: DuckDBStore, path: str | Path) -> dict[str, Any]:
    """Writes the bundle as JSON to ``path``. RETURNS a summary (object counts by type)."""
    bundle, skipped = build_bundle(store)
    # stix2's pretty printer is quadratic in the bundle size: indent the plain JSON instead
    text = json.dumps(json.loads(bundle.serialize()), indent=1, ensure_ascii=False, sort_keys=True)
    Path(path).write_text(text + "\n", encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for obj in bundle.objects:
        counts[obj.type] += 1
    return {
        "format": "stix",
        "path": str(path),
        "objects": dict(sorted(counts.items())),
        "skipped": skipped,
    }
