"""The "Who needs what" tab: open training needs and the annual programme built from them.

"Mark met" and "Schedule a session…" are each one service call
(``mark_need_met``, ``schedule_session``); the programme is
``development.programme``: open needs grouped by course, the most wanted first.
The tab is given the page's widgets, the store and who is chosen; it hands its
editors to the page and says what changed through its signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.forms.ui_training_page import Ui_TrainingPage
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
from engagement_desktop.store.engine import Store


class NeedsTab(QObject):
    """Wires the tab's two tables and three buttons (``ui`` is the page's)."""

    #: An editor to open, and what to say once it is saved.
    editor_opened = Signal(EditorDialog, str)
    #: Something to tell the officer in the status bar.
    message = Signal(str)
    #: Training data changed here (a need marked met): every tab is stale.
    changed = Signal()

    def __init__(
        self,
        ui: Ui_TrainingPage,
        store: Store,
        person_id: Callable[[], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui, self.store, self._person_id, self._parent = ui, store, person_id, parent
        self.needs_model = LinesModel(
            [
                Column("Person", lambda x: x.name),
                Column("Need", lambda x: x.description),
                Column("Course that would meet it", lambda x: x.course),
                Column("From", lambda x: x.source),
                Column("Since", lambda x: x.identified_on, "date"),
            ],
            parent,
        )
        self.programme_model = LinesModel(
            [
                Column("Session to plan", lambda x: x.title),
                Column("People", lambda x: len(x.people), "number"),
                Column("Who", lambda x: "; ".join(name for _pid, name in x.people)),
            ],
            parent,
        )
        set_up_table(ui.needsTable, self.needs_model, [26, 44, 40, 10, 12], 1)
        set_up_table(ui.programmeTable, self.programme_model, [44, 8])
        ui.programmeTable.activated.connect(lambda _index: self.schedule())
        ui.addNeedButton.clicked.connect(self.add_need)
        ui.markMetButton.clicked.connect(self.mark_met)
        ui.scheduleButton.clicked.connect(self.schedule)
        mark_changes(ui.addNeedButton, ui.markMetButton, ui.scheduleButton)
        for view in (ui.needsTable, ui.programmeTable):
            view.selectionModel().currentChanged.connect(lambda *_a: self._enable())
        self._enable()

    def set_store(self, store: Store) -> None:
        self.store = store

    def reload(self) -> None:
        """Needs of everyone (or the chosen person); programme lines that include them."""
        person = self._person_id()
        with self.store.session() as session:
            needs = open_needs(session, person)
            plan = programme(session)
        if person is not None:
            plan = [p for p in plan if any(pid == person for pid, _n in p.people)]
        self.needs_model.set_lines(needs)
        self.programme_model.set_lines(plan)
        ui = self.ui
        keep_current(ui.needsTable)
        keep_current(ui.programmeTable)
        ui.needsLabel.setText(f"Open training needs ({len(needs):,})")
        ui.programmeLabel.setText(
            f"The annual programme: sessions to plan, the most wanted first ({len(plan):,})"
        )
        self._enable()

    def _enable(self) -> None:
        ui = self.ui
        ui.markMetButton.setEnabled(self.current_need() is not None)
        ui.scheduleButton.setEnabled(self.current_session() is not None)

    def current_need(self) -> NeedLine | None:
        index = self.ui.needsTable.currentIndex()
        return self.needs_model.line(index.row()) if index.isValid() else None

    def current_session(self) -> PlannedSession | None:
        index = self.ui.programmeTable.currentIndex()
        return self.programme_model.line(index.row()) if index.isValid() else None

    def add_need(self) -> None:
        dialog = NeedDialog(self.store, self._parent, person_id=self._person_id())
        self.editor_opened.emit(dialog, "Training need added.")

    def mark_met(self) -> None:
        need = self.current_need()
        if need is None:
            return
        mark_need_met(self.store, need.need_id)
        self.message.emit(f"Marked met: {need.name}, “{need.description}”.")
        self.changed.emit()
        self.ui.needsTable.setFocus()

    def schedule(self) -> None:
        planned = self.current_session()
        if planned is None:
            return
        dialog = SessionDialog(
            self.store, planned.course_id, planned.people, self._parent, title=planned.title
        )
        self.editor_opened.emit(
            dialog, f"{planned.title}: session added to Events and the people booked."
        )
