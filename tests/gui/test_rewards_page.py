"""The Rewards page as an officer drives it: balances, a person's ledger, awards and
corrections with a reason, statements and exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.rewards.award import AwardDialog, CorrectDialog
from engagement_desktop.gui.rewards.outputs import StatementDialog
from engagement_desktop.gui.rewards.page import RewardsPage
from engagement_desktop.services.listings import REWARDS
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.services.rewards import ledger
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, LedgerEntry
from tests.consent import GIVEN
from tests.gui.print_helpers import pdf_text, print_to_pdf

#: (key, first, last, involvement, estate, large print, [(day, points, reason)])
MEMBERS = [
    (
        "joan",
        "Joan",
        "Adams",
        "subscribed",
        "Riverside",
        False,
        [(date(2025, 5, 6), 20, "Estate inspection"), (date(2025, 9, 1), 10, "Focus group")],
    ),
    (
        "lukasz",
        "Łukasz",
        "Nowak",
        "subscribed",
        "Castle Hill",
        False,
        [
            (date(2025, 6, 1), 40, "Written contribution to the repairs policy review"),
            (date(2026, 1, 12), 20, "Scrutiny panel meeting"),
        ],
    ),
    (
        "siobhan",
        "Siobhán",
        "O'Brien",
        "subscribed",
        "Riverside",
        True,
        [
            (date(2025, 6, 2), 50, "Helped at the summer fun day"),
            (date(2025, 11, 20), 70, "Mystery shopping (three calls)"),
        ],
    ),
    (
        "priya",
        "Priya",
        "Patel",
        "one_off",
        "Castle Hill",
        False,
        [(date(2025, 7, 7), 45, "Photographs for the annual report")],
    ),
]


def add_members(store: Store) -> dict[str, int]:
    """Four people with points in 2025/26 (a year that has ended), written through services."""
    with store.transaction() as session:
        estates = {name: Area(name=name) for name in ("Riverside", "Castle Hill")}
        session.add_all(estates.values())
        session.flush()
        area_ids = {name: area.id for name, area in estates.items()}
    ids: dict[str, int] = {}
    for number, (key, first, last, status, estate, large, awards) in enumerate(MEMBERS, 1):
        changes = PersonChanges(
            fields={
                "first_name": first,
                "last_name": last,
                "reference": f"T{number:05d}",
                "involvement_status": status,
                "area_id": area_ids[estate],
                "address_line1": f"{number} Mill Lane",
                "town": "Riverside",
                "postcode": f"RV{number} 2AB",
            },
            support_needs=[("large_print", "")] if large else None,
        )
        ids[key] = people.add_person(store, changes, hold_data=GIVEN).id
        for day, points, reason in awards:
            ledger.manual_award(store, ids[key], points, reason, day)
    return ids


@pytest.fixture
def members(store: Store) -> dict[str, int]:
    return add_members(store)


@pytest.fixture
def page(qtbot: QtBot, store: Store, members: dict[str, int]) -> RewardsPage:
    shown = RewardsPage(store, REWARDS)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activate()
    return shown


def entries(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count(LedgerEntry.id))) or 0)


def ok(dialog: Any) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def row_of(page: RewardsPage, person_id: int) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row_id(r) == person_id)


def test_rewards_section_is_this_page_and_lists_balances(
    qtbot: QtBot, store: Store, members: dict[str, int]
) -> None:
    window = MainWindow(store, start_page="rewards")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("rewards")
    assert isinstance(page, RewardsPage)
    assert page.ui.countLabel.text() == "4 members with points"
    balances = {page.model.row_values(r)[0]: page.model.row_values(r)[2] for r in range(4)}
    assert balances == {
        "Adams, Joan": 30,
        "Nowak, Łukasz": 60,
        "O'Brien, Siobhán": 120,
        "Patel, Priya": 45,
    }
    assert page.account is not None  # the first person is chosen, their ledger shown
    assert page.ledger_model.rowCount() == len(page.account.lines)


def test_choosing_a_person_shows_ledger_balance_and_worth(
    page: RewardsPage, members: dict[str, int]
) -> None:
    assert page.select_person(members["siobhan"])
    account = page.account
    assert account is not None and account.name == "Siobhán O'Brien"
    ui = page.ledger_ui
    assert ui.balanceLabel.text() == "Balance: 120 points"
    assert ui.worthLabel.text().startswith(
        "Worth £100.00 at the year end (100 points convert; 20 points would carry over)"
    )
    texts = [
        [page.ledger_model.data(page.ledger_model.index(r, c)) for c in range(7)]
        for r in range(page.ledger_model.rowCount())
    ]
    assert texts[0][:4] == ["2 Jun 2025", "Helped at the summer fun day", "+50", "50"]
    assert texts[-1][3] == "120"  # running balance ends at the balance
    assert texts[0][4:] == ["Manual award", "Manual", "test.officer"]


def test_manual_award_refuses_an_empty_reason_then_updates_the_balance(
    qtbot: QtBot, page: RewardsPage, store: Store, members: dict[str, int]
) -> None:
    page.select_person(members["joan"])
    before = entries(store)
    dialog = page.open_award()
    assert isinstance(dialog, AwardDialog)
    assert dialog.person() is not None and dialog.person().name == "Joan Adams"
    dialog.ui.pointsSpin.setValue(25)
    ok(dialog)
    assert dialog.isVisible()  # refused: the service said why, next to the field
    assert dialog.ui.reasonError.isVisible()
    assert dialog.ui.reasonError.text() == "Reason is required."
    assert entries(store) == before

    qtbot.keyClicks(dialog.ui.reasonEdit, "Written contribution to the repairs review")
    ok(dialog)
    assert not dialog.isVisible()
    assert entries(store) == before + 1
    assert page.account is not None and page.account.balance == 55
    assert page.ledger_ui.balanceLabel.text() == "Balance: 55 points"
    assert page.model.row_values(row_of(page, members["joan"]))[2] == 55
    assert page.ledger_model.rows[-1].reason == "Written contribution to the repairs review"
    assert "Awarded 25 points" in page.last_message


def test_award_by_searching_for_the_person(
    qtbot: QtBot, page: RewardsPage, store: Store, members: dict[str, int]
) -> None:
    page.ui.table.clearSelection()
    page.show_account()
    dialog = page.open_award()
    assert isinstance(dialog, AwardDialog) and dialog.person() is None
    dialog.ui.reasonEdit.setPlainText("Mystery shopping")
    ok(dialog)
    assert dialog.ui.personError.text() == "Choose who the points are for."
    qtbot.keyClicks(dialog.ui.personSearch, "lukasz")  # accents need not be typed
    qtbot.waitUntil(lambda: dialog.ui.personList.count() == 1, timeout=2000)
    assert dialog.person() is not None and dialog.person().id == members["lukasz"]
    ok(dialog)
    assert not dialog.isVisible()
    assert page.account is not None and page.account.name == "Łukasz Nowak"
    assert page.account.balance == 70


def test_escape_with_typing_asks_before_closing(
    qtbot: QtBot, page: RewardsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = page.open_award()
    dialog.ui.reasonEdit.setPlainText("Half typed")
    answers = ["keep", "discard"]  # the same question every editor asks
    asked: list[str] = []

    def ask(editor: AwardDialog) -> str:
        asked.append(editor.windowTitle())
        return answers.pop(0)

    monkeypatch.setattr(AwardDialog, "ask_about_changes", ask)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [dialog.windowTitle()]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_correction_reverses_an_entry_and_the_original_stays(
    qtbot: QtBot, page: RewardsPage, store: Store, members: dict[str, int]
) -> None:
    page.select_person(members["lukasz"])
    table = page.ledger_ui.ledgerTable
    table.setCurrentIndex(page.ledger_model.index(0, 0))  # the +40 award
    assert page.ledger_ui.correctButton.isEnabled()
    dialog = page.open_correction()
    assert isinstance(dialog, CorrectDialog)
    assert "balance goes from 60 to 20 points" in dialog.ui.effectLabel.text()
    ok(dialog)
    assert dialog.ui.reasonError.text() == "Reason is required."
    qtbot.keyClicks(dialog.ui.reasonEdit, "Awarded to the wrong member")
    ok(dialog)
    assert not dialog.isVisible()
    account = page.account
    assert account is not None and account.balance == 20
    original, *_rest, correction = account.lines
    assert original.points == 40 and original.reversed_by_id == correction.id
    assert correction.points == -40 and correction.reason == "Awarded to the wrong member"
    assert correction.kind_label == "Correction"
    assert page.ledger_model.data(page.ledger_model.index(0, 4)) == "Manual award (reversed)"
    table.setCurrentIndex(page.ledger_model.index(0, 0))
    assert not page.ledger_ui.correctButton.isEnabled()  # an entry is reversed once


def test_filters_narrow_the_balances(qtbot: QtBot, page: RewardsPage) -> None:
    assert page.model.rowCount() == 4
    page.filter_boxes["involvement"].setCurrentIndex(
        page.filter_boxes["involvement"].findData("one_off")
    )
    assert [page.model.row_values(r)[0] for r in range(page.model.rowCount())] == ["Patel, Priya"]
    page.filter_boxes["involvement"].setCurrentIndex(0)
    assert page.balance_spin is not None
    page.balance_spin.setValue(50)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert page.ui.countLabel.text() == "2 members with points"
    estate = page.filter_boxes["estate"]
    estate.setCurrentIndex(estate.findText("Riverside"))
    assert [page.model.row_values(r)[0] for r in range(page.model.rowCount())] == [
        "O'Brien, Siobhán"
    ]


def test_keyboard_enter_opens_the_ledger_and_escape_returns(
    qtbot: QtBot, page: RewardsPage, members: dict[str, int]
) -> None:
    page.select_person(members["joan"])
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    ledger = page.ledger_ui.ledgerTable
    assert ledger.hasFocus() and ledger.currentIndex().row() == page.ledger_model.rowCount() - 1
    qtbot.keyClick(ledger, Qt.Key.Key_Escape)
    assert page.ui.table.hasFocus()
    keys = {action.shortcut().toString() for action in page.actions()}
    assert {"Ctrl+Shift+A", "Ctrl+P"} <= keys
    assert page.balance_spin is not None and page.balance_spin.accessibleName()
    assert ledger.accessibleName() == "Points ledger of the person chosen"
    assert page.actions_ui.yearEndButton.text() == "&Year end…"


def test_statement_pdf_for_a_member_with_a_non_ascii_name(
    qtbot: QtBot,
    page: RewardsPage,
    members: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "statement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.select_person(members["lukasz"])
    dialog = page.open_statement()
    assert isinstance(dialog, StatementDialog)
    assert not dialog.ui.largePrintCheck.isChecked()  # his record does not ask for it
    dialog.ui.yearCombo.setCurrentIndex(dialog.ui.yearCombo.findData(2025))
    dialog.accept()
    task = page.outputs.task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert opened == [] and str(target) in page.last_message  # says where; no viewer needed
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Łukasz Nowak" in text
    assert "Dear Łukasz," in text and "Łukasz Nowak" in text  # greeted as every letter greets
    # 2025/26 has ended: the letter says so instead of offering a choice.
    assert "ended on 31 March 2026 with 60 points" in text.replace("\n", " ")


def test_large_print_follows_the_record_with_an_override(
    qtbot: QtBot, page: RewardsPage, members: dict[str, int]
) -> None:
    page.select_person(members["siobhan"])
    dialog = page.open_statement()
    assert isinstance(dialog, StatementDialog)
    assert dialog.ui.largePrintCheck.isChecked()
    assert dialog.ui.largePrintNote.text() == "Their record asks for large print."
    dialog.ui.largePrintCheck.setChecked(False)
    assert dialog.large_print() is False
    dialog.reject()


def test_all_statements_in_one_pdf_on_the_worker(
    qtbot: QtBot, page: RewardsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    page.actions_ui.statementsButton.click()
    assert not page.outputs.busy
    statement = page.findChild(StatementDialog)
    assert statement is not None and statement.large_print() is None  # as each record says
    statement.ui.yearCombo.setCurrentIndex(statement.ui.yearCombo.findData(2025))
    statement.accept()
    task = page.outputs.task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    for name in ("Joan Adams", "Łukasz Nowak", "Siobhán O'Brien", "Priya Patel"):
        assert f"Dear {name.split()[0]}," in text and name in text
    assert "4 letters" in page.last_message


def test_print_all_statements_through_the_preview(
    qtbot: QtBot, page: RewardsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"
    previews = print_to_pdf(monkeypatch, target)
    page.actions_ui.statementsButton.click()
    statement = page.findChild(StatementDialog)
    assert statement is not None
    statement.ui.yearCombo.setCurrentIndex(statement.ui.yearCombo.findData(2025))
    statement.findChild(QPushButton, "printButton").click()
    task = page.outputs.task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert [p.title for p in previews] == ["Print preview: Points statements 2025/26"]
    assert "/" not in previews[0].doc_name  # print-to-file offers a valid name
    text = pdf_text(target)
    for name in ("Joan Adams", "Łukasz Nowak", "Priya Patel"):
        assert f"Dear {name.split()[0]}," in text and name in text
    assert page.last_message == "2025/26 statements sent to the printer."


def test_exports_run_on_the_worker(
    qtbot: QtBot,
    page: RewardsPage,
    members: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "ledger.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.select_person(members["siobhan"])
    page.export_person_action.trigger()
    task = page.outputs.task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    rows = list(load_workbook(target, read_only=True)["Ledger"].values)
    assert {row[2] for row in rows[3:]} == {"Siobhán O'Brien"}  # rows 1-3: title, headings

    summary = tmp_path / "year-end.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(summary), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("2025/26", True))
    page.outputs.choose_year_end_export()
    task = page.outputs.task
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert load_workbook(summary, read_only=True).sheetnames[0] == "Year end 2025 26"


def test_cancelled_batch_leaves_no_file(
    qtbot: QtBot, page: RewardsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed while the batch waits for the database worker: nothing is written."""
    import threading

    from engagement_desktop.gui.common.tasks import BackgroundTask, database_pool

    target = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    release = threading.Event()
    blocker = BackgroundTask(lambda progress: release.wait(10))
    blocker.start(database_pool())  # the one database worker is busy
    task = page.outputs.all_statements(2025, None)
    assert task is not None
    cancelled: list[bool] = []
    task.cancelled.connect(lambda: cancelled.append(True))
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert cancelled == [True]
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
    assert page.last_message == "Points statements cancelled; no file was written."
