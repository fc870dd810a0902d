"""Where a person's data lives, table by table, and reading all of it for one person.

Rows are found in one of five ways (``PersonalTable.how``):

- ``self``: the person's own row in ``people``;
- ``person_id``: a ``person_id`` column pointing at them;
- ``household``: their household's row (``people.household_id``);
- ``record``: ``audit_entries`` and ``import_changes`` rows whose ``table_name`` and
  ``record_id`` name the person or any of their rows found the other ways;
- ``respondent_ref``: survey returns carrying their tenancy reference as typed in the
  file, linked to them or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from engagement_desktop.store import models  # noqa: F401  (every table on the metadata)
from engagement_desktop.store.base import Base


@dataclass(frozen=True)
class PersonalTable:
    table: str
    how: str  # self / person_id / household / record / respondent_ref
    #: What the rows are, in plain words (a subject access export's headings).
    label: str


#: Every table holding something about a person, in the order a subject access export
#: tells them.
PERSONAL: tuple[PersonalTable, ...] = (
    PersonalTable("people", "self", "Your details"),
    PersonalTable("households", "household", "Your household"),
    PersonalTable("consents", "person_id", "Consents you gave or withdrew"),
    PersonalTable("agreements", "person_id", "Agreements you signed"),
    PersonalTable("support_needs", "person_id", "Support needs"),
    PersonalTable("person_topics", "person_id", "Topics you want a say on"),
    PersonalTable("equality_profiles", "person_id", "Equality monitoring answers"),
    PersonalTable("memberships", "person_id", "Groups and terms of office"),
    PersonalTable("attendance", "person_id", "Events you were invited to or attended"),
    PersonalTable("expenses", "person_id", "Expenses claimed"),
    PersonalTable("ledger_entries", "person_id", "Reward points"),
    PersonalTable("reward_payouts", "person_id", "Vouchers and payments"),
    PersonalTable("training_records", "person_id", "Training"),
    PersonalTable("appraisals", "person_id", "Appraisals"),
    PersonalTable("training_needs", "person_id", "Training needs"),
    PersonalTable("survey_responses", "person_id", "Survey responses linked to you"),
    PersonalTable("survey_responses", "respondent_ref", "Survey responses giving your reference"),
    PersonalTable("outcomes", "person_id", "“You said, we did” items you raised"),
    PersonalTable("review_members", "person_id", "Scrutiny reviews you worked on"),
    PersonalTable("consultation_people", "person_id", "Consultations you were asked about"),
    PersonalTable("visit_inspectors", "person_id", "Inspections and mystery shops you did"),
    PersonalTable("exclusions", "person_id", "Exclusions"),
    PersonalTable(
        "fund_applications", "person_id", "Community fund applications you were the contact for"
    ),
    PersonalTable("fund_scores", "person_id", "Community fund panel scores you gave"),
    PersonalTable(
        "fund_conflicts", "person_id", "Conflicts of interest you declared on the fund panel"
    ),
    PersonalTable("contact_history", "person_id", "Letters, emails and texts we sent you"),
    PersonalTable("ballot_voters", "person_id", "You Choose ballots you voted in (never how)"),
    PersonalTable("audit_entries", "record", "Changes made to your records"),
    PersonalTable("import_changes", "record", "Imports that changed your records"),
)

#: Every other table, with why it holds nothing about any one person.
NOT_ABOUT_PEOPLE: Mapping[str, str] = {
    "areas": "estates and areas: places, not people",
    "base_profile": "the customer base's profile: counts by category, no one named",
    "ballots": "You Choose ballots: the pot, the rules and when voting ran",
    "ballot_proposals": "what a You Choose pot could pay for, put forward by groups",
    "ballot_votes": "secret votes: a choice with no voter, no time and a random number",
    "custom_measures": "the landlord's own satisfaction measures: questions and scales",
    "fieldkit_packs": "field kit packs taken out: events, register marks and salted "
    "fingerprints of people's details (no values)",
    "board_notes": "the officer's notes for a quarter's Board report",
    "budget_lines": "the involvement budget by year and category",
    "targets": "the year's targets for each measure",
    "courses": "the training courses offered",
    "event_types": "kinds of event",
    "events": "events themselves (who came is in attendance)",
    "event_costs": "what an event cost",
    "event_topics": "what an event was about",
    "fund_rounds": "community fund rounds: pots, limits and criteria",
    "fund_payments": "payments to community groups' projects (the contact is in fund_applications)",
    "groups": "groups themselves (who sits on them is in memberships)",
    "group_seats": "a group's seats by constituency",
    "import_batches": "which file was imported when (what it changed is in import_changes)",
    "import_mappings": "saved column mappings",
    "letter_templates": "the wording of letters, with merge fields, not filled in",
    "mailings": "mailing runs: what, when and how many (who got one is in contact_history)",
    "reward_rules": "how many points each kind of event earns",
    "settings": "the program's settings",
    "surveys": "surveys themselves (returns are in survey_responses)",
    "survey_questions": "a survey's questions",
    "topics": "the topics people can choose",
    "scrutiny_reviews": "reviews themselves (the team is in review_members)",
    "review_evidence": "evidence a review gathered about services, not people",
    "review_recommendations": "which register items a review recommended",
    "consultations": "policies consulted on (who was asked is in consultation_people)",
    "inspection_templates": "inspection and mystery shopping checklists",
    "inspection_questions": "a checklist's questions",
    "inspection_visits": "visits to places (who inspected is in visit_inspectors)",
    "inspection_scores": "the scores a place got on a visit",
    "alembic_version": "the database's schema version",
}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def rows_about(session: Session, person_id: int) -> dict[PersonalTable, list[dict[str, Any]]]:
    """Every row about one person, table by table (each row a plain dict of its columns),
    in ``PERSONAL``'s order. Audit and import records are those naming the person or
    any row found for them."""
    person = session.execute(select(table("people")).where(table("people").c.id == person_id))
    own = person.mappings().first()
    found: dict[PersonalTable, list[dict[str, Any]]] = {}
    if own is None:
        return found
    for where in PERSONAL:
        if where.how == "record":
            continue
        found[where] = _rows(session, where, dict(own))
    by_table: dict[str, set[int]] = {}
    for where, rows in found.items():
        for row in rows:
            if "id" in row:
                by_table.setdefault(where.table, set()).add(row["id"])
    for where in PERSONAL:
        if where.how == "record":
            records = table(where.table)
            rows = []
            for name, ids in sorted(by_table.items()):
                query = select(records).where(
                    records.c.table_name == name, records.c.record_id.in_(sorted(ids))
                )
                rows += [dict(row) for row in session.execute(query).mappings()]
            found[where] = sorted(rows, key=lambda row: row["id"])
    return {where: found[where] for where in PERSONAL}


def _rows(session: Session, where: PersonalTable, person: dict[str, Any]) -> list[dict[str, Any]]:
    rows = table(where.table)
    if where.how == "self":
        query = select(rows).where(rows.c.id == person["id"])
    elif where.how == "household":
        if person["household_id"] is None:
            return []
        query = select(rows).where(rows.c.id == person["household_id"])
    elif where.how == "respondent_ref":
        if not person["reference"]:
            return []
        query = select(rows).where(
            rows.c.respondent_ref == person["reference"],
            (rows.c.person_id.is_(None)) | (rows.c.person_id != person["id"]),
        )
    else:
        query = select(rows).where(rows.c.person_id == person["id"])
    order = rows.c.id if "id" in rows.c else rows.c.person_id
    return [dict(row) for row in session.execute(query.order_by(order)).mappings()]
