"""The Matrix tab: people by courses, coloured by state, filtered by group or course.

Names are the row headers, so they stay put while the courses scroll sideways.
"Export to Excel…" runs ``export_matrix`` on the database worker with a
progress dialog and Cancel; the workbook holds what the screen shows (the same
filters), with the same colours. The tab knows nothing of the page that holds it: it
is given the page's widgets, the store and who is chosen, and asks for a record to
be opened, or says what happened, through its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QWidget,
)

from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.forms.ui_training_page import Ui_TrainingPage
from engagement_desktop.gui.training.models import STATES, MatrixModel
from engagement_desktop.interchange.training.export import export_matrix
from engagement_desktop.interchange.writing.xlsx_export import about_workbook
from engagement_desktop.services.training.matrix import filtered_matrix
from engagement_desktop.services.training.overview import (
    course_choices,
    group_choices,
    latest_record_id,
)
from engagement_desktop.store.engine import Store

#: Characters of a person's name shown in the row header (longer ones are elided).
NAME_CHARS = 24
#: Width of a course column in characters; the heading wraps onto up to four lines.
COURSE_CHARS = 17


class MatrixFilters(NamedTuple):
    group_id: int | None
    course_id: int | None
    person_id: int | None


def ask_export_path(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog (a function, so tests can answer it)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export the training matrix", str(suggested), "Excel workbooks (*.xlsx)"
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")


class MatrixTab(QObject):
    """Filters, the table, its key and the export, on the page's widgets (``ui``)."""

    #: Enter on a cell that shows a record: open that record (its id).
    record_opened = Signal(int)
    #: Enter on an empty cell: record that course for that person (person id, course id).
    record_wanted = Signal(int, int)
    #: Something to tell the officer in the status bar.
    message = Signal(str)

    def __init__(
        self,
        ui: Ui_TrainingPage,
        store: Store,
        person_id: Callable[[], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui, self.store, self._person_id, self._parent = ui, store, person_id, parent
        self.model = MatrixModel(parent)
        self.export_task: ProgressTask | None = None
        self.last_export: Path | None = None
        view = ui.matrixTable
        view.setModel(self.model)
        view.setSelectionBehavior(view.SelectionBehavior.SelectItems)
        view.setAlternatingRowColors(False)
        metrics = view.fontMetrics()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)
        rows.setFixedWidth(metrics.averageCharWidth() * NAME_CHARS + 16)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns = view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultSectionSize(metrics.averageCharWidth() * COURSE_CHARS + 16)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        columns.setFixedHeight(metrics.lineSpacing() * 4 + 12)
        columns.setHighlightSections(True)
        view.activated.connect(lambda index: self.open_cell(index.row(), index.column()))
        ui.groupCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.courseFilterCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.exportButton.clicked.connect(self.export)
        self._add_key(ui.legendLayout)
        ui.matrixCount.setMinimumWidth(1)  # shown in full, but gives way on a narrow screen
        ui.matrixCount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._choices_loaded = False

    def _add_key(self, layout: QHBoxLayout) -> None:
        """The colours' meanings under the table (the cells say it in words too)."""
        layout.insertWidget(0, QLabel("Key:"))
        for number, (state, (back, fore, meaning)) in enumerate(STATES.items(), start=1):
            swatch = QLabel(meaning)
            swatch.setObjectName(f"key_{state}")
            swatch.setStyleSheet(
                f"background: {back}; color: {fore}; padding: 2px 6px; border-radius: 3px;"
            )
            layout.insertWidget(number, swatch)

    def set_store(self, store: Store) -> None:
        self.store = store
        self._choices_loaded = False

    def _load_choices(self) -> None:
        """Groups and courses for the filters (kept when still there)."""
        ui = self.ui
        with self.store.session() as session:
            groups = group_choices(session)
            courses = course_choices(session)
        for box, everything, items in (
            (ui.groupCombo, "Everyone with training", [(g, n) for g, n, _y in groups]),
            (ui.courseFilterCombo, "All courses", [(c.course_id, c.title) for c in courses]),
        ):
            current = box.currentData() if self._choices_loaded else None
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value, text in items:
                box.addItem(text, value)
            box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
            box.setMinimumContentsLength(12)
            box.blockSignals(False)
        self._choices_loaded = True

    def filters(self) -> MatrixFilters:
        """Read on the GUI thread; an export then uses them on the worker."""
        ui = self.ui
        return MatrixFilters(
            ui.groupCombo.currentData(), ui.courseFilterCombo.currentData(), self._person_id()
        )

    def reload(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        filters = self.filters()
        with self.store.session() as session:
            matrix = filtered_matrix(session, **filters._asdict())
        self.model.set_matrix(matrix)
        people, courses = len(matrix.people), len(matrix.courses)
        self.ui.matrixCount.setText(
            f"{people:,} {'person' if people == 1 else 'people'} by "
            f"{courses:,} {'course' if courses == 1 else 'courses'}"
            if courses
            else "No training recorded for "
            + ("this person yet" if filters.person_id is not None else "these people yet")
        )
        self.ui.exportButton.setEnabled(people > 0 and self.export_task is None)

    def open_cell(self, row: int, column: int) -> None:
        """Enter on a cell opens the record it shows, or records that course for that person."""
        person_id, course_id = self.model.person_id(row), self.model.course_id(column)
        with self.store.session() as session:
            record_id = latest_record_id(session, person_id, course_id)
        if record_id is not None:
            self.record_opened.emit(record_id)
        else:
            self.record_wanted.emit(person_id, course_id)

    # --- export ---------------------------------------------------------------------------

    def export(self) -> ProgressTask | None:
        if self.export_task is not None:
            return None
        folder = self.store.path.parent if self.store.path is not None else Path.home()
        target = ask_export_path(
            self._parent, folder / f"training-matrix-{date.today():%Y-%m-%d}.xlsx"
        )
        if target is None:
            return None
        store, filters = self.store, self.filters()

        def work(progress: TaskProgress) -> Path:
            with store.session() as session:
                matrix = filtered_matrix(session, **filters._asdict())
                about = about_workbook(session, "Training matrix")
            progress.check()
            return export_matrix(matrix, target, progress=progress, about=about)

        self.ui.exportButton.setEnabled(False)
        self.export_task = run_with_progress(
            self._parent,
            work,
            title="Exporting the training matrix",
            label=f"Writing {target.name}…",
            on_finished=self._exported,
            on_failed=self._failed,
            on_cancelled=lambda: self.message.emit("Export cancelled; no file was written."),
            pool=database_pool(),
        )
        self.export_task.done.connect(self._export_done)
        return self.export_task

    def _export_done(self) -> None:
        self.export_task = None
        self.ui.exportButton.setEnabled(self.model.rowCount() > 0)

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.message.emit(f"Training matrix saved to {path}")

    def _failed(self, exc: BaseException) -> None:
        warn_or_report(self._parent, "Export failed", exc)
