"""The framework of every list screen: columns, filters, search and sorting in SQL.

Qt-free so the window, the CLI and exports read the same rows. Each row is a
plain tuple ``(id, value, value, ...)``: the record's id first (to open it
later), then one value per column in :attr:`Listing.columns`. Codes are turned
into the officer's words (``general_needs`` -> "Tenant (general needs)") inside
the query, so sorting by such a column sorts by what the user reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, NamedTuple, Protocol

from sqlalchemy import ColumnElement, Select, case, func, or_, select, true
from sqlalchemy.orm import QueryableAttribute, Session

from engagement_desktop.services.people.people import fold
from engagement_desktop.store.models import Person
from engagement_desktop.store.portable import any_case_like, in_small_lookup

#: A column or SQL expression a list shows, sorts, searches or filters on.
SqlExpr = ColumnElement[Any] | QueryableAttribute[Any]
#: Archived records: left out (False), shown too (True), or shown alone ("only").
Archived = bool | Literal["only"]
#: Ids read from the database at a time by :meth:`Listing.fetch_ids`.
ID_BATCH = 2000


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
    exprs: tuple[SqlExpr, ...]
    sort: tuple[SqlExpr, ...]
    kind: str = "text"  # text / number / date / datetime / period
    width: int = 12  # typical width in characters, for a first layout
    combine: Callable[..., Any] | None = None  # several exprs -> one value
    blanks: bool = True  # may be empty; False skips "blanks last" (a third of a big sort)
    indexed: bool = False  # an index serves the sort: walked only when every row is listed


@dataclass(frozen=True)
class LookupSearch:
    """Search a word in a small lookup table (estates) and match its ids.

    ``area_id IN (SELECT id FROM areas WHERE name LIKE ...)`` is worked out once
    per query; a LIKE on the joined name runs once per row and keeps SQLite from
    leaving the join out (a third of a People search on 50,000 rows).
    """

    column: SqlExpr  # e.g. Person.area_id
    key: SqlExpr  # Area.id
    text: SqlExpr  # Area.name

    def condition(self, pattern: str) -> ColumnElement[bool]:
        names = select(self.key).where(any_case_like(self.text, pattern))
        return in_small_lookup(self.column, names.correlate(None))


@dataclass(frozen=True)
class ListFilter:
    """A choice that narrows a list, e.g. involvement status; None means all.

    Most filters compare one column with the chosen value. ``where`` is for the
    rest (member of a group, has a support need, consent given): it turns the
    chosen value into a condition, typically an EXISTS over a related table.
    """

    key: str
    label: str
    column: SqlExpr | None
    choices: Mapping[Any, str] | Callable[[Session], Mapping[Any, str]]
    all_text: str = ""  # the "no filter" choice, e.g. "Any tenure"
    where: Callable[[Any], ColumnElement[bool]] | None = None

    @property
    def everything(self) -> str:
        return self.all_text or f"Any {self.label.lower()}"

    def options(self, session: Session) -> Mapping[Any, str]:
        return self.choices(session) if callable(self.choices) else self.choices

    def condition(self, value: Any) -> ColumnElement[bool]:
        if self.where is not None:
            return self.where(value)
        if self.column is None:
            raise ValueError(f"filter {self.key!r} has neither a column nor a condition")
        return self.column == value


@dataclass(frozen=True)
class Listing:
    """Everything a list screen needs to know about one kind of record."""

    name: str
    title: str
    singular: str
    plural: str
    id_column: SqlExpr
    columns: tuple[ListColumn, ...]
    source: Callable[[Select[Any]], Select[Any]]  # FROM / JOIN / GROUP BY
    search: tuple[SqlExpr | LookupSearch, ...]
    search_hint: str
    default_sort: str
    default_descending: bool = False
    folded_search: SqlExpr | None = None  # pre-folded text column, if any
    archived: SqlExpr | None = None
    filters: tuple[ListFilter, ...] = field(default_factory=tuple)
    #: A cheaper FROM for the id query when the sort needs none of ``source``'s
    #: aggregates (sorting by these column keys); ``source`` serves every other sort.
    id_source: Callable[[Select[Any]], Select[Any]] | None = None
    id_source_sorts: frozenset[str] = frozenset()
    #: For these sorts the whole list's first screen is an index walked in list order up to
    #: its last row (``walk_source``: FROM / WHERE), whatever the list's length.
    walk_source: Callable[[Select[Any]], Select[Any]] | None = None
    walk_sorts: frozenset[str] = frozenset()

    @property
    def headings(self) -> list[str]:
        return [column.heading for column in self.columns]

    def column(self, key: str) -> ListColumn:
        for column in self.columns:
            if column.key == key:
                return column
        raise ValueError(f"{self.name} has no column {key!r}")

    def walks(self, order_by: str | None) -> bool:
        """An index walk in this sort finds the whole list's first screen (``walk_sorts``)."""
        return self.walk_source is not None and (order_by or self.default_sort) in self.walk_sorts

    def count_text(self, count: int) -> str:
        """ "12,345 people" / "1 person"."""
        return f"{count:,} {self.singular if count == 1 else self.plural}"

    def query(
        self,
        search: str = "",
        order_by: str | None = None,
        descending: bool | None = None,
        filters: Mapping[str, Any] | None = None,
        include_archived: Archived = False,
        limit: int | None = None,
    ) -> Select[Any]:
        exprs: list[SqlExpr] = [self.id_column]
        for column in self.columns:
            exprs.extend(column.exprs)
        stmt = self._narrow(self.source(select(*exprs)), search, filters, include_archived)
        stmt = self._order(
            stmt, order_by, descending, is_narrowed(search, filters, include_archived)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        return stmt

    def id_query(
        self,
        search: str = "",
        order_by: str | None = None,
        descending: bool | None = None,
        filters: Mapping[str, Any] | None = None,
        include_archived: Archived = False,
        ordered: bool = True,
        limit: int | None = None,
        probe: int | None = None,
    ) -> Select[Any]:
        """The ids alone, in list order: a big list's rows are then read a page at a time.

        ``ordered=False`` leaves the sort out, for a caller that already knows the order.
        ``limit``: the first ids only; ``probe``: look for them among the first ``probe``
        records of the whole list (see :meth:`first_ids`).
        """
        source = self.source
        if self.id_source is not None and (
            not ordered or (order_by or self.default_sort) in self.id_source_sorts
        ):
            source = self.id_source
        if limit is not None and probe is None and self.walks(order_by):
            source = self.walk_source or source
        stmt = self._narrow(source(select(self.id_column)), search, filters, include_archived)
        if not ordered:
            return stmt.limit(limit) if limit is not None else stmt
        if probe is not None:
            front = self._order(self.source(select(self.id_column)), order_by, descending, False)
            stmt = stmt.where(self.id_column.in_(front.limit(probe).scalar_subquery()))
        stmt = self._order(
            stmt, order_by, descending, is_narrowed(search, filters, include_archived)
        )
        return stmt.limit(limit) if limit is not None else stmt

    def _narrow(
        self,
        stmt: Select[Any],
        search: str,
        filters: Mapping[str, Any] | None,
        include_archived: Archived,
    ) -> Select[Any]:
        for token in search_tokens(search):
            stmt = stmt.where(self._matches(token))
        if self.archived is not None:
            if include_archived == "only":
                stmt = stmt.where(self.archived == true())
            elif not include_archived:
                # IS NOT rather than "= 0": almost every row is unarchived, and "= 0"
                # tempts SQLite into an index walk three times slower than a scan.
                stmt = stmt.where(self.archived.is_not(true()))
        by_key = {f.key: f for f in self.filters}
        for key, value in (filters or {}).items():
            if value is not None:
                if key not in by_key:
                    raise ValueError(f"{self.name} has no filter {key!r}")
                stmt = stmt.where(by_key[key].condition(value))
        return stmt

    def _order(
        self, stmt: Select[Any], order_by: str | None, descending: bool | None, narrowed: bool
    ) -> Select[Any]:
        column = self.column(order_by or self.default_sort)
        desc = self.default_descending if descending is None else descending
        sort = column.sort
        if column.indexed and narrowed:
            # A search or filter keeps a fraction of the rows: reading the table once and
            # sorting what matched beats walking the whole index with a look-up per row
            # (250,000 people, "smith": 0.3 s against 1.3 s). coalesce() is an
            # expression, so no index serves it.
            sort = tuple(func.coalesce(expr, expr) for expr in sort)
        for expr in sort:
            if column.blanks:  # blanks last whichever way the list is sorted
                stmt = stmt.order_by(expr.is_(None))
            stmt = stmt.order_by(expr.desc() if desc else expr.asc())
        return stmt.order_by(self.id_column.desc() if desc else self.id_column.asc())

    def _matches(self, token: str) -> ColumnElement[bool]:
        raw = f"%{_escape_like(token.casefold())}%"
        conditions = [
            expr.condition(raw) if isinstance(expr, LookupSearch) else any_case_like(expr, raw)
            for expr in self.search
        ]
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
        include_archived: Archived = False,
        limit: int | None = None,
    ) -> list[tuple[Any, ...]]:
        """All matching rows in one query: ``(id, *values)`` in column order."""
        stmt = self.query(search, order_by, descending, filters, include_archived, limit)
        return self._rows(session.execute(stmt))

    def fetch_ids(
        self,
        session: Session,
        search: str = "",
        order_by: str | None = None,
        descending: bool | None = None,
        filters: Mapping[str, Any] | None = None,
        include_archived: Archived = False,
        ordered: bool = True,
        limit: int | None = None,
    ) -> list[Any]:
        """The ids of every matching row in list order (see :meth:`fetch_rows`).

        Read as plain values, a batch at a time, on the session's connection: ids need
        no ORM objects, and 50,000 of them through the ORM's result machinery, all
        buffered at once, cost the People list's first paint twice the time (~55 ms
        against ~25 ms) and twice the memory (~9 MB against ~4 MB)."""
        stmt = self.id_query(
            search, order_by, descending, filters, include_archived, ordered, limit
        )
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            connection = connection.execution_options(stream_results=True, max_row_buffer=ID_BATCH)
        # Not on PostgreSQL: streaming there is a server-side cursor, planned for the first
        # tenth of the rows (an index walk with a row look-up each) and fetched a batch per
        # round trip: 1.3 s against 0.1 s for the 4,682 ids of "cart" at 250,000 people.
        return list(connection.execute(stmt).scalars())

    def fetch_rows(self, session: Session, ids: Sequence[Any]) -> dict[Any, tuple[Any, ...]]:
        """The rows of these ids (any order in, a dict out); ids no longer there are absent."""
        if not ids:
            return {}
        exprs: list[SqlExpr] = [self.id_column]
        for column in self.columns:
            exprs.extend(column.exprs)
        stmt = self.source(select(*exprs)).where(self.id_column.in_(list(ids)))
        return {row[0]: row for row in self._rows(session.execute(stmt))}

    def _rows(self, result: Any) -> list[tuple[Any, ...]]:
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


