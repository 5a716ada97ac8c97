"""Publication dates: parse whatever a source gives into ISO 8601 plus a precision.

Precision is one of ``second``, ``day``, ``month``, ``year``, ``unknown``. Missing parts
are never filled from today's date ("Sept 2026" stays a month).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from time import struct_time

from dateutil import parser as dateutil_parser

_YEAR = re.compile(r"^\s*(1[89]\d\d|2[01]\d\d)\s*$")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")
_HAS_DAY = re.compile(r"\b\d{1,2}\b")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")


def _iso(dt: datetime, with_time: bool) -> tuple[str, str]:
    if not with_time:
        return dt.date().isoformat(), "day"
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.replace(microsecond=0).isoformat(), "second"


def parse_published(value: object) -> tuple[str | None, str]:
    """RETURNS ``(iso_string_or_None, precision)`` for a date string, datetime or struct."""
    if value is None or value == "":
        return None, "unknown"
    if isinstance(value, struct_time):
        return _iso(datetime(*value[:6], tzinfo=UTC), True)
    if isinstance(value, datetime):
        return _iso(value, True)
    text = str(value).strip()
    if m := _YEAR.match(text):
        return m.group(1), "year"
    if m := _ISO_MONTH.match(text):
        return f"{m.group(1)}-{m.group(2)}", "month"
    if _ISO_DAY.match(text):
        try:
            return datetime.strptime(text, "%Y-%m-%d").date().isoformat(), "day"
        except ValueError:
            return None, "unknown"
    try:  # RFC 822 (feeds, mail)
        return _iso(parsedate_to_datetime(text), True)
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d{2}:\d{2}:\d{2})\.\d+", r"\1", text)  # Reuters: 15:01:01.79
    sentinel_a = datetime(1900, 1, 1)
    sentinel_b = datetime(1904, 2, 2)
    try:
        a = dateutil_parser.parse(cleaned, default=sentinel_a, fuzzy=False)
        b = dateutil_parser.parse(cleaned, default=sentinel_b, fuzzy=False)
    except (ValueError, OverflowError):
        return None, "unknown"
    if a.year != b.year:
        return None, "unknown"
    if a.month != b.month:
        return f"{a.year:04d}", "year"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}", "month"
    return _iso(a, bool(_HAS_TIME.search(cleaned)))
