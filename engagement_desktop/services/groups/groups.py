"""Groups and panels, their seats, and their members' terms of office."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import (
    choice,
    get_or_404,
    optional_text,
    required_text,
)
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.groups.terms import add_years
from engagement_desktop.services.people.people import fold
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, Group, GroupSeat, Membership, Person

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
    "archived",
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
    if number <= 0:
        raise ValueError("must be more than 0")
    return number


_GROUP_CHECKS: dict[str, Any] = {
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
    "archived": bool,
}


def save_group(
    store: Store,
    group_id: int | None,
    data: Mapping[str, Any],
    seats: Sequence[tuple[str, int]] | None = None,
) -> Group:
    """Create (``group_id`` None) or change a group, and optionally replace its seats."""
    unknown = set(data) - set(GROUP_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown group fields: {', '.join(sorted(unknown))}")
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    wanted = set(data) | ({"name", "kind", "mode"} if group_id is None else set())
    for name in GROUP_FIELDS:
        if name in wanted:
            try:
                clean[name] = _GROUP_CHECKS[name](data.get(name))
            except ValueError as exc:
                errors[name] = str(exc)
    clean_seats = _clean_seats(seats, errors)
    with store.transaction() as session:
        if "name" in clean and (clash := _same_name(session, clean["name"], group_id)):
            errors["name"] = f"a group called '{clash}' already exists"
        if clean.get("area_id") is not None and session.get(Area, clean["area_id"]) is None:
            errors["area_id"] = "does not exist"
        if errors:
            raise ValidationError(errors)
        if group_id is None:
            group = Group(**clean)
            session.add(group)
            before: dict[str, Any] = {}
        else:
            group = get_or_404(session, Group, group_id, "group")
            before = audit.snapshot(group, GROUP_FIELDS)
            for name, value in clean.items():
                setattr(group, name, value)
        session.flush()
        changes = audit.diff(before, audit.snapshot(group, GROUP_FIELDS))
        if clean_seats is not None:
            old = [
                [s.constituency, s.seats]
                for s in session.scalars(
                    select(GroupSeat)
                    .where(GroupSeat.group_id == group.id)
                    .order_by(GroupSeat.constituency)
                )
            ]
            new = sorted([list(pair) for pair in clean_seats])
            if old != new:
                session.execute(delete(GroupSeat).where(GroupSeat.group_id == group.id))
                session.add_all(
                    GroupSeat(group_id=group.id, constituency=c, seats=n) for c, n in clean_seats
                )
                changes["seats"] = [old, new]
        if changes:
            audit.record(
                session,
                store.actor,
                "group.add" if group_id is None else "group.edit",
                "groups",
                group.id,
                changes,
                record_uuid=group.uuid,
                summary=f"{'Added' if group_id is None else 'Edited'} group #{group.id}",
            )
    return group


def _same_name(session: Session, name: str, group_id: int | None) -> str | None:
    """Another group's name that reads as ``name`` (any capitals, with or without accents:
    "Associaté Scrutiny Members" is "Associate Scrutiny Members"), or None."""
    key = fold(name)
    others = session.execute(select(Group.id, Group.name).where(Group.id != (group_id or 0)))
    return next((other for _id, other in others if fold(other) == key), None)


def _clean_seats(
    seats: Sequence[tuple[str, int]] | None, errors: dict[str, str]
) -> list[tuple[str, int]] | None:
    if seats is None:
        return None
    clean: dict[str, int] = {}
    for constituency, count in seats:
        name = " ".join(str(constituency or "").split())[:100]
        try:
            number = _positive_or_none(count)
        except ValueError as exc:
            errors["seats"] = f"{name or 'a constituency'}: {exc}"
            continue
        if not name or number is None:
            errors["seats"] = "each constituency needs a name and a number of seats"
            continue
        if name.casefold() in {c.casefold() for c in clean}:
            errors["seats"] = f"'{name}' is listed twice"
            continue
        clean[name] = number
    return list(clean.items())


def add_group(store: Store, data: Mapping[str, Any]) -> Group:
    """Create a group or panel; its name must be unique."""
    return save_group(store, None, data)


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
    start = term_start or date.today()
    with store.transaction() as session:
        group = get_or_404(session, Group, group_id, "group")
        errors = term_problems(role, start, term_end, group.term_years)
        person = get_or_404(session, Person, person_id, "person")
        if person.archived:
            errors["person_id"] = f"{person.full_name} is archived; restore them first"
        if overlapping(session, group_id, person_id, start, term_end, None):
            errors["term_start"] = f"{person.full_name} already has a term on {group.name} then"
        if errors:
            raise ValidationError(errors)
        term = Term(role, start, term_end, optional_text(constituency, 100), optional_text(notes))
        return join_term(session, store.actor, group, person, term)


@dataclass(frozen=True)
class Term:
    """A term of office as it is entered: the role and its dates."""

    role: str
    start: date
    end: date | None = None
    constituency: str | None = None
    notes: str | None = None


def term_problems(
    role: str, start: date, end: date | None, term_years: int | None = None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    try:
        choice(role, vocab.MEMBERSHIP_ROLES)
    except ValueError as exc:
        errors["role"] = str(exc)
    return errors | term_date_problems(start, end, term_years)


def term_date_problems(start: date, end: date | None, term_years: int | None) -> dict[str, str]:
    """A term's days: each a plausible one (not 14/09/1752 nor 31/12/9999), the end not
    before the start, and no later than the group's term length (``term_years``) allows."""
    errors = {
        name: why
        for name, day in (("term_start", start), ("term_end", end))
        if (why := day_problem(day, done=False))
    }
    if end is not None and end < start:
        errors.setdefault("term_end", "is before the start of the term")
    elif end is not None and term_years and end > add_years(start, term_years):
        years = "1 year" if term_years == 1 else f"{term_years} years"
        errors.setdefault(
            "term_end", f"is more than {years} after the start (the group's terms are {years})"
        )
    return errors


