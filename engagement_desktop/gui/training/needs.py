"""The "Who needs what" tab: open training needs and the annual programme built from them.

"Mark met" and "Schedule a session…" are each one service call
(``mark_need_met``, ``schedule_session``); the programme is
``development.programme``: open needs grouped by course, the most wanted first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engagement_desktop.gui.training.models import (
    Column,
    LinesModel,
    keep_current,
    set_up_table,
)
from engagement_desktop.gui.training.session_dialog import NeedDialog, SessionDialog
from engagement_desktop.services.training.development import (
    PlannedSession,
    mark_need_met,
    programme,
)
from engagement_desktop.services.training.overview import NeedLine, open_needs

if TYPE_CHECKING:
    from engagement_desktop.gui.training.page import TrainingPage


class NeedsTab:
    """Wires the tab's two tables and three buttons to the page."""

    def __init__(self, page: TrainingPage) -> None:
        self.page = page
        ui = page.ui
        self.needs_model = LinesModel(
            [
                Column("Person", lambda x: x.name),
                Column("Need", lambda x: x.description),
                Column("Course that would meet it", lambda x: x.course),
                Column("From", lambda x: x.source),
                Column("Since", lambda x: x.identified_on, "date"),
            ],
            page,
        )
        self.programme_model = LinesModel(
            [
                Column("Session to plan", lambda x: x.title),
                Column("People", lambda x: len(x.people), "number"),
                Column("Who", lambda x: "; ".join(name for _pid, name in x.people)),
            ],
            page,
        )
        set_up_table(ui.needsTable, self.needs_model, [26, 44, 40, 10, 12], 1)
        set_up_table(ui.programmeTable, self.programme_model, [44, 8])
        page.on_enter(ui.programmeTable, lambda _row: self.schedule())
        ui.addNeedButton.clicked.connect(self.add_need)
        ui.markMetButton.clicked.connect(self.mark_met)
        ui.scheduleButton.clicked.connect(self.schedule)
        for view in (ui.needsTable, ui.programmeTable):
            view.selectionModel().currentChanged.connect(lambda *_a: self._enable())
        self._enable()

    def reload(self) -> None:
        """Needs of everyone (or the chosen person); programme lines that include them."""
        person = self.page.person_id
        with self.page.store.session() as session:
            needs = open_needs(session, person)
            plan = programme(session)
        if person is not None:
            plan = [p for p in plan if any(pid == person for pid, _n in p.people)]
        self.needs_model.set_lines(needs)
        self.programme_model.set_lines(plan)
        keep_current(self.page.ui.needsTable)
        keep_current(self.page.ui.programmeTable)
        ui = self.page.ui
        ui.needsLabel.setText(f"Open training needs ({len(needs):,})")
        ui.programmeLabel.setText(
            f"The annual programme: sessions to plan, the most wanted first ({len(plan):,})"
        )
        self._enable()

    def _enable(self) -> None:
        ui = self.page.ui
        ui.markMetButton.setEnabled(self.current_need() is not None)
        ui.scheduleButton.setEnabled(self.current_session() is not None)

    def current_need(self) -> NeedLine | None:
        index = self.page.ui.needsTable.currentIndex()
        return self.needs_model.line(index.row()) if index.isValid() else None

    def current_session(self) -> PlannedSession | None:
        index = self.page.ui.programmeTable.currentIndex()
        return self.programme_model.line(index.row()) if index.isValid() else None

    def add_need(self) -> None:
        dialog = NeedDialog(self.page.store, self.page, person_id=self.page.person_id)
        self.page.show_editor(dialog, "Training need added.")

    def mark_met(self) -> None:
        need = self.current_need()
        if need is None:
            return
        mark_need_met(self.page.store, need.need_id)
        self.page.say(f"Marked met: {need.name}, “{need.description}”.")
        self.page.changed()
        self.page.ui.needsTable.setFocus()

    def schedule(self) -> None:
        planned = self.current_session()
        if planned is None:
            return
        dialog = SessionDialog(
            self.page.store, planned.course_id, planned.people, self.page, title=planned.title
        )
        self.page.show_editor(
            dialog, f"{planned.title}: session added to Events and the people booked."
        )
