"""What the event screens read: one event as the editor shows it, the choices it
offers, the register with points earned, a month's events for the calendar, and
one expense claim for its dialog.

Read-only; every change goes through :mod:`events`, :mod:`invitations` or
:mod:`checkin`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.checks import get_or_404, name_sort_key
from engagement_desktop.services.common.wording import short_month, weekday_short
from engagement_desktop.services.events.events import EVENT_FIELDS
from engagement_desktop.services.events.expenses import EXPENSE_FIELDS
from engagement_desktop.services.listings.activity import EVENTS
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Event,
    EventCost,
    EventTopic,
    EventType,
    Expense,
    Group,
    LedgerEntry,
    Person,
    Topic,
)


@dataclass(frozen=True)
class EventForm:
    """An event as :func:`events.save_event` takes it back: fields, topic ids, cost lines."""

    fields: dict[str, Any]
    topics: list[int]
    costs: list[tuple[str, int, str | None]]
    invited: int  # people on the register


def event_form(session: Session, event_id: int) -> EventForm:
    event = get_or_404(session, Event, event_id, "event")
    topics = sorted(
        session.scalars(select(EventTopic.topic_id).where(EventTopic.event_id == event_id))
    )
    costs = [
        (c.category, c.amount_pence, c.note)
        for c in session.scalars(
            select(EventCost).where(EventCost.event_id == event_id).order_by(EventCost.id)
        )
    ]
    invited = session.scalar(
        select(func.count(Attendance.id)).where(Attendance.event_id == event_id)
    )
    return EventForm(
        {name: getattr(event, name) for name in EVENT_FIELDS}, topics, costs, int(invited or 0)
    )


@dataclass(frozen=True)
class EditorChoices:
    """Drop-down contents: live records, plus the archived one an old event still uses."""

    types: dict[int, str]
    groups: dict[int, str]
    areas: dict[int, str]
    topics: dict[int, str]


def _live(session: Session, model: Any, keep: set[int]) -> dict[int, str]:
    rows = session.execute(
        select(model.id, model.name)
        .where(or_(model.archived.is_not(True), model.id.in_(sorted(keep))))
        .order_by(func.lower(model.name))
    )
    return {row[0]: row[1] for row in rows}


def editor_choices(session: Session, form: EventForm | None = None) -> EditorChoices:
    fields = form.fields if form else {}

    def keep(name: str) -> set[int]:
        return {fields[name]} if fields.get(name) else set()

    return EditorChoices(
        _live(session, EventType, keep("event_type_id")),
        _live(session, Group, keep("group_id")),
        _live(session, Area, keep("area_id")),
        _live(session, Topic, set(form.topics) if form else set()),
    )


@dataclass(frozen=True)
class RegisterRow:
    attendance_id: int
    person_id: int
    sheet_number: int | None  # the number printed on the sign-in sheet
    name: str
    reference: str | None
    postcode: str | None
    status: str
    role: str
    minutes: int | None
    points: int  # points this attendance earned (net of any reversal)
    subscribed: bool


def sheet_order_key(
    status: str, last_name: str | None, first_name: str | None, person_id: int
) -> tuple[bool, bytes, int]:
    """The printed sign-in sheet's order: invitees by surname, then people who came
    without being on it (walk-ins, who wrote on a slip). Adding a walk-in never moves
    the number of anyone already printed, so typing in follows the paper."""
    return status == "walk_in", name_sort_key(last_name, first_name), person_id


def register_rows(session: Session, event_id: int) -> list[RegisterRow]:
    """Everyone on the register in sheet order, with the points each mark earned."""
    get_or_404(session, Event, event_id, "event")
    points = dict(
        session.execute(
            select(LedgerEntry.attendance_id, func.sum(LedgerEntry.points))
            .join(Attendance, Attendance.id == LedgerEntry.attendance_id)
            .where(Attendance.event_id == event_id)
            .group_by(LedgerEntry.attendance_id)
        ).all()
    )
    rows = session.execute(
        select(
            Attendance.id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.reference,
            Person.postcode,
            Attendance.status,
            Attendance.role,
            Attendance.minutes,
            Person.involvement_status,
        )
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.event_id == event_id)
    ).all()
    rows = sorted(
        rows, key=lambda row: sheet_order_key(row.status, row.last_name, row.first_name, row[1])
    )
    return [
        RegisterRow(
            row[0],
            row[1],
            number,
            f"{row.first_name} {row.last_name}".strip(),
            row.reference,
            row.postcode,
            row.status,
            row.role,
            row.minutes,
            int(points.get(row[0]) or 0),
            row.involvement_status == "subscribed",
        )
        for number, row in enumerate(rows, start=1)
    ]


@dataclass(frozen=True)
class CalendarEvent:
    id: int
    starts_at: datetime
    ends_at: datetime | None
    title: str
    event_type: str
    status: str


def events_between(
    session: Session,
    start: date,
    end: date,
    *,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
) -> list[CalendarEvent]:
    """Events from ``start`` up to (not including) ``end``, narrowed as the list is."""
    ids = EVENTS.id_query(search, "date", False, filters).where(
        Event.starts_at >= datetime.combine(start, datetime.min.time()),
        Event.starts_at < datetime.combine(end, datetime.min.time()),
    )
    rows = session.execute(
        select(Event.id, Event.starts_at, Event.ends_at, Event.title, EventType.name, Event.status)
        .join(EventType, EventType.id == Event.event_type_id)
        .where(Event.id.in_(ids))
        .order_by(Event.starts_at, Event.id)
    )
    return [CalendarEvent(*row) for row in rows]


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First day of the month and first day of the next."""
    first = date(year, month, 1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following


@dataclass(frozen=True)
class EventHeading:
    """How an event is named at the top of the register and check-in screens."""

    id: int
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    status: str

    @property
    def when(self) -> str:
        at = self.starts_at
        text = f"{weekday_short(at)} {at.day} {short_month(at)} {at.year}, {at:%H:%M}"
        return f"{text}–{self.ends_at:%H:%M}" if self.ends_at else text


def event_heading(session: Session, event_id: int) -> EventHeading:
    event = get_or_404(session, Event, event_id, "event")
    area = session.get(Area, event.area_id) if event.area_id else None
    place = ", ".join(
        p for p in (event.venue or event.online_url, area.name if area else None) if p
    )
    return EventHeading(event.id, event.title, event.starts_at, event.ends_at, place, event.status)


# --- expenses ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpenseForm:
    """A claim as :func:`expenses.save_expense` takes it back, with the claimant's name."""

    fields: dict[str, Any]
    person_name: str


def expense_form(session: Session, expense_id: int) -> ExpenseForm:
    expense = get_or_404(session, Expense, expense_id, "expense")
    person = get_or_404(session, Person, expense.person_id, "person")
    return ExpenseForm({name: getattr(expense, name) for name in EXPENSE_FIELDS}, person.full_name)


def person_label(session: Session, person_id: int) -> str:
    """ "Zoë O'Neill (T000123)": how a chosen person is named on a form."""
    person = get_or_404(session, Person, person_id, "person")
    return f"{person.full_name} ({person.reference})" if person.reference else person.full_name


def event_choices(session: Session) -> dict[int, str]:
    """Every event, newest first, as "2 Jun 2026 · Meadowbank pop-up"."""
    rows = session.execute(
        select(Event.id, Event.starts_at, Event.title).order_by(Event.starts_at.desc(), Event.id)
    )
    return {i: f"{when.day} {short_month(when)} {when.year} · {title}" for i, when, title in rows}
