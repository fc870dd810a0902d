"""The audit trail read back for a person to read: filtered, newest first, paged.

Stored entries name people, events and groups by id only ("Added person #123"), so an
erasure only has to blank the values. Names are looked up here, when the trail is read,
from the records as they are now: an erased person reads as whatever their anonymised
record says, a removed one as "person #123". Summaries written before entries named
people by id are shown as they were written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.common.validation import check_period_day
from engagement_desktop.services.people.people import fold
from engagement_desktop.services.privacy.where import PERSONAL, rows_about, table
from engagement_desktop.store.models import AuditEntry, Event, Group, Person

#: "person #123", "event #45", "group #7" inside a stored summary.
MENTION = re.compile(r"\b([Pp]erson|[Ee]vent|[Gg]roup) #(\d+)")
#: The tables whose record ids are resolved by name, and the column naming each.
NAMED = {"people": Person, "events": Event, "groups": Group}
KIND_TABLE = {"person": "people", "event": "events", "group": "groups"}
#: Changed fields holding the id of a person, event or group: shown by name.
LINK_FIELDS = {"person_id": "people", "event_id": "events", "group_id": "groups"}
PAGE_SIZE = 100


@dataclass(frozen=True)
class AuditFilter:
    """What to show; ``None`` means any. ``action`` matches the action or its family
    (``person`` matches ``person.add`` and ``person.edit``); dates are local days,
    both ends included."""

    person_id: int | None = None
    officer: str | None = None
    since: date | None = None
    until: date | None = None
    action: str | None = None


@dataclass(frozen=True)
class FieldChange:
    """One field's old and new value as text; ``old`` is "" for a plain fact."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime  # local time
    officer: str
    action: str
    table: str
    record_id: int | None
    subject: str  # who or what the entry is about, named now
    summary: str  # the stored summary with its ids named now
    changes: tuple[FieldChange, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "officer": self.officer,
            "action": self.action,
            "table": self.table,
            "record_id": self.record_id,
            "subject": self.subject,
            "summary": self.summary,
            "changes": {c.field: [c.old, c.new] for c in self.changes},
        }


@dataclass(frozen=True)
class AuditPage:
    lines: list[AuditLine]
    total: int  # entries matching the filter, on every page
    offset: int


def read_trail(
    session: Session, wanted: AuditFilter, offset: int = 0, limit: int = PAGE_SIZE
) -> AuditPage:
    """One page of the entries ``wanted`` asks for, newest first."""
    query = _filtered(session, wanted)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit)
    ).all()
    return AuditPage(_lines(session, rows), total, offset)


def officers(session: Session) -> list[str]:
    """Everyone who has changed anything, for a filter's choices."""
    return sorted(session.scalars(select(AuditEntry.actor).distinct()), key=str.casefold)


def kinds(session: Session) -> list[str]:
    """The families of action on file (``person``, ``attendance`` ...), for a filter."""
    actions = session.scalars(select(AuditEntry.action).distinct())
    return sorted({action.split(".")[0] for action in actions})


@dataclass(frozen=True)
class PersonChoice:
    id: int
    label: str  # "Zoë Ní Bhriain · T0001 · PE12 3AB (archived)"


def people_matching(session: Session, text: str, limit: int = 12) -> list[PersonChoice]:
    """People to pick from for a history: ``#123``, or every typed word in their name,
    reference or postcode; archived people too (their history still matters)."""
    text = text.strip()
    if text.startswith("#") and text[1:].isdigit():
        query = select(Person).where(Person.id == int(text[1:]))
    else:
        tokens = [fold(t).replace("%", "").replace("_", "") for t in text.split()]
        tokens = [t for t in tokens if t]
        if not tokens:
            return []
        likes = [Person.search_text.like(f"%{t}%") for t in tokens]
        query = select(Person).where(*likes).order_by(Person.name_sort_key, Person.id)
    return [
        PersonChoice(
            person.id,
            " · ".join(
                part for part in (person.full_name, person.reference, person.postcode) if part
            )
            + (" (archived)" if person.archived else ""),
        )
        for person in session.scalars(query.limit(limit))
    ]


def _filtered(session: Session, wanted: AuditFilter) -> Select[AuditEntry]:
    for name, day in (("from", wanted.since), ("to", wanted.until)):
        try:  # 0001-01-01 and 9999-12-31 run off the calendar in local time
            if day is not None:
                check_period_day(day)
        except ValueError as exc:
            raise ValidationError({name: str(exc)}) from exc
    query = select(AuditEntry)
    if wanted.person_id is not None:
        query = query.where(AuditEntry.id.in_(entries_about(session, wanted.person_id)))
    if wanted.officer:
        query = query.where(func.lower(AuditEntry.actor) == wanted.officer.strip().lower())
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= _utc(wanted.since))
    if wanted.until is not None:
        query = query.where(AuditEntry.at < _utc(wanted.until + timedelta(days=1)))
    if wanted.action:
        family = wanted.action.strip()
        query = query.where(
            (AuditEntry.action == family) | AuditEntry.action.startswith(f"{family}.")
        )
    return query


def entries_about(session: Session, person_id: int) -> list[int]:
    """Ids of the entries about the person or any of their rows (raises NotFound)."""
    get_or_404(session, Person, person_id, "person")
    trail = next(where for where in PERSONAL if where.table == "audit_entries")
    return [row["id"] for row in rows_about(session, person_id).get(trail, [])]


