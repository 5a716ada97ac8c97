"""Size and time limits for ingestion, and the helper that builds quarantine records."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from watchfloor.errors import Reason
from watchfloor.model import Quarantined


@dataclass(frozen=True)
class IngestLimits:
    max_bytes: int = 20_000_000  # per file, record or fetched body; larger → OVERSIZED
    max_chars: int = 1_000_000  # decoded text longer than this → OVERSIZED (spaCy's limit)
    fetch_timeout: float = 15.0  # seconds, for feed URLs
    fetch_max_bytes: int = 10_000_000
    keep_bytes: int = 5_000_000  # quarantined raw content kept up to this size


def quarantined(origin: str, reason: Reason, message: str, raw: bytes | None,
                limits: IngestLimits, size: int | None = None) -> Quarantined:
    """Build a quarantine record that keeps the raw bytes when they are small enough."""
    data = raw or b""
    return Quarantined(
        origin=origin,
        code=reason.value,
        reason=message,
        size=size if size is not None else len(data),
        sha256=hashlib.sha256(data).hexdigest() if raw is not None else None,
        content=raw if raw is not None and len(raw) <= limits.keep_bytes else None,
    )
