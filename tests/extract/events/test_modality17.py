"""Seventeenth modality round (issue 12, judged seeds 3019-3035): an asserted act told as a
source's claim ("investigators say", "according to officials", "witnesses said") is
alleged; told by a news outlet it stays asserted (docs/judging-criteria.md, Modality).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_investigators_say_makes_the_murder_alleged() -> None:
    ev = event("Investigators say the two men murdered the journalist.", "murdered")
    assert _flags(ev) == {"alleged"}


def test_witnesses_said_makes_the_release_alleged() -> None:
    ev = event("Witnesses said gunmen freed the kidnapped diplomat on Sunday.", "freed")
    assert _flags(ev) == {"alleged"}


def test_named_party_statement_stays_asserted() -> None:
    ev = event("The interior minister said police had arrested twelve gang members.", "arrested")
    assert _flags(ev) == set()


def test_trailing_according_to_officials_is_alleged() -> None:
    ev = event(
        "The FARC attacked a column of soldiers in Arauca, according to military officials.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


def test_leading_according_to_ministry_is_alleged() -> None:
    ev = event(
        "According to the defence ministry, the rebels are holding nine hostages.", "holding"
    )
    assert "alleged" in _flags(ev)


# guards: a news outlet's report, a plain statement, and a reported future


def test_according_to_the_newspaper_stays_asserted() -> None:
    ev = event(
        "The FARC attacked a column of soldiers in Arauca, according to the newspaper.", "attacked"
    )
    assert _flags(ev) == set()


def test_outlet_reported_stays_asserted() -> None:
    ev = event("Guerrillas kidnapped two engineers in Arauca, reported El Tiempo.", "kidnapped")
    assert _flags(ev) == set()


def test_plain_arrest_stays_asserted() -> None:
    ev = event("Police arrested three men in Lima on Monday.", "arrested")
    assert _flags(ev) == set()


def test_reported_future_stays_future_only() -> None:
    ev = event("The minister said police would arrest the suspects.", "arrest")
    assert _flags(ev) == {"future"}


def test_according_to_a_named_outlet_stays_asserted() -> None:
    ev = event(
        "According to El Heraldo, gunmen kidnapped two engineers in Arauca last week.", "kidnapped"
    )
    assert _flags(ev) == set()


def test_relative_clause_under_according_to_stays_asserted() -> None:
    ev = event(
        "According to the analysts, the accord, which was signed by Peru and Chile in "
        "May, violates the constitution.",
        "signed",
    )
    assert _flags(ev) == set()


def test_source_cited_by_an_outlet_is_alleged() -> None:
    ev = event(
        "According to a source cited by El Heraldo, gunmen kidnapped two engineers in "
        "Arauca last week.",
        "kidnapped",
    )
    assert "alleged" in _flags(ev)
