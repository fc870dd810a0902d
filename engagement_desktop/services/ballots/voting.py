"""Taking votes: at the kiosk by the door, on paper slips handed out and typed in later,
and by post. One vote per household (or person) is the database's unique index on
``ballot_voters``; the service reads the first vote's time inside the same write to say
when it was, and never how it went.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.ballots.ballots import when
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404, optional_text
from engagement_desktop.services.events.checkin import add_walk_in, check_in
from engagement_desktop.services.people.changes import HoldDataConsent, PersonChanges
from engagement_desktop.services.people.consents import add_consent
from engagement_desktop.services.people.people import save_person_in
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Attendance,
    Ballot,
    BallotProposal,
    BallotVote,
    BallotVoter,
    Person,
)

CHANNELS = {"kiosk": "At the kiosk", "paper": "Paper slip", "postal": "By post"}


class AlreadyVoted(EngagementError):
    """A second vote from the same household (or person): refused, nothing written."""


@dataclass(frozen=True)
class Voted:
    voter_id: int
    voted_at: datetime
    name: str


def voter_key(person: Person, one_vote_per: str) -> str:
    """Who a vote counts against: the household (by its record, else the shared tenancy
    reference, else the person alone) or the person."""
    if one_vote_per == "household":
        if person.household_id is not None:
            return f"h:{person.household_id}"
        if person.reference:
            return f"r:{person.reference.strip().upper()}"
    return f"p:{person.id}"


def first_vote(session: Session, ballot: Ballot, person: Person) -> BallotVoter | None:
    """The vote already counted against this person's household (or them), if any."""
    return session.scalar(
        select(BallotVoter).where(
            BallotVoter.ballot_id == ballot.id,
            BallotVoter.voter_key == voter_key(person, ballot.one_vote_per),
        )
    )


def refusal(ballot: Ballot, person: Person, first: BallotVoter) -> str:
    who = "Someone from this household" if ballot.one_vote_per == "household" else person.full_name
    if first.person_id == person.id:
        who = person.full_name
    per = "household" if ballot.one_vote_per == "household" else "person"
    return (
        f"{who} already voted on {ballot.title} at {when(first.voted_at)} "
        f"({CHANNELS[first.channel].lower()}): one vote per {per}."
    )


def _open(ballot: Ballot) -> None:
    if ballot.status == "closed":
        raise EngagementError(
            f"Voting on {ballot.title} closed at {when(ballot.closed_at)}: "
            "no more votes can be taken."
        )
    if ballot.status != "open":
        raise EngagementError(f"Voting on {ballot.title} has not opened yet.")


def _new_vote_id(session: Session) -> int:
    """A random id, so the vote's number says nothing about when it was cast."""
    while True:
        candidate = secrets.randbits(62) or 1
        if session.get(BallotVote, candidate) is None:
            return candidate


def _add_vote(
    session: Session, ballot: Ballot, proposal_id: int | None, reason: str | None
) -> None:
    if proposal_id is not None:
        proposal = session.get(BallotProposal, proposal_id)
        if proposal is None or proposal.ballot_id != ballot.id:
            raise EngagementError(f"That proposal is not on the ballot {ballot.title}.")
        session.add(
            BallotVote(id=_new_vote_id(session), ballot_id=ballot.id, proposal_id=proposal_id)
        )
    else:
        session.add(
            BallotVote(
                id=_new_vote_id(session),
                ballot_id=ballot.id,
                proposal_id=None,
                spoilt=True,
                spoilt_reason=optional_text(reason, 60) or "spoilt",
            )
        )


def _mark_voted(
    store: Store, session: Session, ballot: Ballot, person: Person, channel: str
) -> BallotVoter:
    first = first_vote(session, ballot, person)
    if first is not None:
        raise AlreadyVoted(refusal(ballot, person, first))
    voter = BallotVoter(
        ballot_id=ballot.id,
        person_id=person.id,
        voter_key=voter_key(person, ballot.one_vote_per),
        channel=channel,
        # The clock at the door (local time), as the voter will be told it.
        voted_at=datetime.now().replace(microsecond=0),
    )
    session.add(voter)
    session.flush()
    audit.record(
        session,
        store.actor,
        "ballot.voted",
        "ballot_voters",
        voter.id,
        {"ballot_id": [None, ballot.id], "channel": [None, channel]},
        summary=f"Person #{person.id} voted on ballot #{ballot.id} ({channel})",
    )
    return voter


def _voting(
    store: Store,
    ballot_id: int,
    person_id: int,
    channel: str,
    proposal_id: int | None,
    spoilt_reason: str | None,
    with_vote: bool,
) -> Voted:
    try:
        with store.transaction() as session:
            ballot = get_or_404(session, Ballot, ballot_id, "ballot")
            _open(ballot)
            person = get_or_404(session, Person, person_id, "person")
            voter = _mark_voted(store, session, ballot, person, channel)
            if with_vote:
                _add_vote(session, ballot, proposal_id, spoilt_reason)
            session.flush()
            return Voted(voter.id, voter.voted_at, person.full_name)
    except AlreadyVoted:
        _count_refusal(store, ballot_id)
        raise
    except IntegrityError:
        # Another writer (another laptop on a shared server) got there first.
        _count_refusal(store, ballot_id)
        with store.session() as session:
            ballot = get_or_404(session, Ballot, ballot_id, "ballot")
            person = get_or_404(session, Person, person_id, "person")
            first = first_vote(session, ballot, person)
            if first is None:
                raise
            raise AlreadyVoted(refusal(ballot, person, first)) from None


