"""People coded from what the text states at any mention (issue 11, people42).

An alias written after a person's name is the person for the whole document; a title
naming a criminal group ("a commander of the Zetas gang") is the group's, not the army's;
"who served as <office>" states a past office; the "of <place>" phrase right after a
titled name gives the title its country. Sentences are written for these tests.
"""

from __future__ import annotations

from tests.extract.events.helpers import parse


def _entities(text: str, published: str = "2016-05-10") -> dict[str, tuple[str, str | None]]:
    """Mention text → (entity name, actor code)."""
    doc = parse(text, published=published)[0]
    return {m.text: (e.name, e.actor_code) for e in doc.entities for m in e.mentions}


# -- aliases ---------------------------------------------------------------------------
def test_a_later_alias_mention_joins_the_full_name() -> None:
    text = (
        'The leader of the gang, Mario Gomez Ruiz, alias "El Flaco," was arrested by '
        "Colombian police. El Flaco had led the gang since 2010. Police said Flaco fled."
    )
    got = _entities(text)
    assert got["Mario Gomez Ruiz"][1] == "CRM"
    assert got["El Flaco"] == got["Mario Gomez Ruiz"]
    assert got["Flaco"] == got["Mario Gomez Ruiz"]  # the alias without its article


def test_an_alias_given_to_two_people_names_no_one() -> None:
    # guard: two men called "El Toro": a later "El Toro" joins neither
    text = (
        'Jorge Ruiz, known as "El Toro," and Pedro Diaz, known as "El Toro," were '
        "detained. El Toro escaped."
    )
    got = _entities(text)
    assert got["El Toro"][0] not in {"Jorge Ruiz", "Pedro Diaz"}


def test_known_as_without_quotes_is_no_alias() -> None:
    # guard: "known as" opens an alias only with a quoted name (else a description)
    text = "Jorge Ruiz, known as Toro in his village, was detained. Toro escaped."
    assert _entities(text)["Toro"][0] != "Jorge Ruiz"


# -- a member head naming a criminal group ------------------------------------------------
def test_a_commander_of_a_named_gang_is_the_gangs() -> None:
    text = "Mexican prosecutors charged Raul Soto, a commander of the Zetas gang."
    assert _entities(text)["Raul Soto"][1] == "MEXCRM"


def test_an_army_commander_who_fought_a_gang_stays_military() -> None:
    # guard: the gang is the object of his act, not his group
    text = "Mexican prosecutors charged Raul Soto, an army commander who fought the Zetas gang."
    assert _entities(text)["Raul Soto"][1] == "MEXMIL"


def test_a_lawyer_of_a_gang_takes_no_code() -> None:
    # guard: no membership head
    text = "Police arrested Raul Soto, a lawyer of the Zetas."
    assert _entities(text)["Raul Soto"][1] is None


# -- "who served as" ---------------------------------------------------------------------
def test_who_served_as_states_a_past_office() -> None:
    text = (
        "Luis Ortega Mena, who served as Honduras' top police commander until 2012, "
        "accused the government of corruption."
    )
    assert _entities(text)["Luis Ortega Mena"][1] == "HNDELI"


def test_who_served_as_without_an_office_gives_nothing() -> None:
    # guard: no role word in the "as" phrase
    text = "Luis Ortega Mena, who served as a waiter in Tegucigalpa, accused the police."
    assert _entities(text)["Luis Ortega Mena"][1] is None


# -- "of <place>" after a titled name ---------------------------------------------------
def test_the_country_after_a_titled_name_is_his() -> None:
    got = _entities("Finance Minister Tom Hockin of Canada said rates would fall.", "1987-03-10")
    assert got["Tom Hockin"][1] == "CANGOV"


def test_a_state_after_a_senators_name_gives_his_country() -> None:
    text = "Senator Terry Sanford of North Carolina said he would vote against the bill."
    assert _entities(text, "1987-03-10")["Terry Sanford"][1] == "USALEG"


def test_the_place_after_the_name_beats_a_nearby_country() -> None:
    text = (
        "Oil ministers met in Vienna. Mines Minister Arturo Hernandez of Venezuela said "
        "output would fall. Hernandez met Saudi officials."
    )
    assert _entities(text, "1987-03-10")["Arturo Hernandez"][1] == "VENGOV"


def test_a_body_after_the_name_gives_no_country() -> None:
    # guard: "of the Treasury" names no place
    text = "Finance Minister Tom Hockin of the Treasury said rates would fall."
    assert _entities(text, "1987-03-10")["Tom Hockin"][1] is None


def test_a_country_after_an_untitled_name_gives_no_code() -> None:
    # guard: a country alone states no role
    text = "Chairman Manaspas Chan of Thailand opened the rubber talks."
    assert _entities(text, "1987-03-10")["Manaspas Chan"][1] is None
