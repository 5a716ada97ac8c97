"""The agreement threshold of the event filter chosen in event_class's cross-validation
(five46, issue #12): events written for the tests, no data file read."""

from __future__ import annotations

from dataclasses import replace

from watchfloor.extract.events.eventfilter import shipped_model
from watchfloor.model import Event, Span
from watchfloor.training.event_class import AGREED_GRID, choose_agreed_p, classes_at, kept_at


def _event(penta: int, filter_p: float, model_p: float, model_class: int | None = None) -> Event:
    return Event(
        code="190",
        root="19",
        quad_class=max(penta, 1),
        goldstein=-10.0 + penta,
        trigger=Span(0, 6, "struck"),
        sentence=Span(0, 20, "Rebels struck today."),
        extra={
            "penta_class": penta,
            "evidence": {
                "filter_p": filter_p,
                "model_class": penta if model_class is None else model_class,
                "model_p": model_p,
            },
        },
    )


def _filter():
    return replace(
        shipped_model(), threshold=0.5, dyadic_threshold=None, agreed_p=0.0, agreed_threshold=0.2
    )


def test_kept_at_keeps_what_passes_the_filter_or_what_the_model_agrees_with():
    flt = _filter()
    assert kept_at(_event(4, 0.7, 0.1), flt, None)  # above the filter's cut
    assert not kept_at(_event(4, 0.2, 0.9), flt, None)  # below, nothing spared
    assert kept_at(_event(4, 0.2, 0.9), flt, 0.8)
    assert not kept_at(_event(4, 0.2, 0.7), flt, 0.8)
    assert not kept_at(_event(4, 0.2, 0.9, model_class=3), flt, 0.5)
    assert kept_at(_event(4, 0.2, 0.1), None, None)  # the filter off keeps all
    # below the agreement threshold (the filter's lower cut for agreed events): dropped
    assert flt.agreed_threshold == 0.2
    assert not kept_at(_event(4, 0.19, 0.99), flt, 0.5)


def test_choose_agreed_p_takes_the_best_threshold_and_the_higher_on_a_tie():
    flt = _filter()
    events = [
        [_event(4, 0.2, 0.85)],  # a real attack the model is sure of
        [_event(4, 0.2, 0.55)],  # not an event, the model half sure
        [_event(2, 0.9, 0.3)],  # passes the filter anyway
        [_event(1, 0.3, 0.65)],
    ]
    assert classes_at(events, flt, 0.6) == [4, 0, 2, 1]
    assert choose_agreed_p(events, [4, 0, 2, 1], [0, 0, 0, 0], flt) == 0.6
    # the fourth sentence no event: sparing it is wrong, 0.7 and 0.8 tie, the higher wins
    assert choose_agreed_p(events, [4, 0, 2, 0], [0, 0, 0, 0], flt) == 0.8
    # nothing to gain: spare nothing
    assert choose_agreed_p(events, [0, 0, 2, 0], [0, 0, 0, 0], flt) is None
    assert None in AGREED_GRID
