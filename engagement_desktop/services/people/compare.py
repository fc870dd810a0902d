"""Two records side by side before a merge, and what a merge did, in the officer's words.

Read-only. The counts come from the same table list the merge uses
(``merge.PERSON_REFERENCES``), so whatever the merge moves is also shown here.
Equality monitoring is counted (answered or not), never shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.wording import day_text
from engagement_desktop.services.people.merge import PERSON_REFERENCES, MergeResult
from engagement_desktop.services.people.people import get_person
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Area, Base, LedgerEntry, Person

#: What each table's rows are called when counted (plural, lower case).
RECORD_NAMES: dict[str, str] = {
    "person_topics": "interests",
    "support_needs": "support needs",
    "consents": "consent records",
    "agreements": "signed agreements",
    "exclusions": "exclusions",
    "equality_profiles": "equality monitoring forms",
    "memberships": "group memberships",
    "attendance": "event invitations and attendances",
    "expenses": "expense claims",
    "ledger_entries": "points entries",
    "reward_payouts": "vouchers and donations",
    "training_records": "training records",
    "appraisals": "appraisals",
    "training_needs": "training needs",
    "outcomes": "you said, we did items",
    "survey_responses": "survey responses",
}


@dataclass(frozen=True)
class ComparedRow:
    label: str
    first: str
    second: str

    @property
    def differs(self) -> bool:
        return self.first != self.second


def related_counts(session: Session, person_id: int) -> dict[str, int]:
    """Rows pointing at this person, per table (only tables with some)."""
    counts: dict[str, int] = {}
    for table_name, column in PERSON_REFERENCES:
        table = Base.metadata.tables[table_name]
        found = session.scalar(
            select(func.count()).select_from(table).where(table.c[column] == person_id)
        )
        if found:
            counts[table_name] = int(found)
    return counts


def _describe(session: Session, person: Person) -> dict[str, str]:
    area = session.get(Area, person.area_id) if person.area_id else None
    address = ", ".join(
        part
        for part in (person.address_line1, person.address_line2, person.address_line3, person.town)
        if part
    )
    points = session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
            LedgerEntry.person_id == person.id
        )
    )
    return {
        "Record": f"#{person.id}" + (" (archived)" if person.archived else ""),
        "Name": person.full_name + (f" (“{person.known_as}”)" if person.known_as else ""),
        "Reference": person.reference or "",
        "Date of birth": day_text(person.date_of_birth) if person.date_of_birth else "",
        "Address": address,
        "Postcode": person.postcode or "",
        "Estate / area": area.name if area else "",
        "Tenure": vocab.TENURES.get(person.tenure or "", person.tenure or ""),
        "Email": person.email or "",
        "Phone": person.phone or "",
        "Mobile": person.mobile or "",
        "Preferred contact": vocab.CONTACT_METHODS.get(person.preferred_contact or "", ""),
        "Involvement": vocab.INVOLVEMENT_STATUSES.get(person.involvement_status, ""),
        "Joined": day_text(person.joined_on) if person.joined_on else "",
        "Points balance": f"{int(points or 0):,}",
    }


def compare_people(session: Session, first_id: int, second_id: int) -> list[ComparedRow]:
    """Each detail and each kind of related record, for both people."""
    first, second = get_person(session, first_id), get_person(session, second_id)
    a, b = _describe(session, first), _describe(session, second)
    rows = [ComparedRow(label, a[label], b[label]) for label in a]
    counts_a, counts_b = related_counts(session, first_id), related_counts(session, second_id)
    for table_name, _column in PERSON_REFERENCES:
        if table_name in counts_a or table_name in counts_b:
            label = RECORD_NAMES.get(table_name, table_name.replace("_", " ")).capitalize()
            rows.append(
                ComparedRow(
                    label, str(counts_a.get(table_name, 0)), str(counts_b.get(table_name, 0))
                )
            )
    return rows


def _listed(counts: dict[str, int]) -> str:
    return ", ".join(f"{n:,} {RECORD_NAMES.get(t, t.replace('_', ' '))}" for t, n in counts.items())


def describe_merge(result: MergeResult, survivor: str = "", removed: str = "") -> str:
    """ "Moved 3 group memberships, 12 points entries; combined 1 event ..." for the officer."""
    parts: list[Any] = []
    if result.moved:
        parts.append(f"Moved to {survivor or 'the kept record'}: {_listed(result.moved)}.")
    if result.combined:
        parts.append(f"Combined where both had the same: {_listed(result.combined)}.")
    if not parts:
        parts.append("There was nothing else to move.")
    gone = removed or f"#{result.removed_id}"
    parts.append(f"Record {gone} was removed; its details stay in the audit trail.")
    return "\n".join(parts)
