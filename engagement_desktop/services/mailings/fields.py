"""The merge fields' values for each recipient, read in bulk, only those a template uses."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import long_date, weekday_name
from engagement_desktop.services.mailings.audience import Recipient
from engagement_desktop.services.mailings.selection import Chosen
from engagement_desktop.services.mailings.templates import (
    NEEDS_CONSULTATION,
    NEEDS_EVENT,
    NEEDS_FUND,
    NEEDS_GROUP,
    NEEDS_ITEM,
    Template,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Consultation,
    Course,
    Event,
    Group,
    LedgerEntry,
    Membership,
    Outcome,
    TrainingRecord,
)

TRAINING_AHEAD_DAYS = 92


def clock(moment: datetime) -> str:
    """6:30pm, 10am."""
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"


@dataclass
class Letterhead:
    """Who the letters come from (Settings)."""

    landlord: str
    lines: list[str]
    sign_off: str
    officer: str
    from_email: str = ""

    @classmethod
    def read(cls, session: Session) -> Letterhead:
        return cls(
            landlord=get_setting(session, "landlord_name") or "Your landlord",
            lines=[
                line.strip()
                for line in str(get_setting(session, "letterhead") or "").splitlines()
                if line.strip()
            ],
            sign_off=get_setting(session, "letter_sign_off") or "Yours sincerely,",
            officer=get_setting(session, "officer_name") or "The involvement team",
            from_email=get_setting(session, "mailing_from_email") or "",
        )

    def contact(self) -> list[str]:
        """How to reach the team, for a document that says "contact us": the letterhead's
        lines and its email address."""
        return [*self.lines, *([self.from_email] if self.from_email else [])]


@dataclass
class MergeData:
    """The shared values and each recipient's own."""

    shared: dict[str, str]
    own: dict[int, dict[str, str]] = field(default_factory=dict)
    event: Event | None = None

    def values(self, recipient: Recipient) -> dict[str, str]:
        values = {
            **self.shared,
            "title": recipient.title or "",
            "first_name": recipient.called,
            "last_name": recipient.last_name,
            "name": recipient.name,
            "salutation": recipient.salutation,
            "reference": recipient.reference or "",
            "address": "\n".join(recipient.address),
        }
        values.update(self.own.get(recipient.person_id, {}))
        return values


