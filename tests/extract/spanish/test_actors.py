"""Spanish actors: names, aliases, role words with demonyms, members of groups (our sentences)."""

from __future__ import annotations

from tests.extract.spanish.helpers import entity, one


def test_spanish_names_resolve_to_the_english_gazetteer_entries():
    doc = one("Estados Unidos acusó al Cártel de los Soles y al Tren de Aragua de narcotráfico.")
    assert entity(doc, "Estados Unidos").id == "loc:united-states"
    soles = entity(doc, "Cártel de los Soles")
    assert soles.id == "org:cartel-de-los-soles" and soles.actor_code == "VENCRM"
    assert entity(doc, "Tren de Aragua").actor_code == "VENCRM"


def test_acronyms_and_institutions():
    doc = one("La Fiscalía General de la Nación imputó cargos a un cabecilla del ELN.")
    assert entity(doc, "Fiscalía General de la Nación").actor_code == "COLJUD"
    assert entity(doc, "ELN").actor_code == "COLREB"


def test_role_word_with_demonym():
    doc = one("La policía colombiana y el ejército venezolano patrullan la frontera.")
    assert entity(doc, "policía colombiana").actor_code == "COLCOP"
    assert entity(doc, "ejército venezolano").actor_code == "VENMIL"


def test_members_of_a_group_are_the_group():
    doc = one("Guerrilleros de las FARC quemaron dos camiones en la vía a Tumaco.")
    farc = entity(doc, "FARC")
    assert farc is not None and farc.actor_code == "COLREB"
    assert entity(doc, "Guerrilleros") is farc


def test_member_word_alone_is_no_actor():
    doc = one("Los integrantes llegaron tarde a la reunión del barrio.")
    assert entity(doc, "integrantes") is None


def test_bare_state_role_takes_the_one_country_of_the_story():
    doc = one("En Bogotá, Colombia, la Policía detuvo a un hombre armado.")
    assert entity(doc, "Policía").actor_code == "COLCOP"


def test_universalpetrarch_names_fill_gaps():
    # "Águilas Negras" is in the converted UniversalPetrarch Colombian actor file only
    doc = one("Las Águilas Negras amenazaron a los líderes sociales de Soacha.")
    ent = entity(doc, "Águilas Negras")
    assert ent is not None and ent.actor_code == "COLCRM"
    assert ent.attributes["recognised_by"] == "petrarch"


def test_the_catholic_church_is_one_actor_in_both_languages():
    doc = one("La Iglesia Católica pidió a los fieles rechazar la violencia en el Cauca.")
    church = entity(doc, "Iglesia Católica")
    assert church is not None and church.actor_code == "VATREL"
    assert church.id == "org:catholic-church"
