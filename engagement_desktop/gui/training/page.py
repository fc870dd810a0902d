"""The Training section: what needs attention, who needs what, records, appraisals,
the course catalogue and the training matrix, all narrowed to one person on demand.

The page only reads; every change goes through an editor dialog whose Save is
one service call, after which the tabs are read again (the one on screen at
once, the others when they are next shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

from engagement_desktop.gui.common.chosen_row import follow_selection
from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.common.list_page import ListPage, style_title
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.forms.ui_training_page import Ui_TrainingPage
from engagement_desktop.gui.training.appraisal_dialog import AppraisalDialog
from engagement_desktop.gui.training.course_dialog import CourseDialog
from engagement_desktop.gui.training.matrix import MatrixTab
from engagement_desktop.gui.training.models import (
    Column,
    LinesModel,
    keep_current,
    minutes_text,
    money,
    set_up_table,
)
from engagement_desktop.gui.training.needs import NeedsTab
from engagement_desktop.gui.training.record_dialog import TrainingRecordDialog, open_file
from engagement_desktop.services.listings import TRAINING, Listing
from engagement_desktop.services.training.overview import (
    appraisal_lines,
    certificate_file,
    course_lines,
    expiring_lines,
    feedback_lines,
    overdue_appraisals,
)
from engagement_desktop.store.engine import Store

TABS = ("attention", "needs", "records", "appraisals", "courses", "matrix")


class TrainingPage(QWidget):
    """Six tabs over the training services; the person picker narrows every one."""

    def __init__(self, store: Store, listing: Listing = TRAINING, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = listing.name
        self.title = listing.title
        self.store = store
        self.person_id: int | None = None
        self.dialog: EditorDialog | None = None  # the editor open now, if any
        self.ui = ui = Ui_TrainingPage()
        ui.setupUi(self)
        style_title(ui.titleLabel)
        ui.personEdit.set_store(store)
        ui.personEdit.person_changed.connect(self.set_person)
        ui.recordButton.clicked.connect(lambda: self.edit_record(None))
        ui.appraisalButton.clicked.connect(lambda: self.edit_appraisal(None))
        mark_changes(ui.recordButton, ui.appraisalButton, ui.newRecordButton)
        mark_changes(ui.newAppraisalButton, ui.newCourseButton)
        self._dirty = set(TABS)
        self._shown = False
        self._build_attention()
        self.needs = NeedsTab(ui, store, lambda: self.person_id, self)
        self.needs.editor_opened.connect(self.show_editor)
        self.needs.message.connect(self.say)
        self.needs.changed.connect(self.changed)
        self._build_records(listing)
        self._build_appraisals()
        self._build_courses()
        self.matrix = MatrixTab(ui, store, lambda: self.person_id, self)
        self.matrix.record_opened.connect(self.edit_record)
        self.matrix.record_wanted.connect(
            lambda person_id, course_id: self.edit_record(
                None, person_id=person_id, course_id=course_id
            )
        )
        self.matrix.message.connect(self.say)
        ui.tabs.currentChanged.connect(lambda _i: self._load_current())

    # --- the tabs -------------------------------------------------------------------------

    def _build_attention(self) -> None:
        ui = self.ui
        self.expiring_model = LinesModel(
            [
                Column("Person", lambda x: x.name),
                Column("Course", lambda x: x.course),
                Column("Runs out", lambda x: x.expires_on, "date"),
                Column("State", lambda x: "Run out" if x.state == "expired" else "Runs out soon"),
            ],
            self,
            state=lambda x: x.state,
        )
        self.due_model = LinesModel(
            [
                Column("Person", lambda x: x.name),
                Column("Was due", lambda x: x.due, "date"),
                Column("Days overdue", lambda x: x.overdue_days, "number"),
                Column("Last appraisal", lambda x: x.last_held or "Never", "date"),
                Column("Group", lambda x: x.group),
            ],
            self,
        )
        self.feedback_model = LinesModel(
            [
                Column("Person", lambda x: x.name),
                Column("Conference", lambda x: x.course),
                Column("Went on", lambda x: x.on_date, "date"),
                Column("Briefed on", lambda x: x.briefed_on, "date"),
            ],
            self,
        )
        for view, model, widths, stretch, opener in (
            (ui.expiringTable, self.expiring_model, [26, 40, 12, 14], 1, self._open_expiring),
            (ui.appraisalsDueTable, self.due_model, [26, 12, 12, 14], 4, self._open_due),
            (ui.feedbackTable, self.feedback_model, [26, 40, 12, 12], 1, self._open_feedback),
        ):
            set_up_table(view, model, widths, stretch)
            self.on_enter(view, opener)

    def on_enter(self, view: QTableView, opener: Callable[[int], None]) -> None:
        """Enter (or a double-click) on a row opens it."""
        view.activated.connect(lambda index: opener(index.row()))

    def _build_records(self, listing: Listing) -> None:
        """The records list is the listing's own page, with the person filter driven from here.

        One search box, not two: the page's person box (above every tab) chooses whose
        records show, and the list's Course and Status filters do the rest, so the
        list's own search box (which matched names and courses) is not shown.
        """
        ui = self.ui
        self.records = ListPage(self.store, listing, ui.recordsTab)
        self.records.ui.titleLabel.hide()
        self.records.ui.searchLabel.hide()
        self.records.ui.searchEdit.hide()
        box = self.records.filter_boxes.pop("person")
        self.records.ui.filterLayout.removeWidget(box)
        box.hide()
        box.deleteLater()
        self.records.layout().setContentsMargins(0, 0, 0, 0)
        ui.recordsLayout.addWidget(self.records)
        # The buttons share the list's own top row (its count, Export and Print), so the
        # records are not pushed down by a row of their own.
        ui.recordsLayout.removeItem(ui.recordsButtons)
        ui.recordsButtons.removeItem(ui.recordsSpacer)
        self.records.ui.headerLayout.insertLayout(0, ui.recordsButtons)
        self.records.ui.table.activated.connect(lambda _i: self.open_selected_record())
        ui.newRecordButton.clicked.connect(lambda: self.edit_record(None))
        ui.openRecordButton.clicked.connect(self.open_selected_record)
        ui.viewCertificateButton.clicked.connect(self.view_certificate)
        follow_selection(self.records.ui.table, ui.openRecordButton, ui.viewCertificateButton)
        QWidget.setTabOrder(ui.viewCertificateButton, self.records.filter_boxes["status"])

    def _build_appraisals(self) -> None:
        ui = self.ui
        self.appraisals_model = LinesModel(
            [
                Column("Person", lambda x: x.name),
                Column("Group", lambda x: x.group),
                Column("Held on", lambda x: x.held_on, "date"),
                Column("By", lambda x: x.appraiser),
                Column("Next due", lambda x: x.next_due_on, "date"),
                Column("Needs found", lambda x: " · ".join(x.needs.splitlines())),
            ],
            self,
        )
        set_up_table(ui.appraisalsTable, self.appraisals_model, [26, 24, 12, 20, 12], 5)
        self.on_enter(
            ui.appraisalsTable,
            lambda row: self.edit_appraisal(self.appraisals_model.line(row).appraisal_id),
        )
        ui.newAppraisalButton.clicked.connect(lambda: self.edit_appraisal(None))
        follow_selection(ui.appraisalsTable, ui.openAppraisalButton)
        ui.openAppraisalButton.clicked.connect(
            lambda: self._open_current(ui.appraisalsTable, self.appraisals_model, "appraisal")
        )

    def _build_courses(self) -> None:
        ui = self.ui
        self.courses_model = LinesModel(
            [
                Column("Title", lambda x: x.title + (" (archived)" if x.archived else "")),
                Column("Provider", lambda x: x.provider),
                Column("Kind", lambda x: x.kind),
                Column("Duration", lambda x: minutes_text(x.duration_minutes)),
                Column("Cost", lambda x: money(x.cost_pence)),
                Column(
                    "Runs out after",
                    lambda x: f"{x.valid_months} months" if x.valid_months else "Never",
                ),
                Column("Records", lambda x: x.records, "number"),
            ],
            self,
        )
        set_up_table(ui.coursesTable, self.courses_model, [44, 30, 18, 11, 10, 14, 8], 0)
        self.on_enter(
            ui.coursesTable, lambda row: self.edit_course(self.courses_model.line(row).course_id)
        )
        ui.newCourseButton.clicked.connect(lambda: self.edit_course(None))
        ui.openCourseButton.clicked.connect(
            lambda: self._open_current(ui.coursesTable, self.courses_model, "course")
        )
        ui.archivedCheck.toggled.connect(lambda _on: self._reload("courses"))

    # --- reading --------------------------------------------------------------------------

    def current_tab(self) -> str:
        return TABS[self.ui.tabs.currentIndex()]

    def show_tab(self, key: str) -> None:
        self.ui.tabs.setCurrentIndex(TABS.index(key))

    def _load_current(self) -> None:
        if self._shown and self.current_tab() in self._dirty:
            self._reload(self.current_tab())

    def _reload(self, key: str) -> None:
        self._dirty.discard(key)
        person = self.person_id
        if key == "attention":
            with self.store.session() as session:
                expiring = expiring_lines(session, person_id=person)
                due = overdue_appraisals(session, person_id=person)
                missing = feedback_lines(session, person_id=person)
            self.expiring_model.set_lines(expiring)
            self.due_model.set_lines(due)
            self.feedback_model.set_lines(missing)
            ui = self.ui
            for view in (ui.expiringTable, ui.appraisalsDueTable, ui.feedbackTable):
                keep_current(view)
            ui.expiringLabel.setText(
                f"Training running out in the next 90 days, or run out ({len(expiring):,})"
            )
            ui.appraisalsDueLabel.setText(f"Appraisals overdue ({len(due):,})")
            ui.feedbackLabel.setText(
                f"Conference feedback forms not yet returned ({len(missing):,})"
            )
        elif key == "needs":
            self.needs.reload()
        elif key == "records":
            self.records.model.filters["person"] = person
            self.records.refresh() if self.records.model.is_loaded else self.records.activate()
        elif key == "appraisals":
            with self.store.session() as session:
                self.appraisals_model.set_lines(appraisal_lines(session, person))
            keep_current(self.ui.appraisalsTable)
        elif key == "courses":
            with self.store.session() as session:
                lines = course_lines(session, self.ui.archivedCheck.isChecked())
            self.courses_model.set_lines(lines)
            keep_current(self.ui.coursesTable)
        elif key == "matrix":
            self.matrix.reload()

    def changed(self) -> None:
        """After a save: every tab is stale; the one on screen is read now."""
        self._dirty = set(TABS)
        self._load_current()

    # --- what the main window asks of a page ----------------------------------------------

    def activate(self) -> None:
        self._shown = True
        self._load_current()

    def refresh(self) -> None:
        self.changed()

    def set_store(self, store: Store) -> None:
        """Another database: nobody chosen, everything read again when shown."""
        self.store = store
        self.ui.personEdit.set_store(store)
        self.person_id = None
        self.records.set_store(store)
        self.needs.set_store(store)
        self.matrix.set_store(store)
        self._dirty = set(TABS)
        if self._shown:
            self._load_current()

    def focus_search(self) -> None:
        self.ui.personEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.personEdit.selectAll()

    def set_person(self, person_id: int | None) -> None:
        """Narrow every tab to one person (None: everyone)."""
        if person_id == self.person_id:
            return
        self.person_id = person_id
        self._dirty = set(TABS) - {"courses"}
        self._load_current()

    def say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    # --- opening and editing --------------------------------------------------------------

    def show_editor(self, dialog: EditorDialog, done: str) -> EditorDialog:
        """Open an editor window-modal without blocking; a save refreshes the page."""
        self.dialog = dialog

        def saved() -> None:
            self.say(done)
            self.changed()

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_record(self, record_id: int | None, **preset: Any) -> EditorDialog:
        if record_id is None:
            preset.setdefault("person_id", self.person_id)
        dialog = TrainingRecordDialog(self.store, record_id, self, **preset)
        return self.show_editor(dialog, "Training record saved.")

    def edit_appraisal(self, appraisal_id: int | None, **preset: Any) -> EditorDialog:
        if appraisal_id is None:
            preset.setdefault("person_id", self.person_id)
        dialog = AppraisalDialog(self.store, appraisal_id, self, **preset)
        return self.show_editor(dialog, "Appraisal saved.")

    def edit_course(self, course_id: int | None) -> EditorDialog:
        return self.show_editor(CourseDialog(self.store, course_id, self), "Course saved.")

    def _open_expiring(self, row: int) -> None:
        self.edit_record(self.expiring_model.line(row).record_id)

    def _open_due(self, row: int) -> None:
        line = self.due_model.line(row)
        self.edit_appraisal(None, person_id=line.person_id, group_id=line.group_id)

    def _open_feedback(self, row: int) -> None:
        dialog = self.edit_record(self.feedback_model.line(row).record_id)
        dialog.ui.feedbackDateEdit.setFocus()

    def _open_current(self, view: QTableView, model: LinesModel, what: str) -> None:
        index = view.currentIndex()
        if not index.isValid():
            return
        line = model.line(index.row())
        if what == "appraisal":
            self.edit_appraisal(line.appraisal_id)
        else:
            self.edit_course(line.course_id)

    def selected_record_id(self) -> int | None:
        index: QModelIndex = self.records.ui.table.currentIndex()
        return self.records.model.row_id(index.row()) if index.isValid() else None

    def open_selected_record(self) -> None:
        record_id = self.selected_record_id()
        if record_id is not None:
            self.edit_record(record_id)

    def view_certificate(self) -> None:
        """Open the selected record's certificate in the program the computer uses for it."""
        record_id = self.selected_record_id()
        if record_id is None:
            return
        path = certificate_file(self.store, record_id)
        if path is None:
            self.say("No certificate file is attached to that record.")
            return
        open_file(path)
