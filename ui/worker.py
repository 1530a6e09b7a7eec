"""The one database worker: every call into app/ that touches the database runs here.

One thread, so writes are serialised and the GUI never waits on the database.
Each call gets its own session (``unit_of_work``: committed if the call
returns, rolled back if it raises). Results, progress and errors come back to
the GUI thread through queued signals; callbacks always run in the GUI thread.

Usage::

    worker.run(lambda s: directory.children(s, ref, 0, 200),
               on_done=self._insert, on_error=show_error)
"""
from __future__ import annotations

import logging
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.errors import ProrataError
from app.storage.engine import unit_of_work

log = logging.getLogger(__name__)

# An unexpected failure still reaches the user as a sentence, never a traceback.


@dataclass(eq=False)
class Task:
    """One queued call. ``cancel()`` asks long work to stop at its next ``cancelled()`` check."""

    fn: Callable
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[ProrataError], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    session: bool = True
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Bridge(QObject):
    """Lives in the GUI thread; its signals, emitted from the worker thread, arrive queued."""

    sig_finished = Signal(object, object, object)
    """A task ended: (task, result, error or None)."""

    sig_progress = Signal(object, int, int, str)
    """A task reported progress: (task, done, total, message)."""


class Worker(QObject):
    """Runs service callables on the single database thread."""

    sig_busy_changed = Signal(bool)
    """True when the first task of a burst starts, False when the queue empties."""

    sig_error = Signal(object)
    """A task failed and had no ``on_error`` of its own: the ProrataError."""

    def __init__(self, engine, parent: QObject | None = None):
        super().__init__(parent)
        self.engine = engine
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prorata-db")
        self._bridge = _Bridge()
        self._bridge.sig_finished.connect(self._finished)
        self._bridge.sig_progress.connect(self._progress)
        self._pending = 0
        self._closed = False

    def run(self, fn: Callable, *, on_done=None, on_error=None, on_progress=None,
            session: bool = True) -> Task:
        """Queue ``fn(session)`` (or ``fn(task)`` with a progress/cancel pair when ``session`` is False).

        Callbacks run in the GUI thread. ``fn`` runs on the worker and must never touch widgets.
        """
        task = Task(fn, on_done, on_error, on_progress, session)
        if self._closed:
            return task
        self._pending += 1
        if self._pending == 1:
            self.sig_busy_changed.emit(True)
        self._pool.submit(self._execute, task)
        return task

    def _execute(self, task: Task) -> None:
        """Runs on the worker thread."""
        result, error = None, None
        try:
            if task.session:
                with unit_of_work(self.engine) as s:
                    result = task.fn(s)
            else:
                result = task.fn(self._reporter(task), task.cancelled)
        except ProrataError as exc:
            error = exc
        except Exception as exc:  # a database fault (said in words), or a bug: keep the GUI alive and say so
            from app.storage.faults import described

            error = described(exc, str(self.engine.url))
            if error is None:
                log.error("database task failed:\n%s", traceback.format_exc())
                error = ProrataError.of("internal_error", reason=f"{exc.__class__.__name__}: {exc}")
        if not self._closed:
            self._bridge.sig_finished.emit(task, result, error)

    def _reporter(self, task: Task) -> Callable[[int, int, str], None]:
        def progress(done: int, total: int, message: str = "") -> None:
            if not self._closed:
                self._bridge.sig_progress.emit(task, int(done), int(total), str(message))
        return progress

    @Slot(object, object, object)
    def _finished(self, task: Task, result, error) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.sig_busy_changed.emit(False)
        if error is not None:
            if task.on_error is not None:
                task.on_error(error)
            else:
                self.sig_error.emit(error)
        elif task.on_done is not None:
            task.on_done(result)

    @Slot(object, int, int, str)
    def _progress(self, task: Task, done: int, total: int, message: str) -> None:
        if task.on_progress is not None:
            task.on_progress(done, total, message)

    def idle(self) -> bool:
        """True when nothing is queued or running."""
        return self._pending == 0

    def close(self) -> None:
        """Stop taking work and wait for the running call to end."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
