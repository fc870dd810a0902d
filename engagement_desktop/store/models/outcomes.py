"""The "you said, we did" register: what customers asked and what changed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, VersionedMixin


class Outcome(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A recommendation, piece of feedback or idea and the landlord's response."""

    __tablename__ = "outcomes"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="recommendation")
    source: Mapped[str] = mapped_column(String(20))  # group / event / survey / individual
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    survey_id: Mapped[int | None] = mapped_column(ForeignKey("surveys.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id"))
    raised_on: Mapped[date] = mapped_column(Date)
    asked: Mapped[str] = mapped_column(Text)  # "you said"
    response: Mapped[str] = mapped_column(String(20), default="pending")
    response_reason: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)  # "we did"
    owner: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), default="open")
    due_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    reported_back: Mapped[bool] = mapped_column(Boolean, default=False)
    reported_back_on: Mapped[date | None] = mapped_column(Date)
    reported_back_how: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (Index("ix_outcomes_status_raised", "status", "raised_on"),)
