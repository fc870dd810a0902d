"""How each cost grows from a small landlord to a large one (``run.py --scale``).

For each register size (5,000, 50,000 and 250,000 people unless ``--sizes`` says
otherwise) a demo database is built once and kept (``scale-<people>-s<seed>-h<head>.sqlite``
in the ``--keep`` folder, reused by the next run), then the main operations run in a
fresh child process per size so one size's caches cannot flatter the next:

- ``search_keystroke``: one keystroke to the first screen of rows (median of 20)
- ``person_open``: opening a person's editor (median)
- ``survey_import_per_1k``: a survey of people/10 rows imported, per 1,000 rows
- ``people_import_per_1k``: a tenancy export of the whole register imported into an
  empty database, per 1,000 rows
- ``impact_pdf``, ``dashboard``, ``year_end_preview``, ``check``

The result is ``{op: {people: seconds}}`` and a table whose last column says how the
op grew against the register: *flat* (what a user does at the keyboard must be),
*linear* (reports and imports may grow with their input, no faster) or *faster than
the register* (a defect to chase with ``--profile``).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
for _path in (str(HERE), str(REPO)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from imports_bench import PROFILE_ENV  # noqa: E402 (after the path it is found on)

DEFAULT_SIZES = (5_000, 50_000, 250_000)
#: Opened for person_open (the median is reported).
OPEN_SAMPLES = 15
Scale = dict[str, dict[int, float | None]]
Op = Callable[[Any, Path], float]


def database_for(folder: Path, people: int, seed: int, today: str, env: dict[str, str]) -> Path:
    """The demo database of this size, built once and kept in ``folder`` for later runs."""
    from engagement_desktop.store.schema_version import SCHEMA_HEAD

    path = folder / f"scale-{people}-s{seed}-h{SCHEMA_HEAD}.sqlite"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".building")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    command = [sys.executable, "-m", "engagement_desktop", "--db", str(partial), "demo"]
    command += ["--people", str(people), "--seed", str(seed), "--today", today]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"demo of {people:,} people failed: {result.stderr.strip()[-300:]}")
    _checkpoint(partial)
    partial.rename(path)
    print(f"  built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so the kept database is one file that can be copied."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


# --- the operations, each run inside a child process ----------------------------------


def _open(db: Path) -> Any:
    from engagement_desktop.store.engine import open_store

    return open_store(db, actor="benchmark", verify=False)


def op_search_keystroke(db: Path, folder: Path) -> float:
    from people_bench import keystrokes, time_keystrokes
    from qt_app import qt_app

    app = qt_app(folder)
    from engagement_desktop.gui.people.page import PeoplePage
    from engagement_desktop.services.listings import PEOPLE

    store = _open(db)
    try:
        page = PeoplePage(store, PEOPLE)
        page.resize(1200, 800)
        page.show()
        page.activate()
        app.processEvents()
        with store.session() as session:
            typed = keystrokes(session, 1)
        times = time_keystrokes(app, page.model, typed)
        page.close()
    finally:
        store.close()
    return statistics.median(times) / 1000


def op_person_open(db: Path, folder: Path) -> float:
    import random

    from qt_app import qt_app

    app = qt_app(folder)
    from sqlalchemy import select

    from engagement_desktop.gui.people.editor import PersonEditor
    from engagement_desktop.store.models import Person

    store = _open(db)
    try:
        with store.session() as session:
            ids = list(session.scalars(select(Person.id)))
        times = []
        for person_id in random.Random(1).sample(ids, min(OPEN_SAMPLES, len(ids))):
            started = time.perf_counter()
            editor = PersonEditor(store, person_id, None)
            editor.show()
            app.processEvents()
            times.append(time.perf_counter() - started)
            editor.done(0)
            editor.deleteLater()
            app.processEvents()
    finally:
        store.close()
    return statistics.median(times)


def _import_child(what: str, file: Path, db: Path) -> float:
    """imports_bench.py's own child (the import as the window runs it), seconds."""
    result = subprocess.run(
        [sys.executable, str(HERE / "imports_bench.py"), what, str(file), str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{what} import failed: {result.stderr.strip()[-300:]}")
    found = json.loads(result.stdout.strip().splitlines()[-1])
    seconds = [v for k, v in found.items() if k.startswith(f"{what}_import") and k.endswith("_s")]
    return float(seconds[0])


def op_survey_import_per_1k(db: Path, folder: Path) -> float:
    from imports_bench import write_survey

    rows = max(_people(db) // 10, 100)
    copy = folder / f"survey-target-{db.name}"
    shutil.copyfile(db, copy)
    try:
        file = write_survey(folder / f"survey-{rows}.xlsx", rows)
        return _import_child("survey", file, copy) / (rows / 1000)
    finally:
        copy.unlink(missing_ok=True)


def op_people_import_per_1k(db: Path, folder: Path) -> float:
    from imports_bench import write_people

    rows = _people(db)
    target = folder / f"people-target-{rows}.sqlite"
    for leftover in folder.glob(target.name + "*"):
        leftover.unlink()
    try:
        file = write_people(folder / f"people-{rows}.xlsx", rows)
        return _import_child("people", file, target) / (rows / 1000)
    finally:
        for leftover in folder.glob(target.name + "*"):
            leftover.unlink()


def op_impact_pdf(db: Path, folder: Path) -> float:
    from reports_bench import YEAR

    from engagement_desktop.reports.impact.pdf import write_impact_pdf
    from engagement_desktop.reports.impact.report import build_report

    store = _open(db)
    try:
        started = time.perf_counter()
        with store.session() as session:
            report = build_report(session, YEAR, prepared_by="Benchmark")
        write_impact_pdf(report, folder / "scale-impact.pdf")
        return time.perf_counter() - started
    finally:
        store.close()


def op_dashboard(db: Path, folder: Path) -> float:
    from qt_app import qt_app
    from reports_bench import open_page

    app = qt_app(folder)
    store = _open(db)
    try:
        seconds = open_page(app, store, timeout=120)
    finally:
        store.close()
    if seconds is None:
        raise RuntimeError("the dashboard did not fill in within 120 s")
    return seconds


def op_year_end_preview(db: Path, folder: Path) -> float:
    from engagement_desktop.services.rewards import year_end
    from engagement_desktop.services.rewards.accounts import scheme_year_of

    store = _open(db)
    try:
        with store.session() as session:
            started = time.perf_counter()
            year_end.preview(session, scheme_year_of(session) - 1)
            return time.perf_counter() - started
    finally:
        store.close()


def op_check(db: Path, folder: Path) -> float:
    """`check --json` from the command line, start-up included, as an officer runs it."""
    profile = os.environ.get(PROFILE_ENV)  # run.py --profile check: the child's own calls
    under = [sys.executable, "-m", "cProfile", "-o", profile] if profile else [sys.executable]
    started = time.perf_counter()
    result = subprocess.run(
        [*under, "-m", "engagement_desktop", "--db", str(db), "check", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"check exited {result.returncode}")
    return time.perf_counter() - started


def _people(db: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM people").fetchone()[0])
    finally:
        connection.close()


#: Every operation --scale times and --profile can profile, in table order.
OPS: dict[str, Op] = {
    "search_keystroke": op_search_keystroke,
    "person_open": op_person_open,
    "survey_import_per_1k": op_survey_import_per_1k,
    "people_import_per_1k": op_people_import_per_1k,
    "impact_pdf": op_impact_pdf,
    "dashboard": op_dashboard,
    "year_end_preview": op_year_end_preview,
    "check": op_check,
}
#: Ops whose figure is per 1,000 rows of input: flat means they grow with their input.
PER_ROW = {"survey_import_per_1k", "people_import_per_1k"}
#: Ops that run in a child process (imports_bench.py's child, the command line): for
#: --profile the child writes the pstats file, named by ``PROFILE_ENV``.
IN_A_CHILD = {"survey_import_per_1k", "people_import_per_1k", "check"}
#: What a user does at the keyboard: must stay flat.
AT_THE_KEYBOARD = {"search_keystroke", "person_open"}


def run_child(db: Path, folder: Path, ops: Sequence[str]) -> dict[str, float | None]:
    """In the child process: each op once, seconds (None and a note if it failed)."""
    found: dict[str, float | None] = {}
    for name in ops:
        try:
            found[name] = round(OPS[name](db, folder), 4)
        except Exception as exc:  # one broken op must not hide the rest
            print(f"  note: {name} failed at {db.name}: {exc}", file=sys.stderr, flush=True)
            found[name] = None
    return found


# --- the driver, in run.py's process ----------------------------------------------------


def measure_scale(
    folder: Path,
    sizes: Sequence[int],
    ops: Sequence[str],
    *,
    seed: int,
    today: str,
    env: dict[str, str],
) -> Scale:
    """``{op: {people: seconds}}`` over the sizes, each size in a fresh child process."""
    scale: Scale = {name: {} for name in ops}
    for people in sizes:
        db = database_for(folder, people, seed, today, env)
        print(f"Scale: {people:,} people", flush=True)
        result = subprocess.run(
            [sys.executable, str(Path(__file__)), "child", str(db), str(folder), ",".join(ops)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        for line in result.stderr.splitlines():
            if line.strip().startswith("note:"):
                print(line, flush=True)
        try:
            found = json.loads(result.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            print(f"  note: the {people:,} run failed: {result.stderr.strip()[-300:]}", flush=True)
            found = {}
        for name in ops:
            scale[name][people] = found.get(name)
    return scale


def growth(name: str, by_size: dict[int, float | None]) -> str:
    """Flat, linear or faster than the register, from the smallest to the largest size."""
    known = sorted((n, s) for n, s in by_size.items() if s)
    if len(known) < 2:
        return "not measured"
    (small, t_small), (large, t_large) = known[0], known[-1]
    exponent = math.log(t_large / t_small) / math.log(large / small)
    if name in PER_ROW:
        return "flat per row" if exponent < 0.25 else "per row grows: faster than input"
    if exponent < 0.25:
        return "flat"
    if exponent <= 1.15:
        return "linear" + (" (should be flat)" if name in AT_THE_KEYBOARD else "")
    return "faster than the register"


def table(scale: Scale) -> str:
    """The growth table as text: one row per op, one column per size."""
    sizes = sorted({n for by_size in scale.values() for n in by_size})
    head = f"{'operation':<24}" + "".join(f"{n:>12,}" for n in sizes) + "   growth"
    lines = [head, "-" * len(head)]
    for name, by_size in scale.items():
        cells = "".join(f"{_shown(by_size.get(n)):>12}" for n in sizes)
        lines.append(f"{name:<24}{cells}   {growth(name, by_size)}")
    return "\n".join(lines)


def _shown(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def profile(op: str, db: Path, folder: Path, output: Path) -> str:
    """Run ``op`` once under cProfile, write ``output`` (pstats), return the top 20 text."""
    import cProfile
    import io
    import pstats

    output.unlink(missing_ok=True)
    if op in IN_A_CHILD:  # the work is another process's: it profiles itself
        os.environ[PROFILE_ENV] = str(output)
        try:
            OPS[op](db, folder)
        finally:
            del os.environ[PROFILE_ENV]
        if not output.exists():
            raise RuntimeError(f"{op} wrote no profile to {output}")
    else:
        profiler = cProfile.Profile()
        profiler.enable()
        try:
            OPS[op](db, folder)
        finally:
            profiler.disable()
        profiler.dump_stats(str(output))
    text = io.StringIO()
    pstats.Stats(str(output), stream=text).sort_stats("cumulative").print_stats(20)
    return text.getvalue()


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "child":
    chosen = [name for name in sys.argv[4].split(",") if name]
    print(json.dumps(run_child(Path(sys.argv[2]), Path(sys.argv[3]), chosen)))
