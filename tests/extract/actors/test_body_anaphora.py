"""A bare "the commission" refers back to the one commission the story named (issues 11
and 12, uncoded46; ``extract.actors.body_anaphora``). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse
from watchfloor.extract.actors.body_anaphora import BODY_HEAD_WORDS, name_head

PUBLISHED = "1987-05-10"
SEC_STORY = (
    "WASHINGTON, May 10 - The Securities and Exchange Commission opened an inquiry into "
    "the broker on Friday. The commission accused the broker of hiding losses."
)


def _mentions(text: str) -> dict[str, list[str]]:
    doc = parse(text, published=PUBLISHED)[0]
    return {e.name: [m.text for m in e.mentions] for e in doc.entities}


def test_name_head_is_the_word_before_of_else_the_last() -> None:
    assert name_head("Securities and Exchange Commission") == "commission"
    assert name_head("Commission of the European Communities") == "commission"
    assert name_head("Federal Bureau of Investigation") == "bureau"


def test_the_word_list_holds_no_role_word() -> None:
    # "the ministry", "the party" are role phrases with their own reading
    assert "commission" in BODY_HEAD_WORDS
    assert not BODY_HEAD_WORDS & {"ministry", "party", "union", "government"}


def test_the_commission_is_a_mention_of_the_named_commission() -> None:
    assert "commission" in _mentions(SEC_STORY)["Securities and Exchange Commission"]


def test_the_commissions_accusation_has_its_source() -> None:
    ev = event(SEC_STORY, "accused", published=PUBLISHED)
    assert ev.source_code == "USAGOV"


def test_guard_another_commission_named_before_leaves_it() -> None:
    text = (
        "WASHINGTON, May 10 - The Federal Trade Commission and the Securities and Exchange "
        "Commission met on Friday. The commission accused the broker of hiding losses."
    )
    assert all("commission" not in ms for ms in _mentions(text).values())


def test_guard_a_commission_with_its_own_modifier_is_no_reference() -> None:
    text = (
        "NEW YORK, May 10 - The Securities and Exchange Commission opened an inquiry into "
        "the broker. The broker kept the commission on every sale."
    )
    assert all("commission" not in ms for ms in _mentions(text).values())


def test_guard_nothing_named_before_gives_nothing() -> None:
    text = (
        "The commission accused the broker of hiding losses, the Securities and Exchange "
        "Commission said later."
    )
    assert all("commission" not in ms for ms in _mentions(text).values())


def test_an_agency_may_refer_back_as_an_object() -> None:
    # "agency" has no common sense that is no body: any place in the clause refers back
    text = (
        "WASHINGTON, May 10 - The Environmental Protection Agency fined the company. "
        "The senator criticised the agency on Friday."
    )
    assert "agency" in _mentions(text)["Environmental Protection Agency"]


def test_guard_a_commission_as_an_object_is_left() -> None:
    # "commission" refers back only as a subject or a passive's agent (a fee is an object)
    text = (
        "NEW YORK, May 10 - The Securities and Exchange Commission opened an inquiry into "
        "the broker. The broker doubled the commission last year."
    )
    assert all("commission" not in ms for ms in _mentions(text).values())


def test_guard_a_capitalised_commission_outside_the_body_leaves_it() -> None:
    # speed47 reads the folded lemmas before "the commission": a capitalised word of that
    # kind outside the named body's mentions (a body the recogniser left uncoded) counts
    text = (
        "WASHINGTON, May 10 - The Securities and Exchange Commission opened an inquiry into "
        "the broker on Friday. The Zorvan Commission declined to comment. "
        "The commission accused the broker of hiding losses."
    )
    sec = _mentions(text).get("Securities and Exchange Commission", [])
    assert "commission" not in sec


def test_a_capitalised_commission_after_it_does_not_count() -> None:
    # only the words before the bare description are read
    text = SEC_STORY + " The Zorvan Commission declined to comment."
    assert "commission" in _mentions(text)["Securities and Exchange Commission"]
