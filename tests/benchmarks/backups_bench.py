"""Automatic backups on the big demo database: what closing the window and starting an
import now cost, and how long a restore takes.

Run by run.py (in its process). Backups go to a folder inside the benchmark's own
temporary folder (ENGAGEMENT_DATA_DIR is pointed there for the measurement).

- ``safety_backup_s``: ``safety_backup(store, "close")``, the verified copy (SQLite's
  backup API, then integrity_check of the copy) and rotation, as the window does at close
  and before every import, merge and year end.
- ``restore_s``: ``restore_file`` of that backup over a copy of the database (the backup
  checked in full, the current file kept beside it, then replaced).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

LABELS: dict[str, str] = {
    "safety_backup_s": "Safety backup at close / before a bulk change (verified copy, rotation)",
    "backup_mb": "Size of one backup",
    "restore_s": "Restore from backup (check, keep the current file, replace)",
}


def measure_backups(bench: Any) -> dict[str, Any]:
    from engagement_desktop.services.common.backups import safety_backup
    from engagement_desktop.store.backup import backup_database
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.restore import restore_file

    folder: Path = bench.folder / "backups-bench"
    shutil.rmtree(folder, ignore_errors=True)  # a run before in the same --keep folder
    folder.mkdir()
    before = os.environ.get("ENGAGEMENT_DATA_DIR")
    os.environ["ENGAGEMENT_DATA_DIR"] = str(folder)
    try:
        store = open_store(bench.db, actor="benchmark", verify=False)
        try:
            started = time.perf_counter()
            made = safety_backup(store, "close")
            backup_s = time.perf_counter() - started
            target = folder / "restored.sqlite"
            backup_database(store, target)
        finally:
            store.close()
        assert made is not None
        started = time.perf_counter()
        restore_file(made, target)
        restore_s = time.perf_counter() - started
        return {
            "safety_backup_s": round(backup_s, 2),
            "backup_mb": round(made.stat().st_size / 1_048_576, 1),
            "restore_s": round(restore_s, 2),
        }
    finally:
        if before is None:
            os.environ.pop("ENGAGEMENT_DATA_DIR", None)
        else:
            os.environ["ENGAGEMENT_DATA_DIR"] = before
