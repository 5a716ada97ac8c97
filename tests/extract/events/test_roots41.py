"""Issue 12, roots41: the root read from who acts and from the verb's own sense.

* who fights (``argument_roles.yaml`` ``fight_by_source``): an attack or clash coded 19x by
  workers, farmers, students or civilians is a riot (145), by a criminal group irregular
  violence (180); an unspecified assault (180) by a country or its armed forces is military
  force (190); armed forces and rebels keep 19x;
* who protests (``complaint_by_source``): a government, a country or an IGO protesting
  lodges an official complaint (114); a crowd demonstrating stays 141;
* a labour strike: "strike" with no word of force in its sentence is a strike (143), and a
  strike threatened by workers or a union a protest threatened (133), not force (138);
* "attacked the figures", "attacks on a wage freeze": verbal criticism (111);
* "agreed on" and "agreed in principle": an agreement reached (057), not an intent (03x).

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events.statefight import country_only as _country_only
from watchfloor.extract.lexicon import EventLexicon


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # workers or farmers fighting the police: a riot, not military force
        ("Bolivian coca farmers clashed with police near Cochabamba on Monday.", "clash", "145"),
        # a criminal group attacking troops: irregular violence, not military force
        ("Gang members attacked an army patrol in Honduras on Sunday.", "attack", "180"),
        ("The cartel attacked a police patrol in Michoacan.", "attack", "180"),
        # a country attacking a ship: military force, not irregular violence
        ("Iran attacked a Kuwaiti oil tanker in the Gulf on Friday.", "attack", "190"),
        # a government protesting: an official complaint, not a demonstration
        (
            "The French government strongly protested against the closure of Canadian ports.",
            "protest",
            "114",
        ),
        ("Brazil protested to the European Community against the new tax.", "protest", "114"),
        # a strike threatened by staff or a union: a protest threatened
        (
            "Bank staff in Wellington had threatened to strike in support of a higher claim.",
            "threat",
            "133",
        ),
        (
            "The union's threat of strike action ended when members accepted the offer.",
            "threat",
            "133",
        ),
        # a strike with no word of force: a labour strike
        ("Strikes at two airlines grounded flights across Spain on Friday.", "strike", "143"),
        # a union attacking figures or a measure: criticism
        ("Venezuela's main union attacked the government's inflation figures.", "attack", "111"),
        # an agreement reached on something, or in principle
        ("France and Italy agreed in principle on a joint helicopter.", "agree", "057"),
    ],
)
def test_root_read_from_who_acts_and_the_verbs_sense(text: str, trigger: str, code: str) -> None:
    assert code in codes(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # guards: strikers clashing with police stay a riot; soldiers attacking rebels stay
        # military force
        ("Striking dock workers clashed with police in the port of Valencia.", "clash", "145"),
        ("Colombian troops attacked FARC rebels in Cauca on Thursday.", "attack", "190"),
        ("The Venezuelan army clashed with ELN guerrillas near the border.", "clash", "190"),
        # gunmen given a country code by their place are no state: irregular violence stays
        ("Gunmen attacked the offices of a newspaper in Tegucigalpa on Friday.", "attack", "180"),
        # a crowd demonstrating stays a demonstration
        (
            "Thousands of students demonstrated in Caracas against the government on Monday.",
            "demonstrat",
            "141",
        ),
        # a military strike stays force, and a threat of strikes on an armed group too
        ("The strikes on drug boats have killed more than 80 people.", "strike", "190"),
        ("Trump threatened strikes on drug cartels in Mexico.", "threat", "138"),
        (
            "The Joint Chiefs of Staff said the strikes on drug boats would go on.",
            "strike",
            "190",
        ),
        # agreeing on terms among parties stays an agreement
        ("Japan and Brazil agreed on a new coffee quota in London.", "agree", "057"),
        # agreeing to do something alone stays an intent
        ("Japan agreed to consider new measures to stimulate its economy.", "agree", "030"),
    ],
)
def test_nearby_readings_kept(text: str, trigger: str, code: str) -> None:
    assert code in codes(text, trigger)


def test_lists_are_loaded() -> None:
    lex = EventLexicon()
    assert {"attack", "clash"} <= lex.fight_verbs
    assert lex.fight_roles["LAB"] == "145" and lex.fight_roles["CRM"] == "180"
    assert lex.fight_state == "190" and "180" in lex.fight_state_codes
    assert lex.complaint_verbs == {"protest"} and lex.complaint == "114"


def test_country_only_is_a_bare_country_code() -> None:
    assert _country_only("IRN")
    assert not _country_only("IRNGOV")
    assert not _country_only("CRM")
    assert not _country_only("IGOUNO")
