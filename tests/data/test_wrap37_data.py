"""wrap37: the geocoder's list of compass and generic words (data/geo/generic_region_words.tsv)
is lower-case, one word or phrase a row, with a source for each."""

from __future__ import annotations

from watchfloor.geo.geocoder import generic_region_words


def test_generic_region_words_are_listed_lower_case():
    words = generic_region_words()
    assert {"south", "north", "west", "east", "centre", "littoral", "coast"} <= words
    assert all(w == w.lower().strip() and w for w in words)


def test_guard_no_country_or_real_region_name_is_generic():
    words = generic_region_words()
    assert not {"cameroon", "adamawa", "south africa", "west germany"} & words
