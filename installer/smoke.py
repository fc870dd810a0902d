"""Smoke test of the frozen program, the same on Linux and Windows.

The bundle is copied into a folder whose path holds spaces and non-ASCII letters
(``…/Zoë Łukasz/Engagement Desktop``, as ``C:\\Users\\Zoë Łukasz\\…`` on a laptop), then
its console executable is run with no Python on PATH and ``ENGAGEMENT_DATA_DIR`` in a
fresh temporary folder: ``--version``, ``demo``, ``check``, ``import people`` of a
spreadsheet written here, ``report impact`` (PDF and workbook), ``events sheet``, and the
window offscreen until the People list paints. Also opens a passphrase-protected copy
(SQLCipher must be in the bundle), and team mode (psycopg and its libpq must be in the
bundle): a server that is not there is one sentence, and when ``ENGAGEMENT_SMOKE_PG_URL``
names a PostgreSQL server (a login that may create databases, e.g.
``postgresql+psycopg://engagement:PW@127.0.0.1:5432/postgres``), ``demo`` and ``check``
on a fresh database made there for the test and dropped after.

``python installer/smoke.py BUNDLE_FOLDER [--people N] [--json]``; exit 0 when every step
passed. Runs under the build's Python (it writes the spreadsheet with openpyxl); the
program under test never sees that Python.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The folder holding the copy: spaces and letters from outside ASCII, as an officer's
#: Windows profile folder can have.
AWKWARD_FOLDER = "Zoë Łukasz"
STEP_TIMEOUT_S = 300.0
WINDOW_TIMEOUT_S = 120.0
PEOPLE_ROWS = 25
#: A PostgreSQL server for team mode's steps (a login that may create databases); unset,
#: only the "no server there" step runs.
PG_URL_ENV = "ENGAGEMENT_SMOKE_PG_URL"
PG_PEOPLE = 200


@dataclass
class Outcome:
    """What each step did, for the log and --json."""

    steps: list[dict[str, object]] = field(default_factory=list)
    window_ready_s: float | None = None

    @property
    def passed(self) -> bool:
        return all(step["ok"] for step in self.steps)


def executable(bundle: Path, console: bool = True) -> Path:
    name = "engagement-desktop" if console else "Engagement Desktop"
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def without_python(environ: dict[str, str]) -> dict[str, str]:
    """The environment with every PATH entry that holds a Python taken out, and nothing
    that points a Python at modules (PYTHONPATH, PYTHONHOME, VIRTUAL_ENV)."""
    env = {k: v for k, v in environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    names = ("python", "python3", "python.exe", "py.exe")
    kept = [
        entry
        for entry in environ.get("PATH", "").split(os.pathsep)
        if entry and not any((Path(entry) / name).exists() for name in names)
    ]
    env["PATH"] = os.pathsep.join(kept)
    return env


def write_people(path: Path, rows: int = 25) -> Path:
    """A tenancy export as a housing system gives it, with names from outside ASCII."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tenancies"
    sheet.append(["Tenancy Ref", "Forename", "Surname", "Address Line 1", "Postcode"])
    names = [("Zoë", "Łukasz"), ("Siobhán", "Ó Briain"), ("Mehmet", "Öztürk"), ("Ann", "Lee")]
    for n in range(rows):
        first, last = names[n % len(names)]
        postcode = f"PE{n % 12 + 1} {n % 9 + 1}{'ABDEFGHJLN'[n % 10]}{'PQRSTUWXYZ'[n // 10 % 10]}"
        sheet.append([f"SMK{n + 1:05d}", first, f"{last}-{n}", f"{n + 1} Linden Way", postcode])
    book.save(path)
    return path


