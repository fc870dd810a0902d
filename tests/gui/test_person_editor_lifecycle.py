"""Opening and closing the person editor many times must not leave the program unstable.

Run in a child process: the fault this guards against was a crash (in QScreen
code, when the next widget was made after freed memory had been reused), which
would take the whole test run down rather than fail one test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from engagement_desktop.store.engine import Store
from tests.backends import store_target
from tests.gui.sample_data import add_sample_records

CHILD = """
import os, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.store.engine import open_store
store = open_store(sys.argv[1], verify=False)
host = QWidget(); host.resize(900, 600); host.show(); app.processEvents()
for _ in range(12):
    editor = PersonEditor(store, 1, host)
    editor.show(); app.processEvents()
    editor.done(0); editor.deleteLater(); app.processEvents()
    del editor
churn = [dict(a=i, b=str(i), c=[i]) for i in range(400_000)]  # reuse freed memory
del churn
after = QWidget(); after.show(); app.processEvents()
store.close()
print("still running")
"""


def test_editor_opened_twelve_times_then_a_new_window(store: Store, tmp_path: Path) -> None:
    add_sample_records(store, people=3)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ENGAGEMENT_DATA_DIR=str(tmp_path / "d"))
    result = subprocess.run(
        [sys.executable, "-c", CHILD, store_target(store)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "still running" in result.stdout
