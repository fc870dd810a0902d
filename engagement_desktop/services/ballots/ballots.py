"""Setting a ballot up, opening it (which fixes its rules) and closing it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import (
    choice,
    get_or_404,
    optional_text,
    required_text,
)
from engagement_desktop.services.common.money import money, too_much
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.common.wording import plural, short_date
from engagement_desktop.services.people.people import fold
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Ballot, BallotProposal, BallotVote, BallotVoter, Event

ONE_VOTE_PER = {"household": "One vote per household", "person": "One vote per person"}
TIE_RULES = {
    "cheaper": "The cheaper proposal goes first (then by lot)",
    "lot": "Drawn by lot (fixed when voting opens)",
}
STATUSES = {"draft": "Being set up", "open": "Voting open", "closed": "Closed"}
_FIELDS = ("title", "description", "pot_pence", "one_vote_per", "tie_rule", "opens_on", "closes_on")


@dataclass(frozen=True)
class BallotRow:
    id: int
    title: str
    status: str
    pot_pence: int
    one_vote_per: str
    tie_rule: str
    opens_on: date | None
    closes_on: date | None
    proposals: int
    voted: int  # everyone marked as having voted, paper slips not typed in yet included
    counted: int  # papers in the count (valid and spoilt)
    waiting: int  # paper slips handed out but not typed in yet

    @property
    def voted_text(self) -> str:
        return voted_phrase(self.voted, self.counted, self.waiting, self.status)


def voted_phrase(voted: int, counted: int, waiting: int, status: str) -> str:
    """ "24 voted (21 papers counted, 3 paper slips not typed in yet)": the people marked
    as voted and the papers in the count differ only by slips handed out but not typed in."""
    if not waiting:
        return f"{voted} voted"
    late = " yet" if status == "open" else ""
    return (
        f"{voted} voted ({plural(counted, 'paper')} counted, "
        f"{plural(waiting, 'paper slip')} not typed in{late})"
    )


@dataclass(frozen=True)
class ProposalRow:
    id: int
    title: str
    cost_pence: int
    put_forward_by: str | None
    description: str | None


def list_ballots(session: Session) -> list[BallotRow]:
    """Every ballot, open ones first, then the newest."""
    proposals = (
        select(func.count())
        .where(BallotProposal.ballot_id == Ballot.id)
        .correlate(Ballot)
        .scalar_subquery()
    )
    voted = (
        select(func.count())
        .where(BallotVoter.ballot_id == Ballot.id)
        .correlate(Ballot)
        .scalar_subquery()
    )
    counted = (
        select(func.count())
        .where(BallotVote.ballot_id == Ballot.id)
        .correlate(Ballot)
        .scalar_subquery()
    )
    on_paper = (
        select(func.count())
        .where(BallotVoter.ballot_id == Ballot.id, BallotVoter.channel == "paper")
        .correlate(Ballot)
        .scalar_subquery()
    )
    order = {"open": 0, "draft": 1, "closed": 2}
    rows = session.execute(
        select(
            Ballot.id,
            Ballot.title,
            Ballot.status,
            Ballot.pot_pence,
            Ballot.one_vote_per,
            Ballot.tie_rule,
            Ballot.opens_on,
            Ballot.closes_on,
            proposals,
            voted,
            counted,
            on_paper,
            Ballot.paper_typed,
        )
    ).all()
    found = [
        BallotRow(
            id=row[0],
            title=row[1],
            status=row[2],
            pot_pence=row[3],
            one_vote_per=row[4],
            tie_rule=row[5],
            opens_on=row[6],
            closes_on=row[7],
            proposals=row[8],
            voted=row[9],
            counted=row[10],
            waiting=max(row[11] - row[12], 0),  # paper slips handed out less those typed in
        )
        for row in rows
    ]
    return sorted(
        found, key=lambda b: (order[b.status], -(b.closes_on or date.min).toordinal(), -b.id)
    )


def proposals_of(session: Session, ballot_id: int) -> list[ProposalRow]:
    rows = session.execute(
        select(
            BallotProposal.id,
            BallotProposal.title,
            BallotProposal.cost_pence,
            BallotProposal.put_forward_by,
            BallotProposal.description,
        )
        .where(BallotProposal.ballot_id == ballot_id)
        .order_by(BallotProposal.position, BallotProposal.id)
    ).all()
    return [ProposalRow(*row) for row in rows]


def _clean(fields: dict) -> dict:
    errors: dict[str, str] = {}
    clean: dict = {}
    checks = {
        "title": lambda v: required_text(v, 200),
        "description": lambda v: optional_text(v),
        "one_vote_per": lambda v: choice(v or "household", ONE_VOTE_PER),
        "tie_rule": lambda v: choice(v or "cheaper", TIE_RULES),
    }
    for name, check in checks.items():
        try:
            clean[name] = check(fields.get(name))
        except ValueError as exc:
            errors[name] = str(exc)
    pot = fields.get("pot_pence")
    if not isinstance(pot, int) or pot <= 0:
        errors["pot"] = "give the money in the pot (more than £0)"
    elif reason := too_much(pot):
        errors["pot"] = reason
    clean["pot_pence"] = pot
    for name in ("opens_on", "closes_on", "event_id"):
        clean[name] = fields.get(name)
        if name != "event_id" and (why := day_problem(clean[name], done=False)):
            errors[name] = why  # 1752 or 9999 is a slip, not a ballot
    if clean["opens_on"] and clean["closes_on"] and clean["closes_on"] < clean["opens_on"]:
        errors["closes_on"] = "is before the day voting opens"
    if errors:
        raise ValidationError(errors)
    return clean


def save_ballot(store: Store, ballot_id: int | None, fields: dict) -> int:
    """Add a ballot, or change one still being set up (its rules are fixed once open)."""
    clean = _clean(fields)
    with store.transaction() as session:
        if clean["event_id"] is not None:
            get_or_404(session, Event, clean["event_id"], "event")
        if ballot_id is None:
            ballot = Ballot(**clean, status="draft")
            session.add(ballot)
            session.flush()
            audit.record(
                session,
                store.actor,
                "ballot.add",
                "ballots",
                ballot.id,
                audit.created(audit.snapshot(ballot, _FIELDS)),
                record_uuid=ballot.uuid,
                summary=f"Added ballot {ballot.title}",
            )
            return ballot.id
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        _still_draft(ballot, "its rules and pot")
        before = audit.snapshot(ballot, _FIELDS)
        for name, value in clean.items():
            setattr(ballot, name, value)
        session.flush()
        audit.record(
            session,
            store.actor,
            "ballot.change",
            "ballots",
            ballot.id,
            audit.diff(before, audit.snapshot(ballot, _FIELDS)),
            record_uuid=ballot.uuid,
        )
        return ballot.id


def _still_draft(ballot: Ballot, what: str) -> None:
    if ballot.status != "draft":
        raise EngagementError(
            f"Voting on {ballot.title} has {'closed' if ballot.status == 'closed' else 'opened'}: "
            f"{what} can no longer change."
        )


def add_proposal(
    store: Store,
    ballot_id: int,
    title: str,
    cost_pence: int,
    *,
    put_forward_by: str | None = None,
    description: str | None = None,
) -> int:
    """A proposal on a ballot being set up; it may not cost more than the pot."""
    errors = {}
    try:
        title = required_text(title, 200)
    except ValueError as exc:
        errors["title"] = str(exc)
    if not isinstance(cost_pence, int) or cost_pence <= 0:
        errors["cost"] = "give what it would cost (more than £0)"
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        _still_draft(ballot, "proposals")
        # voters would see one choice twice: "Bénch" or "BENCH" beside "Bench"
        titles = session.scalars(select(BallotProposal.title).filter_by(ballot_id=ballot_id))
        if same := next((t for t in titles if fold(t) == fold(title)), None):
            why = f"there is already a proposal called '{same}' on this ballot"
            raise ValidationError({"title": why})
        if cost_pence > ballot.pot_pence:
            raise EngagementError(
                f"{title} costs {money(cost_pence)}, "
                f"more than the pot of {money(ballot.pot_pence)}."
            )
        position = session.scalar(
            select(func.coalesce(func.max(BallotProposal.position), 0)).where(
                BallotProposal.ballot_id == ballot_id
            )
        )
        proposal = BallotProposal(
            ballot_id=ballot_id,
            title=title,
            cost_pence=cost_pence,
            put_forward_by=optional_text(put_forward_by, 200),
            description=optional_text(description),
            position=int(position or 0) + 1,
        )
        session.add(proposal)
        session.flush()
        audit.record(
            session,
            store.actor,
            "ballot.proposal.add",
            "ballot_proposals",
            proposal.id,
            audit.created({"ballot_id": ballot_id, "title": title, "cost_pence": cost_pence}),
            record_uuid=proposal.uuid,
        )
        return proposal.id


def remove_proposal(store: Store, proposal_id: int) -> None:
    with store.transaction() as session:
        proposal = get_or_404(session, BallotProposal, proposal_id, "proposal")
        _still_draft(get_or_404(session, Ballot, proposal.ballot_id, "ballot"), "proposals")
        audit.record(
            session,
            store.actor,
            "ballot.proposal.remove",
            "ballot_proposals",
            proposal.id,
            {"title": [proposal.title, None]},
            record_uuid=proposal.uuid,
        )
        session.delete(proposal)


def open_ballot(store: Store, ballot_id: int) -> None:
    """Start voting: the tie rule, the pot and the proposals are fixed from now, and the
    seed of any draw by lot is chosen now, before anyone has voted."""
    with store.transaction() as session:
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        _still_draft(ballot, "its rules")
        count = len(proposals_of(session, ballot_id))
        if count < 2:
            raise EngagementError(
                f"{ballot.title} needs at least two proposals before voting opens."
            )
        ballot.status = "open"
        ballot.opened_at = utcnow()
        ballot.lot_seed = secrets.token_hex(16)
        audit.record(
            session,
            store.actor,
            "ballot.open",
            "ballots",
            ballot.id,
            {"status": ["draft", "open"], "tie_rule": [None, ballot.tie_rule]},
            record_uuid=ballot.uuid,
            summary=f"Opened voting on {ballot.title}",
        )


def close_ballot(store: Store, ballot_id: int) -> None:
    """End voting; the result then stands and no vote can be added."""
    with store.transaction() as session:
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        if ballot.status != "open":
            raise EngagementError(f"{ballot.title} is not open for voting, so it cannot be closed.")
        ballot.status = "closed"
        ballot.closed_at = utcnow()
        audit.record(
            session,
            store.actor,
            "ballot.close",
            "ballots",
            ballot.id,
            {"status": ["open", "closed"]},
            record_uuid=ballot.uuid,
            summary=f"Closed voting on {ballot.title}",
        )


def ballot_values(session: Session, ballot_id: int) -> dict:
    """A ballot's fields as the editor shows them."""
    ballot = get_or_404(session, Ballot, ballot_id, "ballot")
    values = {name: getattr(ballot, name) for name in _FIELDS}
    values |= {"event_id": ballot.event_id, "status": ballot.status, "id": ballot.id}
    return values


def events_to_vote_at(session: Session, today: date, days: int = 90) -> list[tuple[int, str]]:
    """Events from a month ago to ``days`` ahead, for the kiosk's check-in."""
    start = datetime.combine(today, datetime.min.time()) - timedelta(days=30)
    end = datetime.combine(today, datetime.min.time()) + timedelta(days=days)
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at)
        .where(Event.starts_at >= start, Event.starts_at <= end)
        .order_by(Event.starts_at, Event.id)
    ).all()
    return [(eid, f"{short_date(starts)} {title}") for eid, title, starts in rows]


def when(moment: datetime | None) -> str:
    return f"{short_date(moment)} {moment:%H:%M}" if moment else ""


__all__ = [
    "ONE_VOTE_PER",
    "STATUSES",
    "TIE_RULES",
    "BallotRow",
    "ProposalRow",
    "add_proposal",
    "ballot_values",
    "close_ballot",
    "events_to_vote_at",
    "list_ballots",
    "open_ballot",
    "proposals_of",
    "remove_proposal",
    "save_ballot",
    "voted_phrase",
]
