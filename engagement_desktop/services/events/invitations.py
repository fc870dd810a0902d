"""Who is invited to an event, and what the officer must know about them beforehand:
their support needs counted, and who may not be contacted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.groups.terms import current_members, meeting_roles
from engagement_desktop.services.people.conduct import active_exclusion
from engagement_desktop.services.people.consents import may_contact
from engagement_desktop.store import vocab
from engagement_desktop.store.base import new_uuid, utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Attendance,
    Event,
    EventTopic,
    Group,
    Person,
    PersonTopic,
    SupportNeed,
)


@dataclass(frozen=True)
class InviteResult:
    added: int
    already: int


def invite(
    store: Store,
    event_id: int,
    *,
    group_id: int | None = None,
    person_ids: Sequence[int] = (),
    by_topics: bool = False,
) -> InviteResult:
    """Invite a whole group, people chosen by hand, and/or everyone subscribed who is
    interested in the event's topics. People already on the register are left as they are."""
    with store.transaction() as session:
        event = get_or_404(session, Event, event_id, "event")
        day = event.starts_at.date()
        wanted: set[int] = set(person_ids)
        if group_id is not None:
            get_or_404(session, Group, group_id, "group")
            wanted |= set(session.scalars(current_members(group_id, day)))
        if by_topics:
            topics = select(EventTopic.topic_id).where(EventTopic.event_id == event_id)
            if session.scalar(select(func.count()).select_from(topics.subquery())) == 0:
                raise ValidationError({"topics": "the event has no topics to invite by"})
            wanted |= set(
                session.scalars(
                    select(PersonTopic.person_id)
                    .join(Person, Person.id == PersonTopic.person_id)
                    .where(
                        PersonTopic.topic_id.in_(topics), Person.involvement_status == "subscribed"
                    )
                )
            )
        live: set[int] = set()  # those of them on the register, not archived
        for chunk in id_chunks(sorted(wanted)):
            live.update(
                session.scalars(
                    select(Person.id).where(Person.id.in_(chunk), Person.archived.is_(False))
                )
            )
        chosen = sorted(set(person_ids))
        found: set[int] = set()
        for chunk in id_chunks(chosen):
            found.update(session.scalars(select(Person.id).where(Person.id.in_(chunk))))
        missing = set(chosen) - found
        if missing:
            raise ValidationError({"person_ids": f"{len(missing)} of those people do not exist"})
        already = set(
            session.scalars(select(Attendance.person_id).where(Attendance.event_id == event_id))
        )
        new = sorted(live - already)
        if new:
            # The meeting's own group decides who comes holding an office (its chair).
            roles = meeting_roles(session, event, new)
            session.execute(
                insert(Attendance),
                [
                    {
                        "uuid": new_uuid(),
                        "event_id": event_id,
                        "person_id": pid,
                        "status": "invited",
                        "role": roles.get(pid, "attendee"),
                        "recorded_by": store.actor,
                        "created_at": utcnow(),
                        "updated_at": utcnow(),
                    }
                    for pid in new
                ],
            )
            renumber_sheet(session, event_id)
            how = [
                w
                for w, on in (("group", group_id), ("chosen", person_ids), ("topics", by_topics))
                if on
            ]
            event.invite_rule = event.invite_rule or "+".join(how)
            audit.record(
                session,
                store.actor,
                "event.invite",
                "events",
                event.id,
                {"invited": [None, len(new)], "how": [None, how]},
                record_uuid=event.uuid,
                summary=f"Invited {len(new)} people to event #{event.id}",
            )
    return InviteResult(len(new), len(live & already))


def renumber_sheet(session: Session, event_id: int) -> None:
    """The printed sign-in sheet lists invitees by surname; typing-in follows that order."""
    rows = (
        session.execute(
            select(Attendance.id)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.event_id == event_id)
            .order_by(Person.name_sort_key, Person.id)
        )
        .scalars()
        .all()
    )
    for position, attendance_id in enumerate(rows, start=1):
        session.execute(
            update(Attendance).where(Attendance.id == attendance_id).values(sheet_position=position)
        )


@dataclass(frozen=True)
class Briefing:
    """What the officer needs before the event."""

    invited: int
    needs: list[tuple[str, int]]  # ("hearing loop", 2), ("Polish interpreter", 1)
    not_contactable: list[tuple[int, str, str]]  # (person id, name, why)

    @property
    def needs_text(self) -> str:
        if not self.needs:
            return "No support needs recorded for the people invited."
        parts = []
        for label, count in self.needs:
            if label.startswith("a "):  # "2 need a hearing loop", "1 needs a hearing loop"
                label = f"{'need' if count > 1 else 'needs'} {label}"
            parts.append(f"{count} {label}")
        return ", ".join(parts)


def _need_label(need: str, detail: str) -> str:
    if need == "interpreter" and detail:
        return f"{detail} interpreter"
    if need == "hearing_loop":
        return "a hearing loop"
    label = vocab.SUPPORT_NEEDS.get(need, need).lower()
    return f"{label} ({detail})" if detail and need == "other" else label


def briefing(session: Session, event_id: int) -> Briefing:
    """Support needs of those on the register (not apologies), counted; and who may
    not be contacted (no consent, withdrawn, or excluded)."""
    event = get_or_404(session, Event, event_id, "event")
    people = session.scalars(
        select(Person)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.event_id == event_id, Attendance.status != "apologies")
        .order_by(Person.name_sort_key, Person.id)
    ).all()
    ids = [p.id for p in people]
    counts: Counter[str] = Counter()
    for need, detail in session.execute(
        select(SupportNeed.need, SupportNeed.detail).where(SupportNeed.person_id.in_(ids))
    ):
        counts[_need_label(need, detail)] += 1
    blocked = []
    for person in people:
        exclusion = active_exclusion(session, person.id, event.starts_at.date())
        if exclusion is not None:
            blocked.append((person.id, person.full_name, f"excluded: {exclusion.reason}"))
        elif not may_contact(session, person):
            blocked.append((person.id, person.full_name, "no consent to be contacted"))
    return Briefing(len(people), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), blocked)
