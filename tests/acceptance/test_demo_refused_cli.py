"""A refused or interrupted ``demo`` leaves the folder as it found it: no empty database
that the next command would take for a real one, no -wal, -shm or -journal beside it,
and a file that was there before is never removed. Real processes each time."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engagement_desktop.services.people import people
from engagement_desktop.store.engine import open_store
from tests.acceptance.confined import Ran, cli, digest, listing, one_line
from tests.consent import GIVEN

pytestmark = pytest.mark.sqlite_only  # about the files beside a SQLite database

NO_DATABASE = "There is no database at"


def run(*args: str) -> Ran:
    result = subprocess.run(cli(*args), capture_output=True, text=True, timeout=300)
    return Ran(result.returncode, result.stdout, result.stderr)


def test_a_refused_day_starts_no_database(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    db = folder / "engagement.sqlite"
    line = one_line(run("--db", str(db), "demo", "--people", "100", "--today", "1800-01-01"))
    assert "not a plausible date" in line
    assert listing(folder) == []
    # The next command still finds no database there (not an empty one).
    assert NO_DATABASE in one_line(run("--db", str(db), "events", "list"))
    assert listing(folder) == []


def test_a_refused_day_leaves_an_empty_file_empty(tmp_path: Path) -> None:
    db = tmp_path / "engagement.sqlite"
    db.write_bytes(b"")
    line = one_line(run("--db", str(db), "demo", "--people", "100", "--today", "2999-01-01"))
    assert "not a plausible date" in line
    assert listing(tmp_path) == ["engagement.sqlite"] and db.stat().st_size == 0


def _interrupted_demo(db: Path) -> Ran:
    """A large demo stopped with Ctrl+C once it has started writing the file."""
    started = subprocess.Popen(
        cli("--db", str(db), "demo", "--people", "50000"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (db.exists() and db.stat().st_size > 0) and started.poll() is None:
        assert time.monotonic() < deadline, "the demo never started writing"
        time.sleep(0.02)
    started.send_signal(signal.SIGINT)
    out, err = started.communicate(timeout=120)
    return Ran(started.returncode, out, err)


@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl+C is a POSIX signal here")
def test_an_interrupted_demo_takes_back_the_database_it_started(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    db = folder / "engagement.sqlite"
    assert "Interrupted" in one_line(_interrupted_demo(db))
    assert listing(folder) == []  # no database, no -wal, -shm or -journal
    assert NO_DATABASE in one_line(run("--db", str(db), "events", "list"))

    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert "Interrupted" in one_line(_interrupted_demo(empty))
    assert empty.exists() and empty.stat().st_size == 0  # kept, and empty again
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite", "new"]


def test_a_refused_demo_leaves_a_database_that_was_there_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "engagement.sqlite"
    store = open_store(db)
    people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    store.close()
    before = (digest(db), listing(tmp_path))
    assert "already holds people" in one_line(run("--db", str(db), "demo", "--people", "100"))
    assert (digest(db), listing(tmp_path)) == before


def test_an_import_refused_on_a_new_path_starts_no_database(tmp_path: Path) -> None:
    """The first import into a new register, refused (a file with nothing to import),
    leaves no empty database for the next command to take for a real one."""
    folder = tmp_path / "new"
    folder.mkdir()
    db = folder / "engagement.sqlite"
    sheet = tmp_path / "people.csv"
    sheet.write_text("Colour,Shoe size\nred,9\n", encoding="utf-8")
    ran = run("--db", str(db), "import", "people", str(sheet))
    assert ran.returncode == 1, ran.stderr
    assert listing(folder) == []
    assert NO_DATABASE in one_line(run("--db", str(db), "events", "list"))
