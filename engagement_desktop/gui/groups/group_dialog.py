"""New group / Edit group (a :class:`~engagement_desktop.gui.common.editor_dialog.EditorDialog`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from engagement_desktop.gui.common.editor_dialog import EditorDialog, set_combo_data
from engagement_desktop.gui.forms.ui_group_dialog import Ui_GroupDialog
from engagement_desktop.services.groups.details import (
    area_choices,
    category_choices,
    group_details,
)
from engagement_desktop.services.groups.groups import save_group
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


def plural_suffix(spin: QSpinBox, one: str, many: str) -> None:
    """ "1 year" / "3 years": the suffix follows the number."""

    def follow(value: int) -> None:
        spin.setSuffix(one if value == 1 else many)

    spin.valueChanged.connect(follow)
    follow(spin.value())


class GroupDialog(EditorDialog):
    """Name, category, kind, purpose, meetings, terms-of-office rule and seats of one group."""

    def __init__(self, store: Store, group_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group_id = group_id
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.track(
            store, "groups", group_id, self.load_record
        )  # before reading: another officer's edit shows
        with store.session() as session:
            details = group_details(session, group_id) if group_id is not None else None
            areas = area_choices(session)
            categories = category_choices(session)
        self.setWindowTitle(f"Edit group: {details.name}" if details else "New group")
        ui.categoryCombo.addItems(categories)
        ui.categoryCombo.setCurrentIndex(-1)
        ui.categoryCombo.lineEdit().setPlaceholderText("Choose or type a category")
        for code, text in vocab.GROUP_KINDS.items():
            ui.kindCombo.addItem(text, code)
        for code, text in vocab.GROUP_MODES.items():
            ui.modeCombo.addItem(text, code)
        ui.areaCombo.addItem("Whole landlord (no one estate)", None)
        for area_id, name in areas.items():
            ui.areaCombo.addItem(name, area_id)
        self._set_up_seats()
        plural_suffix(ui.termYearsSpin, " year", " years")
        plural_suffix(ui.maxTermsSpin, " term", " terms")
        plural_suffix(ui.breakYearsSpin, " year", " years")
        if details is not None:
            self._show(details.values, details.seats)
        else:
            set_combo_data(ui.modeCombo, "collective")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "name": (ui.nameError, ui.nameEdit, "The name"),
                "category": (ui.categoryError, ui.categoryCombo, "The category"),
                "area_id": (ui.areaError, ui.areaCombo, "The estate or area"),
                "meeting_pattern": (ui.meetingError, ui.meetingEdit, "The meeting pattern"),
                "purpose": (ui.purposeError, ui.purposeEdit, "The purpose"),
                "term_years": (ui.termYearsError, ui.termYearsSpin, "The term length"),
                "max_consecutive_terms": (ui.maxTermsError, ui.maxTermsSpin, "The limit"),
                "break_years": (ui.breakYearsError, ui.breakYearsSpin, "The break"),
                "seats": (ui.seatsError, ui.seatsTable, "Seats"),
            },
            required=("name",),
        )
        ui.nameEdit.setFocus()
        self.mark_clean()

    def _set_up_seats(self) -> None:
        table = self.ui.seatsTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Constituency", "Seats"])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addSeatButton.clicked.connect(lambda: self.add_seat("", 1, edit=True))
        self.ui.removeSeatButton.clicked.connect(self._remove_seat)

    def add_seat(self, constituency: str, seats: int, *, edit: bool = False) -> None:
        table = self.ui.seatsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(constituency))
        number = QTableWidgetItem()
        number.setData(Qt.ItemDataRole.EditRole, int(seats))  # edited with a spin box
        table.setItem(row, 1, number)
        if edit:
            table.setFocus()
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def _remove_seat(self) -> None:
        table = self.ui.seatsTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            table.setFocus()

    def _show(self, values: Mapping[str, Any], seats: list[tuple[str, int]]) -> None:
        ui = self.ui
        ui.nameEdit.setText(values["name"] or "")
        ui.categoryCombo.setCurrentText(values["category"] or "")
        set_combo_data(ui.kindCombo, values["kind"])
        set_combo_data(ui.modeCombo, values["mode"])
        set_combo_data(ui.areaCombo, values["area_id"])
        ui.meetingEdit.setText(values["meeting_pattern"] or "")
        ui.purposeEdit.setPlainText(values["purpose"] or "")
        ui.termYearsSpin.setValue(values["term_years"] or 0)
        ui.maxTermsSpin.setValue(values["max_consecutive_terms"] or 0)
        ui.breakYearsSpin.setValue(values["break_years"] or 0)
        ui.appraisalCheck.setChecked(bool(values["needs_appraisal"]))
        for constituency, count in seats:
            self.add_seat(constituency, count)

    def load_record(self) -> None:
        """Reload after another officer's change: the form as the database has it now."""
        if self.group_id is None:
            return
        with self.store.session() as session:
            details = group_details(session, self.group_id)
        self.ui.seatsTable.setRowCount(0)
        self._show(details.values, details.seats)

    def seats(self) -> list[tuple[str, Any]]:
        """Rows of the seats table; a row left completely empty is ignored."""
        table = self.ui.seatsTable
        rows: list[tuple[str, Any]] = []
        for row in range(table.rowCount()):
            name_item, number_item = table.item(row, 0), table.item(row, 1)
            name = name_item.text().strip() if name_item is not None else ""
            number = number_item.data(Qt.ItemDataRole.EditRole) if number_item is not None else None
            if name or number not in (None, "", 0):
                rows.append((name, number))
        return rows

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "category": ui.categoryCombo.currentText(),
            "kind": ui.kindCombo.currentData(),
            "mode": ui.modeCombo.currentData(),
            "area_id": ui.areaCombo.currentData(),
            "meeting_pattern": ui.meetingEdit.text(),
            "purpose": ui.purposeEdit.toPlainText(),
            "term_years": ui.termYearsSpin.value() or None,
            "max_consecutive_terms": ui.maxTermsSpin.value() or None,
            "break_years": ui.breakYearsSpin.value() or None,
            "needs_appraisal": ui.appraisalCheck.isChecked(),
            "seats": self.seats(),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        data = dict(values)
        seats = data.pop("seats")
        return save_group(self.store, self.group_id, data, seats)