def is_narrowed(search: str, filters: Mapping[str, Any] | None, archived: Archived) -> bool:
    """A search, a filter or archived-only: the list keeps some rows, not every row."""
    chosen = any(value is not None for value in (filters or {}).values())
    return bool(search_tokens(search)) or chosen or archived == "only"


def search_tokens(text: str) -> list[str]:
    """Every word typed must match somewhere: "smith pe12" finds Smiths in PE12."""
    return [token for token in re.split(r"[\s,]+", text.strip()) if token]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _label(column: SqlExpr, labels: Mapping[str, str]) -> SqlExpr:
    """Stored code -> the officer's word, in SQL so sorting follows the label."""
    return case(dict(labels), value=column, else_=column)


def _text(key: str, heading: str, expr: SqlExpr, width: int = 12, **kw: Any) -> ListColumn:
    return ListColumn(key, heading, (expr,), (func.lower(expr),), "text", width, **kw)


def _plain(key: str, heading: str, expr: SqlExpr, kind: str, width: int = 10) -> ListColumn:
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


def _person(key: str, heading: str, indexed: bool = False) -> ListColumn:
    """ "Smith, Joan", sorted by surname then first name as a person would (Öztürk with
    the Os) by the collation key (never NULL: no blanks-last term). ``indexed``: the
    list is of people themselves, so the key's index can serve the sort."""
    name = Person.last_name + ", " + Person.first_name
    sort = (Person.name_sort_key,)
    return ListColumn(key, heading, (name,), sort, "text", 26, blanks=False, indexed=indexed)


def _names(session: Session, model: Any, label: Any) -> dict[Any, str]:
    rows = session.execute(select(model.id, label).order_by(func.lower(label)))
    return {row[0]: row[1] for row in rows}
