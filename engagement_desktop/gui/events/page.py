"""The Events section: the events list (search and filters in SQL), a month view of the
same events, and the Expenses tab.

From here the officer sets up an event (the editor), opens its register, starts
check-in mode at the door, and records expense claims. Every change is made in
those screens through one service call each; this page only reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.events.checkin_window import CheckinWindow, open_checkin
from engagement_desktop.gui.events.editor import EventEditor
from engagement_desktop.gui.events.expense_pane import ExpensesPane
from engagement_desktop.gui.events.month import MonthView
from engagement_desktop.gui.events.register_dialog import RegisterDialog
from engagement_desktop.gui.forms.ui_event_actions import Ui_EventActions
from engagement_desktop.services.listings import EVENTS, Listing
from engagement_desktop.store.engine import Store

LIST, MONTH, EXPENSES = 0, 1, 2
#: Five filters must fit a small window: a box may shrink to this many characters
#: (the drop-down list still shows its choices whole).
FILTER_CHARS = 9


class EventsPage(ListPage):
    """Events as a list or a month, and expense claims, in three tabs."""

    def __init__(self, store: Store, listing: Listing = EVENTS, parent: QWidget | None = None):
        super().__init__(store, listing, parent)
        self.checkin_window: CheckinWindow | None = None
        self.actions_widget = QWidget(self)
        self.aui = Ui_EventActions()
        self.aui.setupUi(self.actions_widget)
        self.month = MonthView(store, self._narrowing, self)
        self.expenses = ExpensesPane(store, self)
        self._lay_out()
        self._connect()
        self._narrow_filters()

    # --- layout ---------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """The list table moves into the first tab; the event buttons sit above the tabs."""
        tabs = QTabWidget(self)
        tabs.setObjectName("eventsTabs")
        tabs.setDocumentMode(True)
        layout = self.ui.pageLayout
        layout.replaceWidget(self.ui.table, tabs)
        layout.setStretchFactor(tabs, 1)
        list_tab = QWidget(tabs)
        box = QVBoxLayout(list_tab)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.ui.table)
        tabs.addTab(list_tab, "&List")
        tabs.addTab(self.month, "&Month")
        tabs.addTab(self.expenses, "E&xpenses")
        tabs.setTabToolTip(EXPENSES, "Expense claims by people taking part, with totals")
        layout.insertWidget(layout.indexOf(tabs), self.actions_widget)
        self.tabs = tabs

    def _connect(self) -> None:
        aui = self.aui
        aui.newButton.clicked.connect(self.new_event)
        aui.openButton.clicked.connect(lambda: self.open_event())
        aui.registerButton.clicked.connect(self.open_register)
        aui.checkinButton.clicked.connect(self.start_checkin)
        aui.mailingButton.clicked.connect(self.mailing)
        aui.takeOutButton.clicked.connect(self.take_out)
        aui.bringBackButton.clicked.connect(self.bring_back)
        mark_changes(aui.newButton, aui.checkinButton, aui.takeOutButton, aui.bringBackButton)
        self.ui.table.activated.connect(
            lambda index: self.open_event(self.model.row_id(index.row()))
        )
        self.ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.month.open_event.connect(self.open_event)
        self.month.ui.monthGrid.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.model.loaded.connect(self._list_loaded)
        new = QAction("New event", self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.new_event)
        self.addAction(new)
        mark_changes(new)
        self._enable()

    def _narrow_filters(self) -> None:
        """Boxes keep their natural width when there is room and give some up when not."""
        for box in self.filter_boxes.values():
            box.setMinimumWidth(box.fontMetrics().averageCharWidth() * FILTER_CHARS + 36)

    def _tab_changed(self, index: int) -> None:
        on_events = index != EXPENSES
        for widget in (self.ui.filterArea, self.ui.searchEdit, self.ui.searchLabel):
            widget.setVisible(on_events)
        self.actions_widget.setVisible(on_events)
        self.ui.countLabel.setVisible(on_events)
        # The list's own Export and Print are for events: the claims have theirs below.
        for name in ("exportListButton", "printListButton"):
            button = self.findChild(QWidget, name)
            if button is not None:
                button.setVisible(on_events)
        if index == MONTH:
            self.month.refresh()
            self.month.ui.monthGrid.setFocus()
        elif index == EXPENSES:
            self.expenses.refresh()
            self.expenses.ui.claimsTable.setFocus()
        self._enable()

    def _narrowing(self) -> tuple[str, dict[str, Any]]:
        return self.model.search, dict(self.model.filters)

    def _list_loaded(self, _count: int) -> None:
        if self.tabs.currentIndex() == MONTH:
            self.month.refresh()
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_event() is not None
        for button in (
            self.aui.openButton,
            self.aui.registerButton,
            self.aui.checkinButton,
            self.aui.mailingButton,
        ):
            button.setEnabled(chosen)

    def mailing(self) -> QWidget | None:
        """A mailing to the chosen event's register (invitations, thanks, reminders)."""
        from engagement_desktop.gui.mailings.menu import open_mailing
        from engagement_desktop.services.mailings.selection import Selection

        event_id = self.selected_event()
        if event_id is None:
            return None
        return open_mailing(self, self.model.store, Selection("event", record_id=event_id))

    def take_out(self) -> QWidget:
        """Take events out in a field kit pack (the next 7 days ticked)."""
        from engagement_desktop.gui.fieldkit.take_out import TakeOutDialog

        dialog = TakeOutDialog(self.model.store, self)
        if dialog.exec() and dialog.made is not None:
            QMessageBox.information(
                self,
                "Field kit written",
                f"{dialog.made.path.name}: {dialog.made.events} events, "
                f"{dialog.made.on_registers} people on their registers.",
            )
        return dialog

    def bring_back(self) -> QWidget | None:
        """Pick a pack, review it and merge it."""
        from engagement_desktop.gui.fieldkit.bring_back import BringBackDialog, summary_text

        name, _ = QFileDialog.getOpenFileName(
            self, "Bring back a field kit", "", "Field kit pack (*.sqlite);;All files (*)"
        )
        if not name:
            return None
        dialog = BringBackDialog(self.model.store, Path(name), self)
        if dialog.exec() and dialog.report is not None:
            QMessageBox.information(self, "Field kit brought back", summary_text(dialog.report))
            self.refresh()
        return dialog

    # --- the page interface ---------------------------------------------------------------

    def activate(self) -> None:
        super().activate()
        if self.tabs.currentIndex() == EXPENSES:
            self.expenses.refresh()

    def refresh(self) -> None:
        super().refresh()
        if self.tabs.currentIndex() == EXPENSES:
            self.expenses.refresh()

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        self.month.store = store
        self.expenses.set_store(store)

    def focus_search(self) -> None:
        if self.tabs.currentIndex() == EXPENSES:
            self.expenses.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            super().focus_search()

    # --- events ---------------------------------------------------------------------------

    def selected_event(self) -> int | None:
        if self.tabs.currentIndex() == MONTH:
            return self.month.current_event_id()
        index = self.ui.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def new_event(self) -> EventEditor:
        editor = EventEditor(self.model.store, None, self)
        editor.exec()
        if editor.saved_id is not None:
            self._after_edit(editor.saved_id)
        return editor

    def open_event(self, event_id: int | None = None) -> EventEditor | None:
        event_id = event_id if event_id is not None else self.selected_event()
        if event_id is None:
            return None
        editor = EventEditor(self.model.store, event_id, self)
        editor.exec()
        self._after_edit(event_id)
        return editor

    def _after_edit(self, event_id: int) -> None:
        """Re-read the list (counts may have changed) and keep the event selected."""
        self.refresh()
        if self.tabs.currentIndex() == MONTH:
            self.month.refresh()
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == event_id:
                self.ui.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                break

    def open_register(self) -> None:
        event_id = self.selected_event()
        if event_id is not None:
            RegisterDialog(self.model.store, event_id, self).exec()
            self._after_edit(event_id)

    def start_checkin(self) -> CheckinWindow | None:
        event_id = self.selected_event()
        if event_id is None:
            return None
        window = open_checkin(self.model.store, event_id, self)
        window.closed.connect(lambda: self._after_edit(event_id))
        self.checkin_window = window
        return window
