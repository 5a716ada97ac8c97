"""Sides of directed acts (issue 12, objects44): the chamber a veto is cast against — the
one that overrides or sustains it, or that passed the vetoed bill — and the principal an
act is done for ("signed on Malaysia's behalf"), which is never the act's target. Each
rule with a guard where the side must stay as it was. Sentences and names written for
these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


def _targets(text: str, trigger: str) -> set[str | None]:
    return {t for _, t in _sides(text, trigger)}


# -- the chamber a veto is cast against ---------------------------------------------------------


def test_chamber_overriding_the_veto_is_its_target():
    assert _targets(
        "The U.S. House voted to override President Carter's veto of a dairy bill.", "veto"
    ) == {"USALEG"}


def test_chamber_read_as_a_noun_compound_is_still_the_target():
    # the parser reads "overrode" as a noun inside one phrase
    assert _targets(
        "The U.S. Senate overrode President Reagan's veto of the highway bill.", "veto"
    ) == {"USALEG"}


def test_overriding_pronoun_is_the_target_not_the_source():
    assert _sides(
        "U.S. senators said they would override the president's veto of the dairy bill.",
        "veto",
    ) == {("USAGOV", "USALEG")}


def test_chamber_that_passed_the_vetoed_bill_is_the_target():
    assert _targets(
        "President Carter vetoed the dairy bill passed by the U.S. Congress last month.",
        "vetoed",
    ) == {"USALEG"}


def test_veto_naming_no_chamber_keeps_an_empty_target():
    # guard: nobody named as the vetoed body, the side stays empty
    assert _targets("President Carter vetoed the dairy bill last month.", "vetoed") == {None}


# -- the principal an act is done for -------------------------------------------------------------


def test_state_signed_for_is_not_the_target():
    assert _targets(
        "The Thai trade minister will ratify the pact on behalf of Thailand.", "ratify"
    ) == {None}


def test_possessive_behalf_is_not_the_target():
    assert _targets(
        "The Thai trade minister will sign the pact on Thailand's behalf in Geneva.", "sign"
    ) == {None}


def test_signing_partner_stays_the_target():
    # guard: a partner named with "with" is still the target
    assert _targets("Canada signed the pact with Brazil on Monday.", "signed") == {"BRA"}


def test_the_veto_guard_reads_the_same_general_determiners_as_the_non_act_rules() -> None:
    # arguments reads nonacts.yaml itself (importing nonacts there closed an import cycle,
    # tests/test_layout.py); the two readings of the list must agree
    from watchfloor.extract.events.arguments import _general_determiners
    from watchfloor.extract.events.nonacts import default_lists

    assert _general_determiners() == default_lists().general_determiners
    assert "any" in _general_determiners()
