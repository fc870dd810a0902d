"""Groups and panels and their members' terms of office."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services import audit
from engagement_desktop.services.common import choice, get_or_404, optional_text, required_text
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Group, Membership, Person

GROUP_FIELDS: tuple[str, ...] = (
    "name",
    "category",
    "kind",
    "mode",
    "purpose",
    "meeting_pattern",
    "area_id",
    "term_years",
    "max_consecutive_terms",
    "break_years",
    "needs_appraisal",
)
MEMBERSHIP_FIELDS: tuple[str, ...] = (
    "group_id",
    "person_id",
    "role",
    "constituency",
    "term_start",
    "term_end",
    "left_on",
    "notes",
)


def _positive_or_none(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise ValueError("must be a whole number") from exc
    if number < 0 or (number == 0):
        raise ValueError("must be more than 0")
    return number


def add_group(store: Store, data: Mapping[str, Any]) -> Group:
    """Create a group or panel; its name must be unique."""
    unknown = set(data) - set(GROUP_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown group fields: {', '.join(sorted(unknown))}")
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    checks = {
        "name": lambda v: required_text(v, 150),
        "category": lambda v: optional_text(v, 60),
        "kind": lambda v: choice(v or "formal", vocab.GROUP_KINDS),
        "mode": lambda v: choice(v or "collective", vocab.GROUP_MODES),
        "purpose": optional_text,
        "meeting_pattern": lambda v: optional_text(v, 200),
        "area_id": lambda v: int(v) if v not in (None, "") else None,
        "term_years": _positive_or_none,
        "max_consecutive_terms": _positive_or_none,
        "break_years": _positive_or_none,
        "needs_appraisal": bool,
    }
    for name in GROUP_FIELDS:
        if name in data or name in ("name", "kind", "mode"):
            try:
                clean[name] = checks[name](data.get(name))
            except ValueError as exc:
                errors[name] = str(exc)
    with store.transaction() as session:
        if "name" in clean and session.scalar(select(Group.id).where(Group.name == clean["name"])):
            errors["name"] = f"a group called '{clean['name']}' already exists"
        if errors:
            raise ValidationError(errors)
        group = Group(**clean)
        session.add(group)
        session.flush()
        audit.record(
            session,
            store.actor,
            "group.add",
            "groups",
            group.id,
            audit.created(audit.snapshot(group, GROUP_FIELDS)),
            record_uuid=group.uuid,
            summary=f"Added group {group.name}",
        )
    return group


def add_membership(
    store: Store,
    group_id: int,
    person_id: int,
    *,
    role: str = "member",
    term_start: date | None = None,
    term_end: date | None = None,
    constituency: str | None = None,
    notes: str | None = None,
) -> Membership:
    """Put a person on a group for a term; overlapping terms on one group are refused."""
    errors: dict[str, str] = {}
    try:
        role = choice(role, vocab.MEMBERSHIP_ROLES)
    except ValueError as exc:
        errors["role"] = str(exc)
    start = term_start or date.today()
    if term_end is not None and term_end < start:
        errors["term_end"] = "is before the start of the term"
    with store.transaction() as session:
        group = get_or_404(session, Group, group_id, "group")
        person = get_or_404(session, Person, person_id, "person")
        if person.archived:
            errors["person_id"] = f"{person.full_name} is archived; restore them first"
        overlapping = session.scalar(
            select(Membership.id).where(
                Membership.group_id == group_id,
                Membership.person_id == person_id,
                (Membership.term_end.is_(None)) | (Membership.term_end >= start),
                Membership.term_start <= (term_end or date.max),
                Membership.left_on.is_(None),
            )
        )
        if overlapping:
            errors["term_start"] = f"{person.full_name} already has a term on {group.name} then"
        if errors:
            raise ValidationError(errors)
        membership = Membership(
            group_id=group_id,
            person_id=person_id,
            role=role,
            term_start=start,
            term_end=term_end,
            constituency=optional_text(constituency, 100),
            notes=optional_text(notes),
        )
        session.add(membership)
        session.flush()
        audit.record(
            session,
            store.actor,
            "membership.add",
            "memberships",
            membership.id,
            audit.created(audit.snapshot(membership, MEMBERSHIP_FIELDS)),
            record_uuid=membership.uuid,
            summary=f"{person.full_name} joined {group.name} as {vocab.MEMBERSHIP_ROLES[role]}",
        )
    return membership
