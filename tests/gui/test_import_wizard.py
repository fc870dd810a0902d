"""The import wizard walked through as an officer would: a messy people export, its preview
and rows to fix, importing the valid rows, Cancel mid-import, bad files, Esc, and undo."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.import_wizard import ImportHistoryDialog, ImportWizard, jobs
from engagement_desktop.interchange.reading.mapping import saved_mappings
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import ImportBatch, Person
from tests.benchmarks.imports_bench import write_people
from tests.consent import GIVEN
from tests.unit.import_corpus import files, tsm

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a half-done wizard at the end of a test asks first: answer "abandon"."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def messy_export(folder: Path) -> Path:
    """Title rows above the headings, a date that does not exist, and a row given twice."""
    rows = files.good_rows()
    rows[2][7] = "31/02/1961"  # Łukasz: row 7 of the sheet
    rows.append(list(files.good_rows()[0]))  # Zoë again: row 9
    return files.tenancy_export(folder, rows)


def database_digest(store: Store) -> str:
    """Everyone on file (the fields an import writes) and every import batch."""
    with store.session() as session:
        rows = session.execute(
            select(
                Person.id,
                Person.reference,
                Person.first_name,
                Person.last_name,
                Person.town,
                Person.postcode,
                Person.date_of_birth,
            ).order_by(Person.id)
        ).all()
        batches = session.execute(select(ImportBatch.id, ImportBatch.undone_at)).all()
    return hashlib.sha256(repr((rows, batches)).encode()).hexdigest()


def open_wizard(qtbot: QtBot, store: Store, kind: str = "people") -> ImportWizard:
    wizard = ImportWizard(store, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def read_file(qtbot: QtBot, wizard: ImportWizard, path: Path, monkeypatch) -> None:
    """Browse… then wait for the worker to read the file."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(wizard.ui.browseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wizard.read is not None or bool(wizard.ui.errorLabel.text()), timeout=WAIT_MS
    )


