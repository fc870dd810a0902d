"""SQL written once that each database plans well.

``in_small_lookup(column, ids)`` is ``column IN (SELECT ...)`` on SQLite. On PostgreSQL
it is ``column = ANY(ARRAY(SELECT ...))``: the sub-select runs once, before the scan,
so an OR of it with trigram-indexed LIKEs becomes a BitmapOr of index scans; a plain
``IN (SELECT ...)`` inside an OR is a hashed sub-plan that reads every row (a People
search at 250,000 people: ~1 ms against ~100 ms).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.visitors import InternalTraversal


class InSmallLookup(ColumnElement[bool]):
    """``column`` is one of the ids a small lookup query returns (see the module)."""

    inherit_cache = True
    type = Boolean()
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own declaration)
        ("column", InternalTraversal.dp_clauseelement),
        ("ids", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[Any], ids: Select[Any]) -> None:
        self.column = column
        self.ids = ids


def in_small_lookup(column: Any, ids: Select[Any]) -> ColumnElement[bool]:
    return InSmallLookup(
        column.__clause_element__() if hasattr(column, "__clause_element__") else column, ids
    )


@compiles(InSmallLookup)
def _in_subquery(element: InSmallLookup, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.in_(element.ids.scalar_subquery()), **kw)


@compiles(InSmallLookup, "postgresql")
def _any_array(element: InSmallLookup, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    ids = compiler.process(element.ids.scalar_subquery(), **kw)  # "(SELECT ...)"
    return f"{column} = ANY(ARRAY{ids})"


class AnyCaseLike(ColumnElement[Any]):
    """``text`` holds ``pattern`` in any case (``ILIKE``; see :func:`any_case_like`)."""

    inherit_cache = True
    # Not Boolean: SQLite (no boolean type) would write a Boolean element in a WHERE as
    # "... = 1", and after LIKE ... ESCAPE that reads as the escape character's operand.
    type = NullType()
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own declaration)
        ("text", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, text: ColumnElement[Any], pattern: ColumnElement[Any]) -> None:
        self.text = text
        self.pattern = pattern


def any_case_like(text: Any, pattern: str) -> ColumnElement[bool]:
    """``text ILIKE pattern`` with ``\\`` as the escape character.

    SQLAlchemy writes ILIKE on SQLite as ``lower(text) LIKE lower(pattern)``; SQLite's
    LIKE already ignores case in the same letters its lower() changes (ASCII), so the
    plain LIKE matches the same rows without a lower() per row: a search no index
    answers runs it on every person (~4 ms of a ~20 ms scan at 50,000 people).
    """
    from sqlalchemy import literal

    column = text.__clause_element__() if hasattr(text, "__clause_element__") else text
    return AnyCaseLike(column, literal(pattern))


@compiles(AnyCaseLike)
def _ilike(element: AnyCaseLike, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.text.ilike(element.pattern, escape="\\"), **kw)


@compiles(AnyCaseLike, "sqlite")
def _like(element: AnyCaseLike, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.text.like(element.pattern, escape="\\"), **kw)
