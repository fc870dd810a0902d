"""A subject access request (UK GDPR Art. 15): everything held about one person, in
plain words, section by section in ``where.PERSONAL``'s order.

Rows come from ``where.rows_about``, so a table added to ``PERSONAL`` is exported
without a change here. Each column gets a readable heading, stored codes their
labels, and the ids of other records a name (an event's title and date, a group's
name, a course's title, a survey's name, a survey return's answers by question), so
the person can read it without knowing the database. Pure reading, apart from
:func:`record_export`, the audit entry of an export.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.wording import day_text, salutation
from engagement_desktop.services.people.people import by_record_number, normalise_reference
from engagement_desktop.services.privacy.where import PERSONAL, PersonalTable, rows_about, table
from engagement_desktop.store import vocab

#: Columns that hold nothing the person gave or we decided: the program's own keys.
HIDDEN = frozenset(
    {"uuid", "record_uuid", "search_text", "name_sort_key", "source_key", "sheet_position"}
)

#: Headings that the column name alone would not make plain.
HEADINGS: Mapping[str, str] = {
    "id": "Record number",
    "address_line1": "Address line 1",
    "address_line2": "Address line 2",
    "address_line3": "Address line 3",
    "area_id": "Estate or area",
    "household_id": "Household",
    "event_id": "Event",
    "group_id": "Group",
    "course_id": "Course",
    "survey_id": "Survey",
    "topic_id": "Topic",
    "appraisal_id": "From the appraisal",
    "attendance_id": "For attending",
    "rule_id": "Rule",
    "import_batch_id": "Imported from",
    "batch_id": "Import",
    "reverses_id": "Corrects record number",
    "ledger_entry_id": "Points record number",
    "review_id": "Review",
    "consultation_id": "Consultation",
    "visit_id": "Inspection",
    "round_id": "Fund round",
    "application_id": "Application",
    "ballot_id": "Ballot",
    "scheme_year": "Points year starting",
    "source": "Where it came from",
    "given": "Given or withdrawn",
    "wording_version": "Wording version",
    "method": "How it was given",
    "recorded_at": "Date recorded",
    "respondent_ref": "Reference given",
    "completed_at": "Completed",
    "answers": "Answers",
    "table_name": "Record",
    "record_id": "Record number changed",
    "changes": "What changed (before → after)",
    "old_values": "Values before the import",
    "at": "When",
    "actor": "By",
    "asked": "You said",
    "action": "What was done",
    "written_objection": "Objected in writing to equality monitoring",
    "made_at": "When",
    "made_by": "By",
    "what": "What was sent",
    "channel": "How",
    "format": "Format",
    "mailing_id": "Mailing",
    "created_at": "Record created",
    "updated_at": "Record last changed",
}

_EQUALITY = {
    ("equality_profiles", name): {**answers, vocab.PREFER_NOT_TO_SAY: "Prefer not to say"}
    for name, answers in vocab.EQUALITY_QUESTIONS.items()
}
#: Stored codes and the words shown for them.
LABELS: Mapping[tuple[str, str], Mapping[str, str]] = {
    ("people", "tenure"): vocab.TENURES,
    ("people", "preferred_contact"): vocab.CONTACT_METHODS,
    ("people", "involvement_status"): vocab.INVOLVEMENT_STATUSES,
    ("support_needs", "need"): vocab.SUPPORT_NEEDS,
    ("consents", "purpose"): vocab.CONSENT_PURPOSES,
    ("consents", "method"): vocab.CONSENT_METHODS,
    ("agreements", "kind"): vocab.AGREEMENT_KINDS,
    ("memberships", "role"): vocab.MEMBERSHIP_ROLES,
    ("attendance", "status"): vocab.ATTENDANCE_STATUSES,
    ("attendance", "role"): vocab.ATTENDANCE_ROLES,
    ("review_members", "role"): {"lead": "Stream lead", "member": "Team member"},
    ("expenses", "category"): vocab.EXPENSE_CATEGORIES,
    ("expenses", "status"): vocab.EXPENSE_STATUSES,
    ("ledger_entries", "kind"): vocab.LEDGER_KINDS,
    ("ledger_entries", "source"): vocab.LEDGER_SOURCES,
    ("training_needs", "source"): {"appraisal": "An appraisal", "request": "A request"},
    ("reward_payouts", "kind"): vocab.PAYOUT_KINDS,
    ("training_records", "status"): vocab.TRAINING_STATUSES,
    ("outcomes", "kind"): vocab.OUTCOME_KINDS,
    ("outcomes", "source"): vocab.OUTCOME_SOURCES,
    ("outcomes", "response"): vocab.OUTCOME_RESPONSES,
    ("outcomes", "status"): vocab.OUTCOME_STATUSES,
    ("contact_history", "channel"): vocab.CONTACT_METHODS,
    **_EQUALITY,
}

#: Which table an id column points at, and how a row of it is named.
_NAMED_BY: Mapping[str, tuple[str, Callable[[Mapping[str, Any]], str]]] = {
    "area_id": ("areas", lambda r: r["name"]),
    "household_id": ("households", lambda r: r["name"] or r["reference"] or f"#{r['id']}"),
    "event_id": ("events", lambda r: f"{r['title']} ({day_text(r['starts_at'])})"),
    "group_id": ("groups", lambda r: r["name"]),
    "course_id": ("courses", lambda r: r["title"]),
    "survey_id": ("surveys", lambda r: r["name"]),
    "topic_id": ("topics", lambda r: r["name"]),
    "rule_id": ("reward_rules", lambda r: r["description"] or f"rule {r['id']}"),
    "appraisal_id": ("appraisals", lambda r: f"appraisal of {day_text(r['held_on'])}"),
    "import_batch_id": (
        "import_batches",
        lambda r: f"{r['file_name']} ({day_text(r['imported_at'])})",
    ),
    "mailing_id": ("mailings", lambda r: f"{r['what']} ({day_text(r['made_at'])})"),
    "batch_id": ("import_batches", lambda r: f"{r['file_name']} ({day_text(r['imported_at'])})"),
    "review_id": ("scrutiny_reviews", lambda r: f"scrutiny review: {r['topic']}"),
    "consultation_id": ("consultations", lambda r: f"consultation on {r['policy']}"),
    "visit_id": ("inspection_visits", lambda r: f"{r['place']} ({day_text(r['visited_on'])})"),
    "round_id": ("fund_rounds", lambda r: r["name"]),
    "application_id": ("fund_applications", lambda r: f"{r['applicant']}: {r['project']}"),
    "ballot_id": ("ballots", lambda r: r["title"]),
}


class SharedReference(EngagementError):
    """More than one person has the reference: the caller must say which."""

    def __init__(self, reference: str, person_ids: list[int]) -> None:
        self.reference, self.person_ids = reference, person_ids
        super().__init__(
            f"'{reference}' is shared by {len(person_ids)} people "
            f"(record numbers {', '.join(map(str, person_ids))}); say which one."
        )


@dataclass(frozen=True)
class Section:
    """One kind of record: its plain-words label, column headings and readable rows."""

    table: str
    label: str
    headings: list[str]
    rows: list[list[Any]]  # str, int, date, datetime or pounds (float) in ``money``
    money: frozenset[int] = frozenset()


@dataclass(frozen=True)
class SubjectAccess:
    person_id: int
    name: str
    reference: str | None
    address: list[str]
    large_print: bool
    sections: list[Section] = field(default_factory=list)
    greeting: str = ""  # "Mr Wong", as every letter greets (wording.salutation)

    def counts(self) -> dict[str, int]:
        """Rows per table (survey returns found both ways added together)."""
        found: dict[str, int] = {}
        for section in self.sections:
            found[section.table] = found.get(section.table, 0) + len(section.rows)
        return found


def find_person(session: Session, reference: str, person_id: int | None = None) -> int:
    """The person a request names by reference, archived or not, or by ``#ID`` (a
    walk-in has no reference), as ``privacy erase`` takes it; ``person_id`` picks one
    member of a household sharing a reference."""
    if (numbered := by_record_number(session, reference)) is not None:
        return numbered.id
    people = table("people")
    ids = list(
        session.scalars(
            select(people.c.id)
            .where(people.c.reference == normalise_reference(reference))
            .order_by(people.c.id)
        )
    )
    if person_id is not None:
        if person_id not in ids:
            raise EngagementError(
                f"Nobody with the reference '{reference}' has the record number {person_id}."
            )
        return person_id
    if not ids:
        raise EngagementError(f"Nobody has the reference '{reference}'.")
    if len(ids) > 1:
        raise SharedReference(reference, ids)
    return ids[0]


def gather(session: Session, person_id: int) -> SubjectAccess:
    """Everything held about the person, readable, section by section."""
    found = rows_about(session, person_id)
    if not found:
        raise EngagementError(f"There is no person with the record number {person_id}.")
    _withhold_others(found)
    person = found[PERSONAL[0]][0]
    names = _Names(session, found)
    sections = [_section(where, rows, names) for where, rows in found.items()]
    address = [
        person[key]
        for key in ("address_line1", "address_line2", "address_line3", "town", "postcode")
        if person.get(key)
    ]
    needs = {row["need"] for row in found[_where("support_needs")]}
    return SubjectAccess(
        person_id=person_id,
        name=" ".join(p for p in (person["title"], person["first_name"], person["last_name"]) if p),
        reference=person["reference"],
        address=address,
        large_print="large_print" in needs,
        sections=sections,
        greeting=salutation(
            person["title"], person["first_name"], person["last_name"], person.get("known_as")
        ),
    )


def _withhold_others(found: dict[PersonalTable, list[dict[str, Any]]]) -> None:
    """A return giving their reference but linked to someone else (a joint tenant) is that
    person's answers: it is not theirs to receive (Art. 15(4)), nor its audit trail."""
    by_reference = next(where for where in PERSONAL if where.how == "respondent_ref")
    others = {row["id"] for row in found[by_reference] if row["person_id"] is not None}
    if not others:
        return
    found[by_reference] = [row for row in found[by_reference] if row["person_id"] is None]
    for where in PERSONAL:
        if where.how == "record":
            found[where] = [
                row
                for row in found[where]
                if not (row["table_name"] == by_reference.table and row["record_id"] in others)
            ]


