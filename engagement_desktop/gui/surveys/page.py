"""The Surveys section: surveys with response counts, and the chosen survey's results.

Beside the list (``forms/survey_details.ui``): the satisfaction results (in the
survey's own measure set) with a chart,
the results by estate/area and by tenure for respondents linked to people,
the questions and the responses. A 20,000-response survey takes a few seconds
to count, so it is read on the database worker in two steps (the survey, then
its results) and the window never waits. Imports go through the wizard;
exports and the PDF run on the worker with progress and Cancel.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QWidget

from engagement_desktop.gui.common.flow_layout import wrap_row
from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.common.table_model import format_date, format_datetime
from engagement_desktop.gui.common.tasks import BackgroundTask, database_pool
from engagement_desktop.gui.crash import failed_read
from engagement_desktop.gui.forms.ui_survey_details import Ui_SurveyDetails
from engagement_desktop.gui.surveys.breakdown_tab import BreakdownTab
from engagement_desktop.gui.surveys.chart import TsmChart
from engagement_desktop.gui.surveys.models import (
    TextTableModel,
    breakdown_rows,
    questions_model,
    questions_rows,
    responses_model,
    responses_rows,
    results_model,
    results_rows,
)
from engagement_desktop.gui.surveys.outputs import SurveyOutputs
from engagement_desktop.reports.surveys.breakdowns import DIMENSIONS, survey_breakdown
from engagement_desktop.reports.surveys.tsm_counts import unfiltered_note
from engagement_desktop.reports.surveys.tsm_publication import tsm_report
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.listings import SURVEYS, Listing
from engagement_desktop.services.surveys.details import survey_details, survey_responses
from engagement_desktop.services.surveys.results import NOT_LINKED, TsmResults, tsm_results_by
from engagement_desktop.store.engine import Store

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def read_survey(store: Store, survey_id: int) -> tuple[Any, Any]:
    """Step one: the survey, its questions and responses."""
    with store.session() as session:
        return survey_details(session, survey_id), survey_responses(session, survey_id)


def read_results(store: Store, name: str) -> dict[str, Any]:
    """Step two: the measures, then the same split by estate/area and by tenure."""
    with store.session() as session:
        report = tsm_report(session, name)
        return {
            "results": report.results,
            "report": report,
            "area": tsm_results_by(session, name, "area"),
            "tenure": tsm_results_by(session, name, "tenure"),
            "breakdowns": {by: survey_breakdown(session, name, by) for by in DIMENSIONS},
            "small": int(get_setting(session, "small_number_minimum") or 5),
            "landlord": report.landlord,
        }


class SurveysPage(ListPage):
    """Surveys on the left; the chosen survey's results, questions and responses beside it."""

    def __init__(self, store: Store, listing: Listing = SURVEYS, parent: QWidget | None = None):
        super().__init__(store, listing, parent)
        self.survey_id: int | None = None
        self.details: Any = None
        self.results: TsmResults | None = None
        self.figures: dict[str, Any] = {}
        self.loading: list[BackgroundTask] = []
        self._generation = 0
        self.panel = QWidget(self)
        self.dui = dui = Ui_SurveyDetails()
        dui.setupUi(self.panel)
        self.chart = TsmChart(dui.chartArea)
        dui.chartLayout.addWidget(self.chart)
        dui.chartLayout.addStretch(1)
        self.results_model = results_model(self)
        self.area_model = TextTableModel(("Group",), (), self)
        self.tenure_model = TextTableModel(("Group",), (), self)
        self.questions_model = questions_model(self)
        self.responses_model = responses_model(self)
        for table, model in (
            (dui.resultsTable, self.results_model),
            (dui.areaTable, self.area_model),
            (dui.tenureTable, self.tenure_model),
            (dui.questionsTable, self.questions_model),
            (dui.responsesTable, self.responses_model),
        ):
            self._set_up_table(table, model)
        self.breakdowns = BreakdownTab(dui, self)
        self._set_up_table(dui.breakdownTable, self.breakdowns.model)
        self._lay_out()
        self.outputs = SurveyOutputs(dui, store, self)
        self.outputs.survey_changed.connect(self.select_survey)
        self.ui.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.loaded.connect(self._list_loaded)
        self.show_survey(None)

    # --- layout ---------------------------------------------------------------------------

    def _set_up_table(self, table: QTableView, model: TextTableModel) -> None:
        table.setModel(model)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.ui.table.verticalHeader().defaultSectionSize())
        table.horizontalHeader().setDefaultAlignment(LEFT)

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("surveysSplitter")
        self.ui.pageLayout.replaceWidget(self.ui.table, splitter)
        self.ui.pageLayout.setStretchFactor(splitter, 1)
        splitter.addWidget(self.ui.table)
        splitter.addWidget(self.panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self._split_done = False
        for key in ("period", "method"):  # shown in the details instead (still the sort order)
            self.ui.table.setColumnHidden([c.key for c in self.listing.columns].index(key), True)
        self.ui.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        # Survey names differ at the end ("... 2024/25", "... 2025/26"): keep both ends.
        self.ui.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        dui = self.dui
        # Six buttons side by side would make the window wider than a laptop at 150%.
        wrap_row(dui.surveyButtons, self.panel, "surveyButtonsFlow")
        buttons = (
            dui.importButton,
            dui.exportResponsesButton,
            dui.exportResultsButton,
            dui.pdfButton,
            dui.printResultsButton,
            dui.measuresButton,
            dui.settingsButton,
            dui.surveyTabs,
        )
        for before, after in itertools.pairwise(buttons):
            QWidget.setTabOrder(before, after)
        font = QFont(dui.surveyNameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        dui.surveyNameLabel.setFont(font)
        char = dui.resultsTable.fontMetrics().averageCharWidth()
        header = dui.resultsTable.horizontalHeader()
        header.setStretchLastSection(False)
        for number, width in enumerate((8, 0, 10, 8, 8, 13)):
            if width:
                header.resizeSection(number, char * width + 16)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        questions = dui.questionsTable.horizontalHeader()
        questions.setStretchLastSection(False)
        for number, width in enumerate((4, 13, 0, 9, 14)):  # "COMPLAINT" in capitals
            if width:
                questions.resizeSection(number, char * width + 16)
        questions.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        responses = dui.responsesTable.horizontalHeader()
        responses.setStretchLastSection(False)
        for number, width in enumerate((18, 0, 20, 10)):
            if width:
                responses.resizeSection(number, char * width + 16)
        responses.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dui.resultsSplitter.setStretchFactor(0, 0)
        dui.resultsSplitter.setStretchFactor(1, 1)

    # --- choosing a survey ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the page is shown (its width known): the list as wide as a
        survey's name needs, up to a third, and the rest for the results. (Set before,
        the list kept its width and the results gave way: cramped at 125% on a laptop.)"""
        super().showEvent(event)
        if not self._split_done:
            self._split_done = True
            QTimer.singleShot(0, self, self._split)  # once laid out (and not if closed first)

    def _split(self) -> None:
        width = self.splitter.width()
        names = min(self.fontMetrics().averageCharWidth() * 46, width // 3)
        self.splitter.setSizes([names, width - names])

    def _list_loaded(self, count: int) -> None:
        """Keep the chosen survey chosen after a refresh; else the first (latest) one."""
        ids = [self.model.row_id(row) for row in range(count)]
        row = ids.index(self.survey_id) if self.survey_id in ids else 0 if ids else -1
        if row >= 0:
            self.ui.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.show_survey(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_survey(self.model.row_id(current.row()) if current.isValid() else None)

    def select_survey(self, survey_id: int) -> None:
        """After an import: read the list again and show that survey."""
        self.survey_id = survey_id
        self.details = None
        self.refresh()

    def show_survey(self, survey_id: int | None) -> None:
        if survey_id is not None and survey_id == self.survey_id and self.details is not None:
            return
        self._generation += 1
        for task in self.loading:
            task.cancel()
        self.survey_id, self.details, self.results, self.figures = survey_id, None, None, {}
        dui = self.dui
        has = survey_id is not None
        for widget in (
            dui.surveyTabs,
            dui.exportResponsesButton,
            dui.exportResultsButton,
            dui.pdfButton,
            dui.printResultsButton,
        ):
            widget.setVisible(has)
        dui.emptyLabel.setVisible(not has)
        dui.emptyLabel.setText(
            ""
            if has
            else "No survey chosen. Import returns from Microsoft Forms, SmartSurvey, "
            "a contractor's file or typed-in paper returns to add one."
        )
        dui.surveyNameLabel.setText("Surveys" if not has else "")
        dui.surveyInfoLabel.setText("Reading…" if has else "")
        dui.resultsNote.setText("Counting…" if has else "")
        dui.unfilteredNote.hide()
        for model in (
            self.results_model,
            self.area_model,
            self.tenure_model,
            self.questions_model,
            self.responses_model,
        ):
            model.set_rows([])
        self.breakdowns.set_breakdowns({})
        self.chart.set_results(None)
        self._outputs_follow()
        if survey_id is None:
            return
        store, generation = self.model.store, self._generation
        first = BackgroundTask(lambda _p: read_survey(store, survey_id), self)
        first.finished.connect(lambda found: self._survey_read(found, generation))
        first.failed.connect(lambda exc: self._read_failed(exc, generation))
        self.loading = [first]
        first.start(database_pool())

    def _survey_read(self, found: tuple[Any, Any], generation: int) -> None:
        if generation != self._generation:
            return
        details, responses = found
        self.details = details
        dui = self.dui
        dui.surveyNameLabel.setText(details.name)
        period = (
            f"{format_date(details.period_start) or '…'} – {format_date(details.period_end) or '…'}"
            if details.period_start or details.period_end
            else "no period set"
        )
        parts = [
            period,
            details.method_label or "method not said",
            f"{details.responses:,} responses ({details.linked:,} linked to people, "
            f"{details.responses - details.linked:,} anonymous)",
        ]
        if details.last_completed:
            parts.append(f"last completed {format_datetime(details.last_completed)}")
        if details.answer_scale:
            parts.append(
                "answers numbered, "
                + ("1" if details.answer_scale == "first_best" else "5")
                + " = very satisfied"
            )
        dui.surveyInfoLabel.setText(" · ".join(parts))
        self.questions_model.set_rows(questions_rows(details.questions))
        self.responses_model.set_rows(responses_rows(responses))
        dui.responsesNote.setText(
            f"{len(responses):,} responses, latest first. “anonymous”: not linked to anyone on "
            "file (no reference, email or name that matches exactly one person)."
        )
        store, name = self.model.store, details.name
        second = BackgroundTask(lambda _p: read_results(store, name), self)
        second.finished.connect(lambda figures: self._results_read(figures, generation))
        second.failed.connect(lambda exc: self._read_failed(exc, generation))
        self.loading.append(second)
        second.start(database_pool())
        self._outputs_follow()

    def _results_read(self, figures: dict[str, Any], generation: int) -> None:
        if generation != self._generation:
            return
        self.figures = figures
        results: TsmResults = figures["results"]
        self.results = results
        dui = self.dui
        self.results_model.set_rows(results_rows(results))
        self.chart.set_results(results)
        self._fit_results_table()
        ms = results.measure_set
        if not results.measures:
            note = f"No {ms.name} questions in this survey (recognised from their wording)."
        else:
            note = (
                f"{results.respondents:,} respondents counted ({ms.name}). "
                f"{ms.counting_rule} {ms.excluded_note}"
            )
            if ms.unconfirmed:
                note += f" Not confirmed: {ms.unconfirmed}"
            checks = figures["report"].checks
            note += "".join(f" {check.sentence()}" for check in checks)
            if not checks:
                note += " Record the relevant homes (Settings…) to see the sample size needed."
        dui.resultsNote.setText(note)
        # The same words as the PDF's method note, so the officer sees them before printing.
        dui.unfilteredNote.setText(unfiltered_note(ms, results.unfiltered))
        dui.unfilteredNote.setVisible(bool(results.unfiltered))
        codes = list(results.measures)
        small = figures["small"]
        for model, key, table, label, words in (
            (self.area_model, "area", dui.areaTable, dui.areaNote, "estate or area"),
            (self.tenure_model, "tenure", dui.tenureTable, dui.tenureNote, "tenure"),
        ):
            headings, rows = breakdown_rows(figures[key], codes, small)
            model.set_rows(rows, headings)
            model.numeric = set(range(1, len(headings)))
            header = table.horizontalHeader()
            char = table.fontMetrics().averageCharWidth()
            header.resizeSection(0, char * 30 + 16)
            for column in range(1, len(headings)):
                header.resizeSection(column, char * 13 + 16)
            linked = sum(g.results.respondents for g in figures[key] if g.group != NOT_LINKED)
            label.setText(
                f"Per cent positive (and base) by the {words} on the record of the "
                f"{linked:,} respondents linked to people; responses not linked to anyone are "
                f"“{NOT_LINKED}”. Grey: fewer than {small} answers, too few to compare."
            )
        self.breakdowns.set_breakdowns(figures["breakdowns"])
        self._outputs_follow()

    def _outputs_follow(self) -> None:
        """The buttons below follow what has been read of the chosen survey."""
        report = self.figures.get("report") if self.results is not None else None
        breakdowns = self.figures.get("breakdowns") if report is not None else None
        self.outputs.set_survey(self.survey_id, self.details, report, breakdowns)

    def _fit_results_table(self) -> None:
        """The results table as tall as its rows; the chart gets the rest."""
        table, splitter = self.dui.resultsTable, self.dui.resultsSplitter
        rows = max(self.results_model.rowCount(), 1)
        height = (
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + 4
        )
        total = max(sum(splitter.sizes()), height + self.chart.sizeHint().height())
        splitter.setSizes([height, total - height])

    def _read_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.dui.surveyInfoLabel.setText(failed_read("This survey", exc))

    # --- ListPage -------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        self.survey_id = None
        self.show_survey(None)
        self.outputs.set_store(store)
        super().set_store(store)

    def refresh(self) -> None:
        """Read the list again; the chosen survey is read again too (it may have grown)."""
        self.details = None
        super().refresh()
