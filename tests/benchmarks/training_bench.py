"""Training matrix figures: 2,000 people by 40 courses on screen, to Excel, from the CLI.

Run by run.py (in its process, Qt offscreen). The database is its own, built in
a second or two with Core bulk inserts (one record per person and course, so
every one of the 80,000 cells is filled): the demo has far fewer training
records than this, and the figure is about the size of the matrix.

- ``training_matrix_screen_s``: the service query, filling the matrix model and
  the view's first paint, as the Matrix tab does when it is opened.
- ``training_matrix_xlsx_s``: the same query and ``export_matrix`` writing the
  workbook, as the export task does on the worker thread.
- ``training_matrix_cli_s``: ``engagement-desktop --db DB export training-matrix
  -o FILE.xlsx`` as a user runs it (start-up included).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

PEOPLE = 2_000
COURSES = 40
REPEATS = 3

LABELS: dict[str, str] = {
    "training_matrix_build_s": "Training matrix database built (2,000 × 40 records)",
    "training_matrix_build_floor_s": "Floor: the same schema and rows through bare sqlite3",
    "training_matrix_screen_s": "Training matrix 2,000 × 40 on screen (query, model, paint)",
    "training_matrix_screen_again_s": "Training matrix on screen again (median of 3)",
    "training_matrix_xlsx_s": "Training matrix 2,000 × 40 to Excel (query and workbook)",
    "training_matrix_cli_s": "engagement-desktop export training-matrix (process)",
}


#: One record per person and course, drawn from a hash of the two ids (the same database
#: every run): 80 % completed, 8 % attended, 8 % booked, 4 % did not attend, on a day
#: from four years ago to 60 days ahead (only bookings in the future); a completed or
#: attended course that runs out expires ``valid_months`` later, on the month's last day
#: when it has no such day (``add_months``: 31 January + 1 month = 28 February).
RECORDS_SQL = """
INSERT INTO training_records (uuid, person_id, course_id, status, on_date, expires_on)
SELECT uuid, person_id, course_id, status, on_date,
       CASE WHEN status IN ('completed', 'attended') AND months IS NOT NULL THEN min(
           date(on_date, 'start of month', printf('%+d months', months),
                printf('%+d days', CAST(strftime('%d', on_date) AS INTEGER) - 1)),
           date(on_date, 'start of month', printf('%+d months', months + 1), '-1 day'))
       END
