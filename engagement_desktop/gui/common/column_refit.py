"""Columns fitted again when their table is resized, until the user sets a width.

A page first shown in a small window (or before the window is maximised) would keep
its cut titles with room to spare once the window grows. So a resize of the table
refits its columns (after a short pause, not on every pixel of a drag), and a column
the user drags by hand ends that: their widths stand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

REFIT_DELAY_MS = 80


class RefitOnResize(QObject):
    """Calls ``fit`` (which sets the section widths) when ``table`` changes width."""

    def __init__(self, table: QTableView, fit: Callable[[], None]) -> None:
        super().__init__(table)
        self._table = table
        self._fit = fit
        self._fitting = False
        self.user_set_widths = False
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFIT_DELAY_MS)
        self._timer.timeout.connect(self._refit_if_shown)
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        table.installEventFilter(self)

    def refit(self) -> None:
        if self.user_set_widths:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False
        self._width = self._table.width()

    def _refit_if_shown(self) -> None:
        """After the pause: a table hidden meanwhile (its page closed, or left for
        another) is fitted when it is shown again, not now; fitting reads its rows, and a
        closed page's database may be gone."""
        if self._table.isVisible():
            self.refit()

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        header = self._table.horizontalHeader()
        last = header.count() - 1
        # The stretched last section follows the window; only a drag by hand counts.
        if not self._fitting and _index != last and header.underMouse():
            self.user_set_widths = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._table
            and event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
            and self._width >= 0
            and self._table.width() != self._width
        ):
            self._timer.start()
        return False