def record_export(session: Session, actor: str, person_id: int) -> None:
    """The audit entry of an export: the person by record number, never by name."""
    audit.record(
        session, actor, "privacy.sar", "people", person_id, summary="Subject access export"
    )


def _where(name: str) -> PersonalTable:
    return next(where for where in PERSONAL if where.table == name)


def heading(column: str) -> str:
    text = HEADINGS.get(column) or column.replace("_pence", " (£)").replace("_", " ")
    return text[:1].upper() + text[1:]


def _section(where: PersonalTable, rows: list[dict[str, Any]], names: _Names) -> Section:
    columns = [c.key for c in table(where.table).c if c.key not in HIDDEN]
    if "person_id" in columns:
        columns.remove("person_id")  # them, or on a return giving their reference, another
    money = frozenset(i for i, c in enumerate(columns) if c.endswith("_pence"))
    readable = [[names.value(where.table, c, row[c], row) for c in columns] for row in rows]
    return Section(where.table, where.label, [heading(c) for c in columns], readable, money)


class _Names:
    """Names for the ids in the found rows, read with one query per table pointed at."""

    def __init__(self, session: Session, found: Mapping[PersonalTable, list[dict[str, Any]]]):
        wanted: dict[str, set[int]] = {}
        questions: set[int] = set()
        for rows in found.values():
            for row in rows:
                for column, value in row.items():
                    if column in _NAMED_BY and value is not None:
                        wanted.setdefault(_NAMED_BY[column][0], set()).add(value)
                for key in row.get("answers") or {}:
                    if str(key).isdigit():
                        questions.add(int(key))
        self.rows: dict[str, dict[int, Mapping[str, Any]]] = {}
        for name, ids in wanted.items():
            source = table(name)
            query = select(source).where(source.c.id.in_(sorted(ids)))
            self.rows[name] = {r["id"]: dict(r) for r in session.execute(query).mappings()}
        attendance_ids = {
            row["attendance_id"]
            for row in found[_where("ledger_entries")]
            if row.get("attendance_id") is not None
        }
        self.attended = {
            row["id"]: row for row in found[_where("attendance")] if row["id"] in attendance_ids
        }
        texts = table("survey_questions")
        self.questions = dict(
            session.execute(
                select(texts.c.id, texts.c.text).where(texts.c.id.in_(sorted(questions)))
            ).all()
        )
        self.events = self.rows.get("events", {})
        self.labels = {where.table: where.label for where in reversed(PERSONAL)}

    def value(self, source: str, column: str, value: Any, row: Mapping[str, Any]) -> Any:
        if value is None or value == "":
            return None
        if column == "given":
            return "Given" if value else "Withdrawn"
        if isinstance(value, bool):
            return "Yes" if value else "No"
        if column.endswith("_pence") and isinstance(value, int):
            return round(value / 100, 2)
        if column == "attendance_id":
            attended = self.attended.get(value)
            event = self.events.get(attended["event_id"]) if attended else None
            return _NAMED_BY["event_id"][1](event) if event else f"attendance {value}"
        if column in _NAMED_BY:
            named = self.rows.get(_NAMED_BY[column][0], {}).get(value)
            return _NAMED_BY[column][1](named) if named else f"#{value}"
        if column == "answers":
            return "\n".join(
                f"{self.questions.get(int(k), f'Question {k}') if str(k).isdigit() else k}: {v}"
                for k, v in value.items()
            )
        if column == "table_name":
            return self.labels.get(value, value)
        if column in ("changes", "old_values") and isinstance(value, Mapping):
            return "\n".join(f"{heading(k)}: {_change(v)}" for k, v in value.items())
        labels = LABELS.get((source, column))
        if labels is not None:
            return labels.get(value, value)
        if isinstance(value, datetime | date | int | float | str):
            return value
        return str(value)


def _change(value: Any) -> str:
    if isinstance(value, list) and len(value) == 2:
        before, after = ("(empty)" if v in (None, "") else str(v) for v in value)
        return f"{before} → {after}"
    return "(empty)" if value in (None, "") else str(value)
