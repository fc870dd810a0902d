"""Run long work (backups, imports, reports) off the GUI thread, with progress and Cancel.

The work is a plain function ``fn(progress)`` from the lower layers: it calls
``progress(done, total)`` now and then and stops when that returns False (or
raises :class:`TaskCancelled` via ``progress.check()``). It knows nothing of Qt.
:class:`BackgroundTask` runs it on a thread pool and reports back through
signals delivered on the GUI thread; :func:`run_with_progress` adds a progress
dialog that only appears if the work takes longer than about half a second.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: How long work may run before a progress dialog appears.
SHOW_PROGRESS_AFTER_MS = 500
#: Progress reports closer together than this are dropped (the last one always goes).
PROGRESS_INTERVAL_S = 0.05

#: How long closing a database waits for the worker's work in hand (a read) to end.
CLOSE_WAIT_MS = 30_000

_db_pool: QThreadPool | None = None
_running: set[BackgroundTask] = set()  # keeps tasks alive until their worker has finished


class TaskCancelled(Exception):
    """Raised inside a task (by ``progress.check()``) once the user has cancelled."""


def database_pool() -> QThreadPool:
    """One worker thread for database work, so two tasks never write at once."""
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
    return _db_pool


class TaskProgress:
    """What the task function receives: call it to report, it answers "carry on?"."""

    def __init__(self, task: BackgroundTask) -> None:
        self._task = task
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._task.cancel_requested

    def __call__(self, done: int, total: int, text: str = "") -> bool:
        """Report; True to carry on. Work that reports itself complete (``done`` at
        ``total``) and is told to carry on can no longer be cancelled: a write checks
        this last, just before its commit, so a Cancel never lands after it."""
        now = time.monotonic()
        final = bool(total and done >= total)
        if now - self._last >= PROGRESS_INTERVAL_S or final:
            self._last = now
            self._task._report_progress.emit(int(done), int(total), text)
        return self._task._carry_on(final)

    def check(self) -> None:
        if self.cancelled:
            raise TaskCancelled("Cancelled.")


class BackgroundTask(QObject):
    """One run of ``fn(progress)`` on a worker thread.

    Exactly one of ``finished(result)``, ``failed(exception)`` or ``cancelled()``
    is emitted, then ``done()``; all are emitted on the GUI thread, so any
    callable may be connected to them.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    # Private hops from the worker thread to the GUI thread (queued connections).
    _report_progress = Signal(int, int, str)
    _report_success = Signal(object)
    _report_failure = Signal(object)

    def __init__(self, fn: Callable[[TaskProgress], Any], parent: QObject | None = None) -> None:
        # No Qt parent: if the page that started the work is deleted while the worker
        # still runs, Qt would delete this object under the worker's feet (a crash when
        # it reports back). The task watches its owner instead: once the owner is gone
        # the work is asked to stop and nothing more is emitted. (Not through the owner's
        # ``destroyed`` signal: PySide crashes delivering it to a task already collected.)
        super().__init__(None)
        self._fn = fn
        self._cancel = threading.Event()
        self._deciding = threading.Lock()
        self._past_cancelling = False
        self._owner = weakref.ref(parent) if parent is not None else None
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._report_progress.connect(self._on_progress, queued)
        self._report_success.connect(self._on_success, queued)
        self._report_failure.connect(self._on_failure, queued)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> bool:
        """Ask the work to stop; it stops at its next progress report. False: too late,
        the work has reported itself complete (a write is committing)."""
        with self._deciding:
            if self._past_cancelling:
                return False
            self._cancel.set()
            return True

    def _carry_on(self, final: bool) -> bool:  # on the worker thread
        with self._deciding:
            if self._cancel.is_set():
                return False
            self._past_cancelling = self._past_cancelling or final
            return True

    @property
    def orphaned(self) -> bool:
        """True once the object that started the work has been deleted."""
        if self._owner is None:
            return False
        owner = self._owner()
        return owner is None or not shiboken6.isValid(owner)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._work)

    def _work(self) -> None:  # on the worker thread
        progress = TaskProgress(self)
        try:
            result = self._fn(progress)
        except BaseException as exc:  # handed to the GUI thread
            self._report_failure.emit(exc)
        else:
            self._report_success.emit(result)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.orphaned:
            self.cancel()
        elif self.running:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self.result = result
        if self.cancel_requested:
            self._finish(self.cancelled.emit)
        else:
            self._finish(lambda: self.finished.emit(result))

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self.error = exc
        if self.cancel_requested or isinstance(exc, TaskCancelled):
            self._finish(self.cancelled.emit)
        else:
            log.info("Background task failed: %r", exc)
            self._finish(lambda: self.failed.emit(exc))

    def _finish(self, emit: Callable[[], None]) -> None:
        self.running = False
        try:
            if not self.orphaned:
                emit()
        finally:
            if not self.orphaned:
                self.done.emit()
            # Let go once this event has been delivered, never inside it.
            QTimer.singleShot(0, partial(_running.discard, self))


class ProgressTask(BackgroundTask):
    """A task with a progress dialog that appears only if the work runs long."""

    def __init__(
        self,
        fn: Callable[[TaskProgress], Any],
        parent: QWidget,
        *,
        title: str,
        label: str,
        show_after_ms: int = SHOW_PROGRESS_AFTER_MS,
    ) -> None:
        super().__init__(fn, parent)
        self._parent_widget = parent
        self._title = title
        self._label = label
        self._show_after_ms = show_after_ms
        self._done_steps = 0
        self._total_steps = 0
        self.dialog: QProgressDialog | None = None
        self.progressed.connect(self._update_dialog)
        self.done.connect(self._close_dialog)

    def start(self, pool: QThreadPool | None = None) -> None:
        super().start(pool)
        QTimer.singleShot(self._show_after_ms, self, self.show_dialog)

    def show_dialog(self) -> None:
        if not self.running or self.orphaned or self.dialog is not None:
            return
        dialog = QProgressDialog(
            self._label, "Cancel", 0, max(self._total_steps, 0), self._parent_widget
        )
        dialog.setWindowTitle(self._title)
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(self._done_steps)
        dialog.canceled.connect(self._cancel_from_dialog)
        self.dialog = dialog
        dialog.show()

    def _cancel_from_dialog(self) -> None:
        stopping = self.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(
                "Cancelling…" if stopping else "Finishing: too late to cancel…"
            )

    def _update_dialog(self, done: int, total: int, text: str) -> None:
        self._done_steps, self._total_steps = done, total
        dialog = self.dialog
        if dialog is None or self.cancel_requested:
            return
        if dialog.maximum() != total:
            dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel_from_dialog)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def run_with_progress(
    parent: QWidget,
    fn: Callable[[TaskProgress], Any],
    *,
    title: str,
    label: str,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    show_after_ms: int = SHOW_PROGRESS_AFTER_MS,
) -> ProgressTask:
    """Start ``fn`` in the background; a progress dialog with Cancel shows if it runs long."""
    task = ProgressTask(fn, parent, title=title, label=label, show_after_ms=show_after_ms)
    if on_finished is not None:
        task.finished.connect(on_finished)
    if on_failed is not None:
        task.failed.connect(on_failed)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    task.start(pool)
    return task
