"""Saving a record another officer may have changed since the dialog opened.

A dialog makes an :class:`EditGuard` as it reads the record (the version it saw) and
saves through :meth:`EditGuard.save`. When the service says someone else changed the
record (:class:`versions.EditConflict`, "Sam Patel changed this person at 10:42") the
officer chooses: Reload (their form is filled again from the database, their changes
lost), Keep yours (saved over the other officer's change, against the new version), or
Cancel (back to the form, nothing saved).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from engagement_desktop.store import versions
from engagement_desktop.store.engine import Store

#: What :meth:`EditGuard.save` returns when nothing was saved (reloaded or cancelled).
NOT_SAVED: Any = object()


class EditGuard:
    """The version of one record as a dialog opened it; saves are checked against it."""

    def __init__(
        self,
        store: Store,
        table: str,
        record_id: int | None,
        parent: QWidget,
        reload: Callable[[], None],
    ) -> None:
        self.store, self.table, self.record_id = store, table, record_id
        self.parent, self.reload = parent, reload
        self.version = self.read()

    def read(self) -> int:
        """The record's version in the database now (0 for a new record)."""
        if self.record_id is None:
            return 0
        with self.store.session() as session:
            return versions.current(session, self.table, self.record_id)

    def opened(self, record_id: int) -> None:
        """A new record was saved: later saves from the same dialog edit it."""
        self.record_id = record_id
        self.version = self.read()

    def save(self, call: Callable[[], Any]) -> Any:
        """``call()`` (the one service call), refused if the record changed meanwhile;
        returns what it returned, or :data:`NOT_SAVED`."""
        while True:
            if self.record_id is None:
                return call()
            try:
                with versions.expecting(self.table, self.record_id, self.version) as seen:
                    result = call()
            except versions.EditConflict as exc:
                answer = self.ask(str(exc))
                if answer == "keep":
                    self.version = exc.current_version
                    continue
                if answer == "reload":
                    self.version = self.read()
                    self.reload()
                return NOT_SAVED
            self.version = seen.version
            return result

    def ask(self, message: str) -> str:
        """ "reload", "keep" or "cancel"; a method so tests can answer it."""
        return ask_changed_elsewhere(self.parent, message)


def ask_changed_elsewhere(parent: QWidget, message: str) -> str:
    """ "reload", "keep" or "cancel": the question every editor asks when a save meets
    another officer's change (a dialog without an :class:`EditGuard` asks it too)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Changed by someone else",
        f"{message} Your form still shows the record as it was when you opened it.",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        "Reload to see their changes (yours are lost), or keep yours (saved over theirs)."
    )
    reload = box.addButton("&Reload (lose your changes)", QMessageBox.ButtonRole.ResetRole)
    keep = box.addButton("&Keep yours (overwrite)", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "reload" if clicked is reload else "keep" if clicked is keep else "cancel"
