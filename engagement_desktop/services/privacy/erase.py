"""Erasure by anonymisation (UK GDPR Art. 17): the person's identity goes, the facts stay.

A person's row stays as "Erased person #ID" so that what feeds the landlord's figures
still adds up: an attendance still counts at its event, points and paid vouchers still
reconcile, memberships still fill a group's terms. Everything that says *who* they were
goes: names, reference, address, contact details, date of birth, notes, equality answers,
support needs, topics, the words they wrote (appraisal and training notes, expense and
payout notes, exclusion reasons, the "you said" of outcomes they raised; the landlord's
own reply and action stay), the old and new values in audit entries about their records,
the import change records about them, and their link to survey returns (the answers stay,
unlinked, so a survey's base does not move).

Every table in ``where.PERSONAL`` has a step in ``_STEPS``; a test checks none is missing.
The erasing connection sets ``PRAGMA secure_delete`` so freed bytes are zeroed, and the
WAL is checkpointed and truncated afterwards, so nothing of them is left in the file.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, exists, select, text, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, NotFound
from engagement_desktop.services.common import audit
from engagement_desktop.services.people.people import _refresh_search_text
from engagement_desktop.services.privacy.scrub import (
    ERASED_TEXT,
    scrub_audit_text,
    scrub_free_text,
)
from engagement_desktop.services.privacy.where import PERSONAL, PersonalTable, rows_about, table
from engagement_desktop.services.rewards.ledger import NewEntry, add_entry, balance
from engagement_desktop.store.engine import Store, on_sqlite
from engagement_desktop.store.models import AuditEntry, ImportChange, Person

ERASE_ACTION = "privacy.erase"
POINTS_CHOICES = ("forfeit", "keep")

#: What an erasure removes and what it keeps, in plain words (CLI and window say it).
GOES = (
    "name, reference, address, contact details, date of birth and notes; equality answers, "
    "support needs and topics; the words they wrote and certificate copies; old and new values "
    "in the audit trail; "
    "import change records; links to survey returns"
)
STAYS = (
    "attendance at events, points and vouchers, memberships and terms, training and "
    "expenses as anonymous records; survey answers, unlinked"
)


@dataclass
class Erasure:
    """What one erasure did, for the CLI's --json and the window's message."""

    person_id: int
    points_balance: int
    points: str | None  # forfeit / keep / None when there was no balance
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows changed or removed
    wal_truncated: bool | None = None  # None on a server database (no WAL file)
    #: Certificate copies kept beside the database (relative to ``Store.files_dir``).
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0


def erased_ids(session: Session) -> set[int]:
    """People already erased: their erasure's audit entry names them by id."""
    query = select(AuditEntry.record_id).where(AuditEntry.action == ERASE_ACTION)
    return {int(i) for i in session.scalars(query) if i is not None}


def is_erased(session: Session, person_id: int) -> bool:
    """Whether this person's details were erased (an erased row stays, archived, as
    "Erased person #ID"; it cannot be restored)."""
    query = select(AuditEntry.id).where(
        AuditEntry.action == ERASE_ACTION,
        AuditEntry.table_name == "people",
        AuditEntry.record_id == person_id,
    )
    return session.scalar(query.limit(1)) is not None


def points_to_settle(session: Session, person_id: int) -> int:
    """Points not yet converted, for which the officer must choose forfeit or keep."""
    return balance(session, person_id)


def erase_person(store: Store, person_id: int, *, unconverted_points: str | None = None) -> Erasure:
    """Anonymise one person in one transaction, then leave no trace in the file."""
    return erase_people(store, [person_id], unconverted_points=unconverted_points)[0]


def erase_people(
    store: Store, person_ids: Iterable[int], *, unconverted_points: str | None = None
) -> list[Erasure]:
    """Anonymise several people in one transaction (the retention review's bulk run)."""
    started = time.perf_counter()
    if unconverted_points is not None and unconverted_points not in POINTS_CHOICES:
        raise EngagementError("Points not yet converted are either 'forfeit' or 'keep'.")
    ids = list(dict.fromkeys(person_ids))
    with store.transaction() as session:
        if on_sqlite(session):
            session.execute(text("PRAGMA secure_delete=ON"))
        done = erased_ids(session)
        results = [erase_in(session, store.actor, pid, unconverted_points, done) for pid in ids]
    remove_files(store, results)
    truncated = settle_file(store)
    for result in results:
        result.wal_truncated = truncated
        result.seconds = time.perf_counter() - started
    return results


