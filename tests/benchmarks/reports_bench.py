"""Reports figures: the impact assessment as PDF and as Excel, opening the dashboard,
and exporting every attendance row.

Run by run.py (``--only reports``) on the demo database, topped up first to 2,000
events and 200,000 attendances if the demo has fewer (the 50,000-person demo has
about that many already). The report year is the demo's last completed one.
The dashboard figure runs offscreen, in a process of its own: from creating the page
to its figures filled in (read on the database worker, then shown).
``dashboard_window_s`` is the same in the program's own window, from choosing Reports
(window_bench.py).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

EVENTS, ATTENDANCES = 2_000, 200_000
YEAR = 2025  # the demo's last completed report year (its "today" is 23 November 2026)
TODAY = date(2026, 11, 23)

LABELS: dict[str, str] = {
    "impact_pdf_s": "Impact assessment PDF (figures and pages), {people:,} people",
    "impact_xlsx_s": "Impact assessment Excel twin (figures and workbook)",
    "dashboard_open_s": "Dashboard, page created to figures filled in",
    "dashboard_floor_s": "Floor: the dashboard's own queries on bare sqlite3, no Python",
    "dashboard_window_s": "Dashboard in the program's window: Reports chosen to figures shown",
    "dashboard_window_changed_s": "  the same after a check-in (the figures read again)",
    "dashboard_window_read_s": "    of which reading the figures on the database worker",
    "home_read_s": "Home page's read (today, overdue, terms, training, year end)",
    "attendance_export_200k_s": "Export every attendance row to Excel",
}


def top_up(store: Any, bench: Any) -> None:
    """Add held events and attendances until there are 2,000 and 200,000."""
    from sqlalchemy import func, insert, select

    from engagement_desktop.store.models import Attendance, Event, Person

    rng = random.Random(bench.seed)
    with store.transaction() as session:
        events = session.scalar(select(func.count()).select_from(Event)) or 0
        model = session.scalars(select(Event).where(Event.status == "held").limit(1)).first()
        if events < EVENTS and model is not None:
            start = datetime(YEAR, 4, 1, 18)
            session.execute(
                insert(Event),
                [
                    {
                        "title": f"Benchmark meeting {n}",
                        "event_type_id": model.event_type_id,
                        "starts_at": start + timedelta(days=rng.randint(0, 360)),
                        "status": "held",
                    }
                    for n in range(EVENTS - events)
                ],
            )
            bench.note(f"topped up to {EVENTS:,} events")
        have = session.scalar(select(func.count()).select_from(Attendance)) or 0
        if have >= ATTENDANCES:
            return
        people = list(session.scalars(select(Person.id)))
        taken = set(session.execute(select(Attendance.event_id, Attendance.person_id)).tuples())
        held = list(session.scalars(select(Event.id).where(Event.status == "held")))
        rows: list[dict[str, Any]] = []
        while have + len(rows) < ATTENDANCES:
            event, person = rng.choice(held), rng.choice(people)
            if (event, person) not in taken:
                taken.add((event, person))
                rows.append({"event_id": event, "person_id": person, "status": "attended"})
        session.execute(insert(Attendance), rows)
        bench.note(f"topped up to {ATTENDANCES:,} attendances")


def dashboard_floor(store: Any, db: Path) -> float:
    """The SQL the dashboard sends (recorded from one read of its figures), timed again on
    a bare sqlite3 connection: what the figure would be with no SQLAlchemy, Python or Qt
    at all. The figure minus this is the program's own share. The best of three runs,
    so the bare connection's page cache is as warm as the program's."""
    import sqlite3

    from sqlalchemy import event

    from engagement_desktop.reports.dashboard import dashboard

    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):  # not the BEGIN
            sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        with store.session() as session:
            dashboard(session, TODAY)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA cache_size=-65536")  # as the program's connections
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            for statement, parameters in sent:
                connection.execute(statement, parameters).fetchall()
            runs.append(time.perf_counter() - started)
        return round(min(runs), 2)
    finally:
        connection.close()


def measure_reports(bench: Any) -> dict[str, Any]:
    """Reports: impact assessment PDF and Excel, dashboard open, attendance export."""
    from engagement_desktop.interchange.writing.table_export import export_table
    from engagement_desktop.reports.impact.pdf import write_impact_pdf
    from engagement_desktop.reports.impact.report import build_report
    from engagement_desktop.reports.impact.workbook import write_impact_workbook
    from engagement_desktop.store.engine import open_store

    store = open_store(bench.db, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    folder = Path(bench.folder)
    try:
        top_up(store, bench)

        from engagement_desktop.reports.home import home

        started = time.perf_counter()
        with store.session() as session:
            home(session, TODAY)
        figures["home_read_s"] = round(time.perf_counter() - started, 2)

        # The dashboard first, before the reports have read the database.
        figures["dashboard_open_s"] = dashboard_page(bench)
        figures["dashboard_floor_s"] = dashboard_floor(store, bench.db)

        started = time.perf_counter()
        with store.session() as session:
            report = build_report(session, YEAR, prepared_by="Benchmark")
        write_impact_pdf(report, folder / "impact.pdf")
        figures["impact_pdf_s"] = round(time.perf_counter() - started, 2)

        started = time.perf_counter()
        with store.session() as session:
            report = build_report(session, YEAR, prepared_by="Benchmark")
        write_impact_workbook(report, folder / "impact.xlsx")
        figures["impact_xlsx_s"] = round(time.perf_counter() - started, 2)
        print(
            f"  {report.summary.people_involved:,} people involved, "
            f"{report.summary.attendances:,} attendances in {report.period.label}"
        )

        started = time.perf_counter()
        with store.session() as session:
            path, rows = export_table(session, "attendance", folder / "attendance.xlsx")
        figures["attendance_export_200k_s"] = round(time.perf_counter() - started, 2)
        print(f"  exported {rows:,} attendance rows, {path.stat().st_size / 1_048_576:.1f} MB")
    finally:
        store.close()
    figures.update(window_click(bench.db))  # after the close: the file holds everything
    return figures


def dashboard_page(bench: Any) -> float | None:
    """``dashboard_open_s`` in a process of its own, as the program has one. In this
    process the page ran beside the heap of every measurement before it: 0.57 s in a
    full run against 0.36-0.42 s with ``--only reports``, for the same page and data."""
    result = subprocess.run(
        [sys.executable, __file__, str(bench.db), str(bench.folder)],
        env=bench.env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        print(f"  note: the dashboard page measurement failed: {result.stderr.strip()[-300:]}")
        return None
    found: float | None = json.loads(result.stdout.strip().splitlines()[-1])["dashboard_open_s"]
    return found


def _page_alone(db: Path, folder: Path) -> float | None:
    """Inside the child: a store opened, the Home page's read (as when the program
    opens), then the dashboard page from created to its figures painted. The page is
    timed under the program's own collection (on the GUI thread, from a timer), as in
    the window."""
    app = qt_app(folder)
    from engagement_desktop.gui.common.main_thread_gc import MainThreadCollector
    from engagement_desktop.reports.home import home
    from engagement_desktop.store.engine import open_store

    store = open_store(db, actor="benchmark", verify=False)
    try:
        with store.session() as session:
            home(session, TODAY)
        collector = MainThreadCollector(app)
        seconds = open_page(app, store, timeout=60)
        collector.stop()
    finally:
        store.close()
    return None if seconds is None else round(seconds, 2)


def open_page(app: Any, store: Any, *, timeout: float) -> float | None:
    """Seconds from creating the dashboard page to its figures painted (None: not
    filled in within ``timeout``). Shared with scale.py."""
    from engagement_desktop.gui.dashboard.page import DashboardPage

    started = time.perf_counter()
    page = DashboardPage(store)
    page.today = TODAY
    page.resize(1200, 800)
    page.show()
    done: list[bool] = []
    page.filled.connect(lambda: done.append(True))
    page.refresh()
    while not done and time.perf_counter() < started + timeout:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()  # the figures painted
    seconds = time.perf_counter() - started
    page.close()
    return seconds if done else None


def window_click(db: Path) -> dict[str, Any]:
    """window_bench.py in a process of its own (the program's application() turns the
    automatic collector off, which would change every later measurement here)."""
    # An installed program's modules are compiled once, at install: so the child may
    # write and reuse bytecode even where this shell says not to (a first click imports
    # the Reports section; compiling its source each run would be timed as well).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("window_bench.py")), str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        print(f"  note: the window measurement failed: {result.stderr.strip()[-300:]}")
        return dict.fromkeys(
            ("dashboard_window_s", "dashboard_window_changed_s", "dashboard_window_read_s")
        )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    print(json.dumps({"dashboard_open_s": _page_alone(Path(sys.argv[1]), Path(sys.argv[2]))}))
