"""Contrast by rule: every text/background pair the program sets, read from the style
sheet and the code, and every window as drawn, meets WCAG 2.2 AA (4.5:1; 3:1 for large
text and input borders). Greyed out means disabled and nothing else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.events.checkin_window import CONFIRM, CheckinWindow
from engagement_desktop.gui.rewards.year_end_model import MemberChoice, YearEndModel
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.rewards.year_end import YearEndLine
from engagement_desktop.store.engine import Store
from tests.gui.contrast import (
    Pair,
    code_pairs,
    contrast,
    drawn_pairs,
    resource_pairs,
)
from tests.gui.test_events_page import make_desk
from tests.gui.windows import every_window


def failing(pairs: list[Pair]) -> list[str]:
    return [str(pair) for pair in pairs if pair.ratio < pair.needed]


@pytest.mark.parametrize(
    ("fore", "back", "ratio"),
    [
        ("#ffffff", "#000000", 21.0),
        ("#777777", "#ffffff", 4.48),  # the grey that just misses AA
        ("#ffffff", "#efefef", 1.15),  # the old Leave check-in box
        ("#b3261e", "#000000", 3.21),  # the old walk-in problems on black
        ("#bebebe", "#ffffff", 1.86),  # the old carried-over year-end rows
    ],
)
def test_contrast_is_wcag_arithmetic(fore: str, back: str, ratio: float) -> None:
    assert contrast(QColor(fore), QColor(back)) == pytest.approx(ratio, abs=0.01)
    assert contrast(QColor(back), QColor(fore)) == pytest.approx(ratio, abs=0.01)


def test_every_colour_set_in_the_sources_meets_wcag(qapp: QApplication) -> None:
    pairs = resource_pairs() + code_pairs()
    places = {pair.where.split(":")[0] for pair in pairs}
    # read from the real sources: the check-in sheet, colour tuples, palette picks
    assert {
        "engagement_desktop/gui/events/checkin_window.py",
        "engagement_desktop/gui/events/register_model.py",
        "engagement_desktop/gui/training/models.py",
        "engagement_desktop/gui/rewards/year_end_model.py",
    } <= places
    assert failing(pairs) == []


def test_rows_that_only_carry_over_are_readable(qapp: QApplication) -> None:
    model = YearEndModel(("person", "status"))
    line = YearEndLine(1, "uuid-1", "Joan Adams", "T000001", 40, 40, 0, 0, "to do")
    model.set_rows([MemberChoice(line)])
    brush = model.data(model.index(0, 1), int(Qt.ItemDataRole.ForegroundRole))
    assert model.data(model.index(0, 1)) == "Carries over (too few points)"
    base = qapp.palette().base().color()
    shown = brush.color() if brush is not None else qapp.palette().text().color()
    assert contrast(shown, base) >= 4.5


def test_every_window_as_drawn(qtbot: QtBot, sample_store: Store) -> None:
    pairs: list[Pair] = []
    for name, window in every_window(sample_store):
        window.resize(window.minimumSizeHint().expandedTo(window.sizeHint()))
        window.show()
        qtbot.waitExposed(window)
        pairs += drawn_pairs(window, name)
        window.hide()
    assert len(pairs) > 200
    assert failing(pairs) == []


@pytest.fixture
def door(qtbot: QtBot, store: Store) -> Iterator[CheckinWindow]:
    ids = make_desk(store)
    invite(store, ids["event"], group_id=ids["group"])
    window = CheckinWindow(store, ids["event"])
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    yield window


def test_check_in_as_drawn_in_every_state(qtbot: QtBot, door: CheckinWindow) -> None:
    pairs = drawn_pairs(door, "search")
    door.say("Nobody matches “zz”. Ctrl+W adds them as a walk-in.", "bad")
    pairs += drawn_pairs(door, "bad message")
    door.start_walk_in()
    panel = door.walk_in
    panel.ui.lastNameEdit.setText("Wójcik")
    panel.submit()  # no consent: refused, with a banner and a line under the tick box
    assert panel.problems.text("hold_data")
    pairs += drawn_pairs(door, "walk-in refused")
    assert {"errorBanner", "hold_dataProblem"} <= {p.where.split()[-1] for p in pairs}
    door.ui.confirmLabel.setText("Excluded until 1 March.\n\nCheck them in anyway?")
    door.ui.stack.setCurrentIndex(CONFIRM)
    door._enable()
    pairs += drawn_pairs(door, "confirm")
    door.back_to_search()

    def read_the_question() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        pairs.extend(drawn_pairs(box, "leave?"))
        box.reject()

    QTimer.singleShot(0, read_the_question)
    assert door.leave() is False
    assert any(p.where.startswith("leave? qt_msgbox_label") for p in pairs)
    assert failing(pairs) == []
