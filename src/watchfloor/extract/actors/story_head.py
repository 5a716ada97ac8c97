"""The top of a story: its wire dateline and its title-case headline.

"TOKYO, March 3 -" says where a story was filed (and its place is no actor); a headline
in title case capitalises every word, so the recogniser's names in it are weak.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import fold
from watchfloor.geo import geocode

# A wire dateline on one of the first lines: "TOKYO, March 3 -", "CARACAS, Venezuela
# (Reuters) —", "SAN SALVADOR -". Group 1: the place in capitals; group 2: a qualifier.
DATELINE_START = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+){0,3})"
    r"(?:,[ \t]*((?:[A-Z][a-z.]+)(?:[ \t]+[A-Z][a-z.]+){0,2})?(?:[ \t]*\d{1,2})?)?"
    # "SURFERS PARADISE, Australia, March 23 -": a country and then the date (round 12)
    r"(?:,[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2})?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:-{1,2}|—|–)[ \t]"
)
_MONTHS = {
    "jan",
    "feb",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "september",
    "october",
    "november",
    "december",
}


def dateline_match(text: str) -> re.Match[str] | None:
    """The wire dateline on the first three lines of a text (:data:`DATELINE_START`:
    group 1 the place, group 2 a qualifier; offsets are the text's own), or None."""
    return DATELINE_START.search("\n".join(text.split("\n", 3)[:3]))


def field_dateline_match(meta: dict | None) -> re.Match[str] | None:
    """The wire dateline a record carried as a field (``meta["dateline"]``, the NLP stage's
    metadata: "BONN, Oct 20 -"), read as :func:`dateline_match` reads one in the text, or
    None. Its offsets are the field's own, never the text's: only its place is used."""
    field = (meta or {}).get("dateline")
    if not isinstance(field, str) or not field.strip():
        return None
    return DATELINE_START.match(" ".join(field.split()) + " ")


def dateline_country(text: str) -> str | None:
    """The country of the place a wire story was filed from, read from a dateline on its
    first three lines (:func:`dateline_match`), geocoded offline; None without one."""
    return dateline_place_country(dateline_match(text))


def dateline_place_country(m: re.Match[str] | None) -> str | None:
    """The country of a dateline's place (``m``: from :func:`dateline_match`), geocoded
    offline; None without a dateline or for a region."""
    if m is None:
        return None
    name = m.group(1).title()
    qualifier = (m.group(2) or "").strip()
    if qualifier and fold(qualifier).split()[0].rstrip(".") not in _MONTHS:
        name = f"{name}, {qualifier}"
    place = geocode(name)
    return place.country if place is not None and place.precision != "region" else None


SEATS_FILE = Path(__file__).resolve().parents[2] / "data" / "actors" / "meeting_seats.tsv"


@cache
def _seat_bodies() -> dict[str, re.Pattern[str]]:
    """``meeting_seats.tsv``: a folded city name → one pattern finding any of its bodies
    (an acronym as a whole word in its own case, a name in any case)."""
    out: dict[str, re.Pattern[str]] = {}
    with SEATS_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip() or line.startswith("city\t"):
                continue
            city, bodies = line.rstrip("\n").split("\t")
            names = [b.strip() for b in bodies.split("|") if b.strip()]
            parts = [
                re.escape(b) if b.replace(".", "").isupper() else f"(?i:{re.escape(b)})"
                for b in names
            ]
            out[fold(city)] = re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])")
    return out


def filed_from_body_seat(m: re.Match[str] | None, text: str) -> bool:
    """Whether a dateline (``m``, from :func:`dateline_match` or
    :func:`field_dateline_match`) is a city where an international body sits or meets
    (``meeting_seats.tsv``) and the story (``text``) names one of that city's bodies: EC
    ministers meeting in Luxembourg, OPEC in Vienna. The story is then about the body's
    meeting as often as about the host state, so its dateline gives the article no
    country (dateline43's reach: bare "ministers" and "the government" of an EC council
    coded the host state's)."""
    if m is None:
        return False
    found = _seat_bodies().get(fold(m.group(1)))
    return found is not None and found.search(text) is not None


def read_headline_end(doc: Doc) -> int:
    """The token index where a title-case headline at the top of the text ends, or 0.

    A headline is the first sentence when all of its words longer than three letters are
    capitalised, at least three of them ("Paraguay Seizes Record Cocaine Haul"); running
    text ("President X met the national police chief") has lower-case words."""
    if not doc.has_annotation("SENT_START") or len(doc) == 0:
        return 0
    first = next(doc.sents)
    end = first.end
    # the first line, when the parser ran it into the next ("Bank Of France Sells 1.6
    # Billion Francs Crh Tap.\nPARIS, March 19 - The Bank ...": round 12)
    line = next(
        (
            t.i
            for t in doc_tokens(doc)[: min(first.end, 40)]
            if "\n" in t.whitespace_ or "\n" in t.text
        ),
        None,
    )
    stop = doc[line - 1] if line and doc[line].is_space else doc[line or 0]
    if line is not None and line + 1 < first.end and stop.text in {".", "?", "!"}:
        # (a line closed by its own stop: a wire's hard-wrapped running text is not one,
        # "Standard Oil Co and BP North America\nInc said ...")
        end = line + 1
    # function words stay lower case in a headline ("Colombia Admits that its Gangs ...")
    words = [t for t in doc_tokens(doc)[:end] if t.is_alpha and len(t.text) > 3 and not t.is_stop]
    if len(words) < 3 or end >= len(doc):
        return 0
    caps = sum(1 for t in words if t.text[:1].isupper())
    return end if caps == len(words) else 0
