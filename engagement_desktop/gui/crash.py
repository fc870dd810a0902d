"""What happens when something goes wrong: a log file, a friendly word, a crash dialog.

Every unhandled exception is written with its traceback to a rotating log in
:func:`engagement_desktop.paths.log_dir`. An :class:`EngagementError` (a
problem the user can act on) gets a plain message box; known failures (disk
full, database locked, file in use) get a sentence saying what to do; anything
else gets the crash dialog with copyable details and the log file's path.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyle, QWidget

from engagement_desktop import APP_NAME, __version__, paths
from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.forms.ui_crash_dialog import Ui_CrashDialog

LOG_FILE_NAME = "engagement-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("engagement_desktop")
_handler: RotatingFileHandler | None = None
_showing = False  # one dialog at a time; errors raised while it is open are only logged

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def setup_logging() -> Path:
    """Send the program's log to a rotating file; repeat calls only change folder if it moved."""
    global _handler
    path = paths.log_dir() / LOG_FILE_NAME
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _handler = handler
    return path


def log_file() -> Path:
    return setup_logging()


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything that caused it (SQLAlchemy wraps sqlite3 errors)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException) and orig not in seen:
        seen.append(orig)
    return seen


def friendly_message(exc: BaseException) -> str | None:
    """A sentence the officer can act on for failures we know, else None."""
    for item in _chain(exc):
        text = str(item).lower()
        if (isinstance(item, OSError) and item.errno == errno.ENOSPC) or (
            isinstance(item, sqlite3.Error) and "disk is full" in text
        ):
            return (
                "The disk is full, so the last change could not be saved. Free some space "
                "(or save to another drive) and try again. Nothing half-saved was kept."
            )
        if "database is locked" in text or "database table is locked" in text:
            return (
                "The database is busy: another copy of Engagement Desktop, or another "
                "program such as a backup or sync tool, is using the file. Close it, wait "
                "a moment and try again."
            )
        if isinstance(item, PermissionError) or (
            isinstance(item, OSError) and getattr(item, "winerror", None) in (32, 33)
        ):
            name = f" ({item.filename})" if getattr(item, "filename", None) else ""
            return (
                f"The file is in use or you are not allowed to change it{name}. Close any "
                "other program that has it open (Excel, a sync tool), or choose another "
                "folder, and try again."
            )
        if isinstance(item, sqlite3.Error) and "readonly database" in text:
            return (
                "The database file is read-only. Copy it to a folder you can write to "
                "(for example Documents) and open that copy."
            )
    return None


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
    try:
        log_path = setup_logging()
        log.error("Unhandled error", exc_info=exc_info)
    except OSError:
        log_path = None  # a full disk must not stop us telling the user
    if QApplication.instance() is None or _showing:
        sys.__excepthook__(*exc_info)
        return
    _showing = True
    try:
        if isinstance(exc, EngagementError):
            QMessageBox.warning(_parent(), APP_NAME, str(exc))
        elif (message := friendly_message(exc)) is not None:
            QMessageBox.warning(_parent(), APP_NAME, message)
        else:
            CrashDialog(format_details(exc_info), log_path, _parent()).exec()
    finally:
        _showing = False


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
