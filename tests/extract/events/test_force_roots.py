"""Roots of force and threats (issue 12, fifth round). CAMEO 19x is conventional military
force, so a killing with no known killer is irregular violence (180) unless the victims
are armed or the sentence names armed forces. A strike threat or a warning against price
rises threatens protest (133), not force (138); what a threat threatens is hypothetical.
Sentences written for the tests."""

from __future__ import annotations

from tests.extract.events.helpers import event


def test_a_killing_by_unknown_killers_of_unarmed_victims_is_irregular_violence():
    extortion = event(
        "Mexican investigators are looking into whether the Honduran journalist "
        "was killed for refusing to pay extortion fees.",
        "killed",
    )
    farmers = event("Two Colombian farmers were killed while eradicating coca in Narino.", "killed")
    assert extortion.code == "180" and farmers.code == "180"


def test_armed_victims_or_named_forces_keep_military_force():
    soldiers = event("Three Colombian soldiers were killed in Cauca on Sunday.", "killed")
    clashes = event(
        "Five Syrian civilians were killed in clashes between troops and rebels.", "killed"
    )
    troops = event("Colombian troops killed five rebels.", "killed")
    strike = event(
        "Venezuela said 14 Venezuelan fishermen were killed in the American strike on a boat.",
        "killed",
    )
    assert soldiers.root == "19" and clashes.root == "19" and troops.root == "19"
    assert strike.root == "19"


def test_strike_threats_and_warnings_against_price_rises_threaten_protest():
    strike = event(
        "Despite a strike threat by Brazilian oil workers, Petrobras stocks are balanced.", "threat"
    )
    prices = event(
        "The Polish union warned it would fight efforts to impose the price rises.", "warned"
    )
    force = event(
        "The Iranian army warned it would use force against any Israeli attack.", "warned"
    )
    assert strike.code == "133" and prices.code == "133"
    assert force.code == "138"


def test_what_a_threat_threatens_is_the_threat():
    # govern39: "the threat of X" is the threat (its act picks the sub-code), no X event
    ev = event("Trump's threat of military strikes on Venezuela alarmed Colombia.", "threat")
    assert ev.code == "138" and not ev.hypothetical
