"""You Choose ballots: pots, proposals, who voted and the votes

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

New tables only. A vote row holds the choice and no person; a voter row holds the person
and no choice; a unique index allows one voter row per household (or person) per ballot.
The tables are written out here as they are today (the models may move on).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
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
        "ballots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("pot_pence", sa.Integer(), nullable=False),
        sa.Column("one_vote_per", sa.String(length=12), nullable=False),
        sa.Column("tie_rule", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=True),
        sa.Column("closes_on", sa.Date(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("lot_seed", sa.String(length=32), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("paper_typed", sa.Integer(), nullable=False),
        sa.Column("duplicates_refused", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("pot_pence >= 0", name=op.f("ck_ballots_pot_not_negative")),
        sa.CheckConstraint(
            "one_vote_per IN ('household', 'person')", name=op.f("ck_ballots_one_vote_per_known")
        ),
        sa.CheckConstraint(
            "tie_rule IN ('cheaper', 'lot')", name=op.f("ck_ballots_tie_rule_known")
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'open', 'closed')", name=op.f("ck_ballots_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_ballots_event_id_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballots")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ballots_uuid")),
    )
    op.create_index(op.f("ix_ballots_event_id"), "ballots", ["event_id"])
    op.create_table(
        "ballot_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ballot_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("cost_pence", sa.Integer(), nullable=False),
        sa.Column("put_forward_by", sa.String(length=200), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("cost_pence > 0", name=op.f("ck_ballot_proposals_cost_positive")),
        sa.ForeignKeyConstraint(
            ["ballot_id"],
            ["ballots.id"],
            name=op.f("fk_ballot_proposals_ballot_id_ballots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_proposals")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ballot_proposals_uuid")),
    )
    op.create_index("ix_ballot_proposals_ballot", "ballot_proposals", ["ballot_id", "position"])
    op.create_table(
        "ballot_voters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ballot_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("voter_key", sa.String(length=60), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("voted_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('kiosk', 'paper', 'postal')", name=op.f("ck_ballot_voters_channel_known")
        ),
        sa.ForeignKeyConstraint(
            ["ballot_id"],
            ["ballots.id"],
            name=op.f("fk_ballot_voters_ballot_id_ballots"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_ballot_voters_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_voters")),
    )
    op.create_index(
        "ix_ballot_voters_one_vote", "ballot_voters", ["ballot_id", "voter_key"], unique=True
    )
    op.create_index(op.f("ix_ballot_voters_person_id"), "ballot_voters", ["person_id"])
    op.create_table(
        "ballot_votes",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("ballot_id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("spoilt", sa.Boolean(), nullable=False),
        sa.Column("spoilt_reason", sa.String(length=60), nullable=True),
        sa.CheckConstraint(
            "(spoilt AND proposal_id IS NULL) OR (NOT spoilt AND proposal_id IS NOT NULL)",
            name=op.f("ck_ballot_votes_choice_or_spoilt"),
        ),
        sa.ForeignKeyConstraint(
            ["ballot_id"],
            ["ballots.id"],
            name=op.f("fk_ballot_votes_ballot_id_ballots"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["ballot_proposals.id"],
            name=op.f("fk_ballot_votes_proposal_id_ballot_proposals"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_votes")),
    )
    op.create_index("ix_ballot_votes_ballot", "ballot_votes", ["ballot_id", "proposal_id"])


def downgrade() -> None:
    op.drop_index("ix_ballot_votes_ballot", table_name="ballot_votes")
    op.drop_table("ballot_votes")
    op.drop_index(op.f("ix_ballot_voters_person_id"), table_name="ballot_voters")
    op.drop_index("ix_ballot_voters_one_vote", table_name="ballot_voters")
    op.drop_table("ballot_voters")
    op.drop_index("ix_ballot_proposals_ballot", table_name="ballot_proposals")
    op.drop_table("ballot_proposals")
    op.drop_index(op.f("ix_ballots_event_id"), table_name="ballots")
    op.drop_table("ballots")
