"""Automatic backups from the window: at close, before an import, a folder that is gone,
File > Restore from backup…, and the backup folder in Settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.backups import restore as restore_flow
from engagement_desktop.gui.backups.restore_dialog import RestoreDialog
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.services.common.backups import backup_folder, safety_backup
from engagement_desktop.services.common.settings import get_setting, save_settings
from engagement_desktop.store.backups import list_backups
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Person
from engagement_desktop.store.schema_version import SCHEMA_HEAD
from tests.backends import store_target
from tests.gui.test_import_wizard import WAIT_MS, go_to_preview, read_file
from tests.unit.import_corpus import files

YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set up before the window, so still in place when the window closes at the end."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)


def people_in(path: Path | str) -> int:
    opened = open_store(path)
    try:
        with opened.session() as session:
            return int(session.scalar(select(func.count()).select_from(Person)) or 0)
    finally:
        opened.close()


@pytest.mark.sqlite_only
def test_closing_the_window_leaves_a_checked_backup(
    qtbot: QtBot, sample_store: Store, isolated_data_dir: Path
) -> None:
    main = MainWindow(sample_store, start_page="people")
    qtbot.addWidget(main)
    main.show()
    main.close()
    made = list_backups(isolated_data_dir / "backups")
    found = [(b.database, b.reason, b.schema_version) for b in made]
    assert found == [("test", "close", SCHEMA_HEAD)]
    assert people_in(made[0].path) == people_in(sample_store.path)  # type: ignore[arg-type]

    sample_store.close()  # the next session: opened, looked at, closed without a change
    again = open_store(sample_store.path)  # type: ignore[arg-type]
    main = MainWindow(again, start_page="people")
    qtbot.addWidget(main)
    main.show()
    main.close()
    again.close()
    assert list_backups(isolated_data_dir / "backups") == made  # nothing new to copy


@pytest.mark.sqlite_only
def test_a_backup_folder_gone_at_close_is_said_once_and_the_window_closes(
    qtbot: QtBot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    save_settings(sample_store, {"backup_folder": str(stick)})
    stick.rmdir()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    main = MainWindow(sample_store, start_page="people")
    qtbot.addWidget(main)
    main.show()
    assert main.close()
    assert len(told) == 1 and "No backup was made before the close" in told[0]
    assert str(stick) in told[0] and not main.isVisible()


def test_the_import_wizard_backs_up_before_it_commits(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.store
    before = people_in(store_target(store))
    wizard = window.import_actions.open_wizard("people")
    read_file(qtbot, wizard, files.tenancy_export(tmp_path, files.good_rows()), monkeypatch)
    go_to_preview(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.summaryPage, timeout=WAIT_MS)
    made = list_backups(backup_folder(store))
    assert [b.reason for b in made] == ["people-import"]
    assert people_in(made[0].path) == before < people_in(store_target(store))


def test_with_the_folder_gone_the_import_asks_and_no_means_nothing_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.store
    stick = tmp_path / "stick"
    stick.mkdir()
    save_settings(store, {"backup_folder": str(stick)})
    stick.rmdir()
    before = people_in(store_target(store))
    wizard = window.import_actions.open_wizard("people")
    read_file(qtbot, wizard, files.tenancy_export(tmp_path, files.good_rows()), monkeypatch)
    go_to_preview(qtbot, wizard)
    asked: list[str] = []

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return NO

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and str(stick) in asked[0] and "Go on without one?" in asked[0]
    assert wizard.commit_task is None and wizard.currentPage() is not wizard.ui.summaryPage
    assert people_in(store_target(store)) == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.mark.sqlite_only
def test_restore_from_backup_puts_the_data_back_and_reopens_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.store
    save_settings(store, {"landlord_name": "Before Homes"})
    made = safety_backup(store, "close")
    assert made is not None
    save_settings(store, {"landlord_name": "After Homes"})

    dialog = RestoreDialog(backup_folder(store), "test")
    qtbot.addWidget(dialog)
    assert dialog.ui.backupList.count() == 1 and "close" in dialog.ui.backupList.item(0).text()
    assert not dialog.restore_button.isEnabled()
    dialog.ui.backupList.setCurrentRow(0)
    assert dialog.restore_button.isEnabled() and dialog.chosen == made

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: YES)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    file_menu = [a.objectName() for a in window.ui.menuFile.actions()]
    assert file_menu[file_menu.index("actionBackup") + 1] == "actionRestore"
    result = restore_flow.restore(window, store, made, window.switch_store)
    assert result is not None and result.kept_copy is not None
    assert window.store is not store  # the window works on the reopened file
    with window.store.session() as session:
        assert get_setting(session, "landlord_name") == "Before Homes"
    assert "kept at" in told[0] and str(result.kept_copy) in told[0]


@pytest.mark.sqlite_only
def test_restoring_a_backup_that_holds_nobody_says_so_before_anything_is_replaced(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup taken on day one, before the import, holds no people: the question said
    only "Put … in place of …?", and Yes emptied the register. Now it says the counts."""
    from engagement_desktop.store.backup import backup_database

    day_one = open_store(tmp_path / "day-one.sqlite")
    try:
        made = backup_database(day_one, tmp_path / "day-one-backup.sqlite").path
    finally:
        day_one.close()
    store = window.store
    assert store.path is not None
    now = people_in(store.path)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        return lambda _parent, _title, text, *_a: asked.append(text) or reply

    monkeypatch.setattr(QMessageBox, "question", answer(NO))
    assert restore_flow.restore(window, store, made, window.switch_store) is None
    assert (
        f"This backup holds 0 people; the database now holds {now:,} people. "
        "Restoring it replaces them all."
    ) in asked[0]
    assert window.store is store and people_in(store.path) == now  # No: nothing replaced

    monkeypatch.setattr(QMessageBox, "question", answer(YES))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    result = restore_flow.restore(window, store, made, window.switch_store)
    assert result is not None and people_in(store.path) == 0


