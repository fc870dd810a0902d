"""What every import shares while it runs: the progress callback, being cancelled, and
the fingerprint of the file recorded on its batch."""

from __future__ import annotations

import hashlib
from pathlib import Path

from engagement_desktop.services.common.progress import Cancelled, Progress, report

__all__ = ["CANCELLED", "ImportCancelled", "Progress", "file_sha256", "last_word"]


class ImportCancelled(Cancelled):
    """Cancelled: the database is exactly as it was."""


CANCELLED = "Import cancelled; the database is as it was."


def last_word(progress: Progress | None, total: int) -> None:
    """The final report, inside the transaction just before its commit. A Cancel up to
    here rolls the import back; the program's task refuses one after it, so "cancelled"
    is never said of an import that was committed."""
    report(progress, total, total, CANCELLED, ImportCancelled)


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
