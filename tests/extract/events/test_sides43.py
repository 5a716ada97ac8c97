"""Named coded parties left off an event noun's side (issues 11/12, sides43): a measure or
partitive the noun is "of" ("held several hours of talks with X") stands in the noun's
place for its governing verb; an uttering participle the parser hangs on the noun's object
("criticism of French policies voiced by X") names the critic; and one who "went into a
meeting with X" takes part.
Sentences written for these tests; each reading has guards that keep a side empty where
the sentence names no one in that role."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


# -- a measure or partitive in the noun's place ------------------------------------------------
def test_hours_of_talks_take_the_holders_side() -> None:
    text = (
        "The Japanese prime minister was holding several hours of talks with the Soviet "
        "foreign minister on Monday."
    )
    assert _sides(text, "talks") == {("JPNGOV", "RUSGOV")}


def test_a_round_of_talks_takes_the_holders_side() -> None:
    text = "The French foreign minister held a round of talks with Brazilian officials on Monday."
    assert _sides(text, "talks") == {("FRAGOV", "BRAGOV")}


def test_a_series_of_meetings_takes_the_subjects_side() -> None:
    text = "The Italian prime minister began a series of meetings with Turkish leaders."
    assert ("ITAGOV", "TUR") in _sides(text, "meetings")


def test_a_measure_with_its_own_possessor_is_left_alone() -> None:
    # guard: the reporter of another's round of talks takes no part in them
    text = "The Egyptian newspaper criticised the minister's round of talks with Israel."
    assert all(source != "EGYMED" for source, _ in _sides(text, "talks"))


def test_a_measure_of_time_as_subject_names_no_holder() -> None:
    # guard: no governing verb's subject when the measure is itself the subject
    text = "Three hours of talks with the Soviet foreign minister ended without a statement."
    assert _sides(text, "talks") <= {(None, "RUSGOV")}


# -- an uttering participle hung on the noun's object ------------------------------------------
def test_criticism_voiced_by_names_the_critic() -> None:
    text = (
        "The French finance minister said he was surprised by the criticism of French "
        "policies voiced by U.S. Treasury Secretary John Miller."
    )
    assert _sides(text, "criticism") == {("USAGOV", "FRA")}


def test_a_policy_imposed_by_others_is_not_the_critics() -> None:
    # guard: "imposed" is no uttering verb; the imposer of the sanctions did not criticise
    text = (
        "The French finance minister voiced criticism of the sanctions imposed by the "
        "American government."
    )
    assert all(source != "USAGOV" for source, _ in _sides(text, "criticism"))


# -- a meeting gone into ----------------------------------------------------------------------
def test_going_into_a_meeting_takes_part() -> None:
    text = (
        "The Canadian foreign minister went directly into a meeting with the Mexican "
        "president after arriving in the capital."
    )
    assert _sides(text, "meeting") == {("CANGOV", "MEXGOV")}


def test_a_thing_gone_into_talks_takes_no_part() -> None:
    # guard: a proposal that goes into talks is no party; the side stays empty
    text = "The new wheat quota went into the talks with the Mexican government."
    assert all(source is None for source, _ in _sides(text, "talks"))
