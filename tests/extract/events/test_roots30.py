"""Issue 12, round 30 (roots30): wrong CAMEO roots and non-events of judged seeds 3045-3061
(tuned-on).

A press or news release read as a release of persons; "it strikes me odd" read as an
attack; the meeting of one party, committee or association coded as a consultation; the
Treasury "targeting" a network coded as force; an act declared wanted ("keen to negotiate",
"willing to continue talks") coded as the act rather than the intent (03x); an act proposed
("proposed a joint investigation") coded as the act rather than the proposal. Each rule has
a guard that a nearby sentence keeps its code.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse
from watchfloor.extract.events.directives import default_directives


def coded(text: str) -> dict[str, str]:
    """trigger word (lower case) -> code of the events of ``text``."""
    return {e.trigger.text.lower(): e.code for e in parse(text)[0].events}


def all_codes(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text.lower(), e.code) for e in parse(text)[0].events]


# -- a press release is a statement, no release of persons ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian police issued a press release about the detained journalist.",
        "The army put out a news release on the captured rebels held in the prison.",
    ],
)
def test_press_release_is_no_release_of_persons(text: str) -> None:
    assert "release" not in coded(text), all_codes(text)


def test_release_of_a_detainee_stays_0841() -> None:  # guard: no compound modifier
    found = coded("The government announced the release of the detained journalist on Monday.")
    assert found.get("release") == "0841", found


# -- "it strikes me odd" is an impression, no attack --------------------------------------
def test_strikes_me_odd_is_no_attack() -> None:
    text = (
        '"It strikes me odd," said the Texas Republican, "that the navy has so few Hispanic '
        'officers."'
    )
    assert "strikes" not in coded(text), all_codes(text)


def test_jets_striking_positions_stay_force() -> None:  # guard: an object that is no pronoun
    found = coded("Israeli jets struck Hezbollah positions in southern Lebanon.")
    assert found.get("struck", "")[:2] == "19", found


# -- the meeting of one party, committee or association is internal ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The election date was discussed at a meeting of the ruling party in Lima last night.",
        "The budget was approved at a meeting of the parliamentary finance committee on Tuesday.",
    ],
)
def test_meeting_of_one_body_is_no_event(text: str) -> None:
    assert "meeting" not in coded(text), all_codes(text)


def test_meeting_of_trade_ministers_stays_a_consultation() -> None:  # guard
    found = coded("The plan was discussed at a meeting of trade ministers in Geneva on Tuesday.")
    assert found.get("meeting", "")[:2] == "04", found


# -- the Treasury targeting a network is a sanction ---------------------------------------
def test_treasury_targeting_is_a_sanction() -> None:
    found = coded("The US Treasury targeted a Panama-based money laundering operation on Friday.")
    assert found.get("targeted") == "163", found


def test_army_targeting_a_base_stays_force() -> None:  # guard
    found = coded("The US Army targeted a rebel base with missiles.")
    assert found.get("targeted", "")[:2] == "19", found


# -- an act declared wanted is the intent (03x) --------------------------------------------
@pytest.mark.parametrize(
    "text, trigger, code",
    [
        (
            "Diplomats said the European Community is keen to negotiate with Tokyo.",
            "negotiate",
            "036",
        ),
        (
            "The European Community is willing to continue bilateral talks with Japan.",
            "talks",
            "036",
        ),
        ("Venezuela is eager to provide aid to Colombia.", "provide", "033"),
    ],
)
def test_willingness_is_the_intent(text: str, trigger: str, code: str) -> None:
    found = all_codes(text)
    assert [c for t, c in found if t == trigger] == [code], found  # one event, the intent


def test_willing_intent_is_asserted() -> None:
    ev = next(
        e
        for e in parse("Venezuela is eager to provide aid to Colombia.")[0].events
        if e.trigger.text == "provide"
    )
    assert not (ev.future or ev.hypothetical or ev.negated), ev


@pytest.mark.parametrize(
    "text, trigger, root",
    [
        ("The EC negotiated with Tokyo last week.", "negotiated", "04"),  # no willingness word
        # a conflict act has no intent; a country's attack is military force (19x: roots41)
        ("Iran is eager to attack the US base.", "attack", "19"),
        ("Japan is ready to discuss bank rules with Britain.", "discuss", "04"),  # ready: the act
    ],
)
def test_other_acts_keep_their_code(text: str, trigger: str, root: str) -> None:
    found = all_codes(text)
    assert root in [c[:2] for t, c in found if t == trigger], found


def test_willed_needs_the_to_infinitive() -> None:  # guard: "keen on" governs no act
    found = coded("The EC is keen on negotiations with Tokyo.")
    assert found.get("negotiations", "")[:2] == "04", found


def test_unwilling_act_stays_negated() -> None:  # guard: a refusal is no intent
    evs = [
        e
        for e in parse("Colombia is not willing to negotiate with the rebels.")[0].events
        if e.trigger.text == "negotiate"
    ]
    assert evs and all(not e.code.startswith("03") for e in evs), evs


def test_willing_words_are_data() -> None:
    d = default_directives()
    assert {"keen", "willingness"} <= d.willing_words and "continue" in d.willing_carriers


# -- an act proposed is the proposal ---------------------------------------------------------
def test_proposed_investigation_is_the_proposal() -> None:
    found = all_codes("Tokyo is expected to propose a joint investigation of the American claims.")
    assert ("propose", "030") in found and not [t for t, _ in found if t == "investigation"], found


def test_investigation_opened_stays_an_investigation() -> None:  # guard
    found = coded("Mexican prosecutors opened an investigation into the police officers.")
    assert found.get("investigation", "")[:2] == "09", found


# -- the act named in an appeal's "for" phrase is asked for, no act -----------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The Honduran president asked for more US military aid.", "asked"),
        ("The new president will push for the resumption of US military aid.", "push"),
        ("Haiti appealed for more US aid.", "appealed"),
    ],
)
def test_aid_asked_for_is_the_appeal(text: str, trigger: str) -> None:
    found = all_codes(text)
    assert [c[:2] for t, c in found if t == trigger] == ["02"], found
    assert not [t for t, _ in found if t == "aid"], found


def test_appeal_lends_the_asked_its_side() -> None:
    ev = next(
        e for e in parse("Haiti called for more US aid.")[0].events if e.trigger.text == "called"
    )
    assert (ev.source_code, ev.target_code) == ("HTI", "USA"), ev


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Mexico thanked the United States for its military aid.", "aid"),  # thanks: no appeal
        ("The police arrested two men for the killing of the mayor.", "killing"),  # no appeal
    ],
)
def test_act_in_other_for_phrases_stays(text: str, trigger: str) -> None:
    assert trigger in coded(text), all_codes(text)


# -- police killing armed criminals or in a shootout: fighting (19x), not repression -------
@pytest.mark.parametrize(
    "text",
    [
        "In January, Colombian security forces killed the Urabenos gang co-leader in Antioquia.",
        "The drug pilot was killed in a shootout with Peruvian anti-drug police near the airstrip.",
    ],
)
def test_police_killing_in_fighting_is_19x(text: str) -> None:
    found = coded(text)
    assert found.get("killed", "")[:2] == "19", found


@pytest.mark.parametrize(
    "text",
    [
        "Police in Rio de Janeiro killed three unarmed residents during a raid on the favela.",
        "Nicaraguan police killed five protesters during clashes in Managua on Sunday.",
        "Nicaraguan police killed five student protesters in a shootout in Managua on Sunday.",
    ],
)
def test_police_killing_residents_stays_repression(text: str) -> None:  # guard: civilians
    found = coded(text)
    assert found.get("killed") == "175", found


# -- a person captured is arrested, whatever words hang under the person -------------------
def test_person_captured_is_arrested() -> None:
    found = coded(
        "The trafficker, who once worked for a Medellin-based crime office, was "
        "eventually captured in Buenos Aires in 2012."
    )
    assert found.get("captured") == "173", found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town of Bunia after heavy fighting.",
        "The army captured two villages near the border.",
    ],
)
def test_places_captured_stay_occupation(text: str) -> None:  # guard: the object's head
    found = coded(text)
    assert found.get("captured") == "192", found


def test_meeting_with_a_committee_stays_a_consultation() -> None:  # guard: "with", not "of"
    found = coded(
        "Ecuadorean officials held a meeting with the bank advisory committee in New York."
    )
    assert found.get("meeting", "")[:2] == "04", found


def test_act_under_a_case_for_it_stays() -> None:  # guard: no prepositional chain to "asked"
    found = coded(
        "The trafficker asked his lawyer to speed up his case for extradition to the United States."
    )
    assert "extradition" in found, found
