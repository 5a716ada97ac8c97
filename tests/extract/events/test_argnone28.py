"""Sides round 28 (issue 12, argnone28): parties the picker left out where the sentence
names them — the coordinated subjects of "collaborate" act on each other (as of
"cooperate"), and the other party of a pact or meeting whose participle's agent is named
("the accord reached by X and Y", "signed by X with Y", "by X and the ministers of Y").
Each rule with a guard where the side must stay as it was. Sentences and names written for
these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


# -- "collaborate" is symmetric ---------------------------------------------------------------


def test_coordinated_collaborators_act_on_each_other():
    pairs = _pairs("Brazilian and Peruvian police collaborated on the case.", "collaborated")
    assert ("PERCOP", "BRACOP") in pairs and ("BRACOP", "PERCOP") in pairs


def test_single_collaborator_gets_no_target():
    # guard: one party, no partner named: the side stays empty
    assert _pairs("Police in Lima collaborated in the investigation.", "collaborated") == {
        ("PERCOP", None)
    }


def test_collaborator_with_a_named_partner_keeps_it():
    # guard: the "with" partner stays the target
    assert _pairs("Peruvian police collaborated with Chile on the case.", "collaborated") == {
        ("PERCOP", "CHL")
    }


# -- the other party of a performed pact ------------------------------------------------------


def test_pact_reached_by_two_parties_one_side_each():
    pairs = _pairs("The accord reached by Peru and Chile ended the dispute.", "accord")
    assert pairs == {("PER", "CHL"), ("CHL", "PER")}


def test_pact_signed_by_a_party_with_another():
    assert _pairs("The accord reached by Peru with Chile ended the dispute.", "accord") == {
        ("PER", "CHL")
    }


def test_pact_reached_by_an_official_and_other_countries_ministers():
    pairs = _pairs(
        "The rates were fixed in the agreement reached by the Japanese Finance "
        "Minister and the Finance Ministers of Germany and France.",
        "agreement",
    )
    assert ("JPNGOV", "DEU") in pairs and ("JPNGOV", "FRA") in pairs


def test_pact_reached_by_one_party_alone_stays_as_it_was():
    # guard: a single named party may be the host or broker: no source read
    assert _pairs("The accord reached by Peru ended the dispute.", "accord") == {(None, "PER")}


def test_pact_partner_naming_no_actor_is_not_read():
    # guard: the conjunct names no actor ("his advisers"): no event from it
    assert (
        _pairs(
            "The agreement reached by the president and his advisers was kept secret.", "agreement"
        )
        == set()
    )


# -- a deployment sharing the next verb's object ----------------------------------------------


def test_deployed_and_sent_troops_against_a_group():
    assert _pairs("The army deployed and sent troops against the FARC.", "deployed") == {
        ("MIL", "COLREB")
    }


def test_deployed_and_extended_measures_against_a_gang():
    assert _pairs(
        "Salvadoran authorities have deployed and extended extraordinary security "
        "measures against the MS13 for years.",
        "deployed",
    ) == {("SLVGOV", "SLVCRM")}


def test_deployed_and_sent_troops_to_a_place_gets_no_target():
    # guard: a destination is no target ("sent jets to Puerto Rico")
    assert _pairs(
        "The army deployed and sent troops to the border with Venezuela.", "deployed"
    ) == {("MIL", None)}


def test_deployed_troops_then_attacked_keeps_deployment_empty():
    # guard: the second verb has its own object after a phrase of the first: not shared
    assert _pairs("The army deployed troops to Cali and attacked the FARC.", "deployed") == {
        ("MIL", None)
    }
