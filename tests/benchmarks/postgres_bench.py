"""PostgreSQL figures beside SQLite's: a People search keystroke, a survey import, the
impact report PDF, on the same demo data.

Needs a server: ``run.py --pg-url postgresql+psycopg://USER:PASSWORD@HOST/DB`` (an
administrator's URL; a database of its own is made there and dropped afterwards), or
``ENGAGEMENT_TEST_PG``. Without one the figures are skipped with a note. The demo
database run.py built is copied onto the server row by row (``store.logical``, as a
restore does), so both hold the same people; the target for the keystroke is 50 ms at
250,000 people (``run.py --people 250000 --only postgres``).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import imports_bench  # beside this script
from people_bench import keystrokes, p95, scan_floor, time_keystrokes
from qt_app import qt_app
from reports_bench import YEAR

ENV = "ENGAGEMENT_TEST_PG"

LABELS: dict[str, str] = {
    "pg_copy_in_s": "PostgreSQL: the demo database copied onto the server",
    "pg_people_search_keystroke_ms": "PostgreSQL: People search, one keystroke (median of 20)",
    "pg_people_search_keystroke_max_ms": "PostgreSQL: People search, slowest keystroke",
    "pg_people_search_keystroke_p95_ms": "PostgreSQL: People search, 95th percentile",
    "pg_people_search_scan_floor_ms": "PostgreSQL floor: one bare LIKE count (median)",
    "pg_survey_import_20k_s": "PostgreSQL: survey import, 20,000 rows, file to committed",
    "pg_impact_pdf_s": "PostgreSQL: impact assessment PDF",
    "sqlite_impact_pdf_s": "SQLite: impact assessment PDF (same data, same process)",
}


def _server_database(admin_url: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop(admin_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _impact_pdf_s(store: Any, out: Path) -> float:
    from engagement_desktop.reports.impact.pdf import write_impact_pdf
    from engagement_desktop.reports.impact.report import build_report

    started = time.perf_counter()
    with store.session() as session:
        report = build_report(session, YEAR, prepared_by="Benchmark")
    write_impact_pdf(report, out)
    return round(time.perf_counter() - started, 2)


def measure_postgres(bench: Any) -> dict[str, Any]:
    """PostgreSQL beside SQLite: search keystroke, survey import, impact PDF."""
    admin_url = os.environ.get(ENV, "")
    if not admin_url:
        bench.note(f"PostgreSQL figures skipped: no server given (--pg-url or {ENV})")
        return {}
    app = qt_app(bench.folder)
    from engagement_desktop.gui.people.page import PeoplePage
    from engagement_desktop.services.listings import PEOPLE
    from engagement_desktop.store import logical
    from engagement_desktop.store.engine import open_store

    name = f"engagement_bench_{os.getpid()}"
    url = _server_database(admin_url, name)
    figures: dict[str, Any] = {}
    try:
        store = open_store(url, actor="benchmark")  # migrated: the trigram index is there
        started = time.perf_counter()
        logical.restore_from_file(Path(bench.db), store.engine)
        with store.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        figures["pg_copy_in_s"] = round(time.perf_counter() - started, 1)

        page = PeoplePage(store, PEOPLE)
        page.resize(1200, 800)
        page.show()
        page.activate()
        app.processEvents()
        with store.session() as session:
            typed = keystrokes(session, bench.seed)
        times = time_keystrokes(app, page.model, typed)
        figures["pg_people_search_keystroke_ms"] = round(statistics.median(times), 1)
        figures["pg_people_search_keystroke_max_ms"] = round(max(times), 1)
        figures["pg_people_search_keystroke_p95_ms"] = p95(times)
        with store.session() as session:
            figures["pg_people_search_scan_floor_ms"] = scan_floor(session, typed)
        print(
            "  keystrokes: "
            + ", ".join(f"{t!r} {ms:.0f}" for t, ms in zip(typed, times, strict=True))
        )
        page.close()

        figures["pg_impact_pdf_s"] = _impact_pdf_s(store, bench.folder / "impact-pg.pdf")
        sqlite = open_store(bench.db, actor="benchmark", verify=False)
        try:
            figures["sqlite_impact_pdf_s"] = _impact_pdf_s(sqlite, bench.folder / "impact-sq.pdf")
        finally:
            sqlite.close()
        store.close()

        survey = bench.folder / "survey-20k.xlsx"
        if not survey.exists():
            imports_bench.write_survey(survey)
        result = subprocess.run(
            [sys.executable, imports_bench.__file__, "survey", str(survey), url],
            capture_output=True,
            text=True,
            env=bench.env(),
            check=False,
        )
        if result.returncode == 0:
            found = json.loads(result.stdout.strip().splitlines()[-1])
            figures["pg_survey_import_20k_s"] = found["survey_import_20k_s"]
        else:
            bench.note(f"PostgreSQL survey import failed: {result.stderr.strip()[-300:]}")
    finally:
        _drop(admin_url, name)
    return figures
