"""What else came back from the door besides marks and walk-ins: consents, votes and
expense claims, each kept under its pack uuid (or id) so a second merge finds it there."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.validation import check_done_at, check_done_on
from engagement_desktop.services.fieldkit.decisions import MergeReport
from engagement_desktop.services.fieldkit.reading import PackContents
from engagement_desktop.services.people.consents import add_consent
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Ballot,
    BallotProposal,
    BallotVote,
    BallotVoter,
    Consent,
    Event,
    Expense,
    Person,
)
from engagement_desktop.store.vocab import CONSENT_PURPOSES

T = TypeVar("T")


def checked(what: str, value: T, check: Callable[[T], T]) -> T:
    """``check(value)``; a value it refuses (a laptop's clock in 1970 or 2099 would
    misdate the register for good) refuses the whole merge in one sentence naming it."""
    try:
        return check(value)
    except ValueError as exc:
        raise EngagementError(f"{what}: {exc}; nothing was changed.") from exc


def consent_time(name: str, consent: Mapping[str, Any], at: Event | None = None) -> str:
    """How a refusal names a consent from the door: whose, for what, where."""
    purpose = CONSENT_PURPOSES.get(consent["purpose"], consent["purpose"])
    return f"The consent time of {name} ({purpose}){f' at {at.title}' if at else ''}"


def consents(
    session: Session,
    actor: str,
    contents: PackContents,
    report: MergeReport,
    people: Mapping[str, Person],
    events: Mapping[str, Event],
) -> None:
    uuids = [c["uuid"] for c in contents.consents]
    known = set()
    for chunk in id_chunks(uuids):
        known |= set(session.scalars(select(Consent.uuid).where(Consent.uuid.in_(chunk))))
    for c in contents.consents:
        person = people.get(c["person_uuid"])
        if c["uuid"] in known or person is None:
            continue
        event = events.get(c["event_uuid"]) if c["event_uuid"] else None
        when = checked(consent_time(person.full_name, c, event), c["recorded_at"], check_done_at)
        made = add_consent(
            session,
            actor,
            person,
            c["purpose"],
            c["given"],
            c["method"],
            wording_version=c["wording_version"],
            context=c["context"],
            event_id=event.id if event else None,
            when=min(when, utcnow()),
        )
        made.uuid = c["uuid"]
        report.consents += 1


def votes(
    session: Session,
    contents: PackContents,
    snapshot: Mapping[str, Any],
    report: MergeReport,
    people: Mapping[str, Person],
) -> None:
    ballots = dict(session.execute(select(Ballot.uuid, Ballot.id)).all())
    proposals = dict(session.execute(select(BallotProposal.uuid, BallotProposal.id)).all())
    seen_votes = set(snapshot.get("votes", []))
    for vote in contents.votes:
        if str(vote["id"]) in seen_votes or vote["ballot_uuid"] not in ballots:
            continue
        if session.get(BallotVote, vote["id"]) is not None:
            continue
        session.add(
            BallotVote(
                id=vote["id"],
                ballot_id=ballots[vote["ballot_uuid"]],
                proposal_id=proposals.get(vote["proposal_uuid"]) if vote["proposal_uuid"] else None,
                spoilt=vote["spoilt"],
                spoilt_reason=vote["spoilt_reason"],
            )
        )
        report.votes += 1
    for voter in contents.voters:
        ballot_id = ballots.get(voter["ballot_uuid"])
        if ballot_id is None:
            continue
        person = people.get(voter["person_uuid"]) if voter["person_uuid"] else None
        key = voter["voter_key"]
        if key.startswith("p:") and person is not None:
            key = f"p:{person.id}"  # a walk-in's number in the pack is not theirs here
        there = session.scalar(
            select(BallotVoter.id).where(
                BallotVoter.ballot_id == ballot_id, BallotVoter.voter_key == key
            )
        )
        if there is not None:
            continue
        session.add(
            BallotVoter(
                ballot_id=ballot_id,
                person_id=person.id if person else None,
                voter_key=key,
                channel=voter["channel"],
                voted_at=checked(
                    f"The voting time of {person.full_name if person else 'a voter'}",
                    voter["voted_at"],
                    check_done_at,
                ),
            )
        )
    session.flush()


def claims(
    session: Session,
    actor: str,
    contents: PackContents,
    report: MergeReport,
    people: Mapping[str, Person],
    events: Mapping[str, Event],
) -> None:
    for claim in contents.expenses:
        person = people.get(claim["person_uuid"])
        if person is None or session.scalar(
            select(Expense.id).where(Expense.uuid == claim["uuid"])
        ):
            continue
        event = events.get(claim["event_uuid"]) if claim["event_uuid"] else None
        at = f" at {event.title}" if event else ""
        checked(f"The expense date of {person.full_name}{at}", claim["claimed_on"], check_done_on)
        values = {
            k: claim[k]
            for k in (
                "uuid",
                "category",
                "amount_pence",
                "receipt",
                "status",
                "claimed_on",
                "notes",
            )
        }
        made = Expense(person_id=person.id, event_id=event.id if event else None, **values)
        session.add(made)
        session.flush()
        audit.record(
            session,
            actor,
            "expense.add",
            "expenses",
            made.id,
            {"amount_pence": [None, made.amount_pence]},
            record_uuid=made.uuid,
            summary=f"Person #{person.id}: expense claim brought back from a field kit",
        )
        report.claims += 1
