"""The Audit page and Person › History: readable entries, filters, the changed fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from engagement_desktop.gui.audit.page import AuditPage
from engagement_desktop.gui.audit.trail_view import cell
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.services.people import conduct, people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry
from tests.consent import GIVEN


@pytest.fixture
def office(store: Store) -> dict[str, int]:
    """Priya adds Zoë and Zoe Adams; Sam edits Zoë twice and excludes her."""
    store.actor = "Priya"
    zoe = people.add_person(
        store, {"first_name": "Zoë", "last_name": "Ní Bhriain", "reference": "T0001"}, GIVEN
    )
    other = people.add_person(store, {"first_name": "Zoe", "last_name": "Adams"}, GIVEN)
    store.actor = "Sam"
    people.edit_person(store, zoe.id, {"postcode": "PE12 3AB"})
    people.edit_person(store, zoe.id, {"postcode": "PE13 9ZZ"})
    conduct.add_exclusion(store, zoe.id, "Shouting at a meeting", date(2026, 7, 1))
    return {"zoe": zoe.id, "other": other.id}


def shown(page: AuditPage, column: int) -> list[str]:
    return [cell(line, column) for line in page.model.lines]


def fields(table: QTableWidget) -> list[tuple[str, str, str]]:
    return [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
        for row in range(table.rowCount())
    ]


def test_audit_page_reads_names_and_filters(
    qtbot: QtBot, store: Store, office: dict[str, int]
) -> None:
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    ui = page.ui
    labels = [w.text() for w in (ui.officerLabel, ui.newerButton, ui.olderButton)]
    assert [text.replace("&", "") for text in labels] == ["Officer:", "Newer", "Older"]
    assert shown(page, 3)[0] == "Excluded Zoë Ní Bhriain"
    assert "Added Zoe Adams" in shown(page, 3)
    assert ("reason", "—", "Shouting at a meeting") in fields(page.ui.changesTable)
    # the newest edit is chosen: its postcode went from the old to the new value
    page.ui.entriesView.selectRow(1)
    assert ("postcode", "PE12 3AB", "PE13 9ZZ") in fields(page.ui.changesTable)
    assert "postcode: PE12 3AB → PE13 9ZZ" in shown(page, 4)[1]

    # several people match "zoe": a menu offers them; choosing one filters the list
    page.ui.personEdit.setText("zoe")
    qtbot.keyClick(page.ui.personEdit, Qt.Key.Key_Return)
    labels = [action.text() for action in page.menu.actions()]
    assert labels == ["Zoe Adams", "Zoë Ní Bhriain · T0001 · PE13 9ZZ"]
    page.menu.actions()[1].trigger()
    assert set(shown(page, 2)) == {"Zoë Ní Bhriain"} and page.total == 5
    page.ui.officerCombo.setCurrentText("Priya")
    page.ui.officerCombo.activated.emit(page.ui.officerCombo.currentIndex())
    assert shown(page, 3) == ["Zoë Ní Bhriain: Hold my details given", "Added Zoë Ní Bhriain"]
    page.ui.personClearButton.click()
    assert page.total == 4 and not page.ui.personEdit.text()  # Priya's four entries

    # dates: everything happened today, so a range that ends last year shows nothing
    page.ui.officerCombo.setCurrentIndex(0)
    page.ui.toDate.setDate(page.ui.toDate.date().addYears(-1))
    page.ui.toCheck.setChecked(True)
    assert page.total == 0 and page.ui.countLabel.text() == "No entries match."
    page.ui.toCheck.setChecked(False)
    assert page.total == 7


def test_audit_page_pages_through_a_long_trail(
    qtbot: QtBot, store: Store, office: dict[str, int]
) -> None:
    with store.transaction() as session:
        session.execute(
            AuditEntry.__table__.insert(),
            [
                {
                    "actor": "Sam",
                    "action": "person.edit",
                    "table_name": "people",
                    "record_id": office["other"],
                    "summary": f"Edited person #{office['other']}",
                }
                for _ in range(150)
            ],
        )
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.activate()
    assert page.ui.countLabel.text() == "Entries 1–100 of 157"
    assert not page.ui.newerButton.isEnabled()
    page.ui.olderButton.click()
    assert page.ui.countLabel.text() == "Entries 101–157 of 157"
    assert not page.ui.olderButton.isEnabled() and shown(page, 3)[-1] == "Added Zoë Ní Bhriain"
    page.ui.newerButton.click()
    assert page.offset == 0


def test_person_history_tab_shows_only_their_entries(
    qtbot: QtBot, store: Store, office: dict[str, int]
) -> None:
    editor = PersonEditor(store, office["zoe"])
    qtbot.addWidget(editor)
    editor.show()
    history = editor.history
    assert history is not None and history.model.lines == []  # nothing read until shown
    editor.ui.tabs.setCurrentWidget(history.parentWidget())  # under the contact history
    assert editor.ui.tabs.tabText(editor.ui.tabs.currentIndex()) == "Histor&y"
    assert not history.ui.personEdit.isVisible()
    assert [cell(line, 3) for line in history.model.lines] == [
        "Excluded Zoë Ní Bhriain",
        "Edited Zoë Ní Bhriain",
        "Edited Zoë Ní Bhriain",
        "Zoë Ní Bhriain: Hold my details given",
        "Added Zoë Ní Bhriain",
    ]
    with store.transaction() as session:  # an erasure: the stored entries need no rewrite
        session.execute(
            update(people.Person)
            .where(people.Person.id == office["zoe"])
            .values(first_name="Former", last_name="resident")
        )
    editor.ui.tabs.setCurrentIndex(0)
    editor.ui.tabs.setCurrentWidget(history.parentWidget())  # under the contact history
    assert cell(history.model.lines[-1], 3) == "Added Former resident"
    assert PersonEditor(store, None).history is None


def test_audit_is_a_section_of_the_window(
    qtbot: QtBot, window: MainWindow, sample_store: Store
) -> None:
    people.add_person(sample_store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, AuditPage) and page.ui.personEdit.hasFocus()
    assert shown(page, 3) == ["Ann Lee: Hold my details given", "Added Ann Lee"]
    assert window.ui.navigation.currentItem().text() == "Audit"


def test_a_history_with_nothing_in_it_says_so_rather_than_no_match(
    qtbot: QtBot, store: Store
) -> None:
    """A person brought in without an entry of their own (the demo's, an old import):
    their History tab has no filter set, so "No entries match." would mislead."""
    from sqlalchemy import delete

    from engagement_desktop.gui.audit.trail_view import AuditTrailView

    person = people.add_person(
        store, {"first_name": "Zoë", "last_name": "Ní Bhriain"}, hold_data=GIVEN
    ).id
    with store.transaction() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.record_id == person))
    view = AuditTrailView(store, person)
    qtbot.addWidget(view)
    view.reload()
    assert view.total == 0 and view.ui.countLabel.text() == "No changes recorded yet."
    view.ui.toCheck.setChecked(True)  # now narrowed: nothing matches
    assert view.ui.countLabel.text() == "No entries match."
