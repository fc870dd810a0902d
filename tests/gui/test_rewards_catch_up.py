"""Paying the points no rule had paid, as an officer does it: a rule added from a past
date offers it, the review lists who gets what, one click pays."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.rewards.catch_up import CatchUpDialog
from engagement_desktop.gui.rewards.rules import RulesDialog
from engagement_desktop.services.events import events
from engagement_desktop.services.rewards import year_end
from engagement_desktop.services.rewards.catch_up import first_open_day
from engagement_desktop.store.engine import Store
from tests.unit.test_rewards import balance, member, type_id


def came_to_a_meeting(store: Store, person: int, days_ago: int) -> None:
    event = events.create_event(
        store,
        {
            "title": "Residents' forum",
            "event_type_id": type_id(store, "Meeting"),
            "starts_at": datetime.combine(
                date.today() - timedelta(days=days_ago), datetime.min.time()
            )
            + timedelta(hours=18),
        },
    ).id
    events.record_attendance(store, event, person, status="attended")


def test_a_rule_from_a_past_date_offers_to_pay_and_pays(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    zoe = member(store, "Zoë", "Ní Bhriain")
    came_to_a_meeting(store, zoe, 20)
    came_to_a_meeting(store, zoe, 10)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))

    rules = RulesDialog(store)
    qtbot.addWidget(rules)
    editor = rules.add()
    editor.ui.fromDate.setDate(editor.ui.fromDate.date().addDays(-30))
    editor.ui.eventTypeCombo.setCurrentIndex(editor.ui.eventTypeCombo.findText("Meeting"))
    editor.ui.pointsSpin.setValue(10)
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: rules.catch_up_dialog is not None, timeout=10_000)
    dialog = rules.catch_up_dialog
    assert isinstance(dialog, CatchUpDialog)
    qtbot.waitUntil(lambda: dialog.pay_button.isEnabled(), timeout=10_000)
    assert dialog.since() == date.today() - timedelta(days=30)
    assert dialog.ui.summaryLabel.text().startswith(
        "This would pay 20 points to 1 member for 2 attendances"
    )
    assert [dialog.model.data(dialog.model.index(0, c)) for c in range(4)] == [
        "Zoë Ní Bhriain",
        "",
        "2",
        "+20",
    ]
    assert balance(store, zoe) == 0  # the review wrote nothing

    dialog.pay_button.click()
    qtbot.waitUntil(lambda: dialog.paid is not None, timeout=10_000)
    assert balance(store, zoe) == 20
    assert told and told[0].startswith("This paid 20 points to 1 member")
    assert not dialog.isVisible()


def test_a_later_day_looks_again_and_nothing_to_pay_says_so(qtbot: QtBot, store: Store) -> None:
    zoe = member(store, "Zoë", "Ní Bhriain")
    came_to_a_meeting(store, zoe, 20)
    from engagement_desktop.services.rewards import rules

    rules.add_rule(
        store,
        {
            "event_type_id": type_id(store, "Meeting"),
            "points": 10,
            "effective_from": date.today() - timedelta(days=60),
        },
    )
    dialog = CatchUpDialog(store, date.today() - timedelta(days=60))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pay_button.isEnabled(), timeout=10_000)
    dialog.ui.fromDate.setDate(dialog.ui.fromDate.date().addDays(50))  # after the meeting
    assert not dialog.pay_button.isEnabled()  # until the new day is looked at
    qtbot.waitUntil(
        lambda: "has had the points its rules give" in dialog.ui.summaryLabel.text(),
        timeout=10_000,
    )
    assert dialog.model.rowCount() == 0 and not dialog.pay_button.isEnabled()


def test_a_converted_year_cannot_be_chosen(qtbot: QtBot, store: Store) -> None:
    year_end.commit(store, date.today().year - 2)  # a run long past: its year is closed
    with store.session() as session:
        opened = first_open_day(session)
    assert opened is not None and opened < date.today()
    dialog = CatchUpDialog(store, opened - timedelta(days=100))
    qtbot.addWidget(dialog)
    assert dialog.ui.fromDate.minimumDate().toPython() == opened
    assert dialog.since() == opened  # not before it
    assert "their points are vouchers now" in dialog.ui.fromDate.toolTip()
