"""Two officers at once, in the window: a dialog open while another officer (a second
Store on the same database) changes the record, and lists that follow the other officer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.groups.group_dialog import GroupDialog
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.gui.team.refresh import POLL_MS
from engagement_desktop.services.groups.groups import add_group, save_group
from engagement_desktop.services.people.people import add_person, edit_person
from engagement_desktop.store.engine import Store, default_actor, open_store
from engagement_desktop.store.models import AuditEntry, Group, Person
from tests.consent import GIVEN


@pytest.fixture
def sam(db_target: str, store: Store) -> Iterator[Store]:
    """The other officer, on their own laptop: the same database opened separately."""
    other = open_store(db_target, actor="Sam Patel")
    yield other
    other.close()


def _person(store: Store, person_id: int) -> Person:
    with store.session() as session:
        return session.get_one(Person, person_id)


def _editor_with_stale_change(qtbot: QtBot, store: Store, sam: Store) -> tuple[PersonEditor, int]:
    person = add_person(store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    editor = PersonEditor(store, person.id)
    qtbot.addWidget(editor)
    edit_person(sam, person.id, {"first_name": "Anne", "phone": "01632 960001"})
    editor.ui.firstNameEdit.setText("Annie")
    return editor, person.id


def test_saving_over_another_officers_change_asks_and_keep_yours_overwrites(
    qtbot: QtBot, store: Store, sam: Store
) -> None:
    editor, person_id = _editor_with_stale_change(qtbot, store, sam)
    asked: list[str] = []
    editor.guard.ask = lambda message: asked.append(message) or "keep"  # type: ignore[method-assign]
    assert editor.save()
    assert len(asked) == 1 and asked[0].startswith("Sam Patel changed this person at ")
    assert _person(sam, person_id).first_name == "Annie"
    assert editor.result() == PersonEditor.DialogCode.Accepted


def test_reload_fills_the_form_with_the_other_officers_change_and_saves_nothing(
    qtbot: QtBot, store: Store, sam: Store
) -> None:
    editor, person_id = _editor_with_stale_change(qtbot, store, sam)
    editor.guard.ask = lambda message: "reload"  # type: ignore[method-assign]
    assert not editor.save()
    assert editor.ui.firstNameEdit.text() == "Anne"  # what Sam saved, not what was typed
    assert _person(store, person_id).first_name == "Anne"
    assert not editor.is_dirty()
    # A save now (the form is up to date) goes through without a question.
    editor.guard.ask = lambda message: pytest.fail("asked again")  # type: ignore[method-assign]
    editor.ui.firstNameEdit.setText("Annie")
    assert editor.save()
    assert _person(sam, person_id).first_name == "Annie"


def test_cancel_goes_back_to_the_form_with_nothing_saved(
    qtbot: QtBot, store: Store, sam: Store
) -> None:
    editor, person_id = _editor_with_stale_change(qtbot, store, sam)
    editor.guard.ask = lambda message: "cancel"  # type: ignore[method-assign]
    assert not editor.save()
    assert editor.ui.firstNameEdit.text() == "Annie"
    assert _person(store, person_id).first_name == "Anne"


def test_a_group_dialog_asks_too_and_reload_shows_the_new_name(
    qtbot: QtBot, store: Store, sam: Store
) -> None:
    group = add_group(store, {"name": "Panel"})
    dialog = GroupDialog(store, group.id)
    qtbot.addWidget(dialog)
    save_group(sam, group.id, {"name": "Scrutiny panel"})
    dialog.ui.nameEdit.setText("Residents' panel")
    asked: list[str] = []
    dialog.guard.ask = lambda message: asked.append(message) or "reload"  # type: ignore[union-attr,method-assign]
    dialog.save()
    assert asked and asked[0].startswith("Sam Patel changed this group at ")
    assert dialog.ui.nameEdit.text() == "Scrutiny panel"
    assert not dialog.has_changes()
    with store.session() as session:
        assert session.get_one(Group, group.id).name == "Scrutiny panel"


# --- lists that follow the other officer ---------------------------------------------------


def _names(page: object) -> list[str]:
    model = page.model  # type: ignore[attr-defined]
    return [" ".join(str(v) for v in model.row_values(row)) for row in range(model.rowCount())]


def _other_officer(window: MainWindow, sam_target: str) -> Store:
    return open_store(sam_target, actor="Sam Patel")


def test_a_person_added_by_another_officer_appears_after_the_poll_tick(
    qtbot: QtBot, window: MainWindow, db_target: str
) -> None:
    page = window.current_page()
    table = page.ui.table  # type: ignore[attr-defined]
    table.selectRow(1)
    chosen = page.model.row_id(1)  # type: ignore[attr-defined]
    sam = _other_officer(window, db_target)
    try:
        add_person(sam, {"first_name": "Zofia", "last_name": "Nowak"}, GIVEN)
    finally:
        sam.close()
    # Nobody touches anything: the timer notices within a tick.
    qtbot.waitUntil(lambda: any("Nowak" in name for name in _names(page)), timeout=POLL_MS * 3)
    assert window.data_watch.reloads == 1
    assert page.selected_ids() == [chosen]  # type: ignore[attr-defined]


def test_the_officers_own_changes_do_not_reload_and_a_dialog_holds_the_reload(
    qtbot: QtBot, window: MainWindow, db_target: str
) -> None:
    watch = window.data_watch
    watch.timer.stop()  # ticks by hand here
    add_person(window.store, {"first_name": "Own", "last_name": "Change"}, GIVEN)
    assert not watch.poll()
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    sam = _other_officer(window, db_target)
    try:
        add_person(sam, {"first_name": "Zofia", "last_name": "Nowak"}, GIVEN)
    finally:
        sam.close()
    assert not watch.poll()  # the officer may be typing in the dialog
    assert not any("Nowak" in name for name in _names(window.current_page()))
    dialog.close()
    assert watch.poll()
    assert any("Nowak" in name for name in _names(window.current_page()))


def test_the_name_in_settings_is_written_in_the_audit_trail(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = SettingsDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert dialog.officer.edit.placeholderText() == default_actor()
    dialog.officer.edit.setText("  Priya   Shah ")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    person = add_person(window.store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    with window.store.session() as session:
        actor = session.scalars(
            select(AuditEntry.actor).where(
                AuditEntry.table_name == "people", AuditEntry.record_id == person.id
            )
        ).first()
    assert actor == "Priya Shah"
    # and the next time the program starts, the window uses it from the first change
    window.store.actor = "someone else"
    again = MainWindow(window.store, start_page="home")
    qtbot.addWidget(again)
    assert window.store.actor == "Priya Shah"


def test_ballot_and_review_dialogs_ask_too(qtbot: QtBot, store: Store, sam: Store) -> None:
    from datetime import date

    from engagement_desktop.gui.ballots.dialogs import BallotDialog
    from engagement_desktop.gui.reviews.review_dialogs import ReviewDialog
    from engagement_desktop.services.ballots import ballots
    from engagement_desktop.services.reviews import scrutiny

    ballot_id = ballots.save_ballot(store, None, {"title": "Play area", "pot_pence": 100_000})
    dialog = BallotDialog(store, ballot_id)
    qtbot.addWidget(dialog)
    ballots.save_ballot(sam, ballot_id, {"title": "Play areas", "pot_pence": 100_000})
    asked: list[str] = []
    dialog.guard.ask = lambda message: asked.append(message) or "reload"  # type: ignore[union-attr,method-assign]
    dialog.ui.titleEdit.setText("Benches")
    dialog.save()
    assert asked[0].startswith("Sam Patel changed this ballot at ")
    assert dialog.ui.titleEdit.text() == "Play areas"

    review_id = scrutiny.add_review(store, {"topic": "Repairs", "started_on": date.today()})
    review = ReviewDialog(store, review_id)
    qtbot.addWidget(review)
    scrutiny.update_review(sam, review_id, {"scope": "Response times"})
    review.guard.ask = lambda message: asked.append(message) or "keep"  # type: ignore[union-attr,method-assign]
    review.ui.topicEdit.setText("Repairs and voids")
    review.save()
    assert asked[1].startswith("Sam Patel changed this review at ")
    with sam.session() as session:
        assert scrutiny.review_values(session, review_id)["topic"] == "Repairs and voids"
