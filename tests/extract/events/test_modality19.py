"""Nineteenth modality round (issue 12, "X said": asserted or alleged; judged seeds
3019-3041): a named party's account of an act by another country's actor is alleged, its
account of its own (or its own country's) act stays asserted; "investigators found" is a
source's claim like "investigators say" (docs/judging-criteria.md, Modality, eleventh
session). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.extract.events.modality import other_country, party_account
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_a_state_on_another_states_attack_is_alleged() -> None:
    ev = event("Iraq said Iranian jets bombed the port of Basra on Monday.", "bombed")
    assert _flags(ev) == {"alleged"}


def test_a_state_on_its_own_attack_stays_asserted() -> None:
    ev = event("Iraq said its jets bombed the Iranian port of Bandar Abbas on Monday.", "bombed")
    assert _flags(ev) == set()


def test_a_government_on_a_foreign_armys_attack_is_alleged() -> None:
    ev = event("Venezuela said Colombian troops attacked its border post.", "attacked")
    assert _flags(ev) == {"alleged"}


def test_police_on_their_own_arrests_stay_asserted() -> None:
    ev = event("Mexican police said they arrested five Zetas members in Tamaulipas.", "arrested")
    assert _flags(ev) == set()


def test_a_country_on_its_own_suspension_stays_asserted() -> None:
    ev = event("Brazil said it suspended interest payments to its creditor banks.", "suspended")
    assert _flags(ev) == set()


def test_an_announcement_of_another_states_act_stays_asserted() -> None:
    # announce is no party_speech_verbs verb: an announcement of record
    ev = event("Iraq announced Iranian jets bombed the port of Basra on Monday.", "bombed")
    assert "alleged" not in _flags(ev)


def test_unnamed_officials_stay_asserted() -> None:
    ev = event(
        "Spanish farmers blocked a border crossing with France today, officials said.", "blocked"
    )
    assert _flags(ev) == set()


def test_investigators_found_makes_the_seizure_alleged() -> None:
    ev = event("Investigators found that the gang seized cargo coming into the port.", "seized")
    assert _flags(ev) == {"alleged"}


def test_police_found_stays_asserted() -> None:
    ev = event("The police found that the gang had seized cargo coming into the port.", "seized")
    assert _flags(ev) == set()


def test_other_country_needs_two_countries() -> None:
    assert other_country("IRQ", "IRNMIL")
    assert not other_country("IRQ", "IRQMIL")
    assert not other_country("VENGOV", "CRM")  # an armed group of no country
    assert not other_country("IGOUNO", "USA")  # an international body names no country


def test_party_account_needs_a_coded_source() -> None:
    assert party_account("IRQ", ["IRNMIL"])
    assert not party_account("IRQ", [None])
    assert not party_account(None, ["IRNMIL"])
    assert not party_account("IRQ", ["IRNMIL", "IRQMIL"])  # one side is its own


def test_an_adverbial_clause_under_a_states_statement_stays_asserted() -> None:
    # the attack is the closure's occasion, presupposed, no part of Peru's account
    ev = event(
        "Peru said it would keep its border closed after Chilean troops attacked two villages.",
        "attacked",
    )
    assert _flags(ev) == set()
