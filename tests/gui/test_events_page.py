"""The Events page as the officer drives it: set up a pop-up meeting, invite, cost it,
print the sign-in sheet, mark the register, type in the paper sheet, log an outcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.events.editor import EventEditor
from engagement_desktop.gui.events.page import EventsPage
from engagement_desktop.gui.events.register_dialog import RegisterDialog
from engagement_desktop.gui.events.register_typing import TypingInDialog
from engagement_desktop.services.events import events
from engagement_desktop.services.events.details import register_rows
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import conduct, people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.services.rewards import rules
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, Event, EventType, Outcome, Topic
from tests.consent import GIVEN
from tests.gui.print_helpers import pdf_text, print_to_pdf

#: Names a user would type, with the letters that broke older programs.
NAMES = [
    ("Zoë", "Adams", "subscribed", [("hearing_loop", "")]),
    ("Łukasz", "Wójcik", "subscribed", [("interpreter", "Polish")]),
    ("Siobhán", "Ní Bhriain", "subscribed", [("hearing_loop", ""), ("large_print", "")]),
    ("Derek", "Evans", "one_off", []),
    ("Grace", "Okafor", "subscribed", []),
]


def named(store: Store, model: type, name: str) -> int:
    with store.session() as session:
        return int(session.scalar(select(model.id).where(model.name == name)))


def make_desk(store: Store) -> dict[str, int]:
    """An estate, a TARA with three members, five people, a points rule, one future event."""
    with store.transaction() as session:
        session.add(Area(name="Meadowbank"))
    repairs = named(store, Topic, "Repairs")
    ids: dict[str, int] = {}
    for first, last, status, needs in NAMES:
        ids[first] = people.add_person(
            store,
            PersonChanges(
                fields={
                    "first_name": first,
                    "last_name": last,
                    "postcode": "PE12 3AB",
                    "involvement_status": status,
                },
                support_needs=needs,
                interests=[repairs] if first == "Grace" else [],
            ),
            hold_data=GIVEN,
        ).id
    tara = groups.add_group(store, {"name": "Meadowbank TARA"})
    for first in ("Zoë", "Łukasz", "Siobhán"):
        groups.add_membership(store, tara.id, ids[first], term_start=date(2025, 1, 1))
    popup = named(store, EventType, "Pop-up meeting")
    rules.add_rule(store, {"event_type_id": popup, "points": 5, "effective_from": date(2025, 1, 1)})
    ids.update(group=tara.id, popup=popup, repairs=repairs, area=named(store, Area, "Meadowbank"))
    ids["event"] = events.save_event(
        store,
        None,
        {
            "title": "Meadowbank pop-up",
            "event_type_id": popup,
            "group_id": tara.id,
            "area_id": ids["area"],
            "starts_at": datetime.combine(date.today(), datetime.min.time()) + timedelta(hours=10),
            "venue": "Meadowbank Community Centre",
        },
        topics=[repairs],
    ).id
    return ids


def exclude(store: Store, person_id: int) -> None:
    conduct.add_exclusion(
        store, person_id, "Persistent complainants policy", date.today() - timedelta(days=30)
    )


def drive_modal(trigger: Callable[[], Any], drive: Callable[[QDialog], None]) -> Any:
    """Open a modal dialog for real and work it from a timer; it is always closed in the end."""
    problems: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, step)
            return
        try:
            drive(dialog)
        except BaseException as exc:  # reported once the dialog is closed
            problems.append(exc)
        finally:
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, step)
    result = trigger()
    if problems:
        raise problems[0]
    return result


@pytest.fixture
def desk(store: Store) -> dict[str, int]:
    return make_desk(store)


def test_new_event_from_the_page_then_invite_a_group(
    qtbot: QtBot, store: Store, desk: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = EventsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert set(page.filter_boxes) == {"type", "group", "area", "status", "topic"}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EventEditor)
        ui = dialog.ui
        qtbot.keyClicks(ui.titleEdit, "Riverside pop-up on the green")
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findText("Pop-up meeting"))
        ui.groupCombo.setCurrentIndex(ui.groupCombo.findText("Meadowbank TARA"))
        ui.areaCombo.setCurrentIndex(ui.areaCombo.findText("Meadowbank"))
        ui.dateEdit.setDate(QDate(2026, 12, 5))
        ui.startTimeEdit.setTime(QTime(14, 0))
        ui.endTimeEdit.setTime(QTime(16, 0))
        qtbot.keyClicks(ui.venueEdit, "The green, Riverside Road")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    editor = drive_modal(page.new_event, fill)
    assert editor.saved_id is not None
    with store.session() as session:
        saved = session.get(Event, editor.saved_id)
        assert saved is not None
        assert (saved.title, saved.starts_at) == (
            "Riverside pop-up on the green",
            datetime(2026, 12, 5, 14, 0),
        )
    assert page.model.rowCount() == 2
    assert page.selected_event() == editor.saved_id  # the new event is picked in the list

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Meadowbank TARA", True))
    reopened = EventEditor(store, editor.saved_id)
    qtbot.addWidget(reopened)
    reopened.ui.inviteGroupButton.click()
    ui = reopened.ui
    assert ui.invitedLabel.text().startswith("Invited 3 people.")
    assert ui.needsLabel.text() == "2 need a hearing loop, 1 Polish interpreter, 1 large print"
    assert ui.blockedList.count() == 3  # nobody has given consent to be contacted yet


def test_a_new_event_is_saved_first_when_inviting(
    qtbot: QtBot, store: Store, desk: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = EventEditor(store)
    qtbot.addWidget(editor)
    editor.ui.titleEdit.setText("Repairs focus group")
    editor.ui.typeCombo.setCurrentIndex(editor.ui.typeCombo.findText("Focus group"))
    editor.ui.topicsList.item(
        [editor.ui.topicsList.item(i).text() for i in range(editor.ui.topicsList.count())].index(
            "Repairs"
        )
    ).setCheckState(Qt.CheckState.Checked)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    editor.ui.inviteTopicsButton.click()
    assert editor.event_id is not None and not editor.is_dirty()
    assert editor.ui.invitedLabel.text().startswith("Invited 1 person.")  # Grace: subscribed


def test_problems_show_by_their_fields_and_esc_asks(
    qtbot: QtBot, store: Store, desk: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = EventEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.tabs.setCurrentIndex(2)
    editor.ui.costsTable.item(0, 1).setText("twelve")
    editor.save()
    assert (
        editor.problems.text("costs") == "Venue: 'twelve' is not an amount in pounds (e.g. 12.50)"
    )
    assert editor.ui.tabs.currentIndex() == 2
    editor.ui.costsTable.item(0, 1).setText("45")
    editor.save()
    assert editor.problems.text("title") == "The title is required"
    assert editor.ui.tabs.currentIndex() == 0 and editor.isVisible()

    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()  # Cancel: keep editing
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_costs_staff_time_and_outcome_logged(
    qtbot: QtBot, store: Store, desk: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = EventEditor(store, desk["event"])
    qtbot.addWidget(editor)
    ui = editor.ui
    ui.costsTable.item(0, 1).setText("45")
    ui.costsTable.item(1, 1).setText("£22.50")
    ui.costsTable.item(1, 2).setText("Tea and cake")
    ui.staffHoursSpin.setValue(3.5)
    ui.hourlyRateSpin.setValue(20)
    assert ui.staffCostLabel.text() == "£70.00"
    assert ui.totalCostLabel.text() == "<b>£137.50</b>"
    ui.outcomesEdit.setPlainText("Residents want the bin store lit.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda _p, _t, _l, text, *a, **k: (text, True)
    )
    ui.logOutcomeButton.click()
    with store.session() as session:
        costs = events.event_costs(session, desk["event"])
        outcome = session.scalars(select(Outcome)).one()
    assert costs.total_pence == 13750 and costs.by_category["catering"] == 2250
    assert (outcome.source, outcome.event_id, outcome.asked) == (
        "event",
        desk["event"],
        "Residents want the bin store lit.",
    )


def test_register_marks_many_and_shows_points(
    qtbot: QtBot, store: Store, desk: dict[str, int]
) -> None:
    invite(store, desk["event"], group_id=desk["group"], person_ids=[desk["Derek"]])
    dialog = RegisterDialog(store, desk["event"])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.registerTable
    assert [row.name for row in dialog.model.rows] == [
        "Zoë Adams",
        "Derek Evans",
        "Siobhán Ní Bhriain",
        "Łukasz Wójcik",
    ]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert {row.status for row in dialog.model.rows} == {"attended"}
    points = {
        row.name: dialog.model.data(dialog.model.index(n, 7))
        for n, row in enumerate(dialog.model.rows)
    }
    assert points == {
        "Zoë Adams": "5",
        "Derek Evans": "",  # a one-off contact earns nothing
        "Siobhán Ní Bhriain": "5",
        "Łukasz Wójcik": "5",
    }
    assert "15 points earned" in dialog.ui.summaryLabel.text()
    table.selectRow(1)
    dialog.ui.noShowButton.click()
    with store.session() as session:
        rows = {r.name: r.status for r in register_rows(session, desk["event"])}
    assert rows["Derek Evans"] == "no_show" and rows["Zoë Adams"] == "attended"


def test_the_groups_chair_is_on_the_register_as_chair(
    qtbot: QtBot, store: Store, desk: dict[str, int]
) -> None:
    """Invited with the meeting's group, its chair reads (and prints) as Chair, not Attendee."""
    with store.transaction() as session:  # the desk's event is the group's own meeting
        meeting = session.scalar(select(EventType.id).where(EventType.name == "Meeting"))
        session.get(Event, desk["event"]).event_type_id = meeting  # type: ignore[union-attr]
    groups.add_membership(
        store, desk["group"], desk["Grace"], role="chair", term_start=date(2025, 1, 1)
    )
    invite(store, desk["event"], group_id=desk["group"], person_ids=[desk["Derek"]])
    dialog = RegisterDialog(store, desk["event"])
    qtbot.addWidget(dialog)
    roles = {
        row.name: dialog.model.data(dialog.model.index(n, 5))
        for n, row in enumerate(dialog.model.rows)
    }
    assert roles == {
        "Zoë Adams": "Attendee",
        "Derek Evans": "Attendee",
        "Siobhán Ní Bhriain": "Attendee",
        "Grace Okafor": "Chair",
        "Łukasz Wójcik": "Attendee",
    }


