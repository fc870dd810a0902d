"""You Choose on the Home page (reports/home.py makes the heading): ballots open for
voting, soonest closing first, with paper slips still to type in; a ballot past its
closing day but not closed comes top."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.wording import short_month, weekday_short
from engagement_desktop.store.models import Ballot, BallotVoter

#: An open ballot shows on Home from this many days before its closing day.
CLOSING_SOON_DAYS = 14


def _day(day: date, today: date) -> str:
    text = f"{weekday_short(day)} {day.day} {short_month(day)}"
    return text if day.year == today.year else f"{text} {day.year}"


def ballots_due(session: Session, today: date, shown: int) -> tuple[list[tuple[str, int]], int]:
    """(line, ballot id) for the first ``shown`` ballots to see to, and how many there are."""
    soon = today + timedelta(days=CLOSING_SOON_DAYS)
    rows = session.execute(
        select(Ballot.id, Ballot.title, Ballot.closes_on, Ballot.paper_typed)
        .where(Ballot.status == "open")
        .where((Ballot.closes_on.is_(None)) | (Ballot.closes_on <= soon))
        .order_by(func.coalesce(Ballot.closes_on, soon), Ballot.id)
    ).all()
    lines = []
    for ballot_id, title, closes_on, typed in rows[:shown]:
        handed = session.scalar(
            select(func.count()).where(
                BallotVoter.ballot_id == ballot_id, BallotVoter.channel == "paper"
            )
        )
        waiting = max(int(handed or 0) - typed, 0)
        if closes_on is None:
            when = "open, no closing day set"
        elif closes_on < today:
            when = f"was due to close {_day(closes_on, today)}: close it to declare the result"
        else:
            when = f"voting closes {_day(closes_on, today)}"
        slips = f"; {waiting} paper slips to type in" if waiting else ""
        lines.append((f"{title}: {when}{slips}", ballot_id))
    return lines, len(rows)


__all__ = ["CLOSING_SOON_DAYS", "ballots_due"]
