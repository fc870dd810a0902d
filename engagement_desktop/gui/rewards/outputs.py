"""Statements (PDF letters) and Excel exports from the Rewards page, on the database worker.

Each output is a plain function from reports/ or interchange/ run through
``run_with_progress``: a progress dialog with Cancel appears if it runs long,
the window never freezes, and a cancelled output leaves no file behind. A saved
PDF is named in the status line; Print… shows the letters in the print preview
(``gui/common/pdf_output``), and the system print dialog from there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QWidget,
)

from engagement_desktop.gui.common.pdf_output import PrintJob
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.forms.ui_rewards_statement_dialog import Ui_StatementDialog
from engagement_desktop.gui.rewards.models import year_text
from engagement_desktop.interchange.rewards.export import export_ledger, export_year_end
from engagement_desktop.reports.rewards.points_statement import statements
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.rewards import year_end
from engagement_desktop.services.rewards.accounts import (
    scheme_year_of,
    scheme_years,
    statement_count,
)
from engagement_desktop.store.engine import Store

PDF_FILTER = "PDF documents (*.pdf)"
XLSX_FILTER = "Excel workbooks (*.xlsx)"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def file_stem(text: str) -> str:
    """A name safe in any folder: "Zoë O'Neill" -> "Zoë-ONeill"."""
    return re.sub(r"[^\w-]+", "", re.sub(r"\s+", "-", text.strip())) or "statement"


def ask_save_path(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / name), file_filter
    )
    if not path:
        return None
    target = Path(path)
    suffix = ".pdf" if file_filter == PDF_FILTER else ".xlsx"
    return target if target.suffix.lower() == suffix else target.with_suffix(suffix)


class StatementDialog(QDialog):
    """Which scheme year, and large print or not (it starts as the person's record says)."""

    def __init__(
        self,
        years: list[int],
        year: int,
        *,
        person: str | None,
        large_print: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StatementDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("&Save PDF…")
        #: True when the officer chose Print… rather than Save PDF….
        self.printing = False
        print_button = ui.buttonBox.addButton("&Print…", QDialogButtonBox.ButtonRole.ActionRole)
        print_button.setObjectName("printButton")
        print_button.setToolTip("Look at the letters in the print preview, then print them")
        print_button.clicked.connect(self._print_chosen)
        for value in years:
            ui.yearCombo.addItem(year_text(value), value)
        ui.yearCombo.setCurrentIndex(max(ui.yearCombo.findData(year), 0))
        if person is not None:
            self.setWindowTitle(f"Points statement for {person}")
            ui.introLabel.setText(
                f"A letter to {person} with the year's points, the balance and what it is worth."
            )
            ui.largePrintCheck.setChecked(large_print)
            ui.largePrintNote.setText(
                "Their record asks for large print."
                if large_print
                else "Their record does not ask for large print."
            )
        else:
            self.setWindowTitle("All points statements")
            ui.introLabel.setText(
                "One PDF with a letter for every member with points, in surname order, "
                "ready to print and post."
            )
            ui.largePrintCheck.setTristate(True)
            ui.largePrintCheck.setCheckState(Qt.CheckState.PartiallyChecked)
            ui.largePrintCheck.setText("&Large print (partly: as each person's record says)")
            ui.largePrintNote.setText(
                "Ticked: every letter in large print. Half-ticked: "
                "large print for those whose record asks for it."
            )
        ui.yearCombo.setFocus()

    def _print_chosen(self) -> None:
        self.printing = True
        self.accept()

    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    def large_print(self) -> bool | None:
        """True / False, or None for "as each person's record says"."""
        state = self.ui.largePrintCheck.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked


class RewardsOutputs:
    """Statements and exports for one page; ``task`` is the one running (tests wait on it)."""

    def __init__(
        self, parent: QWidget, store: Callable[[], Store], tell: Callable[[str], None]
    ) -> None:
        self._parent = parent
        self._store = store
        self._tell = tell
        self.task: ProgressTask | None = None
        self.last_output: Path | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _run(
        self,
        work: Callable[[TaskProgress], Any],
        title: str,
        label: str,
        done: Callable[[Any], None],
    ) -> ProgressTask | None:
        if self.busy:
            self._tell("Another output is still being written; wait for it to finish.")
            return None
        self.task = run_with_progress(
            self._parent,
            work,
            title=title,
            label=label,
            on_finished=done,
            on_failed=self._failed,
            on_cancelled=lambda: self._tell(f"{title} cancelled; no file was written."),
            pool=database_pool(),
        )
        return self.task

    def _failed(self, exc: BaseException) -> None:
        warn_or_report(self._parent, "Could not write the file", exc)

    def _saved(self, result: tuple[Path, int], what: str) -> None:
        path, count = result
        self.last_output = path
        self._tell(f"{what} ({count:,} letter{'s' if count != 1 else ''}) saved to {path}")

    def _destination(self, job: PrintJob | None, title: str, name: str) -> Path | None:
        """The scratch file of a print job, or where the officer saves the PDF."""
        if job is not None:
            return job.path
        return ask_save_path(self._parent, title, name, PDF_FILTER)

    def _done(self, job: PrintJob | None, what: str) -> Callable[[tuple[Path, int]], None]:
        if job is None:
            return lambda result: self._saved(result, what)

        def show(_result: tuple[Path, int]) -> None:
            if job.show(self._parent):
                self._tell(f"{what} sent to the printer.")

        return show

    # --- statements -----------------------------------------------------------------------

    def statement_dialog(
        self, person_id: int | None, name: str | None, large_print: bool = False
    ) -> StatementDialog:
        with self._store().session() as session:
            years = scheme_years(session)
            current = scheme_year_of(session)
        dialog = StatementDialog(
            years, current, person=name, large_print=large_print, parent=self._parent
        )
        dialog.accepted.connect(
            lambda: self._statement_chosen(
                person_id, name, dialog.year(), dialog.large_print(), dialog.printing
            )
        )
        dialog.open()
        return dialog

    def _statement_chosen(
        self,
        person_id: int | None,
        name: str | None,
        year: int,
        large: bool | None,
        printing: bool = False,
    ) -> None:
        if person_id is None:
            self.all_statements(year, large, printing=printing)
        else:
            self.statement(person_id, name or "statement", year, bool(large), printing=printing)

    def statement(
        self, person_id: int, name: str, year: int, large: bool, *, printing: bool = False
    ) -> ProgressTask | None:
        """One member's letter: saved where the officer says, or to the print preview."""
        job = PrintJob(f"Points statement {year_text(year)} {name}") if printing else None
        path = self._destination(
            job, "Save the points statement", f"points-statement-{year}-{file_stem(name)}.pdf"
        )
        if path is None:
            return None
        store = self._store()

        def work(progress: TaskProgress) -> tuple[Path, int]:
            from engagement_desktop.reports.rewards.statement_pdf import write_statements

            with store.session() as session:
                [statement] = list(statements(session, year, [person_id]))
                landlord = get_setting(session, "landlord_name")
            return write_statements(path, [statement], landlord=landlord, large_print=large)

        return self._run(
            work,
            "Points statement",
            f"Writing the statement for {name}…",
            self._done(job, f"Statement for {name}"),
        )

    def all_statements(
        self, year: int, large: bool | None, *, printing: bool = False
    ) -> ProgressTask | None:
        """Every member's letter in one PDF, saved or to the print preview."""
        job = PrintJob(f"Points statements {year_text(year)}") if printing else None
        path = self._destination(job, "Save all points statements", f"points-statements-{year}.pdf")
        if path is None:
            return None
        store = self._store()

        def work(progress: TaskProgress) -> tuple[Path, int]:
            from engagement_desktop.reports.rewards.statement_pdf import write_statements

            with store.session() as session:
                total = statement_count(session, year)
                landlord = get_setting(session, "landlord_name")
                progress(0, total, "Reading the ledger…")
                progress.check()  # cancelled while waiting for the worker: stop before reading

                def report(done: int, of: int | None) -> bool:
                    return progress(done, of or total, f"{done:,} of {total:,} letters…")

                return write_statements(
                    path,
                    statements(session, year),
                    landlord=landlord,
                    large_print=large,
                    total=total,
                    progress=report,
                )

        return self._run(
            work,
            "Points statements",
            f"Writing the {year_text(year)} statements…",
            self._done(job, f"{year_text(year)} statements"),
        )

    # --- Excel ----------------------------------------------------------------------------

    def export_ledger(
        self, person_id: int | None = None, name: str | None = None
    ) -> ProgressTask | None:
        stem = f"points-ledger-{file_stem(name)}" if name else "points-ledger"
        path = ask_save_path(
            self._parent,
            "Export the points ledger",
            f"{stem}-{date.today():%Y-%m-%d}.xlsx",
            XLSX_FILTER,
        )
        if path is None:
            return None
        store = self._store()

        def work(progress: TaskProgress) -> Path:
            with store.session() as session:
                return export_ledger(
                    session,
                    path,
                    person_id=person_id,
                    progress=lambda done, total: progress(done, total or 0),
                )

        return self._run(
            work,
            "Ledger export",
            "Exporting the points ledger…",
            lambda result: self._exported(result),
        )

    def choose_year_end_export(self) -> ProgressTask | None:
        """Ask which scheme year (the last completed one first), then export it."""
        with self._store().session() as session:
            years = scheme_years(session)
            last = scheme_year_of(session) - 1
        labels = [year_text(y) for y in years]
        choice, ok = QInputDialog.getItem(
            self._parent,
            "Export year-end summary",
            "Scheme year:",
            labels,
            years.index(last) if last in years else 0,
            False,
        )
        if not ok or choice not in labels:
            return None
        return self.export_year_end(years[labels.index(choice)])

    def export_year_end(self, year: int) -> ProgressTask | None:
        path = ask_save_path(
            self._parent, "Export the year-end summary", f"year-end-{year}.xlsx", XLSX_FILTER
        )
        if path is None:
            return None
        store = self._store()

        def work(progress: TaskProgress) -> Path:
            with store.session() as session:
                plan = year_end.preview(session, year)
                progress(1, 2, "Writing the workbook…")
                return export_year_end(session, path, plan)

        return self._run(
            work, "Year-end export", f"Exporting the {year_text(year)} year end…", self._exported
        )

    def _exported(self, path: Path) -> None:
        self.last_output = path
        self._tell(f"Exported to {path}")
