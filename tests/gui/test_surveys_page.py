"""The Surveys page: returns imported through the wizard from the page, the TSM results
(TP01 75.0% of 4 for the hand-counted corpus), by estate and tenure, exports and the PDF."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.import_wizard import ImportWizard
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.surveys.page import SurveysPage
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.interchange.surveys.commit import commit_survey
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.interchange.surveys.plan import plan_survey
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area
from tests.consent import GIVEN
from tests.gui.print_helpers import Preview, pdf_text, print_to_pdf
from tests.unit.import_corpus import tsm

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def surveys_page(window: MainWindow) -> SurveysPage:
    window.go_to("surveys")
    page = window.page("surveys")
    assert isinstance(page, SurveysPage)
    return page


def wait_for_results(qtbot: QtBot, page: SurveysPage, name: str) -> None:
    qtbot.waitUntil(
        lambda: page.results is not None and page.results.survey == name, timeout=WAIT_MS
    )


def column(model, number: int) -> list[str]:
    return [model.text(row, number) for row in range(model.rowCount())]


def test_returns_imported_from_the_page_show_their_tsm_results(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(1, 5):  # the tenants the returns' references are for
        people.add_person(
            window.store,
            {"first_name": "Tenant", "last_name": f"{number}", "reference": f"T000{number}"},
            GIVEN,
        )
    page = surveys_page(window)
    qtbot.waitUntil(lambda: page.details is not None, timeout=WAIT_MS)  # the sample survey
    qtbot.mouseClick(page.dui.importButton, Qt.MouseButton.LeftButton)
    wizard = page.outputs.wizard
    assert isinstance(wizard, ImportWizard) and wizard.ui.surveyRadio.isChecked()
    path = tsm.write(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(wizard.ui.browseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.read is not None, timeout=WAIT_MS)
    wizard.next()
    mapping = wizard.columns.mapping()
    assert mapping[tsm.QUESTIONS["TP01"]] == "question:TP01"
    assert mapping[tsm.QUESTIONS["REPAIR"]] == "question:REPAIR"
    assert mapping["Tenancy reference"] == "reference" and mapping["ID"] is None
    wizard.next()
    ui = wizard.ui
    assert ui.rulesStack.currentWidget() is ui.surveyRules
    ui.surveyCombo.setEditText("TSM 2025/26")
    ui.periodStartEdit.setText("31/02/2025")
    wizard.next()
    assert wizard.currentPage() is ui.rulesPage
    assert "Period from: there is no 31 February (February has 28 days in 2025)" in (
        ui.rulesError.text()
    )
    ui.periodStartEdit.setText("01/04/2025")
    ui.periodEndEdit.setText("31/03/2026")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.survey is not None, timeout=WAIT_MS)
    assert wizard.preview.figure("Responses to add") == "6"
    assert wizard.preview.figure("… anonymous") == "6"
    assert wizard.preview.figure("Measure set") == (
        "Recognised: Tenant Satisfaction Measures (3 of its 12 measures: TP01, TP02, TP08)."
    )
    assert wizard.preview.figure("Answers not understood") == "0"
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.summaryPage, timeout=WAIT_MS)
    assert "Added 6 responses to “TSM 2025/26”" in ui.summaryLabel.text()
    wizard.accept()

    wait_for_results(qtbot, page, "TSM 2025/26")  # the page shows the new survey
    dui = page.dui
    assert dui.surveyNameLabel.text() == "TSM 2025/26"
    assert "6 responses (0 linked to people, 6 anonymous)" in dui.surveyInfoLabel.text()
    results = page.results_model
    assert column(results, 0) == ["TP01", "TP02", "TP08"]
    tp01 = [results.text(0, n) for n in range(6)]
    assert tp01[2:5] == ["3", "4", "75.0%"]
    assert page.chart.accessibleDescription().startswith("TP01 Overall satisfaction: 75.0% of 4")
    assert column(page.questions_model, 1) == ["TP01", "REPAIR", "TP02", "TP08", ""]
    assert column(page.responses_model, 1) == ["anonymous"] * 6
    assert "Record the relevant homes" in dui.resultsNote.text()


@pytest.fixture
def imported(store: Store, tmp_path: Path) -> Store:
    """Zoë (Riverside, general needs) answered twice; Siobhán (Castle Hill, leaseholder)."""
    with store.transaction() as session:
        riverside, castle = Area(name="Riverside"), Area(name="Castle Hill")
        session.add_all([riverside, castle])
    people.add_person(
        store,
        {
            "first_name": "Zoë",
            "last_name": "O'Neill",
            "reference": "T0001",
            "area_id": riverside.id,
            "tenure": "general_needs",
        },
        hold_data=GIVEN,
    )
    people.add_person(
        store,
        {
            "first_name": "Siobhán",
            "last_name": "Ní Bhriain",
            "reference": "T0003",
            "area_id": castle.id,
            "tenure": "leaseholder",
        },
        hold_data=GIVEN,
    )
    table = read_table(tsm.write(tmp_path))
    commit_survey(
        store,
        plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True),
        survey_name="TSM",
        file_name="tsm.xlsx",
        sha256="x",
    )
    return store


@pytest.fixture
def page(qtbot: QtBot, imported: Store) -> SurveysPage:
    window = MainWindow(imported, start_page="surveys")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = surveys_page(window)
    wait_for_results(qtbot, found, "TSM")
    return found


def test_results_by_estate_and_tenure(page: SurveysPage) -> None:
    area = page.area_model
    assert area.headings == ["Group", "Respondents", "TP01", "TP02", "TP08"]
    assert column(area, 0) == ["Castle Hill", "Riverside", "Not linked to a person"]
    assert [area.text(1, n) for n in range(5)] == [
        "Riverside",
        "1",
        "100.0% (1)",
        "100.0% (1)",
        "100.0% (1)",
    ]  # Zoë's later answers
    assert area.rows[1][2].small and "too few to compare" in area.rows[1][2].tip
    assert column(page.tenure_model, 0) == [
        "Leaseholder",
        "Tenant (general needs)",
        "Not linked to a person",
    ]
    assert "2 respondents linked to people" in page.dui.areaNote.text()


def test_exports_and_the_pdf(qtbot: QtBot, page: SurveysPage, tmp_path: Path) -> None:
    outputs = page.outputs
    task = outputs.export_responses(str(tmp_path / "responses.xlsx"))
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    sheet = openpyxl.load_workbook(outputs.last_written).active
    headings = [c.value for c in sheet[3]]  # under the title and period rows
    assert headings[:4] == ["Response no.", "Person", "Reference (as typed)", "Completed"]
    assert headings[4].startswith("[TP01] Taking everything into account")
    free = headings.index(tsm.QUESTIONS["FREE"]) + 1
    typed = {
        sheet.cell(row, free).value: sheet.cell(row, free).data_type
        for row in range(4, sheet.max_row + 1)
    }
    assert typed['=HYPERLINK("x")'] == "s" and typed["+44 is my number"] == "s"  # never formulas
    assert sheet.cell(4, 2).value == "O'Neill, Zoë" and sheet.max_row == 9

    task = outputs.export_results(str(tmp_path / "results.xlsx"))
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    rows = list(
        openpyxl.load_workbook(outputs.last_written)["TSM results"].iter_rows(
            min_row=4, values_only=True
        )
    )
    assert (rows[0][0], rows[0][2], rows[0][3], rows[0][4]) == ("TP01", 3, 4, 75.0)

    task = outputs.results_pdf(str(tmp_path / "tsm.pdf"))
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    text = PdfReader(outputs.last_written).pages[0].extract_text()
    assert "Tenant Satisfaction Measures: TSM" in text and "75.0%" in text


def test_homes_setting_gives_the_sample_needed(qtbot: QtBot, page: SurveysPage) -> None:
    qtbot.mouseClick(page.dui.settingsButton, Qt.MouseButton.LeftButton)
    dialog = page.outputs.settings_dialog
    assert dialog is not None and dialog.ui.limitSpin.value() == 50
    dialog.ui.homesSpin.setValue(1200)
    dialog.accept()
    qtbot.waitUntil(
        lambda: page.results is not None and page.results.homes == 1200, timeout=WAIT_MS
    )
    assert "1,200 homes, so ±5 points at 95% confidence needs 292 responses" in (
        page.dui.resultsNote.text()
    )
    assert page.results_model.text(0, 5) != ""  # intervals with the population correction


def test_settings_record_how_the_chosen_survey_was_run(qtbot: QtBot, page: SurveysPage) -> None:
    from PySide6.QtCore import QDate

    from engagement_desktop.services.surveys.publication import survey_facts

    qtbot.waitUntil(lambda: page.results is not None, timeout=WAIT_MS)
    qtbot.mouseClick(page.dui.settingsButton, Qt.MouseButton.LeftButton)
    dialog = page.outputs.settings_dialog
    assert dialog is not None and dialog.ui.surveyGroup.isVisible()
    ui = dialog.ui
    assert ui.lcraSpin.text() == "Not recorded"
    ui.lcraSpin.setValue(3000)
    ui.lchoSpin.setValue(150)
    ui.phoneSpin.setValue(4)
    ui.onlineSpin.setValue(2)
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("mixed"))
    qtbot.keyClicks(ui.byEdit, "Acme Research Ltd")
    qtbot.keyClicks(ui.incentivesEdit, "None")
    dialog.accept()
    qtbot.waitUntil(
        lambda: page.results is not None and page.results.homes == 3150, timeout=WAIT_MS
    )
    with page.model.store.session() as session:
        facts = survey_facts(session, page.survey_id)
    assert (facts.homes_lcra, facts.homes_lcho, facts.method) == (3000, 150, "mixed")
    assert facts.method_counts == {"online": 2, "phone": 4}
    assert (facts.carried_out_by, facts.incentives) == ("Acme Research Ltd", "None")
    note = page.dui.resultsNote.text()
    assert "Low-cost rental (LCRA): 3,000 homes, so ±4 points" in note
    assert "Low-cost home ownership (LCHO): 150 homes" in note

    qtbot.mouseClick(page.dui.settingsButton, Qt.MouseButton.LeftButton)
    again = page.outputs.settings_dialog
    assert again is not None and again.ui.byEdit.text() == "Acme Research Ltd"
    again.ui.endEdit.setDate(QDate(2026, 1, 31))
    again.ui.startEdit.setDate(QDate(2026, 2, 1))
    again.accept()
    assert "Period to: is before the period starts" in again.ui.errorLabel.text()
    assert again.isVisible()
    again.reject()


def test_print_tsm_results_through_the_preview_with_a_valid_name(
    qtbot: QtBot, page: SurveysPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outputs = page.outputs
    assert outputs.report is not None
    outputs.report.results.survey = "TSM 2025/26"  # a name officers give surveys
    target = tmp_path / "printed.pdf"
    previews = print_to_pdf(monkeypatch, target)
    qtbot.mouseClick(page.dui.printResultsButton, Qt.MouseButton.LeftButton)
    task = outputs.task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    assert previews == [
        Preview("Print preview: TSM 2025/26 - TSM results", "TSM 2025-26 - TSM results")
    ]
    assert "Tenant Satisfaction Measures: TSM 2025/26" in pdf_text(target)

    suggested: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _c, name, _f: (suggested.append(name), "")
    )
    qtbot.mouseClick(page.dui.pdfButton, Qt.MouseButton.LeftButton)
    assert Path(suggested[0]).name == "TSM 2025-26 - TSM results.pdf"  # named by its set
