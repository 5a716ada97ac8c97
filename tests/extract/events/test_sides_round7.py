"""Sides round 7: role phrases ("police", "the authorities", "Mexican troops") as coded
event sides, as PETRARCH's agents dictionary codes them: two role phrases coded alike
are two actors, coordinated demonyms give each country's role, a role whose country is
the article's says so, and a side stays empty when the sentence names no one.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event, events, parse

# -- two role phrases of one kind are two actors ---------------------------------------


def test_authorities_accusing_officials_is_a_dyad_of_two_government_sides():
    ev = event(
        "Authorities in Honduras have accused dozens of officials of diverting public money.",
        "accused",
    )
    assert ev.source_code == "HNDGOV"
    assert ev.target_code == "HNDGOV"  # as ICEWS codes it: one government against another


# -- coordinated demonyms ---------------------------------------------------------------


def test_us_and_colombian_troops_are_both_countries_military():
    found = events("U.S. and Colombian troops attacked the rebel camp near the border.", "attacked")
    assert {e.source_code for e in found} == {"USAMIL", "COLMIL"}
    assert all(e.extra.get("compound") for e in found)


def test_two_adjective_demonyms_give_two_police_forces():
    found = events("Venezuelan and Colombian police arrested the smugglers.", "arrested")
    assert {e.source_code for e in found} == {"VENCOP", "COLCOP"}


def test_coordinated_nationals_who_met_met_each_other():
    found = events("Colombian and Venezuelan officials met in Cucuta on Monday.", "met")
    assert {(e.source_code, e.target_code) for e in found} == {
        ("COLGOV", "VENGOV"),
        ("VENGOV", "COLGOV"),
    }


def test_one_demonym_gives_one_actor():
    found = events("Colombian troops attacked the rebel camp near the border.", "attacked")
    assert [e.source_code for e in found] == ["COLMIL"]


# -- the article's country, flagged -----------------------------------------------------

ARTICLE = (
    "Honduran police raided a house in Tegucigalpa on Monday. The Honduran army "
    "patrols the border with Guatemala. Later, {} arrested two gunmen in a "
    "Honduran town."
)


def test_bare_role_takes_the_article_country_with_a_flag():
    doc = parse(ARTICLE.format("police"))[0]
    raided = next(e for e in doc.events if e.trigger.text == "raided")
    arrested = next(e for e in doc.events if e.trigger.text == "arrested")
    assert raided.source_code == "HNDCOP"
    assert "source_country_inferred" not in raided.extra  # the sentence names it
    assert arrested.source_code == "HNDCOP"
    assert arrested.extra.get("source_country_inferred") is True


def test_inferred_country_lowers_confidence():
    inferred, explicit = (
        next(e for e in parse(ARTICLE.format(who))[0].events if e.trigger.text == "arrested")
        for who in ("police", "Honduran police")
    )
    assert explicit.source_code == inferred.source_code == "HNDCOP"
    assert "source_country_inferred" not in explicit.extra
    assert inferred.confidence < explicit.confidence


def test_bare_role_with_no_article_country_is_the_role_code_alone():
    ev = event("Police arrested two gunmen on Sunday.", "arrested")
    assert ev.source_code == "COP"
    assert "source_country_inferred" not in ev.extra


# -- role nouns the dictionaries lack ---------------------------------------------------


def test_a_lone_assassin_is_a_criminal_source():
    ev = event("A businessman was killed by a lone assassin near his home in Monterrey.", "killed")
    assert ev.source_code is not None and ev.source_code.endswith("CRM")


# -- a possessive two words from a material act ----------------------------------------


def test_hacking_their_drones_targets_the_group_that_owns_them():
    doc = parse(
        "The Sinaloa Cartel flew drones over the town. Soldiers began hacking their drones."
    )[0]
    ev = next(e for e in doc.events if e.trigger.text == "hacking")
    assert ev.source_code == "MIL"
    assert ev.target_code == "MEXCRM"


def test_their_own_things_are_not_a_target():
    doc = parse(
        "FARC rebels flew drones over the town. The Zetas burned their trucks to block the road."
    )[0]
    burned = [e for e in doc.events if e.trigger.text == "burned"]
    assert burned and all(e.target_code is None for e in burned)  # the Zetas' own


# -- no guessing ------------------------------------------------------------------------


def test_an_empty_side_is_not_filled_with_the_documents_main_actor():
    doc = parse(
        "Honduran police arrested two gunmen in Tegucigalpa. Three people were "
        "killed on Sunday in San Pedro Sula."
    )[0]
    killed = [e for e in doc.events if e.trigger.text == "killed"]
    assert killed and all(e.source_code is None for e in killed)


def test_police_seizing_their_weapons_targets_the_gang_named_before():
    doc = parse(
        "The Sinaloa Cartel smuggled rifles into Culiacan. Police later seized their weapons."
    )[0]
    ev = next(e for e in doc.events if e.trigger.text == "seized")
    assert ev.target_code == "MEXCRM"
