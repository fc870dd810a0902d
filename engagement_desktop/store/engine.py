"""Opening a database safely: checks before touching it, pragmas, migrations.

A file that is not ours, is damaged or comes from a newer program is refused
*before* anything writes to it (a read-only connection looks first), so the
user's file is left exactly as it was, with nothing created beside it. A file
that cannot be written (a copy on a CD, a locked-down share, a full disk) opens
read-only for the commands and the window that only read.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from engagement_desktop import paths
from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.paths import resolve_target
from engagement_desktop.store import (
    cipher,
    collation,
    migrate,
    network_drive,
    replaced,
    roles,
    verified,
    versions,
)
from engagement_desktop.store.schema_version import SCHEMA_HEAD
from engagement_desktop.store.server import create_server_engine, server_refusal
from engagement_desktop.store.sqlite_file import (
    VIEWER_QUERY,
    FileLook,
    inspect_before_opening,
    read_header,
    read_only_query,
    uri_path,
)


def default_actor() -> str:
    """The officer's name for audit entries: ENGAGEMENT_USER or the login name."""
    name = os.environ.get("ENGAGEMENT_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


@dataclass
class Store:
    """An open database: the engine, sessions, and who is working on it."""

    engine: Engine
    url: URL
    path: Path | None
    actor: str = field(default_factory=default_actor)
    upgraded_from: str | None = None
    backup_before_upgrade: Path | None = None
    #: Opened for reading only (read-only file or folder, full disk): the window says so.
    read_only: bool = False
    read_only_reason: str | None = None
    #: Read-only because the person may only look (a viewer, or a reading-only login).
    look_only: bool = False
    #: Where the file lives when that is a network drive (rollback journal, not WAL).
    network_drive: str | None = None
    #: The file passed quick_check when opened: a clean close may say so for next time.
    verified: bool = False
    #: The passphrase of an encrypted file (kept in memory only: backups use it too).
    passphrase: str | None = field(default=None, repr=False)
    #: Commits since opening (with the newest audit entry: are a reader's kept figures true?)
    commits: int = field(default=0, init=False, compare=False)
    _counting: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # A read keeps one snapshot from its first statement (SQLite's deferred BEGIN; on
        # PostgreSQL repeatable read), so a report adds up. A write takes the write lock
        # as it begins (BEGIN IMMEDIATE), so what it reads cannot change under it before
        # it writes: two processes doing the same thing end as if one ran after the other.
        reads, writes = (self.engine.execution_options(begin=b) for b in (READ_BEGIN, WRITE_BEGIN))
        self._sessions = sessionmaker(reads, expire_on_commit=False)
        self._writes = sessionmaker(writes, expire_on_commit=False)

    def session(self) -> Session:
        """A session for reading; writing goes through :meth:`transaction`."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One all-or-nothing unit of work: commit on success, roll back on error.

        It holds the write lock from its first statement (SQLite ``BEGIN IMMEDIATE``; on
        PostgreSQL an advisory lock, :data:`server.WRITE_LOCK_KEY`), waiting up to the busy
        timeout for another writer to finish, so every decision
        made from what it reads is still true when it writes. Inside ``versions.expecting``
        it first checks the record a dialog is saving is still at the version the dialog
        opened (:class:`versions.EditConflict` if not). A database opened read-only
        refuses at once, in a sentence, before anything is tried."""
        if self.read_only and self.look_only:
            raise DatabaseRefused(roles.look_only_refusal(self.read_only_reason or "a viewer"))
        if self.read_only:
            raise DatabaseRefused(
                f"{self.label} is read-only ({self.read_only_reason or 'opened for reading'}): "
                "nothing was changed."
            )
        with self._writes() as session, session.begin():
            # A save from a dialog (versions.expecting) checks the record is as the
            # officer saw it, under the write lock, before anything is written.
            expected = versions.check(session)
            yield session
            if expected is not None:
                versions.step(session, expected)
        with self._counting:  # committed (an exception skips this)
            self.commits += 1

    @property
    def label(self) -> str:
        """How the database is named to the user (status bar, messages)."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @property
    def network_note(self) -> str | None:
        """The status bar's warning for a file on a network drive, else None."""
        return network_drive.network_note(self.network_drive) if self.network_drive else None

    @property
    def files_dir(self) -> Path:
        """Folder beside the database for files it refers to (certificates ...)."""
        if self.path is None:
            return paths.data_dir() / "files"
        return self.path.with_name(self.path.stem + "_files")

    def close(self) -> None:
        self.engine.dispose()
        if self.verified and self.path is not None and not self.read_only:
            verified.remember_good(self.path)


def on_sqlite(session: Session) -> bool:
    """True on a SQLite file (every laptop): the bulk paths may then use SQLite's JSON
    functions and its driver directly. Another database takes the portable way."""
    return session.get_bind().dialect.name == "sqlite"


def _is_url(target: str) -> bool:
    return "://" in target


def open_store(
    target: str | os.PathLike[str] | None = None,
    *,
    actor: str | None = None,
    verify: bool = True,
    create: bool = True,
    read_only_ok: bool = False,
    passphrase: str | None = None,
    viewer: str | None = None,
) -> Store:
    """Open (creating or upgrading as needed) the database named by ``target``.

    ``verify`` runs SQLite's quick_check first, unless the file is exactly as this
    program left it after a check and a clean close (:mod:`store.verified`); ``check``
    turns it off because it runs the full check itself. Without ``create`` a missing or
    empty file is refused rather than started (read commands never initialise a file). A file that
    cannot be written (read-only file or folder, full disk) opens read-only when
    ``read_only_ok`` (``store.read_only``), and is refused otherwise. A file protected by
    a passphrase (:mod:`store.cipher`) opens with ``passphrase``; without one, or with a
    wrong one, it is refused in a sentence (:class:`cipher.PassphraseNeeded`). For a
    ``viewer`` (the reason; by default from ``ENGAGEMENT_ROLE``), or a PostgreSQL login
    that may not write, the store is read-only and every write is refused
    (:mod:`store.roles`). A file on a network drive uses SQLite's rollback journal
    (:mod:`store.network_drive`).
    """
    viewer = viewer or roles.viewer_from_environment()
    text = resolve_target(target)
    if _is_url(text):
        url = make_url(text)
        path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    else:
        path = Path(text).expanduser().absolute()
        url = URL.create("sqlite+pysqlite", database=str(path))
    if path is not None and str(path) != ":memory:":
        look = inspect_before_opening(path, verify=verify, passphrase=passphrase)
        if not look.encrypted:
            passphrase = None
        if look.empty and not create:
            raise DatabaseRefused(
                f"There is no database at {path}; nothing was done."
                if not path.exists()
                else f"{path} is empty: it holds no database yet; nothing was done."
            )
        network = network_drive.detect(path)
        if look.cannot_write is not None or viewer:
            store = _open_read_only(
                look,
                actor,
                allowed=read_only_ok or bool(viewer),
                passphrase=passphrase,
                viewer=viewer,
            )
            store.network_drive = network
            return store
    else:
        passphrase = network = None
    engine = create_store_engine(url, passphrase, rollback_journal=network is not None)
    store = Store(
        engine=engine, url=url, path=path, actor=actor or default_actor(), passphrase=passphrase
    )
    store.network_drive = network
    store.verified = verify and path is not None and str(path) != ":memory:"
    try:
        if path is None:  # a server: a viewer, or a login it lets only read
            viewer = viewer or roles.server_read_only_reason(engine, store.label)
            if viewer is not None:
                store.read_only, store.look_only, store.read_only_reason = True, True, viewer
        _bring_schema_up_to_date(store)
        if not store.read_only:
            collation.keep_name_keys_current(engine)
    except BaseException:  # Ctrl+C too: a file started here may then be taken back
        engine.dispose()
        raise
    return store


def _open_read_only(
    look: FileLook,
    actor: str | None,
    *,
    allowed: bool,
    passphrase: str | None,
    viewer: str | None = None,
) -> Store:
    """A database that cannot be written (SQLite's read-only mode, ``immutable`` where its
    write-ahead files cannot be made) or that a viewer may only look at (VIEWER_QUERY), or a
    one-sentence refusal; nothing is written or left beside the file either way."""
    path, reason = look.path, look.cannot_write or viewer
    if not look.holds_database and look.cannot_write is None:
        raise DatabaseRefused(f"There is no database at {path} for {reason} to look at.")
    if not look.holds_database:
        raise DatabaseRefused(
            f"Cannot start a database at {path}: {reason}; choose another folder."
        )
    if not allowed:
        if look.disk_full:
            raise DatabaseRefused(
                f"The disk holding {path} is full: free some space and try again; "
                "nothing was changed."
            )
        raise DatabaseRefused(f"{path} is read-only ({reason}): nothing was changed.")
    if look.revision is None:
        raise DatabaseRefused(f"{path} is empty: it holds no database yet; nothing was done.")
    if look.revision != SCHEMA_HEAD:
        why = reason if look.cannot_write else f"it is opened for {reason}"
        raise DatabaseRefused(
            f"{path} was made by an older version of Engagement Desktop and must be brought "
            f"up to date before use, but {why}: copy it to a folder you can write to and "
            "open the copy; nothing was changed."
        )
    query = read_only_query(path, read_header(path)) if look.cannot_write else VIEWER_QUERY
    url = URL.create("sqlite+pysqlite", database=uri_path(path), query=query | {"uri": "true"})
    return Store(
        engine=create_store_engine(url, passphrase, looks=True),
        url=url,
        path=path,
        actor=actor or default_actor(),
        read_only=True,
        read_only_reason=reason,
        look_only=look.cannot_write is None,
        passphrase=passphrase,
    )


#: How long a write waits for another program's write to finish before giving up.
BUSY_TIMEOUT_S = 30
#: The execution option that makes a transaction take the write lock as it begins.
WRITE_BEGIN = "IMMEDIATE"
#: The execution option of a reading session: one snapshot from its first statement.
READ_BEGIN = "DEFERRED"


def create_store_engine(
    url: URL, passphrase: str | None = None, *, rollback_journal: bool = False, looks: bool = False
) -> Engine:
    # hide_parameters: an error's text never carries the values it was writing (names,
    # emails), so neither the log nor a message box can leak them.
    if url.get_backend_name() == "postgresql":
        return create_server_engine(url, BUSY_TIMEOUT_S, WRITE_BEGIN, READ_BEGIN)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, hide_parameters=True)
    options: dict[str, object] = {}
    if passphrase is not None:
        cipher.driver()  # installed (or one sentence), and quiet
        # SQLAlchemy's SQLCipher dialect keys each new connection (PRAGMA key) before the
        # pragmas below; the pool is the file pool the plain driver would have used.
        url = url.set(drivername="sqlite+pysqlcipher", password=passphrase)
        options["poolclass"] = QueuePool
    if options.get("poolclass") is QueuePool or url.database not in (None, "", ":memory:"):
        # A file's pool hands back the connection used last: its page cache is warm,
        # where the one used longest ago re-reads what another connection changed.
        options["pool_use_lifo"] = True  # (an in-memory database has no such pool)
    engine = create_engine(
        url, hide_parameters=True, connect_args={"timeout": BUSY_TIMEOUT_S}, **options
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # The driver's implicit BEGIN is off; SQLAlchemy's "begin" below starts each one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        if looks or url.query.get("mode") == "ro":  # keeps its journal, and SQLite refuses changes
            cursor.execute("PRAGMA query_only=ON")
        else:
            # On a network drive WAL's shared memory is not shared between computers:
            # the rollback journal locks through the file system (a WAL file is
            # checkpointed and switched back here, once no one else has it open).
            try:
                cursor.execute(f"PRAGMA journal_mode={'DELETE' if rollback_journal else 'WAL'}")
            except sqlite3.OperationalError as exc:
                if not rollback_journal:
                    raise
                raise DatabaseRefused(network_drive.STILL_IN_WAL.format(path=url.database)) from exc
        cursor.execute("PRAGMA synchronous=FULL")
        # Up to 64 MB of pages per connection (SQLite's default is 2 MB, taken as used):
        # an import's random keys and UUIDs scatter index writes a 2 MB cache re-reads.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    if url.database not in (None, "", ":memory:") and "uri" not in url.query:  # a writable file
        replaced.watch(engine, url.database)  # after _begin: it checks once locked
    return engine


def _first_look(store: Store) -> migrate.SchemaState:
    """The schema's state, read once; a server that cannot be reached or refuses us is
    one sentence (the URL named without its password)."""
    from sqlalchemy.exc import OperationalError

    try:
        with store.engine.connect() as connection:
            return migrate.schema_state(connection)
    except OperationalError as exc:
        if store.path is not None:
            raise
        raise DatabaseRefused(server_refusal(store.label, exc)) from exc


def _bring_schema_up_to_date(store: Store) -> None:
    state = _first_look(store)
    if not state.known:
        raise DatabaseRefused(
            f"{store.label} was made by a newer version of Engagement Desktop "
            f"(schema {state.current}); install the newer version to open it."
        )
    if state.up_to_date:
        return
    if store.read_only:
        raise DatabaseRefused(
            f"{store.label} must be brought up to date for this version of the program, "
            f"but it is opened read-only for {store.read_only_reason}: ask an officer (or "
            "IT, with the owner's login) to open it once; nothing was changed."
        )
    if not state.empty and (store.path is None or str(store.path) != ":memory:"):
        from engagement_desktop.store.backup import backup_database

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        if store.path is not None:
            target = store.path.with_name(
                f"{store.path.stem}.before-upgrade-{state.current}-{stamp}{store.path.suffix}"
            )
        else:  # a server's database: a SQLite copy in the data folder's backups
            folder = paths.data_dir() / "backups"
            folder.mkdir(parents=True, exist_ok=True)
            name = store.url.database or "server"
            target = folder / f"{name}.before-upgrade-{state.current}-{stamp}.sqlite"
        backup_database(store, target)
        store.backup_before_upgrade = target
    store.upgraded_from = state.current
    migrate.upgrade(store.engine)
