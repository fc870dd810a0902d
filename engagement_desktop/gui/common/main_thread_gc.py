"""Python's cycle collector runs in whichever thread happens to allocate. When that is a
worker thread (an import, a backup, a report), it may free Qt objects that belong to the
GUI thread, and Qt crashes: a segmentation fault was seen this way, the collector running
inside a backup on the database worker while an import wizard was open. So the window
turns automatic collection off and collects on the GUI thread from a timer instead (Anki
does the same, for the same reason)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    """Collects each generation when Python would have, but only ever on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> None:
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self.threshold[generation]:
                break
            gc.collect(generation)

    def stop(self) -> None:
        """Automatic collection back on (a benchmark that borrowed the window's way)."""
        self.timer.stop()
        gc.enable()
