"""Award points by hand, and correct a ledger entry: each is one ledger service call.

A manual award needs a person, points, a date and a reason; a correction needs
a reason and adds a reversing entry (the original stays on the ledger).
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.common.date_bounds import bound_dates
from engagement_desktop.gui.common.editor_dialog import EditorDialog, from_qdate, to_qdate
from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.gui.forms.ui_rewards_award_dialog import Ui_AwardDialog
from engagement_desktop.gui.forms.ui_rewards_correct_dialog import Ui_CorrectDialog
from engagement_desktop.gui.rewards.models import points_text
from engagement_desktop.services.rewards import ledger
from engagement_desktop.services.rewards.accounts import LedgerLine, PersonMatch, find_people
from engagement_desktop.store.engine import Store

SEARCH_DELAY_MS = 200
_PERSON = int(Qt.ItemDataRole.UserRole)


class AwardDialog(EditorDialog):
    """Points for a written contribution, help at an event ...: who, how many, when, why."""

    def __init__(self, store: Store, person: PersonMatch | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.ui = Ui_AwardDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Award")
        today = date.today()
        ui.dateEdit.setDate(to_qdate(today))
        bound_dates(ui.dateEdit, done=True, today=today)  # 1990 to today, as the ledger takes
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "person": (ui.personError, ui.personSearch, "Who"),
                "points": (ui.pointsError, ui.pointsSpin, "Points"),
                "entry_date": (ui.dateError, ui.dateEdit, "Date"),
                "reason": (ui.reasonError, ui.reasonEdit, "Reason"),
            },
            required=("person", "points", "reason"),
        )

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        ui.personSearch.textEdited.connect(lambda _t: self._search_timer.start())
        ui.personSearch.installEventFilter(self)
        ui.personList.currentItemChanged.connect(lambda *_: self._show_balance())
        if person is not None:
            ui.personSearch.setText(person.name)
            self._show_matches([person])
            ui.pointsSpin.setFocus()
        else:
            ui.personSearch.setFocus()
        self._show_balance()
        self.mark_clean()

    # --- the person -----------------------------------------------------------------------

    def _search(self) -> None:
        with self._store.session() as session:
            self._show_matches(find_people(session, self.ui.personSearch.text()))

    def _show_matches(self, matches: list[PersonMatch]) -> None:
        box = self.ui.personList
        box.clear()
        for match in matches:
            reference = f" · {match.reference}" if match.reference else ""
            item = QListWidgetItem(f"{match.name}{reference} · {match.balance:,} points")
            item.setData(_PERSON, match)
            box.addItem(item)
        if matches:
            box.setCurrentRow(0)

    def person(self) -> PersonMatch | None:
        item = self.ui.personList.currentItem()
        return item.data(_PERSON) if item is not None else None

    def _show_balance(self) -> None:
        person = self.person()
        self.ui.balanceNote.setText(
            f"{person.name} has {person.balance:,} points now." if person else ""
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box moves into the people found."""
        if (
            watched is self.ui.personSearch
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._search_timer.stop()
            self._search()
            self.ui.personList.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    # --- saving ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        person = self.person()
        return {
            "person_id": person.id if person else None,
            "points": self.ui.pointsSpin.value(),
            "on": from_qdate(self.ui.dateEdit.date()),
            "reason": self.ui.reasonEdit.toPlainText(),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        if values["person_id"] is None:
            raise ValidationError({"person": "choose who the points are for"})
        return ledger.manual_award(
            self._store, values["person_id"], values["points"], values["reason"], values["on"]
        )


class CorrectDialog(EditorDialog):
    """Reverse one entry with a reason: a new entry for the opposite amount, dated today."""

    def __init__(
        self,
        store: Store,
        line: LedgerLine,
        person: str,
        balance: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.line = line
        self.ui = Ui_CorrectDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("&Correct")
        self.setWindowTitle(f"Correct an entry for {person}")
        ui.entryLabel.setText(
            f"<b>{escape(format_date(line.day))}</b> · {escape(line.reason)} · "
            f"<b>{points_text(line.points)} points</b><br>"
            f"{escape(line.kind_label)}, {escape(line.source_label).lower()}, "
            f"recorded by {escape(line.recorded_by)}"
        )
        after = balance - line.points
        ui.effectLabel.setText(
            f"This adds a correction of {points_text(-line.points)} points dated today. "
            f"The original entry stays on the ledger. {escape(person)}'s balance goes from "
            f"{balance:,} to {after:,} points."
        )
        self.bind(
            ui.buttonBox,
            ui.formError,
            {"reason": (ui.reasonError, ui.reasonEdit, "Reason")},
            required=("reason",),
        )
        ui.reasonEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        return {"reason": self.ui.reasonEdit.toPlainText()}

    def commit(self, values: dict[str, Any]) -> Any:
        return ledger.correct_entry(self._store, self.line.id, values["reason"])
