"""File › Import… (Ctrl+I) and Import history…, and People › Import people…, for the main window.

Kept here so the main window needs one call; the wizard opens window-modal
(never blocking the caller) and the lists it changes are read again after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from engagement_desktop.gui.common.look_only import mark_changes

if TYPE_CHECKING:  # loaded on first use (see the package docstring)
    from engagement_desktop.gui.import_wizard.history import ImportHistoryDialog
    from engagement_desktop.gui.import_wizard.wizard import ImportWizard

#: Pages whose lists an import changes.
REFRESHED = ("people", "surveys")


class ImportActions:
    """The import entries of one main window (``window.import_actions``)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.wizard: ImportWizard | None = None
        self.history: ImportHistoryDialog | None = None
        menu, before = window.ui.menuFile, window.ui.actionBackup
        self.import_action = self._action(
            "&Import…", "actionImport", "Import people or survey returns from a spreadsheet"
        )
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_wizard())
        mark_changes(self.import_action)
        self.history_action = self._action(
            "Import &history…", "actionImportHistory", "Earlier imports; undo a people import"
        )
        self.history_action.triggered.connect(lambda: self.open_history())
        menu.insertAction(before, self.import_action)
        menu.insertAction(before, self.history_action)
        menu.insertSeparator(before)
        people_menu = getattr(window.page("people"), "menu", None)
        if people_menu is not None:
            people = self._action(
                "&Import people…", "actionImportPeople", "People from a tenancy export"
            )
            people.triggered.connect(lambda: self.open_wizard("people"))
            mark_changes(people)
            people_menu.addSeparator()
            people_menu.addAction(people)

    def _action(self, text: str, name: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        return action

    def open_wizard(self, kind: str | None = None) -> ImportWizard:
        """Survey returns from the Surveys section, people from anywhere else."""
        window = self.window
        if kind is None:
            kind = "survey" if window.current_page().key == "surveys" else "people"
        from engagement_desktop.gui.import_wizard.wizard import ImportWizard

        self.wizard = ImportWizard(window.store, kind, window)
        self.wizard.imported.connect(self._imported)
        self.wizard.finished.connect(self.wizard.dispose_when_idle)  # frees its rows
        self.wizard.open()
        return self.wizard

    def open_history(self) -> ImportHistoryDialog:
        from engagement_desktop.gui.import_wizard.history import ImportHistoryDialog

        self.history = ImportHistoryDialog(self.window.store, self.window)
        self.history.undone.connect(lambda _batch: self._imported("people", None))
        self.history.finished.connect(self.history.deleteLater)
        self.history.open()
        return self.history

    def _imported(self, _kind: str, _result: object) -> None:
        for page in self.window.sections.built():  # a page not built yet reads afresh when shown
            model = getattr(page, "model", None)
            if page.key in REFRESHED and model is not None and model.is_loaded:
                page.refresh()
