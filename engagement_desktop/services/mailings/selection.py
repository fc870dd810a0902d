"""Who a mailing is for, before any rule leaves anyone out.

A :class:`Selection` is plain data (the CLI and the window build the same thing); its
people are read by :func:`select_people`, archived and erased people included, so the
rules can count them rather than lose them silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.wording import day_text
from engagement_desktop.services.groups.terms import current_members
from engagement_desktop.store import vocab
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Consultation,
    ConsultationPerson,
    Event,
    Group,
    Outcome,
    Person,
    PersonTopic,
    Topic,
)

KINDS: dict[str, str] = {
    "everyone": "Everyone involved",
    "group": "A group's current members",
    "event": "An event's register",
    "interest": "People interested in a topic",
    "area": "People in an estate or area",
    "outcome": "The people who raised a “you said, we did” item",
    "consultation": "The people asked about a consultation",
    "people": "People chosen on the People page",
}


@dataclass(frozen=True)
class Selection:
    """``kind`` from :data:`KINDS`; ``record_id`` the group, event, topic, area or
    outcome; ``statuses`` narrows an event's register (invited, attended ...);
    ``person_ids`` for ``people``, with ``label`` saying how they were chosen."""

    kind: str
    record_id: int | None = None
    statuses: tuple[str, ...] = ()
    person_ids: tuple[int, ...] = ()
    label: str = ""
    on: date | None = None  # the day memberships are current on (default today)

    @property
    def day(self) -> date:
        return self.on or date.today()


@dataclass
class Chosen:
    """The people a selection names, in no particular order, and what it was."""

    person_ids: list[int]
    description: str
    event_id: int | None = None
    group_id: int | None = None
    outcome_id: int | None = None
    consultation_id: int | None = None
    notes: list[str] = field(default_factory=list)


def _need(session: Session, model: type, record_id: int | None, what: str):  # type: ignore[no-untyped-def]
    row = session.get(model, record_id) if record_id is not None else None
    if row is None:
        raise EngagementError(f"There is no {what} with the number {record_id}.")
    return row


def select_people(session: Session, selection: Selection) -> Chosen:
    """The people the selection names (archived and erased people included)."""
    kind = selection.kind
    if kind not in KINDS:
        raise EngagementError(f"'{kind}' is not a kind of selection: {', '.join(KINDS)}.")
    if kind == "everyone":
        ids = session.scalars(
            select(Person.id).where(Person.involvement_status == "subscribed")
        ).all()
        return Chosen(list(ids), "Everyone involved (subscribed members)")
    if kind == "group":
        group = _need(session, Group, selection.record_id, "group")
        members = set(session.scalars(current_members(group.id, selection.day)))
        return Chosen(sorted(members), f"Current members of {group.name}", group_id=group.id)
    if kind == "event":
        event = _need(session, Event, selection.record_id, "event")
        query = select(Attendance.person_id).where(Attendance.event_id == event.id)
        statuses = tuple(selection.statuses)
        for status in statuses:
            if status not in vocab.ATTENDANCE_STATUSES:
                raise EngagementError(
                    f"'{status}' is not a register status: {', '.join(vocab.ATTENDANCE_STATUSES)}."
                )
        if statuses:
            query = query.where(Attendance.status.in_(statuses))
        which = (
            " and ".join(vocab.ATTENDANCE_STATUSES[s].lower() for s in statuses)
            if statuses
            else "everyone on the register"
        )
        return Chosen(
            list(session.scalars(query)),
            f"{event.title} ({day_text(event.starts_at)}): {which}",
            event_id=event.id,
            group_id=event.group_id,
        )
    if kind == "interest":
        topic = _need(session, Topic, selection.record_id, "topic")
        ids = session.scalars(
            select(PersonTopic.person_id).where(PersonTopic.topic_id == topic.id)
        ).all()
        return Chosen(list(ids), f"People interested in {topic.name}")
    if kind == "area":
        area = _need(session, Area, selection.record_id, "estate or area")
        areas = {area.id} | set(session.scalars(select(Area.id).where(Area.parent_id == area.id)))
        ids = session.scalars(select(Person.id).where(Person.area_id.in_(areas))).all()
        return Chosen(list(ids), f"People in {area.name}")
    if kind == "outcome":
        return _raised_by(session, _need(session, Outcome, selection.record_id, "item"))
    if kind == "consultation":
        consultation = _need(session, Consultation, selection.record_id, "consultation")
        ids = session.scalars(
            select(ConsultationPerson.person_id).where(
                ConsultationPerson.consultation_id == consultation.id
            )
        ).all()
        return Chosen(
            list(ids),
            f"People asked about the {consultation.policy}",
            consultation_id=consultation.id,
        )
    ids = list(dict.fromkeys(selection.person_ids))
    known = {
        found
        for chunk in id_chunks(ids)
        for found in session.scalars(select(Person.id).where(Person.id.in_(chunk)))
    }
    return Chosen([i for i in ids if i in known], selection.label or f"{len(ids):,} people chosen")


def _raised_by(session: Session, outcome: Outcome) -> Chosen:
    """Who raised the item: the person, else the group's members then, else the people
    who were at the event, else (a survey) nobody the program can name."""
    said = " ".join(outcome.asked.split())
    short = said if len(said) <= 60 else said[:57].rstrip() + "…"
    description = f"Who raised “{short}”"
    if outcome.person_id is not None:
        ids = [outcome.person_id]
    elif outcome.group_id is not None:
        ids = sorted(set(session.scalars(current_members(outcome.group_id, outcome.raised_on))))
    elif outcome.event_id is not None:
        ids = list(
            session.scalars(
                select(Attendance.person_id).where(
                    Attendance.event_id == outcome.event_id,
                    Attendance.status.in_(sorted(vocab.PRESENT_STATUSES)),
                )
            )
        )
    else:
        ids = []
    return Chosen(
        ids,
        description,
        event_id=outcome.event_id,
        group_id=outcome.group_id,
        outcome_id=outcome.id,
    )


def find_by_name(session: Session, model: type, name: str, what: str) -> int:
    """A group, topic or area named on the command line (any case); one sentence if not."""
    column = model.name  # type: ignore[attr-defined]
    rows = session.execute(
        select(model.id, column).where(func.lower(column) == name.strip().lower())  # type: ignore[attr-defined]
    ).all()
    if not rows:
        names = session.scalars(select(column).order_by(column).limit(8)).all()
        hint = f" (for example: {', '.join(names)})" if names else ""
        raise EngagementError(f"There is no {what} called '{name}'{hint}.")
    return int(rows[0][0])


def describe_ids(person_ids: Sequence[int], how: str) -> Selection:
    """People chosen by hand or by the People page's filter."""
    return Selection("people", person_ids=tuple(person_ids), label=how)


