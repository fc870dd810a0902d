"""Courses, training records, training needs and yearly appraisals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, VersionedMixin


class Course(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A course, accredited training, conference, forum, webinar or induction."""

    __tablename__ = "courses"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    provider: Mapped[str | None] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(30), default="course")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    cost_pence: Mapped[int] = mapped_column(Integer, default=0)
    valid_months: Mapped[int | None] = mapped_column(Integer)  # None: never expires
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        CheckConstraint("valid_months IS NULL OR valid_months > 0", name="valid_positive"),
        CheckConstraint("cost_pence >= 0", name="cost_not_negative"),
    )


class TrainingRecord(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A person's booking or completion of a course; conferences add briefing and feedback."""

    __tablename__ = "training_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="booked")
    on_date: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    certificate_ref: Mapped[str | None] = mapped_column(String(120))
    # Relative to the database's data folder so it survives moving both together.
    certificate_file: Mapped[str | None] = mapped_column(String(400))
    briefed_on: Mapped[date | None] = mapped_column(Date)
    briefing_objectives: Mapped[str | None] = mapped_column(Text)
    feedback_received_on: Mapped[date | None] = mapped_column(Date)
    feedback: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Appraisal(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """The yearly appraisal of a panel member: skills and needs found, next due."""

    __tablename__ = "appraisals"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"))
    held_on: Mapped[date] = mapped_column(Date)
    appraiser: Mapped[str] = mapped_column(String(100))
    skills: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)
    next_due_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class TrainingNeed(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A need identified at an appraisal or asked for; met when training is done."""

    __tablename__ = "training_needs"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("courses.id"))
    appraisal_id: Mapped[int | None] = mapped_column(ForeignKey("appraisals.id"))
    description: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="request")  # appraisal / request
    identified_on: Mapped[date] = mapped_column(Date)
    met_on: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (Index("ix_training_needs_open", "met_on"),)
