"""Estates and areas from the People menu: add one by hand, rename, merge a misspelling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.areas import AreaDialog, AreasDialog
from engagement_desktop.gui.people.page import PeoplePage
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

    page = window.page("people")
    assert isinstance(page, PeoplePage)
    box = page.filter_boxes["area"]
    page.refresh()
    box.setCurrentIndex(box.findData(wrong.id))  # the officer is looking at Oakfeild
    dialog.ui.areaTable.selectRow(names(dialog).index("Oakfeild"))
    widths: list[int] = []

    def choose(chooser: QInputDialog) -> int:
        chooser.show()
        widths.append(chooser.width())
        chooser.setTextValue("Oakfield")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", choose)
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
    assert box.currentText() == "Oakfield"  # the People list followed the merge
    assert page.model.filters["area"] == kept.id and page.model.rowCount() == 1

    renamed = dialog.rename()
    assert isinstance(renamed, AreaDialog) and renamed.ui.nameEdit.text() == "Oakfield"
    renamed.ui.nameEdit.setText("Oakfield Estate")
    renamed.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Oakfield Estate" in names(dialog) and "Oakfield" not in names(dialog)


def test_an_estate_is_placed_within_an_area_and_a_long_name_keeps_the_chooser_narrow(
    qtbot: QtBot, window: MainWindow, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = sample_store
    north = add_area(store, "North locality", kind="area")
    long_name = "Ç" + "a very long estate name " * 5  # 121 characters, cut to 120
    add_area(store, long_name[:120])
    dialog = window.people_tools.show_areas()
    editor = dialog.add()
    assert editor.ui.withinCombo.itemText(0) == "(not within a wider area)"
    editor.ui.nameEdit.setText("Łukasz Court")
    editor.ui.withinCombo.setCurrentIndex(editor.ui.withinCombo.findData(north.id))
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    row = next(r for r in dialog.model.rows if r.name == "Łukasz Court")
    assert row.within == "North locality"

    moved = dialog.rename()
    dialog.ui.areaTable.selectRow([r.name for r in dialog.model.rows].index("North locality"))
    north_editor = dialog.rename()
    assert north_editor is not None and moved is not None
    within = [
        north_editor.ui.withinCombo.itemText(n) for n in range(north_editor.ui.withinCombo.count())
    ]
    assert "Łukasz Court" not in within and "North locality" not in within  # no circles
    north_editor.reject()
    moved.reject()

    widths: list[int] = []

    def look(chooser: QInputDialog) -> int:
        chooser.show()
        widths.append(chooser.width())
        return 0

    monkeypatch.setattr(QInputDialog, "exec", look)
    dialog.ui.areaTable.selectRow([r.name for r in dialog.model.rows].index("Łukasz Court"))
    assert dialog.merge() is False  # looked, then cancelled
    assert widths and widths[0] <= 800  # not the width of the 120-character name
