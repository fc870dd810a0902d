"""Check-in at the event door: find a person from two or three letters, check them
in with one key, add walk-ins on the spot, undo a mistake.

Everything is local SQL on indexed or pre-folded columns, so it keeps up with a
queue at a community centre door, with no network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.common.wording import short_date
from engagement_desktop.services.events.details import sheet_order_key
from engagement_desktop.services.events.events import mark, refuse_erased
from engagement_desktop.services.groups.terms import meeting_roles
from engagement_desktop.services.people.conduct import active_exclusion
from engagement_desktop.services.people.consents import add_consent, current_consents
from engagement_desktop.services.people.duplicates import DuplicateMatch, find_duplicates
from engagement_desktop.services.people.people import (
    HoldDataConsent,
    PersonChanges,
    fold,
    save_person_in,
)
from engagement_desktop.services.rewards.attendance_points import award_for_attendance
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, Event, LedgerEntry, Person


@dataclass(frozen=True)
class Match:
    person_id: int
    name: str
    reference: str | None
    postcode: str | None
    invited: bool
    checked_in: bool


@dataclass(frozen=True)
class CheckIn:
    """What a check-in did, enough to undo it."""

    attendance_id: int
    person_id: int
    name: str
    previous_status: str | None  # None: the person was not on the register
    present: int  # people checked in now
    points: int  # points awarded by this check-in


class NeedsConfirmation(EngagementError):
    """The person is excluded or withdrew consent: the officer must decide (the window
    asks "Check them in anyway?"; the command line names its --confirmed option)."""

    def way_on(self, how: str) -> str:
        """The reasons and how to go on, as one sentence."""
        return f"{self}; {how}."


class AlreadyOnFile(EngagementError):
    """A walk-in who looks like someone on file: check that person in, or add anyway."""

    def __init__(self, matches: Sequence[DuplicateMatch]) -> None:
        self.matches = list(matches)
        super().__init__(f"{self.who}; nothing was changed.")

    @property
    def reference(self) -> str:
        """The likeliest match's reference, or ``#id`` when they have none."""
        first = self.matches[0]
        return first.reference or f"#{first.person_id}"

    @property
    def who(self) -> str:
        """ "Jo Bell (T03) is already on file (same name and postcode)"."""
        first, others = self.matches[0], len(self.matches) - 1
        more = f" (and {others} more)" if others else ""
        return f"{first.name} ({self.reference}) is already on file ({first.reason}){more}"


def search(session: Session, event_id: int, text: str, limit: int = 12) -> list[Match]:
    """People whose name, reference or postcode contains every typed word; invitees first.

    Two queries, because one is slow on a big file: the event's register (a few
    hundred rows, through its index), then everyone else. A typed fragment can
    sit anywhere in the text, so no index can serve the LIKE; the second query
    reads the table once in storage order (about 15 ms for 50,000 people) and keeps
    only the first few matches by name (a top-N sort). ``archived IS NOT 1`` rather
    than ``= 0``, and no index on the ORDER BY: either lures SQLite into walking a
    name index with a table look-up per person, several times slower when few
    people match.
    """
    tokens = [fold(t) for t in text.replace(",", " ").split() if t]
    if not tokens or sum(len(t) for t in tokens) < 2:
        return []
    likes = [Person.search_text.like(f"%{t.replace('%', '').replace('_', '')}%") for t in tokens]
    columns = (Person.id, Person.first_name, Person.last_name, Person.reference, Person.postcode)
    live = Person.archived.is_not(True)
    on_register = session.execute(
        select(*columns, Attendance.status)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.event_id == event_id, live, *likes)
        .order_by(Person.name_sort_key, Person.id)
        .limit(limit)
    ).all()
    rows: list[tuple[Any, ...]] = [tuple(row) for row in on_register]
    if len(rows) < limit:
        seen = {row[0] for row in rows}
        others = session.execute(
            select(*columns)
            .where(live, *likes)
            # coalesce(): an expression, so the name-key index is not walked (see above).
            .order_by(func.coalesce(Person.name_sort_key, b""), Person.id)
            .limit(limit + len(seen))
        ).all()
        rows += [(*row, None) for row in others if row[0] not in seen][: limit - len(rows)]
    return [
        Match(
            pid,
            f"{first} {last}".strip(),
            ref,
            postcode,
            status is not None,
            status in vocab.PRESENT_STATUSES,
        )
        for pid, first, last, ref, postcode, status in rows
    ]


def present_count(session: Session, event_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(
                Attendance.event_id == event_id,
                Attendance.status.in_(sorted(vocab.PRESENT_STATUSES)),
            )
        )
        or 0
    )


def warnings_for(session: Session, person: Person, day: date) -> list[str]:
    """Reasons not to check someone in silently."""
    found = []
    exclusion = active_exclusion(session, person.id, day)
    if exclusion is not None:
        until = f" until {short_date(exclusion.ends_on)}" if exclusion.ends_on else ""
        found.append(f"{person.full_name} is excluded{until}: {exclusion.reason}")
    consents = current_consents(session, person.id)
    hold = consents.get("hold_data")
    if hold is not None and not hold.given:
        found.append(f"{person.full_name} withdrew consent for us to hold their details")
    return found


