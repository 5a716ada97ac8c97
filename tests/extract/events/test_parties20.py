"""Sides round 20 (issue 12, parties20): the one asked, named where the appeal does not
name it — the subject of a mandative "that" clause ("urge that the EC take action"), the
giver of what a nominal appeal asks for ("made no appeal for loans from the World Bank",
"an appeal for more Japanese aid") and a state before "investment" asked for. Sentences and
names written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


# -- the subject of a mandative "that" clause is the one asked ----------------------------


def test_urge_that_a_body_act_targets_the_body():
    # the appeal verb hangs under another verb ("working to urge"): no other rule reaches it
    assert _pairs(
        "Britain and France are now working together to urge that the European "
        "Community take collective action against Japan, an official said.",
        "urge",
    ) == {("GBR", "IGOEUREEC"), ("FRA", "IGOEUREEC")}


def test_urge_that_with_should_targets_the_subject():
    assert _pairs(
        "Ghana is working to urge that Togo should reopen the border crossing.", "urge"
    ) == {("GHA", "TGO")}


def test_urge_that_talks_resume_names_no_one_asked():
    # guard: a clause subject that names no actor gives no target
    assert _pairs("Ghana is working to urge that talks resume before the vote.", "urge") == {
        ("GHA", None)
    }


def test_a_reported_fact_after_urge_is_no_addressee():
    # guard: "that Togo had closed" is no mandative clause (a past fact, its own aux)
    pairs = _pairs(
        "Ghana is working to urge restraint, saying that Togo had closed the border crossing.",
        "urge",
    )
    assert ("GHA", "TGO") not in pairs


# -- the giver of what a nominal appeal asks for ------------------------------------------


def test_appeal_for_loans_from_a_bank_targets_the_bank():
    assert _pairs("Brazil made no appeal for bridging loans from the World Bank.", "appeal") == {
        ("BRA", "IGOUNOWBK")
    }


def test_appeal_for_a_nations_aid_targets_that_nation():
    assert ("KEN", "JPN") in _pairs("Kenya made an appeal for more Japanese aid.", "appeal")


def test_appeal_for_calm_has_no_target():
    # guard: nothing given, no one asked
    assert _pairs("Kenya made an appeal for calm.", "appeal") == {("KEN", None)}


# -- a state named before the investment asked for -----------------------------------------


def test_appealed_for_us_investment_targets_the_us():
    assert _pairs(
        "President Moi of Kenya appealed for more U.S. investment in Kenya.", "appealed"
    ) == {("KENGOV", "USA")}


def test_appealed_for_investment_in_a_country_has_no_target():
    # guard: the country invested in is where, not who is asked
    assert _pairs("President Moi of Kenya appealed for more investment in Kenya.", "appealed") == {
        ("KENGOV", None)
    }


# -- who releases captives took them -------------------------------------------------------


def test_released_soldiers_captured_were_captured_by_the_releaser():
    pairs = _pairs(
        "The FARC has released two soldiers captured in a different region earlier this month.",
        "captured",
    )
    assert pairs and all(s == "COLREB" for s, _ in pairs)


def test_a_captor_named_by_by_is_kept():
    # guard: the participle's own agent stays its source
    pairs = _pairs("The ELN has released two soldiers captured by the FARC.", "captured")
    assert pairs and all(s == "COLREB" for s, _ in pairs)
    assert _pairs("The ELN has released two soldiers captured by the FARC.", "released")


def test_freed_hostages_are_not_taken_by_the_rescuer():
    # guard: "freed" is a rescue, the army took no one
    assert all(
        s != "MIL" for s, _ in _pairs("The army freed two soldiers captured last week.", "captured")
    )
