"""Spanish twenty-third pass (issue 17, branch spanish33): in a story about one country, a
cooperative act (roots 03, 05, 06, 07) or a demand, disapproval, rejection or threat of an
actor of another country that names no target is aimed at the story's home country — its
government when the source acts for a state (:mod:`watchfloor.extract.spanish.toward_home`);
and a government's "protestó" (114) is aimed like the complaint it is coded as. Guards: the
home country's own acts, a source with no country, a story of one sentence, an act whose
phrase names a third country or an actor no reader resolved, a named target, a request (02,
not in ``home_aimed``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import one

# a Honduran story's first two sentences
HONDURAS = (
    "La Policía de Honduras capturó a tres pandilleros en San Pedro Sula. "
    "El Gobierno hondureño declaró el estado de excepción. "
)
# a Guatemalan story whose sentences name no Guatemalan government
GUATEMALA = (
    "El Ejército de Guatemala detuvo a un narcotraficante en Petén. La Fiscalía "
    "guatemalteca lo acusó de lavado. "
)


def event(text: str, code: str):
    return next(e for e in one(text).events if e.code == code)


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        # a foreign capital's offer with no target: the home government
        (HONDURAS + "Washington ofreció apoyo logístico para la operación.", "030", "HNDGOV"),
        # an embassy in a Guatemalan story
        (GUATEMALA + "La embajada de Estados Unidos ofreció ayuda técnica.", "030", "GTMGOV"),
        # material cooperation by a foreign police in a Spanish story
        (
            "La Policía de España detuvo a seis narcotraficantes en Valencia. La Guardia Civil "
            "incautó dos toneladas de cocaína. La Policía colombiana aportó información a la "
            "investigación.",
            "064",
            "ESPGOV",
        ),
        # a source that does not act for a state: the home country itself
        (
            "Un incendio destruyó un mercado de Guayaquil. El Gobierno de Ecuador declaró la "
            "emergencia. La oposición venezolana ofreció ayuda.",
            "030",
            "ECU",
        ),
        # a foreign disapproval and demand that no earlier exchange addresses
        (HONDURAS + "El Gobierno de Estados Unidos criticó la medida.", "111", "HNDGOV"),
        (HONDURAS + "La cancillería mexicana exigió garantías.", "100", "HNDGOV"),
        # a government's "protestó" is an official complaint (114): the addressee of the
        # story's latest exchange of its country (spanish31's rule, now reached)
        (
            "En Santo Domingo, agentes dominicanos detuvieron a cien haitianos. Las autoridades "
            "dominicanas los deportaron por Dajabón. La cancillería haitiana protestó por el trato "
            "recibido.",
            "114",
            "DOMGOV",
        ),
    ],
)
def test_foreign_act_aimed_at_home(text: str, code: str, target: str) -> None:
    ev = event(text, code)
    assert ev.target_code == target
    if code != "114":  # the addressee of an earlier exchange is no inference of home
        assert ev.extra.get("target_from_story") is True


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        # the home country's own act
        (HONDURAS + "El Gobierno hondureño ofreció apoyo a las víctimas.", "030", None),
        # a source with no country
        (HONDURAS + "La ONU ofreció ayuda humanitaria.", "030", None),
        # one sentence is no story
        ("Washington ofreció apoyo logístico para la operación.", "030", None),
        # the act is for a third country, or for an actor no reader resolved
        (HONDURAS + "Washington ofreció ayuda para Haití.", "030", None),
        (HONDURAS + "Washington ofreció apoyo a un país vecino.", "030", None),
        (
            HONDURAS + "Washington ofreció apoyo logístico para la familia de Juan Pérez.",
            "030",
            None,
        ),
        # a named target is kept
        (
            HONDURAS + "El Gobierno de Estados Unidos ofreció apoyo al Gobierno de Guatemala.",
            "030",
            "GTMGOV",
        ),
        # a request is not one of home_aimed's roots
        (HONDURAS + "Washington pidió cooperación.", "020", None),
    ],
)
def test_not_aimed_at_home(text: str, code: str, target: str | None) -> None:
    ev = event(text, code)
    assert ev.target_code == target
    assert not ev.extra.get("target_from_story")


def test_home_target_is_reused_when_named() -> None:
    """The home government the story names is the target entity, not a second one."""
    doc = one(HONDURAS + "Washington ofreció apoyo logístico para la operación.")
    govs = [e for e in doc.entities if e.actor_code == "HNDGOV"]
    assert [e.id for e in govs] == ["act:hndgov"] and govs[0].mentions


def test_home_target_made_when_not_named() -> None:
    """A home country no government phrase names gets a government entity of its own,
    flagged as read from the story."""
    doc = one(GUATEMALA + "La embajada de Estados Unidos ofreció ayuda técnica.")
    gov = next(e for e in doc.entities if e.actor_code == "GTMGOV")
    assert gov.attributes.get("recognised_by") == "story" and gov.country == "GTM"
