"""Groups and events lists."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, func, select

from engagement_desktop.services.groups.terms import current_on
from engagement_desktop.services.listings.base import (
    ListFilter,
    Listing,
    _label,
    _lister,
    _names,
    _plain,
    _text,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Event,
    EventTopic,
    EventType,
    Group,
    Membership,
    Topic,
)

# --- Groups -------------------------------------------------------------------------------

_current_members = (
    select(func.count(func.distinct(Membership.person_id)))
    .where(Membership.group_id == Group.id, current_on(func.current_date()))
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
        ListFilter(
            "type",
            "Type",
            Event.event_type_id,
            lambda s: _names(s, EventType, EventType.name),
            "All event types",
        ),
        ListFilter(
            "group", "Group", Event.group_id, lambda s: _names(s, Group, Group.name), "Any group"
        ),
        ListFilter(
            "area", "Estate / area", Event.area_id, lambda s: _names(s, Area, Area.name), "Any area"
        ),
        ListFilter("status", "Status", Event.status, vocab.EVENT_STATUSES),
        ListFilter(
            "topic",
            "Topic",
            None,
            lambda s: _names(s, Topic, Topic.name),
            "Any topic",
            where=lambda topic_id: _has_topic(topic_id),
        ),
    ),
)


def _has_topic(topic_id: Any) -> ColumnElement[bool]:
    """EXISTS rather than a join, so an event with three topics is still one row."""
    return exists().where(EventTopic.event_id == Event.id, EventTopic.topic_id == topic_id)


list_events = _lister(
    EVENTS, "Events, newest first, with how many people came (attended or walked in)."
)