def _call(
    command: Sequence[str], env: dict[str, str], cwd: Path, timeout: float = STEP_TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    """Run the program, its output as text whatever bytes it printed."""
    return subprocess.run(
        list(command),
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )


def _run(
    outcome: Outcome, name: str, command: Sequence[str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str] | None:
    started = time.perf_counter()
    try:
        done = _call(command, env, cwd)
    except (OSError, subprocess.TimeoutExpired) as exc:
        outcome.steps.append({"step": name, "ok": False, "detail": str(exc)})
        print(f"FAIL {name}: {exc}", flush=True)
        return None
    seconds = round(time.perf_counter() - started, 2)
    ok = done.returncode == 0
    detail = (done.stdout.strip().splitlines() or [""])[-1] if ok else done.stderr.strip()
    outcome.steps.append({"step": name, "ok": ok, "seconds": seconds, "detail": detail[-400:]})
    print(f"{'ok  ' if ok else 'FAIL'} {name} ({seconds} s): {detail[-400:]}", flush=True)
    return done


def _check(outcome: Outcome, name: str, ok: bool, detail: str) -> None:
    outcome.steps.append({"step": name, "ok": ok, "detail": detail})
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", flush=True)


def window_ready(
    program: Sequence[str], db: Path, env: dict[str, str], cwd: Path
) -> tuple[float | None, int | None]:
    """(seconds from launch until the People list has painted, exit code): the program
    prints ``window_ready`` (gui/app.py) and quits. The same measure for the frozen and the
    unfrozen program (tests/benchmarks/run.py measures the window the same way)."""
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "ENGAGEMENT_EXIT_AFTER_PAINT": "1"}
    env["ENGAGEMENT_PROCESS_START"] = repr(time.time())
    try:
        done = _call([*program, "--db", str(db)], env, cwd, WINDOW_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return None, None
    found = re.search(r"^window_ready\s+([0-9.]+)", done.stdout, re.MULTILINE)
    return (round(float(found.group(1)), 2) if found else None), done.returncode


def run_smoke(bundle: Path, people: int = 2000) -> Outcome:
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="engagement smoke ") as scratch:
        root = Path(scratch)
        home = root / AWKWARD_FOLDER / "Engagement Desktop"
        shutil.copytree(bundle, home, symlinks=True)
        data = root / AWKWARD_FOLDER / "data"
        data.mkdir()
        work = root / AWKWARD_FOLDER / "Documents"
        work.mkdir()
        env = without_python(dict(os.environ))
        env.update(ENGAGEMENT_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
        env.pop("ENGAGEMENT_DB", None)
        env.pop(PG_URL_ENV, None)
        exe = str(executable(home))
        db = data / "engagement.sqlite"
        _check(outcome, "no python on PATH", shutil.which("python", path=env["PATH"]) is None,
               f"program run from {home}")  # fmt: skip
        _run(outcome, "--version", [exe, "--version"], env, work)
        _run(outcome, "demo", [exe, "demo", "--people", str(people), "--json"], env, work)
        _run(outcome, "check", [exe, "check"], env, work)
        sheet = write_people(work / "tenancies Zoë.xlsx", PEOPLE_ROWS)
        imported = _run(outcome, "import people", [exe, "import", "people", str(sheet), "--json"],
                        env, work)  # fmt: skip
        created = _json(imported.stdout if imported else "").get("created")
        _check(outcome, "every row imported", created == PEOPLE_ROWS, f"{created} people added")
        pdf, xlsx = work / "impact Łukasz.pdf", work / "impact Łukasz.xlsx"
        year = _report_year()
        _run(
            outcome,
            "report impact",
            [exe, "report", "impact", "--year", str(year), "-o", str(pdf), "--xlsx", str(xlsx)],
            env,
            work,
        )
        _check(outcome, "impact PDF and workbook written", _written(pdf) and _written(xlsx),
               f"{_size(pdf)} and {_size(xlsx)}")  # fmt: skip
        listed = _run(outcome, "events list", [exe, "events", "list", "--json"], env, work)
        event = _first_event(listed.stdout if listed else "")
        sign_in = work / "sign-in sheet.pdf"
        _run(outcome, "events sheet", [exe, "events", "sheet", str(event), "-o", str(sign_in)],
             env, work)  # fmt: skip
        _check(outcome, "sign-in sheet written", _written(sign_in), _size(sign_in))
        _mailing(outcome, exe, env, work)
        _excel_97(outcome, exe, env, work)
        _protected_copy(outcome, exe, db, env, work)
        _team_mode(outcome, exe, env, work, os.environ.get(PG_URL_ENV))
        seconds, _code = window_ready([exe], db, env, work)
        outcome.window_ready_s = seconds
        _check(outcome, "window paints People (offscreen)", seconds is not None,
               f"{seconds} s to first paint")  # fmt: skip
        windowed = executable(home, console=False)
        if windowed.exists():  # Windows and macOS
            # The Start menu's executable has no console on Windows to print to: it must
            # open the window and quit cleanly.
            _seconds, code = window_ready([str(windowed)], db, env, work)
            _check(outcome, "windowed executable opens and closes", code == 0, f"exit {code}")
        _check(outcome, "data stayed in ENGAGEMENT_DATA_DIR", db.is_file(), str(data))
        _data_folder_deleted(outcome, home, root, env, work)
    return outcome


def _data_folder_deleted(outcome: Outcome, home: Path, root: Path, env: dict[str, str],
                         cwd: Path) -> None:  # fmt: skip
    """An officer (or IT) deleted the data folder: the program starts afresh, creating it."""
    gone = root / AWKWARD_FOLDER / "deleted data"
    gone.mkdir()
    gone.rmdir()
    fresh = {**env, "ENGAGEMENT_DATA_DIR": str(gone)}
    exe = str(executable(home))
    _run(outcome, "demo after the data folder was deleted", [exe, "demo", "--people", "100"],
         fresh, cwd)  # fmt: skip
    seconds, _code = window_ready([exe], gone / "engagement.sqlite", fresh, cwd)
    _check(outcome, "window opens on the recreated folder", seconds is not None, f"{seconds} s")


def _mailing(outcome: Outcome, exe: str, env: dict[str, str], cwd: Path) -> None:
    """Letters as Word (python-docx's template must be in the bundle) and email drafts."""
    docx, drafts = cwd / "letters Zoë.docx", cwd / "drafts"
    drafts.mkdir()
    base = [exe, "mailing", "--everyone-involved", "--one-per-household"]
    _run(
        outcome,
        "mailing letters as .docx",
        [*base, "--channel", "post", "--letters", "welcome", "-o", str(docx)],
        env,
        cwd,
    )
    _check(outcome, "Word letters written", _written(docx), _size(docx))
    _run(
        outcome,
        "mailing email drafts",
        [*base, "--channel", "email", "--eml", "welcome", "-o", str(drafts)],
        env,
        cwd,
    )
    _check(outcome, "email drafts written", any(drafts.glob("*.eml")), str(drafts))


def _excel_97(outcome: Outcome, exe: str, env: dict[str, str], cwd: Path) -> None:
    """An .xls is read in a child process (interchange/reading/xls_child.py): in a frozen
    build that child is the program's own executable, which must turn into the reader."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.hostile.corpus import xls_plain

    book = xls_plain(cwd)
    done = _run(outcome, "import survey of an .xls (reader in a child process)",
                [exe, "import", "survey", str(book), "--survey", "Smoke", "--dry-run", "--json"],
                env, cwd)  # fmt: skip
    read = _json(done.stdout if done else "").get("rows_read")
    _check(outcome, "every .xls row read", read == 2, f"{read} rows read")


def _protected_copy(outcome: Outcome, exe: str, db: Path, env: dict[str, str], cwd: Path) -> None:
    """SQLCipher in the bundle: encrypt a copy, then check it with its passphrase."""
    copy = db.with_name("protected copy.sqlite")
    shutil.copyfile(db, copy)
    keyed = {**env, "ENGAGEMENT_PASSPHRASE": "smoke test passphrase"}
    _run(outcome, "encrypt a copy", [exe, "--db", str(copy), "encrypt"], keyed, cwd)
    _run(outcome, "check the protected copy", [exe, "--db", str(copy), "check"], keyed, cwd)


def _team_mode(
    outcome: Outcome, exe: str, env: dict[str, str], cwd: Path, server: str | None
) -> None:
    """psycopg and libpq in the bundle: a server that is not there is the one sentence
    (not the missing driver's, not a traceback); on a real server, demo and check on a
    fresh database, dropped after."""
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    nowhere = f"postgresql+psycopg://engagement:smoke@127.0.0.1:{port}/x"
    done = _call([exe, "--db", nowhere, "check"], env, cwd)
    said = done.stderr.strip()
    one_line = done.returncode == 1 and len(said.splitlines()) == 1 and "Traceback" not in said
    _check(
        outcome,
        "team mode, no server there: one sentence",
        one_line and "the server cannot be reached" in said,
        f"exit {done.returncode}: {said[-400:]}",
    )
    if not server:
        print(f"skip team mode on a server: {PG_URL_ENV} is not set", flush=True)
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    fresh = make_url(server).set(database=f"engagement_smoke_{os.getpid()}_{int(time.time())}")
    target = fresh.render_as_string(hide_password=False)
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE \"{fresh.database}\" ENCODING 'UTF8'"))
        demo = [exe, "--db", target, "demo", "--people", str(PG_PEOPLE), "--json"]
        _run(outcome, f"team mode: demo on {fresh.render_as_string(hide_password=True)}", demo,
             env, cwd)  # fmt: skip
        checked = _run(outcome, "team mode: check", [exe, "--db", target, "check", "--json"],
                       env, cwd)  # fmt: skip
        figures = _json(checked.stdout if checked else "")
        counts = figures.get("counts")
        people = counts.get("people") if isinstance(counts, dict) else None
        healthy = figures.get("healthy") is True and people == PG_PEOPLE
        _check(outcome, "team mode: the server's database is healthy", healthy,
               f"healthy {figures.get('healthy')}, {people} people")  # fmt: skip
    except Exception as exc:  # the server itself (not the program under test) failed us
        reason = (str(exc).splitlines() or [""])[0]
        _check(outcome, "team mode: a fresh database on the server", False,
               f"{type(exc).__name__}: {reason}")  # fmt: skip
    finally:
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{fresh.database}" WITH (FORCE)'))
        except Exception as exc:
            print(f"note: the smoke test's database {fresh.database} was not dropped: {exc}")
        admin.dispose()


def _report_year() -> int:
    """The report year that has ended or is running: the demo's history covers it."""
    today = time.localtime()
    return today.tm_year if today.tm_mon >= 4 else today.tm_year - 1


def _json(text: str) -> dict[str, object]:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _first_event(listing: str) -> int:
    found = _json(listing).get("events")
    if isinstance(found, list) and found and isinstance(found[0], dict):
        return int(found[0].get("id", 1))
    return 1


def _written(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def _size(path: Path) -> str:
    return f"{path.name} {path.stat().st_size:,} bytes" if path.is_file() else f"no {path.name}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the frozen folder (dist/Engagement Desktop)")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    outcome = run_smoke(args.bundle, people=args.people)
    if args.json:
        print(json.dumps({"passed": outcome.passed, "steps": outcome.steps}))
    print("smoke test " + ("passed" if outcome.passed else "FAILED"), file=sys.stderr)
    return 0 if outcome.passed else 1


if __name__ == "__main__":
    sys.exit(main())
