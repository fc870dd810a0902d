"""The annual run: points become vouchers, donations or rent credits.

Preview changes nothing. Commit writes every conversion in one transaction.
Each conversion's source key is ``year_end:<year>:<person uuid>`` and the
members who chose to carry over are listed in the run's record, so running
the same year again changes nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import optional_text
from engagement_desktop.services.common.progress import Progress, report
from engagement_desktop.services.common.settings import get_setting, year_starting
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.services.rewards.ledger import BelowZero, NewEntry, add_entry
from engagement_desktop.store import vocab
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import LedgerEntry, Person, RewardPayout, Setting

RUNS_KEY = "year_end_runs"
CHOICES = {**vocab.PAYOUT_KINDS, "carry_over": "Carry over"}
#: What a stopped run says (the window's Cancel).
CANCELLED = "Year-end run cancelled; nothing was written."
#: The longest voucher serial number and provider (or charity) name, as the table holds them.
SERIAL_LIMIT, PROVIDER_LIMIT = 80, 120


@dataclass(frozen=True)
class Conversion:
    """The scheme's table: whole steps of points at a rate, or fixed thresholds."""

    pence_per_point: int = 100
    minimum_points: int = 50
    step_points: int = 50
    table: tuple[tuple[int, int], ...] = ()  # (points, value in pence), e.g. (50, 5000)

    @classmethod
    def from_setting(cls, value: Mapping[str, Any] | None) -> Conversion:
        value = dict(value or {})
        table = tuple(sorted((int(p), int(v)) for p, v in value.get("table", ())))
        return cls(
            pence_per_point=int(value.get("pence_per_point", 100)),
            minimum_points=int(value.get("minimum_points", 50)),
            step_points=max(1, int(value.get("step_points", 50))),
            table=table,
        )

    def convert(self, points: int) -> tuple[int, int]:
        """(points converted, value in pence) for a balance; the rest carries over."""
        if self.table:
            eligible = [(p, v) for p, v in self.table if p <= points]
            return max(eligible) if eligible else (0, 0)
        if points < self.minimum_points:
            return 0, 0
        used = points // self.step_points * self.step_points
        return used, used * self.pence_per_point

    def describe(self) -> str:
        if self.table:
            return ", ".join(f"{p} points = £{v / 100:,.2f}" for p, v in self.table)
        rate = (
            f"£{self.pence_per_point / 100:,.2f}"
            if self.pence_per_point >= 100
            else f"{self.pence_per_point}p"
        )
        return (
            f"{rate} a point in blocks of {self.step_points} points, "
            f"from {self.minimum_points} points"
        )


@dataclass
class YearEndLine:
    person_id: int
    person_uuid: str
    name: str
    reference: str | None
    earned: int  # points earned in the year
    balance: int  # balance on the last day of the year
    points: int  # points that convert
    value_pence: int
    status: str = "to do"  # to do / converted / carried over

    @property
    def carry_over(self) -> int:
        return self.balance - self.points


@dataclass
class YearEndPreview:
    year: int
    start: date
    end: date
    conversion: Conversion
    lines: list[YearEndLine] = field(default_factory=list)

    @property
    def total_points(self) -> int:
        return sum(line.points for line in self.lines)

    @property
    def total_value_pence(self) -> int:
        return sum(line.value_pence for line in self.lines)


@dataclass(frozen=True)
class Choice:
    """A member's choice: voucher (provider, serial, handed over), donation (charity),
    rent credit, or carry over."""

    kind: str = "voucher"
    provider: str | None = None
    serial_number: str | None = None
    handed_over_on: date | None = None
    notes: str | None = None


def _key(year: int, person_uuid: str) -> str:
    return f"year_end:{year}:{person_uuid}"


def _year_end_keys(session: Session, year: int) -> Any:
    """The entries of ``year``'s own run, by their source keys. SQLite's LIKE ignores
    case, so it cannot seek the unique index on source_key and read all 500,000 entries
    (0.16 s); there a range on the key in byte order, which the index answers, comes
    with it. PostgreSQL keeps the plain LIKE: its collation may not sort the ':' key
    prefix as bytes do, so the range would not be safe there."""
    prefix = _key(year, "")
    mine = LedgerEntry.source_key.like(prefix + "%")
    if session.get_bind().dialect.name != "sqlite":
        return mine
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # "year_end:2025;" sorts after every key
    return and_(LedgerEntry.source_key >= prefix, LedgerEntry.source_key < after, mine)


