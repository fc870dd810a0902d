"""Erasing from the person editor and the retention periods in Settings, as an officer
uses them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.services.common.settings import all_settings
from engagement_desktop.services.rewards.ledger import balance, manual_award
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Person
from tests.gui.sample_data import add_sample_records


def answer_with(monkeypatch: pytest.MonkeyPatch, words: str, seen: list[str]) -> None:
    """The confirmation is answered by clicking the button whose text has ``words``."""

    def exec_(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        chosen = [b for b in box.buttons() if words in b.text().replace("&", "")]
        (chosen[0] if chosen else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.mark.parametrize(("words", "erased"), [("Cancel", False), ("keep points", True)])
def test_erase_this_person_says_what_goes_and_stays(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, words: str, erased: bool
) -> None:
    add_sample_records(store, people=3)
    manual_award(store, 1, 30, "Helped at the fun day")
    with store.session() as session:
        owed = balance(session, 1)
    seen: list[str] = []
    answer_with(monkeypatch, words, seen)
    editor = PersonEditor(store, 1)
    qtbot.addWidget(editor)
    assert editor.erase_button.isEnabled()
    editor.erase_button.click()
    assert "Goes: name, reference" in seen[0] and "Stays: attendance" in seen[0]
    assert f"{owed:,} points not yet converted" in seen[0]
    with store.session() as session:
        person = session.get(Person, 1)
        assert (person.last_name == "person #1") is erased
        assert balance(session, 1) == owed
    assert editor.changed is erased
    again = PersonEditor(store, 1)
    qtbot.addWidget(again)
    assert again.erase_button.isEnabled() is not erased
    new = PersonEditor(store, None)
    qtbot.addWidget(new)
    assert not new.erase_button.isEnabled()


def test_retention_periods_are_edited_in_settings(qtbot: QtBot, store: Store) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    spins = dialog.retention.spins
    assert spins["retention_import_changes_days"].value() == 90
    assert spins["consent_refresh_years"].value() == 2
    spins["retention_one_off_years"].setValue(4)
    spins["consent_refresh_years"].setValue(3)
    dialog.save()
    with store.session() as session:
        stored = all_settings(session)
    assert (stored["retention_one_off_years"], stored["consent_refresh_years"]) == (4, 3)
