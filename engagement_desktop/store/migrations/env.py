"""Alembic environment: always run from the program with a live connection.

The program passes its own connection in ``config.attributes["connection"]``
so migrations use the same pragmas (foreign keys, WAL) as everything else.
"""

from __future__ import annotations

from alembic import context

from engagement_desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when run as `alembic ...` by hand
    raise SystemExit("Run migrations through engagement_desktop.store.migrate, not alembic.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
