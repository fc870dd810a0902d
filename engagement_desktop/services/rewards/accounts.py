"""What the Rewards screens read: a member's account, vouchers issued, scheme years.

Reading only (nothing here writes), shaped for showing: codes already turned
into the officer's words, running balances worked out, corrections paired with
the entries they reverse. The CLI and a future server can use the same. The list of
points rules is read beside the rules themselves (``services.rewards.rules``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.common.settings import get_setting, year_of, year_starting
from engagement_desktop.services.people.people import fold
from engagement_desktop.services.rewards.year_end import RUNS_KEY, Conversion
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    LedgerEntry,
    Person,
    RewardPayout,
    SupportNeed,
)


@dataclass(frozen=True)
class LedgerLine:
    """One entry as the officer reads it, with the balance after it."""

    id: int
    day: date
    reason: str
    points: int
    running: int
    kind: str
    source: str
    recorded_by: str
    reverses_id: int | None
    reversed_by_id: int | None  # the correction that undid this entry, if any

    @property
    def kind_label(self) -> str:
        return vocab.LEDGER_KINDS.get(self.kind, self.kind)

    @property
    def source_label(self) -> str:
        return vocab.LEDGER_SOURCES.get(self.source, self.source)

    @property
    def correctable(self) -> bool:
        """Corrections are not corrected again, and an entry is reversed once."""
        return self.reverses_id is None and self.reversed_by_id is None


@dataclass
class Account:
    """A member's points: the ledger, the balance and what it is worth under the scheme."""

    person_id: int
    name: str
    reference: str | None
    involvement: str
    archived: bool
    large_print: bool
    balance: int
    convertible_points: int
    worth_pence: int
    scheme: str
    lines: list[LedgerLine] = field(default_factory=list)

    @property
    def carry_over(self) -> int:
        return self.balance - self.convertible_points


def _conversion(session: Session) -> Conversion:
    return Conversion.from_setting(get_setting(session, "reward_conversion"))


def account(session: Session, person_id: int) -> Account:
    """The member's whole ledger, oldest first, as the ledger service orders it."""
    person = get_or_404(session, Person, person_id, "person")
    rows = session.execute(
        select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.reason,
            LedgerEntry.points,
            LedgerEntry.kind,
            LedgerEntry.source,
            LedgerEntry.recorded_by,
            LedgerEntry.reverses_id,
        )
        .where(LedgerEntry.person_id == person_id)
        .order_by(LedgerEntry.entry_date, LedgerEntry.points.desc(), LedgerEntry.id)
    ).all()
    # A correction is always on the same person's ledger, so pairing them here needs no
    # join (reverses_id has no index: a self-join scanned the whole ledger per entry).
    reversed_by = {row.reverses_id: row.id for row in rows if row.reverses_id is not None}
    lines: list[LedgerLine] = []
    running = 0
    for entry_id, day, reason, points, kind, source, by, reverses in rows:
        running += points
        lines.append(
            LedgerLine(
                entry_id,
                day,
                reason,
                points,
                running,
                kind,
                source,
                by,
                reverses,
                reversed_by.get(entry_id),
            )
        )
    conversion = _conversion(session)
    points, pence = conversion.convert(max(running, 0))
    large = session.scalar(
        select(func.count())
        .select_from(SupportNeed)
        .where(SupportNeed.person_id == person_id, SupportNeed.need == "large_print")
    )
    return Account(
        person_id=person.id,
        name=person.full_name,
        reference=person.reference,
        involvement=vocab.INVOLVEMENT_STATUSES.get(
            person.involvement_status, person.involvement_status
        ),
        archived=bool(person.archived),
        large_print=bool(large),
        balance=running,
        convertible_points=points,
        worth_pence=pence,
        scheme=conversion.describe(),
        lines=lines,
    )


@dataclass(frozen=True)
class PersonMatch:
    id: int
    name: str
    reference: str | None
    balance: int


def find_people(session: Session, text: str, limit: int = 30) -> list[PersonMatch]:
    """People whose name, reference or postcode has every word typed (accents ignored)."""
    words = [fold(word) for word in text.split() if word.strip()]
    if not words:
        return []
    held = (
        select(func.coalesce(func.sum(LedgerEntry.points), 0))
        .where(LedgerEntry.person_id == Person.id)
        .correlate(Person)
        .scalar_subquery()
    )
    query = select(Person.id, Person.first_name, Person.last_name, Person.reference, held).where(
        Person.archived.is_not(True)
    )
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Person.search_text.like(f"%{escaped}%", escape="\\"))
    query = query.order_by(Person.name_sort_key, Person.id).limit(limit)
    return [
        PersonMatch(pid, f"{first} {last}".strip(), reference, int(balance or 0))
        for pid, first, last, reference, balance in session.execute(query)
    ]


