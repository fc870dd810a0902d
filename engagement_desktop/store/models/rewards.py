"""Reward points kept like money: rules, an append-only ledger and payouts.

A balance is always SUM(points) of a person's entries; nothing stores it.
``source_key`` is unique so the same award can never be written twice.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, utcnow


class RewardRule(UuidMixin, TimestampMixin, Base):
    """Points for an event type and role, valid between two dates."""

    __tablename__ = "reward_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_type_id: Mapped[int | None] = mapped_column(ForeignKey("event_types.id"))
    role: Mapped[str | None] = mapped_column(String(30))  # None: any role
    basis: Mapped[str] = mapped_column(String(20))  # per_attendance / per_hour / bonus
    points: Mapped[int] = mapped_column(Integer)
    step_minutes: Mapped[int] = mapped_column(Integer, default=15)
    bonus_code: Mapped[str | None] = mapped_column(String(40))  # chairing, written contribution
    annual_cap: Mapped[int | None] = mapped_column(Integer)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (
        CheckConstraint("points >= 0", name="points_not_negative"),
        CheckConstraint("step_minutes > 0", name="step_positive"),
    )


class LedgerEntry(UuidMixin, Base):
    """One movement of points; corrections are new reversing entries, never edits."""

    __tablename__ = "ledger_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    entry_date: Mapped[date] = mapped_column(Date)
    points: Mapped[int] = mapped_column(Integer)  # signed
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20))
    source_key: Mapped[str] = mapped_column(String(200), unique=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))
    attendance_id: Mapped[int | None] = mapped_column(ForeignKey("attendance.id"), index=True)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("reward_rules.id"))
    scheme_year: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (
        # Points and kind in the index: balances (SUM per person) and the year-end
        # preview's points earned are read from the index alone.
        Index("ix_ledger_person_date_points_kind", "person_id", "entry_date", "points", "kind"),
        CheckConstraint("points <> 0", name="points_not_zero"),
    )


class RewardPayout(UuidMixin, TimestampMixin, Base):
    """What points became at the year end: a voucher, a donation or a rent credit."""

    __tablename__ = "reward_payouts"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    scheme_year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    value_pence: Mapped[int] = mapped_column(Integer)
    provider: Mapped[str | None] = mapped_column(String(120))  # voucher provider or charity
    serial_number: Mapped[str | None] = mapped_column(String(80))
    handed_over_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (CheckConstraint("value_pence >= 0", name="value_not_negative"),)
