"""The event editor (``forms/event_editor.ui``): details, invitations, costs, notes.

Save is one call to :func:`events.save_event` with the fields, topics and cost
lines together; its validation reasons appear under the fields they are about.
Inviting, logging an outcome and the register are their own service calls on
the saved event (a new or changed event is saved first, after asking).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.gui.common.checklist import roomy
from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.common.edit_guard import NOT_SAVED, EditGuard
from engagement_desktop.gui.events.common import (
    EVENT_LABELS,
    FieldProblems,
    ask_to_discard,
    end_after,
    money,
    next_day_note,
    parse_pounds,
)
from engagement_desktop.gui.events.invitations import InvitationsTab
from engagement_desktop.gui.events.types_dialog import EventTypesDialog
from engagement_desktop.gui.forms.ui_event_editor import Ui_EventEditor
from engagement_desktop.services.events import events
from engagement_desktop.services.events.details import EditorChoices, EventForm, editor_choices
from engagement_desktop.services.events.details import event_form as read_event_form
from engagement_desktop.services.outcomes import outcomes
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)
#: Editor state compared to spot unsaved changes: (fields, topic ids, cost lines).
Snapshot = tuple[dict[str, Any], list[int], list[tuple[str, int, str | None]]]


def _fill(box: QComboBox, choices: dict[Any, str], none_text: str | None = None) -> None:
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    if none_text is not None:
        box.addItem(none_text, None)
    for value, text in choices.items():
        box.addItem(text, value)
    found = box.findData(current)
    box.setCurrentIndex(max(found, 0))
    box.blockSignals(False)


def _select(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class EventEditor(QDialog):
    """Create (``event_id`` None) or change an event; ``saved_id`` is set after a save."""

    def __init__(self, store: Store, event_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.saved_id: int | None = None
        self.ui = ui = Ui_EventEditor()
        ui.setupUi(self)
        roomy(ui.topicsList)
        self.setWindowTitle("New event" if event_id is None else "Event")
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut("Ctrl+S")
        save.setToolTip("Save (Ctrl+S)")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.problems = FieldProblems(
            {
                "title": ui.titleEdit,
                "event_type_id": ui.typeCombo,
                "group_id": ui.groupCombo,
                "starts_at": ui.dateEdit,
                "ends_at": ui.endTimeEdit,
                "venue": ui.venueEdit,
                "online_url": ui.onlineEdit,
                "area_id": ui.areaCombo,
                "status": ui.statusCombo,
                "staff_hours": ui.staffHoursSpin,
                "staff_hourly_rate_pence": ui.hourlyRateSpin,
                "notes": ui.notesEdit,
                "outcomes": ui.outcomesEdit,
                "topics": ui.topicsList,
                "costs": ui.costsTable,
            },
            ui.errorBanner,
            required=("title", "event_type_id", "starts_at"),
            labels=EVENT_LABELS,
        )
        for code, label in vocab.EVENT_STATUSES.items():
            ui.statusCombo.addItem(label, code)
        self._set_up_costs()
        bound_dates(ui.dateEdit, done=False)  # held or planned: 1990 to 2200, not 1752 to 9999
        ui.endCheck.toggled.connect(ui.endTimeEdit.setEnabled)
        next_day_note(ui.startTimeEdit, ui.endTimeEdit, ui.endCheck, ui.nextDayLabel)
        ui.editTypesButton.clicked.connect(self.edit_types)
        ui.logOutcomeButton.clicked.connect(self.log_outcome)
        self.invitations = InvitationsTab(
            ui,
            store,
            self,
            event_id=lambda: self.event_id,
            ensure_saved=self.ensure_saved,
            topic_ids=self.topic_ids,
        )
        # The version as opened, read first: another officer's later edit is caught at Save.
        self.guard = EditGuard(store, "events", event_id, self, self.reload)
        self._load()
        self._initial = self.snapshot()
        ui.tabs.setCurrentIndex(0)
        ui.titleEdit.setFocus()

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """The event as the database has it now (after another officer's change)."""
        self.problems.clear()
        self._load()
        self._initial = self.snapshot()

    def _load(self) -> None:
        ui = self.ui
        with self.store.session() as session:
            form = read_event_form(session, self.event_id) if self.event_id else None
            choices = editor_choices(session, form)
        self._fill_choices(choices, form)
        if form is None:
            start = datetime.combine(date.today() + timedelta(days=7), time(18, 0))
            fields: dict[str, Any] = {"starts_at": start, "ends_at": start + timedelta(hours=2)}
            fields |= {"status": "planned", "staff_hours": 0.0, "staff_hourly_rate_pence": 0}
            costs: list[tuple[str, int, str | None]] = []
        else:
            fields, costs = form.fields, form.costs
            self.setWindowTitle(f"Event: {fields['title']}")
        ui.titleEdit.setText(fields.get("title") or "")
        _select(ui.typeCombo, fields.get("event_type_id"))
        _select(ui.groupCombo, fields.get("group_id"))
        _select(ui.areaCombo, fields.get("area_id"))
        _select(ui.statusCombo, fields.get("status"))
        starts: datetime = fields["starts_at"]
        show_day(ui.dateEdit, starts.date())  # a stored slip shows as it is, to correct
        ui.startTimeEdit.setTime(QTime(starts.hour, starts.minute))
        ends: datetime | None = fields.get("ends_at")
        ui.endCheck.setChecked(ends is not None)
        ui.endTimeEdit.setEnabled(ends is not None)
        end_time = ends or starts + timedelta(hours=2)
        ui.endTimeEdit.setTime(QTime(end_time.hour, end_time.minute))
        ui.venueEdit.setText(fields.get("venue") or "")
        ui.onlineEdit.setText(fields.get("online_url") or "")
        ui.staffHoursSpin.setValue(float(fields.get("staff_hours") or 0))
        ui.hourlyRateSpin.setValue((fields.get("staff_hourly_rate_pence") or 0) / 100)
        ui.notesEdit.setPlainText(fields.get("notes") or "")
        ui.outcomesEdit.setPlainText(fields.get("outcomes") or "")
        self._show_costs(costs)
        self.invitations.refresh()

    def _fill_choices(self, choices: EditorChoices, form: EventForm | None) -> None:
        ui = self.ui
        _fill(ui.typeCombo, choices.types)
        _fill(ui.groupCombo, choices.groups, "(no group)")
        _fill(ui.areaCombo, choices.areas, "(no estate or area)")
        chosen = set(form.topics) if form else self.topic_ids()
        ui.topicsList.clear()
        for topic_id, name in choices.topics.items():
            item = QListWidgetItem(name)
            item.setData(_ID, topic_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if topic_id in chosen else Qt.CheckState.Unchecked
            )
            ui.topicsList.addItem(item)

    # --- costs ----------------------------------------------------------------------------

    def _set_up_costs(self) -> None:
        table = self.ui.costsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Cost", "Amount (£)", "Note"])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        char = table.fontMetrics().averageCharWidth()
        header.resizeSection(0, char * 14)
        header.resizeSection(1, char * 14)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.itemChanged.connect(lambda _item: self._show_totals())
        self.ui.staffHoursSpin.valueChanged.connect(lambda _v: self._show_totals())
        self.ui.hourlyRateSpin.valueChanged.connect(lambda _v: self._show_totals())

    def _show_costs(self, costs: list[tuple[str, int, str | None]]) -> None:
        """One line per saved cost, then a blank line for each category not used yet."""
        used = {category for category, _amount, _note in costs}
        lines = list(costs) + [(c, -1, None) for c in vocab.COST_CATEGORIES if c not in used]
        table = self.ui.costsTable
        table.blockSignals(True)
        table.setRowCount(len(lines))
        for row, (category, amount, note) in enumerate(lines):
            label = QTableWidgetItem(vocab.COST_CATEGORIES.get(category, category))
            label.setData(_ID, category)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, 0, label)
            shown = "" if amount < 0 else f"{amount / 100:.2f}"
            figure = QTableWidgetItem(shown)
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, figure)
            table.setItem(row, 2, QTableWidgetItem(note or ""))
        table.blockSignals(False)
        self._show_totals()

    def cost_lines(self) -> list[tuple[str, int, str | None]]:
        """The lines with an amount; raises ValueError naming a bad amount."""
        table = self.ui.costsTable
        lines = []
        for row in range(table.rowCount()):
            category = str(table.item(row, 0).data(_ID))
            amount_item, note_item = table.item(row, 1), table.item(row, 2)
            label = table.item(row, 0).text()
            try:
                pence = parse_pounds(amount_item.text() if amount_item else "")
            except ValueError as exc:
                raise ValueError(f"{label}: {exc}") from None
            note = (note_item.text().strip() if note_item else "") or None
            if pence is not None:
                lines.append((category, pence, note))
        return lines

    def _show_totals(self) -> None:
        staff = round(self.ui.staffHoursSpin.value() * round(self.ui.hourlyRateSpin.value() * 100))
        self.ui.staffCostLabel.setText(money(staff))
        try:
            lines = sum(amount for _c, amount, _n in self.cost_lines())
        except ValueError as exc:
            self.ui.totalCostLabel.setText(f"— ({exc})")
            return
        self.ui.totalCostLabel.setText(f"<b>{money(lines + staff)}</b>")

    # --- values and saving ----------------------------------------------------------------

    def topic_ids(self) -> set[int]:
        widget = self.ui.topicsList
        return {
            int(widget.item(i).data(_ID))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        }

    def fields(self) -> dict[str, Any]:
        ui = self.ui
        day = ui.dateEdit.date().toPython()
        starts = datetime.combine(day, ui.startTimeEdit.time().toPython())
        ends = end_after(starts, ui.endTimeEdit.time().toPython())
        return {
            "title": ui.titleEdit.text().strip(),
            "event_type_id": ui.typeCombo.currentData(),
            "group_id": ui.groupCombo.currentData(),
            "starts_at": starts,
            "ends_at": ends if ui.endCheck.isChecked() else None,
            "venue": ui.venueEdit.text().strip() or None,
            "online_url": ui.onlineEdit.text().strip() or None,
            "area_id": ui.areaCombo.currentData(),
            "status": ui.statusCombo.currentData(),
            "staff_hours": ui.staffHoursSpin.value(),
            "staff_hourly_rate_pence": round(ui.hourlyRateSpin.value() * 100),
            "notes": ui.notesEdit.toPlainText().strip() or None,
            "outcomes": ui.outcomesEdit.toPlainText().strip() or None,
        }

    def snapshot(self) -> Snapshot | None:
        try:
            costs = self.cost_lines()
        except ValueError:
            return None
        return self.fields(), sorted(self.topic_ids()), costs

    def is_dirty(self) -> bool:
        return self.snapshot() != self._initial or self.snapshot() is None

    def save(self, *, close: bool = True) -> bool:
        """One call to ``save_event``; on a problem, say it by the field and stay open."""
        self.problems.clear()
        try:
            costs = self.cost_lines()
        except ValueError as exc:
            self.problems.show({"costs": str(exc)})
            return False
        try:
            fields, topics = self.fields(), sorted(self.topic_ids())
            event = self.guard.save(
                lambda: events.save_event(
                    self.store, self.event_id, fields, topics=topics, costs=costs
                )
            )
        except ValidationError as exc:
            self.problems.show(exc.errors)
            return False
        except EngagementError as exc:
            QMessageBox.warning(self, "Could not save the event", str(exc))
            return False
        if event is NOT_SAVED:
            return False
        if self.event_id is None:
            self.guard.opened(event.id)  # saved before inviting: later saves edit it
        self.event_id = self.saved_id = event.id
        self.setWindowTitle(f"Event: {event.title}")
        self._initial = self.snapshot()
        self.invitations.refresh()
        if close:
            super().accept()
        return True

    def ensure_saved(self, why: str) -> bool:
        """Before inviting or logging: a new or changed event is saved first, if agreed."""
        if self.event_id is not None and not self.is_dirty():
            return True
        what = "Save the new event" if self.event_id is None else "Save your changes"
        answer = QMessageBox.question(
            self,
            "Save first",
            f"{what} before {why}?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save and self.save(close=False)

    def reject(self) -> None:
        """Esc and Cancel ask before losing changes."""
        if self.is_dirty() and not ask_to_discard(self):
            return
        super().reject()

    # --- types and outcomes ---------------------------------------------------------------

    def edit_types(self) -> None:
        dialog = EventTypesDialog(self.store, self)
        dialog.exec()
        if dialog.changed:
            with self.store.session() as session:
                choices = editor_choices(session, None)
            current = self.ui.typeCombo.currentData()
            _fill(self.ui.typeCombo, choices.types)
            _select(self.ui.typeCombo, current)

    def log_outcome(self) -> None:
        """What people said, into the "you said, we did" register with this event as source."""
        if not self.ensure_saved("logging what people said"):
            return
        cursor = self.ui.outcomesEdit.textCursor()
        suggested = cursor.selectedText().replace("\u2029", "\n") or (
            self.ui.outcomesEdit.toPlainText()
        )
        text, ok = QInputDialog.getMultiLineText(
            self,
            "Log to you said, we did",
            "What did people say or ask for? (The response is recorded on the "
            "'You said, we did' page.)",
            suggested,
        )
        if not ok or not text.strip():
            return
        fields = self.fields()
        raised = min(fields["starts_at"].date(), date.today())
        try:
            outcomes.add_outcome(
                self.store,
                {
                    "source": "event",
                    "event_id": self.event_id,
                    "group_id": fields["group_id"],
                    "asked": text.strip(),
                    "raised_on": raised,
                },
            )
        except EngagementError as exc:
            QMessageBox.warning(self, "Could not log it", str(exc))
            return
        self.ui.loggedLabel.setText("Logged to 'You said, we did'.")
