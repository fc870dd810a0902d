"""Time what an officer waits for, on a fresh demo database of a big landlord.

    python tests/benchmarks/run.py [--people N] [--seed S] [--json] [--keep DIR]
    python tests/benchmarks/run.py --scale [--sizes 5000,50000,250000] [--keep DIR] [--json]
    python tests/benchmarks/run.py --profile OP [--people N] [--profile-out FILE]

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
import importlib
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
for _path in (str(REPO), str(REPO / "tests" / "benchmarks")):
    if _path not in sys.path:  # run from a checkout without installing, or with python -m
        sys.path.insert(0, _path)

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


#: Measurement modules beside this script, in the order they run: each has a
#: ``measure_<name>(bench)`` function and a ``LABELS`` dict.
MODULES = (
    ("imports_bench", "measure_imports"),
    ("people_bench", "measure_people"),
    ("rewards_bench", "measure_rewards"),
    ("training_bench", "measure_training"),
    ("events_bench", "measure_events"),
    ("reports_bench", "measure_reports"),
    ("privacy_bench", "measure_privacy"),
    ("erasure_bench", "measure_erasure"),
    ("startup_bench", "measure_startup"),
    ("encryption_bench", "measure_encryption"),
    ("backups_bench", "measure_backups"),
    ("mailings_bench", "measure_mailings"),
    ("budget_bench", "measure_budget"),
    ("postgres_bench", "measure_postgres"),
    ("reviews_bench", "measure_reviews"),
    ("fund_bench", "measure_fund"),
    ("ballots_bench", "measure_ballots"),
    ("team_bench", "measure_team"),
    ("fieldkit_bench", "measure_fieldkit"),
    ("surveys_bench", "measure_surveys"),
)
for _module, _function in MODULES:
    _loaded = importlib.import_module(_module)
    MEASUREMENTS.append(getattr(_loaded, _function))
    LABELS.update(_loaded.LABELS)
POSTGRES_ENV = importlib.import_module("postgres_bench").ENV


def _show(key: str, value: float | int | None, bench: Bench) -> str:
    label = LABELS.get(key, key).format(people=bench.people)
    unit = {"_s": "s", "_ms": "ms", "_mb": "MB"}.get(key[key.rfind("_") :], "")
    if key.endswith("_per_s"):  # a rate, not seconds
        unit = "/s"
    shown = "not measured" if value is None else f"{value:,} {unit}".strip()
    return f"{label:.<60} {shown}"


def main(argv: list[str] | None = None) -> int:
    import scale  # beside this script

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="end with one line of JSON")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="build the databases in DIR and keep them"
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
    parser.add_argument(
        "--scale",
        action="store_true",
        help="time the main operations at several register sizes (--sizes) and print how "
        'each grows; with --json the figures are under "scale"',
    )
    parser.add_argument(
        "--sizes",
        default=",".join(str(n) for n in scale.DEFAULT_SIZES),
        metavar="N,...",
        help="register sizes for --scale (default %(default)s); demo databases are kept "
        "in --keep and reused",
    )
    parser.add_argument(
        "--ops", metavar="OP,...", help="the operations --scale times (default: all of them)"
    )
    parser.add_argument(
        "--profile",
        choices=sorted(scale.OPS),
        metavar="OP",
        help="profile one operation at --people with cProfile, write a pstats file "
        "(--profile-out) and print the top 20 by cumulative time; OP is one of "
        + ", ".join(scale.OPS),
    )
    parser.add_argument(
        "--profile-out", type=Path, metavar="FILE", help="where --profile writes (OP.pstats)"
    )
    args = parser.parse_args(argv)
    if args.pg_url:
        os.environ[POSTGRES_ENV] = args.pg_url
    with tempfile.TemporaryDirectory(prefix="engagement-bench-") as scratch:
        folder = args.keep.absolute() if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        bench = Bench(folder=folder, people=args.people, seed=args.seed)
        if args.scale or args.profile:
            return _scale_or_profile(args, bench)
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


def _scale_or_profile(args: argparse.Namespace, bench: Bench) -> int:
    """--scale: the growth table; --profile OP: one operation's pstats file."""
    import scale

    env = bench.env()
    today = DEMO_TODAY.isoformat()
    if args.profile:
        db = scale.database_for(bench.folder, bench.people, bench.seed, today, env)
        output = (args.profile_out or Path(f"{args.profile}.pstats")).absolute()
        os.environ.update({k: v for k, v in env.items() if k == "ENGAGEMENT_DATA_DIR"})
        print(scale.profile(args.profile, db, bench.folder, output), flush=True)
        print(f"Profile written to {output} (python -m pstats {output})", flush=True)
        return 0
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    ops = [o.strip() for o in args.ops.split(",")] if args.ops else list(scale.OPS)
    unknown = [o for o in ops if o not in scale.OPS]
    if unknown:
        print(f"Unknown operation {', '.join(unknown)}: choose from {', '.join(scale.OPS)}")
        return 2
    started = time.perf_counter()
    found = scale.measure_scale(bench.folder, sizes, ops, seed=bench.seed, today=today, env=env)
    print(scale.table(found), flush=True)
    print(f"({time.perf_counter() - started:.0f} s in all)", flush=True)
    if args.json:
        print(json.dumps({"scale": found}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
