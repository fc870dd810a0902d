"""What the window shows of a viewer's copy and of a file on a network drive: the
status bar says so, and what would change data is greyed out before anyone tries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.store import network_drive
from engagement_desktop.store.engine import Store, open_store
from tests.gui.sample_data import add_sample_records
from tests.gui.shots import save_shot


def shown(qtbot: QtBot, store: Store) -> MainWindow:
    main = MainWindow(store, start_page="people")
    qtbot.addWidget(main)
    main.resize(1366, 728)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def viewer_store(store: Store, db_target: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    add_sample_records(store, people=6)
    store.close()
    monkeypatch.setenv("ENGAGEMENT_ROLE", "viewer")
    opened = open_store(db_target)
    yield opened
    opened.close()


def test_a_viewer_sees_the_register_with_the_changes_greyed_out(
    qtbot: QtBot, viewer_store: Store
) -> None:
    main = shown(qtbot, viewer_store)
    assert main.windowTitle().endswith("(read-only)")
    assert "read-only: a viewer" in main.database_label.text()
    people = main.page("people")
    assert people.model.rowCount() > 0  # looking works
    add = people.actions_ui.addButton
    assert not add.isEnabled() and not people.add_action.isEnabled()
    assert "You can look but not change" in add.toolTip()
    assert not main.import_actions.import_action.isEnabled()
    people.ui.table.selectRow(0)
    assert people.open_action.isEnabled()  # opening a person to read is fine
    assert not people.archive_action.isEnabled() and not people.merge_action.isEnabled()
    save_shot(main, "viewer_window.png")


def test_an_officer_has_every_change_enabled(qtbot: QtBot, store: Store) -> None:
    add_sample_records(store, people=6)
    main = shown(qtbot, store)
    people = main.page("people")
    assert people.actions_ui.addButton.isEnabled() and people.add_action.isEnabled()
    assert main.import_actions.import_action.isEnabled()
    assert "network drive" not in main.database_label.text()


@pytest.mark.sqlite_only
def test_a_file_on_a_network_drive_says_so_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(network_drive, "detect", lambda path: "the network drive Z:")
    store = open_store(tmp_path / "team.sqlite")
    try:
        main = shown(qtbot, store)
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        label = main.database_label
        assert "On a network drive: one officer at a time" in label.text()
        assert "PostgreSQL" in label.text()
        assert "This database is on a network drive (the network drive Z:)" in label.toolTip()
        assert label.isVisible()
        save_shot(main, "network_window.png")
        main.close()
    finally:
        store.close()


def test_a_viewer_opens_a_record_to_read_and_is_not_invited_to_type(
    qtbot: QtBot, viewer_store: Store
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox
    from sqlalchemy import select

    from engagement_desktop.gui.groups.group_dialog import GroupDialog
    from engagement_desktop.store.models import Group

    with viewer_store.session() as session:
        group_id = session.scalars(select(Group.id).order_by(Group.id)).first()
    dialog = GroupDialog(viewer_store, group_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert ui.nameEdit.text()  # the record is there to read
    assert ui.nameEdit.isReadOnly() and not ui.kindCombo.isEnabled()
    assert not ui.addSeatButton.isEnabled()  # the form cannot be changed either
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save is None or not save.isVisible()
    assert "You can look but not change" in ui.formError.text() and ui.formError.isVisible()
    close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert close is not None and close.text() == "&Close"
    save_shot(dialog, "viewer_group_dialog.png")
    dialog.reject()  # closes without asking about changes: none could be made
    assert not dialog.isVisible()


def test_an_officer_gets_the_same_dialog_to_edit(qtbot: QtBot, store: Store) -> None:
    from engagement_desktop.gui.groups.group_dialog import GroupDialog

    add_sample_records(store, people=6)
    dialog = GroupDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.nameEdit.isReadOnly() and dialog.ui.kindCombo.isEnabled()
    assert not dialog.ui.formError.isVisible()


def test_every_section_keeps_its_changes_grey_for_a_viewer_whatever_is_chosen(
    qtbot: QtBot, viewer_store: Store
) -> None:
    main = shown(qtbot, viewer_store)
    main.go_to("groups")
    groups = main.page("groups")
    groups.ui.table.selectRow(0)  # a group chosen: the page enables its buttons
    qtbot.waitUntil(lambda: groups.dui.editGroupButton.isEnabled())
    assert not groups.dui.newGroupButton.isEnabled()
    assert not groups.dui.addMemberButton.isEnabled()
    assert not groups.actions_by_name["add_member"].isEnabled()
    assert "You can look but not change" in groups.dui.addMemberButton.toolTip()
    main.go_to("events")
    events = main.page("events")
    events.ui.table.selectRow(0)
    assert events.aui.openButton.isEnabled() == (events.model.rowCount() > 0)
    assert not events.aui.newButton.isEnabled() and not events.aui.checkinButton.isEnabled()
    main.go_to("training")
    training = main.page("training")
    assert not training.ui.newCourseButton.isEnabled()
    main.go_to("rewards")
    rewards = main.page("rewards")
    assert not rewards.actions_ui.yearEndButton.isEnabled()
    save_shot(main, "viewer_rewards.png")


def test_an_officer_s_buttons_follow_the_selection_as_before(qtbot: QtBot, store: Store) -> None:
    add_sample_records(store, people=6)
    main = shown(qtbot, store)
    main.go_to("groups")
    groups = main.page("groups")
    assert groups.dui.newGroupButton.isEnabled()
    groups.ui.table.selectRow(0)
    qtbot.waitUntil(lambda: groups.dui.addMemberButton.isEnabled())
