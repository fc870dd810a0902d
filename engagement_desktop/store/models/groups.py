"""Groups and panels, their seats and their members' terms of office."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, VersionedMixin


class Group(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A panel, forum, association or stream (Scrutiny Panel, TARA, Youth Voice ...)."""

    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    category: Mapped[str | None] = mapped_column(String(60))  # scrutiny, service voice, TARA ...
    kind: Mapped[str] = mapped_column(String(20), default="formal")  # formal / informal
    mode: Mapped[str] = mapped_column(String(20), default="collective")  # individual / collective
    purpose: Mapped[str | None] = mapped_column(Text)
    meeting_pattern: Mapped[str | None] = mapped_column(String(200))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    # Terms of office rule, e.g. 3-year terms, at most 2 consecutive, then 1 year out.
    term_years: Mapped[int | None] = mapped_column(Integer)
    max_consecutive_terms: Mapped[int | None] = mapped_column(Integer)
    break_years: Mapped[int | None] = mapped_column(Integer)
    needs_appraisal: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        CheckConstraint("term_years IS NULL OR term_years > 0", name="term_years_positive"),
    )


class GroupSeat(Base):
    """Seats reserved for a constituency, e.g. 7 tenants nominated by TARAs."""

    __tablename__ = "group_seats"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    constituency: Mapped[str] = mapped_column(String(100))
    seats: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("group_id", "constituency"),
        CheckConstraint("seats > 0", name="seats_positive"),
    )


class Membership(UuidMixin, TimestampMixin, Base):
    """One term of one person on one group; a second term is a second row."""

    __tablename__ = "memberships"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(30), default="member")
    constituency: Mapped[str | None] = mapped_column(String(100))
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_memberships_group_person", "group_id", "person_id"),
        CheckConstraint("term_end IS NULL OR term_end >= term_start", name="term_end_after_start"),
    )
