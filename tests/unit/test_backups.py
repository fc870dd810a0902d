"""Automatic backups: the safety copy, rotation, a folder that is gone or full, and restore."""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import backups as service
from engagement_desktop.services.common.backups import BackupUnavailable, safety_backup
from engagement_desktop.services.common.settings import save_settings
from engagement_desktop.store import restore
from engagement_desktop.store.backups import (
    backup_name,
    list_backups,
    rotate,
    to_keep,
    verify_backup,
)
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.restore import restore_file


def landlord(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(
            connection.execute("SELECT value FROM settings WHERE key = 'landlord_name'").fetchone()[
                0
            ]
        )
    finally:
        connection.close()


def test_backup_change_restore_brings_the_data_back_and_keeps_the_replaced_file(
    store: Store, db_path: Path, isolated_data_dir: Path
) -> None:
    save_settings(store, {"landlord_name": "Before Homes"})
    made = safety_backup(store, "people import")
    assert made is not None and made.parent == isolated_data_dir / "backups"
    assert made.name.startswith("test-") and made.name.endswith("-people-import.sqlite")
    save_settings(store, {"landlord_name": "After Homes"})
    store.close()

    result = restore_file(made, db_path)

    assert landlord(db_path) == '"Before Homes"'
    assert result.kept_copy is not None and result.kept_copy.parent == db_path.parent
    assert landlord(result.kept_copy) == '"After Homes"'  # what was replaced is kept
    assert not db_path.with_name(db_path.name + "-wal").exists()
    reopened = open_store(db_path)  # the restored file opens as a database of ours
    reopened.close()


def test_rotation_keeps_the_newest_of_7_days_4_weeks_and_12_months(tmp_path: Path) -> None:
    start = datetime(2026, 1, 1, 9, 0)
    # two backups a day (morning and evening) for 400 days
    taken = [start + timedelta(days=d, hours=h) for d in range(400) for h in (0, 8)]
    for moment in taken:
        backup_name("engagement", moment, "close", tmp_path).touch()
    other = tmp_path / "engagement-old-20260101-090000-close.sqlite"
    other.touch()  # another database's backups are not this one's to rotate
    manual = tmp_path / "my copy.sqlite"
    manual.touch()

    rotate(tmp_path, "engagement")

    kept = sorted(b.taken for b in list_backups(tmp_path) if b.database == "engagement")
    last = taken[-1]
    days = {last.date() - timedelta(days=n) for n in range(7)}
    assert {t.date() for t in kept} >= days
    assert all(t.hour == 17 for t in kept)  # the newest of each period: the evening one
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12 and (2026, 1) not in months  # a year back, not further
    assert len(kept) <= 7 + 4 + 12 and kept == sorted(to_keep(taken))
    assert other.exists() and manual.exists()


def test_rotation_after_a_year_away_keeps_the_old_backups(tmp_path: Path) -> None:
    taken = [datetime(2024, 3, d, 12) for d in range(1, 11)] + [datetime(2026, 6, 1, 12)]
    assert to_keep(taken) >= {datetime(2024, 3, d, 12) for d in range(5, 11)}


def test_a_chosen_folder_that_is_gone_is_one_sentence_and_the_database_is_untouched(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    save_settings(store, {"backup_folder": str(stick)})
    stick.rmdir()  # the USB stick is pulled out
    before = db_path.read_bytes()
    with pytest.raises(BackupUnavailable) as caught:
        safety_backup(store, "merge of people")
    message = str(caught.value)
    assert "No backup was made before the merge of people" in message
    assert str(stick) in message and "\n" not in message
    assert service.backup_problem(store) is not None
    assert not stick.exists()  # not made again on the laptop's own disk
    assert db_path.read_bytes() == before


def test_a_full_backup_folder_is_one_sentence(
    store: Store, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(service.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 1000))
    with pytest.raises(BackupUnavailable, match="the disk holding it is full") as caught:
        safety_backup(store, "year end")
    assert str(caught.value).startswith("No backup was made before the year end")
    assert list_backups(isolated_data_dir / "backups") == []


def test_settings_refuse_a_backup_folder_that_does_not_exist(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        save_settings(store, {"backup_folder": str(tmp_path / "nowhere")})
    assert "backup_folder" in caught.value.errors
    save_settings(store, {"backup_folder": str(tmp_path)})
    assert service.backup_folder(store) == tmp_path


def test_not_a_backup_is_refused_and_nothing_changes(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    made = safety_backup(store, "close")
    assert made is not None
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(made.read_bytes()[: made.stat().st_size // 2])  # a copy cut short
    store.close()
    before = db_path.read_bytes()
    text = tmp_path / "notes.sqlite"
    text.write_text("shopping list\n")
    foreign = tmp_path / "other.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    for bad, words in (
        (text, "not an Engagement Desktop backup"),
        (foreign, "not an Engagement Desktop backup"),
        (tmp_path / "missing.sqlite", "There is no backup"),
        (damaged, "cannot be read as a backup|is damaged"),
    ):
        with pytest.raises(EngagementError, match=words):
            restore_file(bad, db_path)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if "before-restore" in p.name) == []


def test_a_backup_from_a_newer_version_is_refused(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    newer = safety_backup(store, "close")
    assert newer is not None
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(EngagementError, match="newer version"):
        verify_backup(newer)
    with pytest.raises(EngagementError, match="newer version"):
        restore_file(newer, db_path)
    assert db_path.read_bytes() == before


def test_a_backup_altered_outside_the_program_is_refused_and_check_says_why(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    """A "backup" with a trigger that blanks everyone's contact details whenever an
    audit entry is written was restored, `check` called it Healthy, and the next change
    wiped them. A dropped table or column went in too, and broke later commands."""
    from engagement_desktop.store.health import check_file

    made = safety_backup(store, "close")
    assert made is not None
    store.close()
    before = db_path.read_bytes()
    altered = {
        "trigger": "CREATE TRIGGER wipe AFTER INSERT ON audit_entries "
        "BEGIN UPDATE people SET email = NULL; END",
        "view": "CREATE VIEW everyone AS SELECT * FROM people",
        "table": "DROP TABLE ballot_votes",
        "column": "ALTER TABLE people DROP COLUMN notes",
    }
    for kind, sql in altered.items():
        bad = tmp_path / f"{kind}.sqlite"
        bad.write_bytes(made.read_bytes())
        connection = sqlite3.connect(bad)
        connection.execute(sql)
        connection.commit()
        connection.close()
        with pytest.raises(EngagementError, match="altered outside this program"):
            restore_file(bad, db_path)
        report = check_file(bad)
        assert not report.healthy and report.shape, kind
    assert db_path.read_bytes() == before
    assert check_file(made).healthy  # the program's own backup is as it makes it


def test_restore_is_refused_while_another_connection_has_the_database_open(
    store: Store, db_path: Path
) -> None:
    made = safety_backup(store, "close")
    assert made is not None
    before = landlord(db_path)
    with pytest.raises(EngagementError, match="open in another window or program"):
        restore_file(made, db_path)
    assert landlord(db_path) == before
    assert not any("before-restore" in p.name for p in db_path.parent.iterdir())


def test_restore_onto_a_read_only_drive_says_so_and_changes_nothing(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's answer for a database on a locked stick or a read-only share (tests
    run as root, where no file mode stops a write; the CLI tests make real read-only
    files): read-only, and how to fix it, never "open in another program"."""
    made = safety_backup(store, "close")
    assert made is not None
    store.close()
    before = db_path.read_bytes()
    monkeypatch.setattr(
        restore, "why_not_writable", lambda path: ("it is on a read-only drive or share", False)
    )
    with pytest.raises(EngagementError) as caught:
        restore_file(made, db_path)
    assert str(caught.value).startswith(
        f"{db_path} is read-only (it is on a read-only drive or share), so the backup cannot "
        "be put in its place: make the file and its folder writable"
    )
    assert db_path.read_bytes() == before
    assert not any("before-restore" in p.name for p in db_path.parent.iterdir())


def test_two_programs_backing_up_in_the_same_second_keep_two_backups(
    store: Store, db_path: Path, isolated_data_dir: Path
) -> None:
    """Two officers' catch-ups started together: each gets its own checked backup (they
    had tried to write one file: 'database is locked' for one, 'readonly' for the other)."""
    import threading

    other = open_store(db_path)
    same_second = datetime(2026, 12, 7, 13, 59, 26)
    made: list[Path | None] = []
    failed: list[BaseException] = []
    start = threading.Barrier(2)

    def back_up(which: Store) -> None:
        start.wait()
        try:
            made.append(safety_backup(which, "points catch-up", now=same_second))
        except BaseException as exc:
            failed.append(exc)

    threads = [threading.Thread(target=back_up, args=(s,)) for s in (store, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert failed == []
    names = sorted(p.name for p in made if p is not None)
    assert names == [  # each wrote its own file: neither was stopped by the other
        "test-20261207-135926-points-catch-up-2.sqlite",
        "test-20261207-135926-points-catch-up.sqlite",
    ]
    # Rotation keeps both (one program deleting the other's while it was still checking it
    # stopped that program's import); both are whole and checked.
    left = list_backups(isolated_data_dir / "backups")
    assert len(left) == 2 and all(verify_backup(backup.path) for backup in left)
    assert not list((isolated_data_dir / "backups").glob("*.partial"))


def test_a_backup_that_holds_nobody_is_refused_over_a_register_unless_confirmed(
    store: Store, db_path: Path, isolated_data_dir: Path
) -> None:
    """The backup taken on day one, before the import, replaced the whole register
    without a word; now it is refused, saying both counts, and nothing is touched."""
    from engagement_desktop.services.people import people
    from engagement_desktop.store.restore import WouldEmpty, people_counts
    from tests.consent import GIVEN

    day_one = safety_backup(store, "close")
    assert day_one is not None
    for first in ("Ada", "Bea"):
        people.add_person(store, {"first_name": first, "last_name": "Okafor"}, hold_data=GIVEN)
    store.close()
    before = db_path.read_bytes()
    said = "This backup holds 0 people; the database now holds 2 people."
    counts = people_counts(day_one, db_path)  # what the window's question says
    assert counts is not None and counts.sentence == f"{said} Restoring it replaces them all."

    with pytest.raises(WouldEmpty) as refused:
        restore_file(day_one, db_path)

    assert str(refused.value) == f"{said} Restoring it replaces them all. Nothing was changed."
    assert db_path.read_bytes() == before
    assert not any("before-restore" in p.name for p in db_path.parent.iterdir())
    result = restore_file(day_one, db_path, confirmed=True)
    assert result.kept_copy is not None
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM people").fetchone() == (0,)


def test_a_backup_that_holds_people_restores_without_asking_and_says_its_count(
    store: Store, db_path: Path, isolated_data_dir: Path
) -> None:
    from engagement_desktop.services.people import people
    from engagement_desktop.store.restore import people_counts
    from tests.consent import GIVEN

    people.add_person(store, {"first_name": "Ada", "last_name": "Okafor"}, hold_data=GIVEN)
    made = safety_backup(store, "close")
    assert made is not None
    people.add_person(store, {"first_name": "Bea", "last_name": "Okafor"}, hold_data=GIVEN)
    store.close()
    counts = people_counts(made, db_path)
    assert counts is not None and not counts.empties
    assert counts.sentence == "This backup holds 1 person; the database now holds 2 people."
    restore_file(made, db_path)  # fewer people, but not none: the officer's own choice


def test_a_backup_with_an_edited_version_stamp_is_refused_before_anything_changes(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    """A backup of today's tables stamped as an older version passed the checks, was put
    in place, and the program then stopped on every start with "Something unexpected
    went wrong": its migrations met tables they did not expect."""
    made = safety_backup(store, "close")
    assert made is not None
    store.close()
    edited = tmp_path / "edited.sqlite"
    edited.write_bytes(made.read_bytes())
    connection = sqlite3.connect(edited)
    connection.execute("UPDATE alembic_version SET version_num = '0015'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(EngagementError) as refused:
        restore_file(edited, db_path)
    assert str(refused.value) == (
        f"{edited} cannot be brought up to this version of Engagement Desktop (its tables "
        "do not match its version, 0015); it has been altered outside this program: choose "
        "another backup; nothing was changed."
    )
    assert db_path.read_bytes() == before
    left = sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))
    assert left == [db_path.name]  # no half-made copy, no kept copy of an unchanged file
    assert not list(db_path.parent.glob("*before-restore*"))
    reopened = open_store(db_path)  # and the program opens it as before
    reopened.close()


def test_a_backup_from_an_older_version_is_brought_up_to_date_as_it_is_restored(
    db_path: Path, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from engagement_desktop.store import migrate
    from engagement_desktop.store.schema_version import SCHEMA_HEAD
    from tests.backends import older_database

    older = older_database(tmp_path / "older.sqlite", "Łukasz's estate")
    open_store(db_path).close()
    result = restore_file(older, db_path)
    assert result.schema_version == "0015"  # what the backup was
    assert sqlite3.connect(older).execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0015",
    )  # the backup itself is never changed
    store = open_store(db_path)
    try:
        assert store.upgraded_from is None  # already brought up to date by the restore
        with store.engine.connect() as connection:
            assert migrate.schema_state(connection).current == SCHEMA_HEAD
            names = connection.execute(text("SELECT name FROM topics")).scalars().all()
            assert "Łukasz's estate" in names
    finally:
        store.close()
    assert not list(db_path.parent.glob("*.restoring*"))
