"""A chamber's leader named after the chamber (issue 12, targets46): "Senate Republican
leader X" is the coded legislature's member (``dateline_officials.code_body_officers``,
``dateline_roles.tsv`` kind "legislature_office"). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse

PUBLISHED = "1987-05-10"


def _codes(text: str) -> dict[str, str | None]:
    doc = parse(text, published=PUBLISHED)[0]
    return {" ".join(e.name.split()): e.actor_code for e in doc.entities}


def test_a_senate_leader_is_the_senates() -> None:
    text = (
        "WASHINGTON, May 10 - Senate Republican leader Robert Dole urged the president to veto it."
    )
    assert _codes(text)["Robert Dole"] == "USALEG"


def test_the_leaders_appeal_now_has_both_sides() -> None:
    text = (
        "WASHINGTON, May 10 - Senate Republican leader Robert Dole urged the president to veto it."
    )
    ev = event(text, "urged", published=PUBLISHED)
    assert (ev.source_code, ev.target_code) == ("USALEG", "USAGOV")


def test_guard_a_chamber_in_another_clause_gives_no_code() -> None:
    # the Senate is the subject of its own clause: "Republican leader" is no office of it
    text = (
        "WASHINGTON, May 10 - The Senate passed the farm bill on Monday, and Republican "
        "leader Robert Dole said he was pleased."
    )
    assert _codes(text)["Robert Dole"] is None


def test_guard_a_state_bodys_leader_word_is_not_a_body_office() -> None:
    # "leader" follows a chamber only: after a government body it stays the title it was
    text = "MOSCOW, May 10 - Kremlin leader Mikhail Gorbachev met the visiting minister."
    assert _codes(text).get("Mikhail Gorbachev") != "RUSLEG"
