"""Taking events out: a pack is an ordinary Engagement Desktop database (made by the
program's own migrations) holding only what the door needs.

The registers of the chosen events come whole (people, their consents and needs); the
rest of the register comes as names, reference and postcode only, so a walk-in can be
checked against it and no more leaves the office. The pack carries the register's
identity and a snapshot of what it held, which is what bringing it back compares.

The pack is written table by table in the order of the foreign keys (areas inside
their area first, events before the consents, marks and votes recorded at them), so
its records fit together as the register's do.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import plural, short_date, weekday_short
from engagement_desktop.services.people.people import search_text_for
from engagement_desktop.store.base import new_uuid, utcnow
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Ballot,
    BallotProposal,
    BallotVote,
    BallotVoter,
    Consent,
    Event,
    EventTopic,
    EventType,
    Expense,
    FieldkitPack,
    Group,
    Household,
    Person,
    RewardRule,
    Setting,
    SupportNeed,
    Topic,
)

#: The person fields compared at merge (a change at the door against one in the office).
COMPARED_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "known_as",
    "address_line1",
    "address_line2",
    "address_line3",
    "town",
    "postcode",
    "email",
    "phone",
    "mobile",
    "notes",
)
#: All that leaves the office about someone who is on none of the chosen registers
#: (``version``, the edit counter, is bookkeeping and may not be empty).
MINIMAL_PERSON = ("id", "uuid", "reference", "first_name", "last_name", "postcode", "version")
PACK_SETTING = "fieldkit_pack_id"


@dataclass(frozen=True)
class PackMade:
    path: Path
    pack_id: str
    events: int
    on_registers: int
    others: int
    ballots: int
    encrypted: bool


def next_week_events(session: Session, today: date | None = None) -> list[int]:
    """The events of the next 7 days (today included): the default choice."""
    start = datetime.combine(today or date.today(), time.min)
    return list(
        session.scalars(
            select(Event.id)
            .where(Event.starts_at >= start, Event.starts_at < start + timedelta(days=7))
            .where(Event.status != "cancelled")
            .order_by(Event.starts_at, Event.id)
        )
    )


#: How far ahead the window's list of events to take out looks.
LOOK_AHEAD_DAYS = 60


def upcoming_events(store: Store, today: date | None = None) -> list[tuple[int, str, bool]]:
    """(id, label, ticked) for the events from today on, the next 7 days ticked."""
    day = today or date.today()
    start = datetime.combine(day, time.min)
    with store.session() as session:
        ticked = set(next_week_events(session, day))
        rows = session.execute(
            select(Event.id, Event.starts_at, Event.title)
            .where(
                Event.starts_at >= start,
                Event.starts_at < start + timedelta(days=LOOK_AHEAD_DAYS),
                Event.status != "cancelled",
            )
            .order_by(Event.starts_at, Event.id)
        ).all()
    return [
        (i, f"{weekday_short(when)} {short_date(when)} {when:%H:%M}  {title}", i in ticked)
        for i, when, title in rows
    ]


def register_uuid(session: Session) -> str:
    value = get_setting(session, "register_uuid")
    if not value:
        raise EngagementError("This register has no identity (register_uuid); upgrade it first.")
    return str(value)


def fingerprint(salt: str, value: Any) -> str:
    """A salted fingerprint of one field: enough to tell that it changed, while the
    register's note of the pack holds no one's details (erasure and SARs stay whole)."""
    return hashlib.sha256(f"{salt}\x00{value!r}".encode()).hexdigest()[:16]


def snapshot_of(
    session: Session, event_ids: Sequence[int], people_ids: Iterable[int], salt: str
) -> dict:
    """What the pack held at export: the yardstick for conflicts at merge."""
    attendance = {
        row.uuid: [row.status, row.role, row.minutes]
        for row in session.scalars(select(Attendance).where(Attendance.event_id.in_(event_ids)))
    }
    people: dict[str, dict[str, Any]] = {}
    ids = sorted(set(people_ids))
    for chunk in id_chunks(ids):
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            people[person.uuid] = {
                name: fingerprint(salt, getattr(person, name)) for name in COMPARED_FIELDS
            }
    ballot_ids = _ballot_ids(session, event_ids)
    votes = session.scalars(select(BallotVote.id).where(BallotVote.ballot_id.in_(ballot_ids)))
    return {
        "attendance": attendance,
        "people": people,
        "votes": [str(v) for v in votes],
    }


def _ballot_ids(session: Session, event_ids: Sequence[int]) -> list[int]:
    return list(
        session.scalars(
            select(Ballot.id).where(Ballot.event_id.in_(event_ids), Ballot.status == "open")
        )
    )


def _rows(session: Session, table: Any, *where: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in session.execute(select(table).where(*where))]


def export_pack(
    store: Store, event_ids: Sequence[int], output: Path, *, passphrase: str | None = None
) -> PackMade:
    """Write the pack for ``event_ids`` to ``output`` and note it in the register, in one
    transaction: a pack that could not be written leaves no note and no file."""
    output = output.expanduser().absolute()
    if not event_ids:
        raise EngagementError("No events were chosen: there is nothing to take out.")
    if output.exists():
        raise EngagementError(f"{output} already exists; choose another name.")
    if not output.parent.is_dir():
        raise EngagementError(f"The folder {output.parent} does not exist.")
    passphrase = passphrase or store.passphrase
    with store.transaction() as session:
        pack_id = new_uuid()
        content = _read_content(session, sorted(set(event_ids)), pack_id)
        row = FieldkitPack(
            pack_id=pack_id,
            register_uuid=register_uuid(session),
            made_at=utcnow(),
            made_by=store.actor,
            events=[e["uuid"] for e in content["events"]],
            snapshot=content.pop("_snapshot"),
        )
        session.add(row)
        session.flush()
        pack_row = {c.name: getattr(row, c.name) for c in FieldkitPack.__table__.columns}
        audit.record(
            session,
            store.actor,
            "fieldkit.export",
            "fieldkit_packs",
            row.id,
            {"events": [None, len(row.events)]},
            summary=f"Took {plural(len(row.events), 'event')} out in a field kit",
        )
        _write_pack(output, content, pack_row, passphrase)
    others = len(content["_others"])
    return PackMade(
        output,
        pack_id,
        len(content["events"]),
        len(content["people"]) - others,
        others,
        len(content["ballots"]),
        passphrase is not None,
    )


def _read_content(session: Session, event_ids: list[int], salt: str) -> dict[str, Any]:
    events = _rows(session, Event.__table__, Event.id.in_(event_ids))
    missing = set(event_ids) - {e["id"] for e in events}
    if missing:
        raise EngagementError(f"There is no event {min(missing)}; nothing was taken out.")
    attendance = _rows(session, Attendance.__table__, Attendance.event_id.in_(event_ids))
    on_register = {a["person_id"] for a in attendance}
    people: list[dict[str, Any]] = []
    others: list[int] = []
    household_ids: set[int] = set()
    for person in session.execute(select(Person.__table__)):
        values = dict(person._mapping)
        values["import_batch_id"] = None
        if values["id"] in on_register:
            if values["household_id"]:
                household_ids.add(values["household_id"])
        else:
            # Same keys for every row (one executemany), the personal ones left empty.
            values = {k: (v if k in MINIMAL_PERSON else None) for k, v in values.items()}
            values.update(
                search_text=search_text_for(
                    values["first_name"],
                    values["last_name"],
                    values["reference"],
                    values["postcode"],
                    None,
                    None,
                    None,
                ),
                name_sort_key=person._mapping["name_sort_key"],
                archived=person._mapping["archived"],
                involvement_status=person._mapping["involvement_status"],
                created_at=person._mapping["created_at"],
                updated_at=person._mapping["updated_at"],
            )
            others.append(values["id"])
        people.append(values)
    for values in people:
        if values.get("household_id") not in household_ids:
            values["household_id"] = None
    ballots = _ballot_ids(session, event_ids)
    group_ids = {e["group_id"] for e in events if e["group_id"]}
    registered = sorted(on_register)
    voters = _rows(session, BallotVoter.__table__, BallotVoter.ballot_id.in_(ballots))
    for voter in voters:
        if voter["person_id"] not in on_register:
            voter["person_id"] = None
    consents = _chunked(session, Consent.__table__, Consent.person_id, registered)
    for consent in consents:
        if consent["event_id"] not in event_ids:
            consent["event_id"] = None  # the event stays in the office
    areas = _parents_first(_rows(session, Area.__table__))
    return {
        "settings": _rows(session, Setting.__table__),
        "areas": areas,
        "topics": _rows(session, Topic.__table__),
        "event_types": _rows(session, EventType.__table__),
        "groups": _rows(session, Group.__table__, Group.id.in_(group_ids)),
        "households": _rows(session, Household.__table__, Household.id.in_(household_ids)),
        "people": people,
        "support_needs": _chunked(
            session, SupportNeed.__table__, SupportNeed.person_id, registered
        ),
        "consents": consents,
        "reward_rules": _rows(session, RewardRule.__table__),
        "events": events,
        "event_topics": _rows(session, EventTopic.__table__, EventTopic.event_id.in_(event_ids)),
        "attendance": attendance,
        "expenses": _rows(session, Expense.__table__, Expense.event_id.in_(event_ids)),
        "ballots": _rows(session, Ballot.__table__, Ballot.id.in_(ballots)),
        "ballot_proposals": _rows(
            session, BallotProposal.__table__, BallotProposal.ballot_id.in_(ballots)
        ),
        "ballot_voters": voters,
        "ballot_votes": _rows(session, BallotVote.__table__, BallotVote.ballot_id.in_(ballots)),
        "_others": others,
        "_snapshot": snapshot_of(session, event_ids, on_register, salt),
    }


def _parents_first(areas: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The areas, each after the one it sits in (estates in areas in wider areas)."""
    parent = {a["id"]: a["parent_id"] for a in areas}

    def depth(area_id: int) -> int:
        seen: set[int] = set()
        step: int | None = area_id
        while step is not None and step not in seen:  # the service allows no circle
            seen.add(step)
            step = parent.get(step)
        return len(seen)

    return sorted(areas, key=lambda a: depth(a["id"]))


