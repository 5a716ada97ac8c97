"""Spanish twenty-first pass (issue 17, branch spanish31): the story's home country
(:mod:`watchfloor.extract.spanish.home`) is counted by sentence, cities the place index
knows and place nouns with a demonym count, and the lede breaks a tie; a second country
named in passing no longer gives the story's unnamed police its country. A demand,
disapproval, rejection or threat naming no target is aimed at the other party of the
story's latest exchange of its source's country (:mod:`watchfloor.extract.spanish.addressee`).
Guards: a story whose only country is the second one, a story truly about two countries,
no exchange or one of two other countries, an undirected act. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


def triples(text: str) -> list[tuple[str, str | None, str | None]]:
    return codes(one(text))


def source_of(text: str, code: str) -> str | None:
    return next(s for c, s, _ in triples(text) if c == code)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the lede's place-noun demonym beats one later sentence naming the US twice
        (
            "Quince presos se fugaron de una cárcel en las afueras de la capital hondureña. "
            "Agentes de la Policía detuvieron al director del penal. La embajada de Estados Unidos "
            "ofreció apoyo a las autoridades y dijo que dos de los prófugos son buscados por "
            "cortes "
            "estadounidenses.",
            "HNDCOP",
        ),
        # a city of the place index (Machala, Ecuador) and one sentence naming Colombia thrice
        (
            "Un comerciante fue asesinado en Machala. La Policía detuvo a dos sospechosos. "
            "El Gobierno de Colombia y el de Colombia, dijo un portavoz colombiano, ofrecieron "
            "ayuda.",
            "ECUCOP",
        ),
        # a Peruvian story: Lima in two sentences, Colombia named once in passing
        (
            "Dos vigilantes fueron asesinados en Lima. La Policía detuvo a tres sospechosos "
            "en Lima, aunque el cabecilla estaría escondido en Colombia.",
            "PERCOP",
        ),
    ],
)
def test_home_country_of_the_story(text: str, source: str) -> None:
    assert source_of(text, "173") == source


def test_role_phrases_with_their_own_country_count() -> None:
    # Cuba named in three sentences (a court of Havana, "la cancillería cubana") against
    # the US in two (the State Department, Washington as a place): Cuban police
    text = (
        "Un tribunal de La Habana condenó a doce manifestantes a prisión. El Departamento "
        "de Estado criticó la sentencia. La cancillería cubana acusó a Washington de "
        "injerencia. Un día después, la Policía detuvo a otros tres manifestantes."
    )
    assert source_of(text, "173") == "CUBCOP"


def test_guard_only_country_named_stays_home() -> None:
    # no country but the US: the police stay the US's, as before
    text = (
        "Quince presos se fugaron de una cárcel. Agentes de la Policía detuvieron al "
        "director del penal. La embajada de Estados Unidos ofreció apoyo a las autoridades "
        "y dijo que dos de los prófugos son buscados por cortes estadounidenses."
    )
    assert source_of(text, "173") == "USACOP"


def test_guard_story_about_two_countries_has_no_home() -> None:
    # both countries in the lede, each named as often: no home country for "la Policía"
    text = (
        "Panamá y Colombia firmaron un acuerdo de seguridad fronteriza. "
        "La Policía detuvo a tres contrabandistas en la frontera."
    )
    assert source_of(text, "173") not in {"PANCOP", "COLCOP"}


def test_guard_one_country_story_unchanged() -> None:
    text = (
        "Un comerciante fue asesinado a tiros en un mercado de Machala. "
        "La Policía detuvo a dos sospechosos."
    )
    assert source_of(text, "173") == "ECUCOP"


# -- the addressee known from the story (addressee.py, nonevents_es.yaml story_addressed) --
def test_reply_is_aimed_at_the_earlier_doer() -> None:
    text = (
        "El Gobierno de Chile expulsó a cuarenta migrantes peruanos. El canciller peruano "
        "criticó con dureza el trato dado a sus ciudadanos."
    )
    assert ("111", "PERGOV", "CHLGOV") in triples(text)


def test_continuation_keeps_the_earlier_target() -> None:
    text = (
        "Estados Unidos amenazó a México con imponer aranceles. Días después, Washington "
        "exigió resultados en la lucha contra el fentanilo."
    )
    assert ("100", "USAGOV", "MEX") in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # no earlier exchange: nobody to aim at
        "Washington exigió resultados en la lucha contra el fentanilo.",
        # an earlier exchange of two other countries does not concern Peru
        "Colombia acusó a Venezuela de proteger a la guerrilla. Días después, el Gobierno de "
        "Perú exigió resultados en la lucha contra el narcotráfico.",
    ],
)
def test_guard_demand_without_exchange_keeps_no_target(text: str) -> None:
    assert [t for c, _, t in triples(text) if c == "100"] == [None]


def test_guard_undirected_root_takes_no_story_target() -> None:
    # a deployment (15) is not a directed verbal act: no target from the story
    text = (
        "Estados Unidos amenazó a México con imponer aranceles. Días después, Washington "
        "desplegó más agentes en la frontera."
    )
    assert all(t is None for c, _, t in triples(text) if c.startswith("15"))
    assert any(c.startswith("15") for c, _, _ in triples(text))
