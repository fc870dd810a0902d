"""The dashboard as the officer opens it: the program's own window, in a process of its own.

``dashboard_open_s`` (reports_bench.py) times the dashboard page alone in the
benchmark's bare QApplication. This times the whole click instead: the program's
``application()`` (its garbage collection on the GUI thread, its window filter), the
main window on a copy of the benchmark database, the Home page read and settled (the
window reads the dashboard's figures then, while idle), then Reports chosen in the
navigation until the dashboard's figures are painted; then once more after a check-in,
when the figures must be read again. Run by
reports_bench.py as ``python window_bench.py DB``; the last line is JSON.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

#: The demo database's "today" (reports_bench.TODAY): the same year so far every run.
TODAY = date(2026, 11, 23)
#: The Home page's reads and first paints are left to finish before Reports is chosen.
SETTLE_S = 4.0
TIMEOUT_S = 60.0


#: The event loop running now, so the dashboard's figures can end it.
_LOOP: list[Any] = []


def _run_loop(seconds: float) -> None:
    """The program's own event loop (as app.exec runs it: asleep until something
    happens), for ``seconds`` at most or until :func:`_stop` ends it."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    _LOOP.append(loop)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    _LOOP.remove(loop)


def _stop() -> None:
    for loop in _LOOP:
        loop.quit()


def _check_someone_in(store: Any) -> None:
    """A change as the officer makes one: someone checked in at the latest event held."""
    from sqlalchemy import select

    from engagement_desktop.services.events.checkin import check_in
    from engagement_desktop.store.models import Attendance, Event, Person

    with store.session() as session:
        event = session.scalar(
            select(Event.id).where(Event.status == "held").order_by(Event.starts_at.desc())
        )
        there = select(Attendance.person_id).where(Attendance.event_id == event)
        person = session.scalar(
            select(Person.id).where(Person.archived.is_(False), Person.id.not_in(there))
        )
    check_in(store, event, person, confirmed=True)


def _click_reports(window: Any, app: Any, shown: list[float]) -> float | None:
    """Seconds from choosing Reports to the dashboard's figures painted."""
    shown.clear()
    started = time.perf_counter()
    window.go_to("reports")
    if not shown:
        _run_loop(TIMEOUT_S)
    app.processEvents()  # the figures painted
    return round(time.perf_counter() - started, 2) if shown else None


def reports_click(db: Path) -> dict[str, float | None]:
    """Seconds from choosing Reports to the dashboard's figures on screen: the first
    time after start-up (the window has read them while idle), and again after a
    check-in (read afresh, on the worker: that part is given too)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="window-bench-"))
    os.environ["ENGAGEMENT_DATA_DIR"] = str(scratch / "userdata")
    copy = scratch / "window.sqlite"
    shutil.copyfile(db, copy)
    import engagement_desktop.gui.dashboard.page as dashboard_page
    import engagement_desktop.reports.dashboard as dashboard_figures
    from engagement_desktop.gui.app import application
    from engagement_desktop.gui.main_window import MainWindow
    from engagement_desktop.store.engine import open_store

    read: list[float] = []
    shown: list[float] = []
    reading, showing = dashboard_figures.dashboard, dashboard_page.DashboardPage.show_figures

    def timed_read(session: Any, _today: Any) -> Any:
        started = time.perf_counter()
        figures = reading(session, TODAY)  # the demo's today, as the other figures
        read.append(time.perf_counter() - started)
        return figures

    def timed_show_figures(page: Any, figures: Any) -> None:
        showing(page, figures)
        shown.append(time.perf_counter())
        _stop()

    dashboard_figures.dashboard = timed_read  # type: ignore[assignment]
    dashboard_page.DashboardPage.show_figures = timed_show_figures  # type: ignore[method-assign,assignment]
    app = application()
    store = open_store(copy, actor="benchmark", verify=False)
    try:
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        _run_loop(SETTLE_S)
        first = _click_reports(window, app, shown)
        window.go_to("home")
        _run_loop(SETTLE_S)
        _check_someone_in(store)
        read.clear()
        changed = _click_reports(window, app, shown)
        window.close()
    finally:
        store.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return {
        "dashboard_window_s": first,
        "dashboard_window_changed_s": changed,
        "dashboard_window_read_s": round(read[0], 2) if read else None,
    }


if __name__ == "__main__":
    print(json.dumps(reports_click(Path(sys.argv[1]))))
