"""letter templates, mailing runs and each person's contact history

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Letters, labels, email batches and text lists are made from a selection with consent
applied; each run is kept (``mailings``) and so is what each person was sent
(``contact_history``), for their History tab and their subject access export. The
officer's letter templates live in ``letter_templates``. New tables only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("builtin", sa.String(length=40), nullable=True),
        sa.Column("purpose", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_letter_templates_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_letter_templates_uuid")),
    )
    op.create_table(
        "mailings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("output", sa.String(length=20), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("selection", sa.String(length=300), nullable=False),
        sa.Column("selected", sa.Integer(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("left_out", sa.JSON(), nullable=True),
        sa.Column("files", sa.JSON(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mailings_uuid")),
    )
    op.create_table(
        "contact_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("mailing_id", sa.Integer(), nullable=True),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=True),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_contact_history_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["mailing_id"], ["mailings.id"], name=op.f("fk_contact_history_mailing_id_mailings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_history")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contact_history_uuid")),
    )
    op.create_index(
        "ix_contact_history_person", "contact_history", ["person_id", "made_at"], unique=False
    )
    op.create_index(
        op.f("ix_contact_history_mailing_id"), "contact_history", ["mailing_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_contact_history_mailing_id"), table_name="contact_history")
    op.drop_index("ix_contact_history_person", table_name="contact_history")
    op.drop_table("contact_history")
    op.drop_table("mailings")
    op.drop_table("letter_templates")
