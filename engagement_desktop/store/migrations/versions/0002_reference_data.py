"""reference data: event types, topics and landlord settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The starting lists an officer can then edit. Kept apart from the schema so
an upgrade path (0001 -> 0002) exists and is tested from the first release.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

EVENT_TYPES = (
    "Meeting",
    "Scrutiny panel",
    "Estate inspection",
    "Open event",
    "Pop-up meeting",
    "Focus group",
    "Consultation",
    "Training session",
    "Conference",
    "Webinar",
    "Community event",
    "Survey session",
)
TOPICS = (
    "Rent and service charges",
    "Repairs",
    "Sustainability",
    "Neighbourhood investment",
    "New homes",
    "Customer service standards",
    "Building and fire safety",
    "Complaints",
    "Technology and digital",
    "Anti-social behaviour",
    "Communal areas",
    "Community fund",
)
SETTINGS = {
    "landlord_name": "",
    "scheme_year_start": "04-01",
    "report_year_start": "04-01",
    "homes_count": 0,
    "under_representation_points": 5,
    "small_number_minimum": 5,
}


def upgrade() -> None:
    event_types = sa.table(
        "event_types",
        sa.column("name", sa.String),
        sa.column("uuid", sa.String),
        sa.column("archived", sa.Boolean),
    )
    topics = sa.table(
        "topics",
        sa.column("name", sa.String),
        sa.column("uuid", sa.String),
        sa.column("archived", sa.Boolean),
    )
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
    op.bulk_insert(
        event_types,
        [{"name": n, "uuid": str(uuid.uuid4()), "archived": False} for n in EVENT_TYPES],
    )
    op.bulk_insert(
        topics, [{"name": n, "uuid": str(uuid.uuid4()), "archived": False} for n in TOPICS]
    )
    op.bulk_insert(settings, [{"key": k, "value": v} for k, v in SETTINGS.items()])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings"))
    op.execute(sa.text("DELETE FROM topics"))
    op.execute(sa.text("DELETE FROM event_types"))
