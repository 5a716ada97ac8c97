"""The rule tests of the event extractor run without the trained event filter.

The tests in this folder check the dictionary coder, the modality, sense and side rules
and the models before the filter, on sentences written for each rule. The event filter
(``extract/events/eventfilter.py``) is the last step and, by design, drops about 15% of
real events (its threshold; docs/event-coding.md): with it on, 26 of these tests' events
fall below it (e.g. "The United States provided military assistance to Colombia."), which
says nothing about the rule each test checks. The filter itself is tested in
``test_eventfilter.py`` (which sets the switch where it needs the default).

The trained side linker (``extract/events/linker.py``, linker47; off by default since
2026-12-08) is kept off here whatever the environment says, for the same reason: it
fills an empty side with a nearby coded actor at P >= 0.55, wrong about four times in
ten, and with it on 7 of these tests' sides that a rule leaves empty on purpose are filled
(talks and meetings whose partner the rules do not name, "Egypt said he would meet", a
possessor's brother). It is tested in ``test_linker47.py``, with the shipped
model switched on.

Their ``nlp`` is the watchfloor pipeline without extractors (``load_nlp(model, ())``: the
headline pass before the parser), loaded once for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from tests.event_filter_switch import event_filter_off, side_linker_off, side_linker_on
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp


@pytest.fixture(autouse=True, scope="module")
def _rules_without_the_event_filter(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.module.__name__.endswith("test_eventfilter"):
        yield
        return
    with event_filter_off():
        yield


@pytest.fixture(autouse=True, scope="module")
def _rules_without_the_side_linker(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.module.__name__.endswith("test_linker47"):
        with side_linker_on():
            yield
        return
    with side_linker_off():
        yield


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(DEFAULT_MODEL, ())
