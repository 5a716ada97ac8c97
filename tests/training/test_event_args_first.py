"""training/event_args.first_event_spans: the second span scoring (events of a sentence's
first trigger only); events written for the test."""

from __future__ import annotations

from watchfloor.model import Event, Span
from watchfloor.training.event_args import event_spans, first_event_spans


def _event(
    start: int, source: tuple[int, int] | None, target: tuple[int, int] | None, **extra
) -> Event:
    def span(x):
        return None if x is None else {"start": x[0], "end": x[1], "text": "x"}

    return Event(
        code="190",
        root="19",
        quad_class=4,
        goldstein=-10.0,
        trigger=Span(start, start + 5, "x"),
        sentence=Span(0, 80, "x"),
        extra={"source_span": span(source), "target_span": span(target), **extra},
    )


def test_first_trigger_events_only_all_its_dyads():
    # "Soldiers attacked X and Y, killing five": both dyads of "attacked" stay, "killing" not
    evs = [_event(9, (0, 8), (18, 19)), _event(9, (0, 8), (24, 25)), _event(30, (0, 8), (38, 42))]
    assert first_event_spans(evs) == {"S": [(0, 8), (0, 8)], "T": [(18, 19), (24, 25)]}
    assert event_spans(evs)["T"] == [(18, 19), (24, 25), (38, 42)]


def test_a_derived_refusal_is_not_the_first_event():
    # guard: an intent or refusal derived from a later event does not count as first
    evs = [_event(2, (0, 1), None, intent_of="190"), _event(20, (10, 15), (25, 30))]
    assert first_event_spans(evs) == {"S": [(10, 15)], "T": [(25, 30)]}
    assert first_event_spans([]) == {"S": [], "T": []}
