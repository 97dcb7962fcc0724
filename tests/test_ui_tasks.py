"""The task type: each outcome (succeeded, failed, cancelled) with a synchronous pool and with a
real QThreadPool, progress on the way, and errors turned into messages fit for the analyst."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QThreadPool

from app.errors import ValidationError
from ui.tasks import ImmediatePool, Task, TaskCancelled, run_task


class Recorder:
    """Every signal a task sends, in order, and the thread each arrived in."""

    def __init__(self, task: Task) -> None:
        self.events: list[tuple] = []
        self.threads: set = set()
        task.progressed.connect(lambda done, total: self._add("progressed", done, total))
        task.succeeded.connect(lambda result: self._add("succeeded", result))
        task.failed.connect(lambda message: self._add("failed", message))
        task.cancelled.connect(lambda: self._add("cancelled"))

    def _add(self, *event) -> None:
        self.events.append(event)
        self.threads.add(QThread.currentThread())

    def outcomes(self) -> list[tuple]:
        return [e for e in self.events if e[0] != "progressed"]


def count_to(n: int, *, progress, cancelled) -> int:
    for i in range(1, n + 1):
        if cancelled():
            raise TaskCancelled
        progress(i, n)
    return n * 10


@pytest.fixture
def pool():
    """A thread pool of the test's own, emptied before the test ends (no thread outlives it)."""
    thread_pool = QThreadPool()
    yield thread_pool
    thread_pool.waitForDone(5000)


# -- a synchronous pool ------------------------------------------------------------------------------


def test_succeeds_with_progress_in_order():
    task = Task(count_to, 3)
    seen = Recorder(task)
    assert run_task(task, ImmediatePool()) is task
    assert seen.events == [
        ("progressed", 1, 3),
        ("progressed", 2, 3),
        ("progressed", 3, 3),
        ("succeeded", 30),
    ]
    assert task.is_finished()
    assert task.wait(0)


def test_factdesk_error_becomes_its_message():
    def refuse(*, progress, cancelled):
        raise ValidationError("The template is not a Word document.")

    task = Task(refuse)
    seen = Recorder(task)
    run_task(task, ImmediatePool())
    assert seen.outcomes() == [("failed", "The template is not a Word document.")]


def test_unexpected_error_becomes_a_generic_message_and_is_logged(caplog):
    def crash(*, progress, cancelled):
        return {}["missing"]

    task = Task(crash)
    seen = Recorder(task)
    with caplog.at_level(logging.ERROR, logger="ui.tasks"):
        run_task(task, ImmediatePool())
    [(kind, message)] = seen.outcomes()
    assert kind == "failed"
    assert "missing" not in message and "KeyError" not in message and "Traceback" not in message
    assert "log" in message
    [record] = [r for r in caplog.records if r.name == "ui.tasks"]
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    assert "crash" in record.getMessage()


def test_cancelled_before_it_starts_never_runs():
    called = []
    task = Task(lambda **_kw: called.append(1))
    seen = Recorder(task)
    task.cancel()
    run_task(task, ImmediatePool())
    assert called == []
    assert seen.events == [("cancelled",)]
    assert task.is_cancelled() and task.is_finished()


def test_function_that_stops_on_cancel_reports_cancelled():
    def stops_itself(*, progress, cancelled):
        progress(1, 5)
        task.cancel()  # as if the analyst pressed Cancel now
        progress(2, 5)  # not reported: the task is being cancelled
        if cancelled():
            raise TaskCancelled
        return "finished anyway"

    task = Task(stops_itself)
    seen = Recorder(task)
    run_task(task, ImmediatePool())
    assert seen.events == [("progressed", 1, 5), ("cancelled",)]


@pytest.mark.parametrize("error", [ValidationError("refused"), RuntimeError("broken")])
def test_any_error_after_cancel_counts_as_cancelled(error, caplog):
    """A writer raises its own "cancelled" error once it notices; that is not a failure."""

    def raises(*, progress, cancelled):
        task.cancel()
        raise error

    task = Task(raises)
    seen = Recorder(task)
    with caplog.at_level(logging.ERROR, logger="ui.tasks"):
        run_task(task, ImmediatePool())
    assert seen.events == [("cancelled",)]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_result_comes_back_even_when_cancelled_too_late():
    def finishes(*, progress, cancelled):
        task.cancel()
        return "done"

    task = Task(finishes)
    seen = Recorder(task)
    run_task(task, ImmediatePool())
    assert seen.events == [("succeeded", "done")]


# -- a real thread pool --------------------------------------------------------------------------------


def test_real_pool_succeeds_in_the_ui_thread(qtbot, pool):
    worker_threads = []

    def work(*, progress, cancelled):
        worker_threads.append(threading.get_ident())
        return count_to(4, progress=progress, cancelled=cancelled)

    task = Task(work)
    seen = Recorder(task)
    with qtbot.waitSignal(task.succeeded, timeout=20_000) as blocker:
        run_task(task, pool)
    assert blocker.args == [40]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert seen.threads == {QCoreApplication.instance().thread()}
    qtbot.waitUntil(lambda: len(seen.events) == 5, timeout=20_000)
    assert [e for e in seen.events if e[0] == "progressed"] == [("progressed", i, 4) for i in range(1, 5)]
    assert seen.events[-1] == ("succeeded", 40)


def test_real_pool_failure(qtbot, pool):
    def refuse(*, progress, cancelled):
        raise ValidationError("No claims to export.")

    task = Task(refuse)
    with qtbot.waitSignal(task.failed, timeout=20_000) as blocker:
        run_task(task, pool)
    assert blocker.args == ["No claims to export."]


def test_real_pool_unexpected_error(qtbot, pool, caplog):
    def crash(*, progress, cancelled):
        raise ZeroDivisionError("secret detail")

    task = Task(crash)
    with caplog.at_level(logging.ERROR, logger="ui.tasks"), qtbot.waitSignal(task.failed, timeout=20_000) as blocker:
        run_task(task, pool)
    assert "secret detail" not in blocker.args[0]
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_real_pool_cancel_mid_way(qtbot, pool):
    """The function keeps going until asked to stop; Cancel from the UI thread stops it."""
    started = threading.Event()

    def endless(*, progress, cancelled):
        done = 0
        while not cancelled() and done < 6_000:  # 30 s at most, should the test fail before Cancel
            done += 1
            started.set()  # before the signal: the test reads it as soon as the signal arrives
            progress(done, 0)
            threading.Event().wait(0.005)
        raise TaskCancelled

    task = Task(endless)
    seen = Recorder(task)
    try:
        with qtbot.waitSignal(task.progressed, timeout=20_000):
            run_task(task, pool)
        assert started.is_set()
        with qtbot.waitSignal(task.cancelled, timeout=20_000):
            task.cancel()
        assert task.wait(5)
        assert seen.outcomes() == [("cancelled",)]
    finally:  # no thread outlives the test, whatever failed
        task.cancel()
        task.wait(10)
