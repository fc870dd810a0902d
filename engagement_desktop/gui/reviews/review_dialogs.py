"""The scrutiny review editors: the review itself, a piece of evidence, a new
recommendation, and the response with its action. Each Save is one service call."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog, set_combo_data
from engagement_desktop.gui.forms.ui_evidence_dialog import Ui_EvidenceDialog
from engagement_desktop.gui.forms.ui_recommendation_dialog import Ui_RecommendationDialog
from engagement_desktop.gui.forms.ui_response_dialog import Ui_ResponseDialog
from engagement_desktop.gui.forms.ui_review_dialog import Ui_ReviewDialog
from engagement_desktop.interchange.reading.values import date_text, parse_typed_date
from engagement_desktop.services.reviews import scrutiny
from engagement_desktop.services.training.overview import group_choices
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


def fill_combo(box: QComboBox, choices: dict[str, str], blank: str | None = None) -> None:
    if blank is not None:
        box.addItem(blank, None)
    for code, text in choices.items():
        box.addItem(text, code)


def read_dates(values: dict[str, Any], boxes: dict[str, QLineEdit]) -> dict[str, str]:
    """Typed dates into ``values``; the reasons for those that cannot be read."""
    problems: dict[str, str] = {}
    for name, box in boxes.items():
        try:
            values[name] = parse_typed_date(box.text())
        except ValueError as exc:
            problems[name] = str(exc)
    return problems


class ReviewDialog(EditorDialog):
    """Topic, panel, stage and its dates, scope and findings."""

    def __init__(self, store: Store, review_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.review_id = store, review_id
        self.ui = ui = Ui_ReviewDialog()
        ui.setupUi(self)
        fill_combo(ui.stageEdit, vocab.REVIEW_STAGES)
        ui.groupEdit.addItem("(none)", None)
        self.track(store, "scrutiny_reviews", review_id, self.load_record)  # before reading it
        with store.session() as session:
            for gid, name, _needs in group_choices(session):
                ui.groupEdit.addItem(name, gid)
            values = scrutiny.review_values(session, review_id) if review_id else None
        if values:
            self._show(values)
        else:
            self.setWindowTitle("New scrutiny review")
            ui.startedEdit.setText(date_text(date.today()))
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "topic": (ui.topicError, ui.topicEdit, "The topic"),
                "group_id": (ui.groupError, ui.groupEdit, "The panel"),
                "stage": (ui.stageError, ui.stageEdit, "The stage"),
                "started_on": (ui.startedError, ui.startedEdit, "The start date"),
                "stage_due_on": (ui.stageDueError, ui.stageDueEdit, "The stage's due date"),
                "follow_up_on": (ui.followUpError, ui.followUpEdit, "The follow-up date"),
                "scope": (ui.scopeError, ui.scopeEdit, "The scope"),
                "findings": (ui.findingsError, ui.findingsEdit, "The findings"),
            },
            required=("topic", "started_on"),
        )
        self.fit_height()
        ui.topicEdit.setFocus()
        self.mark_clean()

    def load_record(self) -> None:
        """Reload after another officer's change: the form as the database has it now."""
        if self.review_id is not None:
            with self.store.session() as session:
                self._show(scrutiny.review_values(session, self.review_id))

    def _show(self, values: dict[str, Any]) -> None:
        """The review as stored."""
        ui = self.ui
        self.setWindowTitle(f"Edit review: {values['topic']}")
        ui.topicEdit.setText(values["topic"])
        set_combo_data(ui.groupEdit, values["group_id"])
        set_combo_data(ui.stageEdit, values["stage"])
        ui.scopeEdit.setPlainText(values["scope"])
        ui.findingsEdit.setPlainText(values["findings"])
        for box, name in self._date_boxes().items():
            box.setText(date_text(values[name]))

    def _date_boxes(self) -> dict[QLineEdit, str]:
        ui = self.ui
        return {
            ui.startedEdit: "started_on",
            ui.stageDueEdit: "stage_due_on",
            ui.followUpEdit: "follow_up_on",
        }

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "topic": ui.topicEdit.text(),
            "group_id": ui.groupEdit.currentData(),
            "stage": ui.stageEdit.currentData(),
            "scope": ui.scopeEdit.toPlainText(),
            "findings": ui.findingsEdit.toPlainText(),
        }
        boxes = {name: box for box, name in self._date_boxes().items()}
        return values, read_dates(values, boxes)

    def commit(self, values: dict[str, Any]) -> Any:
        if self.review_id is None:
            return scrutiny.add_review(self.store, values)
        return scrutiny.update_review(self.store, self.review_id, values)