def _runs(session: Session) -> dict[str, Any]:
    return dict(get_setting(session, RUNS_KEY) or {})


def preview(session: Session, year: int) -> YearEndPreview:
    """Every member with points at the year end and what they convert to. Writes nothing."""
    start, end = year_starting(year, get_setting(session, "scheme_year_start"))
    conversion = Conversion.from_setting(get_setting(session, "reward_conversion"))
    result = YearEndPreview(year, start, end, conversion)
    # One pass over the (person, date, points, kind) index, in person order, for both
    # sums; this year's own conversions (few) are taken back out below. Summing with
    # a correlated sub-query per member and a NOT LIKE on every entry's source key
    # visited the table for each of 500,000 entries (0.9 s). The year's earnings are
    # an aggregate FILTER rather than a CASE in the sum: the database then skips the
    # step for the entries that do not count (measured 1.5 times faster).
    earned_now = and_(
        LedgerEntry.entry_date >= start,
        LedgerEntry.points > 0,
        LedgerEntry.kind.in_(("earned", "manual_award")),
    )
    sums = (
        select(
            LedgerEntry.person_id.label("person_id"),
            func.sum(LedgerEntry.points).label("held"),
            func.coalesce(func.sum(LedgerEntry.points).filter(earned_now), 0).label("earned"),
            func.count().label("entries"),
        )
        .where(LedgerEntry.entry_date <= end)
        .group_by(LedgerEntry.person_id)
        .subquery()
    )
    found = session.execute(
        select(
            Person.id,
            Person.uuid,
            Person.first_name,
            Person.last_name,
            Person.reference,
            sums.c.held,
            sums.c.earned,
            sums.c.entries,
        )
        .join(sums, sums.c.person_id == Person.id)
        .order_by(Person.name_sort_key, Person.id)
    ).all()
    done: dict[str, tuple[int, int]] = {}
    taken_back: dict[int, tuple[int, int, int]] = {}  # person -> points, earned, entries
    for person_id, key, points, kind, day, value in session.execute(
        select(
            LedgerEntry.person_id,
            LedgerEntry.source_key,
            LedgerEntry.points,
            LedgerEntry.kind,
            LedgerEntry.entry_date,
            RewardPayout.value_pence,
        )
        .outerjoin(RewardPayout, RewardPayout.ledger_entry_id == LedgerEntry.id)
        .where(_year_end_keys(session, year))
    ):
        done[key.rsplit(":", 1)[1]] = (-points, value or 0)
        if day <= end:  # a conversion dated within the year it converts: not in its sums
            gained = points if points > 0 and kind in ("earned", "manual_award") else 0
            gained = gained if day >= start else 0
            was = taken_back.get(person_id, (0, 0, 0))
            taken_back[person_id] = (was[0] + points, was[1] + gained, was[2] + 1)
    rows = []
    for person_id, person_uuid, first, last, reference, held, gained, entries in found:
        back = taken_back.get(person_id, (0, 0, 0))
        if entries - back[2] > 0:
            rows.append(
                (person_id, person_uuid, first, last, reference, held - back[0], gained - back[1])
            )
    carried = set(_runs(session).get(str(year), {}).get("carried_over", []))
    for person_id, person_uuid, first, last, reference, held, gained in rows:
        held = int(held or 0)
        if held <= 0 and person_uuid not in done:
            continue
        points, value = conversion.convert(held)
        line = YearEndLine(
            person_id,
            person_uuid,
            f"{first} {last}".strip(),
            reference,
            int(gained or 0),
            held,
            points,
            value,
        )
        if person_uuid in done:
            line.status = "converted"
            line.points, line.value_pence = done[person_uuid]
        elif person_uuid in carried:
            line.status, line.points, line.value_pence = "carried over", 0, 0
        result.lines.append(line)
    return result


