"""firms38 (issue 11): firms37's coordination rule is read after firms and outlets only.

A name joined by "and", or by a gap of determiners and prepositions alone, to a firm or
an outlet is a second party, not its officer (firms37); after an armed or criminal group
or a state body the base reading stays: a gang listed beside a coded gang is of its kind
and country, "the SEC under X" is the commission's man. Sentences and names written for
these tests.
"""

from __future__ import annotations

import spacy

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.membership import _firm, _firm_partner
from watchfloor.extract.actors.reading import Reading


def _coded(text: str, published: str | None = "2014-03-03") -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text, published)).items() if v}


def _org(code: str, start: int, end: int) -> Reading:
    return Reading(start, end, "Harlow", "organization", None, code[:3], code, "ner")


def test_a_gang_listed_after_a_coded_gang_keeps_its_country_and_role():
    codes = _coded(
        "Drug gangs like the Rastrojos and Lobos Blancos move cocaine through Narino, Colombia."
    )
    assert codes.get("Lobos Blancos") == "COLCRM"  # firms37: a bare COL


def test_a_man_under_a_state_body_keeps_its_code():
    codes = _coded(
        "The SEC under Pryor tightened its rules. Pryor led the Securities and Exchange "
        "Commission for four years."
    )
    assert codes.get("Pryor") == "USAGOV"  # firms37: none (a preposition alone between)


def test_a_name_after_an_outlet_and_a_bare_the_is_no_reporter():
    codes = _coded("Officials told Reuters the Kent statement was wrong.")
    assert codes.get("Reuters") == "GBRMED"
    assert "Kent" not in codes  # was GBRMED before firms37


def test_only_firms_and_outlets_read_the_coordination():
    assert _firm(_org("AUSBUS", 0, 1))
    assert _firm(_org("MNCUSA", 0, 1))
    assert _firm(_org("GBRMED", 0, 1))
    assert not _firm(_org("COLCRM", 0, 1))
    assert not _firm(_org("USAGOV", 0, 1))


def test_an_and_inside_the_office_keeps_the_firms_officer():
    words = spacy.blank("en")("Harlow and Kent Harlow chairman and chief executive Kent")
    assert _firm_partner(words, _org("AUSBUS", 0, 1), 2)  # "Harlow and Kent"
    assert not _firm_partner(words, _org("AUSBUS", 3, 4), 8)  # "chairman and chief ..."
