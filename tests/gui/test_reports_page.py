"""The Reports tab as an officer uses it: preview the impact assessment, page through
it, print it (to a PDF printer, so no dialog blocks), save it as PDF and Excel, and
export a whole table. Dialogs are patched or driven, never left to block."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.reports.page import ReportsPage
from engagement_desktop.reports.impact.report import build_report
from engagement_desktop.services.common.backups import backup_folder
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.store.backups import list_backups
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Attendance
from tests.unit.import_corpus import tsm
from tests.unit.test_survey_import import import_tsm

TODAY = date(2026, 11, 23)  # the demo's own today: 2025/26 is the last completed year
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("reports") / "demo.sqlite")
    generate_demo(store, people=300, seed=3, today=TODAY)
    yield store
    store.close()


def open_page(qtbot: QtBot, store: Store) -> ReportsPage:
    page = ReportsPage(store)
    page.today = page.dashboard.today = TODAY
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show_tab("reports")
    page.show()
    page.activate()
    return page


def finish(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=WAIT_MS)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the save dialog with ``path``; the captions asked are recorded."""
    asked: list[str] = []

    def answer(_parent: Any, caption: str, *_args: Any, **_kw: Any) -> tuple[str, str]:
        asked.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_the_last_completed_year_is_chosen_and_compared(qtbot: QtBot, demo: Store) -> None:
    page = open_page(qtbot, demo)
    request = page.request()
    assert (request.kind, request.year) == ("impact", 2025)
    assert page.ui.yearCombo.currentText() == "2025/26"
    assert page.ui.yearHint.text() == "1 April 2025 to 31 March 2026, compared with 2024/25."
    assert page.ui.baseCombo.isVisible() and not page.ui.surveyCombo.isVisible()
    assert page.ui.reportCombo.accessibleName() == "Report"


def test_preview_shows_the_impact_assessment(qtbot: QtBot, demo: Store) -> None:
    page = open_page(qtbot, demo)
    page.ui.preparedEdit.setText("Sam Officer")
    page.preview()
    finish(qtbot, page)
    document = page.ui.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() > 1
    assert "Involvement Impact Assessment" in document.getAllText(0).text()
    assert "Prepared by Sam Officer" in document.getAllText(0).text()
    assert page.ui.preview.of_label.text() == f"of {document.pageCount()}"
    assert f"{document.pageCount()} pages" in page.ui.statusLabel.text()

    page.ui.preview.actions_by_name["next"].trigger()  # Alt+Page Down
    qtbot.waitUntil(lambda: page.ui.preview.current_page() == 1, timeout=5000)
    assert page.ui.preview.page_box.value() == 2
    page.ui.preview.actions_by_name["zoom_in"].trigger()
    assert page.ui.preview.zoom_label.text().endswith("%")

    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    assert "The preview shows Involvement Impact Assessment 2025/26" in page.ui.statusLabel.text()


def test_printing_shows_the_preview_then_sends_every_page_with_its_words(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "printed.pdf"
    names: list[str] = []

    def print_to_file(dialog: QPrintPreviewDialog) -> int:  # Print, then "Print to file (PDF)"
        printer = dialog.printer()
        names.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to_file)
    page = open_page(qtbot, demo)
    page.print_report()  # builds the preview first, then shows the print preview
    qtbot.waitUntil(lambda: "Sent" in page.ui.statusLabel.text(), timeout=WAIT_MS)
    reader = PdfReader(target)
    assert len(reader.pages) == page.ui.preview.page_count() > 1
    words = " ".join(reader.pages[0].extract_text().split())
    assert "Involvement Impact Assessment" in words
    assert "Who took part" in " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    # the name the print dialog offers for print-to-file: no "/" to make it a folder
    assert names == ["Involvement Impact Assessment 2025-26"]


