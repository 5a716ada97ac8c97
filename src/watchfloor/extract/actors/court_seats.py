"""International courts named by their seat: "the Luxembourg appeal court" is the EC's Court
of Justice, not Luxembourg's judiciary.

A court coded with the country of an international court's seat (``court_seats.tsv``) is
that international court when the seat is written in or right around the mention and the
document carries one of the court's confirming words ("EC", "European Community"). A seat
city never gives a country to the international body sitting there (docs/actor-codes.md
3.5; issue 11, roles16: two mentions of the EC's court coded LUXJUD).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.document_facts import text_of
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import Gazetteer, fold

_ROWS = read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "court_seats.tsv")
# (seat words folded, seat iso3, confirming pattern, court entry name)
SEATS = [
    (
        tuple(fold(row["seat"]).split()),
        row["iso3"].strip(),
        re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in row["confirm"].split("|") if w) + r")\b"
        ),
        row["court"].strip(),
    )
    for row in _ROWS
]
COURT_WORDS = {"court", "courts", "tribunal"}
NEAR = 3  # tokens either side of the mention where the seat may be written


def _seat_near(doc: Doc, r: Reading, seat: tuple[str, ...]) -> bool:
    """Whether the seat's words stand in the mention or within NEAR tokens of it."""
    lo, hi = max(0, r.start - NEAR - len(seat)), min(len(doc), r.end + NEAR + len(seat))
    words = [fold(t.text) for t in doc_tokens(doc)[lo:hi]]
    n = len(seat)
    return any(tuple(words[i : i + n]) == seat for i in range(len(words) - n + 1))


def international_courts(doc: Doc, readings: list[Reading], gaz: Gazetteer) -> None:
    """Recode, in place, the courts that :data:`SEATS` say are international courts."""
    for r in readings:
        code = r.code or ""
        if (
            len(code) != 6
            or code[3:] != "JUD"
            or not any(fold(t.text) in COURT_WORDS for t in doc_tokens(doc)[r.start : r.end])
        ):
            continue
        for seat, iso3, confirm, court in SEATS:
            if (
                code[:3] != iso3
                or not _seat_near(doc, r, seat)
                or confirm.search(text_of(doc)) is None
            ):
                continue
            entry = gaz.lookup(court)
            if entry is None or not entry.code:
                continue
            r.code, r.country, r.inferred, r.code_from = entry.code, None, False, "name"
            r.name, r.kind, r.entry = entry.name, entry.kind, entry
            break
