"""A box that holds at most so many characters says so when a paste is cut short: Qt
drops the rest without a word, and the officer saved a note missing its end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.app import application
from engagement_desktop.gui.common.length_caps import cut_message
from engagement_desktop.gui.rewards.rules import RuleDialog
from engagement_desktop.store.engine import Store


def test_a_paste_cut_at_the_box_s_limit_is_told_and_a_short_one_is_not(
    qtbot: QtBot, store: Store
) -> None:
    application()
    dialog = RuleDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.ask_about_changes = lambda: "discard"  # type: ignore[method-assign]
    dialog.show()
    box = dialog.ui.descriptionEdit  # holds 200 characters, as the service keeps
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QApplication.clipboard().setText("Thanks for chairing the panel. " * 3)
    box.paste()
    assert not QToolTip.isVisible()  # it fitted: nothing to say
    QApplication.clipboard().setText("A note far longer than the box. " * 10)  # 320 characters
    box.paste()
    assert len(box.text()) == 200
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == cut_message(200)
    assert cut_message(200) == (
        "This box holds at most 200 characters: anything past that was not kept."
    )
    QToolTip.hideText()
    qtbot.keyClick(box, Qt.Key.Key_X)  # a key pressed in the full box is told too
    qtbot.waitUntil(QToolTip.isVisible)
    QToolTip.hideText()
