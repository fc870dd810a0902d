"""Starting the window: ``run_window(store)`` is the one entry point the CLI calls.

The CLI opens the database headless (so a refused file is reported before any
window appears), then calls ``run_window(store)`` and returns its exit code.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from engagement_desktop import APP_NAME, __version__
from engagement_desktop.gui.common.length_caps import watch_length_caps
from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.common.main_thread_gc import MainThreadCollector
from engagement_desktop.gui.common.screens import KeepWindowsOnScreen
from engagement_desktop.gui.crash import install_crash_handler
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.resources import app_icon
from engagement_desktop.paths import APP_AUTHOR
from engagement_desktop.store.engine import Store

#: Set to 1 by the start-up benchmark: once People has painted, print
#: "window_ready <wall s> cpu_s <process CPU s> peak_mb <peak RSS>" and exit 0.
EXIT_AFTER_PAINT_ENV = "ENGAGEMENT_EXIT_AFTER_PAINT"
#: Epoch seconds (float) at which the benchmark launched the process.
PROCESS_START_ENV = "ENGAGEMENT_PROCESS_START"

_entered_at = time.time()


def application() -> QApplication:
    """The QApplication, created once, with the names QSettings and dialogs use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("engagement-desktop")
    app.setWindowIcon(app_icon())
    # English as the UK writes it, whatever the computer's language: the program is in
    # English, and a date box or a number in a Welsh or Polish locale read otherwise
    QLocale.setDefault(QLocale("en_GB"))
    if app.property("engagementKeepsWindowsOnScreen") is None:
        app.setProperty("engagementKeepsWindowsOnScreen", True)
        app.installEventFilter(KeepWindowsOnScreen(app))
    if app.property("engagementCollectsOnGuiThread") is None:
        app.setProperty("engagementCollectsOnGuiThread", True)
        MainThreadCollector(app)
    watch_length_caps(app)
    return app


class FirstPaintProbe(QObject):
    """Reports once the People table has painted with its rows loaded, then quits."""

    def __init__(self, page: ListPage, started: float) -> None:
        super().__init__(page)
        self._page = page
        self._started = started
        self._fired = False
        page.ui.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._fired and event.type() == QEvent.Type.Paint and self._page.model.is_loaded:
            self._fired = True
            # Let this paint finish and reach the screen, then report.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(
            f"window_ready {time.time() - self._started:.3f} "
            f"cpu_s {time.process_time():.3f} peak_mb {_peak_mb()}",
            flush=True,
        )
        QCoreApplication.exit(0)


def _peak_mb() -> str:
    """Peak resident memory of this process so far, or "-" where the OS does not say."""
    try:
        import resource
    except ImportError:  # Windows
        return "-"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB (bytes on macOS)
    return f"{peak / (1_048_576 if sys.platform == 'darwin' else 1024):.1f}"


def _process_start() -> float:
    try:
        return float(os.environ[PROCESS_START_ENV])
    except (KeyError, ValueError):
        return _entered_at  # not launched by the benchmark: time from this module's import


def run_window(store: Store) -> int:
    """Show the main window on ``store`` and run until it closes; returns the exit code."""
    benchmark = os.environ.get(EXIT_AFTER_PAINT_ENV) == "1"
    install_crash_handler()  # first, so even start-up problems reach the log file
    app = application()
    window = MainWindow(store, start_page="people" if benchmark else None)
    if benchmark:
        page = window.page("people")
        assert isinstance(page, ListPage)
        window._probe = FirstPaintProbe(page, _process_start())  # type: ignore[attr-defined]
    window.show()
    code = app.exec()
    return int(code)
