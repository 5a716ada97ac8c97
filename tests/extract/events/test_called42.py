"""A "call" with an object (issue 12, the lead, twenty-second session): a collective act a
party *calls* ("called a strike for Tuesday") is convened, still to come — future, not the
appeal of "called FOR a strike" (hypothetical); and a verb with its own particle ("called
OFF the strike on Sunday") is not the phrasal "call on" that "on Sunday" seemed to give, so
no phone call (041) is coded. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event, events
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_strike_called_for_a_day_is_future() -> None:
    ev = event(
        "Brazilian dockworkers called a strike for Tuesday against the government's "
        "privatisation plan.",
        "strike",
    )
    assert _flags(ev) == {"future"}


def test_stoppage_called_to_start_later_is_future() -> None:
    ev = event(
        "Chilean copper miners have called a 48-hour strike starting Thursday against "
        "the state mining company.",
        "strike",
    )
    assert _flags(ev) == {"future"}


def test_a_strike_that_may_be_called_stays_hypothetical() -> None:
    # guard: a modal on the call keeps the act possible only
    ev = event(
        "The union may call a strike against the Ecuadorian government next week.",
        "strike",
    )
    assert _flags(ev) == {"hypothetical"}


def test_called_off_is_no_phone_call_and_the_strike_is_negated() -> None:
    text = "The union called off the strike against the Bolivian government on Sunday."
    assert not events(text, "called")
    assert _flags(event(text, "strike")) == {"negated"}


def test_calling_a_counterpart_on_a_day_stays_a_phone_call() -> None:
    # guard: no particle of its own, "on Monday" still reads as a call
    ev = event("The Mexican president called his American counterpart on Monday.", "called")
    assert ev.code == "041"


def test_call_on_a_state_stays_an_appeal() -> None:
    # guard: the phrasal "call on" is untouched
    ev = event("The UN called on Colombia to release the prisoners.", "called")
    assert ev.code.startswith("02")
