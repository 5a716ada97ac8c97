"""The partner of talks or an accord named as the other coordinated subject of a verb the
meeting is the open complement of (issue 12, partners44): "X and Y plan to hold talks",
"X and Y are expected to meet", "X and Y plan to discuss it in talks" — each is the
other's target. Guards keep sides30's and sides42's readings: parties of a clause a
meeting only frames, and joint pledges, name no partner. Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


# -- readings -------------------------------------------------------------------------------


def test_coordinated_subjects_expected_to_hold_talks_are_partners() -> None:
    text = "Peru and Chile are expected to hold talks on fishing next week."
    assert _sides(text, "talks") == {("PER", "CHL"), ("CHL", "PER")}


def test_coordinated_subjects_wanting_to_sign_an_accord_are_partners() -> None:
    text = "Peru and Chile want to sign an accord on fishing."
    assert _sides(text, "sign") == {("PER", "CHL"), ("CHL", "PER")}


def test_ministers_planning_to_discuss_in_talks_are_partners() -> None:
    text = (
        "British Foreign Secretary John Smith and U.S. Secretary of State James Baker "
        "plan to discuss the trade dispute with Japan in talks in Washington, officials said."
    )
    expected = {("GBRGOV", "USAGOV"), ("USAGOV", "GBRGOV")}
    assert _sides(text, "talks") == expected
    assert _sides(text, "discuss") == expected


# -- guards ---------------------------------------------------------------------------------


def test_a_frame_of_talks_still_names_no_partner() -> None:
    # sides42's reading kept: "during talks" frames the subjects' own act
    text = (
        "The French defence minister and his German counterpart agreed on a helicopter "
        "during talks in Bonn."
    )
    assert _sides(text, "talks") == {("FRAMIL", None), ("DEU", None)}


def test_a_joint_pledge_through_an_open_complement_has_no_partner() -> None:
    # a 03x pledge other than meeting is no act on each other
    assert _sides("Peru and Chile plan to pledge to fight drug trafficking.", "pledge") <= {
        ("PER", None),
        ("CHL", None),
    }


def test_talks_with_a_named_partner_keep_it() -> None:
    # the named "with" partner stays the target; the subjects are not each other's
    text = "Peru and Chile are expected to hold talks with Bolivia next week."
    assert _sides(text, "talks") == {("PER", "BOL"), ("CHL", "BOL")}


def test_a_single_subject_expected_to_hold_talks_has_no_partner() -> None:
    text = "Peru is expected to hold talks on fishing next week."
    assert _sides(text, "talks") == {("PER", None)}


def test_talks_in_a_clause_said_by_others_name_no_partner() -> None:
    # "said" takes its clause as ccomp, not xcomp: the speakers are not the parties
    text = "Peru and Chile said talks on fishing would resume next week."
    assert all(target is None for _, target in _sides(text, "talks"))
