"""The one QApplication every on-screen measurement shares.

PySide6 destroys a QApplication when its last Python reference goes; making a
second one later in the same process crashed the full benchmark run (exit 139)
when the training matrix came after the People and Rewards measurements. So the
application is made once here and kept for the life of the process.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

_APP: list[Any] = []


def qt_app(folder: Path) -> Any:
    """The process's QApplication (offscreen unless told otherwise), data kept in ``folder``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ENGAGEMENT_DATA_DIR"] = str(Path(folder) / "userdata")
    if not _APP:
        from PySide6.QtWidgets import QApplication

        _APP.append(QApplication.instance() or QApplication([]))
    return _APP[0]
