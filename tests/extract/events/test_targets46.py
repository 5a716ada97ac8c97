"""A named other side left empty (issue 12, targets46): the party an amount of sanctions
is against, a nationality on the goods a target phrase ends in, and the group a
possessive "its" / "their" on a verbal act's object stands for (``coder._phrase_country``,
``coder._possessive_owner``; ``arguments.phrase_nouns``, ``arguments.nationality_owner``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.events.helpers import event, parse
from watchfloor.extract.events import arguments, coder

EIGHTIES = "1987-05-10"


def test_the_party_an_amount_of_sanctions_is_against_is_the_target() -> None:
    # the picker takes the whole amount; the country hangs on "sanctions" inside it
    text = (
        "The United States may lift an additional 84 mln dlrs in trade sanctions against "
        "Japan later this month, officials said."
    )
    ev = event(text, "lift", published=EIGHTIES)
    assert (ev.source_code, ev.target_code) == ("USA", "JPN")


def test_without_the_phrase_walk_the_amount_names_no_target(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(coder, "_phrase_country", lambda *args: [])
    text = (
        "The United States may lift an additional 84 mln dlrs in trade sanctions against "
        "Japan later this month, officials said."
    )
    assert event(text, "lift", published=EIGHTIES).target_code is None


def test_a_source_states_own_goods_are_no_target() -> None:
    ev = event(
        "Washington lifted 50 mln dlrs in curbs on American exports last week.",
        "lifted",
        published=EIGHTIES,
    )
    assert ev.target_code != "USA"


def test_its_offer_is_the_firm_the_union_answers() -> None:
    ev = event(
        "Phoenix Steel Corp said the union rejected its offer to extend the labor agreement.",
        "rejected",
        published=EIGHTIES,
    )
    assert (ev.source_code, ev.target_code) == ("LAB", "BUS")


def test_its_exports_are_the_country_named_before() -> None:
    doc = parse(
        "Japan failed to open its markets. The United States imposed tariffs on its "
        "exports last April.",
        published=EIGHTIES,
    )[0]
    imposed = [e for e in doc.events if e.trigger.text == "imposed"]
    assert imposed and imposed[0].target_code == "JPN"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the acting side's own sanctions and proposal: never its own target
        ("The United States said it had lifted its sanctions on rice imports.", "lifted"),
        ("Iraq said it rejected its own earlier proposal for talks.", "rejected"),
    ],
)
def test_the_acting_sides_own_thing_gives_no_target(text: str, trigger: str) -> None:
    ev = event(text, trigger, published=EIGHTIES)
    assert ev.target_code is None


# -- the host of a visit as the one its visitor meets during it (meetings.visit_host) ----
@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("During his visit, De Clercq has met top Chinese leaders and signed an agreement.", "CHN"),
        (
            "West German President Richard von Weizsaecker met Argentine President Raul "
            "Alfonsin on the first day of the German leader's four-day visit.",
            "ARGGOV",
        ),
        (
            "West German President Richard von Weizsaecker met Argentine President Raul "
            "Alfonsin for talks on the first day of the German leader's four-day visit.",
            "ARGGOV",
        ),
    ],
)
def test_whom_the_visitor_meets_during_the_visit_is_its_host(text: str, host: str) -> None:
    assert event(text, "visit", published=EIGHTIES).target_code == host


@pytest.mark.parametrize(
    "text",
    [
        "During his visit, the French minister criticised Japanese trade barriers.",
        # a visit talked about is no visit held while meeting
        "The minister met Japanese officials for talks about the visit of the Pope.",
    ],
)
def test_a_visit_not_held_while_meeting_names_no_host(text: str) -> None:
    doc = parse(text, published=EIGHTIES)[0]
    visits = [e for e in doc.events if e.trigger.text == "visit"]
    assert all(e.target_code is None for e in visits)


@pytest.mark.parametrize(
    ("text", "word", "owned"),
    [
        ("The union rejected its offer.", "offer", True),
        ("The authorities considered their demands.", "demands", True),
        # what a side does with its own names no other party (owned_objects)
        ("The officials offered their own proposals.", "proposals", False),
        ("The gangs protect their interests.", "interests", False),
        ("The country shut its border.", "border", False),
    ],
)
def test_only_another_partys_offer_demand_or_goods_is_owned(
    nlp: Language, text: str, word: str, owned: bool
) -> None:
    noun = next(t for t in nlp(text) if t.text == word)
    assert coder._owned_object(noun) is owned


@pytest.mark.parametrize(
    ("text", "head", "reached", "not_reached"),
    [
        # an amount's "in" names what it is of; the sanctions' own "against" goes on
        (
            "The United States may lift an additional 84 mln dlrs in trade sanctions "
            "against Japan this month.",
            "dlrs",
            "sanctions",
            None,
        ),
        # progress "in" a fight is no amount of it: the fight's enemy is not read
        (
            "They showed progress in the fight against drug trafficking.",
            "progress",
            None,
            "fight",
        ),
    ],
)
def test_the_phrase_walk_takes_in_only_from_an_amount(
    nlp: Language, text: str, head: str, reached: str | None, not_reached: str | None
) -> None:
    noun = next(t for t in nlp(text) if t.text == head)
    words = [t.text for t in arguments.phrase_nouns(noun)]
    assert reached is None or reached in words
    assert not_reached is None or not_reached not in words
