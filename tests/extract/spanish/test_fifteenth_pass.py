"""Spanish dyad sides, fifteenth pass (issue 17, branch spanish17): group names that keep
their article ("Los Lobos"), the NGO ARTICLE 19, the parties of "mediar entre", both sides
of an event noun's "entre" phrase, and a text "firmado por" an actor as the subject.
Sentences written for these tests, none copied from the data."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, entity, one

STORY = "\n\n"


def test_a_group_named_with_its_article_is_read_with_it():
    doc = one("La policía ecuatoriana detuvo a dos cabecillas de Los Lobos en Manta.")
    ent = entity(doc, "Los Lobos")
    assert ent is not None and ent.actor_code == "ECUCRM", doc.entities


def test_the_common_noun_without_capitals_is_no_group():
    # guard: "los lobos" (wolves) in lower case names nobody
    doc = one("Los campesinos denunciaron que los lobos mataron a sus ovejas.")
    assert entity(doc, "lobos") is None and entity(doc, "los lobos") is None, doc.entities


def test_a_clash_between_two_groups_codes_each_side_on_the_other():
    doc = one("Los combates entre Los Lobos y Los Tiguerones dejaron seis muertos en Durán.")
    assert ("190", "ECUCRM", "ECUCRM") in codes(doc), codes(doc)


def test_an_entre_phrase_naming_no_actor_gives_no_side():
    # guard: "entre semana" is a time, not the sides of the clash
    doc = one("Los combates entre semana dejaron seis muertos en Durán.")
    assert all(s is None for _, s, _ in codes(doc)), codes(doc)


def test_the_ngo_article_19_is_read_when_the_press_names_it_so():
    doc = one("La organización Artículo 19 criticó al gobierno de Guerrero por el ataque.")
    assert any(s == "NGOHRI" for _, s, _ in codes(doc)), codes(doc)


def test_an_article_of_the_constitution_is_no_ngo():
    doc = one("Artículo 19 de la Constitución protege a los periodistas, recordó el juez.")
    assert all(e.actor_code != "NGOHRI" for e in doc.entities), doc.entities


def test_an_offer_to_mediate_between_two_parties_targets_both():
    doc = one("México se ofreció a mediar entre el Gobierno colombiano y el ELN.")
    got = codes(doc)
    assert ("030", "MEX", "COLGOV") in got and ("030", "MEX", "COLREB") in got, got


def test_an_offer_to_mediate_between_both_countries_targets_the_two_named_before():
    doc = one(
        "Perú acusó a Chile de espionaje."
        + STORY
        + "Argentina ofreció mediar entre ambos países para calmar la tensión."
    )
    got = codes(doc)
    assert ("030", "ARG", "PER") in got and ("030", "ARG", "CHL") in got, got


def test_an_offer_to_mediate_in_a_dispute_names_no_party():
    # guard: "mediar en la disputa" names no parties; the offer keeps no target
    doc = one("Argentina ofreció mediar en la disputa.")
    assert ("030", "ARG", None) in codes(doc), codes(doc)


def test_a_pamphlet_signed_by_a_group_is_the_groups_threat():
    doc = one("Un panfleto firmado por el Clan del Golfo amenazó a cinco concejales.")
    assert any(s == "COLCRM" and c.startswith("13") for c, s, _ in codes(doc)), codes(doc)


def test_a_letter_sent_to_a_group_is_not_the_groups_act():
    # guard: "enviada a" names the addressee, not the author
    doc = one("Una carta enviada al Clan del Golfo amenazó a cinco concejales.")
    assert all(s != "COLCRM" for _, s, _ in codes(doc)), codes(doc)


def test_rejecting_the_sanctions_is_aimed_at_who_imposed_them():
    doc = one(
        "Estados Unidos impuso nuevas sanciones a Cuba."
        + STORY
        + "El canciller cubano rechazó las sanciones y pidió diálogo."
    )
    assert ("120", "CUBGOV", "USA") in codes(doc), codes(doc)


def test_denying_the_accusation_is_aimed_at_the_accuser():
    doc = one(
        "Venezuela acusó a Guyana de espionaje." + STORY + "El gobierno guyanés negó la acusación."
    )
    assert ("016", "GUYGOV", "VEN") in codes(doc), codes(doc)


def test_rejecting_sanctions_with_no_earlier_sanction_names_nobody():
    # guards: no earlier sanction (only an accusation); sanctions in general ("sanciones")
    for text in (
        "Estados Unidos acusó a Cuba de espionaje."
        + STORY
        + "El canciller cubano rechazó las sanciones.",
        "Estados Unidos impuso nuevas sanciones a Cuba."
        + STORY
        + "El canciller cubano rechazó sanciones de cualquier tipo.",
    ):
        doc = one(text)
        assert all(t is None for c, _, t in codes(doc) if c == "120"), (text, codes(doc))