@pytest.mark.sqlite_only
def test_a_read_in_hand_when_restore_is_confirmed_is_waited_for(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dashboard's background read (a big register: slow) starts while the officer
    reads the confirmation; the restore waits for it rather than finding the file open."""
    import time

    import engagement_desktop.reports.dashboard as dashboard_module
    from engagement_desktop.gui.common.tasks import database_pool
    from engagement_desktop.gui.dashboard import reading

    store = window.store
    save_settings(store, {"landlord_name": "Before Homes"})
    made = safety_backup(store, "close")
    assert made is not None
    save_settings(store, {"landlord_name": "After Homes"})
    real = dashboard_module.dashboard

    def slow(session: object, today: object) -> object:
        time.sleep(1.0)
        return real(session, today)  # type: ignore[arg-type]

    monkeypatch.setattr(dashboard_module, "dashboard", slow)
    reading.forget()
    monkeypatch.setattr(reading, "PREFETCH_AFTER_MS", 100)
    reading.prefetch_soon(window, lambda: window.store, window.current_key)

    def confirmed_after_a_moment(*_args: object, **_kwargs: object) -> object:
        qtbot.wait(400)  # the read has begun meanwhile
        assert database_pool().activeThreadCount() == 1
        return YES

    monkeypatch.setattr(QMessageBox, "question", confirmed_after_a_moment)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    result = restore_flow.restore(window, store, made, window.switch_store)
    assert result is not None, told
    with window.store.session() as session:
        assert get_setting(session, "landlord_name") == "Before Homes"


def test_a_file_that_is_not_a_backup_is_refused_in_the_dialog(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear tenant")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    dialog = RestoreDialog(backup_folder(store), "test")
    qtbot.addWidget(dialog)
    dialog.use_file(letter)
    assert len(told) == 1 and "not an Engagement Desktop backup" in told[0]
    assert dialog.chosen is None and not dialog.restore_button.isEnabled()


def test_the_backup_folder_is_chosen_in_settings(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.backup_box.edit.setText(str(tmp_path / "nowhere"))
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert list(dialog.errors.shown) == ["backup_folder"]
    assert "not a folder that exists" in dialog.backup_box.edit.accessibleDescription()
    assert backup_folder(store) != tmp_path / "nowhere"
    dialog.backup_box.edit.setText(str(tmp_path))
    dialog.save()
    assert backup_folder(store) == tmp_path
