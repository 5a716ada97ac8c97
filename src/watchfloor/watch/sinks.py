"""Watch › sinks: where watchlist matches and escalation alerts go during ingest.

``stdout`` (one readable block per alert), a ``.jsonl`` file (one JSON object per line,
appended), or an ``http(s)://`` webhook (each alert POSTed as JSON, with a time-out and
retries with exponential backoff). A sink never raises: a failed delivery is logged
(``logging`` and stderr) and counted, and ingest goes on.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Any, Protocol

log = logging.getLogger("watchfloor.watch")


class Sink(Protocol):
    failures: int

    def send(self, alert: dict[str, Any]) -> bool: ...

    def close(self) -> None: ...


def format_alert(a: dict[str, Any]) -> str:
    """RETURNS a short human-readable block for an escalation alert or a watchlist match."""
    if a.get("type", "escalation") == "escalation":
        head = (
            f"[ESCALATION] {a['day']} {a['kind']} {a['key']} — {a['label']}: "
            f"{a['count']} events in {a['stories']} "
            f"{'story' if a['stories'] == 1 else 'stories'} "
            f"(baseline median {a['baseline_count_median']:g}, z {a['count_z']:+.1f}); "
            f"Goldstein {a['goldstein_sum']:+.1f} (z {a['goldstein_z']:+.1f}); "
            f"material conflict {a['material_conflict_share']:.0%} "
            f"(baseline {a['baseline_material_conflict_share']:.0%}); "
            f"triggers: {', '.join(a['triggers'])}"
        )
        lines = [head]
        for e in a["events"]:
            lines.append(
                f"  - {(e['published'] or '')[:10]} {e['outlet'] or '?'}: "
                f"{e['source'] or '?'} {e['trigger'] or ''} {e['target'] or ''} "
                f"(CAMEO {e['code']}) [{e['document']}] {e['url'] or ''}".rstrip()
            )
        return "\n".join(lines)
    where = f"{a.get('outlet') or '?'} [{a['document']}] {a.get('url') or ''}".rstrip()
    if a.get("match") == "event":
        what = (
            f"{a['source'] or '?'} {a['trigger']['text']} {a['target'] or ''} "
            f"(CAMEO {a['code']}, {a['modality']})"
        )
    else:
        what = f"keyword '{a['keyword']}': …{a['snippet']}…"
    return f"[WATCH {a['watchlist']}] {(a.get('published') or '')[:10]} {what} — {where}"


class StdoutSink:
    def __init__(self, out: IO[str] | None = None) -> None:
        self.out = out or sys.stdout
        self.failures = 0

    def send(self, alert: dict[str, Any]) -> bool:
        self.out.write(format_alert(alert) + "\n")
        self.out.flush()
        return True

    def close(self) -> None:
        pass


class JsonlSink:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.failures = 0

    def send(self, alert: dict[str, Any]) -> bool:
        try:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(alert, ensure_ascii=False, default=str) + "\n")
            return True
        except OSError as exc:
            self.failures += 1
            _warn(f"cannot append an alert to {self.path}: {exc}")
            return False

    def close(self) -> None:
        pass


class WebhookSink:
    """POSTs each alert as JSON; ``retries`` further tries after the first, waiting
    ``backoff * 2**n`` seconds between them. HTTP 2xx is success; 4xx other than 408/429
    is not retried (the request itself is wrong). After ``breaker_after`` alerts in a row
    have failed, alerts are dropped (counted, logged once) for ``cooldown`` seconds, so a
    dead endpoint cannot slow ingest down by its time-outs on every alert."""

    def __init__(
        self,
        url: str,
        timeout: float = 5.0,
        retries: int = 3,
        backoff: float = 0.5,
        breaker_after: int = 5,
        cooldown: float = 60.0,
    ) -> None:
        self.url = url
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.breaker_after = breaker_after
        self.cooldown = cooldown
        self.failures = 0
        self.attempts = 0
        self.dropped = 0
        self._in_a_row = 0
        self._paused_until = 0.0

    def send(self, alert: dict[str, Any]) -> bool:
        if time.monotonic() < self._paused_until:
            self.dropped += 1
            return False
        if self._post(alert):
            self._in_a_row = 0
            return True
        self._in_a_row += 1
        if self._in_a_row >= self.breaker_after:
            self._paused_until = time.monotonic() + self.cooldown
            self._in_a_row = 0
            _warn(
                f"webhook {self.url}: {self.breaker_after} alerts failed in a row; "
                f"dropping alerts for {self.cooldown:g} s"
            )
        return False

    def _post(self, alert: dict[str, Any]) -> bool:
        body = json.dumps(alert, ensure_ascii=False, default=str).encode("utf-8")
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self.attempts += 1
            req = urllib.request.Request(
                self.url,
                data=body,
                method="POST",
                headers={"Content-Type": "application/json", "User-Agent": "watchfloor-alerts"},
            )
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                    if 200 <= resp.status < 300:
                        return True
                    last = f"HTTP {resp.status}"
            except urllib.error.HTTPError as exc:
                last = f"HTTP {exc.code}"
                if 400 <= exc.code < 500 and exc.code not in (408, 429):
                    break
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                last = str(getattr(exc, "reason", exc))
        self.failures += 1
        _warn(f"webhook {self.url} failed after {attempt + 1} tries: {last}")
        return False

    def close(self) -> None:
        pass


def _warn(message: str) -> None:
    log.warning(message)
    sys.stderr.write(f"watchfloor: warning: {message}\n")


def open_sink(target: str) -> Sink:
    """RETURNS the sink for ``stdout``, ``-``, an ``http(s)://`` URL or a file path."""
    if target in ("stdout", "-"):
        return StdoutSink()
    if target.startswith(("http://", "https://")):
        return WebhookSink(target)
    return JsonlSink(target)
