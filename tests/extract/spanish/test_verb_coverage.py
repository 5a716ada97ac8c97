"""Coverage pass (esverbs26, issue 17): ordinary news verbs and event nouns of the Spanish
lexicon, each with a guard sentence whose nearby word is no event.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import one
from watchfloor.extract.spanish.lexicon import spanish_lexicon


def codes(text: str) -> list[str]:
    return sorted(e.code for e in one(text).events if not e.negated and not e.hypothetical)


def roots(text: str) -> list[str]:
    return sorted({c[:2] for c in codes(text)})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("El Gobierno de Chile expresó sus condolencias a las familias de las víctimas.", "018"),
        ("El canciller exhortó al Gobierno de Venezuela a respetar la Constitución.", "020"),
        ("El presidente de Colombia propuso un diálogo al ELN.", "036"),
        ("Los cancilleres de Perú y Chile sostuvieron una reunión en Lima.", "040"),
        ("Petro conversó por teléfono con el presidente de México.", "041"),
        (
            "El presidente de Colombia recibió una llamada telefónica del presidente de Brasil.",
            "041",
        ),
        ("Los dos gobiernos suscribieron un acuerdo de cooperación en Bogotá.", "057"),
        ("El Gobierno y las FARC alcanzaron un acuerdo de paz en La Habana.", "057"),
        ("El Congreso de Perú ratificó el tratado con Chile.", "057"),
        ("El ELN declaró una tregua unilateral de diez días.", "0871"),
        ("La Fiscalía anunció el arresto de tres policías.", "173"),
        ("Un tribunal condenó al exalcalde a 20 años de prisión.", "116"),
        ("El Gobierno de México expulsó al embajador de Ecuador.", "161"),
        ("Argentina retiró a su embajador en Caracas.", "161"),
        ("Sicarios acribillaron a un líder social en Cauca.", "180"),
        ("La Policía abatió a dos sicarios en Culiacán.", "180"),
        ("Soldados abatieron a tres guerrilleros en el Catatumbo.", "190"),
        ("El Ejército y el Clan del Golfo protagonizaron un tiroteo en Antioquia.", "193"),
        ("Sicarios ultimaron a un comerciante en Cali.", "186"),
        ("Estados Unidos mantiene el bloqueo económico contra Cuba.", "163"),
        ("Vecinos lincharon a un presunto ladrón en Puebla.", "1823"),
        ("Los manifestantes saquearon comercios en Quito.", "1711"),
        ("Cientos de vecinos realizaron un cacerolazo contra el Gobierno.", "141"),
        ("La Policía anunció el decomiso de dos toneladas de cocaína.", "1711"),
        ("Rusia vetó la resolución sobre Venezuela.", "129"),
    ],
)
def test_a_covered_verb_or_noun_is_coded(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # "liberación" of prices, "en marcha", "marcha atrás", finalising details, bringing
        # poverty down, a murder rate, accountability: no event of these words
        "El Gobierno anunció la liberación de precios de los combustibles.",
        "El Gobierno puso en marcha un plan de seguridad.",
        "El Gobierno dio marcha atrás con la reforma.",
        "Los negociadores ultimaron los detalles del acuerdo.",
        "El Gobierno busca abatir la pobreza extrema.",
        "La tasa de homicidios bajó un diez por ciento.",
    ],
)
def test_guard_the_nearby_sense_stays_uncoded(text: str) -> None:
    assert codes(text) == []


def test_guard_a_violated_truce_is_no_truce_declared():
    assert "0871" not in codes("Rusia violó el acuerdo de alto el fuego.")
    assert "0871" not in codes("Los rebeldes rompieron la tregua en la frontera.")


def test_guard_violating_an_agreement_is_no_sexual_assault():
    assert "1821" not in codes("El Gobierno de Venezuela violó el acuerdo con la oposición.")
    assert "1821" in codes("Un hombre violó a una niña en Lima, informó la Policía.")


def test_guard_accountability_is_no_surrender():
    assert not any(
        c.startswith("08")
        for c in codes("El ministro destacó la rendición de cuentas del Gobierno.")
    )


def test_guard_a_disapproval_is_no_sentence():
    assert "111" in codes("El Gobierno de Chile condenó el ataque contra la embajada.")
    assert "116" not in codes("El Gobierno de Chile condenó el ataque contra la embajada.")


def test_guard_a_march_is_still_a_march():
    assert "14" in roots("Miles de estudiantes participaron en una marcha contra el Gobierno.")


def test_guard_reaffirming_a_stance_is_no_treaty():
    assert "05" not in roots("El Congreso de Perú ratificó su rechazo a la propuesta.")


def test_guard_an_ambassador_recalled_is_no_appeal_and_a_call_stays_an_appeal():
    assert "161" in codes("Colombia llamó a consultas a su embajador en Managua.")
    assert "020" in codes("El Gobierno llamó a la guerrilla a dejar las armas.")


def test_guard_an_ordinary_meeting_place_word_is_no_event():
    # "encuentro" of a football match is no meeting of actors
    assert codes("El encuentro de fútbol terminó sin goles.") == []


def test_mediation_is_045_and_the_lexicon_loads_the_new_entries():
    lex = spanish_lexicon()
    assert lex.entry("mediar", "VERB").code == "045"
    assert lex.entry("abateír", "VERB").code == lex.entry("abatir", "VERB").code
    for lemma in ("reunión", "visita", "tregua", "arresto", "tiroteo", "represión"):
        assert lex.entry(lemma, "NOUN") is not None, lemma


def test_a_noun_of_talk_without_an_actor_is_a_mention_not_an_event():
    # nonevents_es.yaml, needs_actor: no one named, so no meeting or visit coded
    assert codes("En una reunión celebrada ayer no se tomaron decisiones.") == []
    assert "042" not in codes("La visita duró dos días.")


def test_guard_a_noun_of_talk_with_an_actor_is_coded():
    assert "042" in codes("La visita del presidente de Chile a Bolivia duró dos días.")


def test_guard_a_material_noun_is_still_coded_without_actors():
    # the material acts of the lexicon keep the bare-event rule ("Huelgas en Ecuador")
    assert "193" in codes("Un tiroteo en el centro de Cali dejó tres heridos.")


def test_guard_however_is_no_embargo():
    assert "163" not in codes("Sin embargo, el Gobierno de Cuba criticó a Estados Unidos.")


def test_celebrating_a_release_is_praise_but_holding_a_meeting_is_the_meeting():
    # nonevents_es.yaml, support_only_for: celebrar carries only meetings and protests
    assert "051" in codes("El Gobierno de Chile celebró la liberación de los rehenes.")
    got = codes("Los cancilleres de Perú y Chile celebraron una reunión en Lima.")
    assert "040" in got and "051" not in got


def test_a_noun_an_object_sense_already_codes_is_no_second_event():
    # senses_es.yaml: "suspendió las negociaciones" is 164; the noun is no 046 of its own
    doc = one("El Gobierno de Colombia suspendió las negociaciones con el ELN.")
    assert [e.code for e in doc.events] == ["164"]


def test_guard_a_support_verb_still_carries_its_protest_noun():
    assert "143" in codes("Los maestros de Bolivia iniciaron un paro de 48 horas.")