def merge_data(
    session: Session,
    template: Template | None,
    chosen: Chosen,
    recipients: Sequence[Recipient],
    letterhead: Letterhead,
    today: date,
    *,
    fund: bool = False,
) -> MergeData:
    """Read what the template's fields need; one sentence when the mailing cannot fill
    one (an event's fields for a mailing that is not for an event)."""
    used = template.fields() if template is not None else set()
    if used & NEEDS_FUND and not fund:
        raise EngagementError(
            f"The template '{template.name if template else ''}' has a community fund "
            "decision in it: make the decision letters from the Community fund tab (one "
            "for each applicant). Nothing was made."
        )
    shared = {
        "today": long_date(today),
        "landlord": letterhead.landlord,
        "officer": letterhead.officer,
    }
    data = MergeData(shared)
    event = session.get(Event, chosen.event_id) if chosen.event_id else None
    data.event = event
    if used & NEEDS_EVENT and event is None:
        raise EngagementError(
            f"The template '{template.name if template else ''}' has the event's details "
            "in it: choose an event's register to send it to. Nothing was made."
        )
    if event is not None:
        shared["event_title"] = event.title
        shared["event_date"] = (
            f"{weekday_name(event.starts_at)} {long_date(event.starts_at.date())}"
        )
        shared["event_time"] = clock(event.starts_at) + (
            f" to {clock(event.ends_at)}" if event.ends_at else ""
        )
        shared["venue"] = event.venue or ("online" if event.online_url else "to be confirmed")
    group = session.get(Group, chosen.group_id) if chosen.group_id else None
    if used & NEEDS_GROUP and group is None and "term_end" not in used:
        raise EngagementError(
            "The template names the group: choose a group (or its event) to send it to. "
            "Nothing was made."
        )
    if group is not None:
        shared["group"] = group.name
    outcome = session.get(Outcome, chosen.outcome_id) if chosen.outcome_id else None
    if used & NEEDS_ITEM and outcome is None:
        raise EngagementError(
            "The template has a “you said, we did” item in it: choose the item to send it "
            "for. Nothing was made."
        )
    if outcome is not None:
        shared["item_said"] = " ".join(outcome.asked.split())
        shared["item_did"] = " ".join((outcome.action or "we are still working on it.").split())
        shared["item_response"] = vocab.OUTCOME_RESPONSES.get(
            outcome.response, outcome.response
        ).lower()
    consultation = (
        session.get(Consultation, chosen.consultation_id) if chosen.consultation_id else None
    )
    if used & NEEDS_CONSULTATION and consultation is None:
        raise EngagementError(
            "The template names a consultation's policy: choose the people asked about a "
            "consultation to send it to. Nothing was made."
        )
    if consultation is not None:
        shared["policy"] = consultation.policy
        shared["changes_made"] = consultation.changes_made or "no changes were needed."
    ids = [r.person_id for r in recipients]
    if "points" in used:
        for person_id, points in _bulk(
            session,
            ids,
            lambda chunk: (
                select(LedgerEntry.person_id, func.sum(LedgerEntry.points))
                .where(LedgerEntry.person_id.in_(chunk))
                .group_by(LedgerEntry.person_id)
            ),
        ):
            data.own.setdefault(person_id, {})["points"] = f"{int(points or 0):,}"
        for person_id in ids:
            data.own.setdefault(person_id, {}).setdefault("points", "0")
    if "term_end" in used or ("group" in used and group is None):
        _terms(session, ids, group, today, data)
    if "training_due" in used:
        _training(session, ids, today, data)
    return data


def _bulk(session: Session, ids: Sequence[int], query) -> Iterable[tuple]:  # type: ignore[no-untyped-def]
    for chunk in id_chunks(ids):
        yield from session.execute(query(chunk))


def _terms(
    session: Session, ids: Sequence[int], group: Group | None, today: date, data: MergeData
) -> None:
    """Each person's current term (on this group, or the one ending first)."""

    def query(chunk: list[int]):  # type: ignore[no-untyped-def]
        stmt = (
            select(Membership.person_id, Membership.term_end, Group.name)
            .join(Group, Group.id == Membership.group_id)
            .where(
                Membership.person_id.in_(chunk),
                Membership.term_start <= today,
                or_(Membership.term_end.is_(None), Membership.term_end >= today),
                Membership.left_on.is_(None),
            )
            .order_by(Membership.term_end.is_(None), Membership.term_end)
        )
        return stmt.where(Membership.group_id == group.id) if group is not None else stmt

    for person_id, term_end, name in _bulk(session, ids, query):
        own = data.own.setdefault(person_id, {})
        if "term_end" not in own:
            own["term_end"] = long_date(term_end) if term_end else "the end of your term"
            own.setdefault("group", name)


def _training(session: Session, ids: Sequence[int], today: date, data: MergeData) -> None:
    until = today + timedelta(days=TRAINING_AHEAD_DAYS)

    def query(chunk: list[int]):  # type: ignore[no-untyped-def]
        return (
            select(TrainingRecord.person_id, Course.title, TrainingRecord.expires_on)
            .join(Course, Course.id == TrainingRecord.course_id)
            .where(
                TrainingRecord.person_id.in_(chunk),
                TrainingRecord.expires_on.is_not(None),
                TrainingRecord.expires_on <= until,
            )
            .order_by(TrainingRecord.expires_on)
        )

    for person_id, title, expires in _bulk(session, ids, query):
        own = data.own.setdefault(person_id, {})
        text = f"{title} ({'expired' if expires < today else 'expires'} {long_date(expires)})"
        own["training_due"] = f"{own['training_due']}; {text}" if "training_due" in own else text
