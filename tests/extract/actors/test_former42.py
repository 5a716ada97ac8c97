"""Former office holders are elites, not the government (issue 11, former42).

A person introduced as a former holder of an office ("Former Treasury Secretary X",
"X, Brazil's one-time finance minister,") is coded ELI with the office's country, as
CAMEO and PETRARCH2 code former officials, and keeps that code at later mentions; a
current office among the person's titles wins, and a former place ("the former Soviet
Union"), a former colony or former rebels are no former office holders. Sentences are
written for these tests, dated 1987 as the Reuters stories are.
"""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse
from watchfloor.extract.actors.codes import title_role, title_words
from watchfloor.extract.actors.former_offices import former_office_code
from watchfloor.extract.gazetteer import default_gazetteer

DAY = "1987-03-10"


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _codes(text: str) -> dict[str, str | None]:
    doc = parse(text, published=DAY)[0]
    return {m.text: e.actor_code for e in doc.entities for m in e.mentions}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse(text, published=DAY)[0]
    return [(e.trigger.text, e.source_code, e.target_code) for e in doc.events]


# -- a title before the name ------------------------------------------------------------------
def test_a_former_secretary_of_a_named_department_is_an_elite():
    # "Treasury" is a coded state body (USAGOV): its former secretary is no member now
    text = "Former Treasury Secretary Walter Plimpton met Japanese officials in Tokyo on Tuesday."
    assert _codes(text)["Walter Plimpton"] == "USAELI"
    assert ("met", "USAELI", "JPNGOV") in _events(text)


def test_a_sitting_secretary_of_a_named_department_keeps_the_government():
    # guard: the same title without "former" is the department's
    text = "Treasury Secretary Walter Plimpton met Japanese officials in Tokyo on Tuesday."
    assert _codes(text)["Walter Plimpton"] == "USAGOV"


def test_an_erstwhile_prime_minister_is_an_elite():
    text = "Argentina's erstwhile Prime Minister Hector Lavalle visited Chile on Friday."
    assert _codes(text)["Hector Lavalle"] == "ARGELI"


def test_a_sitting_prime_minister_keeps_the_government():
    text = "Argentina's Prime Minister Hector Lavalle visited Chile on Friday."
    assert _codes(text)["Hector Lavalle"] == "ARGGOV"


# -- an apposition, and the later mentions --------------------------------------------------
def test_a_one_time_minister_in_an_apposition_is_an_elite_at_every_mention():
    text = (
        "Carlos Duarte, Brazil's one-time finance minister, urged the central bank to cut "
        "rates. Duarte later met Chilean officials in Santiago."
    )
    codes = _codes(text)
    assert codes["Carlos Duarte"] == "BRAELI"
    assert codes["Duarte"] == "BRAELI"
    assert codes["Brazil's one-time finance minister"] == "BRAELI"
    assert ("met", "BRAELI", "CHLGOV") in _events(text)


def test_a_sitting_minister_in_an_apposition_keeps_the_government():
    text = "Carlos Duarte, Brazil's finance minister, urged the central bank to cut rates."
    assert _codes(text)["Carlos Duarte"] == "BRAGOV"


def test_a_former_minister_criticising_the_government_is_no_government_act():
    text = "Former Defence Minister Aldo Renzetti criticised Italy's government on Monday."
    assert ("criticised", "ITAELI", "ITAGOV") in _events(text)


# -- retired officers -----------------------------------------------------------------------
def test_a_retired_general_is_an_elite_and_a_serving_one_the_military():
    retired = "Retired Colombian general Tomas Arrieta said the army was losing ground."
    serving = "Colombian General Tomas Arrieta said the army was losing ground."
    assert _codes(retired)["Tomas Arrieta"] == "COLELI"
    assert _codes(serving)["Tomas Arrieta"] == "COLMIL"


# -- guards: a current office, a former place, a former colony, former rebels ---------------
def test_the_current_office_wins_over_a_former_one():
    text = (
        "Brazilian Foreign Minister Carlos Duarte, a former finance minister, met US officials "
        "in Washington."
    )
    assert _codes(text)["Carlos Duarte"] == "BRAGOV"


def test_the_former_soviet_union_is_a_place_not_an_elite():
    former = _codes("The former Soviet Union signed a trade pact with Finland.")
    plain = _codes("The Soviet Union signed a trade pact with Finland.")
    assert former["Soviet Union"] == plain["Soviet Union"]
    assert not (former["Soviet Union"] or "").endswith("ELI")


def test_a_former_colony_keeps_its_own_country():
    codes = _codes("Kenya, a former British colony, asked Britain for aid on Monday.")
    assert codes["Kenya"] == "KEN"
    assert codes["Britain"] == "GBR"


def test_former_rebels_are_no_elite():
    text = "Former rebels of the M-19 movement attacked a Colombian army post."
    sources = [s for trigger, s, _ in _events(text) if trigger == "attacked"]
    assert sources and not any((s or "").endswith("ELI") for s in sources)


# -- the rule itself ------------------------------------------------------------------------
def test_former_office_code_of_a_state_body(gaz):
    assert former_office_code(gaz, ["Former Treasury Secretary"], "USAGOV") == "USAELI"
    assert former_office_code(gaz, ["retired police chief"], "COLCOP") == "COLELI"


def test_former_office_code_leaves_current_offices_rank_and_file_and_parties(gaz):
    assert former_office_code(gaz, ["Treasury Secretary"], "USAGOV") is None
    # rank and file out of a force held no office (roles16): the rule gives nothing
    assert former_office_code(gaz, ["former police officer"], "COLCOP") is None
    # a party holds no state office
    assert former_office_code(gaz, ["former party chairman"], "USAPTY") is None
    titles = ["Foreign Minister", "former finance minister"]
    assert former_office_code(gaz, titles, "BRAGOV") is None


def test_a_hyphenated_former_word_is_one_title_word(gaz):
    assert title_words("one-time finance minister") == ["onetime", "finance", "minister"]
    assert title_words("ex-President") == ["ex", "President"]
    assert title_role(gaz, "Brazil's one-time finance minister") == "ELI"
    assert title_role(gaz, "erstwhile Prime Minister") == "ELI"
    # guard: "one-time" in no title gives no role
    assert title_role(gaz, "a one-time payment") is None
