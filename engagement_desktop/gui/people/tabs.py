"""The person editor's tabs that are more than plain fields.

Interests and support needs are checklists saved with the person. Consents
and exclusions are written the moment the officer records them, each by its
own service call, because they are events with a date rather than a state of
the form. Equality monitoring is read only when the officer asks to see it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.gui.common.table_model import format_date, format_datetime
from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.services.people import conduct, consents
from engagement_desktop.services.people.consents import CONTACT_PURPOSE
from engagement_desktop.services.people.summary import PersonSummary
from engagement_desktop.store import vocab
from engagement_desktop.store.models import EqualityProfile, Topic

if TYPE_CHECKING:
    from engagement_desktop.gui.people.editor import PersonEditor

_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
SAVE_FIRST = "Save this person first; then {what} can be recorded here."


def fill_table(table: QTableWidget, headings: Sequence[str], rows: list[list[str]]) -> None:
    """A small read-only table (a person's own rows: a handful to a few hundred)."""
    table.clear()
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(list(headings))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    compact_rows(table)


def compact_rows(table: QTableWidget) -> None:
    """Rows as tight as a list's (the default leaves room for an editor)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


class NeedsAndInterests:
    """Topic checklist and support needs (need ticked, detail typed beside it)."""

    def __init__(self, ui: Ui_PersonEditor) -> None:
        self.ui = ui
        table = ui.supportTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Need", "Detail (e.g. which language)"])
        table.setRowCount(len(vocab.SUPPORT_NEEDS))
        for row, (code, label) in enumerate(vocab.SUPPORT_NEEDS.items()):
            need = QTableWidgetItem(label)
            need.setFlags(_CHECKABLE | Qt.ItemFlag.ItemIsSelectable)
            need.setCheckState(_UNCHECKED)
            need.setData(Qt.ItemDataRole.UserRole, code)
            table.setItem(row, 0, need)
            table.setItem(row, 1, QTableWidgetItem(""))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        compact_rows(table)
        table.itemChanged.connect(self._detail_ticks_need)

    def load_topics(self, session: Session) -> None:
        rows = session.execute(select(Topic.id, Topic.name, Topic.archived).order_by(Topic.name))
        for topic_id, name, archived in rows:
            item = QListWidgetItem(name, self.ui.interestsList)
            item.setFlags(_CHECKABLE | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(_UNCHECKED)
            item.setData(Qt.ItemDataRole.UserRole, topic_id)
            item.setHidden(bool(archived))  # shown only if this person has it

    def load(self, summary: PersonSummary | None) -> None:
        chosen = set(summary.interests) if summary else set()
        topics = self.ui.interestsList
        for row in range(topics.count()):
            item = topics.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(_CHECKED if ticked else _UNCHECKED)
            item.setHidden(item.isHidden() and not ticked)
        details: dict[str, list[str]] = {}
        for need, detail in summary.support_needs if summary else []:
            details.setdefault(need, []).append(detail)
        table = self.ui.supportTable
        table.blockSignals(True)
        for row in range(table.rowCount()):
            code = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            table.item(row, 0).setCheckState(_CHECKED if code in details else _UNCHECKED)
            table.item(row, 1).setText("; ".join(d for d in details.get(code, []) if d))
        table.blockSignals(False)

    def _detail_ticks_need(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and item.text().strip():
            self.ui.supportTable.item(item.row(), 0).setCheckState(_CHECKED)

    def interests(self) -> list[int]:
        topics = self.ui.interestsList
        return sorted(
            topics.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(topics.count())
            if topics.item(r).checkState() == _CHECKED
        )

    def support_needs(self) -> list[tuple[str, str]]:
        table = self.ui.supportTable
        return [
            (table.item(r, 0).data(Qt.ItemDataRole.UserRole), table.item(r, 1).text().strip())
            for r in range(table.rowCount())
            if table.item(r, 0).checkState() == _CHECKED
        ]

    def state(self) -> dict[str, Any]:
        return {"interests": self.interests(), "support_needs": self.support_needs()}


class ConsentsTab:
    """History of every consent row; record one, or withdraw the selected purpose."""

    HEADINGS = ("Purpose", "Consent", "Date", "How", "Wording", "Recorded by")

    def __init__(self, editor: PersonEditor) -> None:
        self.editor = editor
        self.ui = ui = editor.ui
        for code, label in vocab.CONSENT_METHODS.items():
            ui.withdrawMethodCombo.addItem(label, code)
        ui.withdrawMethodCombo.setCurrentIndex(ui.withdrawMethodCombo.findData("phone"))
        self.purposes: list[str] = []  # purpose of each history row
        self.current: dict[str, bool] = {}
        ui.recordConsentButton.clicked.connect(self.record)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.consentsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.preferredContactCombo.currentIndexChanged.connect(self._show_contact_consent)

    def load(self, summary: PersonSummary | None) -> None:
        if summary is None:
            self.ui.consentStateLabel.setText(SAVE_FIRST.format(what="consents"))
            fill_table(self.ui.consentsTable, self.HEADINGS, [])
            self.ui.recordConsentButton.setEnabled(False)
        else:
            self._show(summary.consent_history, summary.consents)
        self._update_buttons()

    def reload(self) -> None:
        person_id = self.editor.person_id
        assert person_id is not None
        with self.editor.store.session() as session:
            history = consents.consent_history(session, person_id)
            state = {p: s.given for p, s in consents.current_consents(session, person_id).items()}
        self._show(history, state)
        self.editor.mark_changed()

    def _show(self, history: list[Any], state: dict[str, bool]) -> None:
        self.current = state
        self.purposes = [row.purpose for row in history]
        rows = [
            [
                vocab.CONSENT_PURPOSES.get(row.purpose, row.purpose),
                "Given" if row.given else "Withdrawn",
                format_datetime(row.recorded_at),
                vocab.CONSENT_METHODS.get(row.method, row.method),
                row.wording_version or "",
                row.recorded_by,
            ]
            for row in history
        ]
        fill_table(self.ui.consentsTable, self.HEADINGS, rows)
        now = [
            f"{vocab.CONSENT_PURPOSES[p]}: {'yes' if state[p] else 'withdrawn'}"
            for p in vocab.CONSENT_PURPOSES
            if p in state
        ]
        self.ui.consentStateLabel.setText(
            "Now: " + " · ".join(now) if now else "No consent recorded yet."
        )
        self._show_contact_consent()

    def _show_contact_consent(self, *_args: Any) -> None:
        method = self.ui.preferredContactCombo.currentData()
        purpose = CONTACT_PURPOSE.get(method or "")
        text = ""
        if self.editor.person_id is not None and purpose and not self.current.get(purpose):
            text = f"No current consent to contact them by {vocab.CONTACT_METHODS[method].lower()}."
        self.ui.contactConsentLabel.setText(text)

    def selected_purpose(self) -> str | None:
        rows = self.ui.consentsTable.selectionModel().selectedRows()
        return self.purposes[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        saved = self.editor.person_id is not None
        purpose = self.selected_purpose()
        self.ui.recordConsentButton.setEnabled(saved)
        self.ui.withdrawButton.setEnabled(saved and bool(purpose and self.current.get(purpose)))

    def record(self) -> None:
        from engagement_desktop.gui.people.consent_dialog import ConsentDialog

        person_id = self.editor.person_id
        if person_id is None:
            return
        dialog = ConsentDialog(self.editor.store, person_id, self.selected_purpose(), self.editor)
        if dialog.exec():
            self.reload()

    def withdraw(self) -> None:
        purpose, person_id = self.selected_purpose(), self.editor.person_id
        if purpose is None or person_id is None:
            return
        method = self.ui.withdrawMethodCombo.currentData()
        consents.withdraw_consent(self.editor.store, person_id, purpose, method)
        self.reload()


class ConductTab:
    """Code of conduct date (saved with the person) and the current exclusion."""

    def __init__(self, editor: PersonEditor) -> None:
        self.editor = editor
        self.ui = editor.ui
        self.exclusion: Any = None
        self.ui.addExclusionButton.clicked.connect(self.add)
        self.ui.liftExclusionButton.clicked.connect(self.lift)

    def load(self, summary: PersonSummary | None) -> None:
        self._show(summary.exclusion if summary else None, saved=summary is not None)

    def _show(self, exclusion: Any, saved: bool) -> None:
        self.exclusion = exclusion
        ui = self.ui
        if not saved:
            text = SAVE_FIRST.format(what="an exclusion")
        elif exclusion is None:
            text = "Not excluded."
        else:
            until = format_date(exclusion.ends_on) if exclusion.ends_on else "it is lifted"
            policy = f" ({exclusion.policy})" if exclusion.policy else ""
            text = (
                f"Excluded from {format_date(exclusion.starts_on)} until {until}{policy}.\n"
                f"Reason: {exclusion.reason}\nRecorded by {exclusion.recorded_by}."
            )
        ui.exclusionLabel.setText(text)
        ui.addExclusionButton.setEnabled(saved and exclusion is None)
        ui.liftExclusionButton.setEnabled(saved and exclusion is not None)
        badge = ""
        if exclusion is not None:
            ends = exclusion.ends_on
            badge = "Excluded" + (f" until {format_date(ends)}" if ends else " from forums")
        ui.badgeLabel.setText(badge)
        ui.badgeLabel.setStyleSheet("color: #b3261e; font-weight: bold;" if badge else "")

    def reload(self) -> None:
        person_id = self.editor.person_id
        assert person_id is not None
        with self.editor.store.session() as session:
            self._show(conduct.active_exclusion(session, person_id), saved=True)
        self.editor.mark_changed()

    def add(self) -> None:
        from engagement_desktop.gui.people.exclusion_dialog import ExclusionDialog

        if self.editor.person_id is None:
            return
        if ExclusionDialog(self.editor.store, self.editor.person_id, self.editor).exec():
            self.reload()

    def lift(self) -> None:
        if self.exclusion is None:
            return
        answer = QMessageBox.question(self.editor, "Lift exclusion", "End this exclusion today?")
        if answer == QMessageBox.StandardButton.Yes:
            conduct.lift_exclusion(self.editor.store, self.exclusion.id)
            self.reload()


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.capitalize() for part in rest)


class EqualityTab:
    """Collapsed until the officer asks; read from the database only then."""

    def __init__(self, editor: PersonEditor) -> None:
        self.editor = editor
        self.ui = editor.ui
        self.loaded = False
        self.boxes: dict[str, QComboBox] = {
            name: getattr(self.ui, f"{_camel(name)}Combo") for name in vocab.EQUALITY_QUESTIONS
        }
        self.ui.equalityPanel.hide()
        self.ui.showEqualityButton.clicked.connect(self.toggle)

    def fields(self) -> dict[str, QWidget]:
        return {**self.boxes, "written_objection": self.ui.writtenObjectionCheck}

    def toggle(self) -> None:
        panel = self.ui.equalityPanel
        if not self.loaded:
            self.load()
        panel.setVisible(not panel.isVisible())
        self.ui.showEqualityButton.setText(
            "&Hide equality monitoring" if panel.isVisible() else "S&how equality monitoring"
        )
        if panel.isVisible():
            next(iter(self.boxes.values())).setFocus()

    def load(self) -> None:
        profile = None
        if self.editor.person_id is not None:
            with self.editor.store.session() as session:
                profile = session.get(EqualityProfile, self.editor.person_id)
        for name, box in self.boxes.items():
            box.addItem("", None)
            for code, label in vocab.EQUALITY_QUESTIONS[name].items():
                box.addItem(label, code)
            box.addItem("Prefer not to say", vocab.PREFER_NOT_TO_SAY)
            value = getattr(profile, name) if profile else None
            box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
        self.ui.writtenObjectionCheck.setChecked(bool(profile and profile.written_objection))
        self.loaded = True
        self.editor.equality_loaded(self.answers())

    def answers(self) -> dict[str, Any] | None:
        """None until shown: the save then leaves the answers exactly as they were."""
        if not self.loaded:
            return None
        values: dict[str, Any] = {name: box.currentData() for name, box in self.boxes.items()}
        values["written_objection"] = self.ui.writtenObjectionCheck.isChecked()
        return values


class ActivityTab:
    """What the person has done: groups, events, points, training, needs and appraisals
    (read only)."""

    def __init__(self, ui: Ui_PersonEditor) -> None:
        self.ui = ui

    def load(self, summary: PersonSummary | None) -> None:
        ui = self.ui
        if summary is None:
            ui.pointsLabel.setText("Groups, events, points and training show here once recorded.")
        else:
            ui.pointsLabel.setText(f"Reward points balance: {summary.points_balance:,}")

        def lines(name: str) -> list[Any]:
            return getattr(summary, name) if summary else []

        fill_table(
            ui.membershipsTable,
            ["Group", "Role", "From", "Until", "Now"],
            [
                [
                    m.group,
                    m.role,
                    format_date(m.term_start),
                    format_date(m.term_end),
                    "Current" if m.current else "",
                ]
                for m in lines("memberships")
            ],
        )
        fill_table(
            ui.attendanceTable,
            ["Date", "Event", "Type", "Status", "Role"],
            [
                [format_datetime(a.when), a.title, a.event_type, a.status, a.role]
                for a in lines("attendance")
            ],
        )
        fill_table(
            ui.trainingTable,
            ["Course", "Status", "Date", "Expires"],
            [
                [t.course, t.status, format_date(t.on_date), format_date(t.expires_on)]
                for t in lines("training")
            ],
        )
        needs = lines("open_needs")
        ui.trainingNeedsLabel.setText(
            "Training needs not yet met: " + "; ".join(n.rstrip(" .;") for n in needs) + "."
            if needs
            else "No training needs waiting."
        )
        latest_due = lines("appraisals")[0].next_due_on if lines("appraisals") else None
        late = latest_due is not None and latest_due < date.today()  # only the latest counts
        fill_table(
            ui.appraisalsTable,
            ["Held", "By", "Group", "Next due"],
            [
                [
                    format_date(a.held_on),
                    a.appraiser,
                    a.group,
                    format_date(a.next_due_on) + (" (overdue)" if index == 0 and late else ""),
                ]
                for index, a in enumerate(lines("appraisals"))
            ],
        )
