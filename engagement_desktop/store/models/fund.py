"""The community fund: rounds with a budget, applications from groups, the panel's
scores (with conflicts of interest declared), decisions, staged payments and the
evaluation each funded project returns."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
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


class FundRound(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """One round of the fund: its pot, the most one application may ask for, the
    criteria the panel scores against (one per line) and the top of the score scale."""

    __tablename__ = "fund_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    opens_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    budget_pence: Mapped[int] = mapped_column(Integer)
    max_award_pence: Mapped[int] = mapped_column(Integer)
    criteria: Mapped[str] = mapped_column(Text)  # one criterion a line
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    evaluation_months: Mapped[int] = mapped_column(Integer, default=6)
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        CheckConstraint("budget_pence >= 0", name="budget_not_negative"),
        CheckConstraint("max_award_pence > 0", name="max_award_positive"),
        CheckConstraint("scale_max BETWEEN 1 AND 10", name="scale_sensible"),
    )


class FundApplication(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A group's application: who (the group and its contact), what, how much, the
    match funding, then the decision with reasons and conditions, and the evaluation."""

    __tablename__ = "fund_applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("fund_rounds.id"), index=True)
    applicant: Mapped[str] = mapped_column(String(160))  # the group or club applying
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)  # contact
    project: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    requested_pence: Mapped[int] = mapped_column(Integer)
    match_funding_pence: Mapped[int] = mapped_column(Integer, default=0)
    received_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="received")  # see FUND_STATUSES
    award_pence: Mapped[int | None] = mapped_column(Integer)
    decided_on: Mapped[date | None] = mapped_column(Date)
    reasons: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    evaluation_due: Mapped[date | None] = mapped_column(Date, index=True)
    evaluation_received: Mapped[date | None] = mapped_column(Date)
    evaluation_notes: Mapped[str | None] = mapped_column(Text)  # what the project achieved
    people_benefiting: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        CheckConstraint("requested_pence > 0", name="requested_positive"),
        CheckConstraint("match_funding_pence >= 0", name="match_not_negative"),
        CheckConstraint("award_pence IS NULL OR award_pence >= 0", name="award_not_negative"),
    )


class FundConflict(Base):
    """A panel member's declared conflict of interest: they score nothing for that
    application (the database refuses a second declaration)."""

    __tablename__ = "fund_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    reason: Mapped[str] = mapped_column(String(300))
    __table_args__ = (UniqueConstraint("application_id", "person_id"),)


class FundScore(Base):
    """One panel member's score for one criterion of one application."""

    __tablename__ = "fund_scores"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    criterion: Mapped[str] = mapped_column(String(120))
    score: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("application_id", "person_id", "criterion"),
        CheckConstraint("score >= 0", name="score_not_negative"),
    )


class FundPayment(UuidMixin, Base):
    """One staged payment of an award: it is spend in the involvement budget
    (category "community fund") on the day it was paid."""

    __tablename__ = "fund_payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"))
    stage: Mapped[str] = mapped_column(String(80))
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    amount_pence: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        CheckConstraint("amount_pence > 0", name="amount_positive"),
        Index("ix_fund_payments_application_paid", "application_id", "paid_on"),
    )
