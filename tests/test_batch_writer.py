"""The background batch writer: order, back-pressure, committed results, errors."""

import threading
import time

import pytest

from watchfloor.batch_writer import BatchWriter


def test_items_are_written_in_order_and_reported_committed():
    seen = []
    w = BatchWriter(lambda item: seen.append(item) or item * 10)
    for i in range(20):
        w.submit(i)
    w.close()
    assert seen == list(range(20))
    assert w.committed() == [i * 10 for i in range(20)]
    assert w.committed() == []


def test_submit_blocks_while_depth_items_wait():
    gate, taken = threading.Event(), threading.Event()
    w = BatchWriter(lambda item: (taken.set(), gate.wait()), depth=1)
    w.submit(1)
    assert taken.wait(5)  # the writer holds item 1 and waits at the gate
    w.submit(2)  # waits in the queue
    blocked = threading.Thread(target=w.submit, args=(3,))
    blocked.start()
    blocked.join(0.2)
    assert blocked.is_alive()  # back-pressure: a third item cannot be queued
    gate.set()
    blocked.join(5)
    assert not blocked.is_alive()
    w.close()


def test_a_writer_error_reaches_the_caller_and_stops_later_writes():
    written = []

    def write(item):
        if item == 2:
            raise RuntimeError("disk full")
        written.append(item)

    w = BatchWriter(write)
    with pytest.raises(RuntimeError, match="disk full"):
        for i in range(50):
            w.submit(i)
            time.sleep(0.005)
        w.close()
    w.close()  # already reported: not raised twice
    assert written == [0, 1]


def test_close_raises_an_error_that_submit_did_not_see():
    w = BatchWriter(lambda item: 1 / 0)
    w.submit(1)
    with pytest.raises(ZeroDivisionError):
        w.close()
