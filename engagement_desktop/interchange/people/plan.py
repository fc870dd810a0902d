"""Planning a people import: what each row would do, nothing written.

Matching, in order: tenancy reference (trimmed, case-insensitive; a household
shares one, so the name must agree too), then email, then name and postcode.
A row that matches several people is not guessed: it is listed for review, and
written out with the rows to fix. Blank cells never overwrite data. Importing the
same rows again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.people.matching import PeopleIndex
from engagement_desktop.interchange.people.rows import RowProblem, clean_columns
from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.reading.mapping import PEOPLE_FIELDS, check_mapping
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.writing.xlsx_export import Sheet, write_workbook
from engagement_desktop.services.people.people import fold
from engagement_desktop.store import vocab
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import Area, Consent

ON_MATCH = ("update", "fill-blanks", "skip")


#: The person fields an import reads, matches on and writes (and an undo puts back).
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


@dataclass
class PlannedRow:
    row: int
    action: str  # new / update / unchanged / duplicate / ambiguous / error
    values: dict[str, Any] = field(default_factory=dict)
    person_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    candidates: list[int] = field(default_factory=list)
    duplicate_of: int | None = None  # the earlier row of the file it repeats
    #: Consent to record, by purpose (True given, False refused): only where it differs
    #: from what is on file, so importing the same file again records nothing.
    consents: dict[str, bool] = field(default_factory=dict)
    person_uuid: str | None = None  # a new person's, once written


@dataclass
class PeoplePlan:
    table: Table
    mapping: dict[str, str | None]
    on_match: str
    rows: list[PlannedRow]
    new_areas: list[str]
    sha256: str
    #: The involvement given to new people whose row says none (None: one-off contacts).
    new_involvement: str | None = None

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
            "consents": sum(len(r.consents) for r in self.rows if r.action in ("new", "update")),
            "errors": [
                {"row": p.row, "column": p.column, "message": p.message} for p in self.problems
            ],
        }


@bulk
def plan_import(
    session: Session,
    table: Table,
    mapping: Mapping[str, str | None],
    *,
    on_match: str = "update",
    sha256: str = "",
    new_involvement: str | None = None,
) -> PeoplePlan:
    """What importing ``table`` would do, row by row. Writes nothing. ``new_involvement``
    ("subscribed") is what a new person's involvement is when their row gives none: an
    officer's list of the residents' panel is a list of members."""
    if on_match not in ON_MATCH:
        raise EngagementError(f"on-match must be one of {', '.join(ON_MATCH)}")
    if new_involvement is not None and new_involvement not in vocab.INVOLVEMENT_STATUSES:
        raise EngagementError(f"involvement must be one of {', '.join(vocab.INVOLVEMENT_STATUSES)}")
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
    seen_people: dict[int, int] = {}  # person id -> the first row matched to them
    seen_keys: dict[tuple[Any, ...], int] = {}  # a new person's keys -> their row
    planned: list[PlannedRow] = []
    cells = {f: [row[i] for row in table.rows] for f, i in columns.items()}
    asks_consent = any(f.startswith("consent_") for f in columns)
    for clean in clean_columns(table.row_numbers, cells, headings):
        number = clean.row
        row = PlannedRow(number, "error", clean.values, problems=clean.problems)
        planned.append(row)
        if clean.problems:
            continue
        values = clean.values
        if asks_consent:
            row.consents = consents_asked(values)
        area = values.pop("area", None)
        if area:
            key = fold(area)
            if key not in areas:
                new_areas[key] = best_spelling(new_areas.get(key), area)
            values["area_id"] = areas.get(key, f"new:{key}")
        matches = index.match(values) if index.current else []  # an empty register: none
        if len(matches) > 1:
            row.action, row.candidates = "ambiguous", matches
            continue
        if matches:
            row.person_id = matches[0]
            if row.person_id in seen_people:
                row.action, row.duplicate_of = "duplicate", seen_people[row.person_id]
                continue
            seen_people[row.person_id] = number
            row.changes = _changes(index.current[row.person_id], values, on_match)
            row.action = "update" if row.changes else "unchanged"
            continue
        keys = _file_keys(values, index.fold)
        if not seen_keys.keys().isdisjoint(keys):
            row.action = "duplicate"
            row.duplicate_of = next(seen_keys[k] for k in keys if k in seen_keys)
            continue
        for file_key in keys:
            seen_keys[file_key] = number
        row.action = "new"
        if new_involvement:
            values.setdefault("involvement_status", new_involvement)
    _consent_changes(session, planned, on_match)
    return PeoplePlan(
        table, dict(mapping), on_match, planned, sorted(new_areas.values()), sha256, new_involvement
    )


#: A consent column's purposes: "Consent to contact" is every way of contacting them.
CONSENT_COLUMNS = {
    "consent_contact": ("contact_post", "contact_email", "contact_phone", "contact_text"),
    "consent_post": ("contact_post",),
    "consent_email": ("contact_email",),
    "consent_phone": ("contact_phone",),
    "consent_text": ("contact_text",),
    "consent_hold_data": ("hold_data",),
}


def consents_asked(values: dict[str, Any]) -> dict[str, bool]:
    """Take a row's consent columns out of its person fields, as purpose -> given; a
    column for one way of contact goes over the general "consent to contact"."""
    asked: dict[str, bool] = {}
    for column, purposes in CONSENT_COLUMNS.items():  # the general one first
        if column in values:
            asked |= dict.fromkeys(purposes, values.pop(column))
    return asked


def _consent_changes(session: Session, planned: list[PlannedRow], on_match: str) -> None:
    """Keep, for a person on file, only the consents that differ from their latest
    record (``fill-blanks``: only purposes with none; ``skip``: nothing); a row with
    such a consent and no other change is an update."""

    matched = [r for r in planned if r.person_id is not None and r.consents]
    current: dict[tuple[int | None, str], bool] = {}
    for chunk in id_chunks([r.person_id for r in matched]):
        rows = session.execute(
            select(Consent.person_id, Consent.purpose, Consent.given)
            .where(Consent.person_id.in_(chunk))
            .order_by(Consent.recorded_at, Consent.id)
        )
        current.update({(person, purpose): given for person, purpose, given in rows})
    for row in matched:
        on_file = {
            p: current[(row.person_id, p)] for p in row.consents if (row.person_id, p) in current
        }
        if on_match == "skip" or row.action not in ("update", "unchanged"):
            row.consents = {}
            continue
        row.consents = {
            p: given
            for p, given in row.consents.items()
            if (p not in on_file if on_match == "fill-blanks" else on_file.get(p) != given)
        }
        if row.consents and row.action == "unchanged":
            row.action = "update"


def best_spelling(kept: str | None, seen: str) -> str:
    """The name a new estate is given when the file spells it several ways ("oakfield",
    "Oakfield", "OAKFIELD"): a spelling with capitals where it has one, else the words
    given capitals; never whichever row happened to come first."""

    def plain(text: str) -> bool:
        return text == text.lower() or text == text.upper()

    if kept is not None and (not plain(kept) or plain(seen)):
        return kept
    if not plain(seen):
        return seen
    return " ".join(w[:1].upper() + w[1:].lower() for w in seen.split())


def _file_keys(values: dict[str, Any], fold: Callable[[str], str]) -> set[tuple[Any, ...]]:
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
