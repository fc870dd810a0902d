"""Events and meetings, who was invited and who came, and what they cost."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, VersionedMixin


class EventType(UuidMixin, Base):
    """Meeting, estate inspection, pop-up meeting ... (the officer can edit the list)."""

    __tablename__ = "event_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A meeting, inspection, open event, training session or conference."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    event_type_id: Mapped[int] = mapped_column(ForeignKey("event_types.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    venue: Mapped[str | None] = mapped_column(String(200))
    online_url: Mapped[str | None] = mapped_column(String(500))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    # How the invitation list was built: group / chosen / topics.
    invite_rule: Mapped[str | None] = mapped_column(String(20))
    staff_hours: Mapped[float] = mapped_column(default=0.0)
    staff_hourly_rate_pence: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_events_starts_at", "starts_at"),
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
        CheckConstraint("staff_hours >= 0", name="staff_hours_not_negative"),
    )


class EventTopic(Base):
    __tablename__ = "event_topics"
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id"), primary_key=True, index=True)


class EventCost(UuidMixin, Base):
    """One cost line of an event, in pence (venue, catering, travel, interpreter ...)."""

    __tablename__ = "event_costs"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(30))
    amount_pence: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (CheckConstraint("amount_pence >= 0", name="amount_not_negative"),)


class Attendance(UuidMixin, TimestampMixin, Base):
    """A person's place on an event's register: invited, attended, apologies ..."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    status: Mapped[str] = mapped_column(String(20), default="invited")
    role: Mapped[str] = mapped_column(String(30), default="attendee")
    minutes: Mapped[int | None] = mapped_column(Integer)  # time given, for per-hour points
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    sheet_position: Mapped[int | None] = mapped_column(Integer)  # order on the printed sheet
    recorded_by: Mapped[str | None] = mapped_column(String(100))
    __table_args__ = (
        UniqueConstraint("event_id", "person_id"),
        Index("ix_attendance_status", "status"),
        # The figures for a period (migration 0019), answered from the indexes alone: a
        # period's events to their registers, and a person's marks to the events they
        # were present at (this one also serves every look-up by person).
        Index("ix_attendance_event_status_person", "event_id", "status", "person_id"),
        Index("ix_attendance_person_status_event", "person_id", "status", "event_id"),
        CheckConstraint("minutes IS NULL OR minutes >= 0", name="minutes_not_negative"),
    )


class Expense(UuidMixin, TimestampMixin, Base):
    """An out-of-pocket claim by an involved customer (travel, childcare ...)."""

    __tablename__ = "expenses"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    amount_pence: Mapped[int] = mapped_column(Integer)
    receipt: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="claimed")
    claimed_on: Mapped[date] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (CheckConstraint("amount_pence >= 0", name="amount_not_negative"),)
