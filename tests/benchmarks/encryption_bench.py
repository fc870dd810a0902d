"""What passphrase protection (SQLCipher) costs: a search keystroke, the survey import
and the impact report, on an encrypted copy of the demo beside a plain copy made at
the same moment, so the two differ only in the encryption.

Run by run.py; the imports run in child processes (imports_bench.py) as there. Skipped
with a note when the optional SQLCipher support is not installed.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import imports_bench  # beside this script
from people_bench import FIRST_SCREEN_ROWS, keystrokes
from qt_app import qt_app

PASSPHRASE = "benchmark passphrase"

LABELS: dict[str, str] = {
    "encrypt_s": "Encrypt the {people:,}-person database (engagement-desktop encrypt)",
    "encrypted_search_keystroke_ms": "People search keystroke, encrypted database (median of 20)",
    "encrypted_search_ratio": "Search keystroke, encrypted / plain copy",
    "encrypted_import_ratio": "Survey import 20,000 rows, encrypted / plain copy",
    "encrypted_impact_ratio": "Impact assessment PDF, encrypted / plain copy",
    "encrypted_open_s": "Open the encrypted database, key and full quick_check",
    "plain_open_s": "Open the plain copy, full quick_check",
}


def _copies(bench: Any) -> tuple[Path, Path, float]:
    """A plain and an encrypted copy of the demo database, and the time to encrypt."""
    from engagement_desktop.store.backup import backup_database
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.protect import encrypt_file

    plain, encrypted = bench.folder / "plain-copy.sqlite", bench.folder / "encrypted-copy.sqlite"
    store = open_store(bench.db, actor="benchmark", verify=False)
    try:
        backup_database(store, plain, overwrite=True)
        backup_database(store, encrypted, overwrite=True)
    finally:
        store.close()
    started = time.perf_counter()
    encrypt_file(encrypted, PASSPHRASE)
    return plain, encrypted, time.perf_counter() - started


def _keystroke_ms(app: Any, store: Any, seed: int) -> float:
    """As people_bench: search text changed to the first screen of new rows, median."""
    from engagement_desktop.gui.people.page import PeoplePage
    from engagement_desktop.services.listings import PEOPLE

    page = PeoplePage(store, PEOPLE)
    page.resize(1200, 800)
    page.show()
    page.activate()
    app.processEvents()
    model = page.model
    with store.session() as session:
        typed = keystrokes(session, seed)
    times = []
    for text in typed:
        started = time.perf_counter()
        model.set_search(text)
        for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
            model.row_values(row)
        times.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    page.close()
    page.deleteLater()
    app.processEvents()
    return statistics.median(times)


def _impact_pdf_s(store: Any, folder: Path, name: str) -> float:
    from reports_bench import YEAR

    from engagement_desktop.reports.impact.pdf import write_impact_pdf
    from engagement_desktop.reports.impact.report import build_report

    started = time.perf_counter()
    with store.session() as session:
        report = build_report(session, YEAR, prepared_by="Benchmark")
    write_impact_pdf(report, folder / f"impact-{name}.pdf")
    return time.perf_counter() - started


def _survey_import_s(bench: Any, db: Path, passphrase: str | None) -> float | None:
    survey = bench.folder / "survey-20k.xlsx"
    if not survey.exists():
        imports_bench.write_survey(survey)
    extra = {"ENGAGEMENT_PASSPHRASE": passphrase} if passphrase else {}
    result = subprocess.run(
        [sys.executable, imports_bench.__file__, "survey", str(survey), str(db)],
        capture_output=True,
        text=True,
        env=bench.env(**extra),
        check=False,
    )
    if result.returncode != 0:
        bench.note(f"survey import failed: {result.stderr.strip().splitlines()[-1:]}")
        return None
    return float(json.loads(result.stdout.strip().splitlines()[-1])["survey_import_20k_s"])


def measure_encryption(bench: Any) -> dict[str, Any]:
    """Encryption at rest: search, survey import and impact report, encrypted / plain."""
    try:
        import sqlcipher3
    except ImportError:
        bench.note("SQLCipher is not installed (pip install '.[encryption]'): not measured")
        return {}
    app = qt_app(bench.folder)
    from engagement_desktop.store.engine import open_store

    plain, encrypted, encrypt_s = _copies(bench)
    figures: dict[str, Any] = {"encrypt_s": round(encrypt_s, 2)}
    bench.note(
        f"plain files are read by Python's SQLite {sqlite3.sqlite_version}, encrypted ones by "
        f"SQLCipher's SQLite {sqlcipher3.sqlite_version}: the ratios include that difference"
    )
    for name, path, key in (("plain", plain, None), ("encrypted", encrypted, PASSPHRASE)):
        started = time.perf_counter()
        open_store(path, actor="benchmark", passphrase=key).close()  # a first start of the day
        figures[f"{name}_open_s"] = round(time.perf_counter() - started, 2)
    ms: dict[str, float] = {}
    pdf: dict[str, float] = {}
    for name, path, key in (("plain", plain, None), ("encrypted", encrypted, PASSPHRASE)):
        store = open_store(path, actor="benchmark", verify=False, passphrase=key)
        try:
            ms[name] = _keystroke_ms(app, store, bench.seed)
            pdf[name] = _impact_pdf_s(store, Path(bench.folder), name)
        finally:
            store.close()
    figures["encrypted_search_keystroke_ms"] = round(ms["encrypted"], 1)
    figures["encrypted_search_ratio"] = round(ms["encrypted"] / ms["plain"], 2)
    figures["encrypted_impact_ratio"] = round(pdf["encrypted"] / pdf["plain"], 2)
    print(
        f"  plain copy: keystroke {ms['plain']:.1f} ms, impact PDF {pdf['plain']:.2f} s; "
        f"encrypted: impact PDF {pdf['encrypted']:.2f} s",
        flush=True,
    )
    plain_s = _survey_import_s(bench, plain, None)
    encrypted_s = _survey_import_s(bench, encrypted, PASSPHRASE)
    if plain_s and encrypted_s:
        print(f"  survey import: plain {plain_s:.2f} s, encrypted {encrypted_s:.2f} s", flush=True)
        figures["encrypted_import_ratio"] = round(encrypted_s / plain_s, 2)
    for path in (plain, encrypted):
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    return figures
