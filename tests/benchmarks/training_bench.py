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
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

PEOPLE = 2_000
COURSES = 40
REPEATS = 3

LABELS: dict[str, str] = {
    "training_matrix_build_s": "Training matrix database built (2,000 × 40 records)",
    "training_matrix_screen_s": "Training matrix 2,000 × 40 on screen (query, model, paint)",
    "training_matrix_screen_again_s": "Training matrix on screen again (median of 3)",
    "training_matrix_xlsx_s": "Training matrix 2,000 × 40 to Excel (query and workbook)",
    "training_matrix_cli_s": "engagement-desktop export training-matrix (process)",
}


def build_matrix_database(path: Path, seed: int = 1) -> float:
    """People, courses and one record per person and course, in a few bulk inserts."""
    from sqlalchemy import insert

    from engagement_desktop.services.people.people import search_text_for
    from engagement_desktop.services.training.dates import add_months
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
            # 80,000 records as plain tuples through the driver's executemany: dates as
            # the ISO text SQLAlchemy stores on SQLite, stamps from the columns' server
            # defaults. Through the ORM's bulk insert the batch split wherever an expiry
            # date was None (35,000 statements), and per-row type processing was most of
            # what remained. (A benchmark database, so SQLite only.)
            records = (
                "INSERT INTO training_records "
                "(uuid, person_id, course_id, status, on_date, expires_on) "
                "VALUES (?, ?, ?, ?, ?, ?)"
            )
            rows: list[tuple[Any, ...]] = []
            for person in range(1, PEOPLE + 1):
                for course in range(1, COURSES + 1):
                    status = rng.choices(
                        ["completed", "attended", "booked", "did_not_attend"], [80, 8, 8, 4]
                    )[0]
                    day = today - timedelta(days=rng.randint(-60, 4 * 365))
                    if status != "booked":
                        day = min(day, today)
                    months = valid[course]
                    done = status in ("completed", "attended")
                    expires = add_months(day, months) if done and months else None
                    rows.append(
                        (
                            new_uuid(),
                            person,
                            course,
                            status,
                            day.isoformat(),
                            expires.isoformat() if expires else None,
                        )
                    )
            session.connection().exec_driver_sql(records, rows)
    finally:
        store.close()
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
    figures.update(_screen(path, folder))
    figures.update(_workbook(path, folder))
    figures.update(_cli(bench, path))
    return figures
