"""Round 14 of the actor-code rules (docs/actor-codes.md §9): where a bare national role
("the troops", "police") takes the article's country. A country named just before beats
the article's; a role spread over several countries takes none; someone's people ("his
allies and lieutenants") are not the state's. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract

COLOMBIAN_OPENING = (
    "BOGOTA, Colombia - Colombia's government said Colombian exporters lost money. "
    "Colombian traders in Cucuta and Colombian farmers complained. Colombia's president "
    "spoke in Bogota. "
)


def _coded(doc) -> dict[str, tuple[str | None, bool]]:
    return {
        m.text: (e.actor_code, bool(e.attributes.get("country_inferred")))
        for e in doc.entities
        for m in e.mentions
    }


def _codes(doc) -> set[str | None]:
    return {e.actor_code for e in doc.entities}


def test_a_bare_role_after_a_sentence_about_another_country_is_that_countrys():
    doc = _extract(
        COLOMBIAN_OPENING + "Honduran officials said on Monday that Honduras had "
        "opened an inquiry. Police sold the rifles to a gang.",
        published="2015-03-01",
    )
    assert "HNDCOP" in _codes(doc)
    assert "COLCOP" not in _codes(doc)


def test_the_same_role_named_before_with_its_country_keeps_that_country():
    doc = _extract(
        COLOMBIAN_OPENING + "Venezuela's defense minister said on Tuesday that "
        "Venezuela would send 9,000 troops to the border. A general said the "
        "deployment would start in Zulia state next week. The troops will "
        "patrol the crossings.",
        published="2015-03-01",
    )
    assert "COLMIL" not in _codes(doc)
    assert "VENMIL" in _codes(doc)


def test_a_bare_role_with_nothing_local_still_takes_the_articles_country():
    doc = _extract(
        COLOMBIAN_OPENING + "The army said on Friday that soldiers had cleared "
        "a road near the town.",
        published="2015-03-01",
    )
    coded = _coded(doc)
    assert coded.get("army") == ("COLMIL", True)


def test_police_from_several_countries_take_no_ones_country():
    doc = _extract(
        COLOMBIAN_OPENING + "The United States will train police from Honduras, "
        "Guatemala and Mexico next year, a diplomat said.",
        published="2015-03-01",
    )
    codes = _codes(doc)
    assert not codes & {"USACOP", "COLCOP", "HNDCOP", "GTMCOP", "MEXCOP"}


def test_police_from_one_country_are_that_countrys():
    doc = _extract(
        COLOMBIAN_OPENING + "The United States will train police from Honduras "
        "next year, a diplomat said.",
        published="2015-03-01",
    )
    assert "HNDCOP" in _codes(doc)
    assert not _codes(doc) & {"USACOP", "COLCOP"}


def test_a_bosss_lieutenants_are_not_the_states_military():
    doc = _extract(
        COLOMBIAN_OPENING + "If the drug lord betrays his allies and lieutenants, "
        "a rival gang could take the city.",
        published="2015-03-01",
    )
    assert "COLMIL" not in _codes(doc)
    # the state's own lieutenants still take the article's country
    doc = _extract(
        COLOMBIAN_OPENING + "Two army lieutenants were arrested on Monday near the town.",
        published="2015-03-01",
    )
    assert "COLMIL" in _codes(doc)


def test_the_owner_of_a_place_is_no_local_country_for_a_bare_role():
    # "Peru's northern coast" is a place; the military after it stays the article's
    doc = _extract(
        COLOMBIAN_OPENING + "Fishermen on Peru's northern coast saw the ships on "
        "Monday. An officer said the military was ready to act.",
        published="2015-03-01",
    )
    assert "PERMIL" not in _codes(doc)
    assert "COLMIL" in _codes(doc)
