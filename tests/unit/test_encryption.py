"""Encryption at rest: a protected file gives nothing away, opens only with its
passphrase, and its backups and before-upgrade copies are protected too."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.services.people import people
from engagement_desktop.store import migrate
from engagement_desktop.store.backup import backup_database
from engagement_desktop.store.cipher import PassphraseNeeded, WrongPassphrase
from engagement_desktop.store.engine import open_store
from engagement_desktop.store.health import check_file
from engagement_desktop.store.protect import decrypt_file, encrypt_file
from tests.consent import GIVEN

pytest.importorskip("sqlcipher3")

PASSPHRASE = "correct horse 'battery' staple"
SURNAME = "Quennevilleworth"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def protected(db_path: Path) -> Path:
    """A database holding one known person, then encrypted."""
    store = open_store(db_path)
    people.add_person(
        store,
        {"first_name": "Ada", "last_name": SURNAME, "email": "ada@example.org"},
        hold_data=GIVEN,
    )
    store.close()
    assert SURNAME.encode() in db_path.read_bytes()
    encrypt_file(db_path, PASSPHRASE)
    return db_path


def _surnames(path: Path, passphrase: str | None) -> list[str]:
    store = open_store(path, passphrase=passphrase)
    try:
        with store.session() as session:
            return list(session.execute(text("SELECT last_name FROM people")).scalars())
    finally:
        store.close()


def test_an_encrypted_file_has_no_sqlite_header_and_no_names_in_its_bytes(
    protected: Path,
) -> None:
    data = protected.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert SURNAME.encode() not in data
    assert b"people" not in data  # not even the names of the tables


def test_it_opens_with_the_passphrase_and_not_without(protected: Path) -> None:
    before = digest(protected)
    with pytest.raises(PassphraseNeeded, match="protected by a passphrase"):
        open_store(protected)
    assert digest(protected) == before
    assert not protected.with_name(protected.name + "-wal").exists()
    assert _surnames(protected, PASSPHRASE) == [SURNAME]


def test_a_wrong_passphrase_is_one_sentence_and_changes_nothing(protected: Path) -> None:
    before = digest(protected)
    with pytest.raises(WrongPassphrase) as refused:
        open_store(protected, passphrase="not it")
    assert "\n" not in str(refused.value) and "does not open" in str(refused.value)
    with pytest.raises(WrongPassphrase):
        decrypt_file(protected, "not it")
    assert digest(protected) == before
    assert sorted(p.name for p in protected.parent.iterdir()) == [protected.name]


def test_encrypting_twice_is_refused_and_changes_nothing(protected: Path) -> None:
    before = digest(protected)
    with pytest.raises(DatabaseRefused, match="already protected"):
        encrypt_file(protected, "another")
    assert digest(protected) == before
    assert _surnames(protected, PASSPHRASE) == [SURNAME]


def test_decrypting_gives_back_a_plain_database_with_everything_in_it(protected: Path) -> None:
    decrypt_file(protected, PASSPHRASE)
    assert protected.read_bytes().startswith(b"SQLite format 3\x00")
    assert _surnames(protected, None) == [SURNAME]
    assert check_file(protected).healthy
    with pytest.raises(DatabaseRefused, match="not protected"):
        decrypt_file(protected, PASSPHRASE)


def test_a_backup_of_an_encrypted_database_is_encrypted_with_the_same_key(
    protected: Path, tmp_path: Path
) -> None:
    store = open_store(protected, passphrase=PASSPHRASE)
    try:
        result = backup_database(store, tmp_path / "copy.sqlite")
    finally:
        store.close()
    assert result.integrity == "ok"
    data = result.path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and SURNAME.encode() not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(result.path).execute("SELECT * FROM sqlite_master").fetchall()
    assert check_file(result.path, passphrase=PASSPHRASE).counts["people"] == 1
    assert _surnames(result.path, PASSPHRASE) == [SURNAME]


def test_the_copy_before_an_upgrade_of_an_encrypted_database_is_encrypted(
    db_path: Path,
) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(f"INSERT INTO topics (name, uuid, archived) VALUES ('{SURNAME}', 'u1', 0)")
        )
    engine.dispose()
    encrypt_file(db_path, PASSPHRASE)
    store = open_store(db_path, passphrase=PASSPHRASE)
    try:
        copy = store.backup_before_upgrade
        assert store.upgraded_from == "0001" and copy is not None
    finally:
        store.close()
    data = copy.read_bytes()
    assert not data.startswith(b"SQLite format 3") and SURNAME.encode() not in data
    assert check_file(copy, passphrase=PASSPHRASE).schema_version == "0001"
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_a_protected_databases_safety_backup_restores_with_its_passphrase(
    protected: Path, isolated_data_dir: Path
) -> None:
    from engagement_desktop.services.common.backups import safety_backup
    from engagement_desktop.store.backups import verify_backup
    from engagement_desktop.store.restore import restore_file

    store = open_store(protected, passphrase=PASSPHRASE)
    made = safety_backup(store, "erasure")
    assert made is not None and SURNAME.encode() not in made.read_bytes()
    people.add_person(store, {"first_name": "Bob", "last_name": "Later"}, hold_data=GIVEN)
    store.close()
    before = digest(protected)
    with pytest.raises(PassphraseNeeded):  # one sentence: give the passphrase
        verify_backup(made)
    with pytest.raises(WrongPassphrase):
        restore_file(made, protected, passphrase="not it")
    assert digest(protected) == before

    result = restore_file(made, protected, passphrase=PASSPHRASE)

    assert _surnames(protected, PASSPHRASE) == [SURNAME]  # Bob, added after, is gone
    assert result.kept_copy is not None
    assert b"Later" not in result.kept_copy.read_bytes()  # the kept copy is encrypted too
    assert sorted(_surnames(result.kept_copy, PASSPHRASE)) == sorted([SURNAME, "Later"])


def test_a_protected_backup_that_holds_nobody_is_counted_with_the_passphrase(
    protected: Path, tmp_path: Path
) -> None:
    """The counts before a restore open both files with the passphrase: refused over a
    register of one, the file untouched; restored once confirmed."""
    from engagement_desktop.store.restore import WouldEmpty, people_counts, restore_file

    empty = tmp_path / "day-one.sqlite"
    open_store(empty).close()
    encrypt_file(empty, PASSPHRASE)
    counts = people_counts(empty, protected, PASSPHRASE)
    assert counts is not None and (counts.in_backup, counts.now) == (0, 1) and counts.empties
    before = digest(protected)
    with pytest.raises(WouldEmpty, match="This backup holds 0 people; the database now holds 1"):
        restore_file(empty, protected, passphrase=PASSPHRASE)
    assert digest(protected) == before
    restore_file(empty, protected, passphrase=PASSPHRASE, confirmed=True)
    assert _surnames(protected, PASSPHRASE) == []


def test_an_older_encrypted_backup_is_brought_up_to_date_as_it_is_restored(
    tmp_path: Path, db_path: Path
) -> None:
    from engagement_desktop.store.restore import restore_file
    from engagement_desktop.store.schema_version import SCHEMA_HEAD
    from tests.backends import older_database

    older = older_database(tmp_path / "older.sqlite", SURNAME)
    encrypt_file(older, PASSPHRASE)
    open_store(db_path).close()
    encrypt_file(db_path, PASSPHRASE)
    result = restore_file(older, db_path, passphrase=PASSPHRASE, confirmed=True)
    assert result.schema_version == "0015"
    data = db_path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and SURNAME.encode() not in data
    report = check_file(db_path, passphrase=PASSPHRASE)
    assert report.schema_version == SCHEMA_HEAD and report.healthy
    store = open_store(db_path, passphrase=PASSPHRASE)
    try:
        assert store.upgraded_from is None
        with store.engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM topics")).scalars().all()
        assert SURNAME in names
    finally:
        store.close()
