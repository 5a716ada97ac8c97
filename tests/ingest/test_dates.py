"""Publication dates with their precision; missing parts are never invented."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from watchfloor.ingest.dates import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-09-03", ("2026-09-03", "day")),
        ("2026-09-03T14:20:00Z", ("2026-09-03T14:20:00+00:00", "second")),
        ("2026-09-03T16:20:00.123+02:00", ("2026-09-03T14:20:00+00:00", "second")),
        ("2026-09-03 14:20:00", ("2026-09-03T14:20:00", "second")),
        ("Sept 2026", ("2026-09", "month")),
        ("September 2026", ("2026-09", "month")),
        ("2026-09", ("2026-09", "month")),
        ("2019", ("2019", "year")),
        ("26-FEB-1987 15:01:01.79", ("1987-02-26T15:01:01", "second")),
        ("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM", ("1987-03-27T00:02:59", "second")),
        ("27-MAR-1987 05:38:29.99&#5;&#5;&#5;G C L", ("1987-03-27T05:38:29", "second")),
        ("Mon, 14 Sep 2026 08:00:00 GMT", ("2026-09-14T08:00:00+00:00", "second")),
        ("Mon, 14 Sep 2026 08:00:00 +0200", ("2026-09-14T06:00:00+00:00", "second")),
        ("September 3, 2026", ("2026-09-03", "day")),
        ("14 de septiembre de 2026", ("2026-09-14", "day")),
        (dt.date(2026, 9, 1), ("2026-09-01", "day")),
        (dt.datetime(2026, 9, 1, 12, 30, tzinfo=dt.UTC), ("2026-09-01T12:30:00+00:00", "second")),
        (
            time.struct_time((2026, 9, 14, 8, 0, 0, 0, 257, 0)),
            ("2026-09-14T08:00:00+00:00", "second"),
        ),
        (2019, ("2019", "year")),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "garbage",
        "March 5",
        "2026-13",
        "2026-02-30",
        "yesterday",
        "Section 5 of 2019",
        "Room 12",
        True,
        {"a": 1},
    ],
)
def test_unreadable_dates_are_unknown(value):
    assert parse_published(value) == (None, "unknown")
