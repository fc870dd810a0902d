"""Issue 23 as it will be checked: a Scottish landlord's survey export made outside the
program (tests/acceptance/scottish_export.py, openpyxl alone), imported through the
window and at the command line, and reported: each Charter indicator's positive count,
base and percentage against a count made here from the returns themselves; the
breakdown by involvement with small groups hidden; the results PDF, workbook and report
card looked at."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.surveys.page import SurveysPage
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Membership, Person
from tests.acceptance.scottish_export import (
    INDICATORS,
    Return,
    count,
    counted_returns,
    make_returns,
    write_export,
)
from tests.acceptance.test_cli import run
from tests.gui.shots import keep_file, save_shot

LANDLORD = "Clydeforth Housing Association"
START, END = date(2026, 4, 1), date(2026, 11, 30)
WAIT_MS = 30_000


def _respondents(store: Store) -> tuple[list[str], list[str]]:
    """References held by one person each: (on a group's roll during the fieldwork, not)."""
    with store.session() as session:
        single = (
            select(Person.reference)
            .where(Person.reference.is_not(None))
            .group_by(Person.reference)
            .having(func.count() == 1)
        )
        rows = session.execute(
            select(Person.id, Person.reference)
            .where(Person.reference.in_(single))
            .order_by(Person.id)
        ).all()
        rolls = session.execute(
            select(
                Membership.person_id, Membership.term_start, Membership.left_on, Membership.term_end
            )
        ).all()
    on_roll = {
        person
        for person, begun, left, ended in rolls
        if begun <= END and ((left or ended) is None or (left or ended) >= START)
    }
    involved = [ref for pid, ref in rows if pid in on_roll]
    others = [ref for pid, ref in rows if pid not in on_roll]
    return involved, others


@pytest.fixture(scope="module")
def scottish(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, list[Return], list[str]]:
    """A Scottish demo landlord, and its contractor's export of 2026's returns: eight
    involved tenants (three had repairs: too few to show for indicator 12), forty other
    tenants, six anonymous returns, and one household that answered twice."""
    folder = tmp_path_factory.mktemp("scottish")
    db = str(folder / "clydeforth.sqlite")
    made = run(
        "--db", db, "demo", "--people", "300", "--regime", "scotland", "--today", "2026-12-05"
    )
    assert made.returncode == 0, made.stderr
    store = open_store(db, actor="test.officer")
    try:
        involved, others = _respondents(store)
    finally:
        store.close()
    assert len(involved) >= 8 and len(others) >= 40
    chosen = [*involved[:8], *others[:40], None, None, None, None, None, None]
    returns = make_returns(chosen, seed=23, repairs_yes=[*involved[:3], *others[:20]])
    again = make_returns([others[0]], seed=5, start=date(2026, 11, 20))  # the later return
    returns += again
    path = write_export(folder / "Clydeforth survey 2026.xlsx", LANDLORD, returns)
    return db, path, returns, involved[:8]


def _independent(returns: list[Return]) -> dict[str, tuple[int, int, float | None]]:
    kept = counted_returns(returns)
    return {
        code: (c.positive, c.base, c.percent) for code in INDICATORS if (c := count(kept, code))
    }


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_cli_imports_and_reports_it_as_the_regulator_counts(scottish, tmp_path: Path) -> None:
    db, path, returns, involved = scottish
    name = "Tenant survey 2026 (CLI)"
    done = run(
        "--db", db, "import", "survey", str(path), "--survey", name,
        "--period-start", "2026-04-01", "--period-end", "2026-11-30", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    imported = json.loads(done.stdout)
    assert imported["measure_set"] == "scotland_charter"
    assert imported["questions_recognised"] == list(INDICATORS)
    assert imported["own_questions"] == ["Q14", "Q15"]

    whole = json.loads(run("--db", db, "report", "satisfaction", "--survey", name, "--json").stdout)
    assert whole["measure_set"] == "scotland_charter"
    assert whole["respondents"] == len(counted_returns(returns)) == len(returns) - 1
    expected = _independent(returns)
    assert list(whole["measures"]) == list(INDICATORS)
    for code, (positive, base, percent) in expected.items():
        got = whole["measures"][code]
        assert (got["satisfied"], got["base"], got["percent"]) == (positive, base, percent), code

    pdf = tmp_path / "by.pdf"
    split = run(
        "--db", db, "report", "satisfaction", "--survey", name, "--by", "involvement",
        "-o", str(pdf), "--json",
    )  # fmt: skip
    assert split.returncode == 0, split.stderr
    groups = json.loads(split.stdout)["breakdown"]["measures"]
    kept = counted_returns(returns)
    mine = {
        "Involved members": [r for r in kept if r.reference in involved],
        "Everyone else": [r for r in kept if r.reference and r.reference not in involved],
        "Not linked to a person": [r for r in kept if r.reference is None],
    }
    for code in INDICATORS:
        bases = {g: count(rs, code).base for g, rs in mine.items()}
        hidden = {g for g, cell in groups[code].items() if cell["suppressed"]}
        assert {g for g, b in bases.items() if b < 5} <= hidden, code  # small groups hidden
        if len({g for g, b in bases.items() if 0 < b < 5}) == 1:
            assert len(hidden) >= 2, code  # and one more, so the total cannot give it away
        for group, cell in groups[code].items():
            if not cell["suppressed"]:
                mine_counted = count(mine[group], code)
                assert (cell["satisfied"], cell["base"]) == (
                    mine_counted.positive,
                    mine_counted.base,
                )
    assert groups["I12"]["Involved members"]["suppressed"]  # three had repairs
    text = _pdf_text(pdf)
    assert f"Scottish Social Housing Charter indicators: {name}" in text
    assert "Results by involvement" in text and "TSM" not in text

    card = tmp_path / "card.pdf"
    made = run(
        "--db", db, "report", "satisfaction", "--survey", name, "--report-card", "-o", str(card)
    )
    assert made.returncode == 0, made.stderr
    assert LANDLORD in _pdf_text(card)


def test_the_window_imports_it_and_prints_the_breakdown(
    scottish, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path, returns, _ = scottish
    name = "Tenant survey 2026 (window)"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    store = open_store(db, actor="test.officer")
    window = MainWindow(store, start_page="surveys")
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("surveys")
    assert isinstance(page, SurveysPage)
    qtbot.mouseClick(page.dui.importButton, Qt.MouseButton.LeftButton)
    wizard = page.outputs.wizard
    assert wizard is not None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(wizard.ui.browseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.read is not None, timeout=WAIT_MS)
    wizard.next()
    wizard.next()
    ui = wizard.ui
    ui.surveyCombo.setEditText(name)
    ui.periodStartEdit.setText("01/04/2026")
    ui.periodEndEdit.setText("30/11/2026")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.survey is not None, timeout=WAIT_MS)
    assert wizard.preview.figure("Measure set") == (
        "Recognised: Scottish Social Housing Charter indicators (7 of its 7 measures: "
        "I1, I2, I5, I7, I12, I13, I25)."
    )
    assert wizard.preview.figure("Imported as the landlord's own questions") == "Q14, Q15"
    wizard.resize(1000, 700)
    qtbot.wait(200)  # the new rows laid out, as the officer sees them
    save_shot(wizard, "wizard_preview_scottish.png")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.summaryPage, timeout=WAIT_MS)
    wizard.accept()
    qtbot.waitUntil(
        lambda: page.results is not None and page.results.survey == name, timeout=WAIT_MS
    )
    model = page.results_model
    expected = _independent(returns)
    for row, code in enumerate(INDICATORS):
        positive, base, percent = expected[code]
        assert model.text(row, 0) == code
        assert [model.text(row, n) for n in (2, 3, 4)] == [
            f"{positive}",
            f"{base}",
            f"{percent:.1f}%",
        ]
    window.resize(1366, 728)
    qtbot.wait(200)
    save_shot(window, "surveys_page_scottish.png")

    pdf = tmp_path / "results.pdf"
    task = page.outputs.results_pdf(str(pdf))
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    text = _pdf_text(pdf)
    assert "Results by who answered" in text and "Results by involvement" in text
    assert "Involved members I12 * * *" in text
    xlsx = tmp_path / "results.xlsx"
    task = page.outputs.export_results(str(xlsx))
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames[:2] == ["Charter results", "Results by group"]
    rows = list(book["Results by group"].iter_rows(values_only=True))
    assert ("Results by involvement", "Involved members", "I12", "*", "*", "*") in rows
    combo = page.dui.breakdownCombo  # the tab's dimension joins involvement in the files
    combo.setCurrentIndex(combo.findData("tenure"))
    task = page.outputs.export_results(str(tmp_path / "by-tenure.xlsx"))
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    tables = {
        row[0]
        for row in openpyxl.load_workbook(tmp_path / "by-tenure.xlsx")[
            "Results by group"
        ].iter_rows(min_row=4, values_only=True)
    }
    assert {"Results by involvement", "Results by tenure"} <= tables
    assert page.outputs._stem(page.outputs.report) == f"{name} - Charter results"  # type: ignore[arg-type]
    keep_file(pdf, "results_scottish.pdf")
    keep_file(xlsx, "results_scottish.xlsx")
    window.close()
    store.close()
