"""Issue 12, round 27 (roots27): wrong CAMEO roots of judged seeds 3045-3056 (tuned-on).

A court's order coded as a demand (10); a person ordered into house arrest coded as a
demand; the army sent coded as police power (153); several parties' delegates agreeing
coded as an intent (03x); a trade ban or cut trade ties coded as an administrative ban
(172) or broken diplomatic ties (161). Each rule has a guard that a nearby sentence keeps
its code.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse


def coded(text: str) -> dict[str, str]:
    """trigger word (lower case) -> code of the events of ``text``."""
    return {e.trigger.text.lower(): e.code for e in parse(text)[0].events}


# -- a court's order binds: coercion (17), not a demand (10) ------------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "A federal court issued an injunction ordering the strikers to end their occupation of "
            "the plant.",
            "ordering",
        ),
        (
            "A court in Quito ordered the mining company to withdraw its guards from the "
            "indigenous "
            "village.",
            "ordered",
        ),
    ],
)
def test_court_order_is_coercion_not_a_demand(text: str, trigger: str) -> None:
    found = coded(text)
    assert found.get(trigger, "")[:2] == "17", found


@pytest.mark.parametrize(
    "text",
    [
        "The army commander ordered the battalion to withdraw from the village.",
        "The president ordered the army to attack the rebel camp.",
    ],
)
def test_other_orders_stay_demands(text: str) -> None:  # guard: no court orders these
    found = coded(text)
    assert found.get("ordered") == "100", found


def test_court_ordered_arrest_stays_an_arrest() -> None:  # guard: the warrant rule
    found = coded("A judge ordered the arrest of the former minister.")
    assert found.get("ordered") == "173", found


def test_ordered_into_house_arrest_is_detention() -> None:
    found = coded(
        "Former Ecuadorean president Lucio Gutierrez was ordered into house arrest "
        "on bribery charges."
    )
    assert found.get("ordered") == "173", found


# -- the army sent is a mobilisation (154), the police sent police power (153) -------------
def test_sending_the_army_is_mobilisation() -> None:
    found = coded(
        "Guatemalan President Alvaro Colom sent the army to the province of Peten in May."
    )
    assert found.get("sent") == "154", found


def test_sending_the_police_stays_police_power() -> None:  # guard
    found = coded("The governor sent the police to the border town.")
    assert found.get("sent") == "153", found


# -- several parties' delegates agreeing have reached an agreement (057) -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Andean governments agreed to keep their tariffs at current levels.",
        "Senate and House investigators agreed to combine their hearings on the scandal.",
    ],
)
def test_delegates_of_several_parties_agreeing_is_an_agreement(text: str) -> None:
    found = coded(text)
    assert found.get("agreed") == "057", found


@pytest.mark.parametrize(
    "text",
    [
        "Mexico agreed to lift tariffs on Canada.",
        "The rebels agreed to cooperate with the inquiry.",
        "Finance ministers agreed to meet the Peruvian delegation on Monday.",
    ],
)
def test_one_party_agreeing_stays_an_intent(text: str) -> None:  # guard
    found = coded(text)
    assert found.get("agreed", "")[:2] == "03", found


# -- a trade ban and cut trade ties are economic sanctions (163) -------------------------
def test_trade_ban_is_a_sanction() -> None:
    found = coded("Sweden's parliament has approved an extensive trade ban against Iran.")
    assert found.get("ban") == "163", found


def test_weapons_ban_is_no_sanction() -> None:  # guard: a state's own regulation
    found = coded("Sweden's parliament approved a ban on weapons.")
    assert found.get("ban") != "163", found


def test_cutting_trade_ties_is_a_sanction() -> None:
    found = coded("The law gives companies until June to cut trade ties with Iran.")
    assert found.get("cut") == "163", found


def test_cutting_ties_stays_broken_relations() -> None:  # guard
    found = coded("Venezuela cut ties with Colombia after the raid.")
    assert found.get("cut") == "161", found


# -- a raid against guerrillas is military force (19x), a police raid coercion (17x) -----
def test_raid_against_guerrillas_is_military_force() -> None:
    found = coded(
        "Tensions rose after a 2008 Peruvian raid against Shining Path guerrillas on Bolivian soil."
    )
    assert found.get("raid", "")[:2] == "19", found


def test_police_raid_on_a_laboratory_stays_coercion() -> None:  # guard
    found = coded("Tensions rose after a Peruvian police raid on a cocaine laboratory.")
    assert found.get("raid", "")[:2] == "17", found


def test_an_attack_ordered_by_a_man_arrested_later_stays_a_demand() -> None:  # guard
    found = coded(
        "Gunmen crossed into Bolivia to carry out the attack ordered by Ramirez, "
        "who lived in luxury before police arrested him in 2009."
    )
    assert found.get("ordered") == "100", found


def test_one_committee_with_a_coordinated_name_is_one_party() -> None:  # guard
    found = coded(
        "The House Ways and Means Committee agreed to allow the president to "
        "raise tariffs on Japan."
    )
    assert found.get("agreed") != "057", found