def cast_vote(
    store: Store,
    ballot_id: int,
    person_id: int,
    proposal_id: int | None,
    *,
    channel: str = "kiosk",
    spoilt_reason: str | None = None,
) -> Voted:
    """Record that the person voted and, separately, their choice (``None``: a spoilt
    paper), in one transaction; a second vote from their household is refused."""
    if channel not in ("kiosk", "postal"):
        raise EngagementError("A vote with its choice is cast at the kiosk or by post.")
    return _voting(store, ballot_id, person_id, channel, proposal_id, spoilt_reason, True)


def may_vote(store: Store, ballot_id: int, person_id: int) -> None:
    """At the door, before the voter is handed the screen: a second vote from their
    household is refused now (and counted as refused), with the time of the first."""
    with store.session() as session:
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        _open(ballot)
        person = get_or_404(session, Person, person_id, "person")
        first = first_vote(session, ballot, person)
        message = refusal(ballot, person, first) if first is not None else None
    if message is not None:
        _count_refusal(store, ballot_id)
        raise AlreadyVoted(message)


def hand_out_paper(store: Store, ballot_id: int, person_id: int) -> Voted:
    """A paper slip given to the person at the door: they have voted (their household
    cannot vote again); the slip itself is typed in later without their name."""
    return _voting(store, ballot_id, person_id, "paper", None, None, False)


def type_paper_slips(
    store: Store, ballot_id: int, choices: Sequence[int | None], spoilt_reason: str | None = None
) -> int:
    """Type in a pile of paper slips (a proposal id each, ``None`` for a spoilt one): no
    more than were handed out. Returns how many slips are typed in altogether."""
    if not choices:
        raise EngagementError("Type in at least one slip.")
    with store.transaction() as session:
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        _open(ballot)
        handed_out = int(
            session.scalar(
                select(func.count()).where(
                    BallotVoter.ballot_id == ballot_id, BallotVoter.channel == "paper"
                )
            )
            or 0
        )
        if ballot.paper_typed + len(choices) > handed_out:
            raise EngagementError(
                f"Only {handed_out} paper slips were handed out for {ballot.title} and "
                f"{ballot.paper_typed} are typed in already: {len(choices)} more is too many."
            )
        for choice in choices:
            _add_vote(session, ballot, choice, spoilt_reason)
        ballot.paper_typed += len(choices)
        audit.record(
            session,
            store.actor,
            "ballot.paper_typed",
            "ballots",
            ballot.id,
            {"paper_typed": [ballot.paper_typed - len(choices), ballot.paper_typed]},
            record_uuid=ballot.uuid,
        )
        return ballot.paper_typed


def _count_refusal(store: Store, ballot_id: int) -> None:
    """Count a refused second vote (a counter, so nothing says whose it was)."""
    with store.transaction() as session:
        session.execute(
            update(Ballot)
            .where(Ballot.id == ballot_id)
            .values(duplicates_refused=Ballot.duplicates_refused + 1)
        )
        audit.record(
            session,
            store.actor,
            "ballot.duplicate_refused",
            "ballots",
            ballot_id,
            summary=f"Refused a second vote on ballot #{ballot_id}",
        )


@dataclass(frozen=True)
class NewVoter:
    person_id: int
    name: str


def add_walk_in_voter(
    store: Store,
    ballot_id: int,
    fields: dict,
    *,
    hold_data: bool,
    contact: Sequence[str] = (),
) -> NewVoter:
    """Someone not on file who wants to vote, added with their consent given in person:
    checked in as a walk-in when the ballot is voted at an event (the event's own
    walk-in service), otherwise added as a person, in one transaction. Voting follows."""
    with store.session() as session:
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        _open(ballot)
        event_id, title = ballot.event_id, ballot.title
    if event_id is not None:
        done = add_walk_in(store, event_id, fields, hold_data=hold_data, contact=contact)
        return NewVoter(done.person_id, done.name)
    with store.transaction() as session:
        context = f"in person at the You Choose vote {title}"
        consent = HoldDataConsent("in_person", None, context)
        changes = PersonChanges(fields=dict(fields), hold_data=consent if hold_data else None)
        person = save_person_in(session, store.actor, None, changes)
        for purpose in contact:
            add_consent(session, store.actor, person, purpose, True, "in_person", context=context)
        return NewVoter(person.id, person.full_name)


def check_in_voter(store: Store, ballot_id: int, person_id: int) -> None:
    """At a ballot voted at an event, the voter is checked in there first (once)."""
    with store.session() as session:
        ballot = get_or_404(session, Ballot, ballot_id, "ballot")
        event_id = ballot.event_id
        present = event_id is not None and session.scalar(
            select(Attendance.id).where(
                Attendance.event_id == event_id,
                Attendance.person_id == person_id,
                Attendance.status.in_(sorted(vocab.PRESENT_STATUSES)),
            )
        )
    if event_id is not None and not present:
        check_in(store, event_id, person_id, confirmed=True)


def person_name(session: Session, person_id: int) -> str:
    return get_or_404(session, Person, person_id, "person").full_name


def voted_at(session: Session, ballot_id: int, person_id: int) -> datetime | None:
    """When this person's household (or they) voted on the ballot, for the kiosk list."""
    ballot = session.get(Ballot, ballot_id)
    person = session.get(Person, person_id)
    if ballot is None or person is None:
        return None
    first = first_vote(session, ballot, person)
    return first.voted_at if first else None


__all__ = [
    "CHANNELS",
    "AlreadyVoted",
    "NewVoter",
    "Voted",
    "add_walk_in_voter",
    "cast_vote",
    "check_in_voter",
    "first_vote",
    "hand_out_paper",
    "may_vote",
    "person_name",
    "type_paper_slips",
    "voted_at",
    "voter_key",
]
