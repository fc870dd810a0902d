"""attendance indexed for the period figures: by event, status and person, and by person,
status and event

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

The dashboard and the impact assessment count the people present at the events held in
a period, and which of them had come to anything before it. With only an index on
status SQLite read every "attended" mark ever made (57,000 of 250,000) and looked up
each one's event (0.11 s); the first index goes from the period's events straight to
their registers (0.015 s). The second replaces the plain person index (every look-up
by person still uses it) and answers "present at a held event before" from the index,
without visiting each mark's row (0.20 s to 0.07 s for 10,700 people).
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_attendance_event_status_person", "attendance", ["event_id", "status", "person_id"]
    )
    op.create_index(
        "ix_attendance_person_status_event", "attendance", ["person_id", "status", "event_id"]
    )
    op.drop_index("ix_attendance_person_id", table_name="attendance")


def downgrade() -> None:
    op.create_index("ix_attendance_person_id", "attendance", ["person_id"])
    op.drop_index("ix_attendance_person_status_event", table_name="attendance")
    op.drop_index("ix_attendance_event_status_person", table_name="attendance")