def commit(
    store: Store,
    year: int,
    choices: Mapping[int, Choice] | None = None,
    *,
    default: Choice | None = None,
    progress: Progress | None = None,
) -> YearEndPreview:
    """Write the year-end conversions in one transaction; a second run adds nothing."""
    choices = dict(choices or {})
    default = default or Choice()
    errors: dict[str, str] = {}
    for person_id, choice in [*choices.items(), (0, default)]:
        if choice.kind not in CHOICES:
            errors[f"choice.{person_id}"] = f"'{choice.kind}' is not one of {', '.join(CHOICES)}"
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        plan = preview(session, year)
        if plan.end >= date.today():
            raise EngagementError(
                f"The {year}/{(year + 1) % 100:02d} scheme year ends on {long_date(plan.end)}; "
                "run the year end after that."
            )
        runs = _runs(session)
        record = runs.get(str(year), {"carried_over": []})
        todo = [line for line in plan.lines if line.status == "to do" and line.points > 0]
        for index, line in enumerate(todo):
            report(progress, index, len(todo), CANCELLED)
            choice = choices.get(line.person_id, default)
            if choice.kind == "carry_over":
                record["carried_over"].append(line.person_uuid)
                line.status, line.points, line.value_pence = "carried over", 0, 0
                continue
            _convert(session, store.actor, year, line, choice)
        if todo or str(year) not in runs:  # a re-run with nothing left writes nothing
            record.update({"at": utcnow().isoformat(timespec="seconds"), "by": store.actor})
            runs[str(year)] = record
            row = session.get(Setting, RUNS_KEY)
            if row is None:
                session.add(Setting(key=RUNS_KEY, value=runs))
            else:
                row.value = runs
            audit.record(
                session,
                store.actor,
                "rewards.year_end",
                "ledger_entries",
                None,
                {"year": [None, year], "converted": [None, len(todo)]},
                summary=f"Year-end run {year}: {plan.total_points} points, "
                f"£{plan.total_value_pence / 100:,.2f}",
            )
        report(progress, len(todo), len(todo), CANCELLED)  # the last word before the commit
    with store.session() as session:
        return preview(session, year)


def _convert(session: Session, actor: str, year: int, line: YearEndLine, choice: Choice) -> None:
    pounds = f"£{line.value_pence / 100:,.2f}"
    provider = optional_text(choice.provider, PROVIDER_LIMIT)
    reason = {
        "voucher": f"Year-end {year}: {pounds} voucher" + (f" ({provider})" if provider else ""),
        "donation": f"Year-end {year}: {pounds} donated" + (f" to {provider}" if provider else ""),
        "rent_credit": f"Year-end {year}: {pounds} credited to rent",
    }[choice.kind]
    try:
        entry = add_entry(
            session,
            actor,
            NewEntry(
                person_id=line.person_id,
                entry_date=date.today(),
                points=-line.points,
                kind=choice.kind,
                reason=reason,
                source="year_end",
                source_key=_key(year, line.person_uuid),
                scheme_year=year,
            ),
        )
    except BelowZero as exc:
        raise EngagementError(f"{line.name}: {exc}") from exc
    if entry is None:
        return
    session.add(
        RewardPayout(
            person_id=line.person_id,
            ledger_entry_id=entry.id,
            scheme_year=year,
            kind=choice.kind,
            value_pence=line.value_pence,
            provider=provider,
            serial_number=optional_text(choice.serial_number, SERIAL_LIMIT),
            handed_over_on=choice.handed_over_on,
            notes=optional_text(choice.notes),
        )
    )
    line.status = "converted"


def record_voucher(
    store: Store,
    payout_id: int,
    serial_number: str | None,
    handed_over_on: date | None,
    provider: str | None = None,
) -> RewardPayout:
    """Note the serial number and hand-over date of a voucher after the run; a serial
    number or provider that cannot be kept is refused by its field, nothing written."""
    errors: dict[str, str] = {}
    checked: dict[str, str | None] = {}
    for name, text, limit in (
        ("serial_number", serial_number, SERIAL_LIMIT),
        ("provider", provider, PROVIDER_LIMIT),
    ):
        try:
            checked[name] = optional_text(text, limit)
        except ValueError as exc:
            errors[name] = str(exc)
    if why := day_problem(handed_over_on, done=True):  # handed over in 9999 is a slip
        errors["handed_over_on"] = why
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        payout = session.get(RewardPayout, payout_id)
        if payout is None:
            raise EngagementError(f"There is no payout with id {payout_id}.")
        before = audit.snapshot(payout, ("serial_number", "handed_over_on", "provider"))
        payout.serial_number = checked["serial_number"]
        payout.handed_over_on = handed_over_on
        if provider is not None:
            payout.provider = checked["provider"]
        changes = audit.diff(
            before, audit.snapshot(payout, ("serial_number", "handed_over_on", "provider"))
        )
        if changes:
            audit.record(
                session,
                store.actor,
                "payout.edit",
                "reward_payouts",
                payout.id,
                changes,
                record_uuid=payout.uuid,
            )
    return payout
