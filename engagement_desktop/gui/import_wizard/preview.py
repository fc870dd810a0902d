"""The Preview step: what the import would do, every problem by row, and the rows to fix.

Shows a :class:`PeoplePlan` or a survey preview; writes nothing except, when
asked, the workbook of rows to fix (``write_error_rows``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QLabel, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.table_model import plural
from engagement_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard
from engagement_desktop.gui.import_wizard.jobs import SurveyPreview
from engagement_desktop.gui.import_wizard.problems import ProblemsModel
from engagement_desktop.interchange.people.plan import PeoplePlan, write_error_rows
from engagement_desktop.interchange.people.rows import RowProblem
from engagement_desktop.interchange.people.rows_to_fix import suggested_name
from engagement_desktop.interchange.surveys.preview import recognition, write_survey_error_rows

EXCEL_FILTER = "Excel workbooks (*.xlsx)"
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def duplicate(earlier: int | None) -> str:
    where = f"row {earlier:,}" if earlier is not None else "an earlier row"
    return f"the same person as {where} of this file (a duplicate); left out"


class PreviewStep:
    """Counts, the problem table, "Save rows to fix" and "Import valid rows only"."""

    def __init__(self, ui: Ui_ImportWizard, parent: QWidget) -> None:
        self.ui = ui
        self.parent = parent
        self.plan: PeoplePlan | None = None
        self.survey: SurveyPreview | None = None
        self.error_rows = 0
        self.saved_to: Path | None = None
        self._status = ""
        self.problems = ProblemsModel(parent)
        table = ui.problemsTable
        table.setModel(self.problems)
        char = table.fontMetrics().averageCharWidth()
        table.horizontalHeader().setDefaultAlignment(LEFT)
        table.horizontalHeader().resizeSection(0, char * 8)
        table.horizontalHeader().resizeSection(1, char * 28)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        ui.saveErrorsButton.clicked.connect(lambda: self.save_rows_to_fix())
        ui.validOnlyCheck.toggled.connect(lambda _on: ui.previewPage.completeChanged.emit())

    # --- showing --------------------------------------------------------------------------

    def clear(self, status: str) -> None:
        self.plan, self.survey, self.error_rows, self.saved_to = None, None, 0, None
        self.problems.set_problems([])
        self._counts([])
        ui = self.ui
        ui.previewStatus.setText(status)
        ui.saveErrorsButton.setEnabled(False)
        ui.validOnlyCheck.setChecked(False)
        ui.validOnlyCheck.setEnabled(False)
        ui.problemsLabel.setText("&Problems:")

    def show_people(self, plan: PeoplePlan) -> None:
        self.plan = plan
        count = plan.count
        self.error_rows = count("error") + count("ambiguous")
        todo = count("new") + count("update")
        self._counts(
            [
                ("Rows read", len(plan.rows)),
                ("New people", count("new")),
                ("People updated", count("update")),
                ("Already on file, unchanged", count("unchanged")),
                ("Duplicates in the file (left out)", count("duplicate")),
                ("Matching several people (left out)", count("ambiguous")),
                ("Rows with errors (left out)", count("error")),
            ]
            + ([("New estates / areas", ", ".join(plan.new_areas))] if plan.new_areas else [])
            + (
                [("Consent answers to record", consents)]
                if (consents := plan.summary()["consents"])
                else []
            )
        )
        duplicates = [
            RowProblem(row.row, "", duplicate(row.duplicate_of))
            for row in plan.rows
            if row.action == "duplicate"
        ]
        self._show_problems([*plan.problems, *duplicates], todo, "person", "people")

    def show_survey(self, preview: SurveyPreview) -> None:
        self.survey = preview
        plan, counts = preview.plan, preview.counts
        recognised, own = recognition(plan)
        self.error_rows = len({p.row for p in plan.problems})
        self._counts(
            [
                ("Rows read", counts.rows_read),
                ("Responses to add", counts.responses_created),
                ("… linked to people on file", counts.linked_to_people),
                ("… anonymous", counts.anonymous),
                ("Already imported (left out)", counts.already_imported),
                ("Outside the period (kept; not in the results)", counts.outside_period),
                ("Rows with errors (left out)", self.error_rows),
                ("Rows with no answers (left out)", len(plan.unanswered)),
                ("Measure set", recognised),
                ("Imported as the landlord's own questions", ", ".join(own) or "none"),
                ("Answers not understood", len(plan.notes)),
                ("Personal details left out", ", ".join(plan.personal_details) or "none"),
            ]
        )
        self._show_problems(
            [*plan.problems, *plan.notes, *plan.unanswered],
            counts.responses_created,
            "response",
            "responses",
        )

    def _show_problems(self, problems: list, todo: int, word: str, words: str) -> None:
        ui = self.ui
        self.problems.set_problems(problems)
        ui.problemsLabel.setText(
            f"&Problems ({len(problems):,}):" if problems else "&Problems: none found."
        )
        ui.saveErrorsButton.setEnabled(self.error_rows > 0)
        ui.validOnlyCheck.setEnabled(self.error_rows > 0)
        ui.validOnlyCheck.setText(
            f"Import &valid rows only (leave out the {plural(self.error_rows, 'row')} with errors)"
            if self.error_rows
            else "Import &valid rows only"
        )
        if todo == 0:
            status = f"Nothing to import: no new or changed {words}. Import writes nothing."
        elif self.error_rows:
            status = (
                f"{plural(todo, word, words)} can be imported. "
                f"{plural(self.error_rows, 'row')} cannot: save "
                f"{'it' if self.error_rows == 1 else 'them'} to fix, or tick "
                "“Import valid rows only” to go on without "
                f"{'it' if self.error_rows == 1 else 'them'}."
            )
        else:
            status = f"{plural(todo, word, words)} will be imported. Press Import to go ahead."
        self._status = status
        ui.previewStatus.setText(status)

    def _counts(self, pairs: list[tuple[str, object]]) -> None:
        form = self.ui.countsForm
        while form.rowCount():
            form.removeRow(0)
        for name, value in pairs:
            shown = f"{value:,}" if isinstance(value, int) else str(value)
            figure = QLabel(shown)
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            figure.setAccessibleName(name)
            figure.setWordWrap(len(shown) > 40)  # the measure set's sentence
            figure.setObjectName("count_" + "".join(c for c in name if c.isalnum()))
            form.addRow(f"{name}:", figure)

    # --- what the wizard asks -------------------------------------------------------------

    def figure(self, name: str) -> str:
        """The text shown for a count, by its label (tests read the preview like a user)."""
        form = self.ui.countsForm
        for row in range(form.rowCount()):
            label = form.itemAt(row, form.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel) and label.text() == f"{name}:":
                field = form.itemAt(row, form.ItemRole.FieldRole).widget()
                return field.text() if isinstance(field, QLabel) else ""
        raise KeyError(name)

    def complete(self) -> bool:
        ready = self.plan is not None or self.survey is not None
        return ready and (self.error_rows == 0 or self.ui.validOnlyCheck.isChecked())

    # --- rows to fix ----------------------------------------------------------------------

    def save_rows_to_fix(self, path: str | None = None) -> Path | None:
        """Ask where (unless given), then write the rows that cannot be imported."""
        source = self.plan.table if self.plan else self.survey.plan.table if self.survey else None
        if source is None or not self.error_rows:
            return None
        if path is None:
            suggested = suggested_name(source.file_name)  # as --errors-to FOLDER names it
            path, _ = QFileDialog.getSaveFileName(
                self.parent, "Save rows to fix", suggested, EXCEL_FILTER
            )
            if not path:
                return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.plan is not None:
                written = write_error_rows(self.plan, path)
            else:
                assert self.survey is not None
                written = write_survey_error_rows(self.survey.plan, path)
        except (EngagementError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.parent, "Rows to fix not saved", str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self.saved_to = written
        self.ui.previewStatus.setText(
            f"{self._status}\nThe {plural(self.error_rows, 'row')} to fix are saved in {written}."
        )
        return written