def erase_in(
    session: Session, actor: str, person_id: int, points: str | None, done: set[int]
) -> Erasure:
    """The erasure itself, inside the caller's transaction."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"There is no person with id {person_id}.")
    if person_id in done:
        raise EngagementError(f"Person #{person_id} was erased already.")
    owed = points_to_settle(session, person_id)
    if owed > 0 and points is None:
        raise EngagementError(
            f"Person #{person_id} has {owed:,} points not yet converted: choose to forfeit "
            "them or keep them as an anonymous balance (--points forfeit|keep); nothing changed."
        )
    found = rows_about(session, person_id)
    erasure = Erasure(person_id, owed, points if owed > 0 else None)
    for where in PERSONAL:
        changed = _STEPS[(where.table, where.how)](session, person, found[where])
        if changed:
            erasure.counts[where.table] = erasure.counts.get(where.table, 0) + changed
    own = found[_PEOPLE][0] if found[_PEOPLE] else {}
    scrub_free_text(session, own)
    scrub_audit_text(session, own)
    erasure.files = _certificates_no_one_else_uses(session, found)
    session.flush()
    if owed > 0 and points == "forfeit":
        add_entry(
            session,
            actor,
            NewEntry(
                person_id=person_id,
                entry_date=date.today(),
                points=-owed,
                kind="correction",
                reason="Forfeited when the person's details were erased",
                source="manual",
                source_key=f"erase:{person_id}",
            ),
        )
    audit.record(
        session,
        actor,
        ERASE_ACTION,
        "people",
        person_id,
        None,
        record_uuid=person.uuid,
        summary="Personal details erased by anonymisation"
        + (f"; {owed:,} unconverted points {points}" if owed > 0 else ""),
    )
    done.add(person_id)
    return erasure


def remove_files(store: Store, erasures: Iterable[Erasure]) -> None:
    """Their certificate copies go from the folder beside the database, once the erasure
    is committed (a file outside that folder is not the program's to delete)."""
    folder = store.files_dir.resolve()
    for erasure in erasures:
        for name in erasure.files:
            path = (folder / name).resolve()
            if path.is_relative_to(folder) and path.is_file():
                path.unlink()


def _certificates_no_one_else_uses(session: Session, found: dict[PersonalTable, Rows]) -> list[str]:
    """Their certificate copies; a copy is shared when another record has the same content."""
    names = {
        row["certificate_file"]
        for where, rows in found.items()
        if where.table == "training_records"
        for row in rows
        if row["certificate_file"]
    }
    records = table("training_records")
    return sorted(
        name
        for name in names
        if not session.scalar(select(exists().where(records.c.certificate_file == name)))
    )


def settle_file(store: Store) -> bool | None:
    """Copy the WAL into the file and truncate it, so the old pages are gone from disk.

    True when the WAL was emptied; False when a reader elsewhere kept it (it is emptied
    at that reader's next checkpoint); None on a server database."""
    if store.engine.dialect.name != "sqlite":
        return None
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA secure_delete=ON")
        busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        connection.exec_driver_sql("PRAGMA secure_delete=OFF")
    return busy == 0


# --- one step per PERSONAL table ---------------------------------------------------------

Rows = list[dict[str, Any]]
_PEOPLE = PERSONAL[0]


def _ids(rows: Rows) -> list[int]:
    return [row["id"] for row in rows]


def _blank_in(name: str, columns: dict[str, Any]) -> Callable[[Session, Person, Rows], int]:
    """A step that overwrites the named columns of the person's rows of one table."""

    def step(session: Session, _person: Person, rows: Rows) -> int:
        if rows:
            where = table(name)
            session.execute(update(where).where(where.c.id.in_(_ids(rows))).values(**columns))
        return len(rows)

    return step


def _keep(_session: Session, _person: Person, _rows: Rows) -> int:
    """Nothing in these rows says who the person was: they stay as they are."""
    return 0


def _delete_by_person(name: str) -> Callable[[Session, Person, Rows], int]:
    def step(session: Session, person: Person, rows: Rows) -> int:
        if rows:
            where = table(name)
            session.execute(delete(where).where(where.c.person_id == person.id))
        return len(rows)

    return step


def _person(session: Session, person: Person, _rows: Rows) -> int:
    for name in (
        "title",
        "known_as",
        "date_of_birth",
        "address_line1",
        "address_line2",
        "address_line3",
        "town",
        "postcode",
        "email",
        "phone",
        "mobile",
        "preferred_contact",
        "notes",
        "reference",
    ):
        setattr(person, name, None)
    person.first_name = "Erased"
    person.last_name = f"person #{person.id}"
    person.archived = True
    _refresh_search_text(person)  # name_sort_key follows the names (models/people.py)
    return 1


def _household(session: Session, person: Person, rows: Rows) -> int:
    """The household row goes when no one else lives there; a shared one stays theirs."""
    if not rows:
        return 0
    household_id = rows[0]["id"]
    person.household_id = None
    session.flush()
    others = session.scalar(select(exists().where(Person.household_id == household_id)))
    if others:
        return 0
    households = table("households")
    session.execute(delete(households).where(households.c.id == household_id))
    return 1


def _survey_links(session: Session, person: Person, rows: Rows) -> int:
    """Returns stay (a survey's base does not move) but no longer say whose they were."""
    if not rows:
        return 0
    responses = table("survey_responses")
    session.execute(
        update(responses)
        .where(responses.c.id.in_(_ids(rows)))
        .values(person_id=None, respondent_ref=None)
    )
    return len(rows)


def _audit(session: Session, person: Person, rows: Rows) -> int:
    """Who did what and when stays; the values and the summary (which named them) go."""
    for row in rows:
        changes = row["changes"] or {}
        values = {key: [None, None] for key in changes} if isinstance(changes, dict) else None
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == row["id"])
            .values(changes=values, summary=f"{row['action']} (person #{person.id}, erased)")
        )
    return len(rows)


