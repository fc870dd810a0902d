"""Survey returns in the import wizard: which survey they join, and references nobody has."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Survey
from tests.consent import GIVEN
from tests.gui.test_import_wizard import go_to_preview, never_block, open_wizard, read_file

__all__ = ["never_block"]

UNKNOWN = "is not a reference on file: correct it, or leave it blank for an anonymous return"


def returns_file(folder: Path) -> Path:
    path = folder / "tsm upload 3.csv"
    path.write_text(
        "Tenancy reference,How satisfied are you with the service?\n"
        "T0001,Very satisfied\nT9999999,Fairly satisfied\n,Very dissatisfied\n",
        encoding="utf-8",
    )
    return path


def add_surveys(store: Store) -> None:
    with store.transaction() as session:
        session.add(Survey(name="TSM perception survey 2024/25", period_start=date(2024, 4, 1)))
        session.add(Survey(name="TSM perception survey 2025/26", period_start=date(2025, 4, 1)))


def test_returns_join_the_latest_survey_and_a_new_name_is_said_plainly(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_surveys(store)
    wizard = open_wizard(qtbot, store, "survey")
    read_file(qtbot, wizard, returns_file(tmp_path), monkeypatch)
    wizard.next()  # columns
    wizard.next()  # rules
    ui = wizard.ui
    assert ui.surveyCombo.currentText() == "TSM perception survey 2025/26"  # not the file name
    assert ui.surveyNote.text().startswith("Adds to this survey (0 responses so far)")
    ui.surveyCombo.setEditText("tsm upload 3")
    assert "This makes a new survey called “tsm upload 3”" in ui.surveyNote.text()


def test_without_surveys_the_file_name_is_offered_as_a_new_survey(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, store, "survey")
    read_file(qtbot, wizard, returns_file(tmp_path), monkeypatch)
    wizard.next()
    wizard.next()
    assert wizard.ui.surveyCombo.currentText() == "tsm upload 3"
    assert "This makes a new survey" in wizard.ui.surveyNote.text()


def test_an_unknown_reference_is_a_problem_row_and_a_blank_one_stays_anonymous(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people.add_person(
        store, {"first_name": "Joan", "last_name": "Adams", "reference": "T0001"}, GIVEN
    )
    wizard = open_wizard(qtbot, store, "survey")
    read_file(qtbot, wizard, returns_file(tmp_path), monkeypatch)
    go_to_preview(qtbot, wizard)
    preview = wizard.preview
    assert preview.figure("Responses to add") == "2"
    assert preview.figure("… linked to people on file") == "1"
    assert preview.figure("… anonymous") == "1"  # the blank reference only
    assert preview.figure("Rows with errors (left out)") == "1"
    problem = preview.problems.problem(0)
    assert (problem.row, problem.column) == (3, "Tenancy reference")
    assert problem.message.startswith(UNKNOWN)
    saved = preview.save_rows_to_fix(str(tmp_path / "fix.xlsx"))
    assert saved is not None
    sheet = openpyxl.load_workbook(saved).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row[0] == "T9999999"]
    assert len(rows) == 1 and rows[0][-1].startswith(f"Tenancy reference: {UNKNOWN}")


def test_ticking_keep_imports_an_unknown_reference_linked_to_no_one(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people.add_person(
        store, {"first_name": "Joan", "last_name": "Adams", "reference": "T0001"}, GIVEN
    )
    wizard = open_wizard(qtbot, store, "survey")
    read_file(qtbot, wizard, returns_file(tmp_path), monkeypatch)
    wizard.next()  # columns
    wizard.next()  # rules
    wizard.ui.keepUnknownCheck.setChecked(True)
    wizard.next()  # preview
    qtbot.waitUntil(lambda: wizard.preview.survey is not None, timeout=10_000)
    preview = wizard.preview
    assert preview.figure("Responses to add") == "3"
    assert preview.figure("… linked to people on file") == "1"
    assert preview.figure("Rows with errors (left out)") == "0"


def test_a_long_choice_is_cut_at_its_end_and_shown_whole_on_hover(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, store, "survey")
    read_file(qtbot, wizard, returns_file(tmp_path), monkeypatch)
    wizard.next()
    table, columns = wizard.ui.columnsTable, wizard.columns
    index = columns.index(columns.row_of("Tenancy reference"), 2)
    assert "Respondent: Tenancy / account reference" in index.data(Qt.ItemDataRole.ToolTipRole)
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(2).initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideRight
