"""Committing a people import: one transaction, recorded as a batch.

The rows are planned again inside the transaction (never taken from the preview);
people are added in bulk and changes applied field by field, each recorded so the
whole batch can be undone (:mod:`interchange.imports.undo`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, String, insert, literal, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.imports.running import (
    CANCELLED,
    ImportCancelled,
    Progress,
    last_word,
)
from engagement_desktop.interchange.people.plan import STORED, PeoplePlan, PlannedRow, plan_import
from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.wording import plural
from engagement_desktop.services.people.people import fold, search_text_for
from engagement_desktop.store.base import new_uuids, utcnow
from engagement_desktop.store.bulk_insert import indexes_built_after, insert_rows
from engagement_desktop.store.collation import name_sort_key
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, Consent, ImportBatch, ImportChange, Person


class ImportRefused(EngagementError):
    """``strict`` and the file has problems: nothing written; ``plan`` says which rows."""

    def __init__(self, plan: PeoplePlan) -> None:
        first = plan.problems[0]
        super().__init__(
            f"{plural(len(plan.problems), 'problem')}, first: row {first.row}, {first.column}: "
            f"{first.message}; nothing imported (--strict)."
        )
        self.plan = plan


@dataclass
class PeopleImportResult:
    """What a commit did, told from the plan it made inside its own transaction (the
    preview the officer saw may be older: another window or process may have written
    since). ``batch`` is None when there was nothing to change."""

    plan: PeoplePlan
    batch: ImportBatch | None


@bulk
def commit_import(
    store: Store,
    table: Table,
    mapping: Mapping[str, str | None],
    *,
    file_name: str,
    on_match: str = "update",
    sha256: str = "",
    sheet: str | None = None,
    strict: bool = False,
    progress: Progress | None = None,
    new_involvement: str | None = None,
) -> PeopleImportResult:
    """Import ``table`` in one transaction, as one batch.

    The rows are planned (matched) inside the transaction, holding the write lock, never
    taken from a preview, so two imports of the same file at once end as if one ran after
    the other: the second finds everyone on file and changes nothing."""
    with store.transaction() as session:
        plan = plan_import(
            session,
            table,
            mapping,
            on_match=on_match,
            sha256=sha256,
            new_involvement=new_involvement,
        )
        if strict and plan.problems:
            raise ImportRefused(plan)
        todo = [r for r in plan.rows if r.action in ("new", "update")]
        if not todo:
            return PeopleImportResult(plan, None)
        batch = _write(session, store.actor, plan, todo, file_name, sheet, progress)
    return PeopleImportResult(plan, batch)


def _write(
    session: Session,
    actor: str,
    plan: PeoplePlan,
    todo: list[PlannedRow],
    file_name: str,
    sheet: str | None,
    progress: Progress | None,
) -> ImportBatch:
    batch = ImportBatch(
        kind="people",
        file_name=file_name,
        sha256=plan.sha256,
        sheet=sheet,
        rows_read=len(plan.rows),
        summary=plan.summary() | {"errors": len(plan.problems)},
        mapping=plan.mapping,
        imported_by=actor,
    )
    session.add(batch)
    session.flush()
    area_ids = _create_areas(session, plan.new_areas)
    with _loading(session):
        created = _write_rows(session, batch.id, todo, area_ids, progress)
    _record_created(session, batch.id)
    consents = _write_consents(session, actor, batch.id, todo, file_name)
    audit.record(
        session,
        actor,
        "import.people",
        "import_batches",
        batch.id,
        {
            "created": [None, created],
            "updated": [None, len(todo) - created],
            "consents": [None, consents],
        },
        record_uuid=batch.uuid,
        summary=f"Imported {file_name}",
    )
    last_word(progress, len(todo))
    return batch


def _loading(session: Session) -> AbstractContextManager[object]:
    """An officer's first import of the whole tenancy list, into a register with no one
    in it yet: the people table's secondary indexes are built once after the rows are
    in (same transaction; a failure rolls back to the indexes as they were)."""
    if session.scalar(select(Person.id).limit(1)) is None:
        return indexes_built_after(session, Person)
    return nullcontext()


def _write_rows(
    session: Session,
    batch_id: int,
    todo: list[PlannedRow],
    area_ids: dict[str, int],
    progress: Progress | None,
) -> int:
    """Add the new people a chunk at a time and apply the changes; how many were added."""
    now = utcnow()
    # What every new person's row starts from: each stored field blank, then the
    # batch's own values; a row's fields from the file go over it.
    start = dict.fromkeys(STORED) | {
        "first_name": "",
        "last_name": "",
        "involvement_status": "one_off",
        "import_batch_id": batch_id,
        "archived": False,
        "created_at": now,
        "updated_at": now,
    }
    created = 0
    chunk: list[dict[str, Any]] = []  # new people, written a chunk at a time
    uuids: list[str] = []
    waiting = sum(1 for row in todo if row.action == "new")  # new people without a uuid
    for done, row in enumerate(todo, start=1):
        if progress is not None and done % 1000 == 0 and progress(done, len(todo)) is False:
            raise ImportCancelled(CANCELLED)
        if row.action != "new":
            _apply_update(session, batch_id, row, area_ids)
            continue
        line = start | row.values  # a row's fields are among STORED
        if line["area_id"].__class__ is str:
            line["area_id"] = area_ids[line["area_id"].removeprefix("new:")]
        if not uuids:  # one read of the random source for a chunk's people
            uuids = new_uuids(min(waiting, _CHUNK))
            waiting -= len(uuids)
        line["uuid"] = row.person_uuid = uuids.pop()
        line["search_text"] = person_search_text(line)
        line["name_sort_key"] = name_sort_key(line["first_name"], line["last_name"])
        chunk.append(line)
        if len(chunk) == _CHUNK:
            _insert_created(session, chunk)
            created += len(chunk)
            chunk = []
    _insert_created(session, chunk)
    return created + len(chunk)


def _create_areas(session: Session, names: Iterable[str]) -> dict[str, int]:
    ids = {}
    for name in names:
        area = Area(name=name)
        session.add(area)
        session.flush()
        ids[fold(name)] = area.id
    return ids


def person_search_text(values: Mapping[str, Any]) -> str:
    return search_text_for(
        values.get("first_name"),
        values.get("last_name"),
        values.get("reference"),
        values.get("postcode"),
        values.get("email"),
        values.get("phone"),
        values.get("mobile"),
    )


#: New people are written this many at a time: a 50,000-row file never holds all
#: their rows (and the driver's copies) in memory at once.
_CHUNK = 5000


def _insert_created(session: Session, created: list[dict[str, Any]]) -> None:
    """Add the new people in one executemany of plain rows (no ORM object per person)."""
    if created:
        insert_rows(session, Person, created)


def _record_created(session: Session, batch_id: int) -> None:
    """Note every person this batch created, so it can be undone: one INSERT ... SELECT
    of the people carrying the batch's id (no id is read back into Python)."""
    made = (
        select(
            literal(batch_id, Integer),
            literal("people", String),
            Person.id,
            literal("created", String),
        )
        .where(Person.import_batch_id == batch_id)
        .order_by(Person.id)
    )
    session.execute(
        insert(ImportChange).from_select(["batch_id", "table_name", "record_id", "action"], made)
    )


