"""A state delegation's head is coded as that state's official when the dictionary gives
him only an elite code at the story's date (issue 11, dictgap42; judged seed 3089: a
serving trade delegation leader coded ELI). Sentences written for these tests. Vincent
Siew's PETRARCH2 record is a dated TWNELI range to 1997-09 and TWNGOV after it; Radoslaw
Sikorski's is POLGOVMIL from 2005-12 to 2007-02."""

from __future__ import annotations

from tests.extract.events.helpers import parse

DAY = "1987-04-11"


def _code(text: str, name: str, day: str = DAY) -> str | None:
    doc = parse(text, published=day)[0]
    return next((e.actor_code for e in doc.entities if e.name == name), None)


def test_the_delegations_leader_named_after_a_state_delegation() -> None:
    text = (
        "A twelve-member Taiwan trade delegation flew to Washington on Monday. "
        "The delegation's leader, Vincent Siew, said the talks would be difficult."
    )
    assert _code(text, "Vincent Siew") == "TWNGOV"


def test_delegation_leader_before_the_name() -> None:
    text = "Taiwan delegation leader Vincent Siew said the talks would be difficult."
    assert _code(text, "Vincent Siew") == "TWNGOV"


def test_head_of_the_delegation_in_apposition() -> None:
    text = "Vincent Siew, head of the Taiwan delegation, said the talks would be difficult."
    assert _code(text, "Vincent Siew") == "TWNGOV"


def test_who_heads_the_delegation() -> None:
    text = "Vincent Siew, who heads Taiwan's delegation, said the talks would be difficult."
    assert _code(text, "Vincent Siew") == "TWNGOV"


def test_a_business_delegation_is_not_the_states() -> None:
    # guard: a delegation of firms says nothing of an office; the record's code stays
    text = (
        "A Taiwan business delegation flew to Washington on Monday. "
        "The delegation's leader, Vincent Siew, said the talks would be difficult."
    )
    assert _code(text, "Vincent Siew") == "TWNELI"


def test_a_former_delegation_head_stays_an_elite() -> None:
    # guard: a former office is no office now
    text = "Vincent Siew, former head of the Taiwan delegation, said the talks would be difficult."
    assert _code(text, "Vincent Siew") == "TWNELI"


def test_no_delegation_named_leaves_the_elite_code() -> None:
    # guard: a leader of nothing stated, and the article's country alone, give no office
    text = "The leader, Vincent Siew, said in Taipei that the talks would be difficult."
    assert _code(text, "Vincent Siew") == "TWNELI"


def test_a_dated_office_covering_the_date_decides() -> None:
    # guard: the record's dated office (defence minister) covers a 2006 story
    text = "Poland delegation leader Radoslaw Sikorski said the talks would be difficult."
    assert _code(text, "Radoslaw Sikorski", day="2006-05-10") == "POLGOVMIL"


def test_a_person_without_a_record_is_left_to_the_title_coder() -> None:
    # guard: the rule reads dictionary people only; an invented name keeps today's code
    text = "Taiwan delegation leader Walter Brimley said the talks would be difficult."
    assert _code(text, "Walter Brimley") is None
