"""Version counters on the records officers edit in dialogs (two officers at once)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

Adds ``version`` (1 for every existing row) to each table below, so a save made from a
form opened before another officer's change is caught, not silently overwritten. The
list is written out here as it is today (the models may move on).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLES = (
    "people",
    "groups",
    "events",
    "outcomes",
    "courses",
    "training_records",
    "appraisals",
    "training_needs",
    "surveys",
    "fund_rounds",
    "fund_applications",
    "scrutiny_reviews",
    "consultations",
    "inspection_templates",
    "inspection_visits",
    "ballots",
    "ballot_proposals",
)


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild: the people table keeps its search triggers).
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+, PostgreSQL): no rebuild, so the rows
    # other tables point at stay where they are with foreign keys on.
    for table in TABLES:
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN version')
