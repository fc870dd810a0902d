"""File > Back up now: the officer chooses where, the copy is made on the database worker
with a Cancel button, checked, and the result said in one box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.database_dialogs import DATABASE_FILTER
from engagement_desktop.store.backup import BackupResult, backup_database
from engagement_desktop.store.engine import Store


def back_up(
    window: QMainWindow, store: Store, folder: Path, set_busy: Callable[[bool], None]
) -> ProgressTask | None:
    """Ask where (a dated name in ``folder`` offered), then back up; None if not asked to.
    ``set_busy`` greys out what must wait while the copy is made."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
    # A database on a server is backed up into a SQLite file too (store.logical).
    stem = store.path.stem if store.path is not None else store.url.database or "server"
    suggested = folder / f"{stem}-backup-{stamp}.sqlite"
    path, _ = QFileDialog.getSaveFileName(
        window, "Back up the database", str(suggested), DATABASE_FILTER
    )
    if not path:
        return None
    target = Path(path)
    chosen_exactly = bool(target.suffix)  # the dialog confirmed overwriting this name
    if not chosen_exactly:
        target = target.with_suffix(".sqlite")

    def work(progress: TaskProgress) -> BackupResult:
        def report(done: int, total: int) -> bool:
            # After the last page the copy is checked, which takes a while on big files.
            return progress(done, total, "Checking the copy…" if done >= total > 0 else "")

        return backup_database(store, target, progress=report, overwrite=chosen_exactly)

    def finished(result: BackupResult) -> None:
        size = result.size_bytes / 1_048_576
        window.statusBar().showMessage(f"Backed up to {result.path}", 10000)
        QMessageBox.information(
            window,
            "Backup saved",
            f"The database was backed up to:\n{result.path}\n\n"
            f"Size {size:.1f} MB. The copy was checked (SQLite integrity check) and is sound.",
        )

    def failed(exc: BaseException) -> None:
        warn_or_report(window, "Backup failed", exc)

    def cancelled() -> None:
        window.statusBar().showMessage("Backup cancelled; no file was written.", 10000)

    set_busy(True)
    task = run_with_progress(
        window,
        work,
        title="Backing up",
        label=f"Backing up to {target.name}…",
        on_finished=finished,
        on_failed=failed,
        on_cancelled=cancelled,
        pool=database_pool(),
    )
    task.done.connect(lambda: set_busy(False))
    return task
