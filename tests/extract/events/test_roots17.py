"""Issue 12, round 17 (roots17): recurrent CAMEO root errors of the judged samples (seeds
3019-3035, tuned-on): a prison sentence read as a criticism ("condemned to ten years"), a
verbal attack on a law or a decision read as an assault, a reward offered for information
read as an offer of cooperation, and the arrest such a reward asks for read as an arrest
made. The senses are read from the trigger's object or prepositional phrase
(``senses.tsv``).

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


# -- condemned to a prison term is a sentence, not a criticism ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Honduran court condemned the trafficker to 20 years in prison.",
        "The smuggler was condemned to death by a military tribunal in Tehran.",
    ],
)
def test_condemned_to_prison_or_death_is_a_sentence(text: str) -> None:
    assert codes(text, "condemned") == ["116"]


def test_condemning_an_attack_stays_a_criticism() -> None:
    assert codes("Mexico condemned the attack on the Guatemalan consulate.", "condemned") == ["111"]


# -- attacking a law or a decision is criticism ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Honduran lawmakers attacked the constitutionality of the anti-graft commission.",
        "The Guatemalan president attacked the court's decision in a televised address.",
    ],
)
def test_attacking_a_law_or_decision_is_criticism(text: str) -> None:
    assert codes(text, "attacked") == ["111"]


def test_attacking_a_police_station_stays_an_assault() -> None:
    found = codes("Gunmen attacked a police station in Michoacan on Sunday.", "attacked")
    assert found and all(c[:2] in {"18", "19"} for c in found), found


# -- a reward offered for information is an appeal; the arrest it asks for is no arrest ----
@pytest.mark.parametrize(
    "text",
    [
        "The US Treasury offered a $2 million reward for information on the cartel leader.",
        "Colombian police have offered a bounty for the guerrilla commander.",
    ],
)
def test_offering_a_reward_is_an_appeal(text: str) -> None:
    assert codes(text, "offered") == ["020"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington offered a $5 million reward for information leading to his arrest.",
        "Peru offered a reward for information leading to the capture of the rebel leader.",
    ],
)
def test_the_arrest_a_reward_asks_for_is_no_arrest(text: str) -> None:
    assert codes(text, "arrest") == [] and codes(text, "capture") == []


def test_an_arrest_made_after_a_tip_stays_an_arrest() -> None:
    found = codes(
        "Police announced the arrest of the cartel leader in Sinaloa on Friday.", "arrest"
    )
    assert found == ["173"], found


def test_offering_help_stays_an_intent_to_cooperate() -> None:
    found = codes("Spain offered help to the Colombian government in the peace talks.", "offered")
    assert found and all(c.startswith("03") for c in found), found


# -- asking someone to act is an appeal, not the act asked for ----------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Peru asked Chile to investigate the killing of its consul.", "investigate"),
        (
            "The Bolivian government asked the Santa Cruz prosecutors to investigate the mayor.",
            "investigate",
        ),
        (
            "The farm ministers asked the European Commission to consult with the steel firms.",
            "consult",
        ),
    ],
)
def test_asking_someone_to_act_is_an_appeal(text: str, trigger: str) -> None:
    assert codes(text, trigger) == []
    assert codes(text, "asked") == ["020"]


def test_the_request_goes_from_the_asker_to_the_asked() -> None:
    ev = events("Peru asked Chile to investigate the killing of its consul.", "asked")[0]
    assert (ev.source_code, ev.target_code) == ("PER", "CHL"), (ev.source_code, ev.target_code)


def test_an_investigation_after_a_request_stays_an_investigation() -> None:
    assert codes("Chile investigated the killing after Peru asked for help.", "investigated") == [
        "090"
    ]


# -- a rescue of crime victims is no aid; a hostage rescue stays -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mexican federal police rescued five girls from a brothel run by the Zetas.",
        "Argentine police rescued 40 Bolivian workers held by a trafficking ring.",
    ],
)
def test_rescuing_crime_victims_is_no_aid(text: str) -> None:
    found = codes(text, "rescued")
    assert not any(c.startswith("07") and c != "074" for c in found), found
    assert found == [], found


def test_a_hostage_rescue_stays_an_event() -> None:
    assert codes("Colombian troops rescued two hostages held by the ELN in Arauca.", "rescued") == [
        "074"
    ]


# -- the seamen's strike: irregular plurals the lemmatiser leaves as written ---------------
@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian seamen's strike, now three weeks old, was ruled illegal by a court.",
        "Because of the seamen strike, Brazil's coffee exports to Europe are delayed.",
    ],
)
def test_a_seamens_strike_is_a_labour_strike(text: str) -> None:
    found = codes(text, "strike")
    assert found and all(c == "143" for c in found), found


def test_an_air_strike_stays_force() -> None:
    found = codes("A Colombian air force strike on a FARC camp killed twelve rebels.", "strike")
    assert found and all(c.startswith("19") for c in found), found


# -- parties agreeing together to do something have reached an agreement -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador agreed to set up a joint border commission.",
        "Bolivia agreed with Chile and Argentina to create a shared fund against smuggling.",
    ],
)
def test_parties_agreeing_together_reach_an_agreement(text: str) -> None:
    found = codes(text, "agreed")
    assert found and all(c == "057" for c in found), found


def test_one_party_agreeing_to_act_stays_an_intent() -> None:
    found = codes("The ELN agreed to release the kidnapped soldiers next week.", "agreed")
    assert found and all(c.startswith("03") for c in found), found


def test_two_firms_agreeing_to_merge_stay_commercial() -> None:
    assert codes("Alpha Corp and Beta Inc agreed to merge their mining units.", "agreed") == []


@pytest.mark.parametrize(
    "text",
    [
        "The DEA's work in Guatemala led to the capture of the cartel's leaders.",
        "Paraguayan prosecutors worked with Brazil's federal police in the investigation that "
        "led to the arrest of the gang leader.",
    ],
)
def test_an_arrest_an_investigation_led_to_stays_an_arrest(text: str) -> None:
    assert codes(text, "capture") + codes(text, "arrest") == ["173"]


def test_parties_each_pledging_to_a_third_stay_intents() -> None:
    found = codes(
        "Egypt, Norway and Mexico agreed to help OPEC by restraining their exports.", "agreed"
    )
    assert found and all(c.startswith("03") for c in found), found
