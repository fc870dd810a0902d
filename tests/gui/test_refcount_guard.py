"""The guard against the binding's lost references to None and True."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from engagement_desktop.gui.refcount_guard import guard_singleton_refcounts, measure_leak

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication
    from engagement_desktop.gui.app import application

    class Chatty(QObject):
        said = Signal()

    app = application()
    chatty = Chatty()
    for _ in range(50_000):  # more than None and True hold on a bare 3.11 interpreter
        chatty.setObjectName("x")
        chatty.said.emit()
    print("still here")
    """
)


def test_guard_is_in_place_for_the_suite() -> None:
    guard_singleton_refcounts()
    assert not measure_leak() or sys.getrefcount(None) > 1 << 39


def test_a_long_session_does_not_abort_the_interpreter() -> None:
    """Without the guard this process dies with "none_dealloc" on PySide6 6.12 / 3.11."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "still here" in result.stdout