def next_button(wizard: ImportWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def go_to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()  # columns
    wizard.next()  # rules
    wizard.next()  # preview: worked out on the database worker
    qtbot.waitUntil(
        lambda: wizard.preview.plan is not None or wizard.preview.survey is not None,
        timeout=WAIT_MS,
    )


def test_a_messy_people_export_from_file_to_summary(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = database_digest(store)
    wizard = open_wizard(qtbot, store)
    read_file(qtbot, wizard, messy_export(tmp_path), monkeypatch)
    ui = wizard.ui
    assert ui.headerSpin.value() == 4 and "title rows" in ui.headerNote.text()
    assert "10 columns and 5 rows of data" in ui.readLabel.text()
    assert next_button(wizard).isEnabled()

    wizard.next()
    columns = wizard.columns
    assert columns.mapping()["DOB"] == "date_of_birth"
    assert columns.mapping()["Post Code"] == "postcode"
    dob = columns.index(columns.row_of("DOB"), 1).data()
    assert dob.startswith("28/02/1961  ·  01/05/1990")  # first values, dates day first
    assert ui.columnsStatus.text() == "10 of 10 columns will be imported."

    wizard.next()
    assert ui.rulesStack.currentWidget() is ui.peopleRules and ui.updateRadio.isChecked()
    assert "several" in ui.howLabel.text()
    # a list of the panel's members: new people come in as members, not one-off contacts
    assert wizard.rules.involvement.currentData() is None
    wizard.rules.involvement.setCurrentIndex(wizard.rules.involvement.findData("subscribed"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.plan is not None, timeout=WAIT_MS)
    preview = wizard.preview
    assert preview.plan is not None and preview.plan.new_involvement == "subscribed"
    assert preview.figure("Rows read") == "5"
    assert preview.figure("New people") == "3"
    assert preview.figure("Duplicates in the file (left out)") == "1"
    assert preview.figure("Rows with errors (left out)") == "1"
    assert preview.figure("Matching several people (left out)") == "0"
    shown = [preview.problems.problem(r) for r in range(preview.problems.rowCount())]
    assert [(p.row, p.column, p.message) for p in shown] == [
        (7, "DOB", "'31/02/1961' is not a date"),
        (9, "", "the same person as row 5 of this file (a duplicate); left out"),
    ]
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # errors: "Import valid rows only" must be ticked

    fix = tmp_path / "to fix.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fix), ""))
    qtbot.mouseClick(ui.saveErrorsButton, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(fix).active
    assert sheet.max_row == 4 and sheet.cell(4, 2).value == "Łukasz"
    assert sheet.cell(4, 11).value == "DOB: '31/02/1961' is not a date"
    assert database_digest(store) == empty  # still nothing written

    ui.validOnlyCheck.setChecked(True)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.summaryPage, timeout=WAIT_MS)
    text = ui.summaryLabel.text()
    assert "3 people added" in text and "2 rows left out" in text and "to fix.xlsx" in text
    with store.session() as session:
        names = set(session.scalars(select(Person.first_name)))
        batch = session.scalars(select(ImportBatch)).one()
    assert names == {"Zoë", "Ann", "Siobhán"}
    assert (batch.file_name, batch.rows_read, batch.summary["created"]) == ("export.xlsx", 5, 3)


def test_one_target_for_two_columns_is_an_error(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, store)
    read_file(qtbot, wizard, messy_export(tmp_path), monkeypatch)
    wizard.next()
    columns, ui = wizard.columns, wizard.ui
    columns.set_target(columns.row_of("Mobile"), "email")
    assert "“Email” is chosen for “Mobile”, “Email”" in ui.columnsStatus.text()
    assert not next_button(wizard).isEnabled()
    row = columns.row_of("Email")
    assert columns.index(row, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("“Email” is chosen")
    # Keyboard: Enter on the row opens the drop-down; choosing "Mobile" puts it right.
    table = ui.columnsTable
    table.setFocus()
    table.setCurrentIndex(columns.index(columns.row_of("Mobile"), 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = table.indexWidget(columns.index(columns.row_of("Mobile"), 2))
    assert editor is not None and editor.accessibleName() == "Import “Mobile” as"
    editor.setCurrentIndex(editor.findData("mobile"))
    editor.activated.emit(editor.currentIndex())
    assert columns.mapping()["Mobile"] == "mobile" and next_button(wizard).isEnabled()


def test_mappings_saved_by_name_and_as_json(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, store)
    read_file(qtbot, wizard, messy_export(tmp_path), monkeypatch)
    wizard.next()
    columns = wizard.columns
    columns.set_target(columns.row_of("Mobile"), None)
    assert wizard.mappings.save("Housing system")
    with store.session() as session:
        assert saved_mappings(session, "people")["Housing system"]["Mobile"] is None
    target = wizard.mappings.save_file(str(tmp_path / "map.json"))
    assert target is not None and '"Mobile": null' in target.read_text()
    columns.set_target(columns.row_of("Mobile"), "mobile")
    wizard.mappings.use("Housing system")
    assert columns.mapping()["Mobile"] is None
    columns.set_target(columns.row_of("Mobile"), "phone")
    assert wizard.mappings.open_file(str(target))
    assert columns.mapping()["Mobile"] is None and "map.json" in wizard.ui.columnsStatus.text()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (files.truncated, "cannot be read as a spreadsheet"),
        (files.zip_bomb, "refused as unsafe"),
        (lambda folder: _write(folder / "notes.docx", b"PK\x03\x04 not really"), "not a "),
        (lambda folder: _write(folder / "empty.csv", b""), "is empty"),
    ],
)
def test_a_bad_file_shows_its_message_and_writes_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make, words: str
) -> None:
    wizard = open_wizard(qtbot, store)
    before = database_digest(store)
    read_file(qtbot, wizard, make(tmp_path), monkeypatch)
    assert words in wizard.ui.errorLabel.text()
    assert wizard.read is None and not next_button(wizard).isEnabled()
    assert wizard.ui.readLabel.text() == "Nothing was read."
    assert database_digest(store) == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_cancel_mid_import_leaves_the_database_as_it_was(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people.add_person(
        store,
        {"first_name": "Joan", "last_name": "Adams", "reference": "T0000001"},
        hold_data=GIVEN,
    )
    before = database_digest(store)
    real_commit = jobs.commit_people

    def press_cancel_at_first_report(store_, plan, read, report):
        def report_then_cancel(done: int, total: int, text: str = "") -> bool:
            report._task.cancel()  # the officer presses Cancel on the progress dialog
            return report(done, total, text)

        return real_commit(store_, plan, read, report_then_cancel)

    monkeypatch.setattr(jobs, "commit_people", press_cancel_at_first_report)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    wizard = open_wizard(qtbot, store)
    read_file(qtbot, wizard, write_people(tmp_path / "people.xlsx", rows=2500), monkeypatch)
    go_to_preview(qtbot, wizard)
    assert int(wizard.preview.figure("New people").replace(",", "")) > 2000
    wizard.ui.validOnlyCheck.setChecked(True)  # a few generated rows have problems
    wizard.next()  # Import
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert "Nothing was imported: the database is as it was." in told[0]
    assert wizard.currentPage() is wizard.ui.previewPage and not wizard.committed
    assert wizard.isEnabled()
    assert database_digest(store) == before


def test_escape_asks_before_abandoning_a_half_done_import(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, store)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # nothing chosen yet: closes without asking
    assert not wizard.isVisible() and asked == []
    wizard = open_wizard(qtbot, store)
    read_file(qtbot, wizard, messy_export(tmp_path), monkeypatch)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and asked == ["Abandon this import? Nothing has been imported yet."]
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_undo_an_import_from_the_history(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zoe = people.add_person(
        store,
        {"first_name": "Zoë", "last_name": "O'Neill", "reference": "T0001", "town": "Boston"},
        hold_data=GIVEN,
    ).id
    wizard = open_wizard(qtbot, store)
    read_file(qtbot, wizard, files.tenancy_export(tmp_path, files.good_rows()), monkeypatch)
    go_to_preview(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.committed, timeout=WAIT_MS)
    with store.session() as session:
        assert session.get(Person, zoe).town == "Spalding"
    qtbot.mouseClick(wizard.ui.summaryHistoryButton, Qt.MouseButton.LeftButton)
    history = wizard.history
    assert isinstance(history, ImportHistoryDialog) and history.isVisible()
    line = history.model.lines[0]
    assert (line.file_name, line.kind_label) == ("export.xlsx", "People")
    assert line.summary == "3 added, 1 updated"
    assert history.ui.undoButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    # Zoë's seven changed fields (town, postcode, mobile ...) get their old values back.
    assert told == ["3 people removed and 7 fields given their old values back."]
    assert history.model.lines[0].undone_at is not None
    assert not history.ui.undoButton.isEnabled()
    assert history.ui.undoNote.text().startswith("Undone on ")
    with store.session() as session:
        assert session.get(Person, zoe).town == "Boston"
        assert session.scalar(select(func.count()).select_from(Person)) == 1


def test_undo_a_survey_import_from_the_history(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.import_corpus import tsm
    from tests.unit.test_survey_import import import_tsm

    import_tsm(store, tsm.write(tmp_path))
    history = ImportHistoryDialog(store)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitUntil(lambda: bool(history.model.lines), timeout=WAIT_MS)
    assert history.model.lines[0].kind_label == "Survey returns"
    assert history.ui.undoButton.isEnabled()
    asked: list[str] = []

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert "The responses it added are removed" in asked[0]
    assert told == ["6 survey responses removed, and the survey they were in, now empty."]
    assert not history.ui.undoButton.isEnabled()


def test_ctrl_i_opens_the_wizard_for_the_section_on_screen(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.import_actions.wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.ui.peopleRadio.isChecked()
    wizard.reject()
    window.go_to("surveys")
    window.import_actions.import_action.trigger()
    assert window.import_actions.wizard.ui.surveyRadio.isChecked()
    window.import_actions.wizard.reject()
    titles = [a.text() for a in window.ui.menuFile.actions()]
    assert titles[titles.index("&Import…") + 1] == "Import &history…"
    people_menu = window.page("people").menu
    assert "&Import people…" in [a.text() for a in people_menu.actions()]
    history = window.import_actions.open_history()
    assert history.isVisible() and history.model.rowCount() == 0
    assert history.ui.undoNote.text() == "No imports yet." and not history.ui.undoButton.isEnabled()


def test_sheet_and_heading_row_can_be_changed(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = messy_export(tmp_path)
    book = openpyxl.load_workbook(path)
    notes = book.create_sheet("Notes")
    notes.append(["Estate", "Officer"])
    notes.append(["Riverside", "Pat"])
    book.save(path)
    wizard = open_wizard(qtbot, store)
    read_file(qtbot, wizard, path, monkeypatch)
    ui = wizard.ui
    assert [ui.sheetCombo.itemText(i) for i in range(ui.sheetCombo.count())] == [
        "Tenancies",
        "Notes",
    ]
    first = wizard.read
    ui.headerSpin.setValue(5)  # the officer says the headings are lower down
    qtbot.waitUntil(lambda: wizard.read is not first and wizard.read is not None, timeout=WAIT_MS)
    assert wizard.read.table.header_row == 5 and wizard.read.table.headings[1] == "Zoë"
    ui.sheetCombo.setCurrentIndex(1)
    ui.sheetCombo.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.read.table.sheet == "Notes", timeout=WAIT_MS)
    assert wizard.read.table.headings == ["Estate", "Officer"] and ui.headerSpin.value() == 1
    assert "2 columns and 1 row of data" in ui.readLabel.text()


def test_a_second_heading_row_is_said_and_not_counted_as_data(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, store, "survey")
    read_file(qtbot, wizard, tsm.write_two_heading_rows(tmp_path), monkeypatch)
    assert "Row 2 labels the answers under each question" in wizard.ui.headerNote.text()
    assert "2 rows of data (rows 3 to 4" in wizard.ui.readLabel.text()


def test_numbered_answers_chosen_in_the_wizard_are_understood(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(1, 5):  # the tenants the contractor's references are for
        people.add_person(
            store,
            {"first_name": "Tenant", "last_name": f"{number}", "reference": f"T000{number}"},
            GIVEN,
        )
    wizard = open_wizard(qtbot, store, "survey")
    read_file(qtbot, wizard, tsm.write_numbered(tmp_path), monkeypatch)
    wizard.next()  # columns
    wizard.next()  # rules
    ui = wizard.ui
    ui.surveyCombo.setEditText("Coded TSM")
    wizard.next()  # preview
    qtbot.waitUntil(lambda: wizard.preview.survey is not None, timeout=WAIT_MS)
    assert wizard.preview.figure("Answers not understood") == "16"  # read as words
    wizard.back()
    ui.scaleCombo.setCurrentIndex(ui.scaleCombo.findData("first_best"))
    assert "1 = very satisfied" in ui.scaleCombo.currentText()
    first = wizard.preview.survey
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.survey not in (None, first), timeout=WAIT_MS)
    assert wizard.preview.figure("Answers not understood") == "1"  # the 7 for TP08
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.summaryPage, timeout=WAIT_MS)
    from engagement_desktop.services.surveys.results import tsm_results

    with store.session() as session:
        assert tsm_results(session, "Coded TSM").measures["TP01"].satisfied == 2


def test_an_import_from_the_window_shows_at_once_in_the_people_list(
    qtbot: QtBot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = window.page("people")
    before = people.model.rowCount()
    wizard = window.import_actions.open_wizard("people")
    read_file(qtbot, wizard, files.tenancy_export(tmp_path, files.good_rows()), monkeypatch)
    go_to_preview(qtbot, wizard)
    added = int(wizard.preview.figure("New people"))
    assert added > 0
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.summaryPage, timeout=WAIT_MS)
    assert people.model.rowCount() == before + added  # read again, no refresh needed
    assert people.ui.countLabel.text().startswith(f"{before + added} ")
