"""The record lists behind every list screen: one SQL query each, sorted and searched in SQL.

Qt-free so the window, the CLI and exports read the same rows. Each row is a
plain tuple ``(id, value, value, ...)``: the record's id first (to open it
later), then one value per column in :attr:`Listing.columns`. Codes are turned
into the officer's words (``general_needs`` -> "Tenant (general needs)") inside
the query, so sorting by such a column sorts by what the user reads.

Equality monitoring data never appears in any list here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, Protocol

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Course,
    Event,
    EventType,
    Group,
    LedgerEntry,
    Membership,
    Outcome,
    Person,
    Survey,
    SurveyResponse,
    TrainingRecord,
)


class Period(NamedTuple):
    """A date range shown as one column (a survey's fieldwork period)."""

    start: date | None
    end: date | None

    def __str__(self) -> str:
        return " to ".join(d.isoformat() for d in (self.start, self.end) if d is not None)


@dataclass(frozen=True)
class ListColumn:
    """One column of a list: what it shows, how it sorts and how wide it usually is."""

    key: str
    heading: str
    exprs: tuple[ColumnElement[Any], ...]
    sort: tuple[ColumnElement[Any], ...]
    kind: str = "text"  # text / number / date / datetime / period
    width: int = 12  # typical width in characters, for a first layout
    combine: Callable[..., Any] | None = None  # several exprs -> one value


@dataclass(frozen=True)
class ListFilter:
    """A choice that narrows a list, e.g. involvement status; None means all."""

    key: str
    label: str
    column: ColumnElement[Any]
    choices: Mapping[Any, str] | Callable[[Session], Mapping[Any, str]]
    all_text: str = ""  # the "no filter" choice, e.g. "Any tenure"

    @property
    def everything(self) -> str:
        return self.all_text or f"Any {self.label.lower()}"

    def options(self, session: Session) -> Mapping[Any, str]:
        return self.choices(session) if callable(self.choices) else self.choices


@dataclass(frozen=True)
class Listing:
    """Everything a list screen needs to know about one kind of record."""

    name: str
    title: str
    singular: str
    plural: str
    id_column: ColumnElement[Any]
    columns: tuple[ListColumn, ...]
    source: Callable[[Select[Any]], Select[Any]]  # FROM / JOIN / GROUP BY
    search: tuple[ColumnElement[Any], ...]
    search_hint: str
    default_sort: str
    default_descending: bool = False
    folded_search: ColumnElement[Any] | None = None  # pre-folded text column, if any
    archived: ColumnElement[Any] | None = None
    filters: tuple[ListFilter, ...] = field(default_factory=tuple)

    @property
    def headings(self) -> list[str]:
        return [column.heading for column in self.columns]

    def column(self, key: str) -> ListColumn:
        for column in self.columns:
            if column.key == key:
                return column
        raise ValueError(f"{self.name} has no column {key!r}")

    def count_text(self, count: int) -> str:
        """ "12,345 people" / "1 person"."""
        return f"{count:,} {self.singular if count == 1 else self.plural}"

    def query(
        self,
        search: str = "",
        order_by: str | None = None,
        descending: bool | None = None,
        filters: Mapping[str, Any] | None = None,
        include_archived: bool = False,
        limit: int | None = None,
    ) -> Select[Any]:
        exprs: list[ColumnElement[Any]] = [self.id_column]
        for column in self.columns:
            exprs.extend(column.exprs)
        stmt = self.source(select(*exprs))
        for token in search_tokens(search):
            stmt = stmt.where(self._matches(token))
        if self.archived is not None and not include_archived:
            stmt = stmt.where(self.archived == false())
        by_key = {f.key: f for f in self.filters}
        for key, value in (filters or {}).items():
            if value is not None:
                if key not in by_key:
                    raise ValueError(f"{self.name} has no filter {key!r}")
                stmt = stmt.where(by_key[key].column == value)
        column = self.column(order_by or self.default_sort)
        desc = self.default_descending if descending is None else descending
        for expr in column.sort:
            # Blanks last whichever way the list is sorted.
            stmt = stmt.order_by(expr.is_(None), expr.desc() if desc else expr.asc())
        stmt = stmt.order_by(self.id_column.desc() if desc else self.id_column.asc())
        if limit is not None:
            stmt = stmt.limit(limit)
        return stmt

    def _matches(self, token: str) -> ColumnElement[bool]:
        raw = f"%{_escape_like(token.casefold())}%"
        conditions = [expr.ilike(raw, escape="\\") for expr in self.search]
        if self.folded_search is not None:
            conditions.append(
                self.folded_search.like(f"%{_escape_like(fold(token))}%", escape="\\")
            )
        return or_(*conditions)

    def fetch(
        self,
        session: Session,
        search: str = "",
        order_by: str | None = None,
        descending: bool | None = None,
        filters: Mapping[str, Any] | None = None,
        include_archived: bool = False,
        limit: int | None = None,
    ) -> list[tuple[Any, ...]]:
        """All matching rows in one query: ``(id, *values)`` in column order."""
        stmt = self.query(search, order_by, descending, filters, include_archived, limit)
        result = session.execute(stmt)
        if not any(column.combine for column in self.columns):
            return [tuple(row) for row in result]
        return [self._combine(row) for row in result]

    def _combine(self, row: Sequence[Any]) -> tuple[Any, ...]:
        values: list[Any] = [row[0]]
        position = 1
        for column in self.columns:
            width = len(column.exprs)
            parts = row[position : position + width]
            values.append(column.combine(*parts) if column.combine else parts[0])
            position += width
        return tuple(values)


def fold(text: str) -> str:
    """Lower case without accents, as the people service folds ``Person.search_text``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")


def search_tokens(text: str) -> list[str]:
    """Every word typed must match somewhere: "smith pe12" finds Smiths in PE12."""
    return [token for token in re.split(r"[\s,]+", text.strip()) if token]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _label(column: ColumnElement[Any], labels: Mapping[str, str]) -> ColumnElement[Any]:
    """Stored code -> the officer's word, in SQL so sorting follows the label."""
    return case(dict(labels), value=column, else_=column)


def _text(
    key: str, heading: str, expr: ColumnElement[Any], width: int = 12, **kw: Any
) -> ListColumn:
    return ListColumn(key, heading, (expr,), (func.lower(expr),), "text", width, **kw)


def _plain(
    key: str, heading: str, expr: ColumnElement[Any], kind: str, width: int = 10
) -> ListColumn:
    return ListColumn(key, heading, (expr,), (expr,), kind, width)


class Lister(Protocol):
    """The shape of ``list_people``, ``list_groups`` ...; options go to :meth:`Listing.fetch`."""

    def __call__(
        self,
        session: Session,
        search: str = "",
        order_by: str = ...,
        descending: bool = ...,
        limit: int | None = None,
        **options: Any,
    ) -> list[tuple[Any, ...]]: ...


def _lister(listing: Listing, doc: str) -> Lister:
    """Make ``list_<name>(session, search, order_by, descending, limit)`` for one listing."""

    def list_rows(
        session: Session,
        search: str = "",
        order_by: str = listing.default_sort,
        descending: bool = listing.default_descending,
        limit: int | None = None,
        **options: Any,
    ) -> list[tuple[Any, ...]]:
        return listing.fetch(session, search, order_by, descending, limit=limit, **options)

    list_rows.__name__ = list_rows.__qualname__ = f"list_{listing.name}"
    list_rows.__doc__ = f"{doc} Rows are (id, {', '.join(listing.headings)})."
    return list_rows


def _names(session: Session, model: Any, label: Any) -> dict[Any, str]:
    rows = session.execute(select(model.id, label).order_by(func.lower(label)))
    return {row[0]: row[1] for row in rows}


# --- People -------------------------------------------------------------------------------


def _person(key: str, heading: str) -> ListColumn:
    """ "Smith, Joan", sorted by surname then first name."""
    name = Person.last_name + ", " + Person.first_name
    sort = (func.lower(Person.last_name), func.lower(Person.first_name))
    return ListColumn(key, heading, (name,), sort, "text", 26)


PEOPLE = Listing(
    name="people",
    title="People",
    singular="person",
    plural="people",
    id_column=Person.id,
    columns=(
        _text("reference", "Reference", Person.reference, 11),
        _person("name", "Name"),
        _text("postcode", "Postcode", Person.postcode, 9),
        _text("area", "Estate / area", Area.name, 18),
        _text("tenure", "Tenure", _label(Person.tenure, vocab.TENURES), 30),
        _text(
            "status",
            "Involvement",
            _label(Person.involvement_status, vocab.INVOLVEMENT_STATUSES),
            16,
        ),
    ),
    source=lambda stmt: stmt.select_from(Person).outerjoin(Area, Person.area_id == Area.id),
    search=(
        Person.first_name,
        Person.last_name,
        Person.known_as,
        Person.reference,
        Person.postcode,
        func.replace(Person.postcode, " ", ""),
        Area.name,
    ),
    folded_search=Person.search_text,
    search_hint="Name, reference, postcode or estate",
    default_sort="name",
    archived=Person.archived,
    filters=(
        ListFilter("status", "Involvement", Person.involvement_status, vocab.INVOLVEMENT_STATUSES),
        ListFilter("tenure", "Tenure", Person.tenure, vocab.TENURES),
        ListFilter(
            "area",
            "Estate / area",
            Person.area_id,
            lambda s: _names(s, Area, Area.name),
            "All estates",
        ),
    ),
)


list_people = _lister(
    PEOPLE, "People (never equality data): reference, name, postcode, area, tenure, status."
)


# --- Groups -------------------------------------------------------------------------------

_today = func.current_date()
_current_members = (
    select(func.count(func.distinct(Membership.person_id)))
    .where(
        Membership.group_id == Group.id,
        Membership.term_start <= _today,
        or_(Membership.term_end.is_(None), Membership.term_end >= _today),
        or_(Membership.left_on.is_(None), Membership.left_on > _today),
    )
    .correlate(Group)
    .scalar_subquery()
)

GROUPS = Listing(
    name="groups",
    title="Groups",
    singular="group",
    plural="groups",
    id_column=Group.id,
    columns=(
        _text("name", "Name", Group.name, 30),
        _text("category", "Category", Group.category, 26),
        _text("kind", "Kind", _label(Group.kind, vocab.GROUP_KINDS), 9),
        _plain("members", "Current members", _current_members, "number", 10),
    ),
    source=lambda stmt: stmt.select_from(Group),
    search=(Group.name, Group.category),
    search_hint="Group name or category",
    default_sort="name",
    archived=Group.archived,
    filters=(ListFilter("kind", "Kind", Group.kind, vocab.GROUP_KINDS, "Any kind"),),
)


list_groups = _lister(GROUPS, "Groups with the number of people on them today.")


# --- Events -------------------------------------------------------------------------------

_attended = (
    select(func.count(Attendance.id))
    .where(Attendance.event_id == Event.id, Attendance.status.in_(sorted(vocab.PRESENT_STATUSES)))
    .correlate(Event)
    .scalar_subquery()
)

EVENTS = Listing(
    name="events",
    title="Events",
    singular="event",
    plural="events",
    id_column=Event.id,
    columns=(
        _plain("date", "Date", Event.starts_at, "datetime", 19),
        _text("title", "Title", Event.title, 32),
        _text("type", "Type", EventType.name, 16),
        _text("group", "Group", Group.name, 24),
        _text("area", "Estate / area", Area.name, 16),
        _text("status", "Status", _label(Event.status, vocab.EVENT_STATUSES), 9),
        _plain("attended", "Attended", _attended, "number", 8),
    ),
    source=lambda stmt: (
        stmt.select_from(Event)
        .join(EventType, Event.event_type_id == EventType.id)
        .outerjoin(Group, Event.group_id == Group.id)
        .outerjoin(Area, Event.area_id == Area.id)
    ),
    search=(Event.title, Event.venue, EventType.name, Group.name, Area.name),
    search_hint="Title, venue, type, group or estate",
    default_sort="date",
    default_descending=True,
    filters=(
        ListFilter("status", "Status", Event.status, vocab.EVENT_STATUSES),
        ListFilter(
            "type",
            "Type",
            Event.event_type_id,
            lambda s: _names(s, EventType, EventType.name),
            "All event types",
        ),
    ),
)


list_events = _lister(
    EVENTS, "Events, newest first, with how many people came (attended or walked in)."
)


# --- Rewards ------------------------------------------------------------------------------

_balance = func.coalesce(func.sum(LedgerEntry.points), 0)

REWARDS = Listing(
    name="rewards",
    title="Rewards",
    singular="member with points",
    plural="members with points",
    id_column=Person.id,
    columns=(
        _person("person", "Person"),
        _text("reference", "Reference", Person.reference, 11),
        _plain("balance", "Balance (points)", _balance, "number", 10),
        _plain("last_entry", "Last entry", func.max(LedgerEntry.entry_date), "date", 11),
    ),
    source=lambda stmt: (
        stmt.select_from(Person)
        .join(LedgerEntry, LedgerEntry.person_id == Person.id)
        .group_by(Person.id)
    ),
    search=(Person.first_name, Person.last_name, Person.reference),
    folded_search=Person.search_text,
    search_hint="Name or reference",
    default_sort="person",
)


list_rewards = _lister(
    REWARDS, "Everyone with ledger entries and their balance, always SUM(points)."
)


# --- Training -----------------------------------------------------------------------------

TRAINING = Listing(
    name="training",
    title="Training",
    singular="training record",
    plural="training records",
    id_column=TrainingRecord.id,
    columns=(
        _person("person", "Person"),
        _text("course", "Course", Course.title, 28),
        _text("status", "Status", _label(TrainingRecord.status, vocab.TRAINING_STATUSES), 12),
        _plain("date", "Date", TrainingRecord.on_date, "date", 11),
        _plain("expires", "Expires", TrainingRecord.expires_on, "date", 11),
    ),
    source=lambda stmt: (
        stmt.select_from(TrainingRecord)
        .join(Person, TrainingRecord.person_id == Person.id)
        .join(Course, TrainingRecord.course_id == Course.id)
    ),
    search=(Person.first_name, Person.last_name, Person.reference, Course.title),
    folded_search=Person.search_text,
    search_hint="Name, reference or course",
    default_sort="date",
    default_descending=True,
    filters=(
        ListFilter("status", "Status", TrainingRecord.status, vocab.TRAINING_STATUSES),
        ListFilter(
            "course",
            "Course",
            TrainingRecord.course_id,
            lambda s: _names(s, Course, Course.title),
            "All courses",
        ),
    ),
)


list_training = _lister(
    TRAINING, "Training records: who, which course, booked or done, and when it runs out."
)


# --- Surveys ------------------------------------------------------------------------------

_responses = (
    select(func.count(SurveyResponse.id))
    .where(SurveyResponse.survey_id == Survey.id)
    .correlate(Survey)
    .scalar_subquery()
)

SURVEYS = Listing(
    name="surveys",
    title="Surveys",
    singular="survey",
    plural="surveys",
    id_column=Survey.id,
    columns=(
        _text("name", "Name", Survey.name, 32),
        ListColumn(
            "period",
            "Period",
            (Survey.period_start, Survey.period_end),
            (Survey.period_start, Survey.period_end),
            "period",
            22,
            combine=Period,
        ),
        _text("method", "Method", _label(Survey.method, vocab.SURVEY_METHODS), 12),
        _plain("responses", "Responses", _responses, "number", 9),
    ),
    source=lambda stmt: stmt.select_from(Survey),
    search=(Survey.name,),
    search_hint="Survey name",
    default_sort="period",
    default_descending=True,
    filters=(ListFilter("method", "Method", Survey.method, vocab.SURVEY_METHODS),),
)


list_surveys = _lister(
    SURVEYS, "Surveys with their fieldwork period and the number of returns imported."
)


LISTINGS: dict[str, Listing] = {
    listing.name: listing for listing in (PEOPLE, GROUPS, EVENTS, REWARDS, TRAINING, SURVEYS)
}


# --- Headline counts ----------------------------------------------------------------------


def headline_counts(session: Session) -> list[tuple[str, int]]:
    """The database at a glance (Reports page, About box): label and number."""

    def count(model: Any, *where: ColumnElement[bool]) -> int:
        stmt = select(func.count()).select_from(model)
        if where:
            stmt = stmt.where(and_(*where))
        return int(session.scalar(stmt) or 0)

    current_members = session.scalar(
        select(func.count(func.distinct(Membership.person_id))).where(
            Membership.term_start <= _today,
            or_(Membership.term_end.is_(None), Membership.term_end >= _today),
            or_(Membership.left_on.is_(None), Membership.left_on > _today),
        )
    )
    return [
        ("People", count(Person, Person.archived == false())),
        (
            "Subscribed members",
            count(Person, Person.archived == false(), Person.involvement_status == "subscribed"),
        ),
        ("Groups", count(Group, Group.archived == false())),
        ("People on groups now", int(current_members or 0)),
        ("Events held", count(Event, Event.status == "held")),
        ("Events planned", count(Event, Event.status == "planned")),
        ("Attendances", count(Attendance, Attendance.status.in_(sorted(vocab.PRESENT_STATUSES)))),
        ("Reward points held", int(session.scalar(select(_balance)) or 0)),
        ("Training records", count(TrainingRecord)),
        ("Surveys", count(Survey)),
        ("Survey responses", count(SurveyResponse)),
        ("You said, we did", count(Outcome)),
    ]
