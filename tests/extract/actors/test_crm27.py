"""crm27 of the actor-code rules (docs/actor-codes.md §8, "Crm27"): a person the text states
to lead or belong to a named armed or criminal group takes the group's code, or a
nationality stated in that phrase; a criminal group's name the recogniser reads as a place
("the Guadalajara Cartel") is an organisation. Sentences written for these tests; each rule
has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _code(doc, name: str) -> str | None:
    return next(e.actor_code for e in doc.entities if e.name == name)


# -- membership stated in an apposition --------------------------------------------------
def test_leader_of_a_coded_cartel_in_apposition_takes_its_code():
    doc = _extract(
        "Police arrested Juan Carlos Ortega, the leader of the Zetas, in Monterrey on Monday."
    )
    assert _code(doc, "Juan Carlos Ortega") == "MEXCRM"


def test_one_of_the_bosses_of_a_cartel_takes_its_country():
    doc = _extract(
        "Juan Carlos Ortega, one of the top bosses of the Sinaloa Cartel, was "
        "killed by marines in Culiacan."
    )
    assert _code(doc, "Juan Carlos Ortega") == "MEXCRM"


def test_member_of_a_colombian_group_arrested_by_police():
    doc = _extract("Police arrested Juan Carlos Ortega, a member of the Urabenos, in Medellin.")
    assert _code(doc, "Juan Carlos Ortega") == "COLCRM"


def test_guard_a_lawyer_of_the_group_is_no_member():
    doc = _extract("Police arrested Juan Carlos Ortega, a lawyer of the Urabenos, in Medellin.")
    assert _code(doc, "Juan Carlos Ortega") is None


def test_guard_a_former_leader_gets_no_code():
    doc = _extract(
        "Police arrested Juan Carlos Ortega, a former leader of the Zetas, in Monterrey on Monday."
    )
    assert _code(doc, "Juan Carlos Ortega") is None


def test_guard_the_leader_of_the_groups_rivals_is_not_its_member():
    doc = _extract(
        "Police arrested Juan Carlos Ortega, the leader of the Zetas' rivals, "
        "in Monterrey on Monday."
    )
    assert _code(doc, "Juan Carlos Ortega") is None


def test_guard_who_prosecuted_the_leader_is_not_the_leader():
    doc = _extract(
        "Juan Carlos Ortega, who prosecuted the leader of the Zetas, spoke in Monterrey."
    )
    assert _code(doc, "Juan Carlos Ortega") is None


# -- a nationality in the phrase is the person's own, not the arresting state's ----------
def test_foreign_member_keeps_his_own_nationality():
    doc = _extract(
        "Colombian police arrested Juan Carlos Ortega, a Venezuelan member of "
        "the Urabenos, in Medellin."
    )
    assert _code(doc, "Juan Carlos Ortega") == "VENCRM"


def test_guard_foreigner_arrested_with_no_role_is_not_the_arresting_state():
    doc = _extract(
        "Mexican police arrested Juan Carlos Ortega, a Guatemalan, in Monterrey on Monday."
    )
    assert _code(doc, "Juan Carlos Ortega") in {None, "GTM"}


# -- the group's possessive or name before the head noun ---------------------------------
def test_groups_possessive_before_an_alleged_leader():
    doc = _extract("The Zetas' alleged leader, Juan Carlos Ortega, was captured in Guatemala.")
    assert _code(doc, "Juan Carlos Ortega") == "MEXCRM"


def test_guard_the_groups_rival_boss_is_not_its_member():
    doc = _extract("The Zetas' rival boss, Juan Carlos Ortega, was captured in Guatemala.")
    assert _code(doc, "Juan Carlos Ortega") is None


def test_group_name_before_a_hyphenated_head():
    doc = _extract("Soldiers killed the Urabenos co-leader Juan Carlos Ortega in January.")
    assert _code(doc, "Juan Carlos Ortega") == "COLCRM"


# -- a criminal group's name read as a place ---------------------------------------------
def test_cartel_named_after_a_city_is_an_organisation():
    doc = _extract("Mexico cracked down on the Guadalajara Cartel after the killing.")
    ent = next(e for e in doc.entities if e.name == "Guadalajara Cartel")
    assert (ent.type, ent.actor_code) == ("organization", "MEXCRM")


def test_guard_a_valley_stays_a_place():
    doc = _extract("Gunmen attacked a ranch in the Culiacan Valley on Sunday.")
    assert not any(e.type == "organization" and "Culiacan" in e.name for e in doc.entities)


# -- a named group the text calls a criminal group ---------------------------------------
def test_group_noun_before_the_name_codes_the_group():
    doc = _extract(
        "The massacre is part of the conflict between the army and local gang "
        "the Leones, who are battling for control of the region."
    )
    assert _code(doc, "Leones") == "CRM"


def test_group_noun_in_apposition_codes_the_group():
    doc = _extract(
        "Police said the Malditos de Castilla, a gang from the port of Callao, "
        "killed a mechanic in Lima."
    )
    assert _code(doc, "Malditos de Castilla") == "CRM"


def test_every_mention_of_a_named_gang_and_its_heavyweight_are_coded():
    doc = _extract(
        "Soldiers are fighting local gang the Leones in Peten. Gunmen killed "
        "Haroldo Leon, one of the remaining heavyweights of the Leones, in Peten."
    )
    assert _code(doc, "Leones") == "CRM"
    assert _code(doc, "Haroldo Leon") == "CRM"


def test_guard_a_group_noun_modifying_another_head_codes_nothing():
    doc = _extract("The anti-gang unit Fuerza Tarea Norte arrested six men in Chiclayo.")
    assert not any((e.actor_code or "").endswith("CRM") for e in doc.entities)


def test_guard_an_organisation_without_a_group_noun_stays_uncoded():
    doc = _extract(
        "Police said the Malditos de Castilla, a restaurant near the port of "
        "Callao, was robbed on Monday."
    )
    assert all(e.actor_code is None for e in doc.entities if "Malditos" in e.name)


def test_guard_a_demonym_opening_a_place_name_gives_no_country():
    doc = _extract(
        "Police said another British Columbia gang called the Red Hornets "
        "sold cocaine in Vancouver."
    )
    assert _code(doc, "Red Hornets") == "CRM"


def _named_group_code(text: str, name: str) -> str | None:
    """Run :func:`code_named_groups` on one organisation reading over ``name`` (the small
    model types short test sentences' names as it likes: the reading is made by hand)."""
    from watchfloor.extract.actors.named_groups import code_named_groups
    from watchfloor.extract.actors.reading import Reading
    from watchfloor.extract.gazetteer import default_gazetteer
    from watchfloor.nlp.pipeline import load_nlp

    doc = load_nlp()(text)
    start = next(t.i for t in doc if t.idx == text.index(name))
    end = start + len(name.split())
    r = Reading(start, end, name, "organization", None, None, None, "ner")
    code_named_groups(doc, default_gazetteer(), [r])
    return r.code


def test_mafia_known_as_a_name_is_a_criminal_group():
    text = (
        "The statement called on the youths to rid the country of the mafia known as "
        "Alianza Pueblo Unido."
    )
    assert _named_group_code(text, "Alianza Pueblo Unido") == "CRM"


def test_guard_a_polemical_mafia_label_is_no_criminal_group():
    text = (
        "The statement called on the youths to rid the country of the rightist mafia "
        "known as Alianza Pueblo Unido."
    )
    assert _named_group_code(text, "Alianza Pueblo Unido") is None