def test_print_sign_in_sheet_opens_the_print_preview(
    qtbot: QtBot,
    store: Store,
    desk: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invite(store, desk["event"], group_id=desk["group"])
    invite(store, desk["event"], person_ids=[desk["Derek"]])
    target = tmp_path / "printed.pdf"
    previews = print_to_pdf(monkeypatch, target)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    dialog = RegisterDialog(store, desk["event"])
    qtbot.addWidget(dialog)
    dialog.ui.largePrintCheck.setChecked(True)
    dialog.ui.printButton.click()
    task = dialog.sheet_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert len(previews) == 1 and opened == []  # the preview, not a viewer that may not be there
    assert previews[0].title.startswith("Print preview: Sign-in Meadowbank pop-up")
    text = pdf_text(target)
    assert "Sign-in sheet: Meadowbank pop-up" in text
    places = [text.find(surname) for surname in ("Adams", "Evans", "Ní Bhriain", "Wójcik")]
    assert -1 not in places and places == sorted(places)  # by surname, whatever the accents
    assert (
        "New here? Please fill in this slip" in text
    )  # "fi", not a ligature  # walk-ins write on a slip of their own
    assert "PE12 3AB" not in text  # nobody's postcode on show to the next person signing


def test_save_sign_in_sheet_as_pdf_says_where(
    qtbot: QtBot,
    store: Store,
    desk: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invite(store, desk["event"], group_id=desk["group"])
    suggested: list[str] = []

    def save_as(_parent: Any, _caption: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / "sheet"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = RegisterDialog(store, desk["event"])
    qtbot.addWidget(dialog)
    [_register, sheet] = dialog.ui.savePdfButton.menu().actions()
    sheet.trigger()
    task = dialog.sheet_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert Path(suggested[0]).name.startswith("Sign-in Meadowbank pop-up ")
    assert dialog.ui.shownLabel.text() == f"Saved to {tmp_path / 'sheet.pdf'}"
    assert "Siobhán Ní Bhriain" in pdf_text(tmp_path / "sheet.pdf")


def test_ctrl_p_prints_the_register_with_each_mark(
    qtbot: QtBot,
    store: Store,
    desk: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invite(store, desk["event"], group_id=desk["group"])
    events.mark_many(store, desk["event"], [desk["Zoë"]], "attended")
    target = tmp_path / "register.pdf"
    previews = print_to_pdf(monkeypatch, target)
    dialog = RegisterDialog(store, desk["event"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.ui.registerTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    task = dialog.sheet_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert len(previews) == 1
    text = pdf_text(target)
    assert "Register: Meadowbank pop-up" in text
    assert "Adams" in text and "Attended" in text and "Page 1 of 1" in text


def test_typing_in_follows_the_sheet(qtbot: QtBot, store: Store, desk: dict[str, int]) -> None:
    invite(store, desk["event"], group_id=desk["group"], person_ids=[desk["Derek"]])
    dialog = TypingInDialog(store, desk["event"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.numberLabel.text() == "No. 1" and dialog.ui.nameLabel.text() == "Zoë Adams"
    for key in (Qt.Key.Key_A, Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_P):
        qtbot.keyClick(dialog, key)
    with store.session() as session:
        rows = {r.name: (r.status, r.points) for r in register_rows(session, desk["event"])}
    assert rows == {
        "Zoë Adams": ("attended", 5),
        "Derek Evans": ("no_show", 0),
        "Siobhán Ní Bhriain": ("invited", 0),  # skipped with Space
        "Łukasz Wójcik": ("apologies", 0),
    }
    assert dialog.ui.numberLabel.text() == "No. 4"
    qtbot.keyClick(dialog, Qt.Key.Key_Up)
    assert dialog.ui.nameLabel.text() == "Siobhán Ní Bhriain"
    assert dialog.ui.progressLabel.text() == "3 of 4 on the sheet · 3 typed in so far"


def test_month_view_and_topic_filter(qtbot: QtBot, store: Store, desk: dict[str, int]) -> None:
    page = EventsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    topic = page.filter_boxes["topic"]
    topic.setCurrentIndex(topic.findText("Repairs"))
    assert page.model.rowCount() == 1
    page.tabs.setCurrentIndex(1)
    page.month.show_month(date.today())
    assert [e.title for e in page.month.day_events()] == ["Meadowbank pop-up"]
    assert page.month.ui.dayList.item(0).text().endswith("Meadowbank pop-up  ·  Pop-up meeting")
    assert page.selected_event() == desk["event"]
