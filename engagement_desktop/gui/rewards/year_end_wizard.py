"""The year-end wizard: choose the year, preview, record each member's choice, commit.

Preview reads ``year_end.preview`` and writes nothing. Commit is ONE call to
``year_end.commit`` on the database worker (progress and Cancel; cancelled or
failed, nothing is written). The summary's totals are read back from the
ledger. Running the wizard again for the same year shows everyone as already
converted and writes nothing.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QMessageBox, QTableView, QWidget, QWizard

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.backups.safety import safety_first
from engagement_desktop.gui.common.table_model import format_date, plural
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import report_exception, warn_or_report
from engagement_desktop.gui.forms.ui_year_end_wizard import Ui_YearEndWizard
from engagement_desktop.gui.help import install_help
from engagement_desktop.gui.rewards.models import money, year_text
from engagement_desktop.gui.rewards.outputs import RewardsOutputs
from engagement_desktop.gui.rewards.year_end_model import (
    CHOICE_COLUMNS,
    PREVIEW_COLUMNS,
    ChoiceDelegate,
    MemberChoice,
    YearEndModel,
    size_columns,
)
from engagement_desktop.gui.rewards.year_end_texts import (
    carry_over_text,
    commit_blocked,
    confirm_text,
    preview_totals,
)
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.rewards import year_end
from engagement_desktop.services.rewards.accounts import (
    Payout,
    YearEndTotals,
    payouts,
    scheme_year_of,
    scheme_years,
    year_dates,
    year_end_totals,
    year_run,
)
from engagement_desktop.services.rewards.year_end import CHOICES, Conversion, YearEndPreview
from engagement_desktop.store.engine import Store


class YearEndWizard(QWizard):
    """Five pages: year, preview, choices, commit, summary."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.ui = Ui_YearEndWizard()
        self.ui.setupUi(self)
        self.plan: YearEndPreview | None = None
        self.rows: list[MemberChoice] = []
        self.result_plan: YearEndPreview | None = None  # set once a commit wrote something
        self.totals: YearEndTotals | None = None
        self.task: ProgressTask | None = None  # the commit
        self.load_task: ProgressTask | None = None  # reading the preview
        self._committed = False
        self._dirty = False
        self._written = 0
        ui = self.ui
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        ui.yearCombo.setMaximumWidth(ui.yearCombo.fontMetrics().averageCharWidth() * 18)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Commit")
        ui.confirmPage.setCommitPage(True)
        ui.confirmPage.set_condition(lambda: not commit_blocked(self.plan, date.today()))
        install_help(self, "year_end")

        self.preview_model = YearEndModel(PREVIEW_COLUMNS, self)
        self.choice_model = YearEndModel(CHOICE_COLUMNS, self)
        ui.previewTable.setModel(self.preview_model)
        ui.choicesTable.setModel(self.choice_model)
        ui.choicesTable.setItemDelegate(ChoiceDelegate(ui.choicesTable))
        ui.choicesTable.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        ui.choicesTable.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        size_columns(ui.previewTable, PREVIEW_COLUMNS)
        size_columns(ui.choicesTable, CHOICE_COLUMNS)
        self.choice_model.edited.connect(self._choices_edited)
        ui.setAllButton.clicked.connect(self.set_all_to_voucher)
        ui.providerEdit.returnPressed.connect(self.set_all_to_voucher)
        self.outputs = RewardsOutputs(self, lambda: self._store, lambda _text: None)
        ui.exportButton.clicked.connect(lambda: self.outputs.export_year_end(self.year()))

        with store.session() as session:
            years = scheme_years(session)
            last = scheme_year_of(session) - 1
        for value in years:
            ui.yearCombo.addItem(year_text(value), value)
        ui.yearCombo.setCurrentIndex(max(ui.yearCombo.findData(last), 0))
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self._describe_year())
        self._describe_year()

    # --- page 1: the year -----------------------------------------------------------------

    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    def _describe_year(self) -> None:
        year = self.year()
        with self._store.session() as session:
            start, end = year_dates(session, year)
            scheme = Conversion.from_setting(get_setting(session, "reward_conversion")).describe()
            run = year_run(session, year)
            done = year_end_totals(session, year)
        ui = self.ui
        ui.periodLabel.setText(f"{format_date(start)} to {format_date(end)}")
        ui.schemeLabel.setText(scheme)
        if run.at or done.people:
            when = (
                f" on {format_date(date.fromisoformat(run.at[:10]))} by {run.by}" if run.at else ""
            )
            ui.runLabel.setText(
                f"Committed{when}: {plural(done.people, 'member')} converted, "
                f"{done.points:,} points, {money(done.value_pence)}. "
                "Running it again converts only what is left."
            )
        elif end >= date.today():
            ui.runLabel.setText(
                f"The year ends on {format_date(end)}: you can preview it now "
                "and commit after that."
            )
        else:
            ui.runLabel.setText("Not run yet.")

    # --- pages 2 and 3: preview and choices -----------------------------------------------

    def _load(self) -> None:
        """Read the preview for the chosen year on the database worker (50,000 members
        with 500,000 entries take over a second); again only if the year changed."""
        year = self.year()
        if self.plan is not None and self.plan.year == year:
            return
        if self.load_task is not None and self.load_task.running:
            return  # _loaded reads again if the year changed meanwhile
        self.plan, self.rows = None, []
        self.preview_model.set_rows([])
        self.choice_model.set_rows([])
        self.ui.previewTotals.setText("Reading every member's points…")
        store = self._store

        def work(_progress: TaskProgress) -> tuple[YearEndPreview, dict[int, Payout]]:
            with store.session() as session:
                plan = year_end.preview(session, year)
                return plan, {p.person_id: p for p in payouts(session, year)}

        self.load_task = run_with_progress(
            self,
            work,
            title="Year end",
            label="Reading every member's points…",
            on_finished=self._loaded,
            on_failed=self._commit_failed,
            pool=database_pool(),
        )

    def _loaded(self, result: tuple[YearEndPreview, dict[int, Payout]]) -> None:
        plan, issued = result
        if plan.year != self.year():
            self._load()
            return
        self.plan = plan
        self.rows = [MemberChoice(line, issued=issued.get(line.person_id)) for line in plan.lines]
        self.preview_model.set_rows(self.rows)
        self.choice_model.set_rows(
            [row for row in self.rows if row.editable or row.line.status != "to do"]
        )
        self.ui.previewTotals.setText(preview_totals(plan))
        self._choices_edited()
        self._dirty = False
        if self.currentPage() is self.ui.choicesPage:
            self._focus_first_choice()

    def _choices_edited(self) -> None:
        self._dirty = True
        todo = [row for row in self.rows if row.editable]
        parts = []
        for kind, label in CHOICES.items():
            chosen = [row for row in todo if row.kind == kind]
            if chosen:
                value = sum(row.line.value_pence for row in chosen)
                worth = f", {money(value)}" if kind != "carry_over" else ""
                parts.append(f"{label}: {len(chosen):,}{worth}")
        self.ui.choicesTotals.setText(
            " · ".join(parts) if parts else "Nobody is left to convert in this year."
        )
        for widget in (self.ui.providerEdit, self.ui.setAllButton, self.ui.setAllLabel):
            widget.setEnabled(bool(todo))

    def set_all_to_voucher(self) -> int:
        provider = self.ui.providerEdit.text().strip()
        return self.choice_model.set_all_to_voucher(provider)

    # --- page 4: commit -------------------------------------------------------------------

    def _todo(self) -> list[MemberChoice]:
        return [row for row in self.rows if row.editable]

    def validateCurrentPage(self) -> bool:
        if self.plan is None and self.currentPage() is not self.ui.yearPage:
            return False  # still reading the preview
        if self.currentPage() is self.ui.confirmPage and not self._committed:
            if self.ui.confirmPage.isComplete():  # else the reason shows beside Commit
                self._start_commit()
            return False
        return super().validateCurrentPage()

    def _start_commit(self) -> None:
        if self.task is not None and self.task.running:
            return
        assert self.plan is not None
        year, todo = self.plan.year, self._todo()
        if not todo:
            self._finish_commit(None)
            return
        choices = {row.line.person_id: row.choice() for row in todo}
        store = self._store
        backup = safety_first(self, store, "year end")
        if backup is None:
            return  # no backup can be made and the officer would rather not go on

        def work(progress: TaskProgress) -> YearEndPreview:
            progress(0, 0, "Making a safety backup first…")
            backup()
            return year_end.commit(
                store,
                year,
                choices,
                progress=lambda done, total: progress(
                    done, total, f"{done:,} of {total:,} members…"
                ),
            )

        self._written = sum(1 for row in todo if row.kind != "carry_over")
        self.setEnabled(False)
        self.task = run_with_progress(
            self,
            work,
            title="Year end",
            label=f"Writing the {year_text(year)} year end…",
            on_finished=self._finish_commit,
            on_failed=self._commit_failed,
            on_cancelled=self._commit_cancelled,
            pool=database_pool(),
        )
        self.task.done.connect(lambda: self.setEnabled(True))

    def _finish_commit(self, plan: YearEndPreview | None) -> None:
        self.result_plan = plan
        self._committed = True
        self._dirty = False
        self.next()

    def _commit_failed(self, exc: BaseException) -> None:
        warn_or_report(self, "Year end not committed", exc, "Nothing was written.")

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, EngagementError):
            QMessageBox.warning(self, "Year end", f"Could not read the year end: {exc}")
        else:
            report_exception((type(exc), exc, exc.__traceback__))

    def _commit_cancelled(self) -> None:
        QMessageBox.information(self, "Year end", "Cancelled. Nothing was written.")

    # --- page 5: summary ------------------------------------------------------------------

    def _show_summary(self) -> None:
        year = self.year()
        with self._store.session() as session:
            totals = self.totals = year_end_totals(session, year)
            plan = self.result_plan or year_end.preview(session, year)
            carried = year_run(session, year).carried_over
        converted = [line for line in plan.lines if line.status == "converted"]
        kept = [line for line in plan.lines if line.status != "converted" and line.points == 0]
        points = sum(line.points for line in converted)
        value = sum(line.value_pence for line in converted)
        ui = self.ui
        head = (
            f"Written now: {self._written:,} conversions."
            if self.result_plan is not None
            else "Nothing was written: there was nothing left to convert."
        )
        kinds = "<br>".join(
            f"• {escape(label)}: {plural(totals.by_kind[kind][0], 'member')}, "
            f"{totals.by_kind[kind][1]:,} points, {money(totals.by_kind[kind][2])}"
            for kind, label in CHOICES.items()
            if kind in totals.by_kind
        )
        if carried:
            kinds += f"<br>• Carried over by choice: {plural(carried, 'member')}"
        ui.summaryLabel.setText(
            f"{head}<br><br><b>Year end {year_text(year)} in total:</b> "
            f"{plural(len(converted), 'member')} converted, {points:,} points, "
            f"{money(value)}; {carry_over_text(kept, converted)}.<br>{kinds}"
        )
        agree = (totals.people, totals.points, totals.value_pence) == (
            len(converted),
            points,
            value,
        )
        ui.ledgerCheckLabel.setText(
            f"✓ These totals agree with the ledger ({totals.points:,} points in "
            f"{totals.people:,} year-end entries, {money(totals.value_pence)})."
            if agree
            else f"✗ The ledger holds {totals.points:,} points in {totals.people:,} "
            f"year-end entries ({money(totals.value_pence)}); please report this."
        )
        ui.ledgerCheckLabel.setStyleSheet("" if agree else "color: #a4262c;")

    # --- QWizard --------------------------------------------------------------------------

    def _focus_first_choice(self) -> None:
        if self.choice_model.rowCount():
            table = self.ui.choicesTable
            table.setCurrentIndex(self.choice_model.index(0, CHOICE_COLUMNS.index("choice")))
            table.setFocus()

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        page = self.page(page_id)
        ui = self.ui
        if page is ui.previewPage:
            self._load()
            ui.previewTable.setFocus()
        elif page is ui.choicesPage:
            self._focus_first_choice()
        elif page is ui.confirmPage:
            assert self.plan is not None
            ui.confirmLabel.setText(confirm_text(self.plan, self._todo(), date.today()))
            blocked = commit_blocked(self.plan, date.today())
            ui.commitBlockedLabel.setText(blocked)
            ui.commitBlockedLabel.setVisible(bool(blocked))
            self.button(QWizard.WizardButton.CommitButton).setToolTip(blocked)
            ui.confirmPage.completeChanged.emit()
        elif page is ui.summaryPage:
            self._show_summary()

    def reject(self) -> None:
        """Esc or Cancel: never during a commit; ask first if choices were typed."""
        if self.task is not None and self.task.running:
            return
        if self.load_task is not None and self.load_task.running:
            self.load_task.cancel()  # only reading: its result is dropped
        if self._dirty and not self._committed:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                "Close without committing? The choices you recorded will be lost.",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