def test_closing_the_print_preview_prints_nothing(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    page = open_page(qtbot, demo)
    page.print_report()
    qtbot.waitUntil(lambda: page.ui.statusLabel.text() == "Not printed.", timeout=WAIT_MS)


def test_save_as_pdf_suggests_a_name_without_a_slash(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    suggested: list[str] = []

    def save_as(_parent: Any, _caption: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = open_page(qtbot, demo)
    assert "2025/26" in page.request().title()
    page.save_pdf()
    assert Path(suggested[0]).name == "Involvement Impact Assessment 2025-26.pdf"


def test_save_as_excel_holds_the_reports_figures(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "impact"  # no suffix typed: .xlsx is added
    save_to(monkeypatch, target)
    page = open_page(qtbot, demo)
    page.ui.baseCombo.setCurrentIndex(page.ui.baseCombo.findData("table"))
    page.save_excel()
    finish(qtbot, page)
    with demo.session() as session:
        report = build_report(session, 2025, base_source="table")
    sheet = openpyxl.load_workbook(tmp_path / "impact.xlsx", read_only=True)["Summary"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))  # under the title rows
    assert rows[0] == ("Figure", "2025/26", "2024/25", "Change")
    for expected, row in zip(report.table("summary").as_json()["rows"], rows[1:], strict=True):
        assert row[1:3] == tuple(expected[1:3]), expected[0]  # money as pounds
    assert str(tmp_path / "impact.xlsx") in page.ui.statusLabel.text()


def test_save_as_pdf_is_the_file_on_screen(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, demo)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("impact_large"))
    page.preview()
    finish(qtbot, page)
    shown = page.shown
    assert shown is not None
    asked = save_to(monkeypatch, tmp_path / "board.pdf")
    assert page.save_pdf() is None  # copied at once, nothing to build
    assert (tmp_path / "board.pdf").read_bytes() == shown.path.read_bytes()
    assert asked == ["Save the report as PDF"]


def test_a_tsm_survey_previews_and_saves_its_workbook(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, store)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("tsm"))
    assert page.ui.surveyCombo.currentText() == "No survey with satisfaction measures yet"
    assert not page.ui.previewButton.isEnabled()

    import_tsm(store, tsm.write(tmp_path))
    page.activate()
    assert page.ui.surveyCombo.currentText() == "TSM 2025/26"
    assert page.ui.previewButton.isEnabled() and not page.ui.yearCombo.isVisible()
    page.preview()
    finish(qtbot, page)
    assert "Tenant Satisfaction Measures" in page.ui.preview.document.getAllText(0).text()
    text = " ".join(
        page.ui.preview.document.getAllText(p).text()
        for p in range(page.ui.preview.document.pageCount())
    )
    assert "Results by involvement" in text  # every return here is anonymous: one group
    save_to(monkeypatch, tmp_path / "tsm-results.xlsx")
    page.save_excel()
    finish(qtbot, page)
    sheet = openpyxl.load_workbook(tmp_path / "tsm-results.xlsx", read_only=True).active
    codes = [row[0] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert codes == ["TP01", "TP02", "TP08"]


def test_statements_have_no_excel_version(qtbot: QtBot, demo: Store) -> None:
    page = open_page(qtbot, demo)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("statements"))
    assert page.ui.yearLabel.text() == "Scheme &year:"
    assert not page.ui.saveExcelButton.isEnabled()
    assert page.ui.previewButton.isEnabled()


def test_exporting_attendance_writes_every_row(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "attendance.xlsx"
    save_to(monkeypatch, target)
    page = open_page(qtbot, demo)
    page.show_tab("exports")
    tables = page.ui.tableList
    row = next(i for i in range(tables.count()) if tables.item(i).text().startswith("Attendance"))
    tables.setCurrentRow(row)
    task = page.exports.export()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    with demo.session() as session:
        expected = session.scalar(select(func.count()).select_from(Attendance))
    sheet = openpyxl.load_workbook(target, read_only=True)["Attendance"]
    rows = sum(1 for _ in sheet.iter_rows(min_row=4))  # a write-only book records no size
    assert rows == expected > 0
    assert page.exports.last == (target, expected)
    assert f"Exported {expected:,} rows" in page.ui.exportStatus.text()


def test_tab_runs_through_the_choices_buttons_and_preview(qtbot: QtBot, demo: Store) -> None:
    page = open_page(qtbot, demo)
    page.preview()
    finish(qtbot, page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    page.focus_search()
    assert page.ui.reportCombo.hasFocus()
    seen = []
    for _ in range(13):
        seen.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        "reportCombo",
        "yearCombo",
        "baseCombo",
        "preparedEdit",
        "previewButton",
        "printButton",
        "savePdfButton",
        "saveExcelButton",
        "nextButton",  # "previous" is off on the first page
        "pageBox",
        "zoom_outButton",
        "zoom_inButton",
        "zoomButton",
    ]
    assert QApplication.focusWidget() is page.ui.preview.view
    assert page.ui.preview.view.accessibleName() == "Report preview"


def test_loading_the_customer_profile_previews_then_replaces_it(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from engagement_desktop.store.models import BaseProfileRow, Person

    source = tmp_path / "tenancies.csv"
    source.write_text("Ref,Gender,Tenure\nT1,Female,General needs\nT2,Male,Leaseholder\n")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    page = open_page(qtbot, demo)
    with demo.session() as session:
        people = session.scalar(select(func.count()).select_from(Person))
    assert page.profile_button.isVisible()
    assert page.load_customer_profile(str(source))
    assert "read as tenancy export (2 rows)" in asked[0] and "Sex: 2 customers" in asked[0]
    assert page.ui.baseCombo.currentData() == "table"
    made = list_backups(backup_folder(demo))  # made first, as before every import
    assert [b.reason for b in made] == ["profile-import"]
    with demo.session() as session:
        rows = {(r.dimension, r.category): r.count for r in session.scalars(select(BaseProfileRow))}
        assert session.scalar(select(func.count()).select_from(Person)) == people
    assert rows == {
        ("sex", "female"): 1,
        ("sex", "male"): 1,
        ("tenure", "general_needs"): 1,
        ("tenure", "leaseholder"): 1,
    }
