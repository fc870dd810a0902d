"""Contact history: each letter, label run, email batch or text list made, per person.

A run is recorded once its files are made, in one transaction that first re-reads who
the mailing is for (a preview may be stale; the record never is): if the people
changed meanwhile, nothing is recorded and the files are not kept. A run that failed
or was cancelled records nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.mailings.audience import CHANNELS, Recipient
from engagement_desktop.store.base import new_uuid, utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Consultation, ContactHistory, Mailing, Outcome

OUTPUTS: dict[str, str] = {
    "letters": "Letters",
    "labels": "Address labels",
    "list": "Mailing list",
    "eml": "Email drafts",
    "sms": "Text message list",
    "calls": "Phone call list",
}


@dataclass(frozen=True)
class RunFacts:
    """What was made, for whom, for the record."""

    channel: str
    output: str
    what: str  # "Letter: Event invitation", "Labels (L7160)" ...
    selection: str
    selected: int
    left_out: dict[str, int]
    recipients: Sequence[Recipient]
    files: list[str] = field(default_factory=list)
    #: A "you said, we did" item this run reports back on (letters, emails or texts).
    outcome_id: int | None = None
    #: A consultation this run gives feedback on (a consultation feedback letter).
    consultation_id: int | None = None


@dataclass(frozen=True)
class HistoryRow:
    made_at: datetime
    what: str
    channel: str
    format: str | None
    made_by: str
    mailing_id: int | None


def record_run(
    store: Store,
    facts: RunFacts,
    recheck: Callable[[Session], list[int]],
    finish: Callable[[], None],
) -> int:
    """Record the run against every recipient, after ``recheck`` (inside the write)
    confirms the recipients are still those the files were made for; ``finish`` puts
    the files in place before the commit (a failure there records nothing)."""
    made = [r.person_id for r in facts.recipients]
    with store.transaction() as session:
        now_ids = recheck(session)
        if sorted(now_ids) != sorted(made):
            raise EngagementError(
                "Who this mailing is for changed while it was being made (a consent, an "
                "address or the register was changed): nothing was kept or recorded; "
                "please make it again."
            )
        now = utcnow()
        mailing = Mailing(
            made_at=now,
            made_by=store.actor,
            channel=facts.channel,
            output=facts.output,
            what=facts.what[:200],
            selection=facts.selection[:300],
            selected=facts.selected,
            recipients=len(made),
            left_out=facts.left_out or None,
            files=facts.files or None,
        )
        session.add(mailing)
        session.flush()
        rows = [
            {
                "uuid": new_uuid(),
                "person_id": r.person_id,
                "mailing_id": mailing.id,
                "made_at": now,
                "channel": facts.channel,
                "what": facts.what[:200],
                "format": r.format if facts.output == "letters" else None,
                "made_by": store.actor,
            }
            for r in facts.recipients
        ]
        if rows:
            session.execute(insert(ContactHistory), rows)
        audit.record(
            session,
            store.actor,
            "mailing.make",
            "mailings",
            mailing.id,
            {"recipients": [None, len(made)], "output": [None, facts.output]},
            record_uuid=mailing.uuid,
            summary=f"{facts.what} for {len(made):,} people ({CHANNELS[facts.channel].lower()})",
        )
        if facts.outcome_id is not None and facts.output in ("letters", "eml", "sms"):
            _reported_back(session, store.actor, facts, len(made))
        if facts.consultation_id is not None and facts.output in ("letters", "eml", "sms"):
            _feedback_sent(session, store.actor, facts.consultation_id)
        finish()
        return mailing.id


def _reported_back(session: Session, actor: str, facts: RunFacts, count: int) -> None:
    """The item's "reported back" is ticked by the run that did it (once: a second run
    leaves the first date and words as they were)."""
    outcome = session.get(Outcome, facts.outcome_id)
    if outcome is None or outcome.reported_back:
        return
    how = f"{facts.what} to {count:,} {'person' if count == 1 else 'people'}"[:200]
    outcome.reported_back, outcome.reported_back_on = True, date.today()
    outcome.reported_back_how = how
    audit.record(
        session,
        actor,
        "outcome.edit",
        "outcomes",
        outcome.id,
        {"reported_back": [False, True], "reported_back_how": [None, how]},
        record_uuid=outcome.uuid,
        summary=f"Outcome #{outcome.id} reported back ({how})",
    )


def _feedback_sent(session: Session, actor: str, consultation_id: int) -> None:
    """The consultation's feedback date is set by the run that sent it (the first one)."""
    consultation = session.get(Consultation, consultation_id)
    if consultation is None or consultation.feedback_sent_on is not None:
        return
    consultation.feedback_sent_on = date.today()
    audit.record(
        session,
        actor,
        "consultation.edit",
        "consultations",
        consultation.id,
        {"feedback_sent_on": [None, date.today().isoformat()]},
        record_uuid=consultation.uuid,
        summary=f"Feedback on consultation #{consultation.id} sent",
    )


def contact_history(session: Session, person_id: int) -> list[HistoryRow]:
    """What was sent to one person, newest first (their History tab)."""
    rows = session.scalars(
        select(ContactHistory)
        .where(ContactHistory.person_id == person_id)
        .order_by(ContactHistory.made_at.desc(), ContactHistory.id.desc())
    )
    return [
        HistoryRow(r.made_at, r.what, r.channel, r.format, r.made_by, r.mailing_id) for r in rows
    ]


def recent_mailings(session: Session, limit: int = 50) -> list[Mailing]:
    return list(session.scalars(select(Mailing).order_by(Mailing.made_at.desc()).limit(limit)))
