"""Background work: the task helper, and File > Backup now through it."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.common.tasks import (
    BackgroundTask,
    TaskCancelled,
    TaskProgress,
    run_with_progress,
)
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.store.engine import Store
from tests.gui.test_main_window import Recorder


def click_cancel(qtbot: QtBot, dialog: QProgressDialog) -> None:
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_task_runs_off_the_gui_thread_and_reports(qtbot: QtBot) -> None:
    seen: dict[str, Any] = {}
    progress_reports: list[tuple[int, int, str]] = []

    def work(progress: TaskProgress) -> str:
        seen["thread"] = threading.current_thread()
        for step in range(1, 4):
            progress(step, 3, f"step {step}")
        return "done"

    task = BackgroundTask(work)
    report_threads: set[threading.Thread] = set()
    task.progressed.connect(lambda *args: progress_reports.append(args))
    task.progressed.connect(lambda *_: report_threads.add(threading.current_thread()))
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert finished.args == ["done"]
    assert seen["thread"] is not threading.main_thread()
    assert progress_reports[-1] == (3, 3, "step 3")  # the last report always arrives
    assert report_threads == {threading.main_thread()}  # safe to touch widgets
    assert not task.running


def test_task_failure_is_handed_back(qtbot: QtBot) -> None:
    def work(_progress: TaskProgress) -> None:
        raise ValueError("bad cell")

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert isinstance(failed.args[0], ValueError)


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(progress: TaskProgress) -> None:
        started.set()
        while True:
            progress.check()
            threading.Event().wait(0.01)

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert isinstance(task.error, TaskCancelled)


def test_a_cancel_after_the_work_said_it_is_complete_is_refused(qtbot: QtBot) -> None:
    """A write reports itself complete just before its commit: a Cancel that lands after
    that is refused, and the result is delivered (never "cancelled" for work done)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    reported, release = threading.Event(), threading.Event()
    answers: list[bool] = []

    def work(progress: TaskProgress) -> str:
        answers.append(progress(1, 2))
        answers.append(progress(2, 2))  # the last word before the commit
        reported.set()
        release.wait(5)
        return "committed"

    delivered = Recorder()
    cancelled = Recorder()
    task = run_with_progress(
        parent,
        work,
        title="Writing",
        label="Writing…",
        on_finished=delivered,
        on_cancelled=cancelled,
        show_after_ms=0,
    )
    assert reported.wait(5)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    assert task.dialog is not None
    click_cancel(qtbot, task.dialog)
    assert task.dialog.labelText() == "Finishing: too late to cancel…"
    assert task.cancel() is False
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert answers == [True, True]
    assert delivered.calls == [("committed",)] and cancelled.calls == []


def test_closing_a_page_while_its_work_runs_is_safe(qtbot: QtBot) -> None:
    """A page deleted mid-query (database switched, window closed): the work is asked to
    stop, nothing is delivered to the dead page, and the program carries on."""
    page = QWidget()
    release = threading.Event()
    reports: list[bool] = []
    delivered: list[str] = []

    def work(progress: TaskProgress) -> str:
        release.wait(5)
        for step in range(200):
            carry_on = progress(step, 200)
            reports.append(carry_on)
            if not carry_on:
                break
            threading.Event().wait(0.01)
        return "rows"

    task = run_with_progress(
        page,
        work,
        title="Reading",
        label="Reading people…",
        on_finished=delivered.append,
        show_after_ms=10_000,
    )
    page.deleteLater()
    qtbot.waitUntil(lambda: task.orphaned, timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    qtbot.wait(50)
    assert reports[-1] is False and len(reports) < 200  # told to stop
    assert delivered == []
    after = QWidget()  # the crash this guards against came on the next widget made
    after.show()
    after.close()


def test_progress_dialog_appears_for_long_work_and_cancel_works(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def work(progress: TaskProgress) -> None:
        step = 0
        while progress(step, 100):
            step = min(step + 1, 99)
            release.wait(0.01)

    cancelled = Recorder()
    task = run_with_progress(
        parent, work, title="Working", label="Working…", on_cancelled=cancelled, show_after_ms=50
    )
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    assert task.dialog is not None
    assert task.dialog.labelText() == "Working…"
    click_cancel(qtbot, task.dialog)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert cancelled.calls == [()]
    assert task.dialog is None


def test_quick_work_never_shows_a_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    finished = Recorder()
    task = run_with_progress(parent, lambda _p: 42, title="t", label="l", on_finished=finished)
    qtbot.waitUntil(lambda: finished.calls == [(42,)], timeout=5000)
    qtbot.wait(600)
    assert task.dialog is None


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def test_backup_now_writes_a_checked_copy(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "backups" / "copy.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Recorder((str(target), "")))
    information = Recorder()
    monkeypatch.setattr(QMessageBox, "information", information)
    task = window.backup_now()
    assert task is not None
    assert not window.ui.actionOpenDatabase.isEnabled()  # no switching mid-backup
    qtbot.waitUntil(lambda: bool(information.calls), timeout=10000)
    message = information.calls[0][2]
    assert str(target) in message and "integrity check" in message
    assert _integrity(target) == "ok"
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*) FROM people").fetchone()[0] == 6
    copy.close()
    assert window.ui.actionOpenDatabase.isEnabled()


@pytest.mark.sqlite_only
def test_backup_failure_is_explained(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample_store: Store
) -> None:
    assert sample_store.path is not None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Recorder((str(sample_store.path), "")))
    warning = Recorder()
    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.backup_now()
    qtbot.waitUntil(lambda: bool(warning.calls), timeout=10000)
    assert "cannot overwrite the database it copies" in warning.calls[0][2]


def test_cancelled_backup_leaves_no_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    import engagement_desktop.gui.backups.now as backup_now_module
    from engagement_desktop.store import backup

    target = tmp_path / "cancelled.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Recorder((str(target), "")))

    def slow_backup(store: Store, path: Path, *, progress: Any, overwrite: bool) -> Any:
        # The real backup, with its progress held back until the user has cancelled.
        def held(done: int, total: int) -> bool:
            while progress(done, total):
                threading.Event().wait(0.01)
            return False

        return backup.backup_database(store, path, progress=held, overwrite=overwrite)

    monkeypatch.setattr(backup_now_module, "backup_database", slow_backup)
    task = window.backup_now()
    assert task is not None
    task.show_dialog()
    assert task.dialog is not None
    click_cancel(qtbot, task.dialog)
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert not target.exists()
    assert not list(target.parent.glob(target.name + "*.partial"))