class EvidenceDialog(EditorDialog):
    """One piece of evidence: its kind, what it is, when, a note."""

    def __init__(self, store: Store, review_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.review_id = store, review_id
        self.ui = ui = Ui_EvidenceDialog()
        ui.setupUi(self)
        fill_combo(ui.kindEdit, vocab.REVIEW_EVIDENCE_KINDS)
        ui.gatheredEdit.setText(date_text(date.today()))
        ui.gatheredEdit.setPlaceholderText("Today, if left blank")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "kind": (ui.kindError, ui.kindEdit, "The kind"),
                "title": (ui.titleError, ui.titleEdit, "What it is"),
                "gathered_on": (ui.gatheredError, ui.gatheredEdit, "The date"),
                "note": (ui.noteError, ui.noteEdit, "The note"),
            },
            required=("title",),  # a blank date is today, so it is not asked for
        )
        self.fit_height()
        ui.titleEdit.setFocus()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "kind": ui.kindEdit.currentData(),
            "title": ui.titleEdit.text(),
            "note": ui.noteEdit.toPlainText(),
        }
        problems = read_dates(values, {"gathered_on": ui.gatheredEdit})
        if "gathered_on" in values and values["gathered_on"] is None:
            del values["gathered_on"]  # blank: the service takes today
        return values, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return scrutiny.add_evidence(self.store, self.review_id, values)


class RecommendationDialog(EditorDialog):
    """A new recommendation: it goes in the "you said, we did" register at once."""

    def __init__(self, store: Store, review_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.review_id = store, review_id
        self.ui = ui = Ui_RecommendationDialog()
        ui.setupUi(self)
        ui.textEdit.setToolTip(
            "Saved as a “you said, we did” item from this review, where its action is followed up."
        )
        self.bind(
            ui.buttonBox,
            ui.formError,
            {"recommendation": (ui.textError, ui.textEdit, "The recommendation")},
            required=("recommendation",),
        )
        self.fit_height()
        ui.textEdit.setFocus()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        return {"recommendation": self.ui.textEdit.toPlainText()}, {}

    def commit(self, values: dict[str, Any]) -> Any:
        return scrutiny.add_recommendation(self.store, self.review_id, values["recommendation"])


class ResponseDialog(EditorDialog):
    """The response (by the Board or management), the reason, and the action plan line."""

    def __init__(self, store: Store, outcome_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.outcome_id = store, outcome_id
        self.ui = ui = Ui_ResponseDialog()
        ui.setupUi(self)
        fill_combo(ui.responseEdit, vocab.OUTCOME_RESPONSES)
        fill_combo(ui.byEdit, vocab.REVIEW_RESPONDERS, blank="(not yet)")
        with store.session() as session:
            values = scrutiny.response_values(session, outcome_id)
        text = " ".join(values["text"].split())
        self.setWindowTitle(f"Response: {text[:60]}{'…' if len(text) > 60 else ''}")
        set_combo_data(ui.responseEdit, values["response"])
        set_combo_data(ui.byEdit, values["responded_by"])
        ui.reasonEdit.setPlainText(values["response_reason"] or "")
        ui.actionEdit.setPlainText(values["action"] or "")
        ui.ownerEdit.setText(values["owner"] or "")
        ui.dueEdit.setText(date_text(values["due_on"]))
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "response": (ui.responseError, ui.responseEdit, "The response"),
                "responded_by": (ui.byError, ui.byEdit, "Who responded"),
                "response_reason": (ui.reasonError, ui.reasonEdit, "The reason"),
                "action": (ui.actionError, ui.actionEdit, "The action"),
                "owner": (ui.ownerError, ui.ownerEdit, "The owner"),
                "due_on": (ui.dueError, ui.dueEdit, "The due date"),
            },
        )
        self.fit_height()
        ui.responseEdit.setFocus()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "response": ui.responseEdit.currentData(),
            "responded_by": ui.byEdit.currentData(),
            "response_reason": ui.reasonEdit.toPlainText(),
            "action": ui.actionEdit.toPlainText(),
            "owner": ui.ownerEdit.text(),
        }
        return values, read_dates(values, {"due_on": ui.dueEdit})

    def commit(self, values: dict[str, Any]) -> Any:
        return scrutiny.respond(self.store, self.outcome_id, values)
