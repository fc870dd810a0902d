"""What happens when something goes wrong: a log file, a friendly word, a crash dialog.

Every unhandled exception is written with its traceback (types and places, never its
words: see :mod:`engagement_desktop.failures`) to a rotating log in
:func:`engagement_desktop.paths.log_dir`. An :class:`EngagementError` (a
problem the user can act on) gets a plain message box; known failures (disk
full, database locked, file in use) get a sentence saying what to do; anything
else gets the crash dialog with copyable details and the log file's path.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyle, QWidget

from engagement_desktop import APP_NAME, __version__
from engagement_desktop.errors import EngagementError
from engagement_desktop.failures import explain, log_failure, setup_logging
from engagement_desktop.gui.forms.ui_crash_dialog import Ui_CrashDialog

log = logging.getLogger("engagement_desktop")
_showing = False  # one dialog at a time; errors raised while it is open are only logged

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_file() -> Path:
    return setup_logging()


def format_details(exc_info: ExcInfo) -> str:
    """The text users copy into an email: versions first, then the traceback."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    header = (
        f"{APP_NAME} {__version__}\nPython {platform.python_version()} on {platform.platform()}\n"
        f"Qt {qVersion()} / PySide6 {pyside_version}\n\n"
    )
    return header + "".join(traceback.format_exception(*exc_info))


class CrashDialog(QDialog):
    """Shows what went wrong, lets the user copy it, and says where the log is."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.details = details
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        self.ui.detailsText.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.detailsText.setPlainText(details)
        self.ui.logLabel.setText(
            f"These details were also saved in the log file:\n{log_path}"
            if log_path
            else "The log file could not be written."
        )
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.buttonBox.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.ui.copyButton.setText("Copied")


def _parent() -> QWidget | None:
    return QApplication.activeWindow()


def report_exception(exc_info: ExcInfo) -> None:
    """Log the error, then tell the user in the gentlest way that fits."""
    global _showing
    _exc_type, exc, _tb = exc_info
    log_path: Path | None
    log_path = log_failure(exc, "The window")  # no personal data in the log
    if QApplication.instance() is None or _showing:
        sys.__excepthook__(*exc_info)
        return
    _showing = True
    try:
        if isinstance(exc, EngagementError):
            QMessageBox.warning(_parent(), APP_NAME, str(exc))
        elif (message := explain(exc)) is not None:
            QMessageBox.warning(_parent(), APP_NAME, message)
        else:
            CrashDialog(format_details(exc_info), log_path, _parent()).exec()
    finally:
        _showing = False


def warn_or_report(parent: QWidget | None, title: str, exc: BaseException, after: str = "") -> None:
    """Work that failed, told once: a problem the officer can act on (an EngagementError)
    in a box titled ``title``, with ``after`` (what was left as it was) on its own line;
    anything else as :func:`report_exception` tells it (a sentence for a known failure,
    else the crash dialog, and the log)."""
    if isinstance(exc, EngagementError):
        QMessageBox.warning(parent, title, f"{exc}\n\n{after}" if after else str(exc))
    else:
        report_exception((type(exc), exc, exc.__traceback__))


def failed_read(what: str, exc: BaseException) -> str:
    """A page's own read that failed, for the page to say in place of its figures:
    ``what`` could not be read, and the sentence for a failure the officer can act on
    (the database busy or damaged, a drive gone). A fault of the program's own is
    reported as any other (the log, the crash dialog) and the page says only that: the
    raw error, SQL and all, never reaches the screen."""
    sentence = explain(exc)
    if sentence is None:
        report_exception((type(exc), exc, exc.__traceback__))
        return f"{what} could not be read because of a fault in the program (now in the log file)."
    log_failure(exc, what)
    return f"{what} could not be read. {sentence}"


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_exception((exc_type, exc, tb))


def install_crash_handler() -> Path:
    """Route unhandled exceptions, including those raised in Qt slots, to the reporter."""
    path = setup_logging()
    sys.excepthook = _excepthook
    return path
