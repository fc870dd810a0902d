"""Lists follow another officer's changes without anyone pressing Refresh.

Every few seconds, and whenever the window is activated, one trivial query reads the
store's data generation (the newest audit id). When it moved and the change was not
made under this officer's name, the page on screen reads its list again, keeping the
selected rows and the scroll position. Never while a dialog is open: the officer may be
typing into it; the reload waits for the next tick after it closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from engagement_desktop.gui.common.modal import dialog_open
from engagement_desktop.gui.team import officer
from engagement_desktop.services.audit.changes import changed_by_others, generation
from engagement_desktop.store.engine import Store

log = logging.getLogger(__name__)

#: How often the window looks for other officers' changes.
POLL_MS = 3000
#: Rows around the old selection searched for the selected records after a reload.
SELECTION_REACH = 200


class DataWatch(QObject):
    """Polls the store's data generation and reloads the current page when it moved."""

    def __init__(
        self,
        window: QMainWindow,
        store_of: Callable[[], Store],
        page_of: Callable[[], Any],
    ) -> None:
        super().__init__(window)
        self.window, self.store_of, self.page_of = window, store_of, page_of
        self.reloads = 0  # how many times another officer's change reloaded a page
        officer.apply(store_of())
        self.seen = self._read()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        window.installEventFilter(self)

    def use(self, store: Store) -> None:
        """Another database is on screen: its changes are the ones followed."""
        officer.apply(store)
        self.seen = self._read()

    def _read(self) -> int:
        try:
            with self.store_of().session() as session:
                return generation(session)
        except Exception:  # a server gone for a moment: the next tick tries again
            log.warning("Could not read the data generation", exc_info=True)
            return -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.poll)
        return False

    def poll(self) -> bool:
        """Reload the page on screen if another officer changed data; True if it did."""
        if dialog_open():  # the page under it is left alone
            return False
        now = self._read()
        if now < 0 or now == self.seen:
            return False
        store = self.store_of()
        try:
            with store.session() as session:
                theirs = changed_by_others(session, max(self.seen, 0), store.actor)
        except Exception:
            log.warning("Could not read who changed the data", exc_info=True)
            return False
        self.seen = now
        if not theirs:
            return False
        reload_keeping_place(self.page_of())
        self.reloads += 1
        return True


def reload_keeping_place(page: Any) -> None:
    """``page.refresh()``; a list keeps its selected records and scroll position."""
    table = getattr(getattr(page, "ui", None), "table", None)
    model = getattr(page, "model", None)
    if table is None or model is None or not hasattr(model, "row_id"):
        page.refresh()
        return
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    current = table.currentIndex()
    current_id = model.row_id(current.row()) if current.isValid() else None
    chosen = {model.row_id(row) for row in rows}
    scroll = table.verticalScrollBar().value()
    page.refresh()
    if chosen or current_id is not None:
        low = max(min(rows, default=0) - SELECTION_REACH, 0)
        high = min(max(rows, default=0) + SELECTION_REACH, model.rowCount())
        selection = table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(low, high):
            record = model.row_id(row)
            if record == current_id:
                selection.setCurrentIndex(model.index(row, 0), flags)
            elif record in chosen:
                selection.select(model.index(row, 0), flags)
    table.verticalScrollBar().setValue(scroll)
