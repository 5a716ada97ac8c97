"""actfix36 (issue 11): an abbreviation of the time of day is no prime minister.

PETRARCH2's agent file reads "the PM" as a government agent, and "p.m." folds to the same
word: "shot at 6 p.m." coded the story's government (judged round 51). A lower-case
"p.m."/"a.m." with its points, or any spelling right after a number, is the time of day
(non_actor_words.tsv, kind clock_time). Sentences written for these tests; guards keep
the role phrases beside them."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract


def _coded(text: str, published: str | None = "1987-03-03") -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text, published)).items() if v}


def test_a_lower_case_pm_after_an_hour_is_no_government():
    codes = _coded(
        "Jorge Ramos was a local councillor in the Paraguayan city of Pedro Juan "
        "Caballero. Ramos was shot at 6 p.m. on Friday after gunmen stopped his truck."
    )
    assert "PRYGOV" not in codes.values()


def test_a_capitalised_pm_after_an_hour_is_no_government():
    codes = _coded("The blast in Lahore came at 11 PM on Sunday, Pakistani police said.")
    assert "PAKGOV" not in codes.values()
    assert "PAKCOP" in codes.values()  # guard: the police beside it stay


def test_guard_the_police_in_a_timed_sentence_keep_their_code():
    codes = _coded("Colombian police raided the farm at 5 a.m. and seized two tonnes of coca.")
    assert "COLCOP" in codes.values()
    assert "COLGOV" not in codes.values()
