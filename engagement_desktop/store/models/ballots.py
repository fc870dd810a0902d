"""You Choose: participatory budgeting ballots, their proposals, and the votes cast.

Secrecy is in the shape of the tables: a vote (``ballot_votes``) holds the choice and
nothing about who made it, and a "has voted" row (``ballot_voters``) holds who voted
and when, with nothing about how. The two share no key, no time and no order: a vote's
id is drawn at random (so neither its number nor the table's storage order tells when
it was cast), and votes have no timestamp. One vote per household (or per person) is
the unique index on ``(ballot_id, voter_key)``, so the database refuses a second one
whatever the screens do.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
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

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, VersionedMixin, utcnow


class Ballot(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A pot of money and the proposals customers choose between.

    Draft (proposals and rules may change) → open (votes taken) → closed (the result
    stands). The tie rule and the lot seed are fixed when voting opens."""

    __tablename__ = "ballots"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    pot_pence: Mapped[int] = mapped_column(Integer)
    one_vote_per: Mapped[str] = mapped_column(String(12), default="household")  # or person
    tie_rule: Mapped[str] = mapped_column(String(12), default="cheaper")  # or lot
    status: Mapped[str] = mapped_column(String(10), default="draft")  # open / closed
    opens_on: Mapped[date | None] = mapped_column(Date)
    closes_on: Mapped[date | None] = mapped_column(Date)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    lot_seed: Mapped[str | None] = mapped_column(String(32))
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Paper slips typed in so far (no more than were handed out) and second votes refused
    # at the door or in the post: counters, so no row says whose they were.
    paper_typed: Mapped[int] = mapped_column(Integer, default=0)
    duplicates_refused: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        CheckConstraint("pot_pence >= 0", name="pot_not_negative"),
        CheckConstraint("one_vote_per IN ('household', 'person')", name="one_vote_per_known"),
        CheckConstraint("tie_rule IN ('cheaper', 'lot')", name="tie_rule_known"),
        CheckConstraint("status IN ('draft', 'open', 'closed')", name="status_known"),
    )


class BallotProposal(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """One thing the pot could pay for, put forward by a group or an estate."""

    __tablename__ = "ballot_proposals"
    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballots.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    cost_pence: Mapped[int] = mapped_column(Integer)
    put_forward_by: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        Index("ix_ballot_proposals_ballot", "ballot_id", "position"),
        CheckConstraint("cost_pence > 0", name="cost_positive"),
    )


class BallotVoter(Base):
    """That someone voted (kiosk, paper slip handed out, or postal), never how.

    ``voter_key`` is the household (``h:<id>``, else ``r:<tenancy reference>``, else the
    person) or the person (``p:<id>``) as the ballot says; unique per ballot."""

    __tablename__ = "ballot_voters"
    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballots.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    voter_key: Mapped[str] = mapped_column(String(60))
    channel: Mapped[str] = mapped_column(String(10))  # kiosk / paper / postal
    voted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (
        Index("ix_ballot_voters_one_vote", "ballot_id", "voter_key", unique=True),
        CheckConstraint("channel IN ('kiosk', 'paper', 'postal')", name="channel_known"),
    )


class BallotVote(Base):
    """One ballot paper's choice, or a spoilt paper; nothing about who or when.

    The id is a random 62-bit number given by the service, not the next in line."""

    __tablename__ = "ballot_votes"
    # INTEGER PRIMARY KEY on SQLite is the rowid itself (no hidden rowid in insert order).
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballots.id", ondelete="CASCADE"))
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("ballot_proposals.id"))
    spoilt: Mapped[bool] = mapped_column(Boolean, default=False)
    spoilt_reason: Mapped[str | None] = mapped_column(String(60))
    __table_args__ = (
        Index("ix_ballot_votes_ballot", "ballot_id", "proposal_id"),
        CheckConstraint(
            "(spoilt AND proposal_id IS NULL) OR (NOT spoilt AND proposal_id IS NOT NULL)",
            name="choice_or_spoilt",
        ),
    )
