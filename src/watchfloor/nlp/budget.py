"""A per-document time budget for the NLP stage's extractors.

The extract component (:mod:`watchfloor.nlp.component`) runs the extractors of one
document inside :func:`time_budget`. On the main thread of a process (the CLI, and each
spaCy worker process) an interval timer interrupts the document as soon as the budget is
spent; elsewhere (a server thread) the budget is checked between extractors. A document
over its budget gets an error that starts with :data:`BUDGET_PREFIX`, and the pipeline
quarantines it with the code TIME_BUDGET (W202); the batch goes on.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

BUDGET_PREFIX = "time budget exceeded"
DEFAULT_BUDGET = 120.0  # seconds of extraction per document (a 240k-character text: ~10 s)


class BudgetExceeded(Exception):
    """The document ran past its time budget."""

    def __init__(self, seconds: float, where: str = "") -> None:
        super().__init__(f"{BUDGET_PREFIX}: more than {seconds:g} s{where}")
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float | None) -> Iterator[Deadline]:
    """Run the block within ``seconds`` (None or 0: no budget). RAISES BudgetExceeded
    from inside the block on the main thread; elsewhere :meth:`Deadline.check` raises."""
    deadline = Deadline(seconds)
    usable = (
        bool(seconds)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield deadline
        return

    def _expired(signum: int, frame: object) -> None:
        raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Deadline:
    """The cooperative half of the budget: :meth:`check` between steps."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds if seconds else None

    def check(self, where: str = "") -> None:
        if self.at is not None and time.monotonic() > self.at:
            raise BudgetExceeded(self.seconds or 0, f" (after {where})" if where else "")
