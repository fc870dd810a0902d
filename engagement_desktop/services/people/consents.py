"""Consent kept as a history: giving and withdrawing both add a row.

The current state of a purpose is its latest row; withdrawing is one call and
never edits or deletes what was recorded before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import choice, get_or_404, optional_text
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.store import vocab
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Consent, Person

CONSENT_FIELDS = ("purpose", "given", "method", "wording_version", "context", "recorded_at")
#: Contact consent needed for each preferred contact method.
CONTACT_PURPOSE = {
    "email": "contact_email",
    "phone": "contact_phone",
    "text": "contact_text",
    "post": "contact_post",
}


@dataclass(frozen=True)
class ConsentState:
    purpose: str
    given: bool
    recorded_at: datetime
    method: str
    recorded_by: str


def add_consent(
    session: Session,
    actor: str,
    person: Person,
    purpose: str,
    given: bool,
    method: str,
    *,
    wording_version: str | None = None,
    context: str | None = None,
    event_id: int | None = None,
    when: datetime | None = None,
) -> Consent:
    """Write one consent row inside the caller's transaction (used by walk-ins, imports)."""
    errors: dict[str, str] = {}
    try:
        purpose = choice(purpose, vocab.CONSENT_PURPOSES)
    except ValueError as exc:
        errors["purpose"] = str(exc)
    try:
        method = choice(method, vocab.CONSENT_METHODS)
    except ValueError as exc:
        errors["method"] = str(exc)
    if when is not None and when > utcnow():
        errors["recorded_at"] = "is in the future"
    elif when is not None and (why := day_problem(when, done=True)):
        errors["recorded_at"] = why  # recorded in 0001: a slip that would not read back
    for name, text, limit in (("wording_version", wording_version, 40), ("context", context, 300)):
        try:
            optional_text(text, limit)
        except ValueError as exc:
            errors[name] = str(exc)
    if errors:
        raise ValidationError(errors)
    consent = Consent(
        person_id=person.id,
        purpose=purpose,
        given=given,
        method=method,
        wording_version=optional_text(wording_version, 40),
        context=optional_text(context, 300),
        event_id=event_id,
        recorded_at=when or utcnow(),
        recorded_by=actor,
    )
    session.add(consent)
    session.flush()
    audit.record(
        session,
        actor,
        "consent.give" if given else "consent.withdraw",
        "consents",
        consent.id,
        audit.created(audit.snapshot(consent, CONSENT_FIELDS)),
        record_uuid=consent.uuid,
        summary=f"Person #{person.id}: {vocab.CONSENT_PURPOSES[purpose]} "
        f"{'given' if given else 'withdrawn'}",
    )
    return consent


def record_consent(
    store: Store,
    person_id: int,
    purpose: str,
    given: bool,
    method: str,
    **details: object,
) -> Consent:
    """Record consent given (or withdrawn) for one purpose."""
    with store.transaction() as session:
        person = get_or_404(session, Person, person_id, "person")
        return add_consent(session, store.actor, person, purpose, given, method, **details)  # type: ignore[arg-type]


def withdraw_consent(store: Store, person_id: int, purpose: str, method: str = "phone") -> Consent:
    """One click: a withdrawal row on top of the history."""
    return record_consent(store, person_id, purpose, False, method)


def current_consents(session: Session, person_id: int) -> dict[str, ConsentState]:
    """The latest row per purpose."""
    rows = session.scalars(
        select(Consent)
        .where(Consent.person_id == person_id)
        .order_by(Consent.recorded_at, Consent.id)
    )
    return {
        row.purpose: ConsentState(
            row.purpose, row.given, row.recorded_at, row.method, row.recorded_by
        )
        for row in rows
    }


def consent_history(session: Session, person_id: int) -> list[Consent]:
    return list(
        session.scalars(
            select(Consent)
            .where(Consent.person_id == person_id)
            .order_by(Consent.recorded_at.desc(), Consent.id.desc())
        )
    )


def may_contact(session: Session, person: Person) -> bool:
    """True when the person's data may be held and they may be contacted by their
    preferred method (or by any channel when they have no preference)."""
    state = current_consents(session, person.id)
    hold = state.get("hold_data")
    if hold is None or not hold.given:
        return False
    wanted = CONTACT_PURPOSE.get(person.preferred_contact or "")
    if wanted:
        return bool(state.get(wanted) and state[wanted].given)
    return any(s.given for p, s in state.items() if p.startswith("contact_"))