def _import_changes(session: Session, _person: Person, rows: Rows) -> int:
    if rows:
        session.execute(delete(ImportChange).where(ImportChange.id.in_(_ids(rows))))
    return len(rows)


def _ballot_voters(session: Session, _person: Person, rows: Rows) -> int:
    """That they voted stays (their household has still had its vote); a household
    known only by its tenancy reference is no longer named by it."""
    voters = table("ballot_voters")
    for row in rows:
        if str(row["voter_key"]).startswith("r:"):
            session.execute(
                update(voters).where(voters.c.id == row["id"]).values(voter_key=f"x:{row['id']}")
            )
    return len(rows)


_STEPS: dict[tuple[str, str], Callable[[Session, Person, Rows], int]] = {
    ("people", "self"): _person,
    ("households", "household"): _household,
    ("consents", "person_id"): _blank_in("consents", {"context": None}),
    ("agreements", "person_id"): _keep,
    ("support_needs", "person_id"): _delete_by_person("support_needs"),
    ("person_topics", "person_id"): _delete_by_person("person_topics"),
    ("equality_profiles", "person_id"): _delete_by_person("equality_profiles"),
    ("memberships", "person_id"): _blank_in("memberships", {"notes": None}),
    ("attendance", "person_id"): _keep,
    # The group's application stays (its award is spend); the contact is anonymised.
    ("fund_applications", "person_id"): _keep,
    ("fund_scores", "person_id"): _keep,
    ("fund_conflicts", "person_id"): _blank_in("fund_conflicts", {"reason": ERASED_TEXT}),
    ("expenses", "person_id"): _blank_in("expenses", {"notes": None}),
    ("ledger_entries", "person_id"): _keep,
    ("reward_payouts", "person_id"): _blank_in("reward_payouts", {"notes": None}),
    ("training_records", "person_id"): _blank_in(
        "training_records",
        {
            "certificate_ref": None,
            "certificate_file": None,
            "briefing_objectives": None,
            "feedback": None,
            "notes": None,
        },
    ),
    ("appraisals", "person_id"): _blank_in(
        "appraisals", {"skills": None, "needs": None, "notes": None}
    ),
    ("training_needs", "person_id"): _blank_in("training_needs", {"description": ERASED_TEXT}),
    ("survey_responses", "person_id"): _survey_links,
    ("survey_responses", "respondent_ref"): _survey_links,
    ("outcomes", "person_id"): _blank_in("outcomes", {"asked": ERASED_TEXT}),
    ("review_members", "person_id"): _keep,
    # Their words to a consultation go; that they were asked and answered stays (counts).
    ("consultation_people", "person_id"): _blank_in("consultation_people", {"response": ""}),
    ("visit_inspectors", "person_id"): _keep,
    ("exclusions", "person_id"): _blank_in("exclusions", {"reason": ERASED_TEXT}),
    # What was sent, when and how: no words of theirs, and a mailing's count still adds up.
    ("contact_history", "person_id"): _keep,
    ("ballot_voters", "person_id"): _ballot_voters,
    ("audit_entries", "record"): _audit,
    ("import_changes", "record"): _import_changes,
}


def steps_cover(personal: Iterable[PersonalTable]) -> set[tuple[str, str]]:
    """The PERSONAL entries with no erasure step (a test wants none)."""
    return {(w.table, w.how) for w in personal} - set(_STEPS)
