"""The Training page as a new user drives it: courses, completions, what needs attention,
appraisals into the programme, the matrix on screen and in Excel, certificates.

Editors open window-modal without blocking (``dialog.open()``), so tests fill in
the real widgets and press the real Save button; file dialogs are answered by
patching the small functions that ask them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.gui.training import matrix as matrix_tab
from engagement_desktop.gui.training.models import MatrixModel
from engagement_desktop.gui.training.page import TABS, TrainingPage
from engagement_desktop.gui.training.person_picker import PersonPicker
from engagement_desktop.interchange.reading.values import date_text
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import people
from engagement_desktop.services.training import records
from engagement_desktop.services.training.matrix import training_matrix
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


def add_person(store: Store, first: str, last: str) -> int:
    return people.add_person(store, {"first_name": first, "last_name": last}, hold_data=GIVEN).id


@pytest.fixture
def trio(store: Store) -> dict[str, int]:
    return {
        name: add_person(store, name, last)
        for name, last in (("Joan", "Adams"), ("Amir", "Okafor"), ("Zoë", "Nowak"))
    }


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> Iterator[TrainingPage]:
    shown = TrainingPage(store)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activate()
    yield shown


def save(dialog: EditorDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def choose(picker: PersonPicker, qtbot: QtBot, typed: str) -> None:
    """Type into a person picker as a user would and take the first match."""
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    assert picker.text() == typed  # the keys reached the picker
    picker.search_now()  # what its timer does a moment after the last key
    assert picker.completer().completionCount() > 0
    picker.choose_row(0)


def add_course(page: TrainingPage, qtbot: QtBot, title: str, months: int | None) -> int:
    dialog = page.edit_course(None)
    ui = dialog.ui
    qtbot.keyClicks(ui.titleEdit, title)
    ui.providerEdit.setText("In-house")
    if months:
        ui.expiresCheck.setChecked(True)
        ui.validSpin.setValue(months)
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    return dialog.saved.id


def record(
    page: TrainingPage,
    qtbot: QtBot,
    who: str,
    course_id: int,
    done: date,
    status: str = "completed",
) -> Any:
    dialog = page.edit_record(None)
    ui = dialog.ui
    choose(ui.personEdit, qtbot, who)
    ui.courseCombo.setCurrentIndex(ui.courseCombo.findData(course_id))
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(status))
    ui.dateEdit.setText(date_text(done))
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text("on_date")
    return dialog.saved


def test_course_that_expires_three_completions_and_one_needs_attention(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    safeguarding = add_course(page, qtbot, "Safeguarding", 12)
    page.show_tab("courses")
    assert page.courses_model.line(0).title == "Safeguarding"
    assert page.courses_model.data(page.courses_model.index(0, 5)) == "12 months"

    long_ago = date.today() - timedelta(days=330)  # runs out in about a month
    record(page, qtbot, "adams", safeguarding, long_ago)
    record(page, qtbot, "okafor", safeguarding, date.today() - timedelta(days=10))
    dialog = page.edit_record(None)
    choose(dialog.ui.personEdit, qtbot, "zoe")  # accents need not be typed
    dialog.ui.courseCombo.setCurrentIndex(dialog.ui.courseCombo.findData(safeguarding))
    dialog.ui.dateEdit.setText(date_text(date.today()))
    assert dialog.ui.expiryValue.text().startswith(f"{date.today().day} ")  # a year on, shown
    save(dialog)

    page.show_tab("attention")
    lines = page.expiring_model.lines
    assert [(x.name, x.course, x.state) for x in lines] == [
        ("Adams, Joan", "Safeguarding", "expiring")
    ]
    assert "(1)" in page.ui.expiringLabel.text()
    page.show_tab("records")
    assert page.records.model.rowCount() == 3


def test_enter_on_an_expiring_line_opens_its_record(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    course = records.save_course(store, None, {"title": "First aid", "valid_months": 36})
    records.save_record(
        store,
        None,
        {
            "person_id": trio["Joan"],
            "course_id": course.id,
            "status": "completed",
            "on_date": date.today() - timedelta(days=36 * 30),
        },
    )
    page.refresh()
    view = page.ui.expiringTable
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.personEdit.text().startswith("Adams, Joan")
    assert "ran out" in dialog.ui.expiryValue.text() or "in " in dialog.ui.expiryValue.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not dialog.isVisible()


def test_appraisal_with_a_need_appears_in_the_programme(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel", "needs_appraisal": True})
    groups.add_membership(store, panel.id, trio["Amir"], term_start=date(2020, 1, 6))
    page.refresh()
    [late] = page.due_model.lines
    assert late.name == "Okafor, Amir"
    page.ui.appraisalsDueTable.setFocus()
    qtbot.keyClick(page.ui.appraisalsDueTable, Qt.Key.Key_Return)  # opens a new appraisal
    dialog = page.dialog
    ui = dialog.ui
    assert ui.personEdit.person_id == trio["Amir"]
    assert ui.groupCombo.currentData() == panel.id
    held = date.today() - timedelta(days=3)
    ui.heldEdit.setText(date_text(held))
    assert ui.nextDueEdit.text() == date_text(held.replace(year=held.year + 1))  # a year on
    ui.appraiserEdit.setText("Involvement officer")
    ui.needsEdit.setPlainText("Chairing meetings\n\n- Reading budgets")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted

    assert page.due_model.lines == []  # no longer overdue
    page.show_tab("needs")
    assert [n.description for n in page.needs.needs_model.lines] == [
        "Chairing meetings",
        "Reading budgets",
    ]
    titles = [p.title for p in page.needs.programme_model.lines]
    assert titles == ["Chairing meetings", "Reading budgets"]
    page.show_tab("appraisals")
    assert page.appraisals_model.line(0).appraiser == "Involvement officer"

    editor = PersonEditor(store, trio["Amir"], page)  # the person's own page shows it too
    qtbot.addWidget(editor)
    table = editor.ui.appraisalsTable
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == [
        format_date(held),
        "Involvement officer",
        "Scrutiny Panel",
        format_date(held.replace(year=held.year + 1)),
    ]
    assert editor.ui.trainingNeedsLabel.text() == (
        "Training needs not yet met: Chairing meetings; Reading budgets."
    )


def test_mark_met_and_schedule_a_session_from_the_programme(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    from engagement_desktop.services.training.development import add_need

    course = records.save_course(store, None, {"title": "Minute taking"})
    for name in ("Joan", "Zoë"):
        add_need(store, trio[name], "Minute taking for the TARA", course_id=course.id)
    add_need(store, trio["Amir"], "Using Teams")
    page.show_tab("needs")
    tab = page.needs
    assert [p.title for p in tab.programme_model.lines] == ["Minute taking", "Using teams"]
    assert tab.programme_model.line(0).people[0][1] == "Joan Adams"

    page.ui.needsTable.selectRow(2)  # Amir: Using Teams
    page.ui.markMetButton.click()
    assert [n.name for n in tab.needs_model.lines] == ["Adams, Joan", "Nowak, Zoë"]

    page.ui.programmeTable.selectRow(0)
    page.ui.scheduleButton.click()
    dialog = page.dialog
    assert dialog.ui.courseCombo.currentData() == course.id
    assert dialog.ticked() == [trio["Joan"], trio["Zoë"]]
    dialog.ui.venueEdit.setText("Community hall")
    save(dialog)
    event = dialog.saved
    assert event.title == "Training: Minute taking"
    page.show_tab("records")
    assert page.records.model.rowCount() == 2  # both booked on the course
    page.show_tab("matrix")
    assert {page.matrix.model.state(r, 0) for r in range(2)} == {"booked"}


def test_recording_a_completion_changes_the_matrix(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    course = records.save_course(store, None, {"title": "Data protection", "valid_months": 24})
    records.save_record(
        store, None, {"person_id": trio["Joan"], "course_id": course.id, "status": "booked"}
    )
    page.show_tab("matrix")
    model = page.matrix.model
    assert (model.rowCount(), model.columnCount()) == (1, 1)
    assert model.state(0, 0) == "booked"
    assert model.data(model.index(0, 0)).startswith("Booked")
    assert model.headerData(0, Qt.Orientation.Vertical) == "Adams, Joan"

    view = page.ui.matrixTable
    view.setCurrentIndex(model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the booking itself
    dialog = page.dialog
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("completed"))
    dialog.ui.dateEdit.setText(date_text(date.today()))
    save(dialog)

    assert model.state(0, 0) == "ok"
    assert model.data(model.index(0, 0)) == f"✓ {date.today().day} {date.today():%b %Y}"
    background = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name().upper() == "#C6EFCE"
    assert "Runs out" not in page.ui.matrixCount.text()
    assert page.ui.matrixCount.text() == "1 person by 1 course"


def test_export_the_matrix_and_reopen_it(
    qtbot: QtBot,
    page: TrainingPage,
    store: Store,
    trio: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    course = records.save_course(store, None, {"title": "Safeguarding", "valid_months": 12})
    for name, done in (("Joan", date.today() - timedelta(days=330)), ("Amir", date.today())):
        records.save_record(
            store,
            None,
            {
                "person_id": trio[name],
                "course_id": course.id,
                "status": "completed",
                "on_date": done,
            },
        )
    page.show_tab("matrix")
    target = tmp_path / "matrix.xlsx"
    monkeypatch.setattr(matrix_tab, "ask_export_path", lambda parent, suggested: target)
    task = page.matrix.export()
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=10000):
        pass
    assert page.matrix.last_export == target
    sheet = openpyxl.load_workbook(target)["Training matrix"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=4)}
    assert sheet["C3"].value == "Safeguarding"
    assert set(rows) == {"Adams, Joan", "Okafor, Amir"}
    assert rows["Adams, Joan"][2].fill.fgColor.rgb.endswith("FFC000")  # runs out soon
    assert rows["Okafor, Amir"][2].fill.fgColor.rgb.endswith("70AD47")  # in date
    assert rows["Okafor, Amir"][2].is_date
    assert rows["Okafor, Amir"][2].number_format.startswith('"✓')


def test_attach_a_certificate_and_find_it(
    qtbot: QtBot,
    page: TrainingPage,
    store: Store,
    trio: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from engagement_desktop.gui.training import page as training_page
    from engagement_desktop.gui.training import record_dialog as training_record_dialog

    course = records.save_course(store, None, {"title": "First aid", "kind": "accredited"})
    scan = tmp_path / "Joan first aid.pdf"
    scan.write_bytes(b"%PDF-1.4 Joan")
    monkeypatch.setattr(training_record_dialog, "ask_certificate_file", lambda parent: scan)
    opened: list[Path] = []
    monkeypatch.setattr(training_record_dialog, "open_file", opened.append)
    monkeypatch.setattr(training_page, "open_file", opened.append)

    dialog = page.edit_record(None)
    ui = dialog.ui
    choose(ui.personEdit, qtbot, "joan")
    ui.courseCombo.setCurrentIndex(ui.courseCombo.findData(course.id))
    ui.certificateRefEdit.setText("OCN-1234")
    ui.attachButton.click()
    assert "Joan first aid.pdf" in ui.certificateValue.text()
    save(dialog)
    saved = dialog.saved
    kept = records.certificate_path(store, saved)
    assert kept is not None and kept.read_bytes() == b"%PDF-1.4 Joan"
    assert kept.parent.parent == store.files_dir  # copied beside the database

    scan.unlink()  # the original can go: the copy is what the record opens
    page.show_tab("records")
    page.records.ui.table.clearSelection()
    assert not page.ui.viewCertificateButton.isEnabled()  # nothing chosen, nothing to view
    assert not page.ui.openRecordButton.isEnabled()
    page.records.ui.table.selectRow(0)
    assert page.ui.viewCertificateButton.isEnabled() and page.ui.openRecordButton.isEnabled()
    page.ui.viewCertificateButton.click()
    again = page.edit_record(saved.id)
    assert again.ui.certificateValue.text() == "Joan first aid.pdf"
    again.ui.openCertificateButton.click()
    assert opened == [kept, kept]
    again.reject()


def test_errors_beside_fields_and_unsaved_changes_are_asked_about(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    records.save_course(store, None, {"title": "Induction"})
    dialog = page.edit_record(None)
    ui = dialog.ui
    ui.dateEdit.setText("31/02/2026")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.error_text("on_date") == "There is no 31 February (February has 28 days in 2026)."
    assert dialog.focusWidget() is ui.dateEdit
    ui.dateEdit.setText("28/02/2026")
    save(dialog)  # now the service says what else is missing, each beside its field
    assert dialog.error_text("on_date") == ""
    assert dialog.error_text("person_id") == "Choose who the training is for."
    assert dialog.error_text("course_id") == "Choose a course."
    assert dialog.focusWidget() is ui.personEdit  # the first field in error
    assert ui.personEdit.accessibleDescription() == "Choose who the training is for."

    answers = iter(["keep", "discard"])
    dialog.ask_about_changes = lambda: next(answers)  # type: ignore[method-assign]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # kept editing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    course_dialog = page.edit_course(None)
    course_dialog.ui.titleEdit.setText("Induction")
    save(course_dialog)
    assert "already exists" in course_dialog.error_text("title")
    course_dialog.ask_about_changes = lambda: "discard"  # type: ignore[method-assign]
    course_dialog.reject()


def test_choosing_a_person_narrows_every_tab(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    from engagement_desktop.services.training.development import add_need

    course = records.save_course(store, None, {"title": "Induction"})
    for name in trio:
        records.save_record(
            store, None, {"person_id": trio[name], "course_id": course.id, "status": "booked"}
        )
        add_need(store, trio[name], f"Something for {name}")
    page.show_tab("matrix")
    assert page.matrix.model.rowCount() == 3
    picker = page.ui.personEdit
    page.focus_search()
    assert picker.hasFocus()
    qtbot.keyClicks(picker, "nowak")
    qtbot.waitUntil(lambda: picker.completer().popup().isVisible(), timeout=3000)
    popup = picker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.person_id == trio["Zoë"]
    assert page.matrix.model.rowCount() == 1
    page.show_tab("records")
    assert page.records.model.rowCount() == 1
    page.show_tab("needs")
    assert [n.description for n in page.needs.needs_model.lines] == ["Something for Zoë"]
    dialog = page.edit_record(None)  # a new record starts with the person chosen
    assert dialog.ui.personEdit.person_id == trio["Zoë"]
    dialog.reject()
    picker.clear()
    picker.textEdited.emit("")
    assert page.person_id is None
    assert len(page.needs.needs_model.lines) == 3


def test_matrix_model_for_two_thousand_people_answers_only_what_is_shown() -> None:
    """The model holds the service's matrix; it formats cells only when asked."""
    from engagement_desktop.services.training.matrix import Cell, Matrix

    courses = [(c, f"Course {c}") for c in range(40)]
    people_rows = [(p, f"Person {p}", None) for p in range(2000)]
    cells = {(p, c): Cell("completed", date.today(), None) for p in range(2000) for c in range(40)}
    model = MatrixModel()
    model.set_matrix(Matrix(courses, people_rows, cells))
    assert (model.rowCount(), model.columnCount()) == (2000, 40)
    assert model.data(model.index(1999, 39), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(1999, 39)) == f"✓ {date.today().day} {date.today():%b %Y}"
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Person 0, Course 1: Completed") and tip.endswith("Done, in date.")


