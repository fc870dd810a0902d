"""Merging two records of the same person into one, in one transaction.

Every row of every table that points at a person moves to the survivor;
nothing is lost. Where the two cannot both exist (the same event attended
twice, the same interest), the rows are combined and the audit entry says so.
The duplicate's own fields fill the survivor's blanks, then the duplicate is
removed; its full record stays in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.people.people import PERSON_FIELDS, _refresh_search_text
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Attendance,
    Base,
    EqualityProfile,
    LedgerEntry,
    Person,
    PersonTopic,
    SupportNeed,
)


class Policy(Enum):
    MOVE = "move"  # re-point the foreign key
    UNION = "union"  # move what the survivor lacks, drop exact duplicates
    ATTENDANCE = "attendance"  # one row per event: combine, keep the best mark
    EQUALITY = "equality"  # one profile: survivor's answers, blanks from the duplicate
    ONCE_EACH = "once_each"  # one row per (record, person): move, drop where both had one


#: Every column that refers to people.id and what a merge does with it. A new
#: table that refers to people must be added here: merging refuses to run (and
#: a test fails) until it is.
PERSON_REFERENCES: dict[tuple[str, str], Policy] = {
    ("person_topics", "person_id"): Policy.UNION,
    ("support_needs", "person_id"): Policy.UNION,
    ("consents", "person_id"): Policy.MOVE,
    ("agreements", "person_id"): Policy.MOVE,
    ("exclusions", "person_id"): Policy.MOVE,
    ("equality_profiles", "person_id"): Policy.EQUALITY,
    ("memberships", "person_id"): Policy.MOVE,
    ("attendance", "person_id"): Policy.ATTENDANCE,
    ("expenses", "person_id"): Policy.MOVE,
    ("ledger_entries", "person_id"): Policy.MOVE,
    ("reward_payouts", "person_id"): Policy.MOVE,
    ("training_records", "person_id"): Policy.MOVE,
    ("appraisals", "person_id"): Policy.MOVE,
    ("training_needs", "person_id"): Policy.MOVE,
    ("outcomes", "person_id"): Policy.MOVE,
    ("survey_responses", "person_id"): Policy.MOVE,
    ("contact_history", "person_id"): Policy.MOVE,
    ("review_members", "person_id"): Policy.ONCE_EACH,
    ("consultation_people", "person_id"): Policy.ONCE_EACH,
    ("visit_inspectors", "person_id"): Policy.ONCE_EACH,
    ("fund_applications", "person_id"): Policy.MOVE,  # the application's contact
    ("fund_conflicts", "person_id"): Policy.ONCE_EACH,  # one declaration per application
    ("fund_scores", "person_id"): Policy.ONCE_EACH,  # the survivor's scores stand
    # That they voted: both rows stay (the votes themselves name nobody and stay counted).
    ("ballot_voters", "person_id"): Policy.MOVE,
}

_ATTENDANCE_RANK = {"no_show": 0, "invited": 1, "apologies": 2, "walk_in": 3, "attended": 4}


def person_references() -> set[tuple[str, str]]:
    """(table, column) of every foreign key to people.id in the schema."""
    found = set()
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            if fk.column.table.name == "people" and fk.parent.table.name != "people":
                found.add((table.name, fk.parent.name))
    return found


@dataclass
class MergeResult:
    survivor_id: int
    removed_id: int
    moved: dict[str, int] = field(default_factory=dict)
    combined: dict[str, int] = field(default_factory=dict)


def merge_people(store: Store, survivor_id: int, duplicate_id: int) -> MergeResult:
    """Move everything of ``duplicate_id`` to ``survivor_id`` and remove the duplicate."""
    missing = person_references() - set(PERSON_REFERENCES)
    if missing:
        raise RuntimeError(f"merge does not handle: {sorted(missing)}")
    if survivor_id == duplicate_id:
        raise EngagementError("Choose two different people to merge.")
    result = MergeResult(survivor_id, duplicate_id)
    with store.transaction() as session:
        survivor = get_or_404(session, Person, survivor_id, "person")
        duplicate = get_or_404(session, Person, duplicate_id, "person")
        loser_snapshot = {"uuid": duplicate.uuid, **audit.snapshot(duplicate, PERSON_FIELDS)}
        filled = _fill_blanks(survivor, duplicate)
        for (table_name, column), policy in PERSON_REFERENCES.items():
            table = Base.metadata.tables[table_name]
            handler = _HANDLERS[policy]
            moved, combined = handler(session, table, column, survivor_id, duplicate_id)
            if moved:
                result.moved[table_name] = moved
            if combined:
                result.combined[table_name] = combined
        if duplicate.household_id and not survivor.household_id:
            survivor.household_id = duplicate.household_id
        session.delete(duplicate)
        session.flush()
        _refresh_search_text(survivor)
        audit.record(
            session,
            store.actor,
            "person.merge",
            "people",
            survivor.id,
            {**filled, "merged_person": [loser_snapshot, None]},
            record_uuid=survivor.uuid,
            summary=f"Merged person #{duplicate_id} into person #{survivor_id}; "
            f"moved {result.moved}; combined {result.combined}",
        )
    return result


def _fill_blanks(survivor: Person, duplicate: Person) -> dict[str, list]:
    changes: dict[str, list] = {}
    for name in PERSON_FIELDS:
        if name == "household_id":
            continue
        mine, theirs = getattr(survivor, name), getattr(duplicate, name)
        if mine in (None, "") and theirs not in (None, ""):
            setattr(survivor, name, theirs)
            changes[name] = [mine, audit.snapshot(survivor, [name])[name]]
    if duplicate.involvement_status == "subscribed" and survivor.involvement_status != "subscribed":
        changes["involvement_status"] = [survivor.involvement_status, "subscribed"]
        survivor.involvement_status = "subscribed"
    return changes


def _move(session: Session, table: Table, column: str, keep: int, drop: int) -> tuple[int, int]:
    result = session.execute(update(table).where(table.c[column] == drop).values({column: keep}))
    return getattr(result, "rowcount", 0) or 0, 0


def _union(session: Session, table: Table, column: str, keep: int, drop: int) -> tuple[int, int]:
    model = {"person_topics": PersonTopic, "support_needs": SupportNeed}[table.name]
    key_columns = [c.name for c in table.columns if c.name not in ("id", column)]
    kept = {
        tuple(row)
        for row in session.execute(
            select(*[table.c[c] for c in key_columns]).where(table.c[column] == keep)
        )
    }
    moved = combined = 0
    for row in session.scalars(select(model).where(getattr(model, column) == drop)):
        if tuple(getattr(row, c) for c in key_columns) in kept:
            session.delete(row)
            combined += 1
        else:
            setattr(row, column, keep)
            moved += 1
    session.flush()
    return moved, combined


def _attendance(
    session: Session, table: Table, column: str, keep: int, drop: int
) -> tuple[int, int]:
    mine = {
        a.event_id: a
        for a in session.scalars(select(Attendance).where(Attendance.person_id == keep))
    }
    moved = combined = 0
    for theirs in session.scalars(select(Attendance).where(Attendance.person_id == drop)):
        ours = mine.get(theirs.event_id)
        if ours is None:
            theirs.person_id = keep
            moved += 1
            continue
        if _ATTENDANCE_RANK[theirs.status] > _ATTENDANCE_RANK[ours.status]:
            ours.status, ours.role = theirs.status, theirs.role
        ours.minutes = max(ours.minutes or 0, theirs.minutes or 0) or None
        ours.checked_in_at = ours.checked_in_at or theirs.checked_in_at
        session.execute(
            update(LedgerEntry)
            .where(LedgerEntry.attendance_id == theirs.id)
            .values(attendance_id=ours.id)
        )
        session.delete(theirs)
        combined += 1
    session.flush()
    return moved, combined


def _equality(session: Session, table: Table, column: str, keep: int, drop: int) -> tuple[int, int]:
    theirs = session.get(EqualityProfile, drop)
    if theirs is None:
        return 0, 0
    ours = session.get(EqualityProfile, keep)
    if ours is None:
        session.execute(
            update(EqualityProfile).where(EqualityProfile.person_id == drop).values(person_id=keep)
        )
        return 1, 0
    for name in vocab.EQUALITY_QUESTIONS:
        if getattr(ours, name) is None and getattr(theirs, name) is not None:
            setattr(ours, name, getattr(theirs, name))
    if theirs.written_objection and not ours.written_objection:
        ours.written_objection = True
        ours.objection_received_on = theirs.objection_received_on
    session.execute(delete(EqualityProfile).where(EqualityProfile.person_id == drop))
    return 0, 1


def _once_each(
    session: Session, table: Table, column: str, keep: int, drop: int
) -> tuple[int, int]:
    """Tables unique on (record, person): the duplicate's row goes where the survivor
    is on the same record already (the survivor's row is kept), the rest move."""
    (other,) = [c.name for c in table.columns if c.foreign_keys and c.name != column][:1]
    held = select(table.c[other]).where(table.c[column] == keep).scalar_subquery()
    gone = session.execute(delete(table).where(table.c[column] == drop, table.c[other].in_(held)))
    moved, _ = _move(session, table, column, keep, drop)
    return moved, getattr(gone, "rowcount", 0) or 0


_HANDLERS = {
    Policy.MOVE: _move,
    Policy.UNION: _union,
    Policy.ATTENDANCE: _attendance,
    Policy.EQUALITY: _equality,
    Policy.ONCE_EACH: _once_each,
}
