"""Issue 12, roots43: the code of the act the words name, read from the governing verb.

* a request for talks: "seek a meeting", "asked for consultations" are an appeal to meet
  (026), not the meeting (04x);
* a matter reported settled: "the terms agreed last month", "as agreed by OPEC", "the
  package was agreed", "agreed to a rescheduling", "accepted the proposal" are an agreement
  reached (057), not an intent (03x); "agreed to extend" stays an intent;
* trade retaliation named by its goods ("semiconductors dumped", "open its markets"): the
  threat of sanctions (1312), not of force (138);
* a court appeal: "appealed the ruling", "dismissed the appeal" are legal action (115), not
  a plea (020).

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a meeting sought or asked for: the appeal to meet, not the meeting
        (
            "Thailand's trade minister will seek a meeting with the Brazilian ambassador.",
            "seek",
            "026",
        ),
        ("Canada asked for consultations with Mexico on the dispute.", "asked", "026"),
        # a matter settled: the agreement reached
        (
            "Peru's creditors rejected the terms agreed last month by Peru and the IMF.",
            "agreed",
            "057",
        ),
        ("Kenya's output stayed at the ceiling, as agreed by COMESA last year.", "agreed", "057"),
        ("Britain agreed to a rescheduling of Zambia's official debt.", "agreed", "057"),
        ("The Chilean miners' union accepted a pay offer from the government.", "accepted", "057"),
        (
            "Portugal accepted a proposal from the European Commission on fishing quotas.",
            "accepted",
            "057",
        ),
        # trade retaliation by its goods: a threat of sanctions
        (
            "Washington threatened retaliation against Korea over dumped semiconductors.",
            "threatened",
            "1312",
        ),
        (
            "Canada warned it would retaliate if Korea did not open its markets to its beef.",
            "warned",
            "1312",
        ),
        # a court appeal: legal action
        ("The Peruvian government appealed the ruling of the Lima court.", "appealed", "115"),
        ("The court in Quito dismissed the appeal by the Ecuadorean ministry.", "appeal", "115"),
    ],
)
def test_roots43_reading(text: str, trigger: str, code: str) -> None:
    assert code in codes(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # guards: the act itself, and an intent to act, keep their codes
        ("Thailand's trade minister met the Brazilian ambassador on Monday.", "met", "040"),
        ("Mexico agreed to extend the quota system with Canada.", "agreed", "030"),
        ("Iran warned it would retaliate with force against any attack by Iraq.", "warned", "138"),
        ("Ecuador appealed to Venezuela for food aid after the floods.", "appealed", "023"),
        ("The Chilean miners' union rejected a pay offer from the government.", "rejected", "12"),
    ],
)
def test_roots43_guards(text: str, trigger: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a coercive act under a modal and an "if" / "unless" clause: the threat, made
        (
            "Korea said it will impose duties on Canadian wheat if the bill is passed.",
            "impose",
            "1312",
        ),
        (
            "Brazil could revoke the licences of Argentine banks unless Argentina opens up.",
            "revoke",
            "132",
        ),
    ],
)
def test_roots43_conditional_threat(text: str, trigger: str, code: str) -> None:
    found = events(text, trigger)
    assert any(e.code.startswith(code) for e in found)
    assert not any(e.hypothetical for e in found if e.code.startswith("13"))


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # guards: no condition, or an act no threat code lists, keeps the act
        ("Korea said it will impose duties on Canadian wheat next month.", "impose", "163"),
        ("Korea said it will meet Canada next month if the bill is passed.", "meet", "04"),
    ],
)
def test_roots43_conditional_guards(text: str, trigger: str, code: str) -> None:
    assert any(e.code.startswith(code) for e in events(text, trigger))
