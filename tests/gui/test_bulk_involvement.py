"""People › Set involvement of the selected…, and the points their attendance is owed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.page import PeoplePage
from engagement_desktop.services.events import events
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import rules
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Person
from tests.consent import GIVEN
from tests.unit.test_rewards import type_id


def test_subscribing_the_selected_offers_their_missing_points(
    qtbot: QtBot, window: MainWindow, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = sample_store
    rules.add_rule(
        store,
        {
            "event_type_id": type_id(store, "Meeting"),
            "points": 10,
            "effective_from": date.today() - timedelta(days=300),
        },
    )
    walk_in = people.add_person(
        store,
        {"first_name": "Łukasz", "last_name": "Aaronson", "involvement_status": "one_off"},
        GIVEN,
    ).id
    meeting = events.create_event(
        store,
        {
            "title": "Forum",
            "event_type_id": type_id(store, "Meeting"),
            "starts_at": datetime.combine(date.today() - timedelta(days=3), datetime.min.time()),
        },
    ).id
    events.record_attendance(store, meeting, walk_in, status="walk_in")
    window.go_to("people")
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    page.refresh()
    qtbot.waitUntil(lambda: page.select_person(walk_in), timeout=10_000)

    told: list[str] = []
    asked: list[tuple[str, str]] = []

    def choose(dialog: QInputDialog) -> int:
        asked.append((dialog.labelText(), dialog.okButtonText()))
        dialog.setTextValue("Subscribed member")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    task = window.people_tools.set_involvement()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert asked == [
        (
            "Involvement of the 1 person selected (each change is kept in that person's history):",
            "&Change 1 person",
        )
    ]
    assert told == ["1 person changed to subscribed member."]
    with store.session() as session:
        assert session.get(Person, walk_in).involvement_status == "subscribed"  # type: ignore[union-attr]
    assert page.selected_ids() == [walk_in]  # still selected for the next tool
    qtbot.waitUntil(lambda: bool(window.people_tools.offered), timeout=10_000)
    dialog = window.people_tools.offered[0]
    qtbot.waitUntil(lambda: dialog.pay_button.isEnabled(), timeout=10_000)
    assert dialog.review is not None and [p.name for p in dialog.review.payees] == [
        "Łukasz Aaronson"
    ]
    dialog.close()


def test_nothing_selected_says_what_to_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    page.ui.table.selectionModel().clearSelection()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    assert window.people_tools.set_involvement() is None
    assert told and told[0].startswith("Select the people on the People page first")
