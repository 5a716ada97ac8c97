"""Issue 12, round 46 (roots46): CAMEO roots read from who acts and from the object, from
the judged real events with a wrong root of seeds 3070-3098 (tuned-on).

A state's naval, missile or air attack, raid or destruction of a platform coded as
irregular violence (180), coercion (170) or property destruction (1712) instead of military
force (19x) when the state is named by its gunboat or by the country's own modifier of the
event noun; workers' bans and occupations coded as sanctions or military occupation instead
of industrial action (14x); an airstrip captured coded as an arrest; a jet shot down coded
180; another state's requests met coded as a meeting; escalations to be "met" with force
coded as a meeting; a debt moratorium imposed coded as an administrative sanction; a
refusal to rule out retaliation coded as a rejection; tariffs agreed on a condition coded as
the tariffs, not the threat. Each rule has a guard that a nearby sentence keeps its
reading.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse


def codes(text: str, trigger: str) -> set[str]:
    """The codes of the events of ``text`` whose trigger is ``trigger`` (lower case)."""
    return {e.code for e in parse(text)[0].events if e.trigger.text.lower() == trigger}


def roots(text: str, trigger: str) -> set[str]:
    return {c[:2] for c in codes(text, trigger)}


# -- a state's force: its weapon, the country's modifier, raids and destructions ----------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The freighter was attacked by a Syrian gunboat near the coast.", "attacked"),
        ("Greece has pledged to protect Cypriot ferries from possible Turkish attack.", "attack"),
        ("Officials feared Turkey would avenge the Greek raids on its ports.", "raids"),
        ("Egyptian naval forces destroyed a Sudanese radar station on Sunday.", "destroyed"),
        ("Egyptian naval forces shelled the coast and raided a Sudanese port.", "raided"),
        (
            "The destruction of a Libyan oil platform by French warships angered Tripoli.",
            "destruction",
        ),
    ],
)
def test_a_states_attack_is_military_force(text: str, trigger: str) -> None:
    assert roots(text, trigger) == {"19"}, codes(text, trigger)


def test_gunmen_of_a_nationality_stay_irregular_violence() -> None:  # guard
    assert codes("Mexican gunmen attacked a bus near the border.", "attacked") == {"180"}


def test_drug_labs_destroyed_stay_destruction() -> None:  # guard: no military target
    text = "The army destroyed 40 cocaine laboratories in the jungle, Colombia said."
    assert codes(text, "destroyed") == {"1712"}


def test_a_jet_shot_down_is_military_force() -> None:
    assert roots("An Iraqi jet was shot down over the border, Iran said.", "shot") == {"19"}


def test_an_airstrip_captured_is_taken_by_force() -> None:
    assert codes("Chadian troops captured the airstrip on March 2.", "captured") == {"192"}


# -- workers' action --------------------------------------------------------------------
def test_union_bans_are_industrial_action() -> None:
    text = "Seamen's unions imposed bans on foreign vessels on Tuesday over a pay claim."
    assert codes(text, "imposed") == {"143"}


def test_killings_by_union_members_are_no_strike() -> None:  # guard: killing verbs
    text = "Union members killed two police officers during the strike."
    assert not roots(text, "killed") & {"14"}, codes(text, "killed")


def test_a_states_ban_stays_a_sanction() -> None:  # guard: no labour source
    text = "Brazil imposed a ban on Argentine beef imports on Tuesday."
    assert codes(text, "imposed") == {"172"}


# -- senses read from the object -------------------------------------------------------
def test_requests_met_are_yielding() -> None:
    text = "Finance officials will try to keep rates low to meet Japanese requests."
    found = codes(text, "meet")
    assert "080" in found and not found & {"036", "040"}, found


def test_meeting_a_minister_stays_a_meeting() -> None:  # guard
    assert "040" in codes("The Peruvian minister will meet Chilean officials on Monday.", "meet")


def test_an_escalation_to_be_met_is_a_threat() -> None:
    text = (
        '"We will be prepared to meet any escalation by Libya with stronger '
        'countermeasures," the minister said.'
    )
    assert codes(text, "meet") == {"138"}


def test_a_debt_moratorium_reduces_relations() -> None:
    text = "Brazil imposed a moratorium on interest payments on its foreign debt in February."
    assert codes(text, "imposed") == {"160"}


def test_refusing_to_rule_out_retaliation_is_a_threat() -> None:
    text = "Peru refused to rule out retaliation if Chile went ahead with the tariffs."
    assert roots(text, "refused") == {"13"}


def test_refusing_to_withdraw_stays_a_rejection() -> None:  # guard
    assert roots("Peru refused to withdraw its troops from the border.", "refused") == {"12"}


def test_a_court_refusing_to_rule_on_a_case_is_no_threat() -> None:  # regression (lead)
    # the 130 row needs the particle: "rule on" is a ruling declined, not a veiled threat
    text = "The Peruvian Supreme Court refused to rule on the government's appeal against Chile."
    assert "13" not in roots(text, "refused")


# -- a conflict act offered on a condition is the threat of it (directives.conditioned) ----
def _threat(text: str, trigger: str) -> list[tuple[str, bool, bool]]:
    found = [e for e in parse(text)[0].events if e.trigger.text.lower() == trigger]
    return [(e.code, e.future, e.hypothetical) for e in found]


def test_a_condition_on_the_commitment_verb_makes_a_threat() -> None:
    text = (
        "EC ministers agreed to impose tariffs on Japanese goods unless Tokyo opened its markets."
    )
    assert _threat(text, "impose") == [("1312", False, False)]  # the threat was made


def test_workers_conditioned_occupation_threatens_protest() -> None:
    text = "If the strike goes ahead, the union will occupy the plant."
    assert _threat(text, "occupy") == [("133", False, False)]


@pytest.mark.parametrize(  # guards: roots43's modal + condition on the act itself
    "text, trigger, code",
    [
        (
            "Britain could revoke licences of Japanese banks if British firms were denied "
            "access in Tokyo.",
            "revoke",
            "132",
        ),
        (
            "Iran said it would attack American ships if the United States escorted Kuwaiti "
            "tankers.",
            "attack",
            "138",
        ),
    ],
)
def test_a_modal_act_with_its_own_condition_stays_a_threat(
    text: str, trigger: str, code: str
) -> None:
    assert _threat(text, trigger) == [(code, False, False)]


def test_an_unconditioned_future_attack_stays_force() -> None:  # guard
    assert codes(
        "The army will attack the rebel camps next week, the minister said.", "attack"
    ) == {"190"}


def test_a_past_act_after_a_refusal_stays_the_act() -> None:  # guard: no condition
    text = "Peru imposed tariffs on Chilean copper after Chile refused to talk."
    assert codes(text, "imposed") == {"163"}
