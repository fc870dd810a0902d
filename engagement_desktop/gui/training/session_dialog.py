"""The two ways into the annual programme: a need asked for, and a session to meet needs.

"Schedule a session" puts the session in the diary as a Training session event
(so the register, attendance and points work as for any event) and books the
people ticked on the course, with one service call.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from engagement_desktop.gui.common.checklist import roomy
from engagement_desktop.gui.common.date_bounds import bound_dates
from engagement_desktop.gui.common.editor_dialog import EditorDialog, set_combo_data
from engagement_desktop.gui.forms.ui_training_need_dialog import Ui_TrainingNeedDialog
from engagement_desktop.gui.forms.ui_training_session_dialog import Ui_TrainingSessionDialog
from engagement_desktop.interchange.reading.values import date_text, parse_typed_date
from engagement_desktop.services.training.development import add_need, schedule_session
from engagement_desktop.services.training.overview import course_choices
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)


def next_session_time(today: date | None = None) -> datetime:
    """A first suggestion: a weekday about two weeks ahead, at 10 in the morning."""
    day = (today or date.today()) + timedelta(days=14)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0)


class SessionDialog(EditorDialog):
    """Course, when, where, and who to book (everyone who needs it, ticked)."""

    def __init__(
        self,
        store: Store,
        course_id: int | None,
        people: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_TrainingSessionDialog()
        ui.setupUi(self)
        roomy(ui.peopleList)
        with store.session() as session:
            courses = course_choices(session, keep=course_id)
        ui.courseCombo.addItem("Choose a course", None)
        for choice in courses:
            ui.courseCombo.addItem(choice.title, choice.course_id)
        set_combo_data(ui.courseCombo, course_id)
        if title and course_id is None:
            ui.introLabel.setText(f"{ui.introLabel.text()} Needed: “{title}”.")
        starts = next_session_time()
        bound_dates(ui.startsEdit, done=False)  # a session is an event: 1990 to 2200
        ui.startsEdit.setDateTime(
            QDateTime(starts.year, starts.month, starts.day, starts.hour, starts.minute, 0)
        )
        for person_id, name in people:
            item = QListWidgetItem(name, ui.peopleList)
            item.setData(_ID, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        if ui.peopleList.count():
            ui.peopleList.setCurrentRow(0)
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "course_id": (ui.courseError, ui.courseCombo, "The course"),
                "starts_at": (ui.startsError, ui.startsEdit, "The start"),
                "venue": (ui.venueError, ui.venueEdit, "The venue"),
            },
            required=("course_id", "starts_at"),
        )
        self.fit_height()  # as tall as the form, no empty band
        (ui.startsEdit if course_id is not None else ui.courseCombo).setFocus()
        self.mark_clean()

    def ticked(self) -> list[int]:
        items = [self.ui.peopleList.item(row) for row in range(self.ui.peopleList.count())]
        return [i.data(_ID) for i in items if i.checkState() == Qt.CheckState.Checked]

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values = {
            "course_id": ui.courseCombo.currentData(),
            "starts_at": ui.startsEdit.dateTime().toPython(),
            "venue": ui.venueEdit.text().strip() or None,
            "person_ids": self.ticked(),
        }
        problems = {} if values["course_id"] is not None else {"course_id": "choose a course"}
        return values, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return schedule_session(
            self.store,
            values["course_id"],
            values["starts_at"],
            venue=values["venue"],
            person_ids=values["person_ids"],
        )


class NeedDialog(EditorDialog):
    """A training need someone asked for (appraisals add their own)."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, person_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_TrainingNeedDialog()
        ui.setupUi(self)
        with store.session() as session:
            courses = course_choices(session)
        ui.personEdit.set_store(store)
        ui.personEdit.set_person(person_id)
        ui.courseCombo.addItem("No particular course yet", None)
        for choice in courses:
            ui.courseCombo.addItem(choice.title, choice.course_id)
        ui.identifiedEdit.setText(date_text(date.today()))
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "person_id": (ui.personError, ui.personEdit, "The person"),
                "description": (ui.descriptionError, ui.descriptionEdit, "The need"),
                "course_id": (ui.courseError, ui.courseCombo, "The course"),
                "identified_on": (ui.identifiedError, ui.identifiedEdit, "The date"),
            },
            required=("person_id", "description"),
        )
        self.fit_height()  # as tall as the form, no empty band
        (ui.descriptionEdit if person_id is not None else ui.personEdit).setFocus()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "person_id": ui.personEdit.person_id,
            "description": ui.descriptionEdit.text(),
            "course_id": ui.courseCombo.currentData(),
        }
        problems: dict[str, str] = {}
        try:
            values["identified_on"] = parse_typed_date(ui.identifiedEdit.text())
        except ValueError as exc:
            problems["identified_on"] = str(exc)
        if values["person_id"] is None:
            problems["person_id"] = "choose who needs it from the list that drops down as you type"
        return values, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return add_need(
            self.store,
            values["person_id"],
            values["description"],
            course_id=values["course_id"],
            source="request",
            identified_on=values["identified_on"],
        )
