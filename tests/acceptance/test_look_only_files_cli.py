"""Looking at a database leaves its folder as it was: a viewer (``--read-only``) makes no
``-wal`` or ``-shm`` file that stays behind (officers copy the database by hand, and on a
share or stick such files confuse the next person), yet still sees what an officer
working on the same file saves, and never removes that officer's own files.

The writer is a second process: SQLite's locks only tell two programs apart."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Person
from engagement_desktop.store.roles import VIEWER_REASON
from tests.acceptance.confined import Ran, cli, digest, listing
from tests.consent import GIVEN

pytestmark = pytest.mark.sqlite_only  # about the files beside a SQLite database

#: A second program working on the database: adds a person on "add", closes on "close".
WRITER = """
    import sys
    from engagement_desktop.services.people import people
    from engagement_desktop.store.engine import open_store
    from tests.consent import GIVEN

    store = open_store(sys.argv[1])
    print("open", flush=True)
    for n, line in enumerate(sys.stdin):
        if line.strip() == "add":
            people.add_person(store, {"first_name": "Writer", "last_name": f"N{n}"}, GIVEN)
            print("added", flush=True)
        else:
            store.close()
            print("closed", flush=True)
            break
"""


class Writer:
    """The officer's program, in its own process, driven a line at a time."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(WRITER), str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.expect("open")

    def expect(self, word: str) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if line != word:
            self.process.kill()
            _, err = self.process.communicate(timeout=30)
            pytest.fail(f"the writer said {line!r}, not {word!r}: {err}")

    def tell(self, word: str, answer: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(word + "\n")
        self.process.stdin.flush()
        self.expect(answer)

    def close(self) -> None:
        self.tell("close", "closed")
        assert self.process.wait(timeout=30) == 0


def run(*args: str) -> Ran:
    result = subprocess.run(cli(*args), capture_output=True, text=True, timeout=300)
    return Ran(result.returncode, result.stdout, result.stderr)


def count(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


@pytest.fixture
def quiet_db(tmp_path: Path) -> Iterator[Path]:
    """A database in write-ahead-log mode that nothing has open: the file alone."""
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "engagement.sqlite"
    store = open_store(db)
    people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    store.close()
    assert db.read_bytes()[18:20] == b"\x02\x02" and listing(folder) == [db.name]
    yield db


def test_read_only_commands_leave_the_folder_as_it_was(quiet_db: Path, tmp_path: Path) -> None:
    folder, out = quiet_db.parent, tmp_path / "out"
    out.mkdir()
    before = (digest(quiet_db), listing(folder))
    for command in (
        ("events", "list"),
        ("export", "people", "-o", str(out / "people.xlsx")),
        ("points", "year-end", "--year", "2025"),
    ):
        ran = run("--db", str(quiet_db), "--read-only", *command)
        assert ran.returncode == 0, (command, ran.stderr)
        assert (digest(quiet_db), listing(folder)) == before, command
    assert (out / "people.xlsx").stat().st_size > 0


def test_a_viewer_beside_a_writer_sees_its_changes_and_leaves_its_files(quiet_db: Path) -> None:
    folder = quiet_db.parent
    writer = Writer(quiet_db)
    try:
        viewer = open_store(quiet_db, viewer=VIEWER_REASON)
        try:
            assert viewer.read_only and count(viewer) == 1
            writer.tell("add", "added")
            assert count(viewer) == 2  # what the officer saved, seen at once
        finally:
            viewer.close()
        # The viewer closed first: the officer's -wal (holding that save) is untouched.
        assert f"{quiet_db.name}-wal" in listing(folder)
        viewer = open_store(quiet_db, viewer=VIEWER_REASON)
        try:
            writer.tell("add", "added")
            writer.close()  # the officer closes first now; the viewer is the last out
            assert count(viewer) == 3
        finally:
            viewer.close()
    finally:
        if writer.process.poll() is None:
            writer.process.kill()
    assert listing(folder) == [quiet_db.name]  # the last one out tidied up
    store = open_store(quiet_db, viewer=VIEWER_REASON)
    try:
        assert count(store) == 3  # nothing the officer saved was lost
    finally:
        store.close()
    assert listing(folder) == [quiet_db.name]


def test_sqlite_itself_refuses_a_viewers_change(quiet_db: Path) -> None:
    """The store refuses a viewer's write in a sentence; a program that went round it
    meets SQLite's own refusal, and the file is as it was."""
    before = (digest(quiet_db), listing(quiet_db.parent))
    viewer = open_store(quiet_db, viewer=VIEWER_REASON)
    try:
        with pytest.raises(OperationalError, match="readonly"), viewer.engine.begin() as db:
            db.execute(text("UPDATE people SET last_name = 'X'"))
    finally:
        viewer.close()
    assert (digest(quiet_db), listing(quiet_db.parent)) == before
