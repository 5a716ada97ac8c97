"""Issue 12, talks37 / talks38: talks, meetings and visits to come and wishes to meet.

docs/judging-criteria.md (Planned talks, nineteenth session, revised): an announced,
scheduled or expected meeting, visit or round of talks is right as 036 asserted (CAMEO's
convention, which the ConfliBERT five-way gold follows) or as 04x future. talks37 first
dropped the derived 036 of talks announced ("will meet", "plans to visit"); talks38
withdrew that rule after the ruling's revision, and the tests below hold the base
behaviour again: the 04x future event with its asserted 036 beside it, no 036 for a
schedule frame ("is due to", "is set for", "is scheduled to", "is expected to") or a
reported "would". Kept from talks37: a meeting verb under want / wish / hope is 036 (before,
040 hypothetical under "want", 042 asserted under "hope"); "proposed to meet" is 036; the
occasion of an act to come is future. Guards: talks held stay asserted 04x, an appeal for
talks stays an appeal (02x), talks agreed to and readiness to talk keep their 036.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse


def rows(text: str) -> list[tuple[str, str, bool]]:
    """(trigger word in lower case, code, future) of each event of ``text``."""
    return [(e.trigger.text.lower(), e.code, e.future) for e in parse(text)[0].events]


# -- announced: 04x future and the derived 036 asserted (CAMEO; talks38 restores it) ------
@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "French Foreign Minister Jean Dupont will meet Chinese Premier Li Wen next week "
            "in Beijing.",
            "meet",
        ),
        ("Japanese Prime Minister Taro Sato plans to visit Washington in April.", "visit"),
        ("Colombian President Ana Ruiz is to visit Ecuador on Monday.", "visit"),
        ("Philippine officials will hold talks with the creditor banks on Thursday.", "talks"),
        ("Brazil will resume talks with the International Monetary Fund next month.", "talks"),
        (
            "Brazil's finance minister will travel to Washington next week for talks with the IMF.",
            "travel",
        ),
    ],
)
def test_talks_announced_are_future_consultation_and_an_intent(text: str, trigger: str) -> None:
    found = [r for r in rows(text) if r[0] == trigger]
    consults = [r for r in found if r[1][:2] == "04"]
    intents = [r for r in found if r[1] == "036"]
    assert consults and all(future for _, _, future in consults), found
    assert len(intents) == 1 and not intents[0][2], found  # 036, asserted


def test_a_reported_would_stays_a_schedule() -> None:
    # guard (base rule, modality.scheduled): "said they would meet" is 04x future, no 036
    found = rows("Ecuadorean officials said they would meet the creditor banks on Thursday.")
    assert found and all(code[:2] == "04" and future for _, code, future in found), found


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Argentina and Britain are due to hold talks on the fishing zone next month.", "talks"),
        ("Talks between Peru and Chile are set for March 3 in Lima.", "talks"),
        (
            "The Peruvian foreign minister is scheduled to meet his Chilean counterpart on Friday.",
            "meet",
        ),
        (
            "The Colombian government is expected to hold talks with the ELN next week.",
            "talks",
        ),
    ],
)
def test_scheduled_talks_stay_consultation(text: str, trigger: str) -> None:
    # guard: a schedule frame derives no 036 (base rule, kept through talks37 and talks38)
    found = [r for r in rows(text) if r[0] == trigger]
    assert found, rows(text)
    assert all(code[:2] == "04" and future for _, code, future in found), found
    assert "036" not in {code for _, code, _ in rows(text)}, rows(text)


# -- an actor's own wish or readiness to meet: 036 ------------------------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Venezuela wants to meet Guyana over the border dispute.", "meet"),
        ("Cuban Foreign Minister Raul Vega hopes to visit Mexico next month.", "visit"),
        ("The Mexican government hoped to negotiate with the United States.", "negotiate"),
    ],
)
def test_a_wish_to_meet_is_an_intent(text: str, trigger: str) -> None:
    found = [r for r in rows(text) if r[0] == trigger]
    assert [code for _, code, _ in found] == ["036"], rows(text)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Venezuela said it wants talks with Guyana about the border.", "talks"),
        ("Venezuela is willing to meet Guyanese officials.", "meet"),
        ("Venezuela said it is ready to talk with Guyana about the border.", "talk"),
        ("Chile and Bolivia agreed to hold talks on the border dispute.", "agreed"),
    ],
)
def test_readiness_and_talks_agreed_keep_their_intent(text: str, trigger: str) -> None:
    # guards: a wish, a readiness or an agreement to meet stays 036
    assert "036" in {code for word, code, _ in rows(text) if word == trigger}, rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru proposed to meet Ecuadorean officials next week.",
        "Peru proposed to hold talks with Ecuador on the border.",
    ],
)
def test_a_proposal_to_meet_is_an_offer_to_meet(text: str) -> None:
    assert {code for word, code, _ in rows(text) if word == "proposed"} == {"036"}, rows(text)


def test_a_proposed_ceasefire_stays_a_proposal_of_settlement() -> None:  # guard
    text = "Peru proposed a ceasefire to Ecuador."
    assert {code for word, code, _ in rows(text) if word == "proposed"} == {"037"}, rows(text)


def test_a_refused_wish_is_no_intent() -> None:  # guard: negated, no 036
    assert "036" not in {code for _, code, _ in rows("Venezuela does not want to meet Guyana.")}


def test_hope_to_agree_is_no_intent_to_meet() -> None:  # guard: only meeting verbs
    text = "Peru hopes to reach an agreement with Chile."
    assert "036" not in {code for _, code, _ in rows(text)}, rows(text)


# -- talks held and appeals for talks keep their readings ------------------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Colombian officials met Venezuelan ministers in Caracas on Tuesday.", "met"),
        (
            "Colombian officials held talks with Venezuelan ministers in Caracas on Tuesday.",
            "talks",
        ),
    ],
)
def test_talks_held_stay_asserted(text: str, trigger: str) -> None:
    found = [r for r in rows(text) if r[0] == trigger]
    assert found and all(code[:2] == "04" and not future for _, code, future in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mexico called for talks with the United States on migration.",
        "The United States urged Venezuela to hold talks with the opposition.",
    ],
)
def test_an_appeal_for_talks_stays_an_appeal(text: str) -> None:
    found = rows(text)
    assert {code[:2] for _, code, _ in found} == {"02"}, found


# -- the occasion of an act to come is to come ----------------------------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The Bolivian envoy is to hold talks with President Luis Arce during his visit.", "visit"),
        (
            "After the summit with Chancellor Kohl, President Reagan will travel to Berlin.",
            "summit",
        ),
    ],
)
def test_occasion_of_an_act_to_come_is_future(text: str, trigger: str) -> None:
    # the 04x act is future (asserted on the base); a visit to come may carry its derived
    # 036 asserted beside it, as any announced visit (talks38: the base's derived intent)
    found = [r for r in rows(text) if r[0] == trigger]
    consults = [r for r in found if r[1][:2] == "04"]
    assert consults and all(future for _, _, future in consults), found
    assert all(code[:2] == "04" or (code == "036" and not future) for _, code, future in found)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("During his visit, the Bolivian envoy held talks with President Luis Arce.", "visit"),
        (
            "After last week's summit with Chancellor Kohl, President Reagan will travel to "
            "Berlin.",
            "summit",
        ),
    ],
)
def test_occasion_held_or_dated_past_stays_asserted(text: str, trigger: str) -> None:
    # guards: a past verb, or a past date on the noun itself
    found = [r for r in rows(text) if r[0] == trigger]
    assert found and all(not future for _, _, future in found), found
