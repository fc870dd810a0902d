"""A support need's detail is kept as typed or refused in a sentence, never cut short; and
a need with two details (an interpreter for Polish and for Urdu) stays two needs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import SupportNeed
from engagement_desktop.store.vocab import SUPPORT_NEEDS
from tests.consent import GIVEN


def needs_of(store: Store, person_id: int) -> list[tuple[str, str]]:
    with store.session() as session:
        rows = session.execute(
            select(SupportNeed.need, SupportNeed.detail)
            .where(SupportNeed.person_id == person_id)
            .order_by(SupportNeed.need, SupportNeed.detail)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def person_with_two_languages(store: Store) -> int:
    return people.add_person(
        store,
        PersonChanges(
            fields={"first_name": "Łukasz", "last_name": "Nowak"},
            support_needs=[("interpreter", "Polish"), ("interpreter", "Urdu")],
        ),
        hold_data=GIVEN,
    ).id


def editor_on(qtbot: QtBot, store: Store, person_id: int) -> PersonEditor:
    editor = PersonEditor(store, person_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def row_of(editor: PersonEditor, code: str) -> int:
    return list(SUPPORT_NEEDS).index(code)


def test_two_details_of_one_need_stay_two_needs_when_saved(qtbot: QtBot, store: Store) -> None:
    person = person_with_two_languages(store)
    editor = editor_on(qtbot, store, person)
    cell = editor.ui.supportTable.item(row_of(editor, "interpreter"), 1)
    assert cell.text() == "Polish; Urdu"
    editor.ui.townEdit.setText("Spalding")
    assert editor.save()
    assert needs_of(store, person) == [("interpreter", "Polish"), ("interpreter", "Urdu")]


def test_a_long_detail_is_refused_in_a_sentence_and_nothing_is_saved(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    discard = QMessageBox.StandardButton.Discard  # closing the unsaved form at the end
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: discard)
    person = person_with_two_languages(store)
    editor = editor_on(qtbot, store, person)
    table = editor.ui.supportTable
    table.item(row_of(editor, "large_print"), 1).setText("Very large print, " * 33)
    assert not editor.save()
    assert editor.ui.errorBanner.text().endswith(
        "Support needs: the detail for large print is 593 characters; keep it to 100 (more "
        "can go in the notes)"
    )
    assert needs_of(store, person) == [("interpreter", "Polish"), ("interpreter", "Urdu")]