FROM (
    SELECT uuid, person_id, course_id, months, status,
           CASE WHEN status = 'booked' THEN day ELSE min(day, :today) END AS on_date
    FROM (
        SELECT printf('%08x-%04x-4000-8000-%012x', person_id, course_id, h) AS uuid,
               person_id, course_id, months,
               CASE WHEN h % 100 < 80 THEN 'completed' WHEN h % 100 < 88 THEN 'attended'
                    WHEN h % 100 < 96 THEN 'booked' ELSE 'did_not_attend' END AS status,
               date(:today, printf('%+d days', 60 - (h / 100) % 1521)) AS day
        FROM (
            SELECT p.id AS person_id, c.id AS course_id, c.valid_months AS months,
                   ((p.id * 7919 + c.id * 104729) * 2654435761) % 4294967296 AS h
            FROM people AS p CROSS JOIN courses AS c
        )
    )
)
ORDER BY person_id, course_id
"""


def build_matrix_database(path: Path, seed: int = 1) -> float:
    """People, courses and one record per person and course, in a few bulk inserts."""
    from sqlalchemy import insert

    from engagement_desktop.services.people.people import search_text_for
    from engagement_desktop.store.base import new_uuid
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import Course, Person

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    store = open_store(path, actor="benchmark")
    rng = random.Random(seed)
    today = date.today()
    first = ["Joan", "Amir", "Łukasz", "Grace", "Tom", "Priya", "Kwame", "Siobhán", "Zoë"]
    last = ["Adams", "Okafor", "Nowak", "Patel", "Hughes", "O'Neill", "Begum", "Clarke"]
    try:
        with store.transaction() as session:
            people = []
            for number in range(1, PEOPLE + 1):
                given, family = rng.choice(first), f"{rng.choice(last)}{number % 97}"
                reference = f"T{number:07d}"
                people.append(
                    {
                        "id": number,
                        "uuid": new_uuid(),
                        "first_name": given,
                        "last_name": family,
                        "reference": reference,
                        "search_text": search_text_for(
                            given, family, reference, None, None, None, None
                        ),
                    }
                )
            session.execute(insert(Person), people)
            valid = {number: [None, None, 12, 24, 36][number % 5] for number in range(1, 41)}
            session.execute(
                insert(Course),
                [
                    {
                        "id": number,
                        "uuid": new_uuid(),
                        "title": f"Course {number:02d}: "
                        + rng.choice(["Safeguarding", "Chairing", "Scrutiny", "First aid"]),
                        "valid_months": valid[number],
                    }
                    for number in range(1, COURSES + 1)
                ],
            )
            # The 80,000 records drawn inside SQLite in one INSERT ... SELECT over people
            # × courses (a benchmark database, so SQLite only). Drawing them in Python
            # (a status, a day, an expiry and a uuid4 each) and passing them through the
            # driver took most of the build; the floor (training_matrix_build_floor_s)
            # inserts the same rows through the driver, so this stays close to it.
            session.connection().exec_driver_sql(RECORDS_SQL, {"today": today.isoformat()})
    finally:
        store.close()
    return time.perf_counter() - started


def build_floor(built: Path, target: Path) -> float:
    """Seconds for bare sqlite3 to make what :func:`build_matrix_database` made: the
    finished schema's statements in one transaction, then its rows through executemany
    (no migrations, no drawing: what no build of this database can beat)."""
    import sqlite3

    source = sqlite3.connect(f"file:{built}?mode=ro", uri=True)
    try:
        schema = [
            sql
            for (sql,) in source.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
            )
        ]
        tables = {
            name: source.execute(f"SELECT * FROM {name}").fetchall()
            for name in ("people", "courses", "training_records")
        }
    finally:
        source.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("BEGIN")
        for sql in schema:
            connection.execute(sql)
        connection.execute("COMMIT")
        connection.execute("BEGIN")
        for name, rows in tables.items():
            marks = ", ".join("?" * len(rows[0]))
            connection.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return time.perf_counter() - started


def _screen(path: Path, folder: Path) -> dict[str, Any]:
    app = qt_app(folder)
    from engagement_desktop.gui.training.page import TrainingPage
    from engagement_desktop.store.engine import open_store

    store = open_store(path, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    try:
        page = TrainingPage(store)
        page.resize(1280, 800)
        page.show()
        page.activate()  # the first tab (needs attention) is read here, not timed
        app.processEvents()
        view = page.ui.matrixTable
        started = time.perf_counter()
        page.show_tab("matrix")  # reads the matrix and fills the model
        loaded = time.perf_counter()
        view.viewport().repaint()  # the first paint of the visible cells and headers
        app.processEvents()
        painted = time.perf_counter()
        model = page.matrix.model
        assert (model.rowCount(), model.columnCount()) == (PEOPLE, COURSES), (
            model.rowCount(),
            model.columnCount(),
        )
        figures["training_matrix_screen_s"] = round(painted - started, 3)
        print(
            f"  matrix tab: read and model {loaded - started:.3f} s, paint {painted - loaded:.3f} s"
        )
        again = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            page.matrix.reload()
            view.viewport().repaint()
            app.processEvents()
            again.append(time.perf_counter() - started)
        figures["training_matrix_screen_again_s"] = round(sorted(again)[len(again) // 2], 3)
        page.close()
    finally:
        store.close()
    return figures


def _workbook(path: Path, folder: Path) -> dict[str, Any]:
    from engagement_desktop.interchange.training.export import export_matrix
    from engagement_desktop.services.training.matrix import training_matrix
    from engagement_desktop.store.engine import open_store

    store = open_store(path, actor="benchmark", verify=False)
    target = folder / "training-matrix.xlsx"
    try:
        started = time.perf_counter()
        with store.session() as session:
            matrix = training_matrix(session)
        queried = time.perf_counter()
        export_matrix(matrix, target)
        done = time.perf_counter()
    finally:
        store.close()
    print(
        f"  workbook: query {queried - started:.2f} s, write {done - queried:.2f} s, "
        f"{target.stat().st_size / 1_048_576:.1f} MB"
    )
    return {"training_matrix_xlsx_s": round(done - started, 2)}


def _cli(bench: Any, path: Path) -> dict[str, Any]:
    target = Path(bench.folder) / "training-matrix-cli.xlsx"
    command = [
        sys.executable,
        "-m",
        "engagement_desktop",
        "--db",
        str(path),
        "export",
        "training-matrix",
        "-o",
        str(target),
    ]
    started = time.perf_counter()
    result = subprocess.run(
        command, env=bench.env(), capture_output=True, text=True, timeout=600, check=False
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        bench.note(f"export training-matrix exited {result.returncode}: {result.stderr[-300:]}")
        return {"training_matrix_cli_s": None}
    return {"training_matrix_cli_s": round(seconds, 2)}


def measure_training(bench: Any) -> dict[str, Any]:
    """Training matrix: 2,000 people by 40 courses on screen, to Excel, from the CLI."""
    folder = Path(bench.folder)
    path = folder / "training-2000x40.sqlite"
    figures: dict[str, Any] = {"training_matrix_build_s": round(build_matrix_database(path), 2)}
    floor = build_floor(path, folder / "training-floor.sqlite")
    figures["training_matrix_build_floor_s"] = round(floor, 2)
    figures.update(_screen(path, folder))
    figures.update(_workbook(path, folder))
    figures.update(_cli(bench, path))
    return figures
