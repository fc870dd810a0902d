"""the involvement budget, yearly targets and the Board report's notes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

Budget lines by report year and category (optionally per group), a target per year and
measure, and the officer's free-text risks for each quarter's Board report. New tables
only: nothing existing changes. The tables are written out here as they are today
(the models may move on after this migration).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "budget_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("amount_pence", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        *_stamps(),
        sa.CheckConstraint("amount_pence >= 0", name=op.f("ck_budget_lines_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_budget_lines_group_id_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
        sa.UniqueConstraint("uuid", name=op.f("uq_budget_lines_uuid")),
    )
    op.create_index("ix_budget_lines_year_category", "budget_lines", ["year", "category"])
    op.create_index(op.f("ix_budget_lines_group_id"), "budget_lines", ["group_id"])
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        *_stamps(),
        sa.CheckConstraint("value >= 0", name=op.f("ck_targets_value_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_targets")),
        sa.UniqueConstraint("uuid", name=op.f("uq_targets_uuid")),
    )
    op.create_index("ix_targets_year_measure", "targets", ["year", "measure"], unique=True)
    op.create_table(
        "board_notes",
        sa.Column("quarter", sa.String(length=8), nullable=False),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("quarter", name=op.f("pk_board_notes")),
    )


def downgrade() -> None:
    op.drop_table("board_notes")
    op.drop_index("ix_targets_year_measure", table_name="targets")
    op.drop_table("targets")
    op.drop_index(op.f("ix_budget_lines_group_id"), table_name="budget_lines")
    op.drop_index("ix_budget_lines_year_category", table_name="budget_lines")
    op.drop_table("budget_lines")
