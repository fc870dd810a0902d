"""Remembering that a database file passed SQLite's quick_check and was then closed
cleanly, so that opening the unchanged file again need not read every page of it.

quick_check reads the whole file: about 0.2 s of CPU on a 50,000-person database, a
quarter of the window's start-up. What is remembered is the file's size, modification
time (to the nanosecond), inode and device, in the user data folder, never inside the
database. A file that has changed in any way since (written by another process, copied
over, restored, or left by a crash with its ``-wal`` or ``-journal`` beside it) no
longer matches and is checked in full again. ``check`` and backups always check in full.

A write in the same tick of the file system's clock as the program's own last write
would leave the time unchanged, so the state is only remembered once that tick has
passed (a few milliseconds at exit), and never on a file system that keeps whole
seconds (FAT on a memory stick, some network shares): there every start checks.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from engagement_desktop import paths

RECORD_NAME = "verified-databases.json"
#: Enough for the real database, the demo and a few copies; older entries drop off.
KEEP = 20
#: Longer than any file system clock tick that keeps sub-second times.
TICK_NS = 50_000_000


def _record_file() -> Path:
    return paths.data_dir() / RECORD_NAME


def fingerprint(path: Path) -> list[int] | None:
    """What identifies this exact state of the file, or None when it is mid-write."""
    try:
        status = path.stat()
    except OSError:
        return None
    for suffix in ("-wal", "-journal"):
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                return None  # work not yet folded into the file: check it in full
        except FileNotFoundError:
            continue
        except OSError:
            return None
    return [status.st_size, status.st_mtime_ns, status.st_ino, status.st_dev]


def _records() -> dict[str, list[int]]:
    try:
        found = json.loads(_record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def known_good(path: Path) -> bool:
    """True when the file is exactly as it was when last checked and closed cleanly."""
    now = fingerprint(path)
    return now is not None and _records().get(str(path.resolve())) == now


def _settled(path: Path) -> list[int] | None:
    """The fingerprint once no later write could share its modification time, or None."""
    first = fingerprint(path)
    if first is None or first[1] % 1_000_000_000 == 0:
        return None  # no fingerprint, or a clock of whole seconds
    wait_ns = first[1] + TICK_NS - time.time_ns()
    if wait_ns > 2 * TICK_NS:
        return None  # the file's clock runs ahead of ours (a network share): don't trust
    if wait_ns > 0:
        time.sleep(wait_ns / 1e9)
    return first if fingerprint(path) == first else None


def remember_good(path: Path) -> None:
    """Note the file's present state as checked; quietly does nothing if it cannot
    (a read-only home folder only costs the next start its quick_check)."""
    now = _settled(path)
    if now is None:
        return
    records = _records()
    key = str(path.resolve())
    records.pop(key, None)
    records[key] = now
    kept = dict(list(records.items())[-KEEP:])
    target = _record_file()
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
