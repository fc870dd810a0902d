"""The import wizard: file and sheet, columns, rules, preview, then commit and a summary.

For people (a tenancy export or any list) and for survey returns. Reading the
file and working out the preview run on the background task helper, so a
50,000-row file never freezes the window; the commit is ONE pipeline call on
the database worker with progress and Cancel (Cancel rolls the pipeline's
transaction back: the database is as it was). Nothing is written before the
Import button on the preview page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

import engagement_desktop.gui.import_wizard.jobs as jobs
from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.table_model import plural
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import report_exception
from engagement_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard
from engagement_desktop.gui.help import install_help
from engagement_desktop.gui.import_wizard.columns import ColumnsModel, EditOnEnter, TargetDelegate
from engagement_desktop.gui.import_wizard.commit import CommitStep
from engagement_desktop.gui.import_wizard.mappings import MappingControls
from engagement_desktop.gui.import_wizard.preview import PreviewStep
from engagement_desktop.gui.import_wizard.rules import RulesStep
from engagement_desktop.gui.import_wizard.summary import summary_text
from engagement_desktop.interchange.reading.mapping import guess_mapping
from engagement_desktop.interchange.reading.readers import Limits, UnreadableFile
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.store.engine import Store

FILE_FILTER = (
    "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;Excel workbooks (*.xlsx *.xlsm *.xls);;"
    "OpenDocument spreadsheets (*.ods);;CSV files (*.csv);;All files (*)"
)
#: The heading row spin box waits this long after the last change before reading again.
HEADER_DELAY_MS = 500
NAME_FIELDS = {"first_name", "last_name", "full_name"}
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ImportWizard(CommitStep, QWizard):
    """Five steps; ``imported(kind, result)`` once something has been written."""

    imported = Signal(str, object)

    def __init__(
        self,
        store: Store,
        kind: str = "people",
        parent: QWidget | None = None,
        *,
        path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_ImportWizard()
        ui.setupUi(self)
        self.kind = kind
        self.read: jobs.FileRead | None = None
        self.limits: Limits = jobs.limits(store)
        self.read_task: ProgressTask | None = None
        self.preview_task: ProgressTask | None = None
        self.commit_task: ProgressTask | None = None
        self.result: Any = None
        self.committed = False
        self.history: QWidget | None = None
        self._mapped_for: tuple[str, int] | None = None
        self._generation = 0

        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        ui.previewPage.setCommitPage(True)
        ui.filePage.set_ready(False)

        (ui.surveyRadio if kind == "survey" else ui.peopleRadio).setChecked(True)
        ui.peopleRadio.toggled.connect(self._kind_changed)
        ui.browseButton.clicked.connect(self.choose_file)
        ui.fileEdit.returnPressed.connect(lambda: self.open_file(ui.fileEdit.text().strip()))
        ui.sheetCombo.activated.connect(lambda _i: self._reread(sheet=ui.sheetCombo.currentText()))
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_DELAY_MS)
        self._header_timer.timeout.connect(lambda: self._reread(header_row=ui.headerSpin.value()))
        ui.headerSpin.valueChanged.connect(lambda _v: self._header_timer.start())
        ui.historyButton.clicked.connect(self.show_history)
        ui.summaryHistoryButton.clicked.connect(self.show_history)
        browse = QAction(self)
        browse.setShortcut(QKeySequence.StandardKey.Open)
        browse.triggered.connect(self.choose_file)
        self.addAction(browse)
        install_help(self, "import")
        self._show_limit()
        self._file_controls(False)

        self.columns = ColumnsModel(self)
        table = ui.columnsTable
        table.setModel(self.columns)
        table.setItemDelegateForColumn(2, TargetDelegate(table))
        table.setSelectionBehavior(table.SelectionBehavior.SelectItems)
        table.setEditTriggers(
            table.EditTrigger.DoubleClicked
            | table.EditTrigger.EditKeyPressed
            | table.EditTrigger.SelectedClicked
        )
        EditOnEnter(table)
        # Long questions keep both ends: "Which services…used?: Repairs" stays told apart
        # from "…: Caretaking" (the whole heading is the cell's tooltip).
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        char = table.fontMetrics().averageCharWidth()
        header = table.horizontalHeader()
        header.setDefaultAlignment(LEFT)
        header.setStretchLastSection(False)
        header.resizeSection(0, char * 34)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.resizeSection(2, char * 44)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self.columns.mapping_changed.connect(self._columns_changed)
        self.mappings = MappingControls(self)

        self.rules = RulesStep(ui)
        self.preview = PreviewStep(ui, self)
        ui.previewPage.set_condition(self.preview.complete)
        if path is not None:
            ui.fileEdit.setText(str(path))
            QTimer.singleShot(0, self, lambda: self.open_file(str(path)))

    # --- step 1: the file -----------------------------------------------------------------

    def _show_limit(self) -> None:
        self.ui.limitLabel.setText(
            f"Files over {self.limits.max_file_mb:,.0f} MB are refused (change the limit in "
            "File › Settings, Data protection). Macros in .xlsm files are never run."
        )

    def _kind_changed(self) -> None:
        self.kind = "people" if self.ui.peopleRadio.isChecked() else "survey"

    def _file_controls(self, enabled: bool) -> None:
        ui = self.ui
        is_csv = self.read is not None and self.read.table.encoding is not None
        ui.sheetCombo.setEnabled(enabled and not is_csv)
        ui.headerSpin.setEnabled(enabled)
        ui.encodingLabel.setText(self.read.table.encoding or "" if self.read else "")
        ui.encodingTitle.setVisible(is_csv)
        ui.encodingLabel.setVisible(is_csv)

    def choose_file(self) -> None:
        current = self.ui.fileEdit.text().strip()
        folder = str(Path(current).parent) if current else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Choose the spreadsheet", folder, FILE_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: str, *, sheet: str | None = None, header_row: int | None = None):
        """Read ``path`` on a worker thread; the page is ready again when it has been read."""
        if not path:
            return None
        ui = self.ui
        ui.fileEdit.setText(path)
        ui.errorLabel.clear()
        ui.readLabel.setText("Reading…")
        ui.filePage.set_ready(False)
        self._file_controls(False)
        if self.read_task is not None and self.read_task.running:
            self.read_task.cancel()  # its result is ignored
        self._generation += 1
        generation, limits = self._generation, self.limits
        target = Path(path).expanduser()
        self.read_task = run_with_progress(
            self,
            lambda _progress: jobs.read_file(target, sheet, header_row, limits),
            title="Reading the file",
            label=f"Reading {target.name}…",
            on_finished=lambda read: self._file_read(read, generation),
            on_failed=lambda exc: self._read_failed(exc, target, generation),
            on_cancelled=lambda: self._read_cancelled(generation),
        )
        return self.read_task

    def _reread(self, *, sheet: str | None = None, header_row: int | None = None) -> None:
        if self.read is None:
            return
        self.open_file(
            str(self.read.path), sheet=sheet or self.read.table.sheet, header_row=header_row
        )

    def _file_read(self, read: jobs.FileRead, generation: int) -> None:
        if generation != self._generation:
            return
        ui, table = self.ui, read.table
        self.read = read
        ui.sheetCombo.blockSignals(True)
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(table.sheet_names)
        ui.sheetCombo.setCurrentText(table.sheet)
        ui.sheetCombo.blockSignals(False)
        ui.headerSpin.blockSignals(True)
        ui.headerSpin.setValue(table.header_row)
        ui.headerSpin.blockSignals(False)
        found = ["found after the title rows above it"] if table.header_row > 1 else []
        ui.headerNote.setText("; ".join(found + table.notes))
        first, last = (table.row_numbers[0], table.row_numbers[-1]) if table.rows else (0, 0)
        ui.readLabel.setText(
            f"{plural(len(table.headings), 'column')} and {plural(len(table.rows), 'row')} of data "
            f"(rows {first:,} to {last:,} of “{table.sheet}”)."
        )
        self._file_controls(True)
        ui.filePage.set_ready(True)

    def _read_failed(self, exc: BaseException, path: Path, generation: int) -> None:
        if generation != self._generation:
            return
        self.read = None
        self._file_controls(False)
        self.ui.readLabel.setText("Nothing was read.")
        if isinstance(exc, UnreadableFile | EngagementError):
            self.ui.errorLabel.setText(str(exc))
        elif isinstance(exc, OSError):
            self.ui.errorLabel.setText(f"{path.name} cannot be opened: {exc.strerror or exc}.")
        else:
            self.ui.errorLabel.setText(f"{path.name} could not be read.")
            report_exception((type(exc), exc, exc.__traceback__))

    def _read_cancelled(self, generation: int) -> None:
        if generation == self._generation:
            self.read = None
            self.ui.readLabel.setText("Reading was cancelled; nothing was read.")

    # --- step 2: columns ------------------------------------------------------------------

    def _load_columns(self) -> None:
        """Guess the mapping the first time this file (and kind) reaches this step."""
        assert self.read is not None
        key = (self.kind, id(self.read))
        if self._mapped_for == key:
            return
        table = self.read.table
        guessed = (
            guess_mapping(table.headings) if self.kind == "people" else guess_survey_mapping(table)
        )
        self.columns.set_table(self.kind, table, guessed)
        self._mapped_for = key
        self.mappings.load()
        self.ui.columnsTable.setCurrentIndex(self.columns.index(0, 2))

    def _columns_changed(self) -> None:
        ui, model = self.ui, self.columns
        problems = list(model.clashes)
        chosen = model.chosen()
        if self.kind == "people" and not chosen & NAME_FIELDS:
            problems.append("Choose a name column: first name, last name or full name.")
        if self.kind == "survey" and not any(t.startswith("question") for t in chosen):
            problems.append("Choose at least one question column.")
        if problems:
            ui.columnsStatus.setText("To go on: " + " ".join(problems))
            ui.columnsStatus.setStyleSheet("color: #b3261e;")
        else:
            ui.columnsStatus.setText(
                f"{model.imported_count():,} of {model.rowCount():,} columns will be imported."
            )
            ui.columnsStatus.setStyleSheet("")
        ui.columnsPage.set_ready(not problems)

    # --- step 4: preview ------------------------------------------------------------------

    def _start_preview(self) -> None:
        assert self.read is not None
        ui = self.ui
        ui.previewPage.set_ready(False)
        self.preview.clear("Working out what the import would do…")
        store, read, mapping = self.store, self.read, self.columns.mapping()
        if self.kind == "people":
            on_match, involvement = self.rules.on_match(), self.rules.new_involvement()

            def work(_progress: TaskProgress) -> Any:
                return jobs.people_preview(store, read, mapping, on_match, involvement)

        else:
            rules = self.rules.survey_rules()
            assert rules is not None

            def work(_progress: TaskProgress) -> Any:
                return jobs.survey_preview(store, read, mapping, rules)

        self._generation += 1
        generation = self._generation
        self.preview_task = run_with_progress(
            self,
            work,
            title="Preview",
            label="Working out what the import would do…",
            on_finished=lambda found: self._preview_ready(found, generation),
            on_failed=lambda exc: self._preview_failed(exc, generation),
            on_cancelled=lambda: self.preview.clear("Preview cancelled: go Back and Next again."),
            pool=database_pool(),
        )

    def _preview_ready(self, found: Any, generation: int) -> None:
        if generation != self._generation:
            return
        if isinstance(found, jobs.SurveyPreview):
            self.preview.show_survey(found)
        else:
            self.preview.show_people(found)
        self.ui.previewPage.set_ready(True)
        self.ui.problemsTable.setFocus()

    def _preview_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, EngagementError):
            self.preview.clear(f"This cannot be imported: {exc} Go Back to change it.")
        else:
            self.preview.clear("The preview failed; go Back and try again.")
            report_exception((type(exc), exc, exc.__traceback__))

    # --- QWizard --------------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        page, ui = self.page(page_id), self.ui
        if page is ui.columnsPage:
            self._load_columns()
            ui.columnsTable.setFocus()
        elif page is ui.rulesPage:
            assert self.read is not None
            self.rules.load(self.store, self.kind, Path(self.read.table.file_name).stem)
            self.rules.focus(self.kind)
        elif page is ui.previewPage:
            self._start_preview()
        elif page is ui.summaryPage:
            ui.summaryLabel.setText(summary_text(self.kind, self.result, self))

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.rulesPage and self.kind == "survey":
            return self.rules.survey_rules() is not None
        if page is self.ui.previewPage and not self.committed:
            if self.preview.complete():
                self._start_commit()
            return False
        return super().validateCurrentPage()

    def cleanupPage(self, page_id: int) -> None:
        """Back from the preview: forget it (a late result is ignored)."""
        if self.page(page_id) is self.ui.previewPage:
            self._generation += 1
            if self.preview_task is not None and self.preview_task.running:
                self.preview_task.cancel()
        super().cleanupPage(page_id)

    def show_history(self) -> None:
        from engagement_desktop.gui.import_wizard.history import ImportHistoryDialog

        self.history = ImportHistoryDialog(self.store, self)
        self.history.finished.connect(self.history.deleteLater)
        self.history.open()

    def reject(self) -> None:
        """Esc or Cancel: never mid-commit; ask before abandoning a half-done import."""
        if self.commit_task is not None and self.commit_task.running:
            return
        if self.read is not None and not self.committed:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                "Abandon this import? Nothing has been imported yet.",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        for task in (self.read_task, self.preview_task):
            if task is not None and task.running:
                task.cancel()
        super().reject()
