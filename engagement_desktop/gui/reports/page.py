"""The Reports section: the dashboard, the printed reports, and whole-table exports.

Reports tab: choose a report and its year (the last completed one to start
with; the year before is compared automatically), press Preview, and the PDF
is built on the database worker (progress, Cancel) into a temporary file shown
here with Qt PDF. Print, Save as PDF and Save as Excel use that same file and
the same figures while the choices stay as they were, so what is printed or
saved is what was looked at.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from engagement_desktop.gui.common.list_page import style_title
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.dashboard.page import DashboardPage
from engagement_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from engagement_desktop.gui.reports import outputs as report_outputs
from engagement_desktop.gui.reports.base_profile_dialog import load_profile
from engagement_desktop.gui.reports.exports import DataExports
from engagement_desktop.gui.reports.jobs import (
    REPORTS,
    ReportRequest,
    Written,
    same_figures,
    write_pdf,
)
from engagement_desktop.gui.reports.quarters import (
    board_quarters,
    fill_quarters,
    page_actions,
    quarter_hint,
    show_saved_risks,
)
from engagement_desktop.reports.dashboard import default_report_year, report_years
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.common.settings import get_setting, year_starting
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.services.rewards.accounts import scheme_year_of, scheme_years
from engagement_desktop.services.surveys.details import tsm_surveys
from engagement_desktop.store.engine import Store

BASES = (("Everyone in the database", "people"), ("The customer profile table", "table"))
TABS = ("dashboard", "reports", "exports")


def year_text(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


class ReportsPage(QWidget):
    """Three tabs; everything is read on the database worker, nothing is written here."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = "reports"
        self.title = "Reports"
        self._store = store
        self.today: date | None = None  # None: the real today (tests pin a day)
        self.ui = ui = Ui_ReportsPage()
        ui.setupUi(self)
        self.setObjectName("reportsPage")
        style_title(ui.titleLabel)
        self.dashboard = DashboardPage(store, ui.dashboardTab)
        ui.dashboardLayout.setContentsMargins(4, 4, 4, 4)
        ui.dashboardLayout.addWidget(self.dashboard)
        self.exports = DataExports(ui, store, self)
        self.task: ProgressTask | None = None
        self.shown: Written | None = None  # the file in the preview, and its figures
        self._scratch = tempfile.TemporaryDirectory(prefix="engagement-report-")
        self._previews = 0
        self._year_starts = {"report": "04-01", "scheme": "04-01"}
        self._years: dict[str, list[int]] = {"report": [], "scheme": []}
        self._default: dict[str, int] = {}  # the year each kind of year starts on
        self._quarters: list[Period] = []
        self._loaded = False
        for kind in REPORTS:
            ui.reportCombo.addItem(kind.name, kind.key)
        for text, value in BASES:
            ui.baseCombo.addItem(text, value)
        ui.baseCombo.setToolTip(
            "Who took part is compared with everyone in the database, or with the "
            "customer profile table when the whole tenancy list is not held here"
        )
        ui.preparedEdit.setPlaceholderText("The involvement team")
        for label in (ui.reportLabel, ui.yearLabel, ui.surveyLabel, ui.baseLabel, ui.risksLabel):
            label.setContentsMargins(0, 6, 0, 0)  # a little air above each choice
        ui.preparedLabel.setContentsMargins(0, 6, 0, 0)
        ui.choicePanel.setMinimumWidth(ui.choicePanel.fontMetrics().averageCharWidth() * 40)
        ui.reportsLayout.setStretch(0, 1)  # the panel up to its widest; the page the rest
        ui.reportsLayout.setStretch(1, 2)
        for box in (ui.reportCombo, ui.yearCombo, ui.surveyCombo, ui.baseCombo):
            box.setSizeAdjustPolicy(box.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)  # long names show in full in the drop-down
            box.view().setMinimumWidth(box.fontMetrics().averageCharWidth() * 44)
        ui.reportCombo.currentIndexChanged.connect(self._kind_changed)
        for box in (ui.yearCombo, ui.surveyCombo, ui.baseCombo):
            box.currentIndexChanged.connect(lambda _i: self._choices_changed())
        ui.preparedEdit.textChanged.connect(lambda _t: self._choices_changed())
        ui.risksEdit.textChanged.connect(self._choices_changed)
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self._load_risks())
        self.profile_button = QPushButton("&Load customer profile…", ui.choicePanel)
        self.profile_button.setObjectName("profileButton")
        self.profile_button.setToolTip(
            "Load the whole customer base's profile from the housing system's figures or a "
            "tenancy export (nobody is added to the register)"
        )
        self.profile_button.clicked.connect(lambda: self.load_customer_profile())
        ui.choiceForm.addWidget(self.profile_button)
        slots = (self.preview, self.print_report, self.save_pdf, self.save_excel)
        self.actions_by_name = page_actions(ui, self, slots)
        ui.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self._kind_changed()

    # --- the page as the main window sees it -----------------------------------------------

    def activate(self) -> None:
        """Each time the section is shown: fresh choices and fresh dashboard figures."""
        self._load_choices()
        if self.ui.tabs.currentIndex() == 0:
            self.dashboard.refresh()

    def refresh(self) -> None:
        self._load_choices()
        self.dashboard.refresh()

    def set_store(self, store: Store) -> None:
        self._store = store
        self.dashboard.set_store(store)
        self.exports.set_store(store)
        self.shown = None
        self.ui.preview.clear("Choose a report and press Preview to see it here.")
        self._loaded = False
        if self.isVisible():
            self.activate()

    @property
    def store(self) -> Store:
        return self._store

    def focus_search(self) -> None:
        """Ctrl+8 and the like: into the tab on screen (its first control)."""
        index = self.ui.tabs.currentIndex()
        target = (
            next(iter(self.dashboard.cards.values()))
            if index == 0
            else self.ui.reportCombo
            if index == 1
            else self.ui.tableList
        )
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_tab(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(TABS.index(name))

    def _tab_changed(self) -> None:
        if self.ui.tabs.currentIndex() == 0 and self.isVisible():
            self.dashboard.refresh()

    # --- choices --------------------------------------------------------------------------

    def _load_choices(self) -> None:
        """Years and surveys from the database (a few small queries)."""
        with self._store.session() as session:
            today = self.today or date.today()
            self._year_starts = {
                "report": get_setting(session, "report_year_start"),
                "scheme": get_setting(session, "scheme_year_start"),
            }
            self._years = {
                "report": report_years(session, today),
                "scheme": scheme_years(session, today),
            }
            self._default = {
                "report": default_report_year(session, today),
                "scheme": scheme_year_of(session, today) - 1,
            }
            self._quarters = board_quarters(session, today)
            surveys = tsm_surveys(session)
        box = self.ui.surveyCombo
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for name in surveys:
            box.addItem(name, name)
        if not surveys:
            box.addItem("No survey with satisfaction measures yet", None)
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
        box.blockSignals(False)
        self._fill_years(keep=self._loaded)
        self._loaded = True
        self._choices_changed()

    def _fill_years(self, *, keep: bool = True) -> None:
        kind = self.request().report
        box = self.ui.yearCombo
        chosen = box.currentData() if keep else None
        box.blockSignals(True)
        box.clear()
        if kind.year == "quarter":
            fill_quarters(box, self._quarters, chosen)
            box.blockSignals(False)
            self._load_risks()
            return
        which = kind.year or "report"
        years = self._years.get(which) or []
        for year in years:
            box.addItem(year_text(year), year)
        default = self._default.get(which, 0)
        wanted = chosen if chosen in years else default if default in years else None
        box.setCurrentIndex(max(box.findData(wanted), 0) if wanted is not None else 0)
        box.blockSignals(False)

    def request(self) -> ReportRequest:
        ui = self.ui
        kind = ui.reportCombo.currentData()
        chosen = ui.yearCombo.currentData()
        return ReportRequest(
            kind=kind,
            year=chosen if isinstance(chosen, int) else None,
            quarter=chosen if isinstance(chosen, str) and kind == "board" else None,
            risks=ui.risksEdit.toPlainText().strip() if kind == "board" else "",
            survey=ui.surveyCombo.currentData() if kind == "tsm" else None,
            base_source=ui.baseCombo.currentData() or "people",
            prepared_by=ui.preparedEdit.text().strip(),
        )

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = self.request().report
        ui.descriptionLabel.setText(kind.description)
        for label, field, on in (
            (ui.yearLabel, ui.yearCombo, kind.year is not None),
            (ui.surveyLabel, ui.surveyCombo, kind.survey),
            (ui.baseLabel, ui.baseCombo, kind.base),
            (ui.preparedLabel, ui.preparedEdit, kind.base or kind.key == "board"),
            (ui.risksLabel, ui.risksEdit, kind.key == "board"),
        ):
            label.setVisible(on)
            field.setVisible(on)
        ui.yearLabel.setText(
            {"scheme": "Scheme &year:", "quarter": "&Quarter:"}.get(kind.year or "", "&Year:")
        )
        self._fill_years()
        self._choices_changed()

    def _choices_changed(self) -> None:
        ui = self.ui
        request = self.request()
        kind = request.report
        if kind.year == "quarter":
            ui.yearHint.setText(quarter_hint(self._quarters, request.quarter))
        elif kind.year and request.year is not None:
            start, end = year_starting(request.year, self._year_starts[kind.year])
            span = f"{long_date(start)} to {long_date(end)}"
            ui.yearHint.setText(
                f"{span}, compared with {year_text(request.year - 1)}."
                if kind.year == "report"
                else f"Points earned {span}; the balance at its end."
            )
        else:
            ui.yearHint.setText("")
        ui.yearHint.setVisible(bool(kind.year))
        if self.shown is not None and self.shown.request != request:
            ui.statusLabel.setText(
                f"The preview shows {self.shown.request.title()}. "
                "Press Preview to see your new choice."
            )
        self._enable()

    def _load_risks(self) -> None:
        quarter = self.ui.yearCombo.currentData()
        if isinstance(quarter, str) and self.ui.reportCombo.currentData() == "board":
            show_saved_risks(self._store, quarter, self.ui.risksEdit)

    def _ready(self) -> bool:
        request = self.request()
        if request.report.year == "quarter":
            return bool(request.quarter)
        return (request.report.year is None or request.year is not None) and (
            not request.report.survey or bool(request.survey)
        )

    def _enable(self) -> None:
        busy = self.task is not None and self.task.running
        ready = self._ready() and not busy
        excel = ready and self.request().report.excel
        for name, on, button in (
            ("preview", ready, self.ui.previewButton),
            ("print", ready, self.ui.printButton),
            ("save_pdf", ready, self.ui.savePdfButton),
            ("save_excel", excel, self.ui.saveExcelButton),
        ):
            self.actions_by_name[name].setEnabled(on)
            button.setEnabled(on)
        self.ui.saveExcelButton.setToolTip(
            "Save the report's figures as an Excel workbook (Ctrl+Shift+S)"
            if self.request().report.excel
            else "These letters have no Excel version"
        )

    def load_customer_profile(self, path: str | None = None) -> bool:
        """Reports > Load customer profile…: preview, confirm, replace (one transaction)."""
        loaded = load_profile(self, self._store, path)
        if loaded:
            self.ui.baseCombo.setCurrentIndex(max(self.ui.baseCombo.findData("table"), 0))
        return loaded

    # --- running the work -----------------------------------------------------------------

    def run(self, work: Any, title: str, label: str, done: Any) -> ProgressTask | None:
        if self.task is not None and self.task.running:
            return None
        self.ui.statusLabel.setText(label)
        self.task = run_with_progress(
            self,
            work,
            title=title,
            label=label,
            on_finished=done,
            on_failed=self._failed,
            on_cancelled=lambda: self.ui.statusLabel.setText("Cancelled; no file was written."),
            pool=database_pool(),
        )
        self.task.done.connect(self._enable)
        self._enable()
        return self.task

    def _failed(self, exc: BaseException) -> None:
        self.ui.statusLabel.setText("Something went wrong; nothing was written.")
        warn_or_report(self, "Reports", exc)

    def current_preview(self) -> Written | None:
        return (
            self.shown if self.shown is not None and self.shown.request == self.request() else None
        )

    def preview(self, then: Any = None) -> ProgressTask | None:
        """Build the report into a temporary file and show it; ``then(written)`` after."""
        request, store = self.request(), self._store
        figures = same_figures(self.shown, request)
        self._previews += 1
        path = Path(self._scratch.name) / f"preview-{self._previews}.pdf"

        def work(progress: TaskProgress) -> Written:
            return write_pdf(store, request, path, progress, figures)

        def finished(written: Written) -> None:
            old = self.shown.path if self.shown is not None else None
            if not self.ui.preview.load(written.path):
                self.ui.statusLabel.setText("The report was written but could not be shown.")
                return
            self.shown = written
            written.pages = self.ui.preview.page_count()
            if old is not None and old != written.path:
                old.unlink(missing_ok=True)
            pages = f"{written.pages} page{'s' if written.pages != 1 else ''}"
            self.ui.statusLabel.setText(
                f"{request.title()}: {pages}. Print it or save it with the buttons above."
            )
            if then is not None:
                then(written)

        return self.run(work, "Preview", f"Building {request.title()}…", finished)

    def _with_preview(self, then: Any) -> ProgressTask | None:
        current = self.current_preview()
        if current is not None:
            then(current)
            return None
        return self.preview(then)

    # --- print and save (gui/reports/outputs.py) ------------------------------------------

    def print_report(self) -> ProgressTask | None:
        """Print the report on screen (building it first if the choices changed)."""
        return self._with_preview(lambda written: report_outputs.print_written(self, written))

    def save_pdf(self) -> ProgressTask | None:
        return report_outputs.save_pdf(self)

    def save_excel(self) -> ProgressTask | None:
        return report_outputs.save_excel(self)
