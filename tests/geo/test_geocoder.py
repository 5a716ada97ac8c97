"""Offline geocoder: qualifiers, document context, most-populous fallback, regions."""

from __future__ import annotations

from watchfloor.geo import Place, default_index, geocode


def test_qualified_aurora_is_the_colorado_city():
    place = geocode("Aurora, Colorado")
    assert isinstance(place, Place)
    assert (place.precision, place.country, place.admin, place.city) == (
        "city",
        "USA",
        "Colorado",
        "Aurora",
    )
    assert 39 < place.lat < 40.5 and -105.5 < place.lon < -104
    assert place.confidence >= 0.9


def test_context_chooses_among_places_of_one_name():
    assert geocode("Aurora", context=["Illinois"]).admin == "Illinois"
    assert geocode("Aurora", context=["Canada"]).country == "CAN"
    assert geocode("Aurora", countries=["CAN"]).country == "CAN"
    assert geocode("Valencia", context=["Venezuela"]).country == "VEN"
    assert geocode("Valencia", context=["Spain"]).country == "ESP"


def test_without_context_the_most_populous_wins_with_lower_confidence():
    bare = geocode("Aurora")
    qualified = geocode("Aurora, Colorado")
    assert bare.admin == "Colorado"  # the largest Aurora in GeoNames
    assert bare.candidates > 1
    assert bare.confidence < 0.75 < qualified.confidence


def test_regions_get_region_precision_and_a_representative_point():
    carib = geocode("the Caribbean")
    assert carib.precision == "region" and carib.country is None
    assert 10 < carib.lat < 25 and -85 < carib.lon < -60
    assert "JAM" in carib.countries
    latam = geocode("Latin America")
    assert latam.precision == "region"
    assert -40 < latam.lat < 25 and -100 < latam.lon < -35


def test_countries_and_admin_areas():
    ven = geocode("Venezuela")
    assert (ven.precision, ven.country) == ("country", "VEN")
    assert geocode("U.S.").country == "USA"
    colorado = geocode("Colorado")
    assert (colorado.precision, colorado.country) == ("admin", "USA")
    sinaloa = geocode("Sinaloa")
    assert (sinaloa.precision, sinaloa.country) == ("admin", "MEX")


def test_a_state_beats_a_country_of_the_same_name_in_us_context():
    assert geocode("Georgia").country == "GEO"
    state = geocode("Georgia", context=["Atlanta", "United States"])
    assert (state.precision, state.country) == ("admin", "USA")


def test_accents_and_other_names_are_folded():
    assert geocode("Medellin").name == "Medellín"
    assert geocode("Culiacan, Sinaloa").country == "MEX"
    assert geocode("Ciudad de México").name == "Mexico City"


def test_unknown_or_empty_names_give_none():
    assert geocode("Qwertyville") is None
    assert geocode("") is None
    assert geocode("   ") is None


def test_index_is_built_once():
    assert default_index() is default_index()


def test_place_serialises_without_empty_fields():
    data = geocode("Aurora, Colorado").to_dict()
    assert data["precision"] == "city" and "countries" not in data


def test_within_says_whether_a_place_of_that_name_lies_in_an_area():
    from watchfloor.geo import within

    assert within("Aurora", "Colorado") and within("Aurora", "Illinois")
    assert within("Cúcuta", "Colombia")
    assert not within("Aurora", "Venezuela")
    assert not within("Qwertyville", "Colorado")
    assert not within("Aurora", "")


def test_a_lone_compass_word_is_no_region_of_an_unnamed_country():
    # wrap37: "South" alone is a Cameroonian admin area in the index, not a place in a
    # story that never names Cameroon
    assert geocode("South") is None
    assert geocode("Littoral", context=["Pretoria"]) is None
    assert geocode("West", countries=["ZAF"]) is None


def test_guard_a_compass_word_of_a_named_country_keeps_its_region():
    place = geocode("South", countries=["CMR"])
    assert place is not None and place.country == "CMR"
    place = geocode("South, Cameroon")
    assert place is not None and place.country == "CMR"
    # a non-generic admin name alone is still geocoded
    assert geocode("Adamawa") is not None
