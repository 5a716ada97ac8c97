"""Tests of the event rules and data without the trained event filter (a helper for them).

The filter (``extract/events/eventfilter.py``) is the last step of the event extractor and
by design drops about 10% of real events; tests written for a rule or a data file check
that rule, on sentences the filter may score low. :func:`event_filter_off` turns it off for
their duration: the environment switch for pipelines built meanwhile, and the extractors of
pipelines already built and cached in this process (``load_nlp``); both are restored after.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


def _event_extractors() -> list[Any]:
    from watchfloor.nlp.pipeline import _LOADED

    out = []
    for nlp in list(_LOADED.values()):
        if "watchfloor_extract" in nlp.pipe_names:
            out += [
                ex
                for ex in nlp.get_pipe("watchfloor_extract").extractors
                if hasattr(ex, "event_filter")
            ]
    return out


@contextmanager
def event_filter_off() -> Iterator[None]:
    from watchfloor.extract.events.eventfilter import ENV_SWITCH, enabled, shipped_model

    with _switched("event_filter", ENV_SWITCH, "off", None, enabled, shipped_model):
        yield


@contextmanager
def _switched(
    attr: str,
    env: str,
    setting: str,
    value: Any,
    enabled: Callable[[], bool],
    shipped: Callable[[], Any],
) -> Iterator[None]:
    """Sets the environment switch ``env`` to ``setting`` and ``attr`` of every cached event
    extractor to ``value`` for the duration; restores both after (an extractor built
    meanwhile takes the shipped model where the restored switch enables it)."""
    before = os.environ.get(env)
    os.environ[env] = setting
    saved = {}
    for ex in _event_extractors():
        saved[id(ex)] = getattr(ex, attr)
        setattr(ex, attr, value)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(env, None)
        else:
            os.environ[env] = before
        for ex in _event_extractors():
            setattr(
                ex, attr, saved[id(ex)] if id(ex) in saved else shipped() if enabled() else None
            )


@contextmanager
def side_linker_off() -> Iterator[None]:
    """The trained side linker (``extract/events/linker.py``) off, whatever the environment
    says (it is off by default since 2026-12-08): it fills an empty side with a nearby coded
    actor at P >= 0.55 and is wrong about four times in ten by design (its threshold), so a
    test of a rule that leaves a side empty checks that rule without it (linker47)."""
    with _side_linker(on=False):
        yield


@contextmanager
def side_linker_on() -> Iterator[None]:
    """The shipped side linker on in every event extractor (``WATCHFLOOR_SIDE_LINKER=on``),
    for the tests of the linker itself."""
    with _side_linker(on=True):
        yield


@contextmanager
def _side_linker(on: bool) -> Iterator[None]:
    from watchfloor.extract.events.linker import ENV_SWITCH, enabled, shipped_linker

    value = shipped_linker() if on else None
    setting = "on" if on else "off"
    with _switched("linker", ENV_SWITCH, setting, value, enabled, shipped_linker):
        yield
