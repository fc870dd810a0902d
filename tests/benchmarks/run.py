"""Time what an officer waits for, on a fresh demo database of a big landlord.

    python tests/benchmarks/run.py [--people N] [--seed S] [--json] [--keep DIR]

Builds a demo database (50,000 people by default) in a temporary folder, runs
each measurement in turn and prints the figures with labels. With ``--json``
the last line of output is one JSON object of all figures, for CI and for
comparing runs. Figures are reported, never judged: nothing here passes or fails
on time.

To add a figure, write a function taking the ``Bench`` and returning a dict of
keys (seconds end in ``_s``, milliseconds ``_ms``, megabytes ``_mb``), give each
key a label in ``LABELS`` and append the function to ``MEASUREMENTS``.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # run from a checkout without installing

WINDOW_TIMEOUT_S = 60.0
#: The demo's "today" (reports_bench.py reads its figures as of this day), so runs compare.
DEMO_TODAY = date(2026, 11, 23)
Figures = dict[str, float | int | None]


@dataclass
class Bench:
    """What every measurement shares: the database, its size, and notes for the reader."""

    folder: Path
    people: int
    seed: int
    notes: list[str] = field(default_factory=list)

    @property
    def db(self) -> Path:
        return self.folder / f"demo-{self.people}.sqlite"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for child processes: this checkout importable, a private data folder."""
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
        env["ENGAGEMENT_DATA_DIR"] = str(self.folder / "userdata")
        env.pop("ENGAGEMENT_DB", None)
        env.update(extra)
        return env

    def note(self, message: str) -> None:
        self.notes.append(message)
        print(f"  note: {message}", flush=True)


