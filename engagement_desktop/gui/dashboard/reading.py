"""The dashboard's figures, read on the database worker and kept while the data is as it was.

Reading them takes about 0.3 s at 50,000 people (0.2 s of that is their own SQL), and
the Reports section asks for them each time it is shown. Whether anything has changed
since is cheap to ask: the newest audit entry (every change writes one, in this program
or in another on the same database) and this program's own count of commits
(``Store.commits``, which no write can pass by). When both are as they were at the last
read and the day is the same, the figures are the same: they are shown again at once.

The window also reads them once when it is first idle after a database is opened
(:func:`prefetch_soon`), so the first visit to Reports does not wait for them either.
Nothing here imports the reports until a read (the window imports this at start-up).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.modal import dialog_open
from engagement_desktop.gui.common.tasks import BackgroundTask, database_pool
from engagement_desktop.services.audit.changes import newest
from engagement_desktop.store.engine import Store

if TYPE_CHECKING:
    from engagement_desktop.reports.dashboard import Dashboard

#: After the window's first page is shown, how long before the figures are read in the
#: background, and how many times that waits again for a busy worker (the first page's
#: own read, slower on a server) or an open dialog: a minute in all.
PREFETCH_AFTER_MS = 1500
PREFETCH_TRIES = 40


@dataclass(frozen=True)
class Reading:
    """Figures, and the state of the data they were read from."""

    figures: Dashboard
    today: date  # the day asked for
    audit: tuple[int, datetime | None]  # the newest audit entry then (id, time)
    commits: int  # Store.commits then


#: One slot: the window has one database open at a time. The store is held weakly, so a
#: database closed and let go (its passphrase with it) is not kept alive from here.
_kept: list[tuple[weakref.ref[Store], Reading]] = []
_lock = threading.Lock()


def kept(store: Store) -> Reading | None:
    """The last figures read from ``store``, whether or not they are still true."""
    with _lock:
        return next((reading for held, reading in _kept if held() is store), None)


def read(store: Store, today: date | None = None) -> Reading:
    """The figures for ``today``: the kept ones if nothing has changed, else read now."""
    from engagement_desktop.reports.dashboard import dashboard

    today = today or date.today()
    # Taken before the read begins: a commit landing in between is then in the data
    # read but not in the count, so the next call reads again (never the other way).
    commits = store.commits
    with store.session() as session:
        audit = newest(session)
        last = kept(store)
        if last is not None and (last.today, last.audit, last.commits) == (today, audit, commits):
            return last
        reading = Reading(dashboard(session, today), today, audit, commits)
    with _lock:
        _kept[:] = [(weakref.ref(store), reading)]
    return reading


def forget() -> None:
    """Drop the kept figures (tests start afresh with this)."""
    with _lock:
        _kept.clear()


def prefetch_soon(
    window: QWidget,
    store_of: Callable[[], Store],
    showing: Callable[[], str],
    tries: int = PREFETCH_TRIES,
) -> None:
    """In a moment, read the figures of the window's database (``store_of()``) on the
    database worker and keep them; again later while the worker is busy or a dialog is
    open. Not at all once the window has another database, is closed or shows Reports
    (``showing()``, which reads for itself), nor for a file on a network drive, where a
    read nobody asked for would hold up other officers' saves. A failure is left for
    the dashboard to report when it is opened."""
    store = store_of()
    if store.network_drive is not None:
        return

    def attempt() -> None:
        if store_of() is not store or not window.isVisible() or showing() == "reports":
            return
        pool = database_pool()
        if dialog_open() or pool.activeThreadCount():
            if tries > 1:
                prefetch_soon(window, store_of, showing, tries - 1)
            return
        task = BackgroundTask(lambda _progress: read(store), window)
        task.failed.connect(lambda _exc: None)
        task.start(pool)

    QTimer.singleShot(PREFETCH_AFTER_MS, window, attempt)
