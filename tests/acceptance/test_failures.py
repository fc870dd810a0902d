"""Failures of the machine, not of the data: a disk that fills up mid-write, a database
another program keeps locked. Each ends as one plain line and exit 1, the database is as
it was, and the log names no one.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from engagement_desktop import cli, paths
from engagement_desktop.store import engine
from tests.acceptance.test_cli import run
from tests.backends import fingerprint
from tests.benchmarks.imports_bench import write_people

TMPFS_MB = 20
WHO = "Zoë Łukasz O'Neill, zoe@example.org"  # what an error's words might carry


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def digest(target: Path | str) -> str:
    return fingerprint(str(target))


def counts(db: Path) -> dict[str, int]:
    checked = run("--db", str(db), "check", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = json.loads(checked.stdout)
    assert report["healthy"] is True
    return dict(report["counts"])


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 20 MB tmpfs (CI runs as root); skipped where mounting is not allowed."""
    folder = tmp_path_factory.mktemp("small-disk")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_MB}m", "tmpfs", str(folder)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture(scope="module")
def tenancies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_people(tmp_path_factory.mktemp("files") / "tenancies.xlsx", 5_000)


def fill(disk: Path, leave_kb: int) -> Path:
    """Take the disk's free space down to about ``leave_kb``."""
    usage = shutil.disk_usage(disk)
    ballast = disk / "ballast.bin"
    with ballast.open("wb") as handle:
        handle.truncate(0)
        remaining = max(usage.free - leave_kb * 1024, 0)
        chunk = b"\0" * (1 << 20)
        while remaining > 0:
            handle.write(chunk[: min(len(chunk), remaining)])
            remaining -= len(chunk)
    return ballast


@pytest.fixture
def full_db(small_disk: Path) -> Iterator[Path]:
    for item in small_disk.iterdir():
        item.unlink()
    db = small_disk / "register.sqlite"
    made = run("--db", str(db), "demo", "--people", "150")
    assert made.returncode == 0, made.stderr
    fill(small_disk, leave_kb=1500)  # room to open; not to import
    yield db
    for item in small_disk.iterdir():
        item.unlink()


@pytest.mark.sqlite_only
def test_disk_full_during_an_import(full_db: Path, tenancies: Path) -> None:
    before, file_before = counts(full_db), digest(full_db)
    result = run("--db", str(full_db), "import", "people", str(tenancies))
    assert result.returncode == 1
    message = one_line(result.stderr)
    assert "The disk is full" in message and "nothing was changed" in message
    assert counts(full_db) == before and digest(full_db) == file_before


@pytest.mark.sqlite_only
def test_disk_full_while_making_demo_data(small_disk: Path, full_db: Path) -> None:
    other = small_disk / "demo.sqlite"
    result = run("--db", str(other), "demo", "--people", "2000")
    assert result.returncode == 1
    assert "The disk is full" in one_line(result.stderr)


@pytest.mark.sqlite_only
def test_disk_full_while_writing_a_report(small_disk: Path, full_db: Path) -> None:
    (small_disk / "ballast.bin").unlink()
    fill(small_disk, leave_kb=40)
    out = small_disk / "impact.pdf"
    result = run("--db", str(full_db), "report", "impact", "--year", "2025", "-o", str(out))
    assert result.returncode == 1
    message = one_line(result.stderr).lower()
    assert "no space left" in message or "disk is full" in message
    assert sorted(p.name for p in small_disk.iterdir() if "impact" in p.name) == []


@pytest.mark.sqlite_only
def test_a_database_locked_past_the_wait_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "busy.sqlite"
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    before = digest(db)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_S", 1)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        code = cli.main(["--db", str(db), "points", "year-end", "--year", "2024", "--commit"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    message = one_line(capsys.readouterr().err)
    assert "The database is busy" in message and "nothing was changed" in message
    assert digest(db) == before


def test_the_log_names_no_one(
    tmp_path: Path,
    db_target: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An unexpected failure inside a write: one line naming the log; the log has the
    places and types, not the values being written."""
    from engagement_desktop.interchange.people import commit as people_commit

    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError(WHO)

    monkeypatch.setattr(people_commit, "person_search_text", broken)
    source = tmp_path / "one.csv"
    source.write_text("Tenancy Ref,Forename,Surname\nT1,Zoë Łukasz,O'Neill\n", encoding="utf-8")
    code = cli.main(["--db", str(db), "import", "people", str(source)])
    assert code == 1
    message = one_line(capsys.readouterr().err)
    assert "unexpected" in message and "Zoë" not in message
    log_text = (paths.log_dir() / "engagement-desktop.log").read_text(encoding="utf-8")
    assert "ValueError" in log_text and "people/commit.py" in log_text
    assert "Zoë" not in log_text and "zoe@example.org" not in log_text


def test_a_server_database_gone_and_a_connection_lost_are_one_sentence() -> None:
    """PostgreSQL's codes as psycopg gives them (``sqlstate``): a team database removed
    from the server (3D000) or a connection cut (57P01) is said, never a crash dialog."""
    from engagement_desktop.failures import explain

    class ServerError(Exception):
        def __init__(self, sqlstate: str) -> None:
            super().__init__("server said no")
            self.sqlstate = sqlstate

    url = "postgresql+psycopg://officer:secret@db.example:5432/engagement"
    gone = explain(ServerError("3D000"), url)
    assert gone is not None and gone.startswith("The database is no longer on the server")
    assert "secret" not in gone and "db.example" in gone
    lost = explain(ServerError("57P01"), url)
    assert lost is not None and lost.startswith("The connection to the database server was lost")
