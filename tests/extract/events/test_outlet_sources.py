"""Sources an outlet consulted are reporting, not a consultation between actors (issue 12,
non-events of the seed 3019-3021 samples). Sentences written for the tests, each beside a
contrast that stays an event."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def test_people_consulted_by_the_newspaper_are_the_outlets_sources():
    owners, farmers = parse(
        "Taxi company owners consulted by the newspaper stated that in March the gangs "
        "raised the weekly fees.",
        "Farmers consulted by the reporter said the army had burned their crops.",
    )
    assert not [e for e in owners.events if e.root == "04"]
    assert not [e for e in farmers.events if e.root == "04"]


def test_a_spokesman_coded_as_the_press_still_meets_and_the_press_can_be_attacked():
    spokesman, attack, consult = parse(
        "A government spokesman met with opposition leaders in Caracas on Monday.",
        "Gunmen attacked the offices of the newspaper El Heraldo in Tegucigalpa on Friday.",
        "The Honduran president consulted with Guatemalan officials on the border crisis.",
    )
    assert [e.code for e in spokesman.events] == ["040"]  # the word decides, not the code
    assert [e.code for e in attack.events if e.trigger.text == "attacked"] == ["180"]
    assert [e.code for e in consult.events] == ["040"]
