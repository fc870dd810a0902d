"""Which database the tests run on: a SQLite file each (the default) or PostgreSQL.

``ENGAGEMENT_TEST_DB`` (or ``pytest --pg-url``) names a PostgreSQL server by an
administrator's URL, e.g. ``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``.
Then every test that takes the ``store``, ``db_target`` or ``new_db_target`` fixture
works on a database of its own on that server: the schema is migrated once into a
template database per test session, and each test's database is a copy of it
(``CREATE DATABASE ... TEMPLATE``, a file copy: a few tens of milliseconds), dropped
afterwards. Tests about the SQLite file itself are marked ``sqlite_only`` (or take the
``db_path`` fixture, which names a file) and are skipped there with a reason.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

ENV = "ENGAGEMENT_TEST_DB"
SQLITE_ONLY_REASON = "about the SQLite file itself: not run on PostgreSQL"


def server_url(option: str | None) -> URL | None:
    """The administrator's URL of the PostgreSQL server to test on, if any."""
    named = option or os.environ.get(ENV, "")
    if not named or named.startswith("sqlite"):
        return None
    url = make_url(named)
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"{ENV} must be a postgresql+psycopg:// URL, not {named}")
    return url.set(drivername="postgresql+psycopg")


@dataclass
class PostgresDatabases:
    """Databases made for tests on one server, all dropped when the session ends."""

    admin: URL
    prefix: str = field(default_factory=lambda: f"edt{os.getpid()}")
    _numbers: itertools.count[int] = field(default_factory=itertools.count)
    _made: list[str] = field(default_factory=list)
    _template: str | None = None

    def _run(self, *statements: str) -> None:
        engine = create_engine(self.admin, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def url_of(self, name: str) -> URL:
        return self.admin.set(database=name)

    def template(self) -> str:
        """A database at the latest schema, made once per session (the copies' source)."""
        if self._template is None:
            from engagement_desktop.store.engine import open_store

            name = f"{self.prefix}_template"
            self._run(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
            self._made.append(name)
            open_store(self.url_of(name).render_as_string(hide_password=False)).close()
            self._template = name
        return self._template

    def new(self, copy_of: str | None = None) -> str:
        """A fresh database at the latest schema, or a copy of the database at the URL
        ``copy_of`` (which nothing may have open); returns its URL as --db takes it."""
        name = f"{self.prefix}_{next(self._numbers)}"
        source = make_url(copy_of).database if copy_of else self.template()
        self._run(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        self._made.append(name)
        return self.url_of(name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        if name in self._made:
            self._made.remove(name)
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_all(self) -> None:
        for name in reversed(self._made):
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._made.clear()


def is_server(target: str) -> bool:
    """True when ``target`` (what --db takes) names a database server, not a file."""
    return "://" in target and not target.startswith("sqlite")


def _engine_for(target: str):  # type: ignore[no-untyped-def]
    return create_engine(target if "://" in target else f"sqlite:///{target}")


def rows(target: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    """The rows of one query on a test database, whichever kind it is."""
    engine = _engine_for(str(target))
    try:
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def execute(target: str, *statements: str) -> None:
    """Change a test database behind the program's back (one transaction)."""
    engine = _engine_for(str(target))
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def fingerprint(target: str) -> str:
    """What a test compares to say "nothing changed": a file's bytes, or on a server
    every row of every table."""
    import hashlib
    from pathlib import Path

    if not is_server(str(target)):
        return hashlib.sha256(Path(target).read_bytes()).hexdigest()
    engine = _engine_for(str(target))
    digest = hashlib.sha256()
    try:
        with engine.connect() as connection:
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            ).scalars()
            for table in sorted(tables):
                found = connection.execute(text(f'SELECT * FROM "{table}"')).all()
                digest.update(table.encode() + repr(sorted(map(repr, found))).encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def store_target(store: object) -> str:
    """What --db takes to open the same database as an open store (a file or a URL)."""
    path = getattr(store, "path", None)
    if path is not None:
        return str(path)
    return str(store.url.render_as_string(hide_password=False))  # type: ignore[attr-defined]


class Connected:
    """A test's look into its database with sqlite3's habits (``execute(sql, params)``
    with ``?`` placeholders, ``fetchone``/``fetchall``), on a file or on a server."""

    def __init__(self, target: str) -> None:
        self._engine = _engine_for(str(target))
        self._connection = self._engine.connect()

    def execute(self, sql: str, params: tuple[object, ...] | list[object] = ()):  # type: ignore[no-untyped-def]
        parts = sql.split("?")
        named = parts[0] + "".join(f":p{n}{part}" for n, part in enumerate(parts[1:]))
        return self._connection.execute(text(named), {f"p{n}": v for n, v in enumerate(params)})

    def close(self) -> None:
        self._connection.close()
        self._engine.dispose()

    def __enter__(self) -> Connected:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def connect(target: object) -> Connected:
    return Connected(str(target))


def older_database(path: Path, topic: str, revision: str = "0015") -> Path:
    """A database file as an older version of the program left it (its schema at
    ``revision``), holding one topic called ``topic``: a backup taken before an upgrade."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        from engagement_desktop.store import migrate

        migrate.upgrade(engine, revision)
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO topics (name, uuid, archived) VALUES (:name, 'u1', 0)"),
                {"name": topic},
            )
    finally:
        engine.dispose()
    return path
