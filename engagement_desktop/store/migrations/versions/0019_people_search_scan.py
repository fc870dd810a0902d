"""a narrow index that a People search with no index of its own scans

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

A search word that the name index's first screen does not answer (two letters such as
"oi", a reference's digits) is looked for in every person's folded search text, nickname
and estate. Read from the table, that scan reads every column of every person; this
index holds only the columns the search reads, so SQLite scans it instead (a covering
index). Personal data is no more spread than before: an index entry goes with its row,
and erasure's secure_delete zeroes both.
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_people_search_scan",
        "people",
        ["search_text", "known_as", "area_id", "archived"],
    )


def downgrade() -> None:
    op.drop_index("ix_people_search_scan", table_name="people")
