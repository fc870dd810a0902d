"""Passphrase protection in the window: asked before the window opens (again after a
wrong one), File > Protect…, and the cover after an idle period."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.protection import lock
from engagement_desktop.gui.protection.passphrase import PassphraseDialog, ask_and_open
from engagement_desktop.services.common.settings import save_settings
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.protect import encrypt_file
from tests.gui.sample_data import add_sample_records

pytest.importorskip("sqlcipher3")

PASSPHRASE = "estate walkabout"


def _answer(steps: list[Callable[[PassphraseDialog], None]]) -> None:
    """Drive the next passphrase dialogs: one step each time one is shown."""

    def next_step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, next_step)
            return
        steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, next_step)

    QTimer.singleShot(0, next_step)


def _type(first: str, again: str | None = None) -> Callable[[PassphraseDialog], None]:
    def step(dialog: PassphraseDialog) -> None:
        dialog.passphrase.setText(first)
        if again is not None:
            dialog.again.setText(again)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return step


@pytest.fixture
def protected(db_path: Path) -> Path:
    store = open_store(db_path)
    add_sample_records(store, people=3)
    store.close()
    encrypt_file(db_path, PASSPHRASE)
    return db_path


def test_the_passphrase_is_asked_before_the_window_and_again_after_a_wrong_one(
    qtbot: QtBot, protected: Path
) -> None:
    said: list[str] = []

    def wrong_then_right(dialog: PassphraseDialog) -> None:
        said.append(dialog.problem.text())
        _type(PASSPHRASE)(dialog)

    _answer([_type("a guess"), wrong_then_right])
    store = ask_and_open(protected, lambda key: open_store(protected, passphrase=key))
    assert isinstance(store, Store)
    assert store.passphrase == PASSPHRASE
    assert said == ["That passphrase does not open this database. Try again."]
    store.close()


@pytest.fixture
def protected_window(qtbot: QtBot, protected: Path) -> Iterator[MainWindow]:
    store = open_store(protected, passphrase=PASSPHRASE)
    save_settings(store, {"lock_after_idle_minutes": 1})
    window = MainWindow(store, start_page="people")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    store.close()


def test_the_window_is_covered_after_the_idle_period_and_asks_again(
    qtbot: QtBot, protected_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    idle: lock.IdleLock = protected_window.idle_lock  # type: ignore[attr-defined]
    monkeypatch.setattr(lock, "SECONDS_PER_MINUTE", 0.3)  # "1 minute" is 0.3 s here
    idle.timer.setInterval(50)
    idle.last_input = 0.0
    qtbot.waitUntil(lambda: idle.locked, timeout=3000)
    cover = next(c for c in idle.covers if c.parentWidget() is protected_window)
    assert cover.isVisible() and cover.geometry() == protected_window.rect()

    navigation = protected_window.ui.navigation
    row = navigation.currentRow()
    qtbot.keyClick(navigation, Qt.Key.Key_Down)  # nothing behind the cover takes input
    assert navigation.currentRow() == row

    qtbot.keyClicks(cover.passphrase, "not it")
    qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)
    assert idle.locked and "does not open" in cover.problem.text()
    qtbot.keyClicks(cover.passphrase, PASSPHRASE)
    qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)
    assert not idle.locked
    qtbot.keyClick(navigation, Qt.Key.Key_Down)
    assert navigation.currentRow() != row


def test_an_unprotected_database_never_locks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    idle: lock.IdleLock = window.idle_lock  # type: ignore[attr-defined]
    monkeypatch.setattr(lock, "SECONDS_PER_MINUTE", 0.0)
    idle.check()
    assert not idle.locked


@pytest.mark.sqlite_only
def test_file_protect_encrypts_the_open_database_and_keeps_it_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    path = window.store.path
    assert path is not None
    _answer([_type("one", "two"), _type(PASSPHRASE, PASSPHRASE)])
    assert window.protect_action.isEnabled()
    window.protect_action.trigger()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert window.store.passphrase == PASSPHRASE
    with window.store.session() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM people")).scalar() == 6


def test_a_new_passphrase_too_short_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("Protect this database.", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("kettle")
    dialog.again.setText("kettle")
    dialog._accept_if_given()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.problem.text().startswith("A passphrase needs at least 10 characters")
    dialog.passphrase.setText("kettle orchard")
    dialog.again.setText("kettle orchard")
    dialog._accept_if_given()
    assert dialog.result() == dialog.DialogCode.Accepted