def join_term(session: Any, actor: str, group: Group, person: Person, term: Term) -> Membership:
    """One new term, audited, inside the caller's transaction."""
    role = choice(term.role, vocab.MEMBERSHIP_ROLES)
    membership = Membership(
        group_id=group.id,
        person_id=person.id,
        role=role,
        term_start=term.start,
        term_end=term.end,
        constituency=term.constituency,
        notes=term.notes,
    )
    session.add(membership)
    session.flush()
    audit.record(
        session,
        actor,
        "membership.add",
        "memberships",
        membership.id,
        audit.created(audit.snapshot(membership, MEMBERSHIP_FIELDS)),
        record_uuid=membership.uuid,
        summary=f"Person #{person.id} joined group #{group.id} as {vocab.MEMBERSHIP_ROLES[role]}",
    )
    return membership


def overlap_condition(group_id: int, start: date, end: date | None) -> ColumnElement[bool]:
    """Terms on the group that share a day with ``start``..``end`` (None: open-ended)."""
    return and_(
        Membership.group_id == group_id,
        (Membership.term_end.is_(None)) | (Membership.term_end >= start),
        Membership.term_start <= (end or date.max),
        Membership.left_on.is_(None),
    )


def overlapping(
    session: Any,
    group_id: int,
    person_id: int,
    start: date,
    end: date | None,
    exclude_id: int | None,
) -> bool:
    query = select(Membership.id).where(
        overlap_condition(group_id, start, end), Membership.person_id == person_id
    )
    if exclude_id is not None:
        query = query.where(Membership.id != exclude_id)
    return session.scalar(query) is not None


def edit_membership(store: Store, membership_id: int, changes: Mapping[str, Any]) -> Membership:
    """Change a member's role, term dates or constituency, or record that they left."""
    allowed = {"role", "constituency", "term_start", "term_end", "left_on", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise EngagementError(f"Unknown membership fields: {', '.join(sorted(unknown))}")
    errors: dict[str, str] = {}
    with store.transaction() as session:
        membership = get_or_404(session, Membership, membership_id, "membership")
        before = audit.snapshot(membership, MEMBERSHIP_FIELDS)
        values = {name: getattr(membership, name) for name in allowed} | dict(changes)
        try:
            values["role"] = choice(values["role"], vocab.MEMBERSHIP_ROLES)
        except ValueError as exc:
            errors["role"] = str(exc)
        values["constituency"] = optional_text(values["constituency"], 100)
        values["notes"] = optional_text(values["notes"])
        start, end, left = values["term_start"], values["term_end"], values["left_on"]
        # The term length is checked when the term's days change: a term made before the
        # group shortened its terms can still have its notes or role changed.
        group = session.get(Group, membership.group_id)
        moved = (start, end) != (membership.term_start, membership.term_end)
        years = group.term_years if group is not None and moved else None
        if not isinstance(start, date):
            errors["term_start"] = "is required"
        elif dated := term_date_problems(start, end, years):
            errors |= dated
        elif left is not None and (why := day_problem(left, done=False)):
            errors["left_on"] = why
        elif left is not None and left < start:
            errors["left_on"] = "is before the start of the term"
        elif left is None and overlapping(
            session, membership.group_id, membership.person_id, start, end, membership.id
        ):
            errors["term_start"] = "overlaps another term on the same group"
        if errors:
            raise ValidationError(errors)
        for name, value in values.items():
            setattr(membership, name, value)
        changed = audit.diff(before, audit.snapshot(membership, MEMBERSHIP_FIELDS))
        if changed:
            audit.record(
                session,
                store.actor,
                "membership.edit",
                "memberships",
                membership.id,
                changed,
                record_uuid=membership.uuid,
            )
    return membership


def end_membership(store: Store, membership_id: int, left_on: date | None = None) -> Membership:
    """Record that a member stood down (the term stays in their history)."""
    return edit_membership(store, membership_id, {"left_on": left_on or date.today()})
