"""Who may change data: an officer, or a viewer who may only look.

A Board member or a panel chair may read the register but not change it. That is one
mechanism: the store is opened read-only (``Store.read_only``) and every write, which
goes through ``Store.transaction()``, is refused in a sentence before it starts. A
viewer is chosen on this computer (``--read-only`` or ``ENGAGEMENT_ROLE=viewer``) or,
on PostgreSQL, by the database itself: a login without the right to write (see
:func:`reader_grants`) opens read-only on its own, and the server refuses a write
even from a program that ignored that.
"""

from __future__ import annotations

import os
import re

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.store.server import server_refusal

#: The one role that narrows what a person may do; "officer" (or nothing) may do all.
VIEWER = "viewer"
OFFICER = "officer"
#: Why a store opened for a viewer is read-only (in the refusal and the status bar).
VIEWER_REASON = "a viewer (--read-only or ENGAGEMENT_ROLE=viewer)"
#: The table every write touches sooner or later: may this login insert into it?
PROBE_TABLE = "people"


def look_only_refusal(reason: str) -> str:
    """The sentence every refused write of a viewer reads."""
    return (
        f"You can look but not change: this copy is opened read-only for {reason}; "
        "nothing was changed."
    )


def viewer_from_environment() -> str | None:
    """:data:`VIEWER_REASON` when ``ENGAGEMENT_ROLE`` says viewer, None for an officer."""
    role = (os.environ.get("ENGAGEMENT_ROLE") or "").strip().lower()
    if role in ("", OFFICER):
        return None
    if role == VIEWER:
        return VIEWER_REASON
    raise DatabaseRefused(
        f"ENGAGEMENT_ROLE is '{role}', which this program does not know: "
        "use 'viewer' (may look only) or 'officer'; nothing was opened."
    )


def server_read_only_reason(engine: Engine, label: str) -> str | None:
    """Why this PostgreSQL login may not write (no INSERT on the register, or a
    read-only server or session), or None when it may; an unreachable server is the
    one sentence :func:`server_refusal` gives."""
    try:
        with engine.connect() as connection:
            user, read_only, may_insert = connection.execute(
                text(
                    "SELECT current_user, current_setting('transaction_read_only'), "
                    "has_table_privilege(current_user, to_regclass(:table), 'INSERT')"
                ),
                {"table": PROBE_TABLE},
            ).one()
    except OperationalError as exc:
        raise DatabaseRefused(server_refusal(label, exc)) from exc
    if read_only == "on":
        return f"the database login {user}, as the server is read-only"
    if may_insert is False:  # None: no tables yet (an empty database the owner starts)
        return f"the database login {user}, which may only read"
    return None


_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_$]{0,62}$")


def reader_grants(role: str, database: str, schema: str = "public") -> list[str]:
    """The SQL an IT person runs (as the database's owner) so ``role`` may read all and
    change nothing, now and for tables later upgrades add."""
    if not _ROLE_NAME.match(role):
        raise DatabaseRefused(
            f"'{role}' is not a plain PostgreSQL role name (lower-case letters, digits, _)."
        )
    db = '"' + database.replace('"', '""') + '"'
    return [
        f"GRANT CONNECT ON DATABASE {db} TO {role}",
        f"GRANT USAGE ON SCHEMA {schema} TO {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {role}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON SEQUENCES TO {role}",
    ]
