"""Event time: the date an event happened, resolved against the publication date.

Used by :mod:`watchfloor.extract.events` for each trigger. It takes the DATE expression
spaCy found in the trigger's own clause ("struck on Sunday", "the attack last week",
"designated in 2017") and resolves it against the document's publication date:

=================================  ==========================================  =========
expression                         value (start of the period, ISO date)       precision
=================================  ==========================================  =========
today / yesterday / tomorrow       publication date -0/-1/+1                   day
on Sunday                          the last Sunday on or before publication    day
September 5, 5 Sept 2025, ISO      that day (year: publication year)           day
last / this / next week            Monday of that week                         week
in September, last month           first of that month (a month after the      month
                                   publication month is taken as last year's)
in 2017, last year                 1 January of that year                      year
=================================  ==========================================  =========

No expression, or one that cannot be resolved ("recently", "for years"), gives precision
``unknown`` and no value. Without a publication date only absolute expressions resolve.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.doccache import doc_ents, sentence_at, sentence_of

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def event_date(token: Token, published: str | None) -> dict | None:
    """RETURNS {value, precision, text, start, end} for the trigger's date expression, or
    {value: None, precision: "unknown"} when there is none."""
    pub = parse_published(published)
    for ent in _date_expressions(token):
        value, precision = resolve(ent.text, pub)
        if value is not None:
            return {
                "value": value.isoformat(),
                "precision": precision,
                "text": ent.text,
                "start": ent.start_char,
                "end": ent.end_char,
            }
    return {"value": None, "precision": "unknown"}


def _date_expressions(token: Token) -> list[SpacySpan]:
    """DATE entities of the sentence whose nearest governing event word is the trigger
    (or, for an object noun, the verb that governs it)."""
    owners = {token.i}
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "pobj"}:
        owners.add(token.head.i if token.dep_ == "dobj" else token.head.head.i)
    out = []
    for ent in _sentence_dates(token):
        head = ent.root.head
        for _ in range(6):
            if head.i in owners:
                out.append(ent)
                break
            if head.pos_ == "VERB" or head.head == head:
                break  # the date belongs to another verb's clause
            head = head.head
    return out


_dates_of: tuple[Doc, dict[int, list[SpacySpan]]] | None = None


def _sentence_dates(token: Token) -> list[SpacySpan]:
    """The DATE entities of the token's sentence. ``Span.ents`` rebuilds every entity of
    the document on each call (quadratic over a long document); the entities are grouped
    by sentence once per document instead (the last document is kept, by identity)."""
    global _dates_of
    doc = token.doc
    if _dates_of is None or _dates_of[0] is not doc:
        by_sentence: dict[int, list[SpacySpan]] = {}
        for ent in doc_ents(doc)[0]:
            if ent.label_ == "DATE":
                by_sentence.setdefault(sentence_at(doc, ent.start).start, []).append(ent)
        _dates_of = (doc, by_sentence)
    return _dates_of[1].get(sentence_of(token).start, [])


def resolve(text: str, pub: date | None) -> tuple[date | None, str]:
    """RETURNS (start of the period, precision) for one date expression."""
    t = text.lower().strip().removeprefix("the ")
    words = re.findall(r"[a-z]+|\d+", t)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3])), "day"
    year = next(
        (int(w) for w in words if w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100), None
    )
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if month and day:
        y = year or (pub.year if pub else None)
        if y is None:
            return None, "unknown"
        value = _safe(y, month, day)
        if value and pub and not year and value > pub + timedelta(days=7):
            value = _safe(y - 1, month, day)
        return value, "day"
    if month:
        y = year or (pub.year if pub else None)
        if y is None:
            return None, "unknown"
        if not year and pub and month > pub.month and not _forward(words):
            y -= 1
        return date(y, month, 1), "month"
    if year:
        return date(year, 1, 1), "year"
    if pub is None:
        return None, "unknown"
    for w, delta in RELATIVE_DAYS.items():
        if w in words:
            return pub + timedelta(days=delta), "day"
    for i, name in enumerate(WEEKDAYS):
        if name in words:
            back = (pub.weekday() - i) % 7
            if _forward(words):
                return pub + timedelta(days=(i - pub.weekday()) % 7 or 7), "day"
            return pub - timedelta(days=back), "day"
    shift = next((SHIFT[w] for w in words if w in SHIFT), None)
    if shift is not None:
        if "week" in words:
            monday = pub - timedelta(days=pub.weekday())
            return monday + timedelta(weeks=shift), "week"
        if "month" in words:
            m0 = pub.year * 12 + pub.month - 1 + shift
            return date(m0 // 12, m0 % 12 + 1, 1), "month"
        if "year" in words:
            return date(pub.year + shift, 1, 1), "year"
    return None, "unknown"


def _forward(words: list[str]) -> bool:
    return any(w in {"next", "coming"} for w in words)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
