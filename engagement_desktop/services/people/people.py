"""Adding, editing, archiving and restoring people, with validation and audit.

Adding someone by hand (the person editor, a walk-in at the door) needs their
consent to hold their details: :data:`NO_CONSENT` is the one rule, checked in
:func:`save_person_in`, and the consent is recorded with the person. People
imported from the landlord's tenancy export are held under the tenancy (its
contract and the landlord's legitimate interest in involving its tenants), not
consent: the importer writes them itself and records no consent for them.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, NotFound, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import HIDDEN, choice, composed, one_line
from engagement_desktop.services.common.validation import (
    check_birth_date,
    check_period_day,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_reference,
)
from engagement_desktop.services.people import details as person_details
from engagement_desktop.services.people.changes import HoldDataConsent as HoldDataConsent
from engagement_desktop.services.people.changes import PersonChanges as PersonChanges
from engagement_desktop.services.people.consents import add_consent
from engagement_desktop.store import vocab
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, Household, Person

#: Fields an officer can set on a person through add/edit.
PERSON_FIELDS: tuple[str, ...] = (
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
    "household_id",
    "tenure",
    "email",
    "phone",
    "mobile",
    "preferred_contact",
    "involvement_status",
    "joined_on",
    "notes",
)
_TEXT_LIMITS = {
    "reference": 40,
    "title": 20,
    "first_name": 100,
    "last_name": 100,
    "known_as": 100,
    "address_line1": 200,
    "address_line2": 200,
    "address_line3": 200,
    "town": 100,
}
_CHOICES = {
    "tenure": vocab.TENURES,
    "preferred_contact": vocab.CONTACT_METHODS,
    "involvement_status": vocab.INVOLVEMENT_STATUSES,
}
#: Why a person added by hand without consent to hold their details is refused.
NO_CONSENT = "is needed before they can be added"
#: The fields that must be filled to add a person ("first_name" *or* "last_name").
REQUIRED_TO_ADD: tuple[str, ...] = ("first_name", "last_name", "hold_data")
_NON_DIGITS = re.compile(r"\D")  # compiled once: an import makes 50,000 search texts


def fold(text: str) -> str:
    """Lower case without accents, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz"."""
    if text.isascii():  # most names: nothing to decompose (casefold is lower for ASCII)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")


def search_text_for(
    first_name: str | None,
    last_name: str | None,
    reference: str | None,
    postcode: str | None,
    email: str | None,
    phone: str | None,
    mobile: str | None,
) -> str:
    """The one string the search box matches against with a single LIKE."""
    parts = [
        fold(f"{first_name or ''} {last_name or ''}".strip()),
        fold(reference or ""),
        (postcode or "").replace(" ", "").lower(),
        (email or "").lower(),
        _NON_DIGITS.sub("", phone or ""),
        _NON_DIGITS.sub("", mobile or ""),
    ]
    return " ".join(part for part in parts if part)


def _clean_text(value: Any, limit: int | None) -> str | None:
    if value is None:
        return None
    # Pasted in unseen: taken out unseen. One line: a break would break every letter and
    # label. A name of invisible characters alone is no name (one_line).
    text = composed(one_line(HIDDEN.sub("", str(value))))
    if not text:
        return None
    if limit is not None and len(text) > limit:
        raise ValueError(f"is longer than {limit} characters")
    return text


def validate_person(session: Session, data: Mapping[str, Any]) -> dict[str, Any]:
    """Normalise and check person fields; raise ValidationError naming each bad field."""
    unknown = set(data) - set(PERSON_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown person fields: {', '.join(sorted(unknown))}")
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for name, value in data.items():
        try:
            clean[name] = _clean_field(session, name, value)
        except ValueError as exc:
            errors[name] = str(exc)
    if errors:
        raise ValidationError(errors)
    return clean


def _clean_field(session: Session, name: str, value: Any) -> Any:
    if name in ("date_of_birth", "joined_on"):
        if value in (None, ""):
            return None
        if not isinstance(value, date):
            raise ValueError("must be a date")
        if name == "date_of_birth":
            return check_birth_date(value)
        # Joined on 01/01/0001 would not read back; a tenants' association may have had
        # them since the 1970s, so not the 1990 of things done here, but not in the future.
        check_period_day(value)  # from 1900
        if value > date.today():
            raise ValueError(f"{value.day:02d}/{value.month:02d}/{value.year} is after today")
        return value
    if name in ("area_id", "household_id"):
        if value in (None, ""):
            return None
        model = Area if name == "area_id" else Household
        if session.get(model, int(value)) is None:
            raise ValueError("does not exist")
        return int(value)
    if name == "notes":
        return _clean_text(value, None) if value is None else (str(value).strip() or None)
    text = _clean_text(value, _TEXT_LIMITS.get(name, 254))
    if text is None:
        return None
    if name == "postcode":
        return normalise_postcode(text)
    if name == "email":
        return normalise_email(text)
    if name in ("phone", "mobile"):
        return normalise_phone(text)
    if name == "reference":
        return normalise_reference(text)
    if name in _CHOICES:
        return choice(text, _CHOICES[name])
    return text


def _require_name(values: Mapping[str, Any]) -> None:
    if not (values.get("first_name") or values.get("last_name")):
        raise ValidationError({"last_name": "a first name or a last name is needed"})


def _refresh_search_text(person: Person) -> None:
    person.search_text = search_text_for(
        person.first_name,
        person.last_name,
        person.reference,
        person.postcode,
        person.email,
        person.phone,
        person.mobile,
    )


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"There is no person with id {person_id}.")
    return person


