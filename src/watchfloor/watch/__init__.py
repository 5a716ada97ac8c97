"""Watch: watchlists and escalation alerts during ingest (``ingest --watchlist F
--alerts-to stdout|FILE.jsonl|URL``).

:class:`Watcher` is the pipeline's after-batch hook: once a batch is committed it matches
the batch's documents against the watchlist and runs escalation detection over the days
the batch touched, and sends each new alert to the sink. It never raises into the
pipeline: an error is logged and counted, and ingest goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import Any

from watchfloor.analyze.escalation import EscalationParams, detect
from watchfloor.model import Document
from watchfloor.store.duckdb_store import DuckDBStore
from watchfloor.watch.sinks import Sink, open_sink
from watchfloor.watch.watchlist import Watchlist

log = logging.getLogger("watchfloor.watch")

__all__ = ["Watcher", "Watchlist", "open_sink"]


class Watcher:
    def __init__(self, watchlist: Watchlist | None, sink: Sink) -> None:
        self.watchlist = watchlist
        self.sink = sink
        self.params = EscalationParams.load(**(watchlist.escalation_params if watchlist else {}))
        self.sent: set[str] = set()
        self.matches = 0
        self.alerts = 0
        self.errors = 0

    def _keys(self, store: DuckDBStore) -> set[str] | None:
        """Escalation series keys of the watched actors (None: all actors)."""
        wl = self.watchlist
        if wl is None or not wl.actors:
            return None
        keys = wl.actor_keys() or set()
        names = [a for a in wl.actors if a not in keys]
        if names:
            rows = store.sql(
                """SELECT DISTINCT e.entity_id, e.actor_code FROM entities e
                   LEFT JOIN aliases a USING (entity_id)
                   WHERE lower(e.entity_id) IN (SELECT unnest(?))
                      OR lower(e.name) IN (SELECT unnest(?))
                      OR lower(a.alias) IN (SELECT unnest(?))""",
                [[n.lower() for n in names]] * 3,
            )
            for r in rows:
                keys.add(r["actor_code"] or r["entity_id"])
        return keys

    def after_batch(self, docs: Sequence[Document], store: DuckDBStore) -> None:
        """Called by the pipeline after each committed batch; never raises."""
        try:
            self._after_batch(docs, store)
        except Exception as exc:  # noqa: BLE001 - alerts must never stop ingest
            self.errors += 1
            log.exception("watch: batch not checked")
            sys.stderr.write(f"watchfloor: warning: alerts for this batch failed: {exc}\n")

    def _after_batch(self, docs: Sequence[Document], store: DuckDBStore) -> None:
        if self.watchlist:
            for doc in docs:
                for m in self.watchlist.match(doc):
                    self._send(m, f"{m['document']}|{m.get('event_id') or m.get('keyword')}")
                    self.matches += 1
        if self.watchlist is not None and not self.watchlist.escalation:
            return
        days = sorted(d.raw.published[:10] for d in docs if d.raw.published)
        if not days:
            return
        for alert in detect(store, self.params, since=days[0], keys=self._keys(store)):
            data: dict[str, Any] = {"type": "escalation", **alert.to_dict()}
            if self._send(data, alert.id):
                self.alerts += 1

    def _send(self, alert: dict[str, Any], key: str) -> bool:
        if key in self.sent:
            return False
        self.sent.add(key)
        self.sink.send(alert)
        return True

    def summary(self) -> str:
        """One line: what was sent and what failed."""
        failed = getattr(self.sink, "failures", 0)
        dropped = getattr(self.sink, "dropped", 0)
        return (
            f"alerts: {self.matches} watchlist matches, {self.alerts} escalation alerts; "
            f"{failed} failed deliveries, {dropped} dropped, {self.errors} errors"
        )

    def close(self) -> None:
        self.sink.close()
