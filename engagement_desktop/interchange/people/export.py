"""The People list as the officer needs it outside the program: everything to write
to, ring or email someone and to know how to include them, not just the eight
columns the screen has room for.

One row a person in the list's order (its search, filters and sort), read a step at
a time so 50,000 people are never all in memory twice. Never equality data.
Consents show the latest answer for each purpose ("Yes", "Withdrawn", or blank
when never asked), as the person's record does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import null, select
from sqlalchemy.orm import Session, aliased

from engagement_desktop.interchange.writing.xlsx_export import Sheet
from engagement_desktop.services.groups.terms import current_on
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Consent,
    Group,
    Household,
    Membership,
    Person,
    PersonTopic,
    SupportNeed,
    Topic,
)

#: A member's role after the group's name; a plain member needs no word.
ROLES: dict[str, str | None] = {**vocab.MEMBERSHIP_ROLES, "member": None}
#: People read from the database per step.
STEP = 2000

HEADINGS = (
    "Reference",
    "Title",
    "First name",
    "Last name",
    "Known as",
    "Address line 1",
    "Address line 2",
    "Address line 3",
    "Town",
    "Postcode",
    "Estate / area",
    "Household",
    "Tenure",
    "Phone",
    "Mobile",
    "Email",
    "Preferred contact",
    "Involvement",
    "Joined",
    "Groups now",
    "Interests",
    "Support needs",
    *(f"Consent: {label}" for label in vocab.CONSENT_PURPOSES.values()),
    "Notes",
)
#: Lists of names wrap at this width; the rest are sized by the writer from the rows.
WIDTHS = {19: 30, 20: 30, 21: 30, len(HEADINGS) - 1: 40}


def people_sheet(session: Session, ids: Sequence[int], title: str = "People") -> Sheet:
    """The people with these ids, in this order, one row each."""
    return Sheet(
        title,
        HEADINGS,
        _rows(session, ids),
        total=len(ids),
        widths=dict(WIDTHS),
        kinds={len(HEADINGS) - 1: "wrap"},
        freeze_columns=1,
    )


def _rows(session: Session, ids: Sequence[int]) -> Iterator[list[Any]]:
    today = date.today()
    for start in range(0, len(ids), STEP):
        chunk = list(ids[start : start + STEP])
        people = {row[0]: row for row in session.execute(_people(chunk))}
        groups = _joined(session, _groups(chunk, today), details=ROLES)
        topics = _joined(session, _topics(chunk))
        needs = _joined(session, _needs(chunk), names=vocab.SUPPORT_NEEDS)
        consents = _consents(session, chunk)
        for person_id in chunk:
            row = people.get(person_id)
            if row is None:  # gone since the list was read
                continue
            given = consents.get(person_id, {})
            yield [
                *row[1:13],  # reference .. household
                vocab.TENURES.get(row[13], row[13]),
                *row[14:17],  # phone, mobile, email
                vocab.CONTACT_METHODS.get(row[17], row[17]),
                vocab.INVOLVEMENT_STATUSES.get(row[18], row[18]),
                row[19],  # joined
                groups.get(person_id),
                topics.get(person_id),
                needs.get(person_id),
                *(_consent(given.get(purpose)) for purpose in vocab.CONSENT_PURPOSES),
                row[20],  # notes
            ]


def _people(ids: list[int]) -> Any:
    return (
        select(
            Person.id,
            Person.reference,
            Person.title,
            Person.first_name,
            Person.last_name,
            Person.known_as,
            Person.address_line1,
            Person.address_line2,
            Person.address_line3,
            Person.town,
            Person.postcode,
            Area.name,
            Household.reference,
            Person.tenure,
            Person.phone,
            Person.mobile,
            Person.email,
            Person.preferred_contact,
            Person.involvement_status,
            Person.joined_on,
            Person.notes,
        )
        .outerjoin(Area, Area.id == Person.area_id)
        .outerjoin(Household, Household.id == Person.household_id)
        .where(Person.id.in_(ids))
    )


def _groups(ids: list[int], today: date) -> Any:
    """Groups each person sits on today, with their role when not a plain member."""
    return (
        select(Membership.person_id, Group.name, Membership.role)
        .join(Group, Group.id == Membership.group_id)
        .where(
            Membership.person_id.in_(ids),
            current_on(today),
        )
        .order_by(Membership.person_id, Group.name)
    )


def _topics(ids: list[int]) -> Any:
    return (
        select(PersonTopic.person_id, Topic.name, null())
        .join(Topic, Topic.id == PersonTopic.topic_id)
        .where(PersonTopic.person_id.in_(ids))
        .order_by(PersonTopic.person_id, Topic.name)
    )


def _needs(ids: list[int]) -> Any:
    return (
        select(SupportNeed.person_id, SupportNeed.need, SupportNeed.detail)
        .where(SupportNeed.person_id.in_(ids))
        .order_by(SupportNeed.person_id, SupportNeed.need)
    )


def _joined(
    session: Session,
    query: Any,
    names: Mapping[str, str] | None = None,
    details: Mapping[str, str | None] | None = None,
) -> dict[int, str]:
    """person id -> "First; Second (detail)" from (person_id, name, detail) rows; codes
    become words through ``names`` and ``details`` (a detail mapped to None is left out)."""
    found: dict[int, list[str]] = defaultdict(list)
    for person_id, name, detail in session.execute(query):
        label = (names or {}).get(name, name)
        if details is not None and detail in details:
            detail = details[detail]
        found[person_id].append(f"{label} ({detail})" if detail else label)
    return {person_id: "; ".join(labels) for person_id, labels in found.items()}


def _consents(session: Session, ids: list[int]) -> dict[int, dict[str, bool]]:
    """The latest answer per person and purpose (a later row replaces an earlier one)."""
    latest: dict[int, dict[str, bool]] = defaultdict(dict)
    row = aliased(Consent)
    for person_id, purpose, given in session.execute(
        select(row.person_id, row.purpose, row.given)
        .where(row.person_id.in_(ids))
        .order_by(row.person_id, row.recorded_at, row.id)
    ):
        latest[person_id][purpose] = given
    return latest


def _consent(given: bool | None) -> str | None:
    return None if given is None else ("Yes" if given else "Withdrawn")