def record_choices(session: Session, kind: str) -> dict[int, str]:
    """What the window offers for a kind of selection: groups, events (newest first),
    topics, areas, "you said, we did" items (newest first)."""
    if kind == "group":
        groups = session.execute(
            select(Group.id, Group.name).where(Group.archived.is_(False)).order_by(Group.name)
        )
        return {i: name for i, name in groups}
    if kind == "event":
        events = session.execute(
            select(Event.id, Event.title, Event.starts_at)
            .order_by(Event.starts_at.desc())
            .limit(400)
        )
        return {i: f"{day_text(when)} {title}" for i, title, when in events}
    if kind == "interest":
        rows = session.execute(
            select(Topic.id, Topic.name).where(Topic.archived.is_(False)).order_by(Topic.name)
        )
        return {i: name for i, name in rows}
    if kind == "area":
        rows = session.execute(
            select(Area.id, Area.name).where(Area.archived.is_(False)).order_by(Area.name)
        )
        return {i: name for i, name in rows}
    if kind == "outcome":
        items = session.execute(
            select(Outcome.id, Outcome.asked, Outcome.raised_on)
            .order_by(Outcome.raised_on.desc(), Outcome.id.desc())
            .limit(400)
        )
        return {
            i: f"{day_text(raised)} " + (" ".join(asked.split())[:70]) for i, asked, raised in items
        }
    if kind == "consultation":
        found = session.execute(
            select(Consultation.id, Consultation.policy, Consultation.closes_on).order_by(
                Consultation.closes_on.desc(), Consultation.id.desc()
            )
        )
        return {i: f"{policy} (closes {day_text(closes)})" for i, policy, closes in found}
    return {}
