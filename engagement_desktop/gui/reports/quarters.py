"""Pieces of the Reports tab kept out of its page: the Board report's quarter choice
(which quarters, the combo's items, the sentence under it, the saved risks) and the
page's keyboard actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from engagement_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from engagement_desktop.services.budget.period import Period, board_quarters
from engagement_desktop.services.budget.targets import board_risks
from engagement_desktop.store.engine import Store

__all__ = ["board_quarters", "fill_quarters", "page_actions", "quarter_hint", "show_saved_risks"]

KEYS = {
    "preview": ("Ctrl+Return", "Ctrl+Enter"),
    "print": ("Ctrl+P",),
    "save_pdf": ("Ctrl+S",),
    "save_excel": ("Ctrl+Shift+S",),
}


def page_actions(
    ui: Ui_ReportsPage, owner: QWidget, slots: Sequence[Callable[[], object]]
) -> dict[str, QAction]:
    """Preview, Print, Save as PDF and Save as Excel (``slots`` in that order) as actions
    with their shortcuts, working anywhere in the Reports tab and behind the buttons."""
    buttons = {
        "preview": ui.previewButton,
        "print": ui.printButton,
        "save_pdf": ui.savePdfButton,
        "save_excel": ui.saveExcelButton,
    }
    actions = {}
    for (name, button), slot in zip(buttons.items(), slots, strict=True):
        action = QAction(button.text(), owner)
        action.setShortcuts([QKeySequence(k) for k in KEYS[name]])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False, s=slot: s())
        ui.reportsTab.addAction(action)
        button.clicked.connect(action.trigger)
        actions[name] = action
    return actions


def show_saved_risks(store: Store, quarter: str, edit: QPlainTextEdit) -> None:
    """The risks saved with ``quarter`` into the box, without it counting as a change."""
    with store.session() as session:
        saved = board_risks(session, quarter)
    edit.blockSignals(True)
    edit.setPlainText(saved)
    edit.blockSignals(False)


def fill_quarters(box: QComboBox, quarters: list[Period], chosen: Any) -> None:
    """Quarter items (data: "2026Q3"); the last completed quarter by default, the one
    a Board meets to hear about."""
    for quarter in quarters:
        box.addItem(quarter.label, quarter.code)
    codes = [q.code for q in quarters]
    wanted = chosen if chosen in codes else codes[1] if len(codes) > 1 else None
    box.setCurrentIndex(max(box.findData(wanted), 0) if wanted is not None else 0)


def quarter_hint(quarters: list[Period], code: str | None) -> str:
    found = next((q for q in quarters if q.code == code), None)
    if found is None:
        return ""
    return f"{found.months}; the year to date runs to its end."
