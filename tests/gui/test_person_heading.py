"""The person editor's heading wraps a long name and cuts a word too long to wrap, so the
editor never grows wider than a laptop's screen (names may be 100 + 100 characters)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (
            "Zoë Łukasz Maria Josephine Anastasia Bernadette Catherine",
            "O'Neill Ní Bhriain Fitzgerald-Montgomery Smythe Worthington Hargreaves",
        ),
        ("A" * 100, "B" * 100),
    ],
)
def test_a_long_name_keeps_the_editor_inside_the_screen(
    qtbot: QtBot, store: Store, first: str, last: str
) -> None:
    person = people.add_person(store, {"first_name": first, "last_name": last}, GIVEN)
    editor = PersonEditor(store, person.id)
    qtbot.addWidget(editor)
    editor.show()
    # 1366 pixels at 125%, less a window frame
    assert editor.minimumSizeHint().width() <= 1366 / 1.25 - 20
    heading = editor.ui.nameLabel
    shown = heading.text() if not heading.toolTip() else heading.toolTip()
    assert shown == f"{first} {last}"  # the whole name is there, on screen or on hover
