"""The place finder's type (tidy43): ``places.place_country_finder`` returns a
:class:`.codes.PlaceCountry`, the one type ``codes`` and ``attached_country`` take."""

from __future__ import annotations

import inspect
import typing

from watchfloor.extract.actors import attached_country, codes, places
from watchfloor.extract.actors.codes import PlaceCountry


def test_the_finder_is_typed_with_the_shared_place_country_type():
    hints = typing.get_type_hints(places.place_country_finder)
    assert hints["return"] is PlaceCountry
    assert typing.get_type_hints(attached_country.attached_country)["place_country"] is (
        PlaceCountry
    )
    assert typing.get_type_hints(codes.country_in)["place_country"] == PlaceCountry | None


def test_the_finder_takes_a_word_run_and_an_optional_level():
    found = places.place_country_finder({})
    params = inspect.signature(found).parameters
    assert list(params) == ["words", "level"] and params["level"].default == "city"
    assert list(inspect.signature(PlaceCountry.__call__).parameters) == [
        "self",
        "words",
        "level",
    ]
    assert found("lowercase words") is None  # a word run must start with a capital