def _chunked(session: Session, table: Any, column: Any, ids: list[int]) -> list[dict]:
    found: list[dict] = []
    for chunk in id_chunks(ids):
        found += _rows(session, table, column.in_(chunk))
    return found


#: Rows the migrations seed in a new database, replaced by the register's own.
_SEEDED = ("settings", "topics", "event_types")


def _write_pack(
    output: Path, content: dict[str, Any], pack_row: dict[str, Any], passphrase: str | None
) -> None:
    from engagement_desktop.store import protect
    from engagement_desktop.store.base import Base

    partial = output.with_name(output.name + ".partial")
    _remove(partial)
    try:
        pack = open_store(str(partial), actor=pack_row["made_by"], create=True)
        try:
            with pack.transaction() as session:
                for name in _SEEDED:
                    session.execute(delete(Base.metadata.tables[name]))
                # Parents before children (events before the consents recorded at them).
                rank = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
                for name in sorted(
                    (n for n in content if not n.startswith("_")), key=rank.__getitem__
                ):
                    rows = content[name]
                    table = Base.metadata.tables[name]
                    for start in range(0, len(rows), 2000):
                        session.execute(insert(table), rows[start : start + 2000])
                session.execute(
                    insert(Setting), [{"key": PACK_SETTING, "value": pack_row["pack_id"]}]
                )
                session.execute(insert(FieldkitPack), [pack_row])
        except IntegrityError as exc:  # the new file is ours alone: not a clash with anyone
            raise EngagementError(
                f"The pack {output.name} could not be written: its records do not fit "
                f"together ({exc.orig}), so nothing was taken out. This is a fault in "
                "Engagement Desktop; please report it with the log."
            ) from exc
        finally:
            pack.close()
        if passphrase:
            protect.encrypt_file(partial, passphrase)
        os.replace(partial, output)
    except BaseException:
        _remove(partial)
        raise


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm", ".protect-partial"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
