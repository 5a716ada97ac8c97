"""The extract component's heap settling (speed46): once per process, after the first
batch, without changing what the batches find (sentences written for these tests)."""

from __future__ import annotations

import gc

import pytest

from watchfloor.nlp import component
from watchfloor.nlp.component import RESULT_KEY
from watchfloor.nlp.pipeline import load_nlp

TEXTS = [
    "Border guards detained four smugglers near Riverton on Tuesday, the ministry said.",
    "The mayor of Lakeside denied that the militia had attacked the convoy.",
    "Prosecutors charged two officials with taking bribes from a trafficking ring.",
]


@pytest.fixture()
def unsettled(monkeypatch):
    """The component as in a fresh process (heap not yet frozen); unfreezes afterwards."""
    monkeypatch.setattr(component, "_SETTLED", [])
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_heap_freezes_once(unsettled):
    assert gc.get_freeze_count() == 0
    component.settle_heap()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    kept = object()  # made after the freeze: a second call must not freeze it too
    component.settle_heap()
    assert gc.get_freeze_count() == frozen
    assert kept is not None


def test_pipe_settles_after_the_first_batch_and_finds_the_same(unsettled):
    nlp = load_nlp()
    one_by_one = [nlp(t).user_data[RESULT_KEY] for t in TEXTS]
    assert gc.get_freeze_count() == 0  # __call__ does not settle
    batches = nlp.pipe(TEXTS, batch_size=1)
    first = next(batches)
    assert gc.get_freeze_count() == 0  # not before the first batch is handed over
    rest = list(batches)
    assert gc.get_freeze_count() > 0
    assert [d.user_data[RESULT_KEY] for d in [first, *rest]] == one_by_one
