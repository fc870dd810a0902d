"""the community fund: rounds, applications, panel scores and conflicts, payments

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

New tables only: nothing existing changes. The tables are written out here as they are
today (the models may move on after this migration).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
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
        "fund_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("budget_pence", sa.Integer(), nullable=False),
        sa.Column("max_award_pence", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("evaluation_months", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_stamps(),
        sa.CheckConstraint("budget_pence >= 0", name=op.f("ck_fund_rounds_budget_not_negative")),
        sa.CheckConstraint("max_award_pence > 0", name=op.f("ck_fund_rounds_max_award_positive")),
        sa.CheckConstraint(
            "scale_max BETWEEN 1 AND 10", name=op.f("ck_fund_rounds_scale_sensible")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_rounds")),
        sa.UniqueConstraint("name", name=op.f("uq_fund_rounds_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_fund_rounds_uuid")),
    )
    op.create_table(
        "fund_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("applicant", sa.String(length=160), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("project", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("requested_pence", sa.Integer(), nullable=False),
        sa.Column("match_funding_pence", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("award_pence", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column("evaluation_due", sa.Date(), nullable=True),
        sa.Column("evaluation_received", sa.Date(), nullable=True),
        sa.Column("evaluation_notes", sa.Text(), nullable=True),
        sa.Column("people_benefiting", sa.Integer(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(
            "requested_pence > 0", name=op.f("ck_fund_applications_requested_positive")
        ),
        sa.CheckConstraint(
            "match_funding_pence >= 0", name=op.f("ck_fund_applications_match_not_negative")
        ),
        sa.CheckConstraint(
            "award_pence IS NULL OR award_pence >= 0",
            name=op.f("ck_fund_applications_award_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["fund_rounds.id"], name=op.f("fk_fund_applications_round_id_fund_rounds")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_fund_applications_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_applications")),
        sa.UniqueConstraint("uuid", name=op.f("uq_fund_applications_uuid")),
    )
    op.create_index(op.f("ix_fund_applications_round_id"), "fund_applications", ["round_id"])
    op.create_index(op.f("ix_fund_applications_person_id"), "fund_applications", ["person_id"])
    op.create_index(
        op.f("ix_fund_applications_evaluation_due"), "fund_applications", ["evaluation_due"]
    )
    for name, extra in (
        ("fund_conflicts", [sa.Column("reason", sa.String(length=300), nullable=False)]),
        (
            "fund_scores",
            [
                sa.Column("criterion", sa.String(length=120), nullable=False),
                sa.Column("score", sa.Integer(), nullable=False),
            ],
        ),
    ):
        unique = ["application_id", "person_id"] + (["criterion"] if name == "fund_scores" else [])
        checks = (
            [sa.CheckConstraint("score >= 0", name=op.f("ck_fund_scores_score_not_negative"))]
            if name == "fund_scores"
            else []
        )
        op.create_table(
            name,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("application_id", sa.Integer(), nullable=False),
            sa.Column("person_id", sa.Integer(), nullable=False),
            *extra,
            *checks,
            sa.ForeignKeyConstraint(
                ["application_id"],
                ["fund_applications.id"],
                name=op.f(f"fk_{name}_application_id_fund_applications"),
            ),
            sa.ForeignKeyConstraint(
                ["person_id"], ["people.id"], name=op.f(f"fk_{name}_person_id_people")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
            sa.UniqueConstraint(*unique, name=op.f(f"uq_{name}_{'_'.join(unique)}")),
        )
        op.create_index(op.f(f"ix_{name}_person_id"), name, ["person_id"])
    op.create_table(
        "fund_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=80), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_pence", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("amount_pence > 0", name=op.f("ck_fund_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["fund_applications.id"],
            name=op.f("fk_fund_payments_application_id_fund_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_payments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_fund_payments_uuid")),
    )
    op.create_index(
        "ix_fund_payments_application_paid", "fund_payments", ["application_id", "paid_on"]
    )
    op.create_index(op.f("ix_fund_payments_paid_on"), "fund_payments", ["paid_on"])


def downgrade() -> None:
    op.drop_table("fund_payments")
    op.drop_table("fund_scores")
    op.drop_table("fund_conflicts")
    op.drop_table("fund_applications")
    op.drop_table("fund_rounds")
