"""People › Add the selected to a group…: a new panel put on its group in one go."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.groups.add_selected import AddToGroupDialog
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.page import PeoplePage
from engagement_desktop.services.groups import groups
from engagement_desktop.services.groups.details import default_term_end
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Membership
from tests.consent import GIVEN


def test_the_selected_join_the_group_for_its_term(
    qtbot: QtBot, window: MainWindow, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = sample_store
    panel = groups.add_group(store, {"name": "Aaa Scrutiny Panel", "term_years": 3}).id
    ids = [
        people.add_person(store, {"first_name": first, "last_name": "Aardvark"}, GIVEN).id
        for first in ("Zoë", "Łukasz")
    ]
    window.go_to("people")
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    page.refresh()
    qtbot.waitUntil(lambda: page.select_person(ids[0]), timeout=10_000)
    monkeypatch.setattr(page, "selected_ids", lambda: ids)  # two rows chosen with Ctrl+click
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))

    dialog = window.people_tools.add_to_group()
    assert isinstance(dialog, AddToGroupDialog)
    ui = dialog.ui
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData(panel))
    start = ui.termStartEdit.date().toPython()
    assert ui.termEndCheck.isChecked()  # the group's three-year rule
    assert ui.termEndEdit.date().toPython() == default_term_end(start, 3)
    assert "2 people" in ui.introLabel.text()
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert told == ["2 people added to Aaa Scrutiny Panel."]
    with store.session() as session:
        joined = session.execute(
            select(Membership.person_id, Membership.term_end).where(Membership.group_id == panel)
        ).all()
    assert sorted(joined) == sorted((pid, default_term_end(start, 3)) for pid in ids)

    again = window.people_tools.add_to_group()
    assert isinstance(again, AddToGroupDialog)
    again.ui.groupCombo.setCurrentIndex(again.ui.groupCombo.findData(panel))
    again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert told[-1].startswith("0 people added to Aaa Scrutiny Panel; 2 already had a term")
    assert date.today() == start