def test_keyboard_order_and_names(qtbot: QtBot, page: TrainingPage, store: Store) -> None:
    ui = page.ui
    assert ui.personEdit.accessibleName() == "Show one person's training"
    for view in (ui.expiringTable, ui.appraisalsDueTable, ui.feedbackTable):
        assert view.accessibleName()
    ui.personEdit.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == ["recordButton", "appraisalButton", "qt_tabwidget_tabbar", "expiringTable"]
    assert [ui.tabs.tabText(i).replace("&", "") for i in range(len(TABS))] == [
        "Needs attention",
        "Who needs what",
        "Records",
        "Appraisals",
        "Courses",
        "Matrix",
    ]
    dialog = page.edit_record(None)
    names = [
        w.accessibleName()
        for w in (
            dialog.ui.personEdit,
            dialog.ui.courseCombo,
            dialog.ui.statusCombo,
            dialog.ui.dateEdit,
        )
    ]
    assert all(names)
    dialog.reject()


def test_main_window_shows_the_training_page(window: Any) -> None:
    window.go_to("training")
    page = window.page("training")
    assert isinstance(page, TrainingPage)
    assert window.ui.pages.currentWidget() is page
    assert page.ui.personEdit.hasFocus()
    page.show_tab("matrix")
    with page.store.session() as session:
        assert len(training_matrix(session).people) == page.matrix.model.rowCount() > 0


