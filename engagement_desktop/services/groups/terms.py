"""Terms of office: who is over the limit, whose term ends soon, which seats are free.

A group's rule reads e.g. "terms of 3 years, at most 2 consecutive, then a
break of 1 year". Terms are consecutive when the gap between one term's end
and the next one's start is shorter than the break.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.wording import short_date
from engagement_desktop.store import vocab
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import Event, EventType, Group, GroupSeat, Membership, Person

ENDING_SOON_DAYS = 90
#: Offices in a group that are also a part played at its meetings (the chair chairs).
MEETING_OFFICES = sorted(set(vocab.MEMBERSHIP_ROLES) & set(vocab.ATTENDANCE_ROLES))


@dataclass(frozen=True)
class TermWarning:
    person_id: int
    name: str
    kind: str  # over_limit / ending_soon / too_long
    message: str
    membership_id: int | None = None  # the term the warning is about (to highlight its row)


def add_years(day: date, years: int) -> date:
    """Same day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def current_on(day: date | ColumnElement[Any]) -> ColumnElement[bool]:
    """A membership held on ``day`` (a date, or the database's own ``current_date``): its
    term begun and not over, and not stood down (who leaves on a day is gone that day).
    The one reading of "a current member" in SQL; :func:`_current` is the same in Python."""
    return and_(
        Membership.term_start <= day,
        or_(Membership.term_end.is_(None), Membership.term_end >= day),
        or_(Membership.left_on.is_(None), Membership.left_on > day),
    )


def current_members(group_id: int, day: date) -> Select[Any]:
    """The ids of the people on the group on ``day``."""
    return select(Membership.person_id).where(Membership.group_id == group_id, current_on(day))


#: The kinds of event a group's chair chairs (by the event type's name, any capitals): its
#: own meetings and panel sessions, not a fun day or a pop-up on an estate it runs.
CHAIRED_EVENT_TYPES = frozenset({"meeting", "scrutiny panel"})


def meeting_roles(session: Session, event: Event, person_ids: Collection[int]) -> dict[int, str]:
    """The part each of ``person_ids`` plays at ``event`` because of the office they hold
    in its group on its day: the group's chair chairs its meetings ("chair" on the
    register). Only offices that are also register roles count, and only at the kinds of
    event a chair chairs (:data:`CHAIRED_EVENT_TYPES`); everyone else is an attendee."""
    if event.group_id is None or not person_ids:
        return {}
    kind = session.get(EventType, event.event_type_id) if event.event_type_id else None
    if kind is None or kind.name.casefold() not in CHAIRED_EVENT_TYPES:
        return {}
    day = event.starts_at.date()
    found: dict[int, str] = {}
    for chunk in id_chunks(sorted(person_ids)):
        found.update(
            session.execute(
                select(Membership.person_id, Membership.role).where(
                    Membership.group_id == event.group_id,
                    Membership.person_id.in_(chunk),
                    Membership.role.in_(MEETING_OFFICES),
                    current_on(day),
                )
            ).all()
        )
    return found


def _current(membership: Membership, today: date) -> bool:
    ended = membership.left_on is not None and membership.left_on <= today
    expired = membership.term_end is not None and membership.term_end < today
    return membership.term_start <= today and not ended and not expired


def consecutive_terms(terms: list[Membership], break_years: int) -> int:
    """How many terms, counting back from the latest, run on without a full break."""
    ordered = sorted(terms, key=lambda m: m.term_start)
    run = 1
    for earlier, later in zip(ordered[-2::-1], ordered[:0:-1], strict=False):
        end = earlier.left_on or earlier.term_end or later.term_start
        if add_years(end, break_years) > later.term_start:
            run += 1
        else:
            break
    return run


def term_warnings(session: Session, group_id: int, today: date | None = None) -> list[TermWarning]:
    """Members over the consecutive-term limit, and terms ending within 90 days."""
    today = today or date.today()
    group = session.get(Group, group_id)
    if group is None:
        return []
    rows = session.execute(
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.group_id == group_id, Person.archived.is_(False))
        .order_by(Person.name_sort_key, Person.id, Membership.term_start)
    ).all()
    by_person: dict[int, tuple[Person, list[Membership]]] = {}
    for membership, person in rows:
        by_person.setdefault(person.id, (person, []))[1].append(membership)
    warnings: list[TermWarning] = []
    for person, terms in by_person.values():
        current = [m for m in terms if _current(m, today)]
        if not current:
            continue
        latest = max(current, key=lambda m: m.term_start)
        if group.max_consecutive_terms:
            run = consecutive_terms(
                [m for m in terms if m.term_start <= latest.term_start], group.break_years or 0
            )
            if run > group.max_consecutive_terms:
                warnings.append(
                    TermWarning(
                        person.id,
                        person.full_name,
                        "over_limit",
                        f"in consecutive term {run}; the limit is {group.max_consecutive_terms}"
                        + (f" then a {group.break_years}-year break" if group.break_years else ""),
                        latest.id,
                    )
                )
        if group.term_years and latest.term_end is None:
            due = add_years(latest.term_start, group.term_years)
            if due < today:
                warnings.append(
                    TermWarning(
                        person.id,
                        person.full_name,
                        "too_long",
                        f"term started {short_date(latest.term_start)} has no end date and passed "
                        f"{group.term_years} years on {short_date(due)}",
                        latest.id,
                    )
                )
        if latest.term_end is not None and latest.term_end <= today + timedelta(ENDING_SOON_DAYS):
            days = (latest.term_end - today).days
            warnings.append(
                TermWarning(
                    person.id,
                    person.full_name,
                    "ending_soon",
                    f"term ends {short_date(latest.term_end)} "
                    f"(in {days} day{'s' if days != 1 else ''})",
                    latest.id,
                )
            )
    return warnings


@dataclass(frozen=True)
class SeatCount:
    constituency: str
    seats: int
    filled: int

    @property
    def message(self) -> str:
        if self.filled > self.seats:
            return f"{self.constituency}: {self.filled} members for {self.seats} seats (over)"
        return f"{self.constituency}: {self.filled} of {self.seats} seats filled"


def seat_counts(session: Session, group_id: int, today: date | None = None) -> list[SeatCount]:
    today = today or date.today()
    filled = dict(
        session.execute(
            select(Membership.constituency, func.count(func.distinct(Membership.person_id)))
            .where(
                Membership.group_id == group_id,
                current_on(today),
            )
            .group_by(Membership.constituency)
        ).all()
    )
    seats = session.scalars(
        select(GroupSeat).where(GroupSeat.group_id == group_id).order_by(GroupSeat.constituency)
    )
    return [SeatCount(s.constituency, s.seats, filled.get(s.constituency, 0)) for s in seats]
