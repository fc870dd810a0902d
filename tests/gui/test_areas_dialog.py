"""Estates and areas from the People menu: add one by hand, rename, merge a misspelling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.areas import AreaDialog, AreasDialog
from engagement_desktop.services.people import people
from engagement_desktop.services.people.areas import add_area
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


def names(dialog: AreasDialog) -> list[str]:
    return [row.name for row in dialog.model.rows]


def test_add_rename_and_merge_from_the_people_menu(
    qtbot: QtBot, window: MainWindow, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = sample_store
    wrong = add_area(store, "Oakfeild")
    people.add_person(
        store, {"first_name": "Zoë", "last_name": "O'Neill", "area_id": wrong.id}, GIVEN
    )
    assert window.people_tools.areas_action.text() == "&Estates and areas…"
    dialog = window.people_tools.show_areas()
    assert isinstance(dialog, AreasDialog)
    before = len(dialog.model.rows)

    editor = dialog.add()
    assert isinstance(editor, AreaDialog)
    editor.ui.nameEdit.setText("oakfeild")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible()  # the same name in other capitals
    assert editor.ui.nameError.text().startswith(
        "There is already an estate or area called 'Oakfeild'"
    )
    editor.ui.nameEdit.setText("Oakfield")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible() and len(dialog.model.rows) == before + 1
    assert dialog.selected() is not None and dialog.selected().name == "Oakfield"

    dialog.ui.areaTable.selectRow(names(dialog).index("Oakfeild"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Oakfield", True))
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    assert dialog.merge()
    assert asked == [
        "Move the 1 person, 0 events and 0 groups placed in Oakfeild to Oakfield, "
        "and remove Oakfeild?"
    ]
    assert told == ["Oakfeild is merged into Oakfield: 1 person, 0 events and 0 groups moved."]
    assert "Oakfeild" not in names(dialog)
    kept = next(row for row in dialog.model.rows if row.name == "Oakfield")
    assert kept.people == 1 and dialog.selected() == kept

    renamed = dialog.rename()
    assert isinstance(renamed, AreaDialog) and renamed.ui.nameEdit.text() == "Oakfield"
    renamed.ui.nameEdit.setText("Oakfield Estate")
    renamed.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Oakfield Estate" in names(dialog) and "Oakfield" not in names(dialog)
