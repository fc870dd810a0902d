"""Customers in control, part one: scrutiny reviews, policy consultations, and
estate inspections and mystery shopping (scored checklists per place over time).

A review's recommendations are rows of the "you said, we did" register
(``outcomes``) linked here, so the Board's response and the action plan live in
one place and the loop closes in the register."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, VersionedMixin


class ScrutinyReview(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """One review: the topic the panel chose, its scope, where it has got to."""

    __tablename__ = "scrutiny_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text, default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20), default="scoping")
    started_on: Mapped[date] = mapped_column(Date)
    stage_due_on: Mapped[date | None] = mapped_column(Date)  # the current stage ends by
    follow_up_on: Mapped[date | None] = mapped_column(Date)  # the follow-up review
    completed_on: Mapped[date | None] = mapped_column(Date)
    findings: Mapped[str] = mapped_column(Text, default="")


class ReviewMember(Base):
    """A person on a review's project team (the stream lead is one of them)."""

    __tablename__ = "review_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("scrutiny_reviews.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="member")  # lead / member
    __table_args__ = (UniqueConstraint("review_id", "person_id"),)


class ReviewEvidence(Base):
    """One piece of evidence gathered: a document, interview, mystery shop, inspection, data."""

    __tablename__ = "review_evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("scrutiny_reviews.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    gathered_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_visits.id"))


class ReviewRecommendation(Base):
    """A review's recommendation: its number in the report and its register entry,
    which holds the wording, the response and the action plan (owner, due, done)."""

    __tablename__ = "review_recommendations"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("scrutiny_reviews.id"), index=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcomes.id"), unique=True)
    number: Mapped[int] = mapped_column(Integer)
    responded_by: Mapped[str | None] = mapped_column(String(20))  # board / management
    __table_args__ = (UniqueConstraint("review_id", "number"),)


class Consultation(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A policy put to customers before it goes to committee."""

    __tablename__ = "consultations"
    id: Mapped[int] = mapped_column(primary_key=True)
    policy: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    opens_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    committee_on: Mapped[date | None] = mapped_column(Date)
    changes_made: Mapped[str] = mapped_column(Text, default="")
    feedback_sent_on: Mapped[date | None] = mapped_column(Date)


class ConsultationPerson(Base):
    """Someone asked, and what they said (if they answered)."""

    __tablename__ = "consultation_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultations.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    asked_on: Mapped[date] = mapped_column(Date)
    responded_on: Mapped[date | None] = mapped_column(Date)
    response: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("consultation_id", "person_id"),)


class InspectionTemplate(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A checklist the officer defines: an estate inspection or a mystery shop."""

    __tablename__ = "inspection_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="estate")  # estate / mystery_shop
    scale_max: Mapped[int] = mapped_column(Integer, default=5)  # scores 0..scale_max
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (CheckConstraint("scale_max BETWEEN 1 AND 10", name="scale_max_in_range"),)


class InspectionQuestion(Base):
    """One line of a checklist, in order."""

    __tablename__ = "inspection_questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("inspection_templates.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))


class InspectionVisit(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """One visit to one place (a block, an estate, a service) with one checklist."""

    __tablename__ = "inspection_visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("inspection_templates.id"), index=True)
    place: Mapped[str] = mapped_column(String(120), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[str] = mapped_column(Text, default="")  # references, one a line


class VisitInspector(Base):
    """A customer who inspected or shopped on a visit (their attendance is the event's)."""

    __tablename__ = "visit_inspectors"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("inspection_visits.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    __table_args__ = (UniqueConstraint("visit_id", "person_id"),)


class InspectionScore(Base):
    """The score one question got on one visit (none: not seen)."""

    __tablename__ = "inspection_scores"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("inspection_visits.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("inspection_questions.id"))
    score: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(300), default="")
    __table_args__ = (
        UniqueConstraint("visit_id", "question_id"),
        CheckConstraint("score IS NULL OR score >= 0", name="score_not_negative"),
    )