# --- scheme years -------------------------------------------------------------------------


def scheme_year_of(session: Session, day: date | None = None) -> int:
    return year_of(day or date.today(), get_setting(session, "scheme_year_start"))


def scheme_years(session: Session, today: date | None = None) -> list[int]:
    """Every scheme year from the first ledger entry to the current one, newest first."""
    current = scheme_year_of(session, today)
    first_day = session.scalar(select(func.min(LedgerEntry.entry_date)))
    first = scheme_year_of(session, first_day) if first_day is not None else current - 1
    return list(range(current, min(first, current - 1) - 1, -1))


def year_label(year: int) -> str:
    """2025 -> "2025/26"."""
    return f"{year}/{(year + 1) % 100:02d}"


def year_dates(session: Session, year: int) -> tuple[date, date]:
    return year_starting(year, get_setting(session, "scheme_year_start"))


@dataclass(frozen=True)
class YearRun:
    """When a year-end run was committed, and by whom (None: not yet)."""

    at: str | None
    by: str | None
    carried_over: int


def year_run(session: Session, year: int) -> YearRun:
    record = (get_setting(session, RUNS_KEY) or {}).get(str(year)) or {}
    return YearRun(record.get("at"), record.get("by"), len(record.get("carried_over", [])))


# --- what the year end wrote --------------------------------------------------------------


@dataclass(frozen=True)
class Payout:
    """A voucher, donation or rent credit issued at a year end."""

    id: int
    person_id: int
    name: str
    reference: str | None
    kind: str
    value_pence: int
    provider: str | None
    serial_number: str | None
    handed_over_on: date | None
    notes: str | None

    @property
    def kind_label(self) -> str:
        return vocab.PAYOUT_KINDS.get(self.kind, self.kind)


def payouts(session: Session, year: int, *, not_handed_over: bool = False) -> list[Payout]:
    query = (
        select(
            RewardPayout.id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.reference,
            RewardPayout.kind,
            RewardPayout.value_pence,
            RewardPayout.provider,
            RewardPayout.serial_number,
            RewardPayout.handed_over_on,
            RewardPayout.notes,
        )
        .join(Person, Person.id == RewardPayout.person_id)
        .where(RewardPayout.scheme_year == year)
        .order_by(Person.name_sort_key, RewardPayout.id)
    )
    if not_handed_over:
        query = query.where(RewardPayout.handed_over_on.is_(None))
    found = []
    for (
        pid,
        person,
        first,
        last,
        ref,
        kind,
        value,
        provider,
        serial,
        handed,
        notes,
    ) in session.execute(query):
        name = f"{first} {last}".strip()
        found.append(Payout(pid, person, name, ref, kind, value, provider, serial, handed, notes))
    return found


@dataclass
class YearEndTotals:
    """The year end as the ledger holds it: conversion entries and their payouts, by kind."""

    year: int
    people: int = 0
    points: int = 0
    value_pence: int = 0
    by_kind: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # count, points, £p


def year_end_totals(session: Session, year: int) -> YearEndTotals:
    """Summed from the ledger itself, so the wizard's summary can be checked against it."""
    rows = session.execute(
        select(
            LedgerEntry.kind,
            func.count(LedgerEntry.id),
            func.coalesce(func.sum(-LedgerEntry.points), 0),
            func.coalesce(func.sum(RewardPayout.value_pence), 0),
        )
        .outerjoin(RewardPayout, RewardPayout.ledger_entry_id == LedgerEntry.id)
        .where(LedgerEntry.source_key.like(f"year_end:{year}:%"))
        .group_by(LedgerEntry.kind)
    ).all()
    totals = YearEndTotals(year)
    for kind, count, points, pence in rows:
        totals.by_kind[kind] = (int(count), int(points), int(pence))
        totals.people += int(count)
        totals.points += int(points)
        totals.value_pence += int(pence)
    return totals


# --- statements ---------------------------------------------------------------------------


def statement_count(session: Session, year: int) -> int:
    """How many letters the batch for ``year`` holds (as reports.points_statement picks them)."""
    end = year_dates(session, year)[1]
    return int(
        session.scalar(
            select(func.count(Person.id)).where(
                Person.archived.is_(False),
                Person.id.in_(select(LedgerEntry.person_id).where(LedgerEntry.entry_date <= end)),
            )
        )
        or 0
    )
