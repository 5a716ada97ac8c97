"""Sides round 40 (issues #11/#12, args40): a passive participle coordinated with a passive
verb shares its patient even when it has a "by" agent of its own ("were arrested and later
imprisoned by the government": the arrested are the imprisoned). Before, a conjunct with
its own agent kept the agent and left the patient empty. Guards: a conjunct that is no
passive (an intransitive or a verb outside ``transitive_patients``), the first verb's sides,
a conjunct with its own subject. Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


def test_conjoined_passive_with_its_own_agent_shares_the_patient():
    text = "Two Colombian soldiers were arrested and later imprisoned by the Venezuelan government."
    assert _pairs(text, "imprisoned") == {("VENGOV", "COLMIL")}


def test_conjoined_passive_in_a_relative_clause():
    text = (
        "Two Colombian soldiers, who were arrested and later deported by the Venezuelan "
        "government, were freed on Monday."
    )
    assert _pairs(text, "deported") == {("VENGOV", "COLMIL")}


def test_conjoined_passive_after_a_place_phrase():
    text = "Two Colombian soldiers were detained in Caracas and released by the Venezuelan army."
    assert _pairs(text, "released") == {("VENMIL", "COLMIL")}


def test_first_verb_keeps_its_sides():
    # guard: the first passive verb's patient and the shared agent, as before
    text = "Two Colombian soldiers were arrested and later imprisoned by the Venezuelan government."
    assert _pairs(text, "arrested") == {("VENGOV", "COLMIL")}


def test_verb_outside_the_patient_list_is_left_alone():
    # guard: "praised" is not read as sharing the passive: its target stays empty
    text = "The Venezuelan army was attacked and later praised by the Colombian government."
    assert {t for _, t in _pairs(text, "praised")} <= {None}


def test_conjunct_with_its_own_subject_keeps_it():
    # guard: a second clause with a subject of its own is no shared passive
    text = (
        "Two Colombian soldiers were arrested and the Venezuelan government imprisoned "
        "three Brazilian smugglers."
    )
    assert _pairs(text, "imprisoned") == {("VENGOV", "BRACRM")}
