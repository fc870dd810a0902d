"""What every import shares while it runs: the progress callback, being cancelled, and
the fingerprint of the file recorded on its batch."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from engagement_desktop.errors import EngagementError

Progress = Callable[[int, int], bool | None]


class ImportCancelled(EngagementError):
    """Cancelled: the database is exactly as it was."""


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
