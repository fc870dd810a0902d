"""The People section as an officer uses it: add, correct, find, edit, merge, archive, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.duplicate_dialog import DuplicateDialog
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.gui.people.page import PeoplePage
from engagement_desktop.interchange.people.export import HEADINGS as PEOPLE_HEADINGS
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, Household, Person
from tests.consent import GIVEN
from tests.gui.print_helpers import pdf_text, print_to_pdf

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class Answer:
    """Stands in for a QMessageBox static function; remembers the questions asked."""

    def __init__(self, answer: Any = QMessageBox.StandardButton.Ok) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, *args: Any, **kw: Any) -> Any:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def page(window: MainWindow) -> PeoplePage:
    people_page = window.page("people")
    assert isinstance(people_page, PeoplePage)
    return people_page


def editor_of(page: PeoplePage) -> PersonEditor:
    assert page.editor is not None and page.editor.isVisible()
    return page.editor


def search(qtbot: QtBot, page: PeoplePage, text: str) -> None:
    page.ui.searchEdit.setText(text)
    qtbot.waitUntil(lambda: page.model.search == text, timeout=2000)


def cell(page: PeoplePage, row: int, heading: str) -> str:
    column = page.listing.headings.index(heading)
    return page.model.data(page.model.index(row, column))


def count_people(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_add_a_person_correct_a_bad_postcode_and_find_them(
    qtbot: QtBot, window: MainWindow, page: PeoplePage, sample_store: Store
) -> None:
    window.go_to("groups")
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is None  # there Ctrl+N is the Groups section's own
    page.menu.aboutToShow.emit()  # and the People menu does not offer it there
    assert page.add_action.text() == "&Add person…" and "\t" not in page.open_action.text()
    page.add_action.trigger()  # People > Add person… from another section
    assert window.current_page() is page
    editor = editor_of(page)
    editor.done(QDialog.DialogCode.Rejected)
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = editor_of(page)  # Ctrl+N while People is on screen, wherever the focus is
    page.menu.aboutToShow.emit()
    assert page.add_action.text().endswith("\tCtrl+N") and page.open_action.text().endswith(
        "\tEnter"
    )
    assert editor.windowTitle() == "New person"
    # (QTest types ASCII only; the accented names go in as pasted text)
    editor.ui.firstNameEdit.setText("Siobhán")
    editor.ui.lastNameEdit.setText("Ní Bhriain")
    editor.ui.holdDataCheck.setChecked(True)  # they agreed to us holding their details
    qtbot.keyClicks(editor.ui.postcodeEdit, "pe12")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    line = editor.errors.line("postcode")
    assert line is not None and line.isVisible()
    assert line.text() == "'pe12' is not a UK postcode (e.g. PE12 3AB)"
    assert editor.ui.postcodeEdit.property("invalid") is True
    assert editor.ui.postcodeEdit.accessibleDescription() == line.text()
    assert editor.ui.tabs.currentWidget() is editor.ui.detailsTab
    assert count_people(sample_store) == 6  # nothing was saved

    editor.ui.postcodeEdit.setText("pe21 9zz")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert editor.errors.line("postcode") is None
    assert count_people(sample_store) == 7
    current = page.ui.table.currentIndex()
    assert page.model.row_id(current.row()) == editor.person_id  # the new person is selected

    search(qtbot, page, "PE21 9ZZ")
    assert page.model.rowCount() == 1
    assert cell(page, 0, "Name") == "Ní Bhriain, Siobhán"
    assert cell(page, 0, "Postcode") == "PE21 9ZZ"


def test_every_reason_shows_at_once_on_its_own_tab(qtbot: QtBot, page: PeoplePage) -> None:
    editor = page.add_person()
    ui = editor.ui
    ui.firstNameEdit.setText("Łukasz")
    ui.holdDataCheck.setChecked(True)
    ui.postcodeEdit.setText("pe12")
    ui.dateOfBirthEdit.setText("31/02/1970")
    ui.emailEdit.setText("lukasz@")
    assert not editor.save()
    assert set(editor.errors.shown) == {"date_of_birth", "postcode", "email"}
    said = "There is no 31 February (February has 28 days in 1970)"  # not "dd/mm/yyyy": it is
    assert editor.errors.line("date_of_birth").text() == said
    assert ui.tabs.currentWidget() is ui.detailsTab  # the first one in tab order
    assert "3 fields" in ui.errorBanner.text()
    contact = ui.tabs.indexOf(ui.contactTab)
    assert ui.tabs.tabBar().tabTextColor(contact).name() == "#b3261e"
    ui.dateOfBirthEdit.setText("28/02/1970")
    ui.postcodeEdit.setText("PE12 3AB")
    ui.emailEdit.setText("lukasz@example.org")
    ui.lastNameEdit.setText("Nowak")
    assert editor.save()
    assert ui.tabs.tabBar().tabTextColor(contact).name() != "#b3261e"


def test_enter_opens_the_selected_person_and_edits_are_saved(
    qtbot: QtBot, page: PeoplePage, sample_store: Store
) -> None:
    search(qtbot, page, "joan adams")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)  # into the list, first row selected
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    editor = editor_of(page)
    assert editor.ui.firstNameEdit.text() == "Joan"
    assert not editor.is_dirty()
    editor.ui.tabs.setCurrentWidget(editor.ui.contactTab)
    editor.ui.emailEdit.setText("Joan.Adams@Example.org")
    editor.ui.knownAsEdit.setText("Jo")
    assert editor.is_dirty()
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    with sample_store.session() as session:
        joan = session.get(Person, page.model.row_id(0))
        assert joan is not None
        assert (joan.email, joan.known_as) == ("joan.adams@example.org", "Jo")
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "person.edit"
    assert set(entry.changes) == {"email", "known_as"}
    assert cell(page, 0, "Email") == "joan.adams@example.org"


def test_escape_asks_before_losing_changes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage
) -> None:
    editor = page.add_person()
    editor.ui.lastNameEdit.setText("Okafor")
    ask = Answer(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", ask)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(ask.asked) == 1 and editor.isVisible()
    ask.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    # Nothing typed: Esc just closes.
    untouched = page.add_person()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and len(ask.asked) == 2


def test_same_email_warns_and_open_existing_opens_them(
    qtbot: QtBot, page: PeoplePage, sample_store: Store
) -> None:
    joan_id = 1
    people.edit_person(sample_store, joan_id, {"email": "joan@example.org"})
    editor = page.add_person()
    editor.ui.firstNameEdit.setText("J")
    editor.ui.lastNameEdit.setText("Adams-Smith")
    editor.ui.emailEdit.setText("JOAN@example.org")
    editor.ui.holdDataCheck.setChecked(True)
    shown: list[DuplicateDialog] = []

    def choose_open_existing() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DuplicateDialog)
        shown.append(dialog)
        qtbot.mouseClick(dialog.ui.openExistingButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_open_existing)
    editor.save()
    assert shown, "the duplicate dialog did not appear"
    table = shown[0].ui.matchesTable
    assert table.item(0, 0).text() == "Joan Adams"
    assert table.item(0, 3).text() == "same email"
    assert not editor.isVisible()
    assert count_people(sample_store) == 6  # the new entry was not saved
    existing = editor_of(page)
    assert existing.person_id == joan_id
    assert existing.ui.emailEdit.text() == "joan@example.org"


def test_add_anyway_saves_a_second_record(
    qtbot: QtBot, page: PeoplePage, sample_store: Store
) -> None:
    editor = page.add_person()
    editor.ui.firstNameEdit.setText("Joan")
    editor.ui.lastNameEdit.setText("Adams")
    editor.ui.postcodeEdit.setText("PE12 3AB")
    editor.ui.holdDataCheck.setChecked(True)
    QTimer.singleShot(
        0,
        lambda: QApplication.activeModalWidget().done(DuplicateDialog.ADD_ANYWAY),  # type: ignore[union-attr]
    )
    assert editor.save()
    assert count_people(sample_store) == 7


def test_merge_two_people_through_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage, sample_store: Store
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Answer(Yes))
    told = Answer()
    monkeypatch.setattr(QMessageBox, "information", told)
    page.ui.table.selectRow(0)
    page.ui.table.selectionModel().select(
        page.model.index(1, 0),
        page.ui.table.selectionModel().SelectionFlag.Select
        | page.ui.table.selectionModel().SelectionFlag.Rows,
    )
    keep, drop = page.model.row_id(0), page.model.row_id(1)
    dialog = page.merge_selected()
    assert dialog is not None and dialog.isVisible()
    labels = [dialog.ui.compareTable.verticalHeaderItem(r).text() for r in range(5)]
    assert labels[:3] == ["Record", "Name", "Reference"]
    assert not dialog.ui.pickBox.isVisible()  # two chosen: nothing to find
    dialog.ui.keepFirstRadio.setChecked(True)
    qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result_of_merge is not None
    assert "Moved to" in told.asked[0] and "removed" in told.asked[0]
    with sample_store.session() as session:
        assert session.get(Person, drop) is None and session.get(Person, keep) is not None
    assert page.model.rowCount() == 4
    assert page.model.row_id(page.ui.table.currentIndex().row()) == keep


def test_merge_picks_the_second_record_by_search(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage, sample_store: Store
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Answer(Yes))
    monkeypatch.setattr(QMessageBox, "information", Answer())
    page.select_person(1)
    dialog = page.merge_selected()
    assert dialog is not None and dialog.ui.pickEdit.isVisible()
    assert not dialog.ui.mergeButton.isEnabled()
    qtbot.keyClicks(dialog.ui.pickEdit, "T000002")
    qtbot.waitUntil(lambda: dialog.ui.pickList.count() == 1, timeout=2000)
    dialog.ui.pickList.setCurrentRow(0)
    assert dialog.ids == [1, 2] and dialog.ui.mergeButton.isEnabled()
    dialog.ui.keepSecondRadio.setChecked(True)
    dialog.merge()
    with sample_store.session() as session:
        assert session.get(Person, 1) is None and session.get(Person, 2) is not None


def test_delete_archives_after_asking_and_restore_brings_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage, sample_store: Store
) -> None:
    ask = Answer(No)
    monkeypatch.setattr(QMessageBox, "question", ask)
    page.select_person(1)
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert "Archive Joan Adams?" in ask.asked[0]
    assert page.model.rowCount() == 5  # said no
    ask.answer = Yes
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 4 and page.model.row_of(1) is None  # type: ignore[attr-defined]

    archived = page.archived_box
    assert archived is not None
    archived.setCurrentIndex(2)  # type: ignore[attr-defined]  # "Archived only"
    assert page.model.rowCount() == 2
    assert page.select_person(1)
    assert page.restore_action.isEnabled() and not page.archive_action.isEnabled()
    qtbot.mouseClick(page.actions_ui.restoreButton, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    archived.setCurrentIndex(0)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 5 and page.model.row_of(1) is not None  # type: ignore[attr-defined]


def test_archive_from_the_editor(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Answer(Yes))
    editor = page.open_person(1)
    qtbot.mouseClick(editor.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert page.model.rowCount() == 4
    restorer = page.open_person(1)
    assert restorer.ui.archiveButton.text() == "R&estore"
    assert "(archived)" in restorer.ui.nameLabel.text()
    qtbot.mouseClick(restorer.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 5


def test_equality_monitoring_stays_collapsed_until_opened(
    qtbot: QtBot, page: PeoplePage, sample_store: Store
) -> None:
    people.edit_person(sample_store, 1, people.PersonChanges(equality={"ethnicity": "white_irish"}))
    editor = page.open_person(1)
    ui = editor.ui
    ui.tabs.setCurrentWidget(ui.equalityTab)
    assert not ui.equalityPanel.isVisible()
    assert ui.ethnicityCombo.count() == 0  # not even read yet
    assert editor.equality.answers() is None
    qtbot.mouseClick(ui.showEqualityButton, Qt.MouseButton.LeftButton)
    assert ui.equalityPanel.isVisible()
    assert ui.ethnicityCombo.currentText() == "White Irish"
    texts = [ui.sexCombo.itemText(i) for i in range(ui.sexCombo.count())]
    assert texts[0] == "" and texts[-1] == "Prefer not to say"
    assert not editor.is_dirty()  # looking is not changing
    ui.ethnicityCombo.setCurrentIndex(ui.ethnicityCombo.count() - 1)
    ui.writtenObjectionCheck.setChecked(True)
    assert editor.save()
    with sample_store.session() as session:
        from engagement_desktop.store.models import EqualityProfile

        profile = session.get(EqualityProfile, 1)
        assert profile is not None
        assert profile.ethnicity == "prefer_not_to_say" and profile.written_objection


def test_typing_an_address_offers_the_household_there_and_who_lives_in_it(
    qtbot: QtBot, page: PeoplePage, sample_store: Store
) -> None:
    with sample_store.transaction() as session:
        home = Household(name="Flat 3, Mill Court", reference="T100")
        session.add(home)
        session.flush()
        home_id = home.id
    fields = {"first_name": "Dan", "last_name": "Abbott", "postcode": "TR21 0PW"}
    people.add_person(sample_store, {**fields, "household_id": home_id}, hold_data=GIVEN)
    editor = page.open_person(None)
    ui = editor.ui
    assert [ui.householdCombo.itemText(i) for i in range(ui.householdCombo.count())] == [
        "No household"
    ]
    ui.postcodeEdit.setText("tr21 0pw")
    ui.postcodeEdit.editingFinished.emit()
    assert ui.householdCombo.itemText(1) == "Flat 3, Mill Court · T100"
    ui.householdCombo.setCurrentIndex(1)
    assert ui.householdMembersLabel.text() == "Lives with: Dan Abbott"
    editor.done(QDialog.DialogCode.Rejected)


def test_consent_withdrawn_with_one_click_keeps_the_history(
    qtbot: QtBot, page: PeoplePage, sample_store: Store
) -> None:
    from engagement_desktop.services.people import consents

    consents.record_consent(sample_store, 1, "contact_email", True, "paper_form")
    editor = page.open_person(1)
    ui = editor.ui
    ui.tabs.setCurrentWidget(ui.consentsTab)
    assert ui.consentsTable.rowCount() == 1
    ui.consentsTable.selectRow(0)
    assert ui.withdrawButton.isEnabled()
    qtbot.mouseClick(ui.withdrawButton, Qt.MouseButton.LeftButton)
    assert ui.consentsTable.rowCount() == 2
    assert ui.consentsTable.item(0, 1).text() == "Withdrawn"
    assert ui.consentsTable.item(1, 1).text() == "Given"
    assert "Contact by email: withdrawn" in ui.consentStateLabel.text()
    assert editor.changed  # the list reads again when the editor closes
    editor.reject()
    assert page.model.filters.get("consent") is None


def test_export_writes_the_filtered_list(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage, tmp_path: Path
) -> None:
    monkeypatch.setattr(QMessageBox, "information", Answer())
    target = tmp_path / "subscribed.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    status = page.filter_boxes["status"]
    status.setCurrentIndex(status.findData("subscribed"))
    page.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [
        [page.model.data(page.model.index(r, c)) for c in range(page.model.columnCount())]
        for r in range(page.model.rowCount())
    ]
    task = page.export()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert page.last_export is not None and page.last_export.rows == len(shown) == 3
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert list(rows[0]) == list(PEOPLE_HEADINGS)  # every column, not only the screen's
    assert [row[0] or "" for row in rows[1:]] == [line[0] for line in shown]  # as on screen
    assert [f"{row[3]}, {row[2]}" for row in rows[1:]] == [line[1] for line in shown]
    assert {row[PEOPLE_HEADINGS.index("Involvement")] for row in rows[1:]} == {"Subscribed member"}


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next visible widget in the chain that takes Tab."""
    candidate = widget.nextInFocusChain()
    while not (candidate.isVisible() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_editor_tab_order_and_accessible_names(page: PeoplePage) -> None:
    editor = page.add_person()
    ui = editor.ui
    assert next_tab_stop(ui.firstNameEdit) is ui.lastNameEdit
    assert next_tab_stop(ui.tenureCombo) is ui.holdDataCheck  # consent, then how it was given
    assert next_tab_stop(ui.holdDataMethodCombo) is ui.address1Edit
    assert next_tab_stop(ui.postcodeEdit) is ui.areaCombo
    for widget in (ui.firstNameEdit, ui.postcodeEdit, ui.emailEdit, ui.interestsList):
        assert widget.accessibleName()
    assert ui.saveButton.isDefault()
    editor.done(QDialog.DialogCode.Rejected)


def test_exclusion_added_and_lifted_from_the_conduct_tab(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage, sample_store: Store
) -> None:
    from engagement_desktop.gui.people.exclusion_dialog import ExclusionDialog
    from engagement_desktop.services.people.conduct import active_exclusion

    def fill_in(dialog: ExclusionDialog) -> int:
        dialog.save()  # no reason yet: refused, the reason shows under the field
        assert dialog.errors.line("reason").text() == "Reason is required"
        dialog.ui.reasonEdit.setPlainText("Abusive emails to staff")
        dialog.ui.endsEdit.setText("31/12/2099")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ExclusionDialog, "exec", fill_in)
    editor = page.open_person(1)
    ui = editor.ui
    assert not ui.liftExclusionButton.isEnabled()
    qtbot.mouseClick(ui.addExclusionButton, Qt.MouseButton.LeftButton)
    assert "Abusive emails to staff" in ui.exclusionLabel.text()
    assert ui.badgeLabel.text() == "Excluded until 31 Dec 2099"
    monkeypatch.setattr(QMessageBox, "question", Answer(Yes))
    qtbot.mouseClick(ui.liftExclusionButton, Qt.MouseButton.LeftButton)
    assert ui.exclusionLabel.text() == "Not excluded." and ui.badgeLabel.text() == ""
    with sample_store.session() as session:
        assert active_exclusion(session, 1) is None
    assert editor.changed and not editor.is_dirty()


