"""A viewer (a Board member, a panel chair) may look but not change.

The one mechanism is the read-only store: every write goes through
``Store.transaction()``, which refuses in a sentence before anything is tried. A viewer
is chosen with ``--read-only`` or ``ENGAGEMENT_ROLE=viewer``; on PostgreSQL a login the
server lets only read opens read-only by itself, and the server refuses its writes."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from engagement_desktop import cli, failures
from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Person
from engagement_desktop.store.roles import reader_grants
from tests.acceptance.test_cli import digest
from tests.backends import PostgresDatabases, is_server
from tests.consent import GIVEN

LOOK_ONLY = "You can look but not change: this copy is opened read-only for"


def count_people(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_a_viewer_reads_but_every_write_is_refused_in_a_sentence(
    store: Store, db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    people.add_person(store, {"first_name": "Ada", "last_name": "Ng"}, GIVEN)
    store.close()
    before = digest(db_target)
    monkeypatch.setenv("ENGAGEMENT_ROLE", "viewer")
    viewer = open_store(db_target)
    try:
        assert viewer.read_only and viewer.look_only
        assert count_people(viewer) == 1  # looking works
        with pytest.raises(DatabaseRefused) as refused:
            people.add_person(viewer, {"first_name": "Bo", "last_name": "Li"}, GIVEN)
        message = str(refused.value)
        assert message.startswith(LOOK_ONLY) and "a viewer" in message
        assert message.endswith("nothing was changed.")
        with (
            pytest.raises(DatabaseRefused, match="You can look but not change"),
            viewer.transaction(),
        ):
            pass
    finally:
        viewer.close()
    assert digest(db_target) == before


def test_read_only_on_the_command_line_refuses_a_change_in_one_line(
    store: Store, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    before = digest(db_target)
    assert cli.main(["--db", db_target, "--read-only", "demo", "--people", "100"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and LOOK_ONLY in err
    assert cli.main(["--db", db_target, "--read-only", "check", "--json"]) == 0  # reading is fine
    assert digest(db_target) == before


def test_an_unknown_role_is_one_sentence(db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENGAGEMENT_ROLE", "chair")
    with pytest.raises(DatabaseRefused, match=r"ENGAGEMENT_ROLE is 'chair'.*'viewer'"):
        open_store(db_target)


@pytest.mark.sqlite_only
def test_a_viewer_cannot_start_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENGAGEMENT_ROLE", "viewer")
    with pytest.raises(DatabaseRefused, match=r"There is no database at .* for a viewer"):
        open_store(tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()


def test_grant_reader_sql_refuses_a_name_that_is_not_a_plain_role() -> None:
    with pytest.raises(DatabaseRefused, match="not a plain PostgreSQL role name"):
        reader_grants("x; DROP TABLE people", "engagement")
    assert "GRANT SELECT ON ALL TABLES IN SCHEMA public TO board" in reader_grants(
        "board", "engagement"
    )


@pytest.fixture
def reader_login(
    db_target: str, pg_databases: PostgresDatabases | None
) -> Iterator[tuple[str, str]]:
    """A PostgreSQL login made for this test (and dropped after): (role, password)."""
    if pg_databases is None or not is_server(db_target):
        pytest.skip("a database role is a PostgreSQL matter (ENGAGEMENT_TEST_DB)")
    role, password = f"edt_reader_{secrets.token_hex(4)}", secrets.token_hex(12)
    admin = create_engine(pg_databases.admin, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
        yield role, password
    finally:
        database = make_url(db_target).database
        with admin.connect() as connection:
            connection.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM {role}'))
        owner = create_engine(db_target, isolation_level="AUTOCOMMIT")
        with owner.connect() as connection:  # privileges inside the test's database
            connection.execute(text(f"DROP OWNED BY {role}"))
        owner.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def test_a_reading_only_login_opens_read_only_and_the_server_refuses_its_writes(
    store: Store,
    db_target: str,
    reader_login: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    role, password = reader_login
    people.add_person(store, {"first_name": "Ada", "last_name": "Ng"}, GIVEN)
    store.close()
    assert cli.main(["--db", db_target, "access", "grant-reader", role]) == 0
    assert f"{role} may now read the register" in capsys.readouterr().out
    as_reader = make_url(db_target).set(username=role, password=password)
    before = digest(db_target)

    reader = open_store(as_reader.render_as_string(hide_password=False))
    try:
        assert reader.read_only and reader.look_only
        assert reader.read_only_reason == f"the database login {role}, which may only read"
        assert count_people(reader) == 1
        with pytest.raises(DatabaseRefused) as refused:
            people.add_person(reader, {"first_name": "Bo", "last_name": "Li"}, GIVEN)
        assert str(refused.value).startswith(LOOK_ONLY + f" the database login {role}")
        # A program that ignored all that meets the server itself.
        with pytest.raises(DBAPIError) as direct, reader.engine.begin() as connection:
            connection.execute(text("UPDATE people SET last_name = 'X'"))
        sentence = failures.explain(direct.value, reader.label)
        assert sentence is not None
        assert "does not let this login change the data" in sentence
        assert "nothing was changed" in sentence and password not in sentence
    finally:
        reader.close()
    assert digest(db_target) == before


def test_grant_reader_is_for_a_server_and_names_a_missing_login(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if not is_server(db_target):
        assert cli.main(["--db", db_target, "access", "grant-reader", "board"]) == 1
        assert "PostgreSQL matter" in capsys.readouterr().err
        return
    assert cli.main(["--db", db_target, "access", "grant-reader", "nobody_here_xyz"]) == 1
    assert "There is no PostgreSQL login called nobody_here_xyz" in capsys.readouterr().err
    assert cli.main(["--db", db_target, "access", "grant-reader", "board", "--sql"]) == 0
    assert "ALTER DEFAULT PRIVILEGES" in capsys.readouterr().out
