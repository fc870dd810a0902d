"""The officer's own list of event types (meeting, pop-up meeting, webinar ...).

Types are never deleted: past events and reward rules point at them. A type
no longer used is archived, which takes it out of the choices for new events
and leaves every old event as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404, required_text
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Event, EventType


@dataclass(frozen=True)
class EventTypeRow:
    id: int
    name: str
    archived: bool
    events: int  # how many events use it (archiving is the way to retire a used type)


def list_event_types(session: Session, *, include_archived: bool = True) -> list[EventTypeRow]:
    """Every type by name, with how many events use it."""
    used = (
        select(func.count(Event.id))
        .where(Event.event_type_id == EventType.id)
        .correlate(EventType)
        .scalar_subquery()
    )
    query = select(EventType.id, EventType.name, EventType.archived, used).order_by(
        func.lower(EventType.name)
    )
    if not include_archived:
        query = query.where(EventType.archived.is_not(True))
    return [EventTypeRow(i, n, bool(a), int(c or 0)) for i, n, a, c in session.execute(query)]


def _clean_name(session: Session, name: str, own_id: int | None) -> str:
    try:
        clean = required_text(name, 100)
    except ValueError as exc:
        raise ValidationError({"name": str(exc)}) from exc
    clash = session.scalar(
        select(EventType.id).where(
            func.lower(EventType.name) == clean.casefold(), EventType.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise ValidationError({"name": f"there is already a type called '{clean}'"})
    return clean


def add_event_type(store: Store, name: str) -> EventType:
    """A new type, e.g. "Walkabout"; names are unique whatever their case."""
    with store.transaction() as session:
        kind = EventType(name=_clean_name(session, name, None), archived=False)
        session.add(kind)
        session.flush()
        audit.record(
            session,
            store.actor,
            "event_type.add",
            "event_types",
            kind.id,
            {"name": [None, kind.name]},
            record_uuid=kind.uuid,
            summary=f"Added event type {kind.name}",
        )
    return kind


def rename_event_type(store: Store, type_id: int, name: str) -> EventType:
    """Correct a type's name; every event of that type shows the new name."""
    with store.transaction() as session:
        kind = get_or_404(session, EventType, type_id, "event type")
        clean = _clean_name(session, name, kind.id)
        if clean != kind.name:
            old, kind.name = kind.name, clean
            audit.record(
                session,
                store.actor,
                "event_type.rename",
                "event_types",
                kind.id,
                {"name": [old, clean]},
                record_uuid=kind.uuid,
                summary=f"Renamed event type {old} to {clean}",
            )
    return kind


def set_event_type_archived(store: Store, type_id: int, archived: bool) -> EventType:
    """Retire a type (or bring it back); events already held keep it."""
    with store.transaction() as session:
        kind = get_or_404(session, EventType, type_id, "event type")
        if bool(kind.archived) != archived:
            if archived:
                live = session.scalar(
                    select(func.count(EventType.id)).where(
                        EventType.archived.is_not(True), EventType.id != kind.id
                    )
                )
                if not live:
                    raise ValidationError({"archived": "at least one event type must stay in use"})
            kind.archived = archived
            audit.record(
                session,
                store.actor,
                "event_type.archive" if archived else "event_type.restore",
                "event_types",
                kind.id,
                {"archived": [not archived, archived]},
                record_uuid=kind.uuid,
                summary=f"{'Archived' if archived else 'Restored'} event type {kind.name}",
            )
    return kind
