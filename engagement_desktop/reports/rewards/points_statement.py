"""The figures of a points statement: who, the year's ledger lines, the balance and its worth,
and for a year that has ended, what became of the points at its year end.

A year-end conversion belongs to the scheme year it converts, wherever its date
falls (the run is made after the year ends): it is the last line of that year's
statement, and the next year's statement starts from what was left.

Pure reading; the PDF is drawn by ``statement_pdf``. Lines for many members
come from one query, so a batch of thousands stays quick.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound
from engagement_desktop.services.common.settings import get_setting, year_of, year_starting
from engagement_desktop.services.common.wording import salutation
from engagement_desktop.services.rewards.attendance_points import attendance_reason
from engagement_desktop.services.rewards.year_end import RUNS_KEY, Conversion
from engagement_desktop.store.collation import in_name_order
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import LedgerEntry, Person, RewardPayout, SupportNeed

YEAR_END = "year_end"
#: Up to this many people, their entries are looked up by person; beyond, the year is read.
FEW = 500


@dataclass(frozen=True)
class YearEnd:
    """What happened to a member's points when their scheme year closed.

    ``outcome``: voucher, donation or rent_credit (``points`` became ``value_pence``);
    carried_over (they chose to keep them); too_few (under the scheme's minimum, so
    they carried over); to_come (the year has ended but the run has not reached them:
    ``points`` would become ``value_pence``)."""

    outcome: str
    balance: int  # points held on the last day of the year
    points: int = 0
    value_pence: int = 0
    provider: str | None = None
    day: date | None = None  # the date of the conversion

    @property
    def carried(self) -> int:
        return self.balance - self.points


class StatementLine(NamedTuple):
    """A NamedTuple: a batch makes 130,000 of them, and a frozen dataclass's
    ``__init__`` cost a second of that (its ``object.__setattr__`` per field)."""

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
    greeting: str = ""  # "Dear Mr Wong," as every letter greets (see wording.salutation)
    worth_pence: int = 0
    scheme: str = ""
    year_end: YearEnd | None = None  # None: the year has not ended

    @property
    def next_year_label(self) -> str:
        return f"{self.year + 1}/{(self.year + 2) % 100:02d}"

    @property
    def year_label(self) -> str:
        return f"{self.year}/{(self.year + 1) % 100:02d}"

    @property
    def earned(self) -> int:
        return sum(line.points for line in self.lines if line.points > 0)


def current_year(session: Session, today: date | None = None) -> int:
    return year_of(today or date.today(), get_setting(session, "scheme_year_start"))


def _address(person: Any) -> list[str]:
    """The address lines of a person (a Person or a row of its columns)."""
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
    *,
    today: date | None = None,
) -> Iterator[Statement]:
    """Statements for the given people, or for everyone with points, in name order."""
    start, end = year_starting(year, get_setting(session, "scheme_year_start"))
    conversion = Conversion.from_setting(get_setting(session, "reward_conversion"))
    people_query = select(  # columns, not Person objects: a tenth of a batch's reading
        Person.id,
        Person.uuid,
        Person.title,
        Person.first_name,
        Person.last_name,
        Person.known_as,
        Person.address_line1,
        Person.address_line2,
        Person.address_line3,
        Person.town,
        Person.postcode,
        Person.reference,
    ).order_by(Person.name_sort_key, Person.id)
    connection = session.connection()
    if person_ids is not None:  # a chosen list: read an IN list's worth at a time
        keyed = people_query.order_by(None).add_columns(Person.name_sort_key)  # key last
        people: list[Any] = [
            row
            for chunk in id_chunks(sorted(set(person_ids)))
            for row in connection.execute(keyed.where(Person.id.in_(chunk)))
        ]
        people.sort(key=lambda row: in_name_order(row[-1], row.id))
    else:
        people = list(
            connection.execute(
                people_query.where(
                    Person.archived.is_(False),
                    Person.id.in_(
                        select(LedgerEntry.person_id).where(LedgerEntry.entry_date <= end)
                    ),
                )
            )
        )
    if person_ids is not None and len(people) < len(set(person_ids)):
        raise NotFound("Some of those people do not exist.")
    ids = [p.id for p in people]
    large = set(
        session.scalars(select(SupportNeed.person_id).where(SupportNeed.need == "large_print"))
    )
    opening = _openings(session, year, start, ids)
    entries = _year_entries(session, year, start, end, set(ids))
    closed = end < (today or date.today())
    payouts = _payouts(session, year) if closed else {}
    run = (get_setting(session, RUNS_KEY) or {}).get(str(year)) or {}
    carried_over = set(run.get("carried_over", []))
    described: dict[tuple[str, str], str] = {}  # a few hundred kinds of line, 130,000 lines
    scheme = conversion.describe()
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
            scheme=scheme,
            greeting=salutation(person.title, person.first_name, person.last_name, person.known_as),
        )
        running = statement.opening
        held = statement.opening  # the balance on the year's last day, before its year end
        lines = statement.lines
        for _person, day, minus_points, _id, reason, source in entries.get(person.id, ()):
            points = -minus_points
            running += points
            if source != YEAR_END:
                held += points
            description = described.get((reason, source))
            if description is None:
                description = described[reason, source] = _description(reason, source)
            lines.append(StatementLine(day, description, points, running))
        statement.closing = running
        if closed:
            statement.year_end = _year_end(
                held,
                payouts.get(person.id),
                person.uuid in carried_over,
                conversion,
            )
        else:
            statement.worth_points, statement.worth_pence = conversion.convert(max(0, running))
        yield statement


def _openings(session: Session, year: int, start: date, ids: list[int]) -> dict[int, int]:
    """person id -> points brought forward into ``year``, for ``ids`` (a few: only theirs,
    from the index; one letter waited 0.25 s for everyone's sums).

    Everything dated before the year is summed from the (person, date, points) index
    alone; the few year-end conversions are then moved to the year they convert
    (wherever their date falls). One OR across source and date instead made SQLite read
    every row of the table and sort them: 1.2 s on 500,000 entries, against ~0.2 s."""
    opening: dict[int, int] = {
        person_id: int(points or 0)
        for person_id, points in session.execute(
            select(LedgerEntry.person_id, func.sum(LedgerEntry.points))
            .where(LedgerEntry.entry_date < start)
            .where(LedgerEntry.person_id.in_(sorted(ids)) if len(ids) <= FEW else true())
            .group_by(LedgerEntry.person_id)
        )
    }
    for person_id, day, scheme_year, points in session.execute(
        select(
            LedgerEntry.person_id,
            LedgerEntry.entry_date,
            LedgerEntry.scheme_year,
            LedgerEntry.points,
        )
        .where(LedgerEntry.source == YEAR_END)
        .where(LedgerEntry.person_id.in_(sorted(ids)) if len(ids) <= FEW else true())
    ):
        converts_earlier = scheme_year is not None and scheme_year < year
        change = (points if converts_earlier else 0) - (points if day < start else 0)
        if change:
            opening[person_id] = opening.get(person_id, 0) + change
    return opening


#: person, date, minus points, id: statement order.
_LINE_ORDER = itemgetter(0, 1, 2, 3)


def _year_entries(
    session: Session, year: int, start: date, end: date, wanted: set[int]
) -> dict[int, list[Any]]:
    """person id -> the year's lines in statement order, for the ``wanted`` people: rows
    of (person id, date, minus the points, entry id, reason, source).

    One unsorted pass over the year, sorted here: SQLite's ORDER BY on the year's
    130,000 rows (reasons and all) took 4.5 s in a temporary b-tree, Python's sort
    0.1 s; and one query replaces a look-up of every entry of 900 people at a time."""
    year_end_entry = LedgerEntry.source == YEAR_END
    rows = [
        row
        for row in session.connection()
        .execute(  # Core rows: no ORM loading step per row
            select(
                LedgerEntry.person_id,
                LedgerEntry.entry_date,
                -LedgerEntry.points,  # a credit before a debit of the same day
                LedgerEntry.id,
                LedgerEntry.reason,
                LedgerEntry.source,
            )
            .where(
                or_(
                    and_(~year_end_entry, LedgerEntry.entry_date.between(start, end)),
                    and_(year_end_entry, LedgerEntry.scheme_year == year),
                )
            )
            .where(  # a few people (one letter): their own entries from the index
                LedgerEntry.person_id.in_(sorted(wanted)) if len(wanted) <= FEW else true()
            )
        )
        .all()  # fetchall: one driver call, not one per row
        if row[0] in wanted
    ]
    entries: dict[int, list[Any]] = {}
    for row in rows:
        entries.setdefault(row[0], []).append(row)
    for lines in entries.values():  # many short sorts: a third of one sort of them all
        lines.sort(key=_LINE_ORDER)  # the key's tuples made in C, not by a lambda per row
    return entries


def _description(reason: str, source: str) -> str:
    """Lines written before the repeated-prefix fix ("Webinar: Webinar: complaints")
    read as they are written now; the ledger itself is never edited."""
    if source == "attendance" and ": " in reason:
        label, title = reason.split(": ", 1)
        return attendance_reason(label, title)
    return reason


def _payouts(session: Session, year: int) -> dict[int, tuple[str, int, int, str | None, date]]:
    """person id -> (kind, points, value in pence, provider, date) of the year's conversion."""
    return {
        person_id: (kind, -points, value, provider, day)
        for person_id, kind, points, value, provider, day in session.execute(
            select(
                RewardPayout.person_id,
                RewardPayout.kind,
                LedgerEntry.points,
                RewardPayout.value_pence,
                RewardPayout.provider,
                LedgerEntry.entry_date,
            )
            .join(LedgerEntry, LedgerEntry.id == RewardPayout.ledger_entry_id)
            .where(RewardPayout.scheme_year == year)
        )
    }


def _year_end(
    held: int,
    payout: tuple[str, int, int, str | None, date] | None,
    chose_to_keep: bool,
    conversion: Conversion,
) -> YearEnd:
    if payout is not None:
        kind, points, value, provider, day = payout
        return YearEnd(kind, held, points, value, provider, day)
    if chose_to_keep:
        return YearEnd("carried_over", held)
    points, value = conversion.convert(max(0, held))
    if points == 0:
        return YearEnd("too_few", held)
    return YearEnd("to_come", held, points, value)