def check_in(store: Store, event_id: int, person_id: int, *, confirmed: bool = False) -> CheckIn:
    """Mark a person present (attended if invited, walk-in if not) and award points."""
    with store.transaction() as session:
        event = get_or_404(session, Event, event_id, "event")
        person = get_or_404(session, Person, person_id, "person")
        refuse_erased(session, person)  # before any question a confirmation could answer
        if not confirmed:
            problems = warnings_for(session, person, event.starts_at.date())
            if problems:
                raise NeedsConfirmation("; ".join(problems))
        row = session.scalar(
            select(Attendance).where(
                Attendance.event_id == event_id, Attendance.person_id == person_id
            )
        )
        if row is not None and row.status in vocab.PRESENT_STATUSES:
            raise EngagementError(f"{person.full_name} is already checked in.")
        status = "walk_in" if row is None or row.status == "walk_in" else "attended"
        before = _points(session, row.id) if row is not None else 0
        if row is None:  # not on the register: they come as what they are in the group
            role = meeting_roles(session, event, [person.id]).get(person.id, "attendee")
        else:
            role = row.role
        row, previous = mark(
            session, store.actor, event, person, status, role, row.minutes if row else None
        )
        return CheckIn(
            row.id,
            person.id,
            person.full_name,
            previous,
            present_count(session, event_id),
            _points(session, row.id) - before,
        )


def _points(session: Session, attendance_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
                LedgerEntry.attendance_id == attendance_id
            )
        )
        or 0
    )


def undo_check_in(store: Store, done: CheckIn) -> int:
    """Put the register back as it was before ``done``; returns the new count.

    A walk-in who was not on the register leaves it again (unless points were
    already written against the row, which are then reversed and the mark
    becomes a no-show, keeping the trail)."""
    with store.transaction() as session:
        row = get_or_404(session, Attendance, done.attendance_id, "register entry")
        event = get_or_404(session, Event, row.event_id, "event")
        person = get_or_404(session, Person, row.person_id, "person")
        if done.previous_status is not None:
            mark(session, store.actor, event, person, done.previous_status, row.role, row.minutes)
        else:
            row.status = "no_show"
            session.flush()
            award_for_attendance(session, store.actor, row)
            has_entries = session.scalar(
                select(LedgerEntry.id).where(LedgerEntry.attendance_id == row.id).limit(1)
            )
            if has_entries is None:
                session.execute(delete(Attendance).where(Attendance.id == row.id))
            audit.record(
                session,
                store.actor,
                "attendance.undo",
                "attendance",
                row.id,
                {"status": ["walk_in", None if has_entries is None else "no_show"]},
                record_uuid=row.uuid,
                summary=f"Undid check-in of person #{person.id} at event #{event.id}",
            )
        return present_count(session, event.id)


def add_walk_in(
    store: Store,
    event_id: int,
    fields: dict,
    *,
    hold_data: bool,
    contact: Sequence[str] = (),
    wording_version: str | None = None,
    refuse_if_on_file: bool = False,
) -> CheckIn:
    """A new person added at the door, their consents recorded as given in person at
    the event, and checked in, all in one transaction.

    ``refuse_if_on_file``: raise :class:`AlreadyOnFile` when the walk-in matches someone
    already on file (as the window asks first), decided inside this transaction so the
    same walk-in typed twice, even by two processes at once, makes one person."""
    with store.transaction() as session:
        event = get_or_404(session, Event, event_id, "event")
        if refuse_if_on_file:
            matches = find_duplicates(session, fields)
            if matches:
                raise AlreadyOnFile(matches)
        context = f"in person at {event.title} ({short_date(event.starts_at)})"
        # Without consent the people service refuses them (the one rule for adding anyone):
        # the officer counts them as an anonymous attendee instead.
        consent = HoldDataConsent("in_person", wording_version, context, event.id)
        changes = PersonChanges(fields=dict(fields), hold_data=consent if hold_data else None)
        person = save_person_in(session, store.actor, None, changes)
        for purpose in contact:
            add_consent(
                session,
                store.actor,
                person,
                purpose,
                True,
                "in_person",
                wording_version=wording_version,
                context=context,
                event_id=event.id,
            )
        row, _ = mark(session, store.actor, event, person, "walk_in", "attendee", None)
        return CheckIn(
            row.id,
            person.id,
            person.full_name,
            None,
            present_count(session, event_id),
            _points(session, row.id),
        )


def register_in_sheet_order(session: Session, event_id: int) -> list[tuple[int, int, str, str]]:
    """(attendance id, person id, name, status) in the printed sheet's order, for typing in."""
    rows = session.execute(
        select(Attendance.id, Person.id, Person.first_name, Person.last_name, Attendance.status)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.event_id == event_id)
    ).all()
    rows = sorted(
        rows, key=lambda row: sheet_order_key(row.status, row.last_name, row.first_name, row[1])
    )
    return [(aid, pid, f"{first} {last}".strip(), status) for aid, pid, first, last, status in rows]


__all__ = [
    "AlreadyOnFile",
    "CheckIn",
    "Match",
    "NeedsConfirmation",
    "add_walk_in",
    "check_in",
    "present_count",
    "register_in_sheet_order",
    "search",
    "undo_check_in",
    "warnings_for",
]
