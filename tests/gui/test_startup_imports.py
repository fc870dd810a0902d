"""Start-up pays for the People list alone: no spreadsheet or PDF library, no other section.

Each check runs in a fresh Python process, because in the test process other
tests have long since imported openpyxl and reportlab, which would hide a
start-up that pulls them in again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from engagement_desktop.store.engine import Store
from tests.backends import store_target

REPO = Path(__file__).resolve().parents[2]
#: Libraries that only an export, a PDF or an import needs.
HEAVY = ("openpyxl", "reportlab", "python_calamine")
#: Qt's modules for reading and printing PDFs (~3 MB): only a Print needs them.
QT_PRINTING = ("PySide6.QtPdf", "PySide6.QtPrintSupport")

#: Imports the application module, then opens the window on People as run_window does,
#: and reports what was loaded and which tables were read before the list painted.
PROGRAM = """
import json, sys
heavy = {heavy!r}

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in heavy)

import engagement_desktop.gui.app as app
after_import = loaded()

from sqlalchemy import event
from sqlalchemy.engine import Engine
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.store.engine import open_store

store = open_store({db!r}, verify=False)
statements = []
event.listen(Engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
qt = app.application()
window = MainWindow(store, start_page="people")
window.resize(1000, 700)
window.show()
people = window.page("people")
for _ in range(200):
    qt.processEvents()
    if people.model.is_loaded:
        break
qt.processEvents()
found = {{
    "after_import": after_import,
    "after_window": loaded(),
    "qt_printing": sorted(m for m in sys.modules if m in {qt_printing!r}),
    "rows": people.model.rowCount(),
    "first": people.model.data(people.model.index(0, 1)),
    "built": [page.key for page in window.sections.built()],
    "statements": list(statements),  # before any other section is shown
}}
for key in window.sections.keys:
    window.go_to(key)
    qt.processEvents()
found["every_section"] = loaded()
print(json.dumps(found))
window.close()
store.close()
"""


def start(db: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM.format(heavy=HEAVY, qt_printing=QT_PRINTING, db=str(db))],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_start_up_loads_no_spreadsheet_or_pdf_library(sample_store: Store) -> None:
    found = start(store_target(sample_store))
    assert found["after_import"] == [], "importing gui.app pulled these in"
    assert found["after_window"] == [], "opening the window on People pulled these in"
    assert found["qt_printing"] == [], "opening the window loaded Qt's printing"
    assert found["rows"] == 5 and found["first"] == "Adams, Joan"  # the list did paint
    # Showing a section is not using an export or a PDF either.
    assert found["every_section"] == [], "showing the sections pulled these in"


def test_start_up_reads_the_people_list_and_no_other_section(sample_store: Store) -> None:
    found = start(store_target(sample_store))
    assert found["built"] == ["people"]
    statements = [s for s in found["statements"] if s.startswith("SELECT")]
    tables = {
        word
        for s in statements
        for word in ("memberships", "events", "ledger_entries", "training_records", "surveys")
        if f" {word}" in s
    }
    assert statements and tables == set(), f"start-up read other sections: {sorted(tables)}"
