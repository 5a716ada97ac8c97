"""The GeoNames lookup tables shared by the export and the dashboard map."""

from watchfloor.geo.tables import geonames_tables


def test_countries_by_alpha3_alpha2_and_folded_name():
    _, countries = geonames_tables()
    assert countries["FRA"]["iso"] == "FR"
    assert countries["FR"] is countries["FRA"]
    assert countries["france"] is countries["FRA"]


def test_a_name_is_only_found_case_folded():
    _, countries = geonames_tables()
    assert "France" not in countries
    assert "fra" not in countries  # codes stay upper-case, apart from the folded names


def test_cities_keep_every_place_of_a_name():
    cities, _ = geonames_tables()
    springfields = cities["springfield"]
    assert len({c["countrycode"] + c.get("admin1code", "") for c in springfields}) > 1
    assert all(c["name"] == "Springfield" for c in springfields)


def test_built_once_a_process():
    assert geonames_tables() is geonames_tables()
