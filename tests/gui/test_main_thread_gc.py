"""The window collects Python's reference cycles on the GUI thread only (a collection
inside a worker thread may free Qt objects the GUI thread owns, and Qt crashes)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication

from engagement_desktop.gui.common.main_thread_gc import MainThreadCollector


class Cycle:
    me: Cycle


def test_cycles_wait_for_the_gui_thread_then_go(qapp: QApplication) -> None:
    collector = MainThreadCollector(qapp)
    try:
        assert not gc.isenabled()  # no thread collects on its own now
        gone = []
        for _ in range(2 * gc.get_threshold()[0]):
            cycle = Cycle()
            cycle.me = cycle
            gone.append(weakref.ref(cycle))
        del cycle
        assert all(ref() is not None for ref in gone)  # nothing has collected them
        collector.collect_due()  # what the timer does on the GUI thread
        assert all(ref() is None for ref in gone)
    finally:
        collector.timer.stop()
        collector.setParent(None)
