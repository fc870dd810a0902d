"""surveys know their measure set; the landlord's own measures

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

Satisfaction measures are data (resources/measures/*.toml): each survey records which
set its questions were read against (every survey before this was read as England's
Tenant Satisfaction Measures, so they are marked "tsm"). The officer's own measures
(a wording, a scale and the answers that count as positive) live in custom_measures.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("surveys", sa.Column("measure_set", sa.String(length=40), nullable=True))
    op.execute("UPDATE surveys SET measure_set = 'tsm'")
    op.create_table(
        "custom_measures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("measure_set", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("scale", sa.String(length=20), nullable=False),
        sa.Column("positive", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("code", name="uq_custom_measures_code"),
    )


def downgrade() -> None:
    op.drop_table("custom_measures")
    op.drop_column("surveys", "measure_set")
