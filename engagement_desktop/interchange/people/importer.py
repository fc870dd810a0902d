"""Importing people from a spreadsheet: plan (preview, writes nothing), commit (one
transaction, recorded as a batch), undo (the whole batch).

Matching, in order: tenancy reference (trimmed, case-insensitive; a household
shares one, so the name must agree too), then email, then name and postcode.
A row that matches several people is not guessed: it is listed for review.
Blank cells never overwrite data. Importing the same rows again changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.people.matching import PeopleIndex
from engagement_desktop.interchange.people.rows import RowProblem, clean_row
from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.reading.mapping import PEOPLE_FIELDS, check_mapping
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.writing.xlsx_export import Sheet, write_workbook
from engagement_desktop.services.common import audit
from engagement_desktop.services.people.people import fold, search_text_for
from engagement_desktop.store.base import new_uuid, utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, ImportBatch, ImportChange, Person

ON_MATCH = ("update", "fill-blanks", "skip")
STORED = (
    "reference",
    "title",
    "first_name",
    "last_name",
    "known_as",
    "date_of_birth",
    "address_line1",
    "address_line2",
    "address_line3",
    "town",
    "postcode",
    "area_id",
    "tenure",
    "email",
    "phone",
    "mobile",
    "preferred_contact",
    "involvement_status",
)
Progress = Callable[[int, int], bool | None]


class ImportCancelled(EngagementError):
    """Cancelled: the database is exactly as it was."""


@dataclass
class PlannedRow:
    row: int
    action: str  # new / update / unchanged / duplicate / ambiguous / error
    values: dict[str, Any] = field(default_factory=dict)
    person_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    candidates: list[int] = field(default_factory=list)


@dataclass
class PeoplePlan:
    table: Table
    mapping: dict[str, str | None]
    on_match: str
    rows: list[PlannedRow]
    new_areas: list[str]
    sha256: str

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def problems(self) -> list[RowProblem]:
        found = [p for r in self.rows for p in r.problems]
        found += [
            RowProblem(
                r.row, "", f"matches {len(r.candidates)} people on file; not guessed, check by hand"
            )
            for r in self.rows
            if r.action == "ambiguous"
        ]
        return sorted(found, key=lambda p: p.row)

    def summary(self) -> dict[str, Any]:
        return {
            "rows_read": len(self.rows),
            "created": self.count("new"),
            "updated": self.count("update"),
            "unchanged": self.count("unchanged"),
            "duplicates_in_file": self.count("duplicate"),
            "errors": [
                {"row": p.row, "column": p.column, "message": p.message} for p in self.problems
            ],
        }


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@bulk
def plan_import(
    session: Session,
    table: Table,
    mapping: Mapping[str, str | None],
    *,
    on_match: str = "update",
    sha256: str = "",
) -> PeoplePlan:
    """What importing ``table`` would do, row by row. Writes nothing."""
    if on_match not in ON_MATCH:
        raise EngagementError(f"on-match must be one of {', '.join(ON_MATCH)}")
    mapping = {h: f for h, f in mapping.items() if h in table.headings}
    check_mapping(mapping, PEOPLE_FIELDS)
    columns = {f: table.headings.index(h) for h, f in mapping.items() if f}
    if not columns:
        raise EngagementError("No column is mapped to a field: nothing would be imported.")
    if not ({"first_name", "last_name", "full_name"} & set(columns)):
        raise EngagementError("Map a name column (first name, last name or full name).")
    headings = {f: h for h, f in mapping.items() if f}
    index = PeopleIndex(session, STORED)
    areas = {fold(name): area_id for area_id, name in session.execute(select(Area.id, Area.name))}
    new_areas: dict[str, str] = {}
    seen_people: set[int] = set()
    seen_keys: set[tuple[Any, ...]] = set()
    planned: list[PlannedRow] = []
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        clean = clean_row(number, {f: cells[i] for f, i in columns.items()}, headings)
        row = PlannedRow(number, "error", clean.values, problems=clean.problems)
        planned.append(row)
        if clean.problems:
            continue
        values = clean.values
        area = values.pop("area", None)
        if area:
            key = fold(area)
            if key not in areas:
                new_areas.setdefault(key, area)
            values["area_id"] = areas.get(key, f"new:{key}")
        matches = index.match(values)
        if len(matches) > 1:
            row.action, row.candidates = "ambiguous", matches
            continue
        if matches:
            row.person_id = matches[0]
            if row.person_id in seen_people:
                row.action = "duplicate"
                continue
            seen_people.add(row.person_id)
            row.changes = _changes(index.current[row.person_id], values, on_match)
            row.action = "update" if row.changes else "unchanged"
            continue
        keys = _file_keys(values)
        if keys & seen_keys:
            row.action = "duplicate"
            continue
        seen_keys |= keys
        row.action = "new"
    return PeoplePlan(table, dict(mapping), on_match, planned, sorted(new_areas.values()), sha256)


def _file_keys(values: dict[str, Any]) -> set[tuple[Any, ...]]:
    first, last = fold(values.get("first_name") or ""), fold(values.get("last_name") or "")
    keys: set[tuple[Any, ...]] = set()
    if values.get("reference"):
        keys.add(("ref", values["reference"], first, last))
    if values.get("email"):
        keys.add(("email", values["email"]))
    if values.get("postcode"):
        keys.add(("name", first, last, values["postcode"]))
    return keys


def _changes(current: dict[str, Any], values: dict[str, Any], on_match: str) -> dict[str, tuple]:
    if on_match == "skip":
        return {}
    changes = {}
    for name, new in values.items():
        old = current.get(name)
        if new is None or new == old:
            continue
        if on_match == "fill-blanks" and old not in (None, ""):
            continue
        changes[name] = (old, new)
    return changes


class ImportRefused(EngagementError):
    """``strict`` and the file has problems: nothing written; ``plan`` says which rows."""

    def __init__(self, plan: PeoplePlan) -> None:
        first = plan.problems[0]
        super().__init__(
            f"{len(plan.problems)} problem(s), first: row {first.row}, {first.column}: "
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
) -> PeopleImportResult:
    """Import ``table`` in one transaction, as one batch.

    The rows are planned (matched) inside the transaction, holding the write lock, never
    taken from a preview, so two imports of the same file at once end as if one ran after
    the other: the second finds everyone on file and changes nothing."""
    with store.transaction() as session:
        plan = plan_import(session, table, mapping, on_match=on_match, sha256=sha256)
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
    now = utcnow()
    created: list[dict[str, Any]] = []
    for done, row in enumerate(todo, start=1):
        if progress is not None and done % 1000 == 0 and progress(done, len(todo)) is False:
            raise ImportCancelled("Import cancelled; the database is as it was.")
        values = dict(row.values)
        if isinstance(values.get("area_id"), str):
            values["area_id"] = area_ids[values["area_id"].removeprefix("new:")]
        if row.action == "new":
            values.setdefault("first_name", "")
            values.setdefault("last_name", "")
            values.setdefault("involvement_status", "one_off")
            created.append(
                values
                | {
                    "uuid": new_uuid(),
                    "search_text": person_search_text(values),
                    "import_batch_id": batch.id,
                    "archived": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        else:
            _apply_update(session, batch.id, row, area_ids)
    _insert_created(session, batch.id, created)
    audit.record(
        session,
        actor,
        "import.people",
        "import_batches",
        batch.id,
        {"created": [None, len(created)], "updated": [None, len(todo) - len(created)]},
        record_uuid=batch.uuid,
        summary=f"Imported {file_name}",
    )
    if progress is not None:
        progress(len(todo), len(todo))
    return batch


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


def _insert_created(session: Session, batch_id: int, created: list[dict[str, Any]]) -> None:
    if not created:
        return
    columns = sorted({key for values in created for key in values})
    rows = [{key: values.get(key) for key in columns} for values in created]
    for start in range(0, len(rows), 5000):
        session.execute(insert(Person), rows[start : start + 5000])
    uuids = [values["uuid"] for values in created]
    ids: list[int] = []
    for start in range(0, len(uuids), 900):
        ids += session.scalars(select(Person.id).where(Person.uuid.in_(uuids[start : start + 900])))
    session.execute(
        insert(ImportChange),
        [
            {
                "batch_id": batch_id,
                "table_name": "people",
                "record_id": pid,
                "action": "created",
                "old_values": None,
            }
            for pid in ids
        ],
    )


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


def write_error_rows(plan: PeoplePlan, path: str | Path) -> Path:
    """The rows that were not imported, as they were, with the reason: fix and re-import."""
    bad = {r.row: r for r in plan.rows if r.action in ("error", "ambiguous")}
    reasons = {
        n: "; ".join(
            f"{p.column}: {p.message}" if p.column else p.message
            for p in plan.problems
            if p.row == n
        )
        for n in bad
    }
    rows = [
        [*cells, reasons[number]]
        for cells, number in zip(plan.table.rows, plan.table.row_numbers, strict=True)
        if number in bad
    ]
    sheet = Sheet("Rows to fix", [*plan.table.headings, "Problem"], rows)
    return write_workbook(path, [sheet])
