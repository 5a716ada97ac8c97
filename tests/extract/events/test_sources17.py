"""Sides round 17 (issue 12): a raised coordinated subject of a symmetric verb ("X and Y
are expected to sign") pairs its conjuncts as the verb's own subject does; a city before a
meeting or pact noun ("the Havana meeting", "the Paris accord") is the venue, not a party;
unnamed people "from" a criminal group ("arrested 15 people from the gang") are its
members, not civilians. Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events, parse


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


# -- a raised coordinated subject of a symmetric verb: each is the other's partner -------


def test_raised_coordinated_subject_signs_with_each_other():
    pairs = _pairs("Kenya and Tanzania are expected to sign a border treaty next month.", "sign")
    assert pairs == {("KEN", "TZA"), ("TZA", "KEN")}


def test_raised_coordinated_subject_with_a_named_partner_keeps_it():
    # guard: the pact's own "with" partner stays each signer's target
    pairs = _pairs("Kenya and Tanzania are expected to sign a trade pact with Uganda.", "sign")
    assert pairs == {("KEN", "UGA"), ("TZA", "UGA")}


def test_raised_coordinated_subject_of_a_one_way_verb_is_not_paired():
    # guard: condemning is no symmetric act; the two condemn the third
    pairs = _pairs("Kenya and Tanzania are expected to condemn Somalia.", "condemn")
    assert pairs == {("KEN", "SOM"), ("TZA", "SOM")}


def test_own_subject_of_a_symmetric_verb_still_pairs():
    # guard: the verb's own coordinated subject, as before
    pairs = _pairs("Kenya and Tanzania signed a border treaty on Monday.", "signed")
    assert pairs == {("KEN", "TZA"), ("TZA", "KEN")}


# -- a city before a meeting or pact noun is its venue -------------------------------------


def test_city_named_accord_is_no_party():
    assert not events("The envoys met after last year's Lisbon fisheries accord.", "accord")


def test_city_named_summit_is_no_party():
    assert not events("The Nairobi summit is scheduled for October.", "summit")


def test_country_before_talks_stays_a_party():
    # guard: a country before the noun is a party ("the Iran talks")
    pairs = _pairs("The Iran talks resumed on Monday.", "talks")
    assert pairs == {("IRN", None)}


def test_city_before_an_attack_stays_the_owner():
    # guard: only meetings and pacts are named after their venue
    doc = parse("Kenya condemned the Mogadishu bombing.")[0]
    assert any(e.source_code == "KEN" for e in doc.events)


# -- unnamed people "from" a criminal group are its members ----------------------------------


def test_people_from_a_criminal_group_are_its_members():
    ev = events("Police arrested 15 people from the criminal group on Monday.", "arrested")
    assert {e.target_code for e in ev} == {"CRM"}


def test_people_from_a_village_stay_civilians():
    # guard: a place is no group (targets24: with an arrester named the people arrested are
    # suspects, left empty, so the guard is written without one to keep testing "from")
    ev = events("Fifteen people from the village were arrested on Monday.", "arrested")
    assert {e.target_code for e in ev} == {"CVL"}


def test_people_freed_from_a_gang_are_no_members():
    # guard: a release's "from" is what they were taken out of (written with "freed": since
    # roots17 a rescue without hostages is no event, so "rescued" no longer guards this)
    ev = events("Soldiers freed 20 people from the gang.", "freed")
    assert {e.target_code for e in ev} == {"CVL"}


def test_people_from_a_gang_owned_place_stay_civilians():
    # guard: the owner of a thing is not the group the people belong to (written without
    # an arrester since targets24, which leaves the suspects of a named arrester empty)
    ev = events("Fifteen people from the gang's stronghold were arrested.", "arrested")
    assert {e.target_code for e in ev} == {"CVL"}
