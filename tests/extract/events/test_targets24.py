"""Sides round 24 (issue 12, targets24): coded sides judged wrong that name no actor in
that role — generic people arrested or charged coded as civilians, retired or former
officials coded with the office they left, and places (a hometown, apartments, the
country across a border) coded as the target. Each rule with a guard where the side must
stay as it was. Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _targets(text: str, trigger: str) -> set[str | None]:
    return {e.target_code or None for e in events(text, trigger)}


def _sources(text: str, trigger: str) -> set[str | None]:
    return {e.source_code or None for e in events(text, trigger)}


# -- people arrested, charged or convicted are suspects, not civilians ----------------------


def test_people_arrested_are_not_coded_civilians():
    assert _targets("Mexican police arrested seven people in Tijuana on Friday.", "arrested") == {
        None
    }


def test_people_accused_of_a_crime_arrested_are_not_coded_civilians():
    assert _targets(
        "Colombian authorities have arrested 12 people accused of smuggling cocaine.", "arrested"
    ) == {None}


def test_people_convicted_are_not_coded_civilians():
    assert _targets("A court in Lima convicted four people of money laundering.", "convicted") == {
        None
    }


def test_people_killed_stay_civilians():
    # guard: the victims of a killing are civilians (180 is no legal action)
    assert _targets("Gunmen killed seven people in a bar in Acapulco.", "killed") == {"MEXCVL"}


def test_arrested_gang_members_keep_their_group():
    # guard: a described group with its own code is not touched
    assert _targets("Mexican police arrested four members of the Sinaloa Cartel.", "arrested") == {
        "MEXCRM"
    }


# -- former and retired officials are no longer the office ----------------------------------


def test_retired_officers_keep_only_their_country():
    assert _targets(
        "The arrest of two retired army officers in Peru may be political.", "arrest"
    ) == {"PER"}


def test_retired_guard_officers_are_not_the_guard():
    assert _targets(
        "Venezuelan authorities arrested two retired National Guard officers for drug trafficking.",
        "arrested",
    ) == {None}


def test_retired_officers_in_a_national_force_keep_its_country():
    assert _targets(
        "The detention of three retired officers in Bolivia's National Police "
        "for bribery surprised observers.",
        "detention",
    ) == {"BOL"}


def test_people_arrested_by_no_named_arrester_keep_their_code():
    # guard: the event needs a side; with no arrester the people stay coded (the judges
    # accepted CVL for such rows as often as not)
    assert _targets(
        "More than 200 people were arrested in Ciudad Juarez last month.", "arrested"
    ) == {"MEXCVL"}


def test_serving_guard_officers_keep_their_role():
    # guard: the same sentence without "retired"
    assert _targets(
        "Venezuelan authorities arrested two National Guard officers for drug trafficking.",
        "arrested",
    ) == {"COP"}


def test_former_police_chief_is_not_the_police():
    assert _targets(
        "Prosecutors accused a former police chief of taking bribes from the Zetas.", "accused"
    ) == {None}


def test_former_national_police_chief_keeps_the_country():
    assert _sources("The former Colombian police chief met Mexican officials.", "met") == {"COL"}


def test_former_rebels_keep_their_group():
    # guard: "former" only takes a state office away ("former FARC rebels" may still fight)
    assert _sources("Former FARC rebels attacked a police station in Cauca.", "attacked") == {
        "COLREB"
    }


# -- a place is no actor --------------------------------------------------------------------


def test_a_persons_hometown_is_no_target():
    assert _targets("Gunmen attacked Joaquin Guzman's hometown in Sinaloa.", "attacked") == {None}


def test_the_hometown_of_a_person_is_no_target():
    assert _targets(
        "Gunmen attacked the hometown of the cartel leader Joaquin Guzman in Sinaloa.", "attacked"
    ) == {None}


def test_the_country_across_a_border_is_no_target():
    assert _targets(
        "Peruvian police seized nearly $12,000 in fake bills at the border with Ecuador.", "seized"
    ) == {None}


def test_a_police_station_attacked_stays_the_police():
    # guard: a force's own premises stand for the force
    assert _targets("Former FARC rebels attacked a police station in Cauca.", "attacked") == {
        "COLCOP"
    }


def test_a_country_named_as_the_topic_of_a_war_is_no_target():
    assert _targets("The president refused to support the Iraq war.", "support") == {None}


def test_a_country_named_as_the_topic_of_a_scandal_is_no_target():
    assert _targets(
        "A Senate committee is investigating the Iran arms scandal.", "investigating"
    ) == {None}


def test_a_countrys_possessed_things_stay_its_target():
    # guard: a possessive on a thing still names its owner ("Venezuela's ports")
    assert _targets("The army shelled Venezuela's ports.", "shelled") == {"VEN"}


def test_former_and_current_officers_keep_their_role():
    # guard: some of them still serve
    assert _targets(
        "Several former and current army officers in Peru have been arrested for drug trafficking.",
        "arrested",
    ) == {"PERMIL"}


def test_a_visit_to_the_city_of_a_country_keeps_the_host():
    # guard: "the city of Rosario" is the place itself, standing for its host country
    assert _targets(
        "The two traffickers traveled to the city of Rosario, in northern "
        "Argentina, to negotiate a truce.",
        "traveled",
    ) == {"ARG"}


def test_people_from_a_village_arrested_by_police_are_left_empty():
    assert _targets("Police arrested 15 people from the village on Monday.", "arrested") == {None}
