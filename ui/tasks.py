"""Long work off the UI thread: a small task type that reports progress and can be cancelled.

A `Task` wraps a plain function. The function is called with `progress(done, total)` and
`cancelled()` keyword arguments, so it can report how far it got and stop when asked; it must not
touch widgets. Its outcome comes back to the UI thread as exactly one of `succeeded(result)`,
`failed(message)` or `cancelled()`.

`run_task(task, pool)` starts it on a pool given from outside: a `QThreadPool` in the window, an
`ImmediatePool` (which runs it at once, in the caller's thread) in tests and scripts. Keep a
reference to the task until it has reported.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import FactdeskError
from ui.messages import words

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised by a task's function to stop early because `cancelled()` returned True."""


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class ImmediatePool:
    """A pool that runs each task at once in the calling thread (tests, command-line use)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class Task(QObject):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the function returned
    failed = Signal(str)  # a message fit for the user
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask the function to stop; it notices the next time it calls `cancelled()`."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_finished(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned (or `timeout` seconds passed); True if it has."""
        return self._done.wait(timeout)

    def run(self) -> None:
        """Run the function here and now (the pool's thread calls this) and report its outcome."""
        try:
            self._run()
        finally:
            self._done.set()

    def _run(self) -> None:
        if self._cancel.is_set():
            self.cancelled.emit()
            return
        try:
            result = self._fn(*self._args, progress=self._progress, cancelled=self._cancel.is_set)
        except TaskCancelled:
            self.cancelled.emit()
        except FactdeskError as exc:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(words(exc))
        except Exception:
            if self._cancel.is_set():  # whatever broke, the analyst had already asked it to stop
                log.debug("Task %s raised after it was cancelled", _name(self._fn), exc_info=True)
                self.cancelled.emit()
            else:
                log.exception("Task %s failed", _name(self._fn))
                self.failed.emit(self.tr("Something unexpected went wrong. The details were written to the log."))
        else:
            self.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.progressed.emit(int(done), int(total))


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run()


def run_task(task: Task, pool: Pool | None = None) -> Task:
    """Start `task` on `pool` (the global thread pool if none is given) and hand it back."""
    (pool if pool is not None else QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or repr(fn)


class Stepper(QObject):
    """Runs work that must happen on the UI thread (filling a text document, formatting it) in
    slices of about `budget_ms`, going back to the event loop between slices, so the window keeps
    painting and answering while it goes on.

    The work is a generator: each `yield` marks a point where it may be interrupted. Starting new
    work, or `cancel()`, closes the generator in progress. `finished` is emitted once the generator
    has run to its end (not when it was cancelled).
    """

    finished = Signal()

    def __init__(self, *, budget_ms: float = 20.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._budget = budget_ms / 1000
        self._steps: Iterator[None] | None = None
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._slice)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, steps: Iterator[None], *, at_once: bool = False) -> None:
        """Begin `steps` (the first slice runs now); with `at_once`, run all of it before returning."""
        self.cancel()
        self._steps = steps
        if at_once:
            self.finish()
            return
        self._slice()
        if self._steps is not None:
            self._timer.start()

    def finish(self) -> None:
        """Run whatever is left of the current work now, without going back to the event loop."""
        if self._steps is not None:
            self._run(deadline=None)

    def cancel(self) -> None:
        self._timer.stop()
        steps, self._steps = self._steps, None
        if steps is not None and hasattr(steps, "close"):
            steps.close()

    def _slice(self) -> None:
        if self._steps is not None:
            self._run(deadline=time.perf_counter() + self._budget)

    def _run(self, *, deadline: float | None) -> None:
        steps = self._steps
        try:
            while deadline is None or time.perf_counter() < deadline:
                next(steps)
        except StopIteration:
            self._timer.stop()
            if self._steps is steps:
                self._steps = None
                self.finished.emit()
        except Exception:
            self._timer.stop()
            self._steps = None
            log.exception("Work in steps failed part way")


class JobRunner(QObject):
    """Runs one background job at a time for the open workspace, shown in a progress dialog.

    Subclasses keep their job in `self._job` (anything with `task`, `dialog` and `quiet`); a job
    still running when the workspace changes is cancelled and waited for, and says nothing after.
    """

    #: what the job is called in the log ("import", "export")
    job_name = "job"

    def __init__(self, *, window: QWidget, pool: Pool | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.pool = pool
        self._session = None
        self._job = None

    def set_session(self, session) -> None:
        """Follow another workspace (or none); a job running for the old one is cancelled first
        (what it finished stays in that workspace)."""
        job = self._job
        if job is not None and session is not self._session:
            job.quiet = True
            job.task.cancel()
            if not job.task.wait(30):
                log.warning("A %s did not stop within 30 seconds of being cancelled", self.job_name)
            dismiss_progress(job.dialog)
        self._session = session

    @property
    def busy(self) -> bool:
        return self._job is not None

    def cancel(self) -> None:
        """Ask the running job to stop (as its dialog's Cancel button does)."""
        if self._job is not None:
            self._on_dialog_canceled(self._job)

    def _on_dialog_canceled(self, job) -> None:
        job.task.cancel()
        job.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._job.dialog if self._job else None


def dismiss_progress(dialog: QProgressDialog) -> None:
    """Hide a progress dialog for good: reset() stops its timer to show itself later; hide(), unlike
    close(), does not emit `canceled`."""
    dialog.reset()
    dialog.hide()
