"""Newspapers that share a name across countries, and a US outlet cited on Latin America
(organizations.yaml; judged actor rounds 16, 18, 19 and 20). Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract


def test_the_bare_name_el_pais_names_no_one_country():
    codes = _codes(_extract("Police in Cali detained two brothers, El Pais reported on Sunday."))
    assert "ESPMED" not in codes.values()
    codes = _extract("Madrid's city council voted on Friday, El País reported.")
    assert "ESPMED" not in _codes(codes).values()


def test_a_qualified_el_pais_names_its_city():
    codes = _codes(_extract("The mayor gave an interview to El País de Cali on Monday."))
    assert codes.get("El País (Colombia)") == "COLMED"


def test_el_nuevo_herald_is_a_us_outlet_whatever_the_story_country():
    codes = _codes(
        _extract("Venezuela's defence minister denied the report, El Nuevo Herald said on Tuesday.")
    )
    assert codes.get("El Nuevo Herald") == "USAMED"
    assert "VENMED" not in codes.values()
