"""Opening databases: migrations, refusals that leave files untouched, backups, checks."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from engagement_desktop.errors import DatabaseRefused, EngagementError
from engagement_desktop.services.people import people
from engagement_desktop.store import migrate, schema_version
from engagement_desktop.store.backup import BackupCancelled, backup_database
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.health import check_database, check_file, describe_database
from engagement_desktop.store.models import Base
from engagement_desktop.store.sqlite_file import read_only_query
from tests.consent import GIVEN


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_a_file_pool_gives_back_the_connection_used_last_and_memory_still_opens(
    store: Store,
) -> None:
    assert store.engine.pool._pool.use_lifo  # type: ignore[attr-defined]  # its cache is warm
    scratch = open_store("sqlite:///:memory:")  # no file pool, so no such choice
    try:
        people.add_person(
            scratch, {"first_name": "Zoë", "last_name": "Ní Bhriain"}, hold_data=GIVEN
        )
        assert scratch.commits == 1
    finally:
        scratch.close()


@pytest.mark.sqlite_only
def test_new_database_is_created_at_latest_schema_with_pragmas(store: Store) -> None:
    with store.engine.connect() as connection:
        assert migrate.schema_state(connection).up_to_date
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        names = connection.execute(text("SELECT name FROM event_types")).scalars().all()
    assert "Pop-up meeting" in names


def test_migrations_match_the_models(store: Store) -> None:
    """Fails when a model changes without a migration."""
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # PostgreSQL's trigram indexes for the People search (migration 0009) are the
    # server's alone; the models describe what every database has.
    differences = [
        d for d in differences if not (d[0] == "remove_index" and d[1].name.endswith("_trgm"))
    ]
    assert differences == []


def test_older_database_is_backed_up_then_upgraded(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO topics (name, uuid, archived) VALUES ('Old topic', 'u1', 0)")
        )
    engine.dispose()
    store = open_store(db_path)
    try:
        assert store.upgraded_from == "0001"
        assert store.backup_before_upgrade is not None and store.backup_before_upgrade.exists()
        old = sqlite3.connect(store.backup_before_upgrade)
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT name FROM topics").fetchall() == [("Old topic",)]
        old.close()
        with store.engine.connect() as connection:
            assert migrate.schema_state(connection).current == schema_version.head_revision()
            assert connection.execute(text("SELECT count(*) FROM topics")).scalar() > 1
    finally:
        store.close()


def test_database_from_newer_program_is_refused_untouched(db_path: Path) -> None:
    open_store(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    before = digest(db_path)
    with pytest.raises(DatabaseRefused, match="newer version"):
        open_store(db_path)
    assert digest(db_path) == before


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Tenants' meeting notes\n")
    with pytest.raises(DatabaseRefused, match="not a SQLite file"):
        open_store(notes)
    assert notes.read_text() == "Tenants' meeting notes\n"


def test_other_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    before = digest(other)
    with pytest.raises(DatabaseRefused, match="another program"):
        open_store(other)
    assert digest(other) == before


def test_missing_folder_and_folder_as_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseRefused, match="does not exist"):
        open_store(tmp_path / "nowhere" / "x.sqlite")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(DatabaseRefused, match="is a folder"):
        open_store(tmp_path)


def test_damaged_database_is_refused(db_path: Path) -> None:
    store = open_store(db_path)
    people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    store.close()
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseRefused):
        open_store(db_path)


def test_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from_env.sqlite"
    monkeypatch.setenv("ENGAGEMENT_DB", str(target))
    store = open_store(None)
    assert store.path == target and target.exists()
    store.close()


def test_default_database_lives_in_the_data_folder(isolated_data_dir: Path) -> None:
    store = open_store(None)
    assert store.path == isolated_data_dir / "engagement.sqlite"
    store.close()


def test_backup_is_consistent_and_checked(store: Store, tmp_path: Path) -> None:
    people.add_person(store, {"first_name": "Chloé", "last_name": "Martin"}, hold_data=GIVEN)
    result = backup_database(store, tmp_path / "copy.sqlite")
    assert result.integrity == "ok"
    copy = open_store(result.path)
    assert check_database(copy).healthy
    assert check_database(copy).counts["people"] == 1
    copy.close()
    with pytest.raises(EngagementError, match="already exists"):
        backup_database(store, result.path)
    if store.path is not None:  # a file's backup may not be the file itself
        with pytest.raises(EngagementError, match="cannot overwrite the database"):
            backup_database(store, store.path, overwrite=True)


def test_cancelled_backup_leaves_no_file(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "cancelled.sqlite"
    with pytest.raises(BackupCancelled):
        backup_database(store, target, progress=lambda done, total: False)
    assert not target.exists()
    assert not list(tmp_path.glob("cancelled*"))


def test_check_reports_figures(store: Store) -> None:
    people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    report = check_database(store)
    assert report.healthy
    assert report.counts["people"] == 1
    assert report.as_dict()["schema_version"] == schema_version.head_revision()


def test_about_names_the_database_and_says_when_its_schema_is_behind(db_path: Path) -> None:
    """What Help > About shows: the file, and "0001 (latest is …)" for an older schema."""
    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, "0001")
    try:
        shown = describe_database(Store(engine, engine.url, db_path))
    finally:
        engine.dispose()
    assert shown.label == str(db_path)
    assert shown.schema_text == f"0001 (latest is {schema_version.head_revision()})"


def test_schema_head_constant_matches_the_migrations() -> None:
    """Fails when a migration is added without updating SCHEMA_HEAD."""
    assert schema_version.head_revision() == schema_version.SCHEMA_HEAD


def test_survey_answers_move_onto_their_responses_on_upgrade(db_path: Path) -> None:
    """0005 keeps each return's answers on the response; results are as before."""
    from engagement_desktop.services.surveys.answers import answers_by_response
    from engagement_desktop.services.surveys.results import tsm_results

    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, "0004")
    answers = [  # response, question, value as typed, code the old import stored
        (1, 1, "Fairly satisifed", "fairly_satisfied"),
        (1, 2, "Zoë's repairs were slow", None),
        (2, 1, "Very dissatisfied", "very_dissatisfied"),
        (3, 1, "Don’t know", "dont_know"),
    ]
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO surveys (id, uuid, name) VALUES (1, 's', 'TSM')"))
        connection.execute(
            text(
                "INSERT INTO survey_questions (id, survey_id, position, code, text, kind) VALUES"
                " (1, 1, 1, 'TP01', 'Overall', 'choice'), (2, 1, 2, NULL, 'Anything else?', 'text')"
            )
        )
        for n in (1, 2, 3):
            connection.execute(
                text(
                    "INSERT INTO survey_responses (id, uuid, survey_id, source_key)"
                    f" VALUES ({n}, 'r{n}', 1, 'k{n}')"
                )
            )
        connection.execute(
            text(
                "INSERT INTO survey_answers (response_id, question_id, value, normalised)"
                " VALUES (:r, :q, :v, :c)"
            ),
            [{"r": r, "q": q, "v": v, "c": c} for r, q, v, c in answers],
        )
    engine.dispose()
    store = open_store(db_path)
    try:
        assert store.upgraded_from == "0004"
        with store.session() as session:
            assert dict(answers_by_response(session, [1, 2, 3])) == {
                1: {1: "Fairly satisifed", 2: "Zoë's repairs were slow"},
                2: {1: "Very dissatisfied"},
                3: {1: "Don’t know"},
            }
            overall = tsm_results(session, "TSM").measures["TP01"]
            assert (overall.satisfied, overall.base) == (1, 2)  # "don't know" is left out
        with store.engine.connect() as connection:
            tables = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
            assert "survey_answers" not in tables
    finally:
        store.close()


