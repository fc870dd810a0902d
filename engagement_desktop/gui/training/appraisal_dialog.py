"""Record an appraisal: the yearly conversation with a panel member, and what came of it.

Each line under "Needs found" becomes a training need in the same save, so the
annual programme is built from what appraisals find. The next one is due a
year later unless the officer changes the date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog, set_combo_data
from engagement_desktop.gui.forms.ui_appraisal_dialog import Ui_AppraisalDialog
from engagement_desktop.interchange.reading.values import date_text, parse_typed_date
from engagement_desktop.services.training.dates import add_months
from engagement_desktop.services.training.development import save_appraisal
from engagement_desktop.services.training.overview import appraisal_values, group_choices
from engagement_desktop.store.engine import Store


def need_lines(text: str) -> list[str]:
    """One need per line; bullets and blank lines are dropped."""
    return [line.strip(" \t-•*") for line in text.splitlines() if line.strip(" \t-•*")]


class AppraisalDialog(EditorDialog):
    """Person, group, date, by whom, skills, needs found and when the next one is due."""

    def __init__(
        self,
        store: Store,
        appraisal_id: int | None,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.appraisal_id = appraisal_id
        self.ui = ui = Ui_AppraisalDialog()
        ui.setupUi(self)
        self.found: list[str] = []
        values: dict[str, Any] = {}
        self.track(store, "appraisals", appraisal_id, self.load_record)  # before reading it
        with store.session() as session:
            if appraisal_id is not None:
                values = appraisal_values(session, appraisal_id)
            groups = group_choices(session)
        ui.personEdit.set_store(store)
        ui.groupCombo.addItem("No particular group", None)
        for gid, name, yearly in groups:
            ui.groupCombo.addItem(f"{name} (yearly appraisals)" if yearly else name, gid)
        # The next-due date follows the appraisal date until the officer types their own.
        self._due_follows = appraisal_id is None
        ui.heldEdit.textChanged.connect(self._follow_held)
        ui.nextDueEdit.textEdited.connect(self._due_typed)
        if appraisal_id is not None:
            self._show(values)
        else:
            self.setWindowTitle("Record an appraisal")
            ui.personEdit.set_person(person_id)
            set_combo_data(ui.groupCombo, group_id)
            ui.heldEdit.setText(date_text(date.today()))
            ui.appraiserEdit.setText(store.actor)
            ui.foundValue.hide()
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "person_id": (ui.personError, ui.personEdit, "The person"),
                "group_id": (ui.groupError, ui.groupCombo, "The group"),
                "held_on": (ui.heldError, ui.heldEdit, "The date"),
                "appraiser": (ui.appraiserError, ui.appraiserEdit, "Who held it"),
                "next_due_on": (ui.nextDueError, ui.nextDueEdit, "The next due date"),
            },
            required=("person_id", "held_on", "appraiser"),
        )
        self.fit_height()  # as tall as the form, no empty band
        first = ui.heldEdit if ui.personEdit.person_id is not None else ui.personEdit
        first.setFocus()
        self.mark_clean()

    def load_record(self) -> None:
        """Reload after another officer's change: the form as the database has it now."""
        if self.appraisal_id is not None:
            with self.store.session() as session:
                self._show(appraisal_values(session, self.appraisal_id))

    def _show(self, values: dict[str, Any]) -> None:
        ui = self.ui
        ui.personEdit.set_person(values["person_id"])
        self.setWindowTitle(f"Appraisal: {ui.personEdit.text()}")
        set_combo_data(ui.groupCombo, values["group_id"])
        ui.heldEdit.setText(date_text(values["held_on"]))
        ui.appraiserEdit.setText(values["appraiser"] or "")
        ui.skillsEdit.setPlainText(values["skills"] or "")
        self.found = list(values["found"])
        ui.needsEdit.setPlainText(values["needs"] or "\n".join(self.found))
        ui.nextDueEdit.setText(date_text(values["next_due_on"]))
        ui.notesEdit.setPlainText(values["notes"] or "")
        if self.found:
            ui.foundValue.setText(
                "Already recorded as training needs: "
                + "; ".join(need.rstrip(". ") for need in self.found)
                + ". A new line in Needs found is added as another."
            )
        else:
            ui.foundValue.hide()

    def _follow_held(self, text: str) -> None:
        if not self._due_follows:
            return
        try:
            held = parse_typed_date(text)
        except ValueError:
            return
        self.ui.nextDueEdit.setText(date_text(add_months(held, 12)) if held else "")

    def _due_typed(self, _text: str) -> None:
        self._due_follows = False

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "person_id": ui.personEdit.person_id,
            "group_id": ui.groupCombo.currentData(),
            "appraiser": ui.appraiserEdit.text(),
            "skills": ui.skillsEdit.toPlainText(),
            "needs": "\n".join(need_lines(ui.needsEdit.toPlainText())),
            "notes": ui.notesEdit.toPlainText(),
        }
        problems: dict[str, str] = {}
        for name, widget in (("held_on", ui.heldEdit), ("next_due_on", ui.nextDueEdit)):
            try:
                values[name] = parse_typed_date(widget.text())
            except ValueError as exc:
                problems[name] = str(exc)
        if values["person_id"] is None and ui.personEdit.text().strip():
            problems["person_id"] = "choose someone from the list that drops down as you type"
        return values, problems

    def new_needs(self, values: dict[str, Any]) -> list[str]:
        """Lines not already recorded as needs from this appraisal."""
        known = {text.casefold() for text in self.found}
        return [line for line in need_lines(values["needs"]) if line.casefold() not in known]

    def commit(self, values: dict[str, Any]) -> Any:
        return save_appraisal(
            self.store, self.appraisal_id, values, new_needs=self.new_needs(values)
        )
