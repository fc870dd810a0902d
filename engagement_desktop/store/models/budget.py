"""The involvement budget, the year's targets and the officer's notes for the Board.

Spend itself is never stored here: it is worked out from what is recorded (event
costs, staff hours, expenses, course fees, reward conversions), so a budget line is
only the plan it is compared with.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, utcnow


class BudgetLine(UuidMixin, TimestampMixin, Base):
    """The amount set aside for one category in one report year, optionally per group.

    One line per (year, category, group): the service decides that inside its write,
    since a unique constraint would let two lines with no group through (NULLs differ).
    """

    __tablename__ = "budget_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)  # the report year by the year it starts in
    category: Mapped[str] = mapped_column(String(30))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    amount_pence: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (
        Index("ix_budget_lines_year_category", "year", "category"),
        CheckConstraint("amount_pence >= 0", name="amount_not_negative"),
    )


class Target(UuidMixin, TimestampMixin, Base):
    """A year's target for one measure (services/budget/kpis.py defines each measure)."""

    __tablename__ = "targets"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(String(80))  # e.g. people_involved, under_35_share
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (
        Index("ix_targets_year_measure", "year", "measure", unique=True),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )


class BoardNote(Base):
    """What the officer writes for one quarter's Board report (the risks box)."""

    __tablename__ = "board_notes"
    quarter: Mapped[str] = mapped_column(String(8), primary_key=True)  # e.g. 2026Q3
    risks: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
