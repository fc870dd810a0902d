"""Points for attendance already recorded: paying what no rule has paid yet.

Points are worked out when attendance is marked. So an officer who sets the scheme up
after the first events, adds a rule from a past date, or subscribes someone who has
been coming for months has attendance on file that earned nothing. This pays it: each
attendance since a day, by the rules in force on its day, for members subscribed now.

It only adds. An attendance already paid its points (even under a rule since changed
to other points from a date), or paid and since reversed, is left as it is, and so is
each bonus it holds; nothing is taken away, so a member who has since left keeps what
they were paid. Scheme years whose
year end has been run are closed to it: their points have become vouchers.

The review is the work itself, rolled back (``dry_run``), so what it shows is exactly
what paying will do, annual caps included.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.settings import get_setting, year_of, year_starting
from engagement_desktop.services.common.validation import check_period_day
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.services.rewards.attendance_points import Earning, earned_entry
from engagement_desktop.services.rewards.ledger import add_entry
from engagement_desktop.services.rewards.rules import earning, points_for, rules_on
from engagement_desktop.services.rewards.year_end import RUNS_KEY
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, Event, LedgerEntry, Person, RewardRule


@dataclass
class Payee:
    """One member paid: how many of their attendances earned, and how many points."""

    person_id: int
    name: str
    reference: str | None
    attendances: int = 0
    points: int = 0


@dataclass
class CatchUp:
    """What paying did (or, with ``dry_run``, would do)."""

    since: date
    until: date
    payees: list[Payee] = field(default_factory=list)  # by name
    dry_run: bool = False

    @property
    def points(self) -> int:
        return sum(payee.points for payee in self.payees)

    @property
    def attendances(self) -> int:
        return sum(payee.attendances for payee in self.payees)

    def describe(self) -> str:
        """One sentence for the screen and the command line."""
        span = f"from {long_date(self.since)} to {long_date(self.until)}"
        if not self.payees:
            return f"Every attendance {span} has had the points its rules give."
        verb = "would pay" if self.dry_run else "paid"
        people = len(self.payees)
        return (
            f"This {verb} {self.points:,} points to {people:,} "
            f"member{'s' if people != 1 else ''} for {self.attendances:,} "
            f"attendance{'s' if self.attendances != 1 else ''} {span} that no rule had paid."
        )


class _DryRun(Exception):
    """Carries the result out of a transaction that must not be kept."""

    def __init__(self, result: CatchUp) -> None:
        super().__init__("dry run")
        self.result = result


def first_open_day(session: Session) -> date | None:
    """The first day whose scheme year has not had its year end run (None: none run)."""
    runs = get_setting(session, RUNS_KEY) or {}
    years = [int(year) for year in runs if str(year).isdigit()]
    if not years:
        return None
    return year_starting(max(years) + 1, get_setting(session, "scheme_year_start"))[0]


def check_since(session: Session, since: date, until: date) -> None:
    """Refuse a day outside the years a report can be for, a start in a closed scheme
    year, or a start after the end."""
    for name, day in (("since", since), ("until", until)):
        try:  # 0001-01-01 is a slip (and 9999-12-31 runs off the calendar)
            check_period_day(day)
        except ValueError as exc:
            raise ValidationError({name: str(exc)}) from exc
    opened = first_open_day(session)
    if opened is not None and since < opened:
        raise ValidationError(
            {
                "since": f"the year end before {long_date(opened)} has been run (those points "
                f"are vouchers now); pay from {long_date(opened)} or later"
            }
        )
    if since > until:
        raise ValidationError({"since": f"{long_date(since)} is after the end, {long_date(until)}"})


def pay_missing_points(
    store: Store,
    since: date,
    *,
    until: date | None = None,
    dry_run: bool = False,
    person_ids: Collection[int] | None = None,
) -> CatchUp:
    """Pay every subscribed member (or only ``person_ids``) the points no rule has paid
    them for attendance from ``since`` to ``until`` (today), in one transaction;
    ``dry_run`` rolls it back."""
    until = until or date.today()
    try:
        with store.transaction() as session:
            check_since(session, since, until)
            result = _pay(session, store.actor, since, until, person_ids)
            result.dry_run = dry_run
            if dry_run:
                raise _DryRun(result)
            if result.payees:
                audit.record(
                    session,
                    store.actor,
                    "rewards.catch_up",
                    "ledger_entries",
                    None,
                    {"since": [None, since.isoformat()], "points": [None, result.points]},
                    summary=f"Points paid for attendance already recorded: {result.points:,} "
                    f"points, {len(result.payees):,} members, since {long_date(since)}",
                )
    except _DryRun as done:
        return done.result
    return result


def _pay(
    session: Session, actor: str, since: date, until: date, person_ids: Collection[int] | None
) -> CatchUp:
    result = CatchUp(since, until)
    start, end = datetime.combine(since, time.min), datetime.combine(until, time.min)
    only = Person.id.in_(sorted(person_ids)) if person_ids is not None else true()
    rows = session.execute(
        select(
            Attendance.id,
            Attendance.uuid,
            Attendance.role,
            Attendance.minutes,
            Event.event_type_id,
            Event.starts_at,
            Event.title,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.reference,
        )
        .join(Event, Event.id == Attendance.event_id)
        .join(Person, Person.id == Attendance.person_id)
        .where(
            Attendance.status.in_(vocab.PRESENT_STATUSES),
            Event.status != "cancelled",
            Event.starts_at >= start,
            Event.starts_at < end + timedelta(days=1),
            Person.involvement_status == "subscribed",
            Person.archived != true(),
            only,
        )
        .order_by(Event.starts_at, Attendance.id)
    ).all()
    if not rows:
        return result
    held = _held_slots(session, start, end + timedelta(days=1))
    year_start = get_setting(session, "scheme_year_start")
    used = _used_of_caps(session, {year_of(row.starts_at.date(), year_start) for row in rows})
    chosen: dict[tuple[int, str, date], list[RewardRule]] = {}
    payees: dict[int, Payee] = {}
    for row in rows:
        attendance_id, uuid, role, minutes, type_id, starts_at, title, person_id = row[:8]
        slots = held.get(attendance_id, set())
        if _ANY in slots:  # paid before awards named their rule: leave it
            continue
        day = starts_at.date()
        year = year_of(day, year_start)
        key = (type_id, role, day)
        if key not in chosen:
            chosen[key] = rules_on(session, type_id, role, day)
        paid_here = 0
        for rule in chosen[key]:
            if slot(rule) in slots:
                continue
            points = points_for(rule, minutes)
            if rule.annual_cap is not None:  # over every version of the rule
                spent = used.get((person_id, earning(rule), year), 0)
                points = max(0, min(points, rule.annual_cap - spent))
                used[(person_id, earning(rule), year)] = spent + points
            if points <= 0:
                continue
            add_entry(
                session,
                actor,
                earned_entry(
                    rule, Earning(person_id, attendance_id, uuid, day, title), points, year
                ),
            )
            paid_here += points
        if paid_here:
            payee = payees.get(person_id)
            if payee is None:
                name = f"{row.first_name} {row.last_name}".strip()
                payee = payees[person_id] = Payee(person_id, name, row.reference)
            payee.attendances += 1
            payee.points += paid_here
    result.payees = sorted(payees.values(), key=lambda p: (p.name.casefold(), p.person_id))
    return result


#: The slot of an award whose rule is not known: the attendance is left alone.
_ANY: tuple[str | int | None, ...] = ("any",)


def slot(rule: RewardRule) -> tuple[str | int | None, ...]:
    """What an award pays an attendance for: its points for being there (whatever rule
    gave them: a rule changed from a date is a new rule for the same thing), or its
    bonus (a bonus is for the role the attendance was in)."""
    if rule.basis != "bonus":
        return ("attendance",)
    # One bonus an attendance: a bonus rule changed from a date (its points, its kind of
    # event, even the capitals of what it is for) is a new rule paying the same bonus.
    return ("bonus",)


def _held_slots(
    session: Session, start: datetime, before: datetime
) -> dict[int, set[tuple[str | int | None, ...]]]:
    """What each attendance at events in [start, before) already holds an entry for (an
    award, or one since reversed), by :func:`slot`."""
    rules = {rule.id: rule for rule in session.scalars(select(RewardRule))}
    held: dict[int, set[tuple[str | int | None, ...]]] = {}
    for attendance_id, rule_id in session.execute(
        select(Attendance.id, LedgerEntry.rule_id)
        .join(Attendance, Attendance.id == LedgerEntry.attendance_id)
        .join(Event, Event.id == Attendance.event_id)
        .where(Event.starts_at >= start, Event.starts_at < before)
        .distinct()
    ):
        rule = rules.get(rule_id) if rule_id is not None else None
        held.setdefault(attendance_id, set()).add(slot(rule) if rule else _ANY)
    return held


def _used_of_caps(
    session: Session, years: set[int]
) -> dict[tuple[int, tuple[object, ...], int], int]:
    """Points each member already holds for each earning (every version of a rule, see
    :func:`~engagement_desktop.services.rewards.rules.earning`), per scheme year."""
    rules = {rule.id: rule for rule in session.scalars(select(RewardRule))}
    used: dict[tuple[int, tuple[object, ...], int], int] = {}
    for person_id, rule_id, year, total in session.execute(
        select(
            LedgerEntry.person_id,
            LedgerEntry.rule_id,
            LedgerEntry.scheme_year,
            func.sum(LedgerEntry.points),
        )
        .where(LedgerEntry.rule_id.is_not(None), LedgerEntry.scheme_year.in_(sorted(years)))
        .group_by(LedgerEntry.person_id, LedgerEntry.rule_id, LedgerEntry.scheme_year)
    ):
        rule = rules.get(int(rule_id or 0))
        if rule is not None:
            key = (person_id, earning(rule), int(year or 0))
            used[key] = used.get(key, 0) + int(total or 0)
    return used
