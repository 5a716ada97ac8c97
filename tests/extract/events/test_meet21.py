"""Sides round 21 (issue 12, meet21): the other party of talks, meetings and accords —
coordinated demonyms on a role-less noun ("Chilean and Bolivian negotiators"), the
coordinated subjects of a mutual noun ("Bolivia and Paraguay deepened security
cooperation"), the partner of the meeting a talks noun is begun or held at ("met with X
to begin talks", "held talks and exchanged views with X"), the parties listed after
"between" over a venue compounded on the noun and "in collaboration with X" (a signing
envoy's own rows: ``test_agree18``, on ``meeting_dyads``). Unnamed or generic partners
(reporters, "the talks resumed") stay empty. Sentences and names written for these
tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


# -- coordinated demonyms on a noun of no role ---------------------------------------------


def test_coordinated_demonyms_of_negotiators_face_each_other():
    pairs = _pairs(
        "Chilean and Bolivian negotiators will resume talks on gas prices tomorrow.", "talks"
    )
    assert ("CHL", "BOL") in pairs and ("BOL", "CHL") in pairs
    assert ("CHL", None) not in pairs


def test_one_demonym_leaves_the_other_party_empty():
    # guard: one nationality names one party; the other is not named
    assert _pairs("Chilean negotiators will resume talks on gas prices tomorrow.", "talks") <= {
        ("CHL", None)
    }


# -- the coordinated subjects of a mutual noun ---------------------------------------------


def test_coordinated_states_deepening_cooperation_are_each_others_partner():
    assert _pairs(
        "Bolivia and Paraguay are seeking to deepen security cooperation along the river.",
        "cooperation",
    ) == {("BOL", "PRY"), ("PRY", "BOL")}


def test_cooperation_with_a_named_partner_keeps_that_partner():
    # guard: the noun names its own partner
    assert _pairs(
        "Bolivia and Paraguay deepened security cooperation with Brazil.", "cooperation"
    ) == {("BOL", "BRA"), ("PRY", "BRA")}


# -- the partner of the meeting the talks are begun or held at -----------------------------


def test_talks_begun_at_a_meeting_take_its_partner():
    pairs = _pairs(
        "FARC commanders will meet with envoys of the Colombian government in "
        "Havana to begin peace talks.",
        "talks",
    )
    assert pairs and all(p == ("COLREB", "COLGOV") for p in pairs)


def test_talks_begun_after_meeting_reporters_name_no_partner():
    # guard: the press is no party of the talks; the side stays empty (and the talks stay)
    pairs = _pairs(
        "FARC commanders will meet with reporters in Havana to begin peace talks.", "talks"
    )
    assert pairs and all(p == ("COLREB", None) for p in pairs)


def test_talks_and_views_exchanged_with_officials():
    assert _pairs(
        "The Chilean minister held talks in Rabat and exchanged views with Moroccan officials.",
        "talks",
    ) == {("CHLGOV", "MARGOV")}


def test_a_trip_after_talks_names_no_partner():
    # guard: flying somewhere with officials is no meeting with them
    assert _pairs(
        "The Chilean minister held talks in Rabat and flew to Lima with Bolivian officials.",
        "talks",
    ) == {("CHLGOV", None)}


# -- "in collaboration with X" ---------------------------------------------------------------


def test_in_collaboration_with_a_state_the_subject_acts():
    assert _pairs(
        "In 2015, Peru -- in collaboration with Chile -- indicted four bankers.", "collaboration"
    ) == {("PER", "CHL")}


# -- unnamed parties stay empty --------------------------------------------------------------


def test_talks_resumed_names_no_party():
    assert all(
        p == (None, None) for p in _pairs("The talks resumed on Monday after a break.", "talks")
    )


# -- the parties after "between" outrank a venue compounded on the noun ---------------------


def test_parties_between_outrank_a_compounded_venue():
    # "New York" compounded on "Plaza talks" is where, the "between" list is who
    assert _pairs(
        "The New York Plaza talks between Peru, Chile and Ecuador ended on Friday.", "talks"
    ) == {("PER", "CHL"), ("PER", "ECU"), ("CHL", "ECU")}


def test_a_compounded_party_stays_without_a_between_list():
    # guard: with no "between" list the compounded name stays the side
    assert _pairs("The Peru talks ended on Friday after the rebels walked out.", "talks") == {
        ("PER", None)
    }


def test_coordinated_demonyms_on_a_thing_name_no_party():
    # guard: "Soviet and American missiles" are things, no party of either country's
    pairs = _pairs(
        "Moscow proposed withdrawing Soviet and American missiles from Europe.", "withdrawing"
    )
    assert not any(target == "USA" for _, target in pairs)
