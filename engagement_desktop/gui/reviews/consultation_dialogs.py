"""The consultation editors: the consultation itself, and asking a group's members
(each asking recorded in the person's contact history). Each Save is one service call."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.forms.ui_answer_dialog import Ui_AnswerDialog
from engagement_desktop.gui.forms.ui_ask_dialog import Ui_AskDialog
from engagement_desktop.gui.forms.ui_consultation_dialog import Ui_ConsultationDialog
from engagement_desktop.gui.reviews.review_dialogs import read_dates
from engagement_desktop.interchange.reading.values import date_text
from engagement_desktop.services.reviews import consultations
from engagement_desktop.services.training.overview import group_choices
from engagement_desktop.store.engine import Store


class ConsultationDialog(EditorDialog):
    """The policy, its dates, a summary, the changes made and when feedback went out."""

    def __init__(self, store: Store, consultation_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.consultation_id = store, consultation_id
        self.ui = ui = Ui_ConsultationDialog()
        ui.setupUi(self)
        ui.changesEdit.setToolTip("What changed because of what customers said: the feedback.")
        self.track(store, "consultations", consultation_id, self.load_record)  # before reading it
        if consultation_id is not None:
            self.load_record()
        else:
            self.setWindowTitle("New consultation")
            ui.opensEdit.setText(date_text(date.today()))
            ui.closesEdit.setText(date_text(date.today() + timedelta(days=28)))
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "policy": (ui.policyError, ui.policyEdit, "The policy"),
                "opens_on": (ui.opensError, ui.opensEdit, "The opening date"),
                "closes_on": (ui.closesError, ui.closesEdit, "The closing date"),
                "committee_on": (ui.committeeError, ui.committeeEdit, "The committee date"),
                "summary": (ui.summaryError, ui.summaryEdit, "The summary"),
                "changes_made": (ui.changesError, ui.changesEdit, "The changes"),
                "feedback_sent_on": (ui.feedbackError, ui.feedbackEdit, "The feedback date"),
            },
            required=("policy", "opens_on", "closes_on"),
        )
        self.fit_height()
        ui.policyEdit.setFocus()
        self.mark_clean()

    def load_record(self) -> None:
        """The consultation as the database has it (on opening, after another's change)."""
        ui = self.ui
        if self.consultation_id is None:
            return
        with self.store.session() as session:
            values = consultations.consultation_values(session, self.consultation_id)
        self.setWindowTitle(f"Edit consultation: {values['policy']}")
        ui.policyEdit.setText(values["policy"])
        ui.summaryEdit.setPlainText(values["summary"])
        ui.changesEdit.setPlainText(values["changes_made"])
        for box, name in self._date_boxes().items():
            box.setText(date_text(values[name]))

    def _date_boxes(self) -> dict[QLineEdit, str]:
        ui = self.ui
        return {
            ui.opensEdit: "opens_on",
            ui.closesEdit: "closes_on",
            ui.committeeEdit: "committee_on",
            ui.feedbackEdit: "feedback_sent_on",
        }

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "policy": ui.policyEdit.text(),
            "summary": ui.summaryEdit.toPlainText(),
            "changes_made": ui.changesEdit.toPlainText(),
        }
        boxes = {name: box for box, name in self._date_boxes().items()}
        return values, read_dates(values, boxes)

    def commit(self, values: dict[str, Any]) -> Any:
        if self.consultation_id is None:
            return consultations.add_consultation(self.store, values)
        return consultations.update_consultation(self.store, self.consultation_id, values)


class AskDialog(EditorDialog):
    """Ask a group's current members about a consultation."""

    def __init__(self, store: Store, consultation_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.consultation_id = store, consultation_id
        self.ui = ui = Ui_AskDialog()
        ui.setupUi(self)
        with store.session() as session:
            for gid, name, _needs in group_choices(session):
                ui.groupEdit.addItem(name, gid)
        ui.groupEdit.setToolTip(
            "Everyone on the group today is asked (once); each asking goes in their "
            "contact history."
        )
        self.bind(
            ui.buttonBox, ui.formError, {"group_id": (ui.groupError, ui.groupEdit, "The group")}
        )
        self.fit_height()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        return {"group_id": self.ui.groupEdit.currentData()}, {}

    def commit(self, values: dict[str, Any]) -> Any:
        if values["group_id"] is None:
            from engagement_desktop.errors import ValidationError

            raise ValidationError({"group_id": "choose a group"})
        return consultations.ask_group(self.store, self.consultation_id, values["group_id"])


class AnswerDialog(EditorDialog):
    """What one of the people asked said, and when."""

    def __init__(self, store: Store, consultation_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.consultation_id = store, consultation_id
        self.ui = ui = Ui_AnswerDialog()
        ui.setupUi(self)
        ui.personEdit.set_store(store)
        ui.answeredEdit.setText(date_text(date.today()))
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "person_id": (ui.personError, ui.personEdit, "The person"),
                "responded_on": (ui.answeredError, ui.answeredEdit, "The date"),
                "response": (ui.responseError, ui.responseEdit, "What they said"),
            },
            required=("person_id", "response"),
        )
        self.fit_height()
        ui.personEdit.setFocus()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "person_id": ui.personEdit.person_id,
            "response": ui.responseEdit.toPlainText(),
        }
        problems = read_dates(values, {"responded_on": ui.answeredEdit})
        if values["person_id"] is None:
            problems["person_id"] = "choose someone from the list that drops down as you type"
        return values, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return consultations.record_response(
            self.store,
            self.consultation_id,
            values["person_id"],
            values["response"],
            responded_on=values["responded_on"],
        )
