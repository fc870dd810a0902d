"""Crash handling (log file, dialog, friendly messages) and the window entry point."""

from __future__ import annotations

import errno
import sqlite3
import sys
from pathlib import Path
from types import TracebackType

import pytest
import sqlalchemy.exc
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop import failures, paths
from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.gui import crash
from engagement_desktop.gui.app import run_window
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.store.engine import Store
from tests.gui.test_main_window import Recorder

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def raised(exc: BaseException) -> ExcInfo:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Crash dialogs and message boxes captured instead of shown."""
    shown: dict[str, object] = {"crash": [], "warning": Recorder()}

    def capture(dialog: crash.CrashDialog) -> int:
        shown["crash"].append(dialog)  # type: ignore[union-attr]
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", capture)
    monkeypatch.setattr(QMessageBox, "warning", shown["warning"])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    return shown


def test_unexpected_error_is_logged_and_shown_with_details(
    qtbot: QtBot, dialogs: dict[str, object]
) -> None:
    log_path = crash.install_crash_handler()
    assert log_path.parent == paths.log_dir()
    sys.excepthook(*raised(RuntimeError("widget exploded")))
    logged = log_path.read_text(encoding="utf-8")
    # the log keeps the type and the place; an error's words may carry personal data
    assert "builtins.RuntimeError" in logged and "widget exploded" not in logged
    [dialog] = dialogs["crash"]  # type: ignore[misc]
    qtbot.addWidget(dialog)
    details = dialog.ui.detailsText.toPlainText()
    assert "Traceback" in details and "widget exploded" in details
    assert dialog.ui.detailsText.isReadOnly()
    assert str(log_path) in dialog.ui.logLabel.text()
    dialog.ui.copyButton.click()
    assert QGuiApplication.clipboard().text() == details


@pytest.mark.qt_no_exception_capture
def test_errors_raised_in_qt_slots_reach_the_crash_dialog(
    qtbot: QtBot, dialogs: dict[str, object]
) -> None:
    from PySide6.QtCore import QTimer

    crash.install_crash_handler()

    def broken_slot() -> None:
        raise ZeroDivisionError("points per hour")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(dialogs["crash"]), timeout=3000)
    [dialog] = dialogs["crash"]  # type: ignore[misc]
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: points per hour" in dialog.ui.detailsText.toPlainText()


def test_user_errors_get_a_plain_message(dialogs: dict[str, object]) -> None:
    crash.install_crash_handler()
    sys.excepthook(*raised(DatabaseRefused("x.sqlite is damaged; restore it from a backup.")))
    warning = dialogs["warning"]
    assert isinstance(warning, Recorder)
    assert warning.calls[0][2] == "x.sqlite is damaged; restore it from a backup."
    assert dialogs["crash"] == []


def test_disk_full_gets_friendly_text(dialogs: dict[str, object]) -> None:
    crash.install_crash_handler()
    sys.excepthook(*raised(OSError(errno.ENOSPC, "No space left on device")))
    warning = dialogs["warning"]
    assert isinstance(warning, Recorder)
    assert "disk is full" in warning.calls[0][2]
    assert dialogs["crash"] == []


def test_failed_work_is_told_once_in_its_own_words_or_as_a_crash(
    dialogs: dict[str, object],
) -> None:
    warning = dialogs["warning"]
    assert isinstance(warning, Recorder)
    crash.warn_or_report(None, "Not imported", DatabaseRefused("The file is read-only."))
    assert warning.calls[-1][1:] == ("Not imported", "The file is read-only.")
    crash.warn_or_report(
        None, "Not undone", DatabaseRefused("Another officer changed it."), "Nothing was changed."
    )
    assert warning.calls[-1][2] == "Another officer changed it.\n\nNothing was changed."
    assert dialogs["crash"] == []
    crash.warn_or_report(None, "Not imported", *raised(KeyError("bug"))[1:2])
    assert len(dialogs["crash"]) == 1  # type: ignore[arg-type]  # a fault of the program's


def test_a_page_that_could_not_read_says_why_without_the_raw_error(
    dialogs: dict[str, object],
) -> None:
    """Home, the dashboard and a survey's details say a failed read on the page itself:
    a failure the officer can act on in its sentence; a fault of the program's own as
    the crash dialog, with the page saying only that (never SQL or what was read)."""
    locked = sqlalchemy.exc.OperationalError(
        "SELECT people.first_name FROM people", {}, sqlite3.OperationalError("database is locked")
    )
    said = crash.failed_read("The figures", locked)
    assert said.startswith("The figures could not be read. The database is busy")
    assert "SELECT" not in said and dialogs["crash"] == []
    fault = crash.failed_read("What is on", *raised(KeyError("Zoë Łukasz O'Neill"))[1:2])
    assert fault == (
        "What is on could not be read because of a fault in the program (now in the log file)."
    )
    assert len(dialogs["crash"]) == 1  # type: ignore[arg-type]


def test_known_failures_are_recognised_through_wrappers() -> None:
    locked = sqlalchemy.exc.OperationalError(
        "UPDATE people", {}, sqlite3.OperationalError("database is locked")
    )
    message = failures.explain(locked)
    assert message is not None and "busy" in message
    full = sqlite3.OperationalError("database or disk is full")
    assert "disk is full" in (failures.explain(full) or "")
    assert "in use" in (failures.explain(PermissionError(13, "denied", "a.xlsx")) or "")
    assert failures.explain(KeyError("x")) is None


def test_logging_is_set_up_once_per_folder() -> None:
    first = failures.setup_logging()
    assert failures.setup_logging() == first
    handlers = [h for h in crash.log.handlers if getattr(h, "baseFilename", None)]
    assert len(handlers) == 1


def test_run_window_benchmark_hook_prints_and_exits(
    qtbot: QtBot,
    sample_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import time

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("ENGAGEMENT_EXIT_AFTER_PAINT", "1")
    monkeypatch.setenv("ENGAGEMENT_PROCESS_START", str(time.time() - 1.0))
    try:
        assert run_window(sample_store) == 0
    finally:
        # The benchmark ends the event loop with the window still up (the process would
        # end next). Here the process goes on: a window left showing would read in the
        # background, after its idle wait, inside a later test.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.hide()
                widget.deleteLater()
    line = capsys.readouterr().out.strip().splitlines()[-1]
    name, seconds, cpu_label, cpu, peak_label, peak = line.split()
    assert name == "window_ready" and 1.0 <= float(seconds) < 60
    assert (cpu_label, peak_label) == ("cpu_s", "peak_mb")
    assert 0 < float(cpu) < 600 and (peak == "-" or float(peak) > 10)
    app = QGuiApplication.instance()
    assert app is not None and app.applicationName() == "Engagement Desktop"
    assert Path(crash.log_file()).parent == paths.log_dir()


def test_the_window_speaks_english_as_the_uk_writes_it_whatever_the_computer_s_locale() -> None:
    """Qt follows the system's language: a Welsh or Polish laptop showed its own month
    names in the date boxes (and a comma for the decimal point) beside English text."""
    from PySide6.QtCore import QDate, QLocale

    from engagement_desktop.gui.app import application

    application()
    assert QLocale().name() == "en_GB"
    assert QLocale().toString(QDate(2026, 12, 7), "d MMM yyyy") == "7 Dec 2026"
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
