"""The per-document time budget (issue 15, finding 4): over it, one document is
quarantined with TIME_BUDGET and the batch goes on."""

from __future__ import annotations

import threading
import time

import pytest

from watchfloor.errors import Reason
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.budget import BUDGET_PREFIX, BudgetExceeded, time_budget
from watchfloor.normalise import to_document
from watchfloor.pipeline import _failed


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_the_timer_interrupts_a_busy_block_on_the_main_thread():
    start = time.monotonic()
    with pytest.raises(BudgetExceeded, match=BUDGET_PREFIX), time_budget(0.2):
        _spin(5)
    assert time.monotonic() - start < 3


def test_off_the_main_thread_the_budget_is_checked_between_steps():
    caught: list[BaseException] = []

    def work() -> None:
        try:
            with time_budget(0.1) as deadline:
                _spin(0.3)
                deadline.check("step one")
        except BudgetExceeded as exc:
            caught.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert caught and "after step one" in str(caught[0])


class _Slow:
    name = "slow"

    def __call__(self, doc, result) -> None:
        if "slowly" in result.text:
            _spin(60)


def test_a_slow_document_is_quarantined_as_time_budget_and_its_batch_goes_on():
    stage = NlpStage(time_budget=3.0)
    list(
        stage.process(
            [to_document(RawDocument(id="w", text="Warm up in Quito.", origin="w", fmt="text"))]
        )
    )  # lazy data loaded first
    component = stage.nlp.get_pipe("watchfloor_extract")
    saved = component.extractors
    component.extractors = [_Slow(), *saved]
    try:
        docs = [
            to_document(RawDocument(id=f"d{i}", text=t, origin=f"d{i}", fmt="text"))
            for i, t in enumerate(
                [
                    "Police arrested two men in Lima on Monday.",
                    "This one is read slowly by a stuck extractor.",
                    "Troops left the valley of Cauca on Friday.",
                ]
            )
        ]
        out = list(stage.process(docs))
    finally:
        component.extractors = saved
    assert [d.processing_error is not None for d in out] == [False, True, False]
    assert out[1].processing_error.startswith(BUDGET_PREFIX)
    assert out[0].entities and out[2].entities
    q = _failed(out[1])
    assert q.code == Reason.TIME_BUDGET.value and q.reason.startswith(BUDGET_PREFIX)
