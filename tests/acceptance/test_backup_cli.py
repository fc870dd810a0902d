"""`backup --list` and `restore` as a user runs them, with the safety backup an import makes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engagement_desktop.store.backup import backup_database
from engagement_desktop.store.engine import open_store
from engagement_desktop.store.schema_version import SCHEMA_HEAD
from tests.acceptance.confined import (
    listing,
    one_line,
    remove_shared,
    run_unprivileged,
    shared_folder,
)
from tests.acceptance.test_cli import digest, run
from tests.backends import execute, is_server, rows


def people(db: Path | str) -> int:
    return int(rows(str(db), "SELECT count(*) FROM people")[0][0])


def tenants_file(folder: Path) -> Path:
    path = folder / "tenants.csv"
    lines = ["Tenancy reference,First name,Last name"]
    lines += [f"NEW{n:04d},Tenant,Number {n}" for n in range(1, 6)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_backs_up_first_and_restore_brings_the_register_back(
    tmp_path: Path, db_target: str
) -> None:
    db = db_target
    stem = Path(db).stem if not is_server(db) else db.rsplit("/", 1)[-1]
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    before = people(db)

    imported = run("--db", str(db), "import", "people", str(tenants_file(tmp_path)))
    assert imported.returncode == 0, imported.stderr
    assert people(db) == before + 5

    listed = run("--db", str(db), "backup", "--list", "--json")
    assert listed.returncode == 0, listed.stderr
    found = json.loads(listed.stdout)["backups"]
    assert [(b["database"], b["reason"], b["schema_version"]) for b in found] == [
        (stem, "people-import", SCHEMA_HEAD)
    ]
    assert found[0]["size_bytes"] > 0
    assert "people-import" in run("--db", str(db), "backup", "--list").stdout

    restored = run("--db", str(db), "restore", found[0]["file"], "--json")
    assert restored.returncode == 0, restored.stderr
    summary = json.loads(restored.stdout)
    assert people(db) == before  # the register is as it was before the import
    kept = Path(summary["kept_copy"])
    assert people(kept) == before + 5
    if not is_server(db):  # beside the file; a server's in the backup folder
        assert kept.parent == Path(db).parent
    check = run("--db", str(db), "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_bad_backups_are_one_line_exit_1_and_change_nothing(tmp_path: Path, db_target: str) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    newer = tmp_path / "newer.sqlite"
    assert run("--db", str(db), "backup", str(newer)).returncode == 0
    execute(str(newer), "UPDATE alembic_version SET version_num = '0099'")
    text = tmp_path / "letter.sqlite"
    text.write_text("Dear tenant,\n")
    before = digest(db)
    for bad, words in (
        (text, "is not an Engagement Desktop backup"),
        (newer, "newer version of Engagement Desktop"),
        (tmp_path / "gone.sqlite", "There is no backup"),
    ):
        result = run("--db", str(db), "restore", str(bad))
        assert result.returncode == 1
        assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert result.stdout == ""
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "before-restore" in p.name) == []


def test_a_backup_that_holds_nobody_is_refused_until_confirmed(
    tmp_path: Path, db_target: str
) -> None:
    """The backup taken on day one, before the register was imported, replaced every
    person without a word; now the restore says both counts and needs --confirmed."""
    db = db_target
    open_store(db).close()
    day_one = tmp_path / "day-one.sqlite"
    assert run("--db", str(db), "backup", str(day_one)).returncode == 0
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    now, before = people(db), digest(db)

    refused = run("--db", str(db), "restore", str(day_one))

    assert one_line(refused) == (
        f"engagement-desktop: This backup holds 0 people; the database now holds {now:,} "
        "people. Restoring it replaces them all. Nothing was changed: to restore it anyway, "
        "run the same command again with --confirmed."
    )
    assert refused.stdout == "" and digest(db) == before
    if not is_server(db):  # no copy of the database kept beside it either
        assert not [p for p in Path(db).parent.iterdir() if "before-restore" in p.name]
    done = run("--db", str(db), "restore", str(day_one), "--confirmed", "--json")
    assert done.returncode == 0, done.stderr
    assert people(db) == 0 and people(json.loads(done.stdout)["kept_copy"]) == now


def test_an_import_with_the_backup_folder_gone_goes_on_and_says_so(
    tmp_path: Path, db_target: str
) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    stick = tmp_path / "stick"
    chosen = json.dumps(str(stick)).replace("'", "''")
    execute(db, f"INSERT INTO settings (key, value) VALUES ('backup_folder', '{chosen}')")
    before = people(db)
    result = run("--db", str(db), "import", "people", str(tenants_file(tmp_path)), "--json")
    assert result.returncode == 0, result.stderr
    warning = result.stderr.strip().splitlines()
    assert len(warning) == 1 and "No backup was made before the people import" in warning[0]
    assert "Going on without one" in warning[0] and str(stick) in warning[0]
    assert json.loads(result.stdout)["created"] == 5 and people(db) == before + 5
    assert not stick.exists()


@pytest.mark.parametrize("where", ["read-only-file", "read-only-folder"])
def test_restore_onto_a_database_that_cannot_be_written_says_it_is_read_only(
    where: str, tmp_path: Path
) -> None:
    """Run where file modes bind (tests run as root): the sentence says read-only and how
    to fix it, not "open in another program", and nothing appears beside the file."""
    shared = shared_folder(tmp_path)
    try:
        home, folder = shared / "home", shared / "share"
        for made in (home, folder):
            made.mkdir()
            made.chmod(0o777)
        db, backup = folder / "engagement.sqlite", home / "backup.sqlite"
        store = open_store(str(db))
        try:
            backup_database(store, backup)
        finally:
            store.close()
        backup.chmod(0o444)
        if where == "read-only-file":
            db.chmod(0o444)
            reason = "the file is read-only"
        else:
            folder.chmod(0o555)
            reason = f"its folder {folder} is read-only"
        before = (db.read_bytes(), listing(folder))
        refused = run_unprivileged("--db", str(db), "restore", str(backup), home=home)
        assert one_line(refused) == (
            f"engagement-desktop: {db} is read-only ({reason}), so the backup cannot be put "
            "in its place: make the file and its folder writable, or copy the database to a "
            "folder you can write to (for example Documents) and restore there; nothing was "
            "changed."
        )
        assert (db.read_bytes(), listing(folder)) == before
    finally:
        remove_shared(shared)


def test_a_backup_from_an_older_version_restores_and_is_brought_up_to_date(
    tmp_path: Path, db_target: str
) -> None:
    """A backup taken before the program was upgraded: on a file it is brought up to date
    as it is put in place; on a server it was refused ("open the backup once ..."), and
    is now brought up to date in a copy and restored."""
    from tests.backends import older_database

    older = older_database(tmp_path / "before-the-upgrade.sqlite", "Ní Bhriain's close")
    db = db_target
    open_store(db).close()
    before = digest(older)
    done = run("--db", str(db), "restore", str(older), "--confirmed")
    assert done.returncode == 0, done.stderr
    assert f"(schema 0015, brought up to {SCHEMA_HEAD})." in done.stdout
    assert rows(str(db), "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert ("Ní Bhriain's close",) in rows(str(db), "SELECT name FROM topics")
    assert digest(older) == before  # the backup itself is never changed
    assert run("--db", str(db), "check").returncode == 0
