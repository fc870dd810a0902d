"""People figures: a search keystroke, opening a person, exporting everyone to Excel.

Run by run.py in its own process on the demo database, with Qt offscreen. The
keystroke figure is the time from the search text changing to the list model
holding the new rows (the service query, the model reset, and the first screen
of rows read), without the typing pause the page waits for.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

#: Person ids opened for person_open_ms.
OPEN_SAMPLES = 25
#: Rows the view would paint first (what "the new rows" means for a paged model).
FIRST_SCREEN_ROWS = 40

LABELS: dict[str, str] = {
    "people_search_keystroke_ms": "People search, one keystroke to new rows (median of 20)",
    "people_search_keystroke_max_ms": "People search, slowest keystroke of the 20",
    "people_search_keystroke_p95_ms": "People search, 95th percentile of the 20 keystrokes",
    "people_search_scan_floor_ms": "Floor: one bare LIKE scan of the folded names (median)",
    "people_sort_by_name_ms": "People list re-sorted by name, everyone (median of 6)",
    "person_open_ms": "Open a person (editor with summary, median)",
    "people_export_xlsx_s": "Export all {people:,} people to Excel",
}


def _app(bench: Any) -> Any:
    return qt_app(bench.folder)


def keystrokes(session: Any, seed: int) -> list[str]:
    """Twenty prefixes an officer types: a surname, a postcode, a reference, a full name."""
    from sqlalchemy import select

    from engagement_desktop.store.models import Person

    rng = random.Random(seed)
    rows = session.execute(
        select(Person.first_name, Person.last_name, Person.postcode, Person.reference).where(
            Person.postcode.is_not(None), Person.reference.is_not(None)
        )
    ).all()
    first, last, postcode, _ref = rng.choice(rows)
    reference = rng.choice(rows)[3]
    words = [
        last.lower()[:5],
        postcode.lower()[:6],
        reference.lower()[:5],
        f"{first.lower()[:3]} {last.lower()[:1]}",
    ]
    typed: list[str] = []
    for word in words:
        typed.extend(word[:n] for n in range(1, 6))
    return typed


def time_keystrokes(app: Any, model: Any, typed: list[str]) -> list[float]:
    """Milliseconds from each search text to the first screen of its rows."""
    times = []
    for text in typed:
        started = time.perf_counter()
        model.set_search(text)
        for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
            model.row_values(row)
        times.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # let the view catch up, as between real keystrokes
    return times


def p95(times: list[float]) -> float:
    """The 95th percentile (of 20 keystrokes: between the slowest and the next)."""
    return round(statistics.quantiles(times, n=20, method="inclusive")[-1], 1)


def scan_floor(session: Any, typed: list[str]) -> float:
    """Median ms of the bare query a search cannot beat without an index of its own:
    count the rows whose folded text holds the word (one pass over the register)."""
    from sqlalchemy import func, select

    from engagement_desktop.store.models import Person

    times = []
    for text in typed:
        started = time.perf_counter()
        session.execute(
            select(func.count()).where(Person.search_text.like(f"%{text.split()[0]}%"))
        ).scalar_one()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def _sort_by_name(app: Any, model: Any) -> float:
    """Click the Name heading: everyone in name order, Z to A then A to Z, first screen read."""
    from PySide6.QtCore import Qt

    column = next(i for i, c in enumerate(model.listing.columns) if c.key == "name")
    times = []
    for turn in range(6):
        order = Qt.SortOrder.DescendingOrder if turn % 2 == 0 else Qt.SortOrder.AscendingOrder
        started = time.perf_counter()
        model.sort(column, order)
        for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
            model.row_values(row)
        times.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    return round(statistics.median(times), 1)


def measure_people(bench: Any) -> dict[str, Any]:
    """People page: search keystrokes, opening a person, exporting everyone."""
    app = _app(bench)
    from engagement_desktop.gui.people.editor import PersonEditor
    from engagement_desktop.gui.people.page import PeoplePage
    from engagement_desktop.interchange.writing.list_export import export_listing
    from engagement_desktop.services.listings import PEOPLE
    from engagement_desktop.store.engine import open_store

    store = open_store(bench.db, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    try:
        page = PeoplePage(store, PEOPLE)
        page.resize(1200, 800)
        page.show()
        page.activate()
        app.processEvents()
        model = page.model
        with store.session() as session:
            typed = keystrokes(session, bench.seed)
        times = time_keystrokes(app, model, typed)
        figures["people_search_keystroke_ms"] = round(statistics.median(times), 1)
        figures["people_search_keystroke_max_ms"] = round(max(times), 1)
        figures["people_search_keystroke_p95_ms"] = p95(times)
        with store.session() as session:
            figures["people_search_scan_floor_ms"] = scan_floor(session, typed)
        print(
            "  keystrokes: "
            + ", ".join(f"{t!r} {ms:.0f}" for t, ms in zip(typed, times, strict=True))
        )

        model.set_search("")
        figures["people_sort_by_name_ms"] = _sort_by_name(app, model)
        ids = [model.row_id(r) for r in range(model.rowCount())]
        rng = random.Random(bench.seed)
        opened = []
        for person_id in rng.sample(ids, min(OPEN_SAMPLES, len(ids))):
            started = time.perf_counter()
            editor = PersonEditor(store, person_id, page)
            editor.show()
            app.processEvents()
            opened.append((time.perf_counter() - started) * 1000)
            editor.done(0)
            editor.deleteLater()
            app.processEvents()
        figures["person_open_ms"] = round(statistics.median(opened), 1)

        target = Path(bench.folder) / "people-export.xlsx"
        started = time.perf_counter()
        with store.session() as session:
            result = export_listing(session, PEOPLE, target)
        figures["people_export_xlsx_s"] = round(time.perf_counter() - started, 2)
        print(f"  exported {result.rows:,} rows, {target.stat().st_size / 1_048_576:.1f} MB")
        page.close()
    finally:
        store.close()
    return figures