def test_ctrl_p_prints_the_list_as_shown_through_a_preview(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage, tmp_path: Path
) -> None:
    target = tmp_path / "printed.pdf"
    previews = print_to_pdf(monkeypatch, target)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)
    names = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    task = page.print_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert len(previews) == 1 and previews[0].title == "Print preview: People"
    text = pdf_text(target)
    assert "People" in text and "All people · 5 people" in text
    places = [text.find(name) for name in names]
    assert -1 not in places and places == sorted(places)  # every row, in the screen's order
    assert "Page 1 of 1" in text


def test_save_as_pdf_of_a_filtered_list_names_the_filter(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: PeoplePage, tmp_path: Path
) -> None:
    suggested: list[str] = []

    def save_as(_parent: Any, _caption: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / "subscribed"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    status = page.filter_boxes["status"]
    status.setCurrentIndex(status.findData("subscribed"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    button = page.findChild(QToolButton, "printListButton")
    [_print, save] = button.menu().actions()  # on the Print button's arrow
    assert save.text() == "Save as P&DF…"
    save.trigger()
    task = page.print_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert Path(suggested[0]).name == "People - Involvement Subscribed member.pdf"
    text = pdf_text(tmp_path / "subscribed.pdf")
    assert "Involvement: Subscribed member · 3 people" in text
