"""The audit trail: every change says who, when, what, which record, old and new.

Services call :func:`record` inside their own transaction, so a change and its
audit entry are committed (or rolled back) together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from engagement_desktop.store.models import AuditEntry

Changes = dict[str, list[Any]]


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(record: object, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of ``fields`` on an ORM object, ready for JSON."""
    return {name: _jsonable(getattr(record, name)) for name in fields}


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> Changes:
    """Fields whose value changed, as ``{field: [old, new]}``."""
    return {
        key: [before.get(key), after.get(key)] for key in after if before.get(key) != after.get(key)
    }


def created(after: Mapping[str, Any]) -> Changes:
    """A new record's non-empty fields, as changes from nothing."""
    return {key: [None, value] for key, value in after.items() if value not in (None, "")}


def record(
    session: Session,
    actor: str,
    action: str,
    table: str,
    record_id: int | None,
    changes: Changes | None = None,
    *,
    record_uuid: str | None = None,
    summary: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor,
        action=action,
        table_name=table,
        record_id=record_id,
        record_uuid=record_uuid,
        changes=changes or None,
        summary=summary,
    )
    session.add(entry)
    return entry
