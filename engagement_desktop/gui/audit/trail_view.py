"""The audit trail as a list with filters, one page of entries at a time.

Shared by the Audit page (everyone, filtered by person, officer, kind and dates) and a
person's History tab (one person, the person filter hidden). Entries come from
``services.audit.trail`` with names already resolved, newest first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableWidgetItem, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.date_bounds import bound_dates
from engagement_desktop.gui.forms.ui_audit_trail import Ui_AuditTrail
from engagement_desktop.services.audit.trail import (
    PAGE_SIZE,
    AuditFilter,
    AuditLine,
    kinds,
    officers,
    people_matching,
    read_trail,
)
from engagement_desktop.services.listings.cells import format_datetime
from engagement_desktop.store.engine import Store

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
HEADERS = ("When", "Officer", "About", "What happened", "Fields changed")
WIDTHS = (130, 110, 170, 300)
ANYONE, ANY_KIND = "Anyone", "Any kind"


class EntriesModel(QAbstractTableModel):
    """One page of audit lines; a cell is formatted when the view asks for it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[AuditLine] = []

    def show(self, lines: list[AuditLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TIP) or not index.isValid():
            return None
        return cell(self.lines[index.row()], index.column())


def cell(line: AuditLine, column: int) -> str:
    if column == 0:
        return format_datetime(line.at)
    if column == 1:
        return line.officer
    if column == 2:
        return line.subject
    if column == 3:
        return line.summary
    return "; ".join(f"{c.field}: {c.old} → {c.new}" if c.old else c.field for c in line.changes)


class AuditTrailView(QWidget):
    """Filters, the entries and the chosen entry's fields; ``person_id`` fixes the person."""

    def __init__(self, store: Store, person_id: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AuditTrail()
        ui.setupUi(self)
        self.store = store
        self.fixed_person = person_id
        self.person_id = person_id
        self.offset = 0
        self.total = 0
        self.model = EntriesModel(self)
        view = ui.entriesView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            view.setColumnWidth(column, width)
        view.selectionModel().currentRowChanged.connect(lambda now, _was: self._show_fields(now))
        table = ui.changesTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Field", "Old value", "New value"])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.splitter.setSizes([400, 110])
        ui.splitter.setStretchFactor(0, 3)
        today = QDate.currentDate()
        for check, edit, start in (
            (ui.fromCheck, ui.fromDate, today.addDays(-30)),
            (ui.toCheck, ui.toDate, today),
        ):
            bound_dates(edit, done=False)  # a wheel's slip to 1752 would find nothing
            edit.setDate(start)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self.reload)
        ui.officerCombo.activated.connect(self.reload)
        ui.actionCombo.activated.connect(self.reload)
        ui.personEdit.returnPressed.connect(self.choose_person)
        ui.personClearButton.clicked.connect(lambda: self.set_person(None, ""))
        ui.newerButton.clicked.connect(lambda: self.load(self.offset - PAGE_SIZE))
        ui.olderButton.clicked.connect(lambda: self.load(self.offset + PAGE_SIZE))
        if person_id is not None:
            for widget in (ui.personLabel, ui.personEdit, ui.personClearButton):
                widget.hide()
            ui.introLabel.setText(
                "Every change to this person's record and their rows, newest first."
            )
        ui.personClearButton.setEnabled(False)

    # --- filters --------------------------------------------------------------------------

    def wanted(self) -> AuditFilter:
        ui = self.ui
        officer = ui.officerCombo.currentText()
        kind = ui.actionCombo.currentText()
        return AuditFilter(
            person_id=self.person_id,
            officer=None if officer in ("", ANYONE) else officer,
            since=_day(ui.fromDate.date()) if ui.fromCheck.isChecked() else None,
            until=_day(ui.toDate.date()) if ui.toCheck.isChecked() else None,
            action=None if kind in ("", ANY_KIND) else kind,
        )

    def choose_person(self) -> None:
        """Enter in the person box: one match is taken, several are offered in a menu."""
        text = self.ui.personEdit.text()
        if not text.strip():
            self.set_person(None, "")
            return
        with self.store.session() as session:
            found = people_matching(session, text)
        if not found:
            self.ui.countLabel.setText(f"Nobody on file matches '{text.strip()}'.")
        elif len(found) == 1:
            self.set_person(found[0].id, found[0].label)
        else:
            menu = QMenu(self)
            for choice in found:
                menu.addAction(choice.label, lambda c=choice: self.set_person(c.id, c.label))
            edit = self.ui.personEdit
            menu.popup(edit.mapToGlobal(edit.rect().bottomLeft()))
            self.menu = menu  # kept for tests and for the menu's lifetime

    def set_person(self, person_id: int | None, label: str) -> None:
        self.person_id = person_id
        self.ui.personEdit.setText(label)
        self.ui.personClearButton.setEnabled(person_id is not None)
        self.reload()

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the officers and kinds on file, then the entries from the newest."""
        with self.store.session() as session:
            names, families = officers(session), kinds(session)
        for combo, first, items in (
            (self.ui.officerCombo, ANYONE, names),
            (self.ui.actionCombo, ANY_KIND, families),
        ):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([first, *items])
            combo.setCurrentIndex(max(combo.findText(current), 0))
            combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self.load(0)

    def load(self, offset: int) -> None:
        offset = max(offset, 0)
        try:
            with self.store.session() as session:
                page = read_trail(session, self.wanted(), offset=offset)
        except EngagementError as exc:  # the person was merged away or erased meanwhile
            self.model.show([])
            self.ui.countLabel.setText(str(exc))
            return
        self.offset, self.total = page.offset, page.total
        self.model.show(page.lines)
        self._show_fields(self.ui.entriesView.model().index(0, 0))
        if page.lines:
            self.ui.entriesView.selectRow(0)
            last = offset + len(page.lines)
            self.ui.countLabel.setText(f"Entries {offset + 1:,}–{last:,} of {page.total:,}")
        else:
            wanted = self.wanted()
            narrowed = (wanted.officer, wanted.since, wanted.until, wanted.action) != (None,) * 4
            self.ui.countLabel.setText(
                "No entries match."
                if narrowed or wanted.person_id != self.fixed_person
                else "No changes recorded yet."
            )
        self.ui.newerButton.setEnabled(offset > 0)
        self.ui.olderButton.setEnabled(offset + len(page.lines) < page.total)

    def set_store(self, store: Store) -> None:
        self.store = store
        if self.fixed_person is None:
            self.person_id = None
            self.ui.personEdit.clear()
            self.ui.personClearButton.setEnabled(False)
        self.refresh()

    def _show_fields(self, index: QModelIndex) -> None:
        table = self.ui.changesTable
        line = self.model.lines[index.row()] if index.isValid() else None
        changes = line.changes if line else ()
        table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for column, text in enumerate((change.field, change.old, change.new)):
                table.setItem(row, column, QTableWidgetItem(text))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
