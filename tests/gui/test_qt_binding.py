"""The Qt binding must not leak references to None or True.

PySide6 6.12.0 did: every void Qt call and every signal emit gave back a
reference to None/True it never took, and Python 3.11 aborted with "Fatal
Python error: none_dealloc" after a few thousand clicks. pyproject.toml
excludes it; this test fails if such a binding is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_and_emits_keep_reference_counts(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("Zoë")
        emitter.changed.emit(True)
    assert len(received) == 2000
    received.clear()
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