def test_survey_answers_survive_a_downgrade_and_upgrade_again(tmp_path: Path) -> None:
    """A rollback to 0004 (by hand, with Alembic) gives the answer rows back, codes and
    all, and upgrading again restores what the program reads."""
    import gzip

    from alembic import command

    from engagement_desktop.services.surveys.answers import answers_by_response

    db = tmp_path / "old.sqlite"
    fixture = Path(__file__).parent / "fixtures" / "schema-0004-tsm-import.sqlite.gz"
    db.write_bytes(gzip.decompress(fixture.read_bytes()))
    answer_rows = "SELECT response_id, question_id, value, normalised FROM survey_answers"
    with sqlite3.connect(db) as original:
        stored_at_0004 = sorted(original.execute(answer_rows))
    original.close()
    store = open_store(db)  # upgraded to the head, foreign keys on
    try:
        with store.session() as session:
            before = dict(answers_by_response(session, range(1, 7)))
        config = schema_version.alembic_config()
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
        with store.engine.connect() as connection:
            # Every answer comes back with the code the 0004 import gave it
            # ("Fairly satisifed" -> fairly_satisfied, free text -> none).
            assert sorted(tuple(r) for r in connection.execute(text(answer_rows))) == (
                stored_at_0004
            )
        migrate.upgrade(store.engine)
        with store.session() as session:
            assert dict(answers_by_response(session, range(1, 7))) == before
    finally:
        store.close()


def test_looking_at_a_database_in_use_sees_what_its_writer_committed(db_path: Path) -> None:
    """While the window has the database open its changes sit in the -wal file: a check
    from another process reads them through SQLite's read-only mode, not the bare file."""
    store = open_store(db_path)
    try:
        people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 0
        assert read_only_query(db_path, db_path.read_bytes()[:100]) == {"mode": "ro"}
        assert check_file(db_path).counts["people"] == 1
    finally:
        store.close()
    assert not wal.exists()
    assert read_only_query(db_path, db_path.read_bytes()[:100]) == {
        "mode": "ro",
        "immutable": "1",
    }
    assert check_file(db_path).counts["people"] == 1
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_read_only_opening_refuses_to_start_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "mistyped.sqlite"
    with pytest.raises(DatabaseRefused, match="There is no database at"):
        open_store(missing, create=False, read_only_ok=True)
    assert list(tmp_path.iterdir()) == []


