"""Watch › watchlist: a YAML file of actors, CAMEO codes, keywords and thresholds, and the
matching of freshly stored documents against it (during ``watchfloor ingest --watchlist``).

Format (docs/alerts.md)::

    name: border-watch
    actors: [VENMIL, "Tren de Aragua", org:cartel-de-los-soles]
    codes: ["19", "18", "173"]          # CAMEO code prefixes
    keywords: [drone strike, fentanyl]  # whole words, any case, in title or text
    thresholds:
      max_goldstein: -5                 # events at or below this Goldstein score
      min_confidence: 0.5
      quad_classes: [3, 4]
      modalities: [asserted, alleged]   # default: all but negated
    escalation: true                    # forward escalation alerts (watched actors only)
    escalation_params: {min_events: 2}  # overrides of data/analysis/escalation.yaml

An actor given in capitals (3+ letters, e.g. ``VEN``, ``VENMIL``) is a CAMEO code prefix;
anything else matches an entity id, canonical name or mention text, ignoring case. An event
matches when it involves a watched actor (any actor if none are listed) AND its code starts
with a listed code (any code if none are listed) AND it passes the thresholds; with neither
actors nor codes listed only keywords match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watchfloor.data import read_yaml
from watchfloor.errors import WatchfloorError
from watchfloor.model import Document, Event

_CODE = re.compile(r"^[A-Z]{3,}$")
MODALITIES = ("asserted", "negated", "hypothetical", "alleged", "future")


@dataclass
class Watchlist:
    name: str = "watchlist"
    actors: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    max_goldstein: float | None = None
    min_confidence: float | None = None
    quad_classes: list[int] = field(default_factory=list)
    modalities: list[str] = field(default_factory=lambda: [m for m in MODALITIES if m != "negated"])
    escalation: bool = True
    escalation_params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._codes = [a for a in self.actors if _CODE.match(a)]
        self._names = {a.casefold() for a in self.actors if not _CODE.match(a)}
        self._keywords = [
            (k, re.compile(r"(?<!\w)" + re.escape(k) + r"(?!\w)", re.IGNORECASE))
            for k in self.keywords
        ]
        bad = [m for m in self.modalities if m not in MODALITIES]
        if bad:
            raise WatchfloorError(f"watchlist {self.name}: unknown modalities {bad}")

    @classmethod
    def load(cls, path: str | Path) -> Watchlist:
        """RETURNS the watchlist in a YAML file; a clear error when it is malformed."""
        path = Path(path)
        if not path.is_file():
            raise WatchfloorError(f"no watchlist file at {path}")
        try:
            data = read_yaml(path) or {}
        except Exception as exc:  # yaml.YAMLError and friends
            raise WatchfloorError(f"cannot read watchlist {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise WatchfloorError(f"watchlist {path}: expected a mapping at the top level")
        return cls.from_mapping(data, path.stem, where=str(path))

    @classmethod
    def from_mapping(cls, data: dict[str, Any], default_name: str, where: str = "") -> Watchlist:
        """RETURNS the watchlist a parsed YAML/JSON mapping describes; a clear error when
        it is malformed (``where`` names its origin in the message)."""
        path = where or default_name
        if not isinstance(data, dict):
            raise WatchfloorError(f"watchlist {path}: expected a mapping at the top level")
        thresholds = data.get("thresholds") or {}
        if not isinstance(thresholds, dict):
            raise WatchfloorError(f"watchlist {path}: thresholds must be a mapping")
        known = {
            "name",
            "actors",
            "codes",
            "keywords",
            "thresholds",
            "escalation",
            "escalation_params",
        }
        unknown = set(data) - known
        if unknown:
            raise WatchfloorError(f"watchlist {path}: unknown keys {sorted(unknown)}")
        try:
            return cls(
                name=str(data.get("name") or default_name),
                actors=[str(a) for a in data.get("actors") or []],
                codes=[str(c) for c in data.get("codes") or []],
                keywords=[str(k) for k in data.get("keywords") or []],
                max_goldstein=_num(thresholds.get("max_goldstein")),
                min_confidence=_num(thresholds.get("min_confidence")),
                quad_classes=[int(q) for q in thresholds.get("quad_classes") or []],
                modalities=[str(m) for m in thresholds.get("modalities") or cls().modalities],
                escalation=bool(data.get("escalation", True)),
                escalation_params=dict(data.get("escalation_params") or {}),
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise WatchfloorError(f"watchlist {path}: {exc}") from exc

    def to_mapping(self) -> dict[str, Any]:
        """RETURNS the watchlist in its file form (what :meth:`from_mapping` reads)."""
        thresholds: dict[str, Any] = {"modalities": list(self.modalities)}
        if self.max_goldstein is not None:
            thresholds["max_goldstein"] = self.max_goldstein
        if self.min_confidence is not None:
            thresholds["min_confidence"] = self.min_confidence
        if self.quad_classes:
            thresholds["quad_classes"] = list(self.quad_classes)
        return {
            "name": self.name,
            "actors": list(self.actors),
            "codes": list(self.codes),
            "keywords": list(self.keywords),
            "thresholds": thresholds,
            "escalation": self.escalation,
            "escalation_params": dict(self.escalation_params),
        }

    # -- matching -------------------------------------------------------------------------
    def actor_keys(self) -> set[str] | None:
        """The CAMEO codes listed (for escalation series); None when no actor is listed."""
        return set(self._codes) if self.actors else None

    def _entity_matches(self, doc: Document, entity_id: str | None, code: str | None) -> bool:
        if code and any(code.startswith(c) for c in self._codes):
            return True
        if not entity_id:
            return False
        if entity_id.casefold() in self._names:
            return True
        for ent in doc.entities:
            if ent.id == entity_id:
                if ent.name.casefold() in self._names:
                    return True
                if ent.actor_code and any(ent.actor_code.startswith(c) for c in self._codes):
                    return True
                return any(m.text.casefold() in self._names for m in ent.mentions)
        return False

    def _event_matches(self, doc: Document, ev: Event) -> bool:
        if not self.actors and not self.codes:
            return False
        if self.actors and not (
            self._entity_matches(doc, ev.source, ev.source_code)
            or self._entity_matches(doc, ev.target, ev.target_code)
        ):
            return False
        if self.codes and not any(ev.code.startswith(c) for c in self.codes):
            return False
        if self.max_goldstein is not None and ev.goldstein > self.max_goldstein:
            return False
        if self.min_confidence is not None and ev.confidence < self.min_confidence:
            return False
        if self.quad_classes and ev.quad_class not in self.quad_classes:
            return False
        return _modality(ev) in self.modalities

    def match(self, doc: Document) -> list[dict[str, Any]]:
        """RETURNS the watchlist matches in one document (events, then keywords)."""
        raw = doc.raw
        base = {
            "type": "watch_match",
            "watchlist": self.name,
            "document": raw.id,
            "title": raw.title,
            "published": raw.published,
            "outlet": raw.source,
            "url": raw.url,
            "story": doc.cluster_id,
        }
        names = {e.id: e.name for e in doc.entities}
        out: list[dict[str, Any]] = []
        for n, ev in enumerate(doc.events):
            if self._event_matches(doc, ev):
                out.append(
                    {
                        **base,
                        "match": "event",
                        "event_id": f"{doc.uid}:e{n}",
                        "code": ev.code,
                        "quad_class": ev.quad_class,
                        "goldstein": ev.goldstein,
                        "modality": _modality(ev),
                        "source": names.get(ev.source or "", ev.source_code),
                        "source_code": ev.source_code,
                        "target": names.get(ev.target or "", ev.target_code),
                        "target_code": ev.target_code,
                        "event_name": ev.extra.get("event_name"),
                        "trigger": ev.trigger.to_dict(),
                        "sentence": ev.sentence.text,
                    }
                )
        text = raw.text
        for keyword, pattern in self._keywords:
            hit = pattern.search(text) or (pattern.search(raw.title) if raw.title else None)
            if hit is None:
                continue
            in_text = hit.string is text
            start, end = (hit.start(), hit.end()) if in_text else (None, None)
            snippet = text[max(0, hit.start() - 80) : hit.end() + 80] if in_text else raw.title
            out.append(
                {
                    **base,
                    "match": "keyword",
                    "keyword": keyword,
                    "start": start,
                    "end": end,
                    "snippet": " ".join(snippet.split()),
                }
            )
        return out


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def _modality(ev: Event) -> str:
    for m in ("negated", "hypothetical", "alleged", "future"):
        if getattr(ev, m):
            return m
    return "asserted"
