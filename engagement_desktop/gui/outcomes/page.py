"""The "You said, we did" section: the register with its filters, overdue items in amber.

Overdue (open or in progress, due date passed) is worked out in the listing's
SQL, so the "Overdue only" filter and the highlight agree with
``services.outcomes.is_overdue`` and cost no extra query.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QWidget

from engagement_desktop.gui.common.export_shown import export_shown
from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.common.table_model import (
    FLAGGED_FILL,
    FLAGGED_TEXT,
    Index,
    ListingModel,
)
from engagement_desktop.gui.common.tasks import ProgressTask
from engagement_desktop.gui.forms.ui_outcome_actions import Ui_OutcomeActions
from engagement_desktop.gui.outcomes.outcome_dialog import OutcomeDialog
from engagement_desktop.services.listings import OUTCOMES, Listing
from engagement_desktop.services.listings.outcomes import OutcomeStatus
from engagement_desktop.store.engine import Store

_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)


class OutcomesModel(ListingModel):
    """The register's rows; overdue ones are amber, with a warning icon by their status."""

    def __init__(self, store: Store, listing: Listing, parent: Any = None) -> None:
        super().__init__(store, listing, parent)
        self.status_column = [c.key for c in listing.columns].index("status")

    def is_overdue(self, row: int) -> bool:
        status = self.row_values(row)[self.status_column]
        return isinstance(status, OutcomeStatus) and status.overdue

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (_BACKGROUND, _FOREGROUND, _DECORATION):
            if not self.is_overdue(index.row()):
                return None
            if role == _BACKGROUND:
                return QBrush(FLAGGED_FILL)
            if role == _FOREGROUND:
                return QBrush(FLAGGED_TEXT)
            if index.column() == self.status_column:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        return super().data(index, role)

    def overdue_count(self) -> int:
        return sum(self.is_overdue(row) for row in range(self.rowCount()))


class OutcomesPage(ListPage):
    """Filters by status, response, source and topic, "Overdue only", and the editor."""

    model_class = OutcomesModel

    def __init__(self, store: Store, listing: Listing = OUTCOMES, parent: QWidget | None = None):
        super().__init__(store, listing, parent)
        self.model: OutcomesModel
        self.export_task: ProgressTask | None = None
        self._overdue_as_checkbox()
        narrow = self.fontMetrics().averageCharWidth() * 12 + 28
        for box in self.filter_boxes.values():  # four filters and a tick box on a small laptop
            box.setMinimumWidth(narrow)
        self.bar = QWidget(self)
        self.aui = Ui_OutcomeActions()
        self.aui.setupUi(self.bar)
        self.ui.pageLayout.insertWidget(self.ui.pageLayout.indexOf(self.ui.table), self.bar)
        self.actions_by_name: dict[str, QAction] = {}
        for name, shortcut, slot, button in (
            ("log", "Ctrl+L", self.log_feedback, self.aui.logButton),
            ("open", "", self.open_selected, self.aui.openButton),
            ("export", "Ctrl+Shift+E", self.export, self.aui.exportButton),
            ("mailing", "", self.mailing, self.aui.mailingButton),
        ):
            action = QAction(button.text(), self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.clicked.connect(action.trigger)
            self.actions_by_name[name] = action
        mark_changes(self.actions_by_name["log"], self.aui.logButton)
        self.ui.table.activated.connect(lambda _index: self.open_selected())
        self.ui.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.loaded.connect(lambda _count: self._enable())
        chain = [
            self.overdue_box,
            self.aui.logButton,
            self.aui.openButton,
            self.aui.exportButton,
            self.aui.mailingButton,
        ]
        QWidget.setTabOrder(list(self.filter_boxes.values())[-1], chain[0])
        for first, second in zip(chain, [*chain[1:], self.ui.table], strict=True):
            QWidget.setTabOrder(first, second)
        self._enable()

    def mailing(self) -> QWidget | None:
        """Report back: a mailing to the people who raised the chosen item."""
        from engagement_desktop.gui.mailings.menu import open_mailing
        from engagement_desktop.services.mailings.selection import Selection

        outcome_id = self.selected_id()
        if outcome_id is None:
            return None
        return open_mailing(self, self.model.store, Selection("outcome", record_id=outcome_id))

    def _overdue_as_checkbox(self) -> None:
        """The listing's overdue filter, shown as a tick box rather than a drop-down."""
        box = self.filter_boxes.pop("overdue")
        layout = self.ui.filterLayout
        check = QCheckBox("O&verdue only", self.ui.filterArea)
        check.setObjectName("overdueFilter")
        check.setAccessibleName("Show only overdue items")
        check.setToolTip("Open or in progress, and the due date has passed")
        check.toggled.connect(lambda on: self.model.set_filter("overdue", 1 if on else None))
        layout.insertWidget(layout.indexOf(box), check)
        layout.removeWidget(box)
        box.hide()
        box.deleteLater()
        self.overdue_box = check

    def _enable(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.actions_by_name["open"].setEnabled(self.selected_id() is not None)
        self.aui.openButton.setEnabled(self.selected_id() is not None)
        self.actions_by_name["mailing"].setEnabled(self.selected_id() is not None)
        self.aui.mailingButton.setEnabled(self.selected_id() is not None)
        self.actions_by_name["export"].setEnabled(has_rows)
        self.aui.exportButton.setEnabled(has_rows)

    def _show_count(self, count: int) -> None:
        super()._show_count(count)
        overdue = self.model.overdue_count() if count else 0
        if overdue:
            self.ui.countLabel.setText(f"{self.ui.countLabel.text()} · {overdue:,} overdue")

    def selected_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        if not index.isValid() or not self.ui.table.selectionModel().isRowSelected(index.row()):
            return None
        return int(self.model.row_id(index.row()))

    # --- actions --------------------------------------------------------------------------

    def log_feedback(self) -> None:
        dialog = OutcomeDialog(self.model.store, None, self)
        if dialog.exec():
            self.show_item(dialog.saved.id)

    def open_selected(self) -> None:
        outcome_id = self.selected_id()
        if outcome_id is None:
            return
        dialog = OutcomeDialog(self.model.store, outcome_id, self)
        if dialog.exec():
            self.show_item(outcome_id)

    def show_item(self, outcome_id: int) -> None:
        """Read the list again and select the item saved, if the filters still show it."""
        self.model.reload()
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == outcome_id:
                self.ui.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.ui.table.scrollTo(self.model.index(row, 0))
                break
        else:
            window = self.window()
            status = getattr(window, "statusBar", None)
            if status is not None:
                status().showMessage("Saved. The filters on screen do not show it.", 8000)
        self.ui.table.setFocus()

    def export(self) -> ProgressTask | None:
        self.export_task = export_shown(self, self.model, self.listing.title)
        return self.export_task
