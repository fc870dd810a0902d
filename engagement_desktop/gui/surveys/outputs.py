"""The Surveys page's buttons: import returns (the wizard), export responses and results,
the results PDF (saved, or printed through the print preview), and the settings:
how the chosen survey was run, homes and the import size limit.

The results files are named by the survey's measure set ("… - Charter results.pdf") and
carry the breakdown by involvement, and by the dimension chosen on the "Break down by"
tab when that is another, with the same small-number suppression as the screen.

Files are written on the database worker with progress and Cancel; a cancelled
or failed export leaves no file behind (the writers use a ``.partial`` file). The
page tells these buttons which survey is chosen and what has been read of it
(:meth:`SurveyOutputs.set_survey`); they ask it to read a survey again through
``survey_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from engagement_desktop.gui.common.pdf_output import documents_folder, print_pdf_of
from engagement_desktop.gui.common.printing import safe_file_name
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.forms.ui_survey_details import Ui_SurveyDetails
from engagement_desktop.gui.surveys.measures_dialog import MeasuresDialog
from engagement_desktop.gui.surveys.settings_dialog import SurveySettingsDialog
from engagement_desktop.interchange.surveys.export import export_survey_responses
from engagement_desktop.reports.surveys.breakdown_table import breakdown_count_table
from engagement_desktop.reports.surveys.breakdowns import Breakdown
from engagement_desktop.reports.surveys.tsm_publication import TsmReport
from engagement_desktop.services.surveys.details import SurveyDetails
from engagement_desktop.store.engine import Store

if TYPE_CHECKING:
    from engagement_desktop.gui.import_wizard.wizard import ImportWizard

EXCEL_FILTER = "Excel workbooks (*.xlsx)"
PDF_FILTER = "PDF documents (*.pdf)"


class SurveyOutputs(QObject):
    """The buttons under the chosen survey (``dui`` is the page's)."""

    #: Returns were imported into a survey, or its settings saved: read it again (its id).
    survey_changed = Signal(int)

    def __init__(self, dui: Ui_SurveyDetails, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.dui, self.store, self._parent = dui, store, parent
        self.survey_id: int | None = None
        self.details: SurveyDetails | None = None
        self.report: TsmReport | None = None  # None until the results are counted
        self.breakdowns: dict[str, Breakdown] = {}
        self.task: ProgressTask | None = None
        self.wizard: ImportWizard | None = None
        self.settings_dialog: SurveySettingsDialog | None = None
        self.last_written: Path | None = None
        dui.importButton.clicked.connect(lambda: self.import_returns())
        dui.exportResponsesButton.clicked.connect(lambda: self.export_responses())
        dui.exportResultsButton.clicked.connect(lambda: self.export_results())
        dui.pdfButton.clicked.connect(lambda: self.results_pdf())
        dui.printResultsButton.clicked.connect(lambda: self.print_results())
        dui.settingsButton.clicked.connect(lambda: self.settings())
        dui.measuresButton.clicked.connect(lambda: self.measures())

    def set_store(self, store: Store) -> None:
        self.store = store

    def set_survey(
        self,
        survey_id: int | None,
        details: SurveyDetails | None,
        report: TsmReport | None,
        breakdowns: dict[str, Breakdown] | None = None,
    ) -> None:
        """The chosen survey and what has been read of it so far (None: not yet)."""
        self.survey_id, self.details, self.report = survey_id, details, report
        self.breakdowns = breakdowns or {}
        self.enable()

    def _printed(self) -> TsmReport | None:
        """The report with its breakdowns: by involvement, and by the dimension chosen on
        the "Break down by" tab when that is another."""
        if self.report is None:
            return None
        chosen = ["involvement", self.dui.breakdownCombo.currentData()]
        keys = [k for i, k in enumerate(chosen) if k in self.breakdowns and k not in chosen[:i]]
        tables = [breakdown_count_table(self.breakdowns[k]) for k in keys]
        return replace(self.report, breakdowns=tables)

    def _stem(self, report: TsmReport) -> str:
        """The survey by its set's short name: "Tenant survey 2025 - Charter results"."""
        return f"{report.results.survey} - {report.results.measure_set.short_name} results"

    def enable(self) -> None:
        dui = self.dui
        busy = self.task is not None and self.task.running
        has_results = self.report is not None and bool(self.report.results.measures)
        dui.exportResponsesButton.setEnabled(self.details is not None and not busy)
        dui.exportResultsButton.setEnabled(has_results and not busy)
        dui.pdfButton.setEnabled(has_results and not busy)
        dui.printResultsButton.setEnabled(has_results and not busy)
        tip = (
            "" if has_results else "This survey has no measures to count, or is still being counted"
        )
        dui.pdfButton.setToolTip(
            tip or "The results with a chart and the breakdown by involvement, for the Board"
        )

    def _say(self, text: str) -> None:
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    # --- the wizard and settings ----------------------------------------------------------

    def import_returns(self) -> ImportWizard:
        from engagement_desktop.gui.import_wizard.wizard import ImportWizard  # on first use

        self.wizard = ImportWizard(self.store, "survey", self._parent.window())
        self.wizard.imported.connect(self._imported)
        self.wizard.finished.connect(self.wizard.dispose_when_idle)  # frees its rows
        self.wizard.open()
        return self.wizard

    def _imported(self, _kind: str, result: Any) -> None:
        if getattr(result, "survey_id", None):
            self.survey_changed.emit(result.survey_id)

    def settings(self) -> SurveySettingsDialog:
        self.settings_dialog = SurveySettingsDialog(
            self.store, self._parent.window(), survey_id=self.survey_id
        )
        self.settings_dialog.accepted.connect(self._settings_saved)
        self.settings_dialog.finished.connect(self.settings_dialog.deleteLater)
        self.settings_dialog.open()
        return self.settings_dialog

    def measures(self) -> MeasuresDialog:
        """The regulator and the landlord's own measures; results are read again after."""
        dialog = MeasuresDialog(self.store, self._parent.window())
        dialog.finished.connect(self._settings_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        if self.survey_id is not None:  # the intervals and sample size use the homes
            self.survey_changed.emit(self.survey_id)

    # --- files ----------------------------------------------------------------------------

    def _ask(self, title: str, suggested: str, filters: str) -> str | None:
        """The save dialog in Documents, offering a name any system accepts ("TSM 2025-26")."""
        stem, dot, suffix = suggested.rpartition(".")
        name = safe_file_name(stem, dot + suffix, fallback="survey")
        path, _ = QFileDialog.getSaveFileName(
            self._parent.window(), title, str(documents_folder() / name), filters
        )
        return path or None

    def _run(self, title: str, label: str, work: Callable[[TaskProgress], Path]) -> ProgressTask:
        self.task = run_with_progress(
            self._parent.window(),
            work,
            title=title,
            label=label,
            on_finished=self._written,
            on_failed=lambda exc: self._failed(title, exc),
            on_cancelled=lambda: self._say(f"{title} cancelled; no file was written."),
            pool=database_pool(),
        )
        self.task.done.connect(self.enable)
        self.enable()
        return self.task

    def _written(self, path: Any) -> None:
        self.last_written = Path(getattr(path, "path", path))
        self._say(f"Saved {self.last_written}")

    def _failed(self, title: str, exc: BaseException) -> None:
        warn_or_report(self._parent.window(), f"{title}: not saved", exc)

    def export_responses(self, path: str | None = None) -> ProgressTask | None:
        details = self.details
        if details is None:
            return None
        path = path or self._ask(
            "Export responses", f"{details.name} - responses.xlsx", EXCEL_FILTER
        )
        if not path:
            return None
        store, survey_id, total = self.store, details.id, details.responses

        def work(progress: TaskProgress) -> Any:
            with store.session() as session:
                return export_survey_responses(
                    session,
                    survey_id,
                    path,
                    lambda done, _t: progress(done, total, f"{done:,} of {total:,} responses…"),
                )

        return self._run("Export responses", f"Writing {Path(path).name}…", work)

    def export_results(self, path: str | None = None) -> ProgressTask | None:
        from engagement_desktop.reports.surveys.tsm_report import write_tsm_workbook

        report = self._printed()
        if report is None:
            return None
        path = path or self._ask("Export results", f"{self._stem(report)}.xlsx", EXCEL_FILTER)
        if not path:
            return None
        return self._run(
            "Export results", "Writing the results…", lambda _p: write_tsm_workbook(report, path)
        )

    def results_pdf(self, path: str | None = None) -> ProgressTask | None:
        from engagement_desktop.reports.surveys.tsm_report import write_tsm_pdf

        report = self._printed()
        if report is None:
            return None
        path = path or self._ask("Results PDF", f"{self._stem(report)}.pdf", PDF_FILTER)
        if not path:
            return None
        return self._run("Results PDF", "Writing the PDF…", lambda _p: write_tsm_pdf(report, path))

    def print_results(self) -> ProgressTask | None:
        """The results PDF in the print preview, and the system print dialog from there."""
        from engagement_desktop.reports.surveys.tsm_report import write_tsm_pdf

        report = self._printed()
        if report is None or (self.task is not None and self.task.running):
            return None
        self.task = print_pdf_of(
            self._parent.window(),
            lambda path, _progress: write_tsm_pdf(report, path),
            self._stem(report),
        )
        self.task.done.connect(self.enable)
        self.enable()
        return self.task
