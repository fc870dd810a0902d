"""Log or open one "you said, we did" item: where it came from, the response, what was done.

Saved with one call (``add_outcome`` / ``update_outcome``); the service decides
what is required (a reason when declined, which group it came from ...) and
its reasons appear next to the fields. The source is picked from a search over
the same lists as the Groups, Events, Surveys and People sections.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.common.editor_dialog import (
    EditorDialog,
    from_qdate,
    set_combo_data,
    to_qdate,
)
from engagement_desktop.gui.common.record_picker import Describe, RecordPicker, describe_person
from engagement_desktop.gui.common.table_model import format_datetime, format_period
from engagement_desktop.gui.forms.ui_outcome_dialog import Ui_OutcomeDialog
from engagement_desktop.services.listings import EVENTS, GROUPS, PEOPLE, SURVEYS, Listing
from engagement_desktop.services.outcomes import outcomes
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

#: Ways of telling people what happened, offered in "How"; the officer may type another.
REPORT_METHODS = (
    "Update at the next meeting",
    "Letter or email to the people involved",
    "Your Voice newsletter",
    "Estate noticeboard",
    "Website",
    "Annual report to customers",
    "Phone call",
)
_LINKS = {
    "group": "group_id",
    "event": "event_id",
    "survey": "survey_id",
    "individual": "person_id",
}


def describe_group(row: dict[str, Any]) -> str:
    return f"{row['name']} ({row['category']})" if row.get("category") else str(row["name"])


def describe_event(row: dict[str, Any]) -> str:
    """ "4 Mar 2025 18:30 — Scrutiny panel meeting (Meeting)" """
    when = format_datetime(row.get("date"))
    kind = f" ({row['type']})" if row.get("type") else ""
    return f"{when} — {row.get('title')}{kind}"


def describe_survey(row: dict[str, Any]) -> str:
    period = format_period(row.get("period"))
    return f"{row['name']} ({period})" if period else str(row["name"])


#: Source -> the list to search, how a match reads, and what the matches are called.
SOURCES: dict[str, tuple[Listing, Describe, str]] = {
    "group": (GROUPS, describe_group, "groups"),
    "event": (EVENTS, describe_event, "events"),
    "survey": (SURVEYS, describe_survey, "surveys"),
    "individual": (PEOPLE, describe_person, "people"),
}


class OutcomeDialog(EditorDialog):
    """All fields of one item; ``outcome_id`` None logs a new one."""

    def __init__(
        self, store: Store, outcome_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.outcome_id = store, outcome_id
        self.ui = ui = Ui_OutcomeDialog()
        ui.setupUi(self)
        self.track(
            store, "outcomes", outcome_id, self.load_record
        )  # before reading: another officer's edit
        with store.session() as session:
            if outcome_id is not None:
                values = outcomes.outcome_values(session, outcome_id)
            else:
                values = {name: None for name in outcomes.OUTCOME_FIELDS}
                values.update(source="group", raised_on=date.today(), reported_back=False)
            link = _LINKS.get(values["source"] or "")
            chosen = values.get(link) if link else None
            source_text = outcomes.source_label(session, values["source"], chosen)
            topics = outcomes.topic_choices(session, include=values["topic_id"])
            owners = outcomes.owner_choices(session)
        self._fill_choices(topics, owners)
        self.picker = RecordPicker(store, ui.sourceSearch, ui.sourceResults, ui.sourceHint, self)
        self._show(values)
        set_combo_data(ui.sourceCombo, values["source"] or "group")
        self._source_changed()
        if chosen is not None:
            self.picker.pin(int(chosen), source_text)
        ui.sourceCombo.currentIndexChanged.connect(lambda _i: self._source_changed())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._status_changed())
        ui.responseCombo.currentIndexChanged.connect(lambda _i: self._response_changed())
        self._response_changed()
        if outcome_id is None:
            self.setWindowTitle("Log feedback: you said, we did")
        else:
            asked = " ".join((values["asked"] or "").split())
            self.setWindowTitle(f"You said, we did: {asked[:60]}{'…' if len(asked) > 60 else ''}")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "kind": (ui.formError, ui.kindCombo, "The kind"),
                "raised_on": (ui.raisedError, ui.raisedEdit, "The date raised"),
                "topic_id": (ui.topicError, ui.topicCombo, "The topic"),
                "source": (ui.sourceError, ui.sourceCombo, "The source"),
                **{
                    key: (ui.sourceError, ui.sourceSearch, "The source")
                    for key in ("group_id", "event_id", "survey_id", "person_id")
                },
                "asked": (ui.askedError, ui.askedEdit, "What was said"),
                "response_reason": (ui.reasonError, ui.reasonEdit, "The reason"),
                "action": (ui.actionError, ui.actionEdit, "The action"),
                "owner": (ui.ownerError, ui.ownerCombo, "The owner"),
                "due_on": (ui.dueError, ui.dueEdit, "The due date"),
                "completed_on": (ui.completedError, ui.completedEdit, "The date completed"),
                "reported_back_on": (ui.reportedOnError, ui.reportedOnEdit, "The date"),
                "reported_back_how": (ui.reportedHowError, ui.reportedHowCombo, "How"),
            },
            required=("asked",),
        )
        (ui.askedEdit if outcome_id is None else ui.responseCombo).setFocus()
        self.mark_clean()

    # --- filling the form -----------------------------------------------------------------

    def _fill_choices(self, topics: dict[int, str], owners: list[str]) -> None:
        ui = self.ui
        for box, words in (
            (ui.kindCombo, vocab.OUTCOME_KINDS),
            (ui.sourceCombo, vocab.OUTCOME_SOURCES),
            (ui.responseCombo, vocab.OUTCOME_RESPONSES),
            (ui.statusCombo, vocab.OUTCOME_STATUSES),
        ):
            for code, text in words.items():
                box.addItem(text, code)
        ui.topicCombo.addItem("No topic", None)
        for topic_id, name in topics.items():
            ui.topicCombo.addItem(name, topic_id)
        ui.ownerCombo.addItems(owners)
        ui.ownerCombo.lineEdit().setPlaceholderText("Who is doing it: a name or a job title")
        ui.reportedHowCombo.addItems(REPORT_METHODS)
        for box, done in (
            (ui.raisedEdit, True),
            (ui.dueEdit, False),
            (ui.completedEdit, True),
            (ui.reportedOnEdit, True),
        ):
            bound_dates(box, done=done)  # as the service takes them: 1990 to today or 2200
        for check, edit in self._optional_dates():
            check.toggled.connect(edit.setEnabled)
        ui.reportedCheck.toggled.connect(self._reported_changed)

    def _optional_dates(self) -> list[tuple[QCheckBox, QDateEdit]]:
        ui = self.ui
        return [(ui.dueCheck, ui.dueEdit), (ui.completedCheck, ui.completedEdit)]

    def load_record(self) -> None:
        """Reload after another officer's change: the form as the database has it now."""
        if self.outcome_id is not None:
            with self.store.session() as session:
                self._show(outcomes.outcome_values(session, self.outcome_id))

    def _show(self, values: dict[str, Any]) -> None:
        ui = self.ui
        set_combo_data(ui.kindCombo, values["kind"] or "recommendation")
        show_day(ui.raisedEdit, values["raised_on"] or date.today())
        set_combo_data(ui.topicCombo, values["topic_id"])
        ui.askedEdit.setPlainText(values["asked"] or "")
        set_combo_data(ui.responseCombo, values["response"] or "pending")
        ui.reasonEdit.setPlainText(values["response_reason"] or "")
        ui.actionEdit.setPlainText(values["action"] or "")
        ui.ownerCombo.setCurrentText(values["owner"] or "")
        set_combo_data(ui.statusCombo, values["status"] or "open")
        for (check, edit), value in zip(
            self._optional_dates(), (values["due_on"], values["completed_on"]), strict=True
        ):
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            show_day(edit, value or date.today())
        ui.reportedCheck.setChecked(bool(values["reported_back"]))
        show_day(ui.reportedOnEdit, values["reported_back_on"] or date.today())
        ui.reportedHowCombo.setCurrentText(values["reported_back_how"] or "")
        self._reported_changed(bool(values["reported_back"]))

    # --- reacting to choices --------------------------------------------------------------

    def _source_changed(self) -> None:
        listing, describe, noun = SOURCES[self.ui.sourceCombo.currentData()]
        self.picker.set_listing(listing, describe, noun)

    def _status_changed(self) -> None:
        """Marking it done fills in today as the day completed (the officer may change it)."""
        if self.ui.statusCombo.currentData() == "done" and not self.ui.completedCheck.isChecked():
            self.ui.completedCheck.setChecked(True)
            self.ui.completedEdit.setDate(to_qdate(date.today()))

    def _response_changed(self) -> None:
        declined = self.ui.responseCombo.currentData() == "declined"
        self.ui.reasonEdit.setPlaceholderText(
            "Required: why it was declined"
            if declined
            else "Why it was declined or only partly accepted"
        )

    def _reported_changed(self, on: bool) -> None:
        self.ui.reportedOnEdit.setEnabled(on)
        self.ui.reportedHowCombo.setEnabled(on)

    # --- saving ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        ui = self.ui

        def optional(check: QCheckBox, edit: QDateEdit) -> date | None:
            return from_qdate(edit.date()) if check.isChecked() else None

        source = ui.sourceCombo.currentData()
        chosen = self.picker.chosen()
        values: dict[str, Any] = {
            "kind": ui.kindCombo.currentData(),
            "source": source,
            "group_id": None,
            "event_id": None,
            "survey_id": None,
            "person_id": None,
            "topic_id": ui.topicCombo.currentData(),
            "raised_on": from_qdate(ui.raisedEdit.date()),
            "asked": ui.askedEdit.toPlainText().strip(),
            "response": ui.responseCombo.currentData(),
            "response_reason": ui.reasonEdit.toPlainText().strip() or None,
            "action": ui.actionEdit.toPlainText().strip() or None,
            "owner": ui.ownerCombo.currentText().strip() or None,
            "status": ui.statusCombo.currentData(),
            "due_on": optional(ui.dueCheck, ui.dueEdit),
            "completed_on": optional(ui.completedCheck, ui.completedEdit),
            "reported_back": ui.reportedCheck.isChecked(),
            "reported_back_on": from_qdate(ui.reportedOnEdit.date())
            if ui.reportedCheck.isChecked()
            else None,
            "reported_back_how": ui.reportedHowCombo.currentText().strip() or None
            if ui.reportedCheck.isChecked()
            else None,
        }
        if chosen is not None:
            values[_LINKS[source]] = chosen[0]
        return values

    def commit(self, values: dict[str, Any]) -> Any:
        if self.outcome_id is None:
            return outcomes.add_outcome(self.store, values)
        return outcomes.update_outcome(self.store, self.outcome_id, values)
