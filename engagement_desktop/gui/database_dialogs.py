"""Choosing a database file for File > New database and File > Open database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

DATABASE_FILTER = "Engagement Desktop databases (*.sqlite *.db);;All files (*)"


def ask_new_database(parent: QWidget, folder: Path) -> Path | None:
    """A new file's path (``.sqlite`` added when no extension is typed), or None. An
    existing file is refused with a pointer to Open: a new database never replaces one."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        "New database",
        str(folder / "engagement.sqlite"),
        DATABASE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".sqlite")
    if target.exists():
        QMessageBox.warning(
            parent,
            "New database",
            f"{target} already exists. To work in it, choose File > Open database; "
            "for a new database, choose a new name.",
        )
        return None
    return target


def ask_open_database(parent: QWidget, folder: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open database", str(folder), DATABASE_FILTER)
    return Path(path) if path else None
