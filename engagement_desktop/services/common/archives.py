"""Zip packages (.xlsx, .docx) looked at before any parser opens them: a "zip bomb"
unpacks a small file into gigabytes, and a reader that trusts it runs out of memory.
Shared by the spreadsheet import and the letter templates."""

from __future__ import annotations

import zipfile
from pathlib import Path


def unpacking_problem(path: Path, *, most_mb: float, ratio: float) -> str | None:
    """Why ``path``, a zip package, is not safe to unpack (None: it is, or it is no zip):
    more than ``most_mb`` megabytes inside, or more than ``ratio`` times its own size."""
    if not zipfile.is_zipfile(path):
        return None
    size = path.stat().st_size
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        return f"{path.name} is damaged ({exc})."
    if total > most_mb * 1_048_576 or total > size * ratio:
        return (
            f"{path.name} unpacks to {total / 1_048_576:,.0f} MB from "
            f"{size / 1_048_576:,.1f} MB: refused as unsafe (a 'zip bomb' or a corrupt file)."
        )
    return None
