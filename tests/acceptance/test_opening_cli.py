"""Opening never writes: refused files stay byte for byte as they were with nothing made
beside them, read-only databases and full disks can still be read, and a failed
backup leaves nothing behind. Real processes each time."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.store.engine import open_store
from tests.acceptance.confined import (
    Ran,
    cli,
    digest,
    listing,
    need_mount,
    one_line,
    remove_shared,
    run_mounted,
    run_unprivileged,
    shared_folder,
)

PEOPLE_CSV = "First name,Last name,Tenancy reference\nAnn,Lee,T900001\nBob,Roe,T900002\n"


def run(*args: str) -> Ran:
    result = subprocess.run(cli(*args), capture_output=True, text=True, timeout=300)
    return Ran(result.returncode, result.stdout, result.stderr)


pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database in write-ahead-log mode, as the program leaves every database. Made
    for 23 November 2026, so the years the commands name (2025/26) are in it whatever day
    the tests run."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    made = run("--db", str(path), "demo", "--people", "2000", "--today", "2026-11-23")
    assert made.returncode == 0, made.stderr
    assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL
    return path


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE_CSV)
    return path


def _text(folder: Path, _demo: Path) -> Path:
    path = folder / "notes.sqlite"
    path.write_text("Tenants' meeting notes\n")
    return path


def _other_program(folder: Path, _demo: Path) -> Path:
    path = folder / "contacts.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    return path


def _damaged(folder: Path, demo: Path) -> Path:
    data = bytearray(demo.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the second page
    path = folder / "damaged.sqlite"
    path.write_bytes(bytes(data))
    return path


def _truncated(folder: Path, demo: Path) -> Path:
    path = folder / "truncated.sqlite"
    path.write_bytes(demo.read_bytes()[: demo.stat().st_size // 2])
    return path


def _newer(folder: Path, demo: Path) -> Path:
    path = folder / "newer.sqlite"
    shutil.copy(demo, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    assert path.read_bytes()[18:20] == b"\x02\x02"  # still WAL, no -wal beside it
    return path


REFUSED: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "text-file": (_text, "not a SQLite file"),
    "other-program": (_other_program, "another program"),
    "damaged": (_damaged, "is damaged"),
    "truncated": (_truncated, "is damaged"),
    "newer-version": (_newer, "newer version"),
}


@pytest.mark.parametrize("kind", REFUSED)
def test_a_refused_file_is_left_exactly_as_it_was(
    kind: str, tmp_path: Path, demo_db: Path, people_csv: Path
) -> None:
    make, message = REFUSED[kind]
    folder = tmp_path / "folder"
    folder.mkdir()
    db = make(folder, demo_db)
    before = (digest(db), listing(folder))
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ("check",),
        ("check", "--full"),
        ("export", "people", "-o", str(out / "people.xlsx")),
        ("report", "tsm", "--survey", "TSM perception survey 2025/26"),
        ("import", "people", str(people_csv)),
        ("import", "people", str(people_csv), "--dry-run"),
        ("backup", str(out / "copy.sqlite")),
    ]
    for command in commands:
        line = one_line(run("--db", str(db), *command))
        assert message in line, command
        assert (digest(db), listing(folder)) == before, command
    with pytest.raises(DatabaseRefused, match=message):
        open_store(db)
    assert (digest(db), listing(folder)) == before
    assert listing(out) == []


def test_read_commands_never_start_a_database_in_an_empty_file(
    tmp_path: Path, people_csv: Path
) -> None:
    db = tmp_path / "empty.sqlite"
    db.write_bytes(b"")
    for command in (
        ("check",),
        ("export", "people", "-o", str(tmp_path / "people.xlsx")),
        ("report", "tsm", "--survey", "Any"),
        ("events", "list"),
        ("import", "history"),
        ("backup", str(tmp_path / "copy.sqlite")),
    ):
        assert "is empty: it holds no database yet" in one_line(run("--db", str(db), *command))
    preview = run("--db", str(db), "import", "people", str(people_csv), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "new: 2" in preview.stdout
    assert db.stat().st_size == 0
    assert listing(tmp_path) == ["empty.sqlite", "people.csv"]
    with pytest.raises(DatabaseRefused, match="is empty"):
        open_store(db, create=False)
    assert db.stat().st_size == 0


def _read_commands(out: Path, people_csv: Path) -> dict[str, list[str]]:
    return {
        "check": ["check"],
        "check-full": ["check", "--full"],
        "tsm": ["report", "tsm", "--survey", "TSM perception survey 2025/26"],
        "impact": ["report", "impact", "--year", "2025", "-o", str(out / "impact.pdf")],
        "export": ["export", "people", "-o", str(out / "people.xlsx")],
        "events": ["events", "list"],
        "history": ["import", "history"],
        "year-end-preview": ["points", "year-end", "--year", "2025"],
        "dry-run": ["import", "people", str(people_csv), "--dry-run"],
        "backup": ["backup", str(out / "copy.sqlite")],
    }


WRITE_COMMANDS = {
    "import": ["import", "people", "PEOPLE"],
    "demo": ["demo", "--people", "100"],
    "year-end": ["points", "year-end", "--year", "2025", "--commit"],
    "undo": ["import", "undo", "1"],
}


def _writes(people_csv: Path) -> dict[str, list[str]]:
    return {
        name: [str(people_csv) if word == "PEOPLE" else word for word in args]
        for name, args in WRITE_COMMANDS.items()
    }


def _reads_worked(results: dict[str, Ran], out: Path) -> None:
    for name in _read_commands(out, Path()):
        assert results[name].returncode == 0, (name, results[name].stderr)
    assert "Healthy" in results["check-full"].stdout
    assert re.match(r"1,9\d\d rows of people written", results["export"].stdout)
    assert (out / "people.xlsx").stat().st_size > 0
    assert "new: 2" in results["dry-run"].stdout
    assert "integrity check: ok" in results["backup"].stdout
    assert (out / "impact.pdf").stat().st_size > 0


def test_a_read_only_drive_can_be_read_but_not_changed(
    tmp_path: Path, demo_db: Path, people_csv: Path
) -> None:
    need_mount()
    drive = tmp_path / "cd"
    drive.mkdir()
    db = drive / "engagement.sqlite"
    shutil.copy(demo_db, db)
    older = drive / "older.sqlite"
    shutil.copy(demo_db, older)
    connection = sqlite3.connect(older)
    connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.commit()
    connection.close()
    before = (digest(db), digest(older), listing(drive))
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        name: ["--db", str(db), *args] for name, args in _read_commands(out, people_csv).items()
    }
    commands |= {name: ["--db", str(db), *args] for name, args in _writes(people_csv).items()}
    commands["older"] = ["--db", str(older), "export", "people", "-o", str(out / "old.xlsx")]
    mount = f"mount --bind {drive} {drive}\nmount -o remount,ro,bind {drive}"
    results = run_mounted(mount, commands, out)
    _reads_worked(results, out)
    for name in WRITE_COMMANDS:
        line = one_line(results[name])
        assert f"{db} is read-only (it is on a read-only drive or share)" in line, name
        assert "nothing was changed" in line
    assert "older version" in one_line(results["older"])
    assert "copy it to a folder you can write to" in results["older"].stderr
    assert (digest(db), digest(older), listing(drive)) == before


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Path]:
    folder = shared_folder(tmp_path)
    yield folder
    remove_shared(folder)


@pytest.mark.parametrize("where", ["read-only-file", "read-only-folder"])
def test_a_read_only_file_or_folder_can_be_read_but_not_changed(
    where: str, shared: Path, demo_db: Path
) -> None:
    home = shared / "home"
    home.mkdir(mode=0o777)
    home.chmod(0o777)
    folder = shared / "share"
    folder.mkdir()
    db = folder / "engagement.sqlite"
    shutil.copy(demo_db, db)
    people_csv = home / "people.csv"
    people_csv.write_text(PEOPLE_CSV)
    if where == "read-only-file":
        db.chmod(0o444)
        folder.chmod(0o777)
        reason = "the file is read-only"
    else:
        db.chmod(0o666)
        folder.chmod(0o555)
        reason = f"its folder {folder} is read-only"
    before = (digest(db), listing(folder))
    out = home / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    results = {
        name: run_unprivileged("--db", str(db), *args, home=home)
        for name, args in (_read_commands(out, people_csv) | _writes(people_csv)).items()
    }
    _reads_worked(results, out)
    for name in WRITE_COMMANDS:
        assert f"{db} is read-only ({reason}): nothing was changed." in one_line(results[name])
    if where == "read-only-folder":
        here = run_unprivileged("--db", str(db), "backup", str(folder / "copy.sqlite"), home=home)
        assert one_line(here) == (
            f"engagement-desktop: The backup cannot be written to {folder / 'copy.sqlite'}: "
            f"its folder {folder} is read-only; choose another folder."
        )
    assert (digest(db), listing(folder)) == before


def test_a_full_disk_can_still_be_read_and_a_failed_backup_leaves_nothing(
    tmp_path: Path, demo_db: Path, people_csv: Path
) -> None:
    need_mount()
    disk = tmp_path / "disk"
    disk.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    db = disk / "engagement.sqlite"
    commands = {
        name: ["--db", str(db), *args] for name, args in _read_commands(out, people_csv).items()
    }
    commands |= {name: ["--db", str(db), *args] for name, args in _writes(people_csv).items()}
    commands["backup-to-full"] = ["--db", str(db), "backup", str(disk / "copy.sqlite")]
    fill = f"dd if=/dev/zero of={disk}/filler bs=1M count=100 2>/dev/null || true"
    setup = f"mount -t tmpfs -o size=20m tmpfs {disk}\ncp {demo_db} {db}\n{fill}"
    after = f"ls -A {disk} >{out}/listing\nsha256sum {db} >{out}/sha256"
    results = run_mounted(setup, commands, out, after)
    _reads_worked(results, out)
    for name in WRITE_COMMANDS:
        line = one_line(results[name])
        assert f"The disk holding {db} is full" in line and "nothing was changed" in line, name
    assert one_line(results["backup-to-full"]).endswith(
        f"The backup cannot be written to {disk / 'copy.sqlite'}: the disk holding it is full; "
        "choose another folder."
    )
    assert (out / "listing").read_text().split() == ["engagement.sqlite", "filler"]
    assert (out / "sha256").read_text().split()[0] == digest(demo_db)


def test_a_backup_that_fills_the_disk_half_way_leaves_nothing_behind(
    tmp_path: Path, demo_db: Path
) -> None:
    need_mount()
    disk = tmp_path / "disk"
    disk.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    db = disk / "engagement.sqlite"
    size_mb = demo_db.stat().st_size // 1_048_576
    assert size_mb >= 4  # room to start the copy, none to finish it
    room = f"dd if=/dev/zero of={disk}/filler bs=1M count={20 - size_mb - 3} 2>/dev/null"
    setup = f"mount -t tmpfs -o size=20m tmpfs {disk}\ncp {demo_db} {db}\n{room}"
    after = f"ls -A {disk} >{out}/listing\nsha256sum {db} >{out}/sha256"
    results = run_mounted(
        setup, {"backup": ["--db", str(db), "backup", str(disk / "copy.sqlite")]}, out, after
    )
    assert (out / "listing").read_text().split() == ["engagement.sqlite", "filler"]
    line = one_line(results["backup"])
    assert line.endswith("failed: the disk is full; no file was left behind."), line
    assert (out / "sha256").read_text().split()[0] == digest(demo_db)