def archived_states(session: Session, person_ids: Collection[int]) -> set[bool]:
    """Whether these people are archived, current, or some of each (for Archive / Restore)."""
    if not person_ids:
        return set()
    return set(session.scalars(select(Person.archived).where(Person.id.in_(person_ids))))


def by_record_number(session: Session, reference: str) -> Person | None:
    """The person ``#123`` names by record number (anyone, a walk-in with no tenancy
    reference too), or None when ``reference`` is not written that way; a record number
    no one has is NotFound."""
    if not (reference.startswith("#") and reference[1:].isdigit()):
        return None
    return get_person(session, int(reference[1:]))


def find_by_reference(session: Session, reference: str) -> list[Person]:
    """People with this tenancy reference (trimmed, case-insensitive); a household shares one."""
    ref = normalise_reference(reference)
    return list(session.scalars(select(Person).where(Person.reference == ref).order_by(Person.id)))


def add_person(
    store: Store,
    data: Mapping[str, Any] | PersonChanges,
    hold_data: HoldDataConsent | None = None,
) -> Person:
    """Create a person with their consent to hold their details; one transaction with its
    audit entries (``hold_data`` fills in a plain mapping's consent)."""
    if isinstance(data, PersonChanges):
        changes = data
        if hold_data is not None:
            changes = dataclasses.replace(data, hold_data=hold_data)
    else:
        changes = PersonChanges(fields=dict(data), hold_data=hold_data)
    return save_person(store, None, changes)


def edit_person(store: Store, person_id: int, data: Mapping[str, Any] | PersonChanges) -> Person:
    """Change some fields of a person; the audit entry keeps old and new values."""
    changes = data if isinstance(data, PersonChanges) else PersonChanges(fields=dict(data))
    return save_person(store, person_id, changes)


def save_person(store: Store, person_id: int | None, changes: PersonChanges) -> Person:
    """Create (``person_id`` None) or update a person with all their details at once."""
    with store.transaction() as session:
        return save_person_in(session, store.actor, person_id, changes)


def save_person_in(
    session: Session, actor: str, person_id: int | None, changes: PersonChanges
) -> Person:
    """The work of :func:`save_person` inside the caller's transaction (walk-ins add a
    person, their consents and their attendance in one go)."""
    clean = validate_person(session, changes.fields)
    details = person_details.validate(session, changes)
    if person_id is None:
        problems = adding_problems(clean, changes)
        if problems:
            raise ValidationError(problems)
        clean.setdefault("involvement_status", "one_off")
        clean["first_name"] = clean.get("first_name") or ""
        clean["last_name"] = clean.get("last_name") or ""
        person = Person(**clean)
        session.add(person)
        before: dict[str, Any] = {}
        action, verb = "person.add", "Added"
    else:
        person = get_person(session, person_id)
        before = audit.snapshot(person, PERSON_FIELDS)
        for name, value in clean.items():
            if name in ("first_name", "last_name"):
                value = value or ""
            setattr(person, name, value)
        _require_name({"first_name": person.first_name, "last_name": person.last_name})
        action, verb = "person.edit", "Edited"
    _refresh_search_text(person)
    session.flush()
    changed = audit.diff(before, audit.snapshot(person, PERSON_FIELDS))
    changed.update(person_details.apply(session, actor, person, details))
    if changed or person_id is None:
        audit.record(
            session,
            actor,
            action,
            "people",
            person.id,
            changed,
            record_uuid=person.uuid,
            summary=f"{verb} person #{person.id}",
        )
    if person_id is None and changes.hold_data is not None:
        consent = changes.hold_data
        add_consent(
            session,
            actor,
            person,
            "hold_data",
            True,
            consent.method,
            wording_version=consent.wording_version,
            context=consent.context,
            event_id=consent.event_id,
        )
    return person


def adding_problems(fields: Mapping[str, Any], changes: PersonChanges) -> dict[str, str]:
    """What stops a new person being added by hand: no name, or no consent to hold
    their details (the editor asks before saving, to show every reason at once)."""
    problems: dict[str, str] = {}
    if not (fields.get("first_name") or fields.get("last_name")):
        problems["last_name"] = "a first name or a last name is needed"
    if changes.hold_data is None:
        problems["hold_data"] = NO_CONSENT
    return problems


def set_archived(store: Store, person_id: int, archived: bool) -> Person:
    """Archive (hide from lists, keep all history) or restore a person."""
    with store.transaction() as session:
        person = get_person(session, person_id)
        if person.archived == archived:
            return person
        person.archived = archived
        person.archived_at = utcnow() if archived else None
        audit.record(
            session,
            store.actor,
            "person.archive" if archived else "person.restore",
            "people",
            person.id,
            {"archived": [not archived, archived]},
            record_uuid=person.uuid,
            summary=f"{'Archived' if archived else 'Restored'} person #{person.id}",
        )
    return person


def archive_person(store: Store, person_id: int) -> Person:
    return set_archived(store, person_id, True)


def restore_person(store: Store, person_id: int) -> Person:
    return set_archived(store, person_id, False)
