"""The points rules: what each kind of event earns, from when; add one or change one.

A change never edits a rule: ``rules.change_rule`` ends the old one the day
before the new one starts, so awards already made keep the points of the rule
that made them.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.common.editor_dialog import EditorDialog, from_qdate
from engagement_desktop.gui.common.look_only import grey_out_changes, mark_changes
from engagement_desktop.gui.common.rows_model import RowsModel, lay_out_table
from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.gui.common.tasks import BackgroundTask
from engagement_desktop.gui.forms.ui_points_rule_dialog import Ui_RuleDialog
from engagement_desktop.gui.forms.ui_points_rules_dialog import Ui_RulesDialog
from engagement_desktop.gui.rewards.catch_up import CatchUpDialog, offer_catch_up
from engagement_desktop.gui.rewards.models import RULE_COLUMNS
from engagement_desktop.services.rewards import rules
from engagement_desktop.services.rewards.rules import ROLES, RuleRow, event_type_choices, rule_rows
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


class RuleDialog(EditorDialog):
    """A new rule, or the replacement of ``rule`` from a date (``rule`` given)."""

    def __init__(
        self, store: Store, rule: RuleRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.rule = rule
        self.ui = Ui_RuleDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for code, label in vocab.REWARD_BASES.items():
            ui.basisCombo.addItem(label, code)
        ui.eventTypeCombo.addItem("Any kind of event (bonuses only)", None)
        with store.session() as session:
            for type_id, name in event_type_choices(session).items():
                ui.eventTypeCombo.addItem(name, type_id)
        ui.roleCombo.addItem("Any role", None)
        for code, label in ROLES.items():
            ui.roleCombo.addItem(label, code)
        ui.bonusEdit.setMaxLength(40)
        ui.descriptionEdit.setMaxLength(200)
        today = date.today()
        for box in (ui.fromDate, ui.toDate):  # a rule runs 1990 to 2200, as the service takes
            bound_dates(box, done=False)
            show_day(box, today)
        ui.toDate.setEnabled(False)
        ui.toCheck.toggled.connect(ui.toDate.setEnabled)
        ui.basisCombo.currentIndexChanged.connect(lambda _i: self._basis_changed())
        fields = (
            ("basis", ui.basisError, ui.basisCombo, "Basis"),
            ("event_type_id", ui.eventTypeError, ui.eventTypeCombo, "Kind of event"),
            ("role", ui.roleError, ui.roleCombo, "Role"),
            ("points", ui.pointsError, ui.pointsSpin, "Points"),
            ("step_minutes", ui.stepError, ui.stepSpin, "Step"),
            ("annual_cap", ui.capError, ui.capSpin, "Yearly cap"),
            ("bonus_code", ui.bonusError, ui.bonusEdit, "Bonus for"),
            ("description", ui.descriptionError, ui.descriptionEdit, "Description"),
            ("effective_from", ui.fromError, ui.fromDate, "Start date"),
            ("effective_to", ui.toError, ui.toDate, "End date"),
        )
        self.bind(ui.buttonBox, ui.formError, {n: (e, w, label) for n, e, w, label in fields})
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            "&Change rule" if rule else "&Add rule"
        )
        if rule is None:
            self.setWindowTitle("Add a points rule")
            ui.introLabel.setText(
                "Points for a kind of event (and role) from a date. "
                "A bonus adds points for a role, such as chairing."
            )
        else:
            self._fill(rule)
        self._basis_changed()
        ui.basisCombo.setFocus()
        self.mark_clean()

    def _fill(self, rule: RuleRow) -> None:
        ui = self.ui
        self.setWindowTitle("Change a points rule from a date")
        ui.introLabel.setText(
            f"Changing <b>{escape(rule.description or rule.event_type)}</b> "
            f"({rule.points} points, from {format_date(rule.effective_from)}). "
            "The new rule applies from the date below and the old one ends the day before; "
            "awards already made keep their points."
        )
        ui.fromLabel.setText("Change &from:")
        ui.basisCombo.setCurrentIndex(max(ui.basisCombo.findData(rule.basis), 0))
        ui.eventTypeCombo.setCurrentIndex(max(ui.eventTypeCombo.findData(rule.event_type_id), 0))
        ui.roleCombo.setCurrentIndex(max(ui.roleCombo.findData(rule.role), 0))
        ui.pointsSpin.setValue(rule.points)
        ui.stepSpin.setValue(rule.step_minutes)
        ui.capSpin.setValue(rule.annual_cap or 0)
        ui.bonusEdit.setText(rule.bonus_code or "")
        ui.descriptionEdit.setText(rule.description or "")
        ui.toCheck.setChecked(rule.effective_to is not None)
        if rule.effective_to is not None:
            show_day(ui.toDate, rule.effective_to)
        ui.toCheck.setEnabled(False)  # the new rule ends when the old one would have
        ui.toDate.setEnabled(False)

    def _basis_changed(self) -> None:
        ui = self.ui
        basis = ui.basisCombo.currentData()
        ui.stepSpin.setEnabled(basis == "per_hour")
        ui.bonusEdit.setEnabled(basis == "bonus")
        ui.pointsLabel.setText("&Points an hour:" if basis == "per_hour" else "&Points:")

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "basis": ui.basisCombo.currentData(),
            "event_type_id": ui.eventTypeCombo.currentData(),
            "role": ui.roleCombo.currentData(),
            "points": ui.pointsSpin.value(),
            "step_minutes": ui.stepSpin.value(),
            "annual_cap": ui.capSpin.value() or None,
            "bonus_code": ui.bonusEdit.text() if ui.bonusEdit.isEnabled() else None,
            "description": ui.descriptionEdit.text(),
            "effective_from": from_qdate(ui.fromDate.date()),
            "effective_to": from_qdate(ui.toDate.date()) if ui.toCheck.isChecked() else None,
        }

    def commit(self, values: dict[str, Any]) -> Any:
        if self.rule is None:
            return rules.add_rule(self._store, values)
        start = values.pop("effective_from")
        values.pop("effective_to")
        return rules.change_rule(self._store, self.rule.id, values, start)


class RulesDialog(QDialog):
    """Rules in force (and, if asked, the ended ones); Enter changes the chosen rule."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.ui = Ui_RulesDialog()
        self.ui.setupUi(self)
        self.editor: RuleDialog | None = None
        today = date.today()
        self.model: RowsModel[RuleRow] = RowsModel(
            RULE_COLUMNS, muted=lambda rule: not rule.in_force(today), parent=self
        )
        ui = self.ui
        ui.ruleTable.setModel(self.model)
        lay_out_table(ui.ruleTable, RULE_COLUMNS)
        ui.ruleTable.installEventFilter(self)
        ui.ruleTable.doubleClicked.connect(lambda _i: self.change())
        ui.endedCheck.toggled.connect(lambda _c: self.reload())
        ui.addButton.clicked.connect(self.add)
        ui.changeButton.clicked.connect(self.change)
        ui.catchUpButton.clicked.connect(lambda: self.catch_up())
        mark_changes(ui.addButton, ui.changeButton, ui.catchUpButton)
        self.catch_up_dialog: CatchUpDialog | None = None
        self.offer: BackgroundTask | None = None
        grey_out_changes(self, store)  # a viewer reads the rules
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.reload()
        ui.ruleTable.setFocus()

    def reload(self, keep: int | None = None) -> None:
        with self._store.session() as session:
            rows = rule_rows(session, include_ended=self.ui.endedCheck.isChecked())
        self.model.set_rows(rows)
        row = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if row is not None:
            self.ui.ruleTable.selectRow(row)
        self.ui.changeButton.setEnabled(bool(rows))

    def selected(self) -> RuleRow | None:
        index = self.ui.ruleTable.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _edit(self, rule: RuleRow | None) -> RuleDialog:
        editor = RuleDialog(self._store, rule, self)
        editor.accepted.connect(lambda: self._saved(editor.saved))
        self.editor = editor
        editor.open()
        return editor

    def add(self) -> RuleDialog:
        return self._edit(None)

    def change(self) -> RuleDialog | None:
        rule = self.selected()
        return self._edit(rule) if rule is not None else None

    def _saved(self, rule: Any) -> None:
        self.reload(keep=rule.id)
        if rule.effective_from < date.today():
            self.offer_catch_up(rule.effective_from)

    def offer_catch_up(self, since: date) -> BackgroundTask:
        """A rule starting in the past: if attendance since then has points to come,
        open the dialog that pays them (nothing is said when there is none)."""
        self.offer = offer_catch_up(self, self._store, since, self._catch_up_opened)
        return self.offer

    def _catch_up_opened(self, dialog: CatchUpDialog) -> None:
        self.catch_up_dialog = dialog

    def catch_up(self, since: date | None = None) -> CatchUpDialog:
        dialog = CatchUpDialog(self._store, since, self)
        self.catch_up_dialog = dialog
        dialog.open()
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.ruleTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.change()
            return True
        return super().eventFilter(watched, event)
