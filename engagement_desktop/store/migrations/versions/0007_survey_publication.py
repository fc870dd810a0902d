"""surveys record what is published with TSM results

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

The regulator's tenant survey requirements list what a landlord publishes with its
perception measures: the relevant homes (low-cost rental and low-cost home ownership
separately), the collection methods with their counts, who carried the survey out,
the sample method, any weighting, exclusions and incentives. The officer records
them on the survey; every column is optional, so existing surveys are unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: The new columns as this migration sees them (not the model, which moves on).
_COLUMNS: tuple[tuple[str, sa.types.TypeEngine], ...] = (
    ("homes_lcra", sa.Integer()),
    ("homes_lcho", sa.Integer()),
    ("method_counts", sa.JSON()),
    ("carried_out_by", sa.String(length=200)),
    ("sample_method", sa.Text()),
    ("weighting", sa.Text()),
    ("exclusions", sa.Text()),
    ("incentives", sa.Text()),
)


def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("surveys", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+): a batch rebuild of surveys
    # would, with foreign keys on, take its questions with it (ON DELETE CASCADE).
    for name, _ in reversed(_COLUMNS):
        op.drop_column("surveys", name)