def run_cli(
    bench: Bench, *args: str, timeout: float = 600
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``python -m engagement_desktop --db DB ...`` as a user would; return its wall time."""
    command = [sys.executable, "-m", "engagement_desktop", "--db", str(bench.db), *args]
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=REPO,
        env=bench.env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return time.perf_counter() - started, result


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


def _remove_database(path: Path) -> None:
    """Only ever our own benchmark file and its SQLite companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.unlink()


def _size_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    return round(total / 1_048_576, 1)


# --- measurements ---------------------------------------------------------------


def measure_demo_generate(bench: Bench) -> Figures:
    """The demo command from the command line (start-up, migrations and all)."""
    _remove_database(bench.db)
    seconds, result = run_cli(
        bench,
        "demo",
        "--people",
        str(bench.people),
        "--seed",
        str(bench.seed),
        "--today",
        DEMO_TODAY.isoformat(),
    )
    if result.returncode != 0:
        bench.note(
            f"demo command failed ({_tail(result.stderr or result.stdout)}); "
            "generating in-process instead"
        )
        _remove_database(bench.db)
        seconds = _generate_in_process(bench)
    _print_counts(bench)
    return {
        "demo_generate_s": round(seconds, 2),
        "demo_peak_mb": _children_peak_mb(),
        "db_size_mb": _size_mb(bench.db),
    }


def _children_peak_mb() -> float | None:
    """Largest resident memory of any child process so far (the demo command runs first)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(peak / (1_048_576 if sys.platform == "darwin" else 1024), 1)


def _generate_in_process(bench: Bench) -> float:
    from engagement_desktop.services.demo import generate_demo
    from engagement_desktop.store.engine import open_store

    started = time.perf_counter()
    store = open_store(bench.db, actor="benchmark")
    try:
        generate_demo(store, people=bench.people, seed=bench.seed, today=DEMO_TODAY)
    finally:
        store.close()
    return time.perf_counter() - started


def _print_counts(bench: Bench) -> None:
    import sqlite3

    connection = sqlite3.connect(f"file:{bench.db}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        counts = {
            t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    finally:
        connection.close()
    shown = [f"{t} {n:,}" for t, n in counts.items() if n]
    print("  rows: " + ", ".join(shown), flush=True)


def measure_check(bench: Bench) -> Figures:
    """Integrity and foreign key check of the whole file, as `check --json` does it."""
    seconds, result = run_cli(bench, "check", "--json")
    if result.returncode != 0:
        bench.note(f"check exited {result.returncode}: {_tail(result.stderr or result.stdout)}")
    return {"check_s": round(seconds, 2)}


def measure_window_ready(bench: Bench) -> Figures:
    """From process start to the People page painted with the big database open."""
    env = bench.env(QT_QPA_PLATFORM="offscreen", ENGAGEMENT_EXIT_AFTER_PAINT="1")
    command = [sys.executable, "-m", "engagement_desktop", "--db", str(bench.db)]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        env["ENGAGEMENT_PROCESS_START"] = repr(time.time())
        process = subprocess.Popen(
            command,
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        lines: queue.Queue[str | None] = queue.Queue()
        reader = threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True)
        reader.start()
        seconds = _await_ready(lines, WINDOW_TIMEOUT_S)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if seconds is None:
            errors.seek(0)
            bench.note(
                f"no 'window_ready' line within {WINDOW_TIMEOUT_S:.0f} s "
                f"(exit {process.returncode}): {_tail(errors.read()) or 'no output'}"
            )
    return {"window_ready_s": seconds}


def _pump(stream: IO[str] | None, lines: queue.Queue[str | None]) -> None:
    if stream is not None:
        for line in stream:
            lines.put(line)
    lines.put(None)


def _await_ready(lines: queue.Queue[str | None], timeout: float) -> float | None:
    deadline = time.monotonic() + timeout
    pattern = re.compile(r"^window_ready\s+([0-9.]+)")
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        match = pattern.match(line.strip())
        if match:
            return round(float(match.group(1)), 2)
    return None


Measurement = Callable[[Bench], Figures]
MEASUREMENTS: list[Measurement] = [measure_demo_generate, measure_check, measure_window_ready]
LABELS: dict[str, str] = {
    "demo_generate_s": "Demo data (engagement-desktop demo), {people:,} people",
    "demo_peak_mb": "Peak memory of the demo command",
    "db_size_mb": "Database file size",
    "check_s": "Integrity check (engagement-desktop check)",
    "window_ready_s": "Start-up to People page painted",
}


from imports_bench import LABELS as IMPORT_LABELS  # noqa: E402 - beside this script
from imports_bench import measure_imports  # noqa: E402

MEASUREMENTS.append(measure_imports)
LABELS.update(IMPORT_LABELS)

from people_bench import LABELS as PEOPLE_LABELS  # noqa: E402
from people_bench import measure_people  # noqa: E402

MEASUREMENTS.append(measure_people)
LABELS.update(PEOPLE_LABELS)

from rewards_bench import LABELS as REWARDS_LABELS  # noqa: E402
from rewards_bench import measure_rewards  # noqa: E402

MEASUREMENTS.append(measure_rewards)
LABELS.update(REWARDS_LABELS)

from training_bench import LABELS as TRAINING_LABELS  # noqa: E402
from training_bench import measure_training  # noqa: E402

MEASUREMENTS.append(measure_training)
LABELS.update(TRAINING_LABELS)

from events_bench import LABELS as EVENTS_LABELS  # noqa: E402
from events_bench import measure_events  # noqa: E402

MEASUREMENTS.append(measure_events)
LABELS.update(EVENTS_LABELS)

from reports_bench import LABELS as REPORTS_LABELS  # noqa: E402
from reports_bench import measure_reports  # noqa: E402

MEASUREMENTS.append(measure_reports)
LABELS.update(REPORTS_LABELS)

from privacy_bench import LABELS as PRIVACY_LABELS  # noqa: E402
from privacy_bench import measure_privacy  # noqa: E402

MEASUREMENTS.append(measure_privacy)
LABELS.update(PRIVACY_LABELS)

from erasure_bench import LABELS as ERASURE_LABELS  # noqa: E402
from erasure_bench import measure_erasure  # noqa: E402

MEASUREMENTS.append(measure_erasure)
LABELS.update(ERASURE_LABELS)

from startup_bench import LABELS as STARTUP_LABELS  # noqa: E402
from startup_bench import measure_startup  # noqa: E402

MEASUREMENTS.append(measure_startup)
LABELS.update(STARTUP_LABELS)

from encryption_bench import LABELS as ENCRYPTION_LABELS  # noqa: E402
from encryption_bench import measure_encryption  # noqa: E402

MEASUREMENTS.append(measure_encryption)
LABELS.update(ENCRYPTION_LABELS)
from backups_bench import LABELS as BACKUPS_LABELS  # noqa: E402
from backups_bench import measure_backups  # noqa: E402

MEASUREMENTS.append(measure_backups)
LABELS.update(BACKUPS_LABELS)

from mailings_bench import LABELS as MAILINGS_LABELS  # noqa: E402
from mailings_bench import measure_mailings  # noqa: E402

MEASUREMENTS.append(measure_mailings)
LABELS.update(MAILINGS_LABELS)
from budget_bench import LABELS as BUDGET_LABELS  # noqa: E402
from budget_bench import measure_budget  # noqa: E402

MEASUREMENTS.append(measure_budget)
LABELS.update(BUDGET_LABELS)
from postgres_bench import ENV as POSTGRES_ENV  # noqa: E402
from postgres_bench import LABELS as POSTGRES_LABELS  # noqa: E402
from postgres_bench import measure_postgres  # noqa: E402

MEASUREMENTS.append(measure_postgres)
LABELS.update(POSTGRES_LABELS)
from reviews_bench import LABELS as REVIEWS_LABELS  # noqa: E402
from reviews_bench import measure_reviews  # noqa: E402

MEASUREMENTS.append(measure_reviews)
LABELS.update(REVIEWS_LABELS)
from fund_bench import LABELS as FUND_LABELS  # noqa: E402
from fund_bench import measure_fund  # noqa: E402

MEASUREMENTS.append(measure_fund)
LABELS.update(FUND_LABELS)

from ballots_bench import LABELS as BALLOTS_LABELS  # noqa: E402
from ballots_bench import measure_ballots  # noqa: E402

MEASUREMENTS.append(measure_ballots)
LABELS.update(BALLOTS_LABELS)

from fieldkit_bench import LABELS as FIELDKIT_LABELS  # noqa: E402
from fieldkit_bench import measure_fieldkit  # noqa: E402

MEASUREMENTS.append(measure_fieldkit)
LABELS.update(FIELDKIT_LABELS)


def _show(key: str, value: float | int | None, bench: Bench) -> str:
    label = LABELS.get(key, key).format(people=bench.people)
    unit = {"_s": "s", "_ms": "ms", "_mb": "MB"}.get(key[key.rfind("_") :], "")
    shown = "not measured" if value is None else f"{value:,} {unit}".strip()
    return f"{label:.<60} {shown}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="end with one line of JSON")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="build the database in DIR and keep it afterwards"
    )
    parser.add_argument(
        "--only",
        metavar="NAME,...",
        help="run only these measurements (function names without "
        "'measure_'); the demo database is always built first",
    )
    parser.add_argument(
        "--pg-url",
        metavar="URL",
        help="a PostgreSQL administrator's URL for the pg_* figures "
        f"(default ${POSTGRES_ENV}; skipped without one)",
    )
    args = parser.parse_args(argv)
    if args.pg_url:
        os.environ[POSTGRES_ENV] = args.pg_url
    with tempfile.TemporaryDirectory(prefix="engagement-bench-") as scratch:
        folder = args.keep.absolute() if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        bench = Bench(folder=folder, people=args.people, seed=args.seed)
        print(f"Benchmark database: {bench.db}", flush=True)
        figures: Figures = {"people": args.people}
        chosen = MEASUREMENTS
        if args.only:
            wanted = {f"measure_{name.strip()}" for name in args.only.split(",")}
            chosen = [m for m in MEASUREMENTS if m.__name__ in wanted or m is measure_demo_generate]
        for measure in chosen:
            print(
                f"{measure.__doc__.splitlines()[0] if measure.__doc__ else measure.__name__}",
                flush=True,
            )
            try:
                found = measure(bench)
            except Exception as exc:  # one broken figure must not hide the rest
                bench.note(f"{measure.__name__} failed: {exc}")
                found = {}
            for key, value in found.items():
                figures[key] = value
                print(_show(key, value, bench), flush=True)
    if args.json:
        print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