def _write_consents(
    session: Session, actor: str, batch_id: int, todo: list[PlannedRow], file_name: str
) -> int:
    """Record the file's consent answers, method "Imported", each noted on the batch so
    an undo takes them back with it; how many were recorded."""
    wanted = [row for row in todo if row.consents]
    if not wanted:
        return 0
    people = select(Person.uuid, Person.id).where(Person.import_batch_id == batch_id)
    new: dict[str | None, int] = {uuid: person_id for uuid, person_id in session.execute(people)}
    now, context = utcnow(), f"Imported from {file_name}"[:300]
    rows = [
        {
            "person_id": row.person_id if row.person_id is not None else new[row.person_uuid],
            "purpose": purpose,
            "given": given,
            "recorded_at": now,
            "method": "import",
            "recorded_by": actor,
            "context": context,
        }
        for row in wanted
        for purpose, given in row.consents.items()
    ]
    for row, uuid in zip(rows, new_uuids(len(rows)), strict=True):
        row["uuid"] = uuid
    insert_rows(session, Consent, rows)
    # noted as one INSERT ... SELECT of the rows just written (this transaction's time
    # and file, under its write lock), not a list of ids past a driver's parameter limit
    made = select(
        literal(batch_id, Integer),
        literal("consents", String),
        Consent.id,
        literal("created", String),
    ).where(Consent.recorded_at == now, Consent.context == context, Consent.method == "import")
    session.execute(
        insert(ImportChange).from_select(["batch_id", "table_name", "record_id", "action"], made)
    )
    return len(rows)


def _apply_update(session: Session, batch_id: int, row: PlannedRow, area_ids: dict) -> None:
    changes = {}
    for name, (_, new) in row.changes.items():
        if name == "area_id" and isinstance(new, str):
            new = area_ids[new.removeprefix("new:")]
        changes[name] = new
    person = session.get(Person, row.person_id)
    assert person is not None
    old = {name: audit.snapshot(person, [name])[name] for name in changes}
    for name, value in changes.items():
        setattr(person, name, value)
    person.search_text = person_search_text({n: getattr(person, n) for n in STORED})
    session.add(
        ImportChange(
            batch_id=batch_id,
            table_name="people",
            record_id=person.id,
            action="updated",
            old_values=old,
        )
    )
