"""Data protection figures: the subject access export of the busiest demo person.

Run by run.py in its process on the demo database. The busiest person is the one
with the most rows held about them among the twenty with the most attendance (the
table that grows most). ``sar_export_s`` is one call of the export as the window's
worker makes it: reading every row, the PDF letter and records, the workbook, the
zip and the audit entry. ``sar_export_cli_s`` is the same from the command line
(start-up included).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

LABELS: dict[str, str] = {
    "sar_export_rows": "Rows held about the busiest person (subject access export)",
    "sar_export_s": "Subject access export of the busiest person (PDF, workbook, zip)",
    "sar_export_cli_s": "engagement-desktop privacy sar for the busiest person (process)",
}


def busiest_person(session: Any) -> tuple[int, int]:
    """(person id, rows held) of the busiest person."""
    from sqlalchemy import text

    from engagement_desktop.services.privacy.where import rows_about

    candidates = session.scalars(
        text("SELECT person_id FROM attendance GROUP BY person_id ORDER BY count(*) DESC LIMIT 20")
    ).all()
    held = {pid: sum(len(rows) for rows in rows_about(session, pid).values()) for pid in candidates}
    person_id = max(held, key=lambda pid: held[pid])
    return person_id, held[person_id]


def measure_privacy(bench: Any) -> dict[str, Any]:
    from sqlalchemy import text

    from engagement_desktop.reports.privacy.sar_export import export_subject_access
    from engagement_desktop.store.engine import open_store

    folder = Path(bench.folder)
    store = open_store(bench.db, verify=False)
    try:
        with store.session() as session:
            person_id, rows = busiest_person(session)
            reference = session.scalar(
                text("SELECT reference FROM people WHERE id = :id"),
                {"id": person_id},
            )
        started = time.perf_counter()
        export_subject_access(store, person_id, folder / "sar-busiest.zip")
        seconds = time.perf_counter() - started
    finally:
        store.close()
    command = [sys.executable, "-m", "engagement_desktop", "--db", str(bench.db), "privacy", "sar"]
    command += [reference or "", "--person-id", str(person_id), "-o", str(folder / "sar-cli.zip")]
    started = time.perf_counter()
    result = subprocess.run(command, env=bench.env(), capture_output=True, text=True, check=False)
    cli = time.perf_counter() - started
    if result.returncode != 0:
        bench.note(f"privacy sar failed: {result.stderr.strip()[-300:]}")
    return {
        "sar_export_rows": rows,
        "sar_export_s": round(seconds, 2),
        "sar_export_cli_s": round(cli, 2) if result.returncode == 0 else None,
    }
