"""Field kits: the register's identity and the packs taken out and brought back

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

A new table, and a ``register_uuid`` setting: the identity a pack carries so that it is
only ever brought back into the register it came from.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fieldkit_packs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.String(length=36), nullable=False),
        sa.Column("register_uuid", sa.String(length=36), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=True),
        sa.Column("merged_by", sa.String(length=100), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fieldkit_packs")),
        sa.UniqueConstraint("pack_id", name=op.f("uq_fieldkit_packs_pack_id")),
    )
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
    op.bulk_insert(settings, [{"key": "register_uuid", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = 'register_uuid'"))
    op.drop_table("fieldkit_packs")
