"""training records indexed by event: a session's bookings follow its register

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

Every attendance mark now looks up the training bookings of its event (to keep a
training session's bookings in step with the register), so that look-up must be
an index seek, not a scan of every training record, at the check-in desk.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_training_records_event_id", "training_records", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_training_records_event_id", table_name="training_records")
