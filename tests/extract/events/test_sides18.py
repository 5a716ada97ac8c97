"""Sides round 18 (issue 12): "their" on a mutual act (cooperation, a pact, talks; a
promise or pledge of states) whose clause subject is coordinated ("Kenya and Tanzania")
or is a plural noun with coordinated "of" owners ("the presidents of Peru and Bolivia")
names both parties, each the other's target. Sentences and names written for these
tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    # by country (the role part of a code aside): which parties face which
    return {((s or "")[:3] or None, (t or "")[:3] or None) for s, t in _pairs(text, trigger)}


def test_their_promise_of_two_presidents_pairs_the_countries():
    assert _sides(
        "The presidents of Peru and Bolivia have renewed their promise to fight trafficking.",
        "promise",
    ) == {("PER", "BOL"), ("BOL", "PER")}


def test_their_cooperation_of_coordinated_states_pairs_them():
    assert _sides(
        "Kenya and Tanzania agreed to deepen their cooperation against smuggling.", "cooperation"
    ) == {("KEN", "TZA"), ("TZA", "KEN")}


def test_their_cooperation_of_two_ministers_owners_pairs_them():
    assert _sides(
        "The foreign ministers of Ghana and Togo agreed to expand their "
        "cooperation on border security.",
        "cooperation",
    ) == {("GHA", "TGO"), ("TGO", "GHA")}


def test_their_cooperation_with_a_named_partner_keeps_it():
    # guard: the noun's own "with" partner stays the target of each
    pairs = _sides(
        "Kenya and Tanzania agreed to deepen their cooperation with Uganda.", "cooperation"
    )
    assert ("KEN", "TZA") not in pairs and ("TZA", "KEN") not in pairs
    assert ("TZA", "UGA") in pairs


def test_pledge_of_police_and_army_is_not_to_each_other():
    # guard: a joint pledge binds each side to each other only for states
    pairs = _sides("The police and the army renewed their pledge to protect voters.", "pledge")
    assert all(t is None for _, t in pairs)


def test_his_promise_of_one_president_is_unchanged():
    # guard: one owner, no partner
    assert _sides("The president of Kenya renewed his promise to fight poaching.", "promise") == {
        ("KEN", None)
    }


# -- the giver of the thing asked for is the one asked ------------------------------------


def test_asked_for_us_aid_targets_the_us():
    assert _pairs("Kenya asked for more US military aid.", "asked") == {("KEN", "USA")}


def test_asks_for_japanese_aid_targets_japan():
    assert _sides("The Kenyan president asks for more Japanese aid.", "asks") == {("KEN", "JPN")}


def test_headline_asks_for_us_aid_targets_the_us():
    # title case: the parser gives "US" no entity type
    assert _sides("Kenyan President Asks for More US Anti-Terror Aid.", "asks") == {("KEN", "USA")}


def test_asked_for_a_release_keeps_the_released():
    # guard: a release is no thing a state gives by name; the released stay the target
    assert _pairs("Kenya asked for the release of Ugandan prisoners.", "asked") == {
        ("KEN", "UGACVL")
    }


def test_demand_from_a_named_party_unchanged():
    # guard: the verb's own "from" stays the target
    assert _pairs("Kenya demanded wage increases from the government.", "demanded") == {
        ("KEN", "GOV")
    }
