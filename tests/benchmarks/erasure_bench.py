"""Data protection figures on the benchmark's demo register (run by run.py, in its process).

- ``erase_s``: erasing the busiest person (most attendance) by anonymisation, as
  ``privacy erase REF --confirm --points keep`` does: the transaction, secure_delete and
  the WAL checkpoint and truncate.
- ``retention_review_s``: the retention review (who is due and why, old import change
  records, audit detail, consents to renew), as the Home page and ``privacy retention`` read it.

Both run on a copy of the demo database (made through SQLite's backup API), so the demo
itself is left as it was.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

LABELS: dict[str, str] = {
    "erase_s": "Erase the busiest person by anonymisation (transaction, WAL truncated)",
    "retention_review_s": "Retention review: who and what is due (Home page, privacy retention)",
}


def _copy(source: Path, target: Path) -> None:
    """The backup API, never a file copy of a live database."""
    old = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    new = sqlite3.connect(target)
    try:
        old.backup(new)
    finally:
        new.close()
        old.close()


def measure_erasure(bench: Any) -> dict[str, Any]:
    from sqlalchemy import func, select

    from engagement_desktop.services.privacy.erase import erase_person
    from engagement_desktop.services.privacy.retention import review
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import Attendance

    path = bench.folder / f"privacy-{bench.people}.sqlite"
    _copy(bench.db, path)
    store = open_store(path, actor="benchmark")
    try:
        with store.session() as session:
            started = time.perf_counter()
            due = review(session)
            review_s = time.perf_counter() - started
            busiest = session.execute(
                select(Attendance.person_id)
                .group_by(Attendance.person_id)
                .order_by(func.count().desc())
                .limit(1)
            ).scalar_one()
        started = time.perf_counter()
        erase_person(store, busiest, unconverted_points="keep")
        erase_s = time.perf_counter() - started
        return {
            "erase_s": round(erase_s, 3),
            "retention_review_s": round(review_s, 3),
            "retention_due_people": len(due.people),
            "retention_consents_to_renew": len(due.consents),
        }
    finally:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
