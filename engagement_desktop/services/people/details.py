"""The parts of a person's record kept in their own tables: interests, support
needs, equality monitoring and the code of conduct.

Saved inside the same transaction as the person (see ``people.save_person``).
Equality answers are special category data: the audit trail records *that*
they changed, never the answers themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common.checks import choice
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.people.changes import PersonChanges
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Agreement,
    EqualityProfile,
    Person,
    PersonTopic,
    SupportNeed,
    Topic,
)

HIDDEN = "(hidden)"
EQUALITY_FIELDS: tuple[str, ...] = (*vocab.EQUALITY_QUESTIONS, "written_objection")

#: The longest detail beside a support need (``SupportNeed.detail`` is a String(100)).
NEED_DETAIL_MAX = 100


@dataclass
class Details:
    interests: list[int] | None
    support_needs: list[tuple[str, str]] | None
    equality: dict[str, Any] | None
    code_of_conduct_signed_on: date | None


def validate(session: Session, changes: PersonChanges) -> Details:
    errors: dict[str, str] = {}
    interests = None
    if changes.interests is not None:
        interests = sorted(set(int(t) for t in changes.interests))
        known = set(session.scalars(select(Topic.id).where(Topic.id.in_(interests))))
        if set(interests) - known:
            errors["interests"] = "includes a topic that does not exist"
    needs = None
    if changes.support_needs is not None:
        needs = []
        for need, detail in changes.support_needs:
            try:
                code = choice(need, vocab.SUPPORT_NEEDS)
            except ValueError as exc:
                errors["support_needs"] = str(exc)
                continue
            text = " ".join(str(detail or "").split())
            if len(text) > NEED_DETAIL_MAX:  # never cut short without a word
                errors["support_needs"] = (
                    f"the detail for {vocab.SUPPORT_NEEDS[code].lower()} is {len(text):,} "
                    f"characters; keep it to {NEED_DETAIL_MAX} (more can go in the notes)"
                )
                continue
            pair = (code, text)
            if pair not in needs:
                needs.append(pair)
    equality: dict[str, Any] | None = None
    if changes.equality is not None:
        answers: dict[str, Any] = {}
        for name, value in changes.equality.items():
            if name == "written_objection":
                answers[name] = bool(value)
            elif name in vocab.EQUALITY_QUESTIONS:
                answers[name] = _equality_answer(name, value, errors)
            else:
                errors[name] = "is not an equality monitoring question"
        equality = answers
    signed = changes.code_of_conduct_signed_on
    if signed is not None and signed > date.today():
        errors["code_of_conduct_signed_on"] = "is in the future"
    elif why := day_problem(signed, done=True):  # signed in the year 1 is a slip
        errors["code_of_conduct_signed_on"] = why
    if errors:
        raise ValidationError(errors)
    return Details(interests, needs, equality, signed)


def _equality_answer(name: str, value: Any, errors: dict[str, str]) -> str | None:
    if value in (None, ""):
        return None
    answers = {**vocab.EQUALITY_QUESTIONS[name], vocab.PREFER_NOT_TO_SAY: "Prefer not to say"}
    try:
        return choice(value, answers)
    except ValueError as exc:
        errors[name] = str(exc)
        return None


def apply(session: Session, actor: str, person: Person, details: Details) -> dict[str, list]:
    """Write the details; return audit changes (equality values hidden)."""
    changes: dict[str, list] = {}
    if details.interests is not None:
        old = sorted(
            session.scalars(select(PersonTopic.topic_id).where(PersonTopic.person_id == person.id))
        )
        if old != details.interests:
            session.execute(delete(PersonTopic).where(PersonTopic.person_id == person.id))
            session.add_all(PersonTopic(person_id=person.id, topic_id=t) for t in details.interests)
            changes["interests"] = [old, details.interests]
    if details.support_needs is not None:
        rows = session.execute(
            select(SupportNeed.need, SupportNeed.detail)
            .where(SupportNeed.person_id == person.id)
            .order_by(SupportNeed.id)
        )
        old_needs = [[need, detail] for need, detail in rows]
        new_needs = [list(pair) for pair in details.support_needs]
        if sorted(old_needs) != sorted(new_needs):
            session.execute(delete(SupportNeed).where(SupportNeed.person_id == person.id))
            session.add_all(
                SupportNeed(person_id=person.id, need=n, detail=d) for n, d in details.support_needs
            )
            changes["support_needs"] = [old_needs, new_needs]
    if details.equality is not None:
        profile = session.get(EqualityProfile, person.id)
        if profile is None:
            profile = EqualityProfile(person_id=person.id)
            session.add(profile)
        for name, value in details.equality.items():
            if getattr(profile, name) != value:
                if name == "written_objection":
                    profile.objection_received_on = date.today() if value else None
                    changes[name] = [not value, value]
                else:
                    changes[f"equality.{name}"] = [HIDDEN, HIDDEN]
                setattr(profile, name, value)
    signed = details.code_of_conduct_signed_on
    if signed is not None and latest_agreement(session, person.id, "code_of_conduct") != signed:
        session.add(
            Agreement(
                person_id=person.id,
                kind="code_of_conduct",
                signed_on=signed,
                recorded_by=actor,
            )
        )
        changes["code_of_conduct_signed_on"] = [None, signed.isoformat()]
    return changes


def latest_agreement(session: Session, person_id: int, kind: str) -> date | None:
    return session.scalar(
        select(Agreement.signed_on)
        .where(Agreement.person_id == person_id, Agreement.kind == kind)
        .order_by(Agreement.signed_on.desc())
        .limit(1)
    )


def equality_answers(session: Session, person_id: int) -> dict[str, Any]:
    """A person's equality answers and written objection (None / False where not given).

    Read only when the officer opens that part of the record: special category data.
    """
    profile = session.get(EqualityProfile, person_id)
    answers: dict[str, Any] = {
        name: getattr(profile, name) if profile is not None else None
        for name in vocab.EQUALITY_QUESTIONS
    }
    answers["written_objection"] = bool(profile is not None and profile.written_objection)
    return answers
