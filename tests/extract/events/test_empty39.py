"""Named parties left empty on an event's side (issue 12, empty39): whom a blaming verb
blames is the object of its "on" when its object is the thing blamed, on the verb or hung
by the parser on the last word of the thing blamed (``arguments.blamed_party``,
``argument_roles.yaml`` ``blamed_on``). Sentences written for these tests; guards keep the
side empty where no one is blamed (a cause, a day) and keep a blamed actor as the object."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


def test_blamed_on_a_state_after_the_thing_blamed() -> None:
    text = "The Russian government blamed the collapse of the talks on the United States."
    assert _sides(text, "blamed") == {("RUSGOV", "USA")}


def test_blamed_on_a_group_hung_on_the_act_blamed() -> None:
    text = "The Mexican police blamed the attack on the Sinaloa Cartel."
    assert _sides(text, "blamed") == {("MEXCOP", "MEXCRM")}


def test_the_last_on_of_the_phrase_is_the_one_blamed() -> None:
    # "on the embassy" is where the attack was; the group after it is blamed
    text = "Colombian officials blamed the attack on the embassy on the Gulf Clan."
    assert _sides(text, "blamed") == {("COLGOV", "COLCRM")}


def test_passive_blamed_on_keeps_no_blamer() -> None:
    text = "The bombing of the bridge was blamed on the FARC."
    assert _sides(text, "blamed") == {(None, "COLREB")}


def test_a_blamed_cause_is_no_target() -> None:
    # guard: weather is blamed, no actor
    text = "The Brazilian government blamed the floods on heavy rains."
    assert _sides(text, "blamed") == {("BRAGOV", None)}


def test_a_day_is_never_the_one_blamed() -> None:
    # guard: "on Monday" dates the blame; the rebels blamed stay the target
    text = "The Peruvian government blamed the rebels on Monday."
    assert ("PERGOV", None) not in _sides(text, "blamed")
    assert all(target != "PERGOV" for _, target in _sides(text, "blamed"))


def test_a_blamed_actor_object_is_kept() -> None:
    # guard: "blamed X for Y" keeps X, not an "on" inside the act
    text = "Colombian officials blamed the FARC for the attack on the police station."
    assert _sides(text, "blamed") == {("COLGOV", "COLREB")}
