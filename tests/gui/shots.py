"""Screenshots for the engineer to look at, never part of an assertion.

Saved only when ``ENGAGEMENT_SHOTS`` names a folder: a test run writes nothing outside
its own temporary files otherwise (on a clean clone, in CI, on another machine).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def shots_folder() -> Path | None:
    """The folder named by ``ENGAGEMENT_SHOTS`` (made if missing), or None."""
    named = os.environ.get("ENGAGEMENT_SHOTS")
    if not named:
        return None
    folder = Path(named)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_shot(widget: QWidget, name: str) -> None:
    """``widget`` as on screen, as ``name`` (.png added if missing), once layouts settle."""
    folder = shots_folder()
    if folder is not None:
        QApplication.processEvents()
        widget.grab().save(str(folder / (name if name.endswith(".png") else f"{name}.png")))


def keep_file(path: Path, name: str) -> None:
    """A copy of a file the test made (a PDF, a workbook), to open and look at."""
    folder = shots_folder()
    if folder is not None:
        shutil.copyfile(path, folder / name)