def test_a_write_to_a_read_only_database_is_refused_in_a_sentence(db_path: Path) -> None:
    from engagement_desktop.services.people.people import add_person
    from engagement_desktop.store.engine import open_store

    open_store(db_path).close()
    before = db_path.read_bytes()
    store = open_store(db_path)
    store.read_only, store.read_only_reason = True, "its folder is read-only"
    try:
        refused = r"read-only \(its folder is read-only\): nothing was changed"
        with pytest.raises(DatabaseRefused, match=refused):
            add_person(store, {"first_name": "Zoë", "last_name": "Ní Bhriain"}, hold_data=GIVEN)
    finally:
        store.close()
    assert db_path.read_bytes() == before


def test_survey_publication_columns_upgrade_and_downgrade(db_path: Path) -> None:
    """0007 adds what is published with TSM results; existing surveys keep their questions
    both ways, and a downgrade takes the columns away again."""
    from alembic import command

    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO surveys (id, uuid, name) VALUES (1, 's', 'TSM')"))
        connection.execute(
            text(
                "INSERT INTO survey_questions (id, survey_id, position, code, text, kind)"
                " VALUES (1, 1, 1, 'TP01', 'Overall', 'choice')"
            )
        )
    engine.dispose()
    store = open_store(db_path)
    try:
        assert store.upgraded_from == "0006"
        from engagement_desktop.services.surveys.publication import (
            survey_facts,
            update_survey_facts,
        )

        with store.session() as session:
            assert survey_facts(session, "TSM").homes_lcra is None
        update_survey_facts(store, "TSM", {"homes_lcra": 2037, "carried_out_by": "In-house"})
        config = schema_version.alembic_config()
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
        with store.engine.connect() as connection:
            columns = {r[1] for r in connection.execute(text("PRAGMA table_info(surveys)"))}
            questions = connection.execute(text("SELECT count(*) FROM survey_questions")).scalar()
        assert "homes_lcra" not in columns and "carried_out_by" not in columns
        assert questions == 1
        migrate.upgrade(store.engine)
        with store.session() as session:
            facts = survey_facts(session, "TSM")
        assert (facts.homes_lcra, facts.carried_out_by) == (None, None)
    finally:
        store.close()


def _counting_quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from engagement_desktop.store import sqlite_file

    checked: list[Path] = []
    real = sqlite_file.quick_check

    def counted(connection: sqlite3.Connection, path: Path) -> None:
        checked.append(path)
        real(connection, path)

    monkeypatch.setattr(sqlite_file, "quick_check", counted)
    return checked


def test_an_unchanged_database_is_not_read_through_again(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up skips quick_check on the very file this program checked and closed."""
    checked = _counting_quick_checks(monkeypatch)
    store = open_store(db_path)
    people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    store.close()
    open_store(db_path).close()
    assert checked == []  # a new file, then the same file as it was left
    connection = sqlite3.connect(db_path)  # another program writes to it
    connection.execute("UPDATE people SET first_name = 'Anne'")
    connection.commit()
    connection.close()
    open_store(db_path).close()
    assert checked == [db_path]
    open_store(db_path).close()
    assert checked == [db_path]


def test_a_database_damaged_after_a_clean_close_is_still_refused(db_path: Path) -> None:
    store = open_store(db_path)
    people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    store.close()
    open_store(db_path).close()  # checked and remembered
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the same size, straight after
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseRefused, match="damaged"):
        open_store(db_path)


def test_work_left_beside_the_file_means_a_full_check(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash leaves a -wal or -journal: the file is not as it was left."""
    open_store(db_path).close()
    checked = _counting_quick_checks(monkeypatch)
    db_path.with_name(db_path.name + "-journal").write_bytes(b"x" * 512)
    with contextlib.suppress(DatabaseRefused):  # SQLite may refuse a journal it cannot use
        open_store(db_path).close()
    assert checked == [db_path]


def test_identities_made_in_bulk_are_like_one_made_alone() -> None:
    """A bulk insert's identities read back as version-4 UUIDs, written the same way as
    ``new_uuid``'s, and never repeat."""
    import uuid as uuid_module

    from engagement_desktop.store.base import new_uuid, new_uuids

    made = new_uuids(5_000)
    assert len(made) == 5_000 and len(set(made)) == 5_000
    for identity in made:
        parsed = uuid_module.UUID(identity)
        assert (str(parsed), parsed.version, parsed.variant) == (
            identity,
            4,
            uuid_module.RFC_4122,
        )
    assert len(made[0]) == len(new_uuid()) and new_uuids(0) == []
