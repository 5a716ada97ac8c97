"""Offline geocoding: a place name plus its document's context → one :class:`Place`.

Used by the actor extractor (``geo`` attribute of location entities) and open to the
event extractor for event locations. Candidates come from :mod:`watchfloor.geo.index`;
this module chooses among them:

1. A qualifier in the name wins: "Aurora, Colorado" keeps only Auroras in Colorado,
   "Valencia, Venezuela" only those in Venezuela.
2. Otherwise the document's context counts: places whose country or admin area the
   document also names ("Colorado" elsewhere in the text, ``countries=["USA"]``).
3. Otherwise the most populous candidate, with a confidence that drops with the share of
   the population the other candidates hold.

A lone compass or generic word that some country calls an admin area ("South", "Littoral",
"Centre": ``data/geo/generic_region_words.tsv``) is geocoded only to an area of a country
or admin area the document names; otherwise it is no place (wrap37: "the South\nAfrican
army" broken at a wire line end read "South" as Cameroon's region).

Countries beat regions, regions beat admin areas and cities of the same name, and an admin
area beats a city of the same name unless the city is large ("Colorado" is the state,
"New York" the city). Method and limits: docs/geocoding.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.data import read_tsv
from watchfloor.geo.index import Candidate, PlaceIndex, default_index

BIG_CITY = 500_000  # a city this large is meant before an admin area of the same name
_RANK = {"country": 3, "region": 2, "admin": 1, "city": 1}


@lru_cache(maxsize=1)
def generic_region_words() -> frozenset[str]:
    """The lower-cased compass and generic words of ``data/geo/generic_region_words.tsv``."""
    path = Path(str(resources.files("watchfloor.data.geo"))) / "generic_region_words.tsv"
    return frozenset(r["word"].strip().lower() for r in read_tsv(path) if r.get("word"))


@dataclass(frozen=True, slots=True)
class Place:
    """Where a name points, with how sure the choice is."""

    name: str  # canonical name of the place chosen
    precision: str  # city | admin | country | region
    country: str | None  # ISO 3166-1 alpha-3
    admin: str | None  # first-level admin area, where known
    city: str | None
    lat: float | None
    lon: float | None
    confidence: float  # 0..1
    geonameid: int | None = None
    countries: tuple[str, ...] = ()  # regions: the countries they cover
    candidates: int = 1  # how many places the name could mean

    def to_dict(self) -> dict:
        out = asdict(self)
        out["countries"] = list(self.countries)
        return {k: v for k, v in out.items() if v not in (None, [])}


def geocode(
    name: str,
    context: Iterable[str] = (),
    countries: Iterable[str] = (),
    index: PlaceIndex | None = None,
) -> Place | None:
    """Geocode ``name`` ("Aurora", "Aurora, Colorado", "the Caribbean").

    ``context``: other place names in the same document; ``countries``: ISO3 codes the
    document is about. RETURNS the chosen :class:`Place`, or None for an unknown name.
    """
    if not name or not name.strip():
        return None
    ctx = tuple(sorted({c for c in context if c and c != name}))
    isos = tuple(sorted({c.upper() for c in countries if c}))
    if index is None:
        return _geocode_cached(name.strip(), ctx, isos)
    return _geocode(index, name.strip(), ctx, isos)


@lru_cache(maxsize=65536)
def _geocode_cached(name: str, ctx: tuple[str, ...], isos: tuple[str, ...]) -> Place | None:
    return _geocode(default_index(), name, ctx, isos)


def _geocode(
    index: PlaceIndex, name: str, ctx: tuple[str, ...], isos: tuple[str, ...]
) -> Place | None:
    head, _, qualifier = name.partition(",")
    candidates = index.find(head) or index.find(name)
    if not candidates:
        return None
    q_admins, q_countries = _areas(index, [qualifier] if qualifier.strip() else [])
    c_admins, c_countries = _areas(index, ctx)
    c_countries |= set(isos)
    if " ".join(head.split()).lower() in generic_region_words():
        # "South" alone: a compass word, one country's region only where the text names
        # that country (or a qualifier does: "South, Cameroon")
        candidates = [
            c
            for c in candidates
            if _inside(c, q_admins | c_admins, q_countries | c_countries)
            or c.precision in {"country", "region"}
        ]
        if not candidates:
            return None

    if q_admins or q_countries:
        kept = [c for c in candidates if _inside(c, q_admins, q_countries)]
        if kept:
            best = max(kept, key=lambda c: _prior(c))
            return _place(best, 0.95, len(candidates))

    top = max(_RANK[c.precision] for c in candidates)
    if top >= 2:  # a country or a region: names of those are rarely anything else
        tops = [c for c in candidates if _RANK[c.precision] == top]
        best = tops[0]
        # "Georgia" in a story about Atlanta and the USA is the state, not the country.
        if best.precision == "country" and best.iso3 not in c_countries:
            local = [
                c for c in candidates if c.precision in {"admin", "city"} and c.iso3 in c_countries
            ]
            if local:
                return _place(max(local, key=_prior), 0.7, len(candidates))
        return _place(best, 0.95 if len(tops) == 1 else 0.6, len(candidates))

    def score(c: Candidate) -> float:
        s = _prior(c)
        if c.iso3 in c_countries:
            s += 1.0
        if _inside(c, c_admins, set()):
            s += 1.5
        return s

    ranked = sorted(candidates, key=score, reverse=True)
    best = ranked[0]
    if len(ranked) == 1:
        conf = 0.8
    elif score(best) - _prior(best) > 0 and score(ranked[1]) < score(best) - 0.5:
        conf = 0.85  # the context picked it
    else:
        pops = [10 ** (10 * _prior(c)) for c in ranked]
        share = pops[0] / sum(pops)
        conf = round(0.3 + 0.45 * share, 2)
    return _place(best, conf, len(candidates))


def within(name: str, area: str, index: PlaceIndex | None = None) -> bool:
    """Whether some place called ``name`` lies in the admin area or country ``area``.

    "Aurora" within "Colorado" and "Cúcuta" within "Colombia" are true; a name with no
    place of that name inside the area ("Smith", "England") is false. The actor extractor
    reads "X, <area>" as a place only when this holds.
    """
    index = index or default_index()
    candidates = index.find(name.strip())
    if not candidates or not area.strip():
        return False
    admins, countries = _areas(index, [area])
    return any(_inside(c, admins, countries) for c in candidates if c.precision != "region")


def _prior(c: Candidate) -> float:
    """Size as a tie-breaker; admin areas count as a city of :data:`BIG_CITY` people."""
    pop = BIG_CITY if c.precision == "admin" else max(c.population, 1)
    return math.log10(pop) / 10


def _areas(index: PlaceIndex, names: Iterable[str]) -> tuple[set[tuple[str, str]], set[str]]:
    """The admin areas (iso3, admin name) and countries the given names point to."""
    admins: set[tuple[str, str]] = set()
    countries: set[str] = set()
    for n in names:
        found = index.find(n.strip())
        kinds = {c.precision for c in found}
        for c in found:
            if c.precision == "country" and c.iso3:
                countries.add(c.iso3)
            elif c.precision == "admin" and c.iso3 and c.admin and "country" not in kinds:
                admins.add((c.iso3, c.admin))
    return admins, countries


def _inside(c: Candidate, admins: set[tuple[str, str]], countries: set[str]) -> bool:
    if c.iso3 in countries:
        return True
    if c.iso3 is None:
        return False
    if c.admin is not None:
        return (c.iso3, c.admin) in admins
    # Outside the USA the index does not know a city's admin area by name; a qualifier
    # naming an admin area of the same country is the best evidence there is.
    return any(iso == c.iso3 for iso, _ in admins) and c.precision == "city"


def _place(c: Candidate, confidence: float, n: int) -> Place:
    return Place(
        name=c.name,
        precision=c.precision,
        country=c.iso3,
        admin=c.admin,
        city=c.name if c.precision == "city" else None,
        lat=c.lat,
        lon=c.lon,
        confidence=confidence,
        geonameid=c.geonameid,
        countries=c.countries,
        candidates=n,
    )
