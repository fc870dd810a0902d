"""Saying why a database server could not be used, in words an IT person can act on."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

from engagement_desktop.errors import DatabaseRefused

#: The one sentence when the PostgreSQL driver is missing: a source install without the
#: ``postgres`` extra (the installer carries the driver).
DRIVER_MISSING = (
    "Team mode on PostgreSQL needs the PostgreSQL driver (psycopg), which is not installed "
    "with this copy of Engagement Desktop: install it with "
    'python -m pip install "engagement-desktop[postgres]" (from a source folder: '
    'python -m pip install ".[postgres]"), or use the Windows installer, which carries '
    "it; nothing was changed."
)
#: ... and when it is there but will not load (its libpq missing or damaged).
DRIVER_BROKEN = (
    "Team mode on PostgreSQL needs the PostgreSQL driver (psycopg), which is installed but "
    "could not be loaded ({reason}): reinstall it with "
    'python -m pip install --force-reinstall "psycopg[binary]", or reinstall the program '
    "from its installer; nothing was changed."
)


#: How a server name that does not resolve is told (libpq and psycopg, Linux, macOS, Windows).
_NAME_NOT_FOUND = (
    "resolve host",
    "translate host name",
    "name or service not known",
    "nodename nor servname",
    "no such host",
)


def server_refusal(label: str, exc: BaseException) -> str:
    """Why a database server could not be used, in one sentence an IT person can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "password" in text or "authentication" in text or "no pg_hba.conf entry" in text:
        why = "it refused the user name or password (see the README's Team mode section)"
    elif "does not exist" in text and "database" in text:
        why = "the server has no database of that name (ask IT to create it)"
    elif any(words in text for words in _NAME_NOT_FOUND):
        why = (
            "no server of that name was found (is the address right, and is this "
            "computer on the network?)"
        )
    elif "timeout" in text or "refused" in text or "could not" in text or "no route" in text:
        why = "the server cannot be reached (is it running, and is the address right?)"
    else:
        why = "the server would not let us connect"
    return f"Cannot open {label}: {why}; nothing was changed."


#: The advisory lock every write transaction on PostgreSQL takes as it begins: the
#: server's twin of SQLite's BEGIN IMMEDIATE (one writer at a time, so what a write
#: reads is still true when it writes; readers never wait).
WRITE_LOCK_KEY = 0x456E6761  # "Enga"
#: How a reading transaction begins: one snapshot for all its statements (PostgreSQL's
#: default, read committed, takes a new one per statement). Reading never fails on it.
READ_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"


def create_server_engine(
    url: URL, busy_timeout_s: int, write_begin: str, read_begin: str
) -> Engine:
    """PostgreSQL through psycopg 3: writes take the write lock as they begin, reads one
    snapshot (``write_begin`` and ``read_begin``: the store's two kinds of session); waiting
    for a lock gives up after the same 30 seconds as on SQLite; a lost server is noticed
    before a pooled connection is used; a missing driver is one sentence."""
    try:
        url.get_dialect().import_dbapi()
    except ImportError as exc:
        if isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] in (
            "psycopg",
            "psycopg2",
        ):
            raise DatabaseRefused(DRIVER_MISSING) from None
        reason = (str(exc).splitlines() or [type(exc).__name__])[0][:300]
        raise DatabaseRefused(DRIVER_BROKEN.format(reason=reason)) from None
    engine = create_engine(
        url,
        hide_parameters=True,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": 10,
            "application_name": "Engagement Desktop",
            "options": f"-c lock_timeout={busy_timeout_s * 1000}",
        },
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        if connection.get_execution_options().get("begin") == write_begin:
            # Read committed: each statement sees what was committed before it, so the
            # write reads the other writer's work once the lock is its own.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        elif connection.get_execution_options().get("begin") == read_begin:
            # A read sees one state of the data from its first statement to its last, as
            # on SQLite: a report printed while a colleague checks people in adds up.
            connection.exec_driver_sql(READ_SNAPSHOT)

    return engine
