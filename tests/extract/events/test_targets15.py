"""Targets round 15 (issue 12): coordinated agreers whose agreed act names its own party
are no partners of one another; a role word's country from a place only where its own
clause acts; "they" reporting for the plural subject of the verb above it; a named party a
thing is taken from as the target. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events

# -- coordinated agreers: the agreed act's party is each one's target --------------------


def test_coordinated_agreers_target_the_party_of_the_agreed_act():
    found = events("Norway, Egypt and Russia agreed to help OPEC by cutting output.", "agreed")
    assert {e.source_code for e in found} == {"NOR", "EGY", "RUS"}
    assert {e.target_code for e in found} == {"IGOBUSOPC"}


def test_two_agreers_helping_a_third_country_are_no_partners():
    found = events("Peru and Chile agreed to help Bolivia.", "agreed")
    pairs = {(e.source_code, e.target_code) for e in found}
    assert pairs == {("PER", "BOL"), ("CHL", "BOL")}


def test_guard_coordinated_agreers_with_no_named_party_stay_partners():
    found = events("Peru and Chile agreed to cooperate on fishing.", "agreed")
    pairs = {(e.source_code, e.target_code) for e in found}
    assert pairs == {("PER", "CHL"), ("CHL", "PER")}


def test_guard_coordinated_signers_stay_partners():
    found = events("Peru and Bolivia signed an agreement.", "signed")
    pairs = {(e.source_code, e.target_code) for e in found}
    assert pairs == {("PER", "BOL"), ("BOL", "PER")}


# -- a role word's country: only a place of its own clause -------------------------------


def test_topic_place_gives_no_country_to_the_ministers():
    found = events(
        "The ministers discussed a report on food contaminated by the "
        "nuclear accident in the Soviet Union.",
        "discussed",
    )
    assert found and all(e.source_code != "RUSGOV" for e in found)


def test_guard_place_of_the_act_still_gives_the_country():
    found = events("The ministers met in Moscow on Monday.", "met")
    assert found and found[0].source_code == "RUSGOV"


def test_guard_place_of_the_object_still_gives_the_country():
    found = events("Police raided a house in Cali on Monday.", "raided")
    assert found and found[0].source_code == "COLCOP"


# -- "they" after a plural subject's verb ------------------------------------------------


def test_they_reports_for_the_plural_nationals_subject():
    found = events(
        "Brazil halted its payments. The Venezuelans said they would no longer "
        "accept guarantees from the Bank of Brazil.",
        "accept",
    )
    assert found and all(e.source_code == "VEN" for e in found)


def test_guard_they_after_an_uncoded_subject_keeps_the_named_group():
    found = events(
        "Colombia and Peru held talks. The two countries said they would sign a pact.", "sign"
    )
    assert found and all(e.source_code in {"COL", "PER"} for e in found)


# -- a named party a thing is taken from --------------------------------------------------


def test_refusal_to_accept_guarantees_targets_the_named_bank():
    found = events(
        "The Venezuelans refused to accept credit guarantees from the Bank of Brazil.", "refused"
    )
    assert found and found[0].target_code == "BRABUS"


def test_accepted_cartel_contributions_are_no_cooperation_event():
    # merged with roots15: taking money is no CAMEO act (senses.tsv), so the named giver
    # this branch first made the target of an 030 is moot; no event at all is emitted
    found = events(
        "The former president accepted six million dollars in campaign "
        "contributions from the Cali Cartel.",
        "accepted",
    )
    assert found == []


def test_guard_taking_from_unnamed_banks_gives_no_target():
    found = events("The Venezuelans refused to accept guarantees from local banks.", "refused")
    assert all(e.target_code is None for e in found)


def test_guard_a_named_object_stays_the_target():
    found = events("The government accepted Brazil's offer.", "accepted")
    assert found and found[0].target_code == "BRA"


def test_guard_place_on_the_agent_still_gives_the_victims_country():
    found = events(
        "At least 200 people were killed by police in the Dominican Republic last year.", "killed"
    )
    assert found and found[0].target_code == "DOMCVL"
