"""The Groups page as the officer uses it: a panel with a terms rule, seats, members, warnings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.common.cut_text import is_cut
from engagement_desktop.gui.common.editor_dialog import set_combo_data
from engagement_desktop.gui.groups.group_dialog import GroupDialog
from engagement_desktop.gui.groups.membership_dialog import MembershipDialog, StandDownDialog
from engagement_desktop.gui.groups.page import GroupsPage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.services.groups import groups
from engagement_desktop.services.groups.details import default_term_end
from engagement_desktop.services.groups.terms import add_years
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Group, GroupSeat, Membership, Person
from tests.consent import GIVEN


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def drive_modal(trigger: Callable[[], Any], drive: Callable[[QDialog], None]) -> None:
    """Open a modal dialog for real and work it from a timer; it is always closed in the end."""
    problems: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, step)
            return
        try:
            drive(dialog)
        except BaseException as exc:  # reported after the dialog is closed
            problems.append(exc)
        finally:
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, step)
    trigger()
    if problems:
        raise problems[0]


def patch_exec(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> list:
    """``cls.exec`` shows the dialog, lets ``fill`` work it, returns what a real exec would."""
    opened: list[Any] = []

    def fake_exec(self: QDialog) -> int:
        opened.append(self)
        self.show()
        fill(self)
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return opened


@pytest.fixture
def page(window: MainWindow) -> Iterator[GroupsPage]:
    window.go_to("groups")
    groups_page = window.page("groups")
    assert isinstance(groups_page, GroupsPage)
    yield groups_page


def group_id(store: Store, name: str) -> int:
    with store.session() as session:
        found = session.scalar(select(Group.id).where(Group.name == name))
    assert found is not None
    return found


def show(page: GroupsPage, name: str) -> None:
    rows = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    page.select_group_row(rows.index(name))
    assert page.details is not None and page.details.name == name


def member_rows(page: GroupsPage) -> list[list[str]]:
    model = page.members
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_create_a_group_with_a_three_year_rule_and_seats(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: GroupsPage, sample_store: Store
) -> None:
    def fill(dialog: GroupDialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.nameEdit, "Consultative Group")
        ui.categoryCombo.setCurrentText("Consultative group")
        set_combo_data(ui.kindCombo, "formal")
        ui.purposeEdit.setPlainText("Consulted on policy and budget.")
        ui.meetingEdit.setText("Quarterly")
        ui.termYearsSpin.setValue(3)
        ui.maxTermsSpin.setValue(2)
        ui.breakYearsSpin.setValue(1)
        ui.appraisalCheck.setChecked(True)
        dialog.add_seat("Tenants nominated by TARAs", 7)
        dialog.add_seat("Owner occupiers", 2)
        assert ui.breakYearsSpin.text() == "1 year"
        qtbot.mouseClick(
            ui.buttonBox.button(ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    opened = patch_exec(monkeypatch, GroupDialog, fill)
    page.window().activateWindow()
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].windowTitle() == "New group"
    assert page.details is not None and page.details.name == "Consultative Group"
    assert page.dui.termsValue.text() == "3-year terms, at most 2 in a row, then a 1-year break"
    assert page.dui.appraisalValue.text() == "Yes, every member"
    seats = page.dui.seatsLabel.text()
    assert "Owner occupiers: 0 of 2 seats filled" in seats
    assert "Tenants nominated by TARAs: 0 of 7 seats filled" in seats
    assert page.ui.countLabel.text() == "3 groups"
    with sample_store.session() as session:
        saved = session.scalars(select(GroupSeat).order_by(GroupSeat.constituency)).all()
    assert [(s.constituency, s.seats) for s in saved] == [
        ("Owner occupiers", 2),
        ("Tenants nominated by TARAs", 7),
    ]


def test_group_name_is_required_and_the_error_sits_by_the_field(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: GroupsPage
) -> None:
    def fill(dialog: GroupDialog) -> None:
        dialog.ui.termYearsSpin.setValue(2)
        dialog.save()
        assert dialog.isVisible()
        assert dialog.error_text("name") == "The name is required."
        assert dialog.ui.nameError.isVisibleTo(dialog)
        assert dialog.focusWidget() is dialog.ui.nameEdit

    opened = patch_exec(monkeypatch, GroupDialog, fill)
    page.new_group()
    assert opened and page.model.rowCount() == 2  # nothing saved


def test_add_a_member_by_searching(qtbot: QtBot, page: GroupsPage, sample_store: Store) -> None:
    panel = group_id(sample_store, "Customer Scrutiny Panel")
    groups.save_group(sample_store, panel, {"term_years": 3})
    page.refresh()
    show(page, "Customer Scrutiny Panel")
    new = people.add_person(
        sample_store,
        {"first_name": "Siobhán", "last_name": "Ní Bhriain", "postcode": "PE9 9ZZ"},
        hold_data=GIVEN,
    )

    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, MembershipDialog)
        ui = dialog.ui
        # a sitting member entered with the day she first joined, five years ago: her
        # term would have ended already, and the dialog says what that means
        ui.termStartEdit.setDate(qdate(date.today() - timedelta(days=5 * 365)))
        assert dialog.past_label.isVisibleTo(dialog)
        assert "listed as a past member" in dialog.past_label.text()
        start = date.today() - timedelta(days=10)
        ui.termStartEdit.setDate(qdate(start))
        assert not dialog.past_label.isVisibleTo(dialog)  # the current term: no note
        assert ui.termEndCheck.isChecked()
        assert ui.termEndEdit.date() == qdate(default_term_end(start, 3) or start)
        qtbot.keyClicks(ui.personSearch, "siobhan bhriain")  # no accents typed: still found
        qtbot.keyClick(ui.personSearch, Qt.Key.Key_Down)
        assert dialog.focusWidget() is ui.personResults
        assert dialog.picker is not None
        chosen = dialog.picker.chosen()
        assert chosen is not None and chosen[0] == new.id
        assert ui.personHint.text().startswith("Chosen: Ní Bhriain, Siobhán")
        set_combo_data(ui.roleCombo, "vice_chair")
        ui.buttonBox.button(ui.buttonBox.StandardButton.Save).click()

    drive_modal(page.actions_by_name["add_member"].trigger, drive)
    rows = member_rows(page)
    added = next(row for row in rows if row[0] == "Ní Bhriain, Siobhán")
    assert added[2] == "Vice chair" and added[-1] == "Current"
    assert page.dui.membersLabel.text().startswith("Members: 4 current")
    assert page.members.row_id(page.dui.membersTable.currentIndex().row()) is not None


def test_a_term_ending_within_90_days_is_flagged(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: GroupsPage, sample_store: Store
) -> None:
    show(page, "Riverside TARA")
    assert page.dui.warningsLabel.isHidden()

    def fill(dialog: MembershipDialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.personSearch, "T000002")
        assert dialog.picker is not None
        dialog.picker.refresh()
        dialog.picker.choose_row(0)
        ui.termStartEdit.setDate(qdate(date.today() - timedelta(days=300)))
        ui.termEndCheck.setChecked(True)
        ui.termEndEdit.setDate(qdate(date.today() + timedelta(days=30)))
        dialog.save()

    patch_exec(monkeypatch, MembershipDialog, fill)
    page.add_member()
    label = page.dui.warningsLabel
    assert label.isVisibleTo(page)
    end = date.today() + timedelta(days=30)
    assert f"term ends {end:%d %b %Y} (in 30 days)" in label.text()
    assert "Terms of office: 1 warning" in label.text()
    row = next(r for r in range(page.members.rowCount()) if page.members.row_id(r))
    index = page.members.index(row, 0)
    assert page.members.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "in 30 days" in page.members.data(index, Qt.ItemDataRole.ToolTipRole)


def test_a_member_over_the_consecutive_term_limit_is_flagged(
    page: GroupsPage, sample_store: Store
) -> None:
    panel = groups.add_group(
        sample_store,
        {
            "name": "Repairs Service Voice",
            "term_years": 2,
            "max_consecutive_terms": 2,
            "break_years": 1,
        },
    )
    person = people.add_person(
        sample_store, {"first_name": "Zoë", "last_name": "Łukasiewicz"}, hold_data=GIVEN
    )
    latest = None
    for years_ago in (5, 3, 1):
        start = add_years(date.today(), -years_ago)
        latest = groups.add_membership(
            sample_store, panel.id, person.id, term_start=start, term_end=default_term_end(start, 2)
        )
    page.refresh()
    show(page, "Repairs Service Voice")
    text = page.dui.warningsLabel.text()
    assert (
        "<b>Zoë Łukasiewicz</b>: in consecutive term 3; the limit is 2 then a 1-year break" in text
    )
    assert latest is not None
    flagged = [
        r
        for r in range(page.members.rowCount())
        if page.members.data(page.members.index(r, 0), Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert [page.members.row_id(r) for r in flagged] == [latest.id]


def test_edit_a_term_then_stand_down_and_show_past_members(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: GroupsPage, sample_store: Store
) -> None:
    show(page, "Customer Scrutiny Panel")
    page.dui.membersTable.setFocus()
    page.dui.membersTable.selectRow(0)
    first = page.selected_member()
    assert first is not None

    def edit(dialog: MembershipDialog) -> None:
        assert dialog.picker is None and dialog.ui.pickerArea.isHidden()
        set_combo_data(dialog.ui.roleCombo, "chair")
        dialog.ui.constituencyCombo.setCurrentText("Tenants")
        dialog.save()

    patch_exec(monkeypatch, MembershipDialog, edit)
    qtbot.keyClick(page.dui.membersTable, Qt.Key.Key_Return)  # Enter opens the term
    assert member_rows(page)[0][2:4] == ["Chair", "Tenants"]

    def stand_down(dialog: StandDownDialog) -> None:
        dialog.ui.leftOnEdit.setDate(qdate(date.today() - timedelta(days=1)))
        dialog.ui.notesEdit.setText("Moved away")
        dialog.save()

    patch_exec(monkeypatch, StandDownDialog, stand_down)
    page.dui.membersTable.selectRow(0)
    page.stand_down()
    assert page.members.rowCount() == 2
    page.dui.showPastCheck.setChecked(True)
    rows = member_rows(page)
    assert len(rows) == 3
    assert [row[-1] for row in rows if row[0] == "Adams, Joan"] == ["Stood down"]
    with sample_store.session() as session:
        term = session.get(Membership, first)
        assert term is not None and term.notes == "Moved away"
        assert term.left_on == date.today() - timedelta(days=1)


def test_escape_with_unsaved_changes_asks_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sample_store: Store
) -> None:
    answers = ["keep", "discard"]
    asked: list[str] = []

    def answer(self: GroupDialog) -> str:
        asked.append(self.windowTitle())
        return answers.pop(0)

    monkeypatch.setattr(GroupDialog, "ask_about_changes", answer)
    dialog = GroupDialog(sample_store, group_id(sample_store, "Riverside TARA"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not dialog.isVisible() and asked == []
    dialog.show()
    dialog.ui.meetingEdit.setText("Monthly")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["Edit group: Riverside TARA"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2
    assert dialog.ui.nameEdit.accessibleName() == "Group name"


def test_enter_on_a_group_opens_it_and_tab_reaches_the_members(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: GroupsPage
) -> None:
    opened = patch_exec(monkeypatch, GroupDialog, lambda dialog: None)
    show(page, "Riverside TARA")
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert [d.windowTitle() for d in opened] == ["Edit group: Riverside TARA"]
    page.window().activateWindow()
    page.ui.table.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == ["newGroupButton", "editGroupButton", "showPastCheck", "addMemberButton"]


def test_export_members_writes_the_rows_shown(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: GroupsPage,
    tmp_path: Path,
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        term = session.scalars(
            select(Membership.id).join(Person).where(Person.reference == "T000002")
        ).first()
    assert term is not None
    groups.edit_membership(sample_store, term, {"constituency": "=1+2"})  # looks like a formula
    page.refresh()
    show(page, "Customer Scrutiny Panel")
    target = tmp_path / "members.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    task = page.export_members()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert task.error is None
    sheet = openpyxl.load_workbook(target).active
    cells = list(sheet.iter_rows(min_row=3, values_only=True))  # under the title rows
    model = page.members
    assert list(cells[0]) == [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ]
    assert len(cells) == model.rowCount() + 1 == 4
    names = [row[0] for row in cells[1:]]
    assert names == [r[0] for r in member_rows(page)]
    constituencies = [row[3] for row in cells[1:]]
    formula_like = constituencies.index("=1+2") + 4
    assert sheet.cell(formula_like, 4).data_type == "s"  # kept as text, never a formula
    assert all(isinstance(row[4], date) for row in cells[1:])  # term start: a real date
    assert sheet.freeze_panes == "A4"  # headings stay in view under the title rows


def test_term_end_follows_the_start_until_set_by_hand(
    qtbot: QtBot, page: GroupsPage, sample_store: Store
) -> None:
    panel = group_id(sample_store, "Customer Scrutiny Panel")
    groups.save_group(sample_store, panel, {"term_years": 2})
    dialog = MembershipDialog(sample_store, panel)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.termStartEdit.setDate(qdate(date(2026, 4, 1)))
    assert ui.termEndEdit.date() == qdate(date(2028, 3, 31))
    ui.termEndEdit.setDate(qdate(date(2027, 3, 31)))  # the officer's own choice
    ui.termStartEdit.setDate(qdate(date(2026, 5, 1)))
    assert ui.termEndEdit.date() == qdate(date(2027, 3, 31))
    assert ui.personSearch.accessibleName() == "Search for the person"
    assert ui.termForm.isRowVisible(ui.leftOnCheck) is False  # only when editing a term


def test_member_names_are_whole_in_a_laptop_sized_window(
    qtbot: QtBot, page: GroupsPage, window: MainWindow
) -> None:
    window.showNormal()
    window.resize(1366, 728)
    show(page, "Customer Scrutiny Panel")
    table = page.dui.membersTable
    qtbot.waitUntil(lambda: page.members.rowCount() > 0, timeout=5000)
    qtbot.wait(300)  # the panel settles; the columns are fitted again

    def cut_names() -> list[str]:
        return [
            name
            for row in range(page.members.rowCount())
            if is_cut(
                table,
                page.members.index(row, 0),
                name := page.members.data(page.members.index(row, 0)),
            )
        ]

    qtbot.waitUntil(lambda: cut_names() == [], timeout=3000)
