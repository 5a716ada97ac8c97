"""Publication dates: parse whatever a source gives into ISO 8601 plus a precision.

Precision is one of ``second``, ``day``, ``month``, ``year``, ``unknown``. Missing parts are
never filled from today's date ("Sept 2026" stays a month): dateutil parses twice with two
different default dates, and only parts that agree were in the string. Strings dateutil
cannot read (other languages: "14 de septiembre de 2026") go to dateparser, restricted to
absolute dates ("yesterday" or "3 hours ago" say nothing without the crawl time).
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from time import struct_time
from typing import Any

from dateutil import parser as dateutil_parser

PRECISIONS = ("second", "day", "month", "year", "unknown")
UNKNOWN: tuple[str | None, str] = (None, "unknown")

_YEAR = re.compile(r"^(1[89]\d\d|2[01]\d\d)$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_FRACTION = re.compile(r"(\d{2}:\d{2}:\d{2})\.\d+")  # Reuters: 15:01:01.79
_NOISE = re.compile(r"&#x?[0-9a-f]+;|[\x00-\x1f\x7f]", re.I)  # character references, controls
_MAX_SKIPPED = 3  # dateutil may skip short tokens only (wire category codes: "F RM")
_DEFAULT_A = datetime(1900, 1, 1)
_DEFAULT_B = datetime(1904, 2, 2)
_PERIODS = {"time": "second", "day": "day", "month": "month", "year": "year"}


def _iso(dt: datetime, with_time: bool = True) -> tuple[str, str]:
    if not with_time:
        return dt.date().isoformat(), "day"
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.replace(microsecond=0).isoformat(), "second"


def _partial(year: int, month: int | None = None) -> tuple[str, str]:
    if month is None:
        return f"{year:04d}", "year"
    return f"{year:04d}-{month:02d}", "month"


def parse_published(value: Any) -> tuple[str | None, str]:
    """RETURNS ``(iso_string_or_None, precision)`` for a date string, datetime, date or
    ``time.struct_time`` (feedparser). Never raises: anything unreadable is unknown."""
    try:
        return _parse(value)
    except Exception:  # noqa: BLE001 - a bad date must not stop a document
        return UNKNOWN


def _parse(value: Any) -> tuple[str | None, str]:
    if value is None or isinstance(value, bool):
        return UNKNOWN
    if isinstance(value, struct_time):
        return _iso(datetime(*value[:6], tzinfo=UTC))
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat(), "day"
    text = _NOISE.sub(" ", str(value)).strip()
    if not text or len(text) > 100:
        return UNKNOWN
    if m := _YEAR.match(text):
        return m.group(1), "year"
    if m := _ISO_MONTH.match(text):
        return _partial(int(m.group(1)), int(m.group(2))) if 1 <= int(m.group(2)) <= 12 else UNKNOWN
    if _ISO_DAY.match(text):
        return date.fromisoformat(text).isoformat(), "day"
    if "," in text[:5]:  # RFC 822 (feeds, mail): "Mon, 14 Sep 2026 08:00:00 GMT"
        try:
            return _iso(parsedate_to_datetime(text), bool(_HAS_TIME.search(text)))
        except (TypeError, ValueError, IndexError):
            pass
    return _with_dateutil(_FRACTION.sub(r"\1", text)) or _with_dateparser(text)


def _with_dateutil(text: str) -> tuple[str | None, str] | None:
    try:
        with warnings.catch_warnings():  # unknown zone names ("CET") parse as naive times
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            a, skipped = dateutil_parser.parse(text, default=_DEFAULT_A, fuzzy_with_tokens=True)
            b = dateutil_parser.parse(text, default=_DEFAULT_B, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if any(len(t.strip()) > _MAX_SKIPPED or any(c.isdigit() for c in t) for t in skipped):
        return None  # words around the date ("Section 5 of 2019"): not a date field
    if a.year != b.year:
        return None  # no year: "March 5" cannot be placed
    if a.month != b.month:
        return _partial(a.year)
    if a.day != b.day:
        return _partial(a.year, a.month)
    return _iso(a, bool(_HAS_TIME.search(text)))


@lru_cache(maxsize=1)
def _dateparser():
    from dateparser.date import DateDataParser  # slow import, needed only as a fallback

    return DateDataParser(
        settings={
            "RETURN_TIME_AS_PERIOD": True,
            "PARSERS": ["absolute-time"],
            "REQUIRE_PARTS": ["year"],
        }
    )


def _with_dateparser(text: str) -> tuple[str | None, str]:
    data = _dateparser().get_date_data(text)
    precision = _PERIODS.get(data.period or "")
    if data.date_obj is None or precision is None:
        return UNKNOWN
    dt = data.date_obj
    if precision == "year":
        return _partial(dt.year)
    if precision == "month":
        return _partial(dt.year, dt.month)
    return _iso(dt, precision == "second")
