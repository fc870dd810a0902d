"""The figures of a points statement: who, the year's ledger lines, the balance and its worth.

Pure reading; the PDF is drawn by ``statement_pdf``. Lines for many members
come from one query, so a batch of thousands stays quick.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound
from engagement_desktop.services.rewards.year_end import Conversion
from engagement_desktop.services.settings import get_setting, year_of, year_starting
from engagement_desktop.store.models import LedgerEntry, Person, SupportNeed


@dataclass(frozen=True)
class StatementLine:
    day: date
    description: str
    points: int
    balance: int


@dataclass
class Statement:
    person_id: int
    name: str
    reference: str | None
    address: list[str]
    large_print: bool
    year: int
    start: date
    end: date
    opening: int
    lines: list[StatementLine] = field(default_factory=list)
    closing: int = 0
    worth_points: int = 0
    worth_pence: int = 0
    scheme: str = ""

    @property
    def year_label(self) -> str:
        return f"{self.year}/{(self.year + 1) % 100:02d}"

    @property
    def earned(self) -> int:
        return sum(line.points for line in self.lines if line.points > 0)


def current_year(session: Session, today: date | None = None) -> int:
    return year_of(today or date.today(), get_setting(session, "scheme_year_start"))


def _address(person: Person) -> list[str]:
    name = " ".join(p for p in (person.title, person.first_name, person.last_name) if p)
    lines = [
        name,
        person.address_line1,
        person.address_line2,
        person.address_line3,
        person.town,
        person.postcode,
    ]
    return [line for line in lines if line]


def statements(
    session: Session,
    year: int,
    person_ids: list[int] | None = None,
) -> Iterator[Statement]:
    """Statements for the given people, or for everyone with points, in name order."""
    start, end = year_starting(year, get_setting(session, "scheme_year_start"))
    conversion = Conversion.from_setting(get_setting(session, "reward_conversion"))
    people_query = select(Person).order_by(Person.name_sort_key, Person.id)
    if person_ids is not None:
        people_query = people_query.where(Person.id.in_(person_ids))
    else:
        people_query = people_query.where(
            Person.archived.is_(False),
            Person.id.in_(select(LedgerEntry.person_id).where(LedgerEntry.entry_date <= end)),
        )
    people = session.scalars(people_query).all()
    if person_ids is not None and len(people) < len(set(person_ids)):
        raise NotFound("Some of those people do not exist.")
    ids = [p.id for p in people]
    large = set(
        session.scalars(select(SupportNeed.person_id).where(SupportNeed.need == "large_print"))
    )
    opening = dict(
        session.execute(
            select(LedgerEntry.person_id, func.sum(LedgerEntry.points))
            .where(LedgerEntry.entry_date < start)
            .group_by(LedgerEntry.person_id)
        ).all()
    )
    entries: dict[int, list[tuple[date, str, int]]] = {}
    for chunk in _chunks(ids, 900):
        for person_id, day, reason, points in session.execute(
            select(
                LedgerEntry.person_id,
                LedgerEntry.entry_date,
                LedgerEntry.reason,
                LedgerEntry.points,
            )
            .where(
                LedgerEntry.person_id.in_(chunk),
                LedgerEntry.entry_date >= start,
                LedgerEntry.entry_date <= end,
            )
            .order_by(
                LedgerEntry.person_id,
                LedgerEntry.entry_date,
                LedgerEntry.points.desc(),
                LedgerEntry.id,
            )
        ):
            entries.setdefault(person_id, []).append((day, reason, points))
    for person in people:
        statement = Statement(
            person.id,
            f"{person.first_name} {person.last_name}".strip(),
            person.reference,
            _address(person),
            person.id in large,
            year,
            start,
            end,
            int(opening.get(person.id) or 0),
            scheme=conversion.describe(),
        )
        running = statement.opening
        for day, reason, points in entries.get(person.id, []):
            running += points
            statement.lines.append(StatementLine(day, reason, points, running))
        statement.closing = running
        statement.worth_points, statement.worth_pence = conversion.convert(max(0, running))
        yield statement


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]
