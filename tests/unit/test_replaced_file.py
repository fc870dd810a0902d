"""A database file replaced while another program has it open (a restore, a passphrase
put on): nothing written after is lost without a word, and nothing written before the
swap is left out of the new file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.services.people import people
from engagement_desktop.store import protect, replaced
from engagement_desktop.store.engine import open_store
from tests.consent import GIVEN

PASSPHRASE = "correct horse battery staple"


def surnames(path: Path, passphrase: str | None = None) -> list[str]:
    store = open_store(path, passphrase=passphrase)
    try:
        with store.session() as session:
            return sorted(session.execute(text("SELECT last_name FROM people")).scalars())
    finally:
        store.close()


def add(store: object, last: str) -> None:
    people.add_person(store, {"first_name": "Zoë", "last_name": last}, hold_data=GIVEN)  # type: ignore[arg-type]


def test_a_write_to_a_file_replaced_under_it_is_refused_and_the_next_one_lands(
    db_path: Path, tmp_path: Path
) -> None:
    """Another program put a copy in its place (as a restore does): the write that finds
    it says so in a sentence instead of going into the old, nameless file."""
    store = open_store(db_path)
    try:
        add(store, "Before")
        copy = tmp_path / "copy.sqlite"
        shutil.copyfile(db_path, copy)
        copy.replace(db_path)
        with pytest.raises(DatabaseRefused, match="was replaced by another program"):
            add(store, "Lost")
        add(store, "After")  # the connection was let go: this one opens the file now there
    finally:
        store.close()
    assert surnames(db_path) == ["After", "Before"]


def test_encrypting_waits_for_a_write_in_progress_and_keeps_it(db_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    store = open_store(db_path)
    add(store, "Early")
    store.close()
    import sqlite3

    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE people SET last_name = 'Ní Bhriain' WHERE last_name = 'Early'")
    done: list[object] = []
    worker = threading.Thread(
        target=lambda: done.append(protect.encrypt_file(db_path, PASSPHRASE)), daemon=True
    )
    # The writer holds its lock when encrypt looks: it refuses (the file is open), so the
    # writer finishes and closes first; the race the guard closes is the next test's.
    writer.execute("COMMIT")
    writer.close()
    worker.start()
    worker.join(30)
    assert done and surnames(db_path, PASSPHRASE) == ["Ní Bhriain"]


LATE_WALK_IN = """
import sys, time
from pathlib import Path
from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import open_store
from tests.consent import GIVEN
db, go = Path(sys.argv[1]), Path(sys.argv[2])
store = open_store(db)
print("opened", flush=True)
while not go.exists():
    time.sleep(0.01)
try:
    people.add_person(store, {"first_name": "Walk", "last_name": "In"}, hold_data=GIVEN)
    print("saved", flush=True)
except DatabaseRefused as exc:
    print(exc, flush=True)
store.close()
"""


def test_a_program_that_opens_the_file_during_encrypting_cannot_write_into_the_old_one(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review's race: a walk-in recorded by another program while the file was being
    encrypted was reported saved, and was in neither file. Now it waits for the swap and
    is refused in a sentence; the encrypted file has everything written before."""
    pytest.importorskip("sqlcipher3")
    store = open_store(db_path)
    add(store, "Early")
    store.close()
    go = tmp_path / "go"
    late: list[subprocess.Popen[str]] = []
    real_check, real_copy = replaced.nobody_else_has, protect._copy

    def then_another_opens(*args: object) -> None:
        real_check(*args)  # type: ignore[arg-type]
        program = subprocess.Popen(
            [sys.executable, "-c", LATE_WALK_IN, str(db_path), str(go)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        late.append(program)
        assert program.stdout is not None and program.stdout.readline().strip() == "opened"

    def copy_while_it_writes(*args: object) -> dict[str, int]:
        go.touch()  # the other program tries to write now, while the copy is made
        time.sleep(0.5)
        return real_copy(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(replaced, "nobody_else_has", then_another_opens)
    monkeypatch.setattr(protect, "_copy", copy_while_it_writes)
    protect.encrypt_file(db_path, PASSPHRASE)
    said, _ = late[0].communicate(timeout=60)
    assert "was replaced by another program" in said, said
    assert surnames(db_path, PASSPHRASE) == ["Early"]
