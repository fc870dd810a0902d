"""surveys may hold numbered answers: how the numbers read

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Contractors' coded data gives answers as numbers (1 to 5 in the questionnaire's
order, 6 or 9 for don't know). The survey records which way round the numbers
run, so its results read them; answers themselves stay as typed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("surveys", sa.Column("answer_scale", sa.String(length=20), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+): a batch rebuild of surveys
    # would, with foreign keys on, take its questions with it (ON DELETE CASCADE).
    op.drop_column("surveys", "answer_scale")
