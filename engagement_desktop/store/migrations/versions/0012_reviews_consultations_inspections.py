"""scrutiny reviews, policy consultations, estate inspections and mystery shopping

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

A review, its team, evidence and recommendations (each a "you said, we did" item);
a consultation and the people asked; inspection checklists, visits, inspectors and
scores. New tables only: nothing existing changes. Written out as the tables are today.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consultations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("committee_on", sa.Date(), nullable=True),
        sa.Column("changes_made", sa.Text(), nullable=False),
        sa.Column("feedback_sent_on", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_consultations_uuid")),
    )
    op.create_table(
        "inspection_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.CheckConstraint(
            "scale_max BETWEEN 1 AND 10", name=op.f("ck_inspection_templates_scale_max_in_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_inspection_templates_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_inspection_templates_uuid")),
    )
    op.create_table(
        "inspection_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["inspection_templates.id"],
            name=op.f("fk_inspection_questions_template_id_inspection_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_questions")),
    )
    op.create_index(
        op.f("ix_inspection_questions_template_id"),
        "inspection_questions",
        ["template_id"],
        unique=False,
    )
    op.create_table(
        "consultation_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("responded_on", sa.Date(), nullable=True),
        sa.Column("response", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name=op.f("fk_consultation_people_consultation_id_consultations"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_consultation_people_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_people")),
        sa.UniqueConstraint(
            "consultation_id",
            "person_id",
            name=op.f("uq_consultation_people_consultation_id_person_id"),
        ),
    )
    op.create_index(
        op.f("ix_consultation_people_consultation_id"),
        "consultation_people",
        ["consultation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_consultation_people_person_id"), "consultation_people", ["person_id"], unique=False
    )
    op.create_table(
        "scrutiny_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("stage_due_on", sa.Date(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_scrutiny_reviews_group_id_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scrutiny_reviews")),
        sa.UniqueConstraint("uuid", name=op.f("uq_scrutiny_reviews_uuid")),
    )
    op.create_index(
        op.f("ix_scrutiny_reviews_group_id"), "scrutiny_reviews", ["group_id"], unique=False
    )
    op.create_table(
        "inspection_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("photos", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_inspection_visits_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["inspection_templates.id"],
            name=op.f("fk_inspection_visits_template_id_inspection_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_visits")),
        sa.UniqueConstraint("uuid", name=op.f("uq_inspection_visits_uuid")),
    )
    op.create_index(
        op.f("ix_inspection_visits_event_id"), "inspection_visits", ["event_id"], unique=False
    )
    op.create_index(
        op.f("ix_inspection_visits_place"), "inspection_visits", ["place"], unique=False
    )
    op.create_index(
        op.f("ix_inspection_visits_template_id"), "inspection_visits", ["template_id"], unique=False
    )
    op.create_table(
        "review_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_review_members_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["scrutiny_reviews.id"],
            name=op.f("fk_review_members_review_id_scrutiny_reviews"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_members")),
        sa.UniqueConstraint(
            "review_id", "person_id", name=op.f("uq_review_members_review_id_person_id")
        ),
    )
    op.create_index(
        op.f("ix_review_members_person_id"), "review_members", ["person_id"], unique=False
    )
    op.create_index(
        op.f("ix_review_members_review_id"), "review_members", ["review_id"], unique=False
    )
    op.create_table(
        "inspection_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("comment", sa.String(length=300), nullable=False),
        sa.CheckConstraint(
            "score IS NULL OR score >= 0", name=op.f("ck_inspection_scores_score_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["inspection_questions.id"],
            name=op.f("fk_inspection_scores_question_id_inspection_questions"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["inspection_visits.id"],
            name=op.f("fk_inspection_scores_visit_id_inspection_visits"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_scores")),
        sa.UniqueConstraint(
            "visit_id", "question_id", name=op.f("uq_inspection_scores_visit_id_question_id")
        ),
    )
    op.create_index(
        op.f("ix_inspection_scores_visit_id"), "inspection_scores", ["visit_id"], unique=False
    )
    op.create_table(
        "review_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("gathered_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["scrutiny_reviews.id"],
            name=op.f("fk_review_evidence_review_id_scrutiny_reviews"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["inspection_visits.id"],
            name=op.f("fk_review_evidence_visit_id_inspection_visits"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_evidence")),
    )
    op.create_index(
        op.f("ix_review_evidence_review_id"), "review_evidence", ["review_id"], unique=False
    )
    op.create_table(
        "review_recommendations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("responded_by", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["outcome_id"],
            ["outcomes.id"],
            name=op.f("fk_review_recommendations_outcome_id_outcomes"),
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["scrutiny_reviews.id"],
            name=op.f("fk_review_recommendations_review_id_scrutiny_reviews"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_recommendations")),
        sa.UniqueConstraint("outcome_id", name=op.f("uq_review_recommendations_outcome_id")),
        sa.UniqueConstraint(
            "review_id", "number", name=op.f("uq_review_recommendations_review_id_number")
        ),
    )
    op.create_index(
        op.f("ix_review_recommendations_review_id"),
        "review_recommendations",
        ["review_id"],
        unique=False,
    )
    op.create_table(
        "visit_inspectors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_visit_inspectors_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["inspection_visits.id"],
            name=op.f("fk_visit_inspectors_visit_id_inspection_visits"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_inspectors")),
        sa.UniqueConstraint(
            "visit_id", "person_id", name=op.f("uq_visit_inspectors_visit_id_person_id")
        ),
    )
    op.create_index(
        op.f("ix_visit_inspectors_person_id"), "visit_inspectors", ["person_id"], unique=False
    )
    op.create_index(
        op.f("ix_visit_inspectors_visit_id"), "visit_inspectors", ["visit_id"], unique=False
    )


def downgrade() -> None:

    op.drop_index(op.f("ix_visit_inspectors_visit_id"), table_name="visit_inspectors")
    op.drop_index(op.f("ix_visit_inspectors_person_id"), table_name="visit_inspectors")
    op.drop_table("visit_inspectors")
    op.drop_index(op.f("ix_review_recommendations_review_id"), table_name="review_recommendations")
    op.drop_table("review_recommendations")
    op.drop_index(op.f("ix_review_evidence_review_id"), table_name="review_evidence")
    op.drop_table("review_evidence")
    op.drop_index(op.f("ix_inspection_scores_visit_id"), table_name="inspection_scores")
    op.drop_table("inspection_scores")
    op.drop_index(op.f("ix_review_members_review_id"), table_name="review_members")
    op.drop_index(op.f("ix_review_members_person_id"), table_name="review_members")
    op.drop_table("review_members")
    op.drop_index(op.f("ix_inspection_visits_template_id"), table_name="inspection_visits")
    op.drop_index(op.f("ix_inspection_visits_place"), table_name="inspection_visits")
    op.drop_index(op.f("ix_inspection_visits_event_id"), table_name="inspection_visits")
    op.drop_table("inspection_visits")
    op.drop_index(op.f("ix_scrutiny_reviews_group_id"), table_name="scrutiny_reviews")
    op.drop_table("scrutiny_reviews")
    op.drop_index(op.f("ix_consultation_people_person_id"), table_name="consultation_people")
    op.drop_index(op.f("ix_consultation_people_consultation_id"), table_name="consultation_people")
    op.drop_table("consultation_people")
    op.drop_index(op.f("ix_inspection_questions_template_id"), table_name="inspection_questions")
    op.drop_table("inspection_questions")
    op.drop_table("inspection_templates")
    op.drop_table("consultations")
