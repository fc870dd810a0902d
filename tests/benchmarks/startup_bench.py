"""Start-up figures: CPU and memory until the People list has painted, against a floor.

Run by run.py. Each start is a fresh process with Qt offscreen: the program as an
officer starts it (``python -m engagement_desktop --db DB``, told to report and quit
once the People table has painted its rows), and the floor, a bare PySide6 window
that imports SQLAlchemy, opens the same file and shows 100 people
(``python startup_bench.py floor DB``). Both print one line when their table has
painted: ``window_ready <wall s> cpu_s <process CPU> peak_mb <peak RSS>``, read in
the process itself so the figures stop at the paint, not at the exit.

CPU, not wall time, is compared: on a busy 2-core machine the wall clock wanders by
half a second, the CPU a process spends does not. Each is started once to warm the
file cache, then ``ROUNDS`` times in turn; the median of each figure is reported.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

#: Starts of each program that count (after one warm-up start of each).
ROUNDS = 3
START_TIMEOUT_S = 60.0
#: What the program and the floor print once their table has painted.
READY = re.compile(r"^window_ready\s+([0-9.]+)\s+cpu_s\s+([0-9.]+)\s+peak_mb\s+([0-9.]+|-)")
#: Rows the floor window shows.
FLOOR_ROWS = 100

LABELS: dict[str, str] = {
    "startup_cpu_s": "Start-up CPU to People painted, {people:,} people (median)",
    "startup_peak_mb": "Start-up peak memory to People painted",
    "startup_floor_cpu_s": "Floor: bare window, SQLAlchemy, same file, 100 rows (CPU)",
    "startup_floor_peak_mb": "Floor: peak memory",
    "startup_ratio": "Start-up CPU / floor CPU",
}


def _start(bench: Any, command: list[str]) -> tuple[float, float, float | None] | None:
    """One fresh process: (wall s, CPU s, peak MB) at its first paint, or None if it failed."""
    env = bench.env(
        QT_QPA_PLATFORM="offscreen",
        ENGAGEMENT_EXIT_AFTER_PAINT="1",
        # The warm-up start compiles the bytecode every later start reads, as an
        # installed program's is, kept in the scratch folder (not the checkout) even
        # where the shell says PYTHONDONTWRITEBYTECODE: otherwise every start would
        # count compiling ~90 modules (~0.09 s) that no officer's start repeats.
        PYTHONPYCACHEPREFIX=str(bench.folder / "bytecode"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["ENGAGEMENT_PROCESS_START"] = repr(time.time())
    try:
        result = subprocess.run(
            command,
            cwd=Path(__file__).resolve().parents[2],
            env=env,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        bench.note(f"{' '.join(command[1:3])}: no paint within {START_TIMEOUT_S:.0f} s")
        return None
    for line in result.stdout.splitlines():
        match = READY.match(line.strip())
        if match:
            wall, cpu, peak = match.groups()
            return float(wall), float(cpu), None if peak == "-" else float(peak)
    tail = " | ".join((result.stderr or result.stdout).strip().splitlines()[-3:])
    bench.note(f"{' '.join(command[1:3])} exited {result.returncode}: {tail or 'no output'}")
    return None


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def measure_startup(bench: Any) -> dict[str, Any]:
    """Start-up: CPU and memory to the People list painted, and the same for a bare window."""
    program = [sys.executable, "-m", "engagement_desktop", "--db", str(bench.db)]
    floor = [sys.executable, str(Path(__file__).resolve()), "floor", str(bench.db)]
    _start(bench, program), _start(bench, floor)  # warm the file cache and bytecode
    starts: dict[str, list[tuple[float, float, float | None]]] = {"program": [], "floor": []}
    for _round in range(ROUNDS):
        for name, command in (("program", program), ("floor", floor)):
            found = _start(bench, command)
            if found is not None:
                starts[name].append(found)
    for name, runs in starts.items():
        shown = ", ".join(
            f"{cpu:.2f} s CPU, {peak} MB, {wall:.2f} s wall" for wall, cpu, peak in runs
        )
        print(f"  {name}: {shown or 'no start painted'}", flush=True)
    cpu = _median([c for _w, c, _p in starts["program"]])
    floor_cpu = _median([c for _w, c, _p in starts["floor"]])
    figures: dict[str, Any] = {
        "startup_cpu_s": None if cpu is None else round(cpu, 2),
        "startup_peak_mb": _median([p for _w, _c, p in starts["program"]]),
        "startup_floor_cpu_s": None if floor_cpu is None else round(floor_cpu, 2),
        "startup_floor_peak_mb": _median([p for _w, _c, p in starts["floor"]]),
        "startup_ratio": round(cpu / floor_cpu, 2) if cpu and floor_cpu else None,
    }
    return figures


def _paint_report(started: float) -> str:
    """The line both programs print at their first paint (the program's own is in gui/app.py)."""
    try:
        import resource
    except ImportError:  # Windows
        peak = "-"
    else:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB (bytes on macOS)
        peak = f"{rss / (1_048_576 if sys.platform == 'darwin' else 1024):.1f}"
    wall = time.time() - started
    return f"window_ready {wall:.3f} cpu_s {time.process_time():.3f} peak_mb {peak}"


def _floor(db: Path) -> int:
    """The floor: a bare window that imports SQLAlchemy, opens ``db`` and shows 100 people."""
    import os

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    started = float(os.environ.get("ENGAGEMENT_PROCESS_START") or time.time())
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        rows = session.execute(
            text(
                "SELECT reference, first_name, last_name, postcode, tenure, involvement_status "
                f"FROM people LIMIT {FLOOR_ROWS}"
            )
        ).all()
    table = QTableWidget(len(rows), 6)
    table.setHorizontalHeaderLabels(["Reference", "First", "Last", "Postcode", "Tenure", "Status"])
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            table.setItem(number, column, QTableWidgetItem("" if value is None else str(value)))
    table.resize(1200, 800)

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not hasattr(self, "fired"):
                self.fired = True
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        print(_paint_report(started), flush=True)
        QCoreApplication.exit(0)

    probe = Probe()
    table.viewport().installEventFilter(probe)
    table.show()
    code = app.exec()
    engine.dispose()
    return int(code)


if __name__ == "__main__":
    if sys.argv[1:2] == ["floor"]:
        sys.exit(_floor(Path(sys.argv[2])))
    sys.exit(f"usage: {Path(__file__).name} floor DB")