def test_record_editor_tab_order_skips_hidden_conference_fields(
    qtbot: QtBot, page: TrainingPage, store: Store
) -> None:
    conference = records.save_course(store, None, {"title": "TPAS", "kind": "conference"})
    records.save_course(store, None, {"title": "Induction"})
    dialog = page.edit_record(None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ui = dialog.ui
    ui.personEdit.setFocus()
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == [
        "courseCombo",
        "statusCombo",
        "dateEdit",
        "certificateRefEdit",
        "attachButton",
        "notesEdit",  # "Open certificate" is off with nothing attached; no conference box
    ]
    ui.courseCombo.setCurrentIndex(ui.courseCombo.findData(conference.id))
    assert ui.conferenceBox.isVisibleTo(dialog)
    ui.attachButton.setFocus()
    qtbot.keyClick(ui.attachButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.briefedEdit
    dialog.ask_about_changes = lambda: "discard"  # type: ignore[method-assign]
    dialog.reject()


def test_another_database_shows_its_own_training(
    qtbot: QtBot, page: TrainingPage, store: Store, tmp_path: Path, trio: dict[str, int]
) -> None:
    from engagement_desktop.store.engine import open_store

    records.save_course(store, None, {"title": "Induction"})
    page.show_tab("courses")
    assert len(page.courses_model.lines) == 1
    page.ui.personEdit.set_person(trio["Joan"])
    assert page.person_id == trio["Joan"]
    other = open_store(tmp_path / "other.sqlite", actor="test.officer")
    try:
        page.set_store(other)
        assert page.person_id is None and page.ui.personEdit.text() == ""
        assert page.courses_model.lines == []
        page.show_tab("matrix")
        assert page.matrix.model.rowCount() == 0
        assert not page.ui.exportButton.isEnabled()
    finally:
        page.set_store(store)
        other.close()


def test_records_tab_has_one_search_box_and_filters_by_course(
    qtbot: QtBot, page: TrainingPage, store: Store, trio: dict[str, int]
) -> None:
    first_aid = records.save_course(store, None, {"title": "First aid"})
    minutes = records.save_course(store, None, {"title": "Minute taking"})
    for name, course in (("Joan", first_aid), ("Amir", first_aid), ("Zoë", minutes)):
        records.save_record(
            store, None, {"person_id": trio[name], "course_id": course.id, "status": "booked"}
        )
    page.show_tab("records")
    boxes = [edit for edit in page.findChildren(QLineEdit) if edit.isVisible()]
    assert boxes == [page.ui.personEdit]  # the person box above the tabs, and no other
    assert page.records.model.rowCount() == 3
    course_box = page.records.filter_boxes["course"]
    course_box.setCurrentIndex(course_box.findText("First aid"))
    qtbot.waitUntil(lambda: page.records.model.rowCount() == 2, timeout=3000)
    choose(page.ui.personEdit, qtbot, "okafor")
    qtbot.waitUntil(lambda: page.records.model.rowCount() == 1, timeout=3000)
