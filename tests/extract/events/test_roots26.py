"""Issue 12, round 26 (roots26): a pledge, offer or order coded as the act it promises or
orders; things captured coded as an arrest; a state's trade boycott coded as a protest
(judged seeds 3045-3053, tuned-on). CAMEO codes the governing act: the pledge or offer
(03x), the order (a demand, 100).

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse


def coded(text: str) -> dict[str, str]:
    """trigger word (lower case) -> code of the events of ``text``."""
    return {e.trigger.text.lower(): e.code for e in parse(text)[0].events}


# -- a pledge or offer governing an act is the pledge, not the act ------------------------
@pytest.mark.parametrize(
    "text, trigger, act",
    [
        (
            "The United States pledged to provide Honduras with $50 million in aid.",
            "pledged",
            "provide",
        ),
        ("The rebels offered to release the hostages to the Red Cross.", "offered", "release"),
    ],
)
def test_pledge_or_offer_is_coded_not_the_act(text: str, trigger: str, act: str) -> None:
    found = coded(text)
    assert found.get(trigger, "")[:2] == "03", found
    assert act not in found, found


def test_pledge_keeps_the_acts_target() -> None:
    ev = next(
        e
        for e in parse("Japan pledged to provide Haiti with emergency food aid.")[0].events
        if e.trigger.text == "pledged"
    )
    assert (ev.source_code, ev.target_code) == ("JPN", "HTI")


def test_pledge_borrows_the_target_of_its_act() -> None:
    # the release is dropped, its target lent to the pledge (own_roots), as a threat's
    ev = next(
        e
        for e in parse("The guerrillas pledged to release the captured soldiers.")[0].events
        if e.trigger.text == "pledged"
    )
    assert (ev.source_code, ev.target_code) == ("REB", "MIL")


def test_agreed_act_stays() -> None:  # guard: agree is no intent verb here
    found = coded("Mexico agreed to lift tariffs on Canada.")
    assert "lift" in found, found


def test_aid_given_stays_aid() -> None:  # guard: no pledge governs it
    found = coded("The United States provided Honduras with $50 million in aid.")
    assert found.get("provided", "")[:2] == "07", found


# -- renouncing violence is a pledge ----------------------------------------------------
def test_renouncing_kidnapping_is_a_pledge() -> None:
    found = coded("The guerrillas announced that they renounced kidnapping as a weapon.")
    assert found.get("renounced", "")[:2] == "03" and "kidnapping" not in found, found


def test_renouncing_a_claim_is_no_event() -> None:  # guard: no act of force renounced
    assert "renounced" not in coded("The guerrilla group renounced its claim to the estate.")


# -- an order is the demand, not the act ordered -------------------------------------------
def test_ordering_an_attack_is_an_order() -> None:
    found = coded("The cartel boss ordered an attack on the rival gang in Sinaloa.")
    assert found.get("ordered") == "100" and "attack" not in found, found


def test_ordering_an_arrest_stays_legal_action() -> None:  # guard: an arrest warrant
    found = coded("A judge in Lima ordered the arrest of the former minister on Tuesday.")
    assert found.get("ordered") == "173", found


def test_ordering_an_alert_stays_an_alert() -> None:  # guard: the order is the alert
    found = coded("The Venezuelan president ordered the armed forces on maximum alert.")
    assert found.get("ordered") == "152", found


# -- capturing things is a seizure; people are arrested -------------------------------------
def test_capturing_munitions_is_a_seizure() -> None:
    found = coded("Iranian troops captured large amounts of ammunition near the border.")
    assert found.get("captured") == "1711", found


def test_capturing_people_stays_an_arrest() -> None:  # guard
    found = coded("Peruvian police captured two rebel commanders near Ayacucho.")
    assert found.get("captured") == "173", found


# -- a state's trade boycott is a trade penalty ----------------------------------------------
def test_trade_boycott_is_a_trade_penalty() -> None:
    found = coded("Norway's boycott of trade with South Africa takes effect in March.")
    assert found.get("boycott") == "163", found


def test_boycott_of_an_election_stays_a_protest() -> None:  # guard
    found = coded("The opposition boycott of the election was widely observed on Sunday.")
    assert found.get("boycott") != "163", found


def test_capturing_enemy_defences_is_taking_territory() -> None:
    found = coded("Revolutionary Guards captured strong defences west of the canal.")
    assert found.get("captured") == "192", found


def test_capturing_people_in_a_boat_stays_an_arrest() -> None:
    # guard: a thing in the object's clause ("in a boat carrying cocaine") is not the object
    found = coded("Police captured the smuggler and four other people in a boat carrying cocaine.")
    assert found.get("captured") == "173", found


def test_promised_talks_are_an_intent_to_meet() -> None:
    found = coded("Washington promised further talks with Taipei in May.")
    assert found.get("promised") == "036" and "talks" not in found, found