def _utc(day: date) -> datetime:
    """The start of a local day as the naive UTC the entries are stored in."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


def _local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _lines(session: Session, rows: Iterable[AuditEntry]) -> list[AuditLine]:
    rows = list(rows)
    owners = _owners(session, rows)
    wanted: dict[str, set[int]] = {name: set() for name in NAMED}
    for row in rows:
        if row.table_name in NAMED and row.record_id is not None:
            wanted[row.table_name].add(row.record_id)
        for owner in owners.get((row.table_name, row.record_id), {}).items():
            wanted[owner[0]].add(owner[1])
        for kind, number in MENTION.findall(row.summary or ""):
            wanted[KIND_TABLE[kind.lower()]].add(int(number))
        for field, table_name in LINK_FIELDS.items():
            for value in (row.changes or {}).get(field) or ():
                if isinstance(value, int):
                    wanted[table_name].add(value)
    names = _names(session, wanted)
    return [
        AuditLine(
            id=row.id,
            at=_local(row.at),
            officer=row.actor,
            action=row.action,
            table=row.table_name,
            record_id=row.record_id,
            subject=_subject(row, owners, names),
            summary=_summary(row, names),
            changes=_changes(row.changes, names),
        )
        for row in rows
    ]


def _owners(
    session: Session, rows: list[AuditEntry]
) -> dict[tuple[str, int | None], dict[str, int]]:
    """For entries on rows that belong to a person, event or group (an attendance, a
    membership, a consent ...): whose they are, as ``{"people": id, "events": id}``."""
    by_table: dict[str, set[int]] = {}
    for row in rows:
        if row.table_name not in NAMED and row.record_id is not None:
            by_table.setdefault(row.table_name, set()).add(row.record_id)
    owners: dict[tuple[str, int | None], dict[str, int]] = {}
    links = {"person_id": "people", "event_id": "events", "group_id": "groups"}
    for name, ids in by_table.items():
        try:
            rows_table = table(name)
        except KeyError:
            continue
        columns = [rows_table.c[c] for c in links if c in rows_table.c]
        if not columns or "id" not in rows_table.c:
            continue
        query = select(rows_table.c.id, *columns).where(rows_table.c.id.in_(sorted(ids)))
        for found in session.execute(query).mappings():
            owners[(name, found["id"])] = {
                links[c.name]: found[c.name] for c in columns if found[c.name] is not None
            }
    return owners


def _names(session: Session, wanted: Mapping[str, set[int]]) -> dict[tuple[str, int], str]:
    names: dict[tuple[str, int], str] = {}
    if wanted["people"]:
        people = select(Person.id, Person.first_name, Person.last_name)
        for pid, first, last in session.execute(people.where(Person.id.in_(wanted["people"]))):
            names[("people", pid)] = f"{first or ''} {last or ''}".strip() or f"person #{pid}"
    if wanted["events"]:
        events = select(Event.id, Event.title).where(Event.id.in_(wanted["events"]))
        names.update((("events", eid), title) for eid, title in session.execute(events))
    if wanted["groups"]:
        groups = select(Group.id, Group.name).where(Group.id.in_(wanted["groups"]))
        names.update((("groups", gid), name) for gid, name in session.execute(groups))
    return names


def _subject(
    row: AuditEntry,
    owners: Mapping[tuple[str, int | None], Mapping[str, int]],
    names: Mapping[tuple[str, int], str],
) -> str:
    if row.record_id is None:
        return ""
    if row.table_name in NAMED:
        return names.get(
            (row.table_name, row.record_id), f"{_kind(row.table_name)} #{row.record_id}"
        )
    owner = owners.get((row.table_name, row.record_id), {})
    parts = [
        names.get((name, number), f"{_kind(name)} #{number}") for name, number in owner.items()
    ]
    return ", ".join(parts) or f"{row.table_name.replace('_', ' ')} #{row.record_id}"


def _summary(row: AuditEntry, names: Mapping[tuple[str, int], str]) -> str:
    if not row.summary:
        return f"{row.action} ({row.table_name.replace('_', ' ')} #{row.record_id})"

    def named(match: re.Match[str]) -> str:
        key = (KIND_TABLE[match.group(1).lower()], int(match.group(2)))
        return names.get(key, match.group(0))

    text = MENTION.sub(named, row.summary)
    return text[:1].upper() + text[1:]


def _kind(table_name: str) -> str:
    return next((kind for kind, name in KIND_TABLE.items() if name == table_name), table_name)


def _changes(
    changes: Mapping[str, Any] | None, names: Mapping[tuple[str, int], str]
) -> tuple[FieldChange, ...]:
    if not isinstance(changes, Mapping):
        return ()
    out = []
    for name, value in changes.items():
        if isinstance(value, list | tuple) and len(value) == 2:
            old, new = value
            if name in LINK_FIELDS:  # "person: Zoë Ní Bhriain", not "person id: 301"
                old, new = (names.get((LINK_FIELDS[name], v), v) for v in (old, new))
                name = name.removesuffix("_id")
        else:  # a fact about the change (a demo's seed), not an old and a new value
            out.append(FieldChange(name.replace("_", " "), "", _text(value)))
            continue
        out.append(FieldChange(name.replace("_", " "), _text(old), _text(new)))
    return tuple(out)


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
