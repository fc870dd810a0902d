"""on PostgreSQL, a trigram index keeps the People search fast at 250,000 people

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

The People list finds "smi" anywhere in a person's folded ``search_text`` (and in
``known_as``) with ``LIKE '%smi%'``, which no B-tree index serves. On PostgreSQL the
``pg_trgm`` extension's GIN indexes do, for LIKE and ILIKE alike. On SQLite nothing
changes: a scan of the folded column is fast enough on a laptop's own file.

``CREATE EXTENSION pg_trgm`` needs the CREATE privilege on the database (pg_trgm is a
trusted extension from PostgreSQL 13) or a superuser; without it the upgrade stops
with one sentence saying what IT should run once, and nothing is changed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_people_search_text_trgm": "search_text",
    "ix_people_known_as_trgm": "known_as",
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    installed = bind.execute(
        sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    ).scalar()
    if not installed:
        try:
            with bind.begin_nested():
                bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except sa.exc.DBAPIError as exc:
            from engagement_desktop.errors import DatabaseRefused

            raise DatabaseRefused(
                "The database needs PostgreSQL's pg_trgm extension for a fast People "
                "search, and this login may not add it: ask IT to run "
                "CREATE EXTENSION pg_trgm; in this database once (README, Team mode); "
                "nothing was changed."
            ) from exc
    for name, column in _INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON people USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
