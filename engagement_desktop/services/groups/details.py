"""What the Groups page shows about one group, read in one call, and what its forms offer.

Qt-free so the page, the CLI and tests read the same things: the group's
fields, its seats, the terms-of-office warnings and seat counts, and the
choices the group and membership dialogs fill their drop-downs with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound
from engagement_desktop.services.groups.groups import GROUP_FIELDS
from engagement_desktop.services.groups.terms import (
    SeatCount,
    TermWarning,
    add_years,
    current_on,
    seat_counts,
)
from engagement_desktop.services.groups.terms import term_warnings as _term_warnings
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Area, Group, GroupSeat, Membership, Person

#: Offered in the category drop-down; officers may type their own.
CATEGORY_SUGGESTIONS: tuple[str, ...] = (
    "Scrutiny Panel",
    "Service Voices",
    "Customer Monitors",
    "Youth Voice",
    "Community Fund panel",
    "TARA",
    "Voice Panel",
    "Consultative group",
    "Focus group",
    "Reading group",
)


@dataclass(frozen=True)
class GroupDetails:
    """One group as the Groups page shows it beside its members."""

    id: int
    values: dict[str, Any]  # GROUP_FIELDS, as save_group takes them
    area_name: str | None
    seats: list[tuple[str, int]]
    warnings: list[TermWarning] = field(default_factory=list)
    seat_counts: list[SeatCount] = field(default_factory=list)
    current_members: int = 0

    @property
    def name(self) -> str:
        return str(self.values["name"])

    @property
    def kind_text(self) -> str:
        """ "Formal, collective"."""
        kind = vocab.GROUP_KINDS.get(self.values["kind"], self.values["kind"])
        mode = vocab.GROUP_MODES.get(self.values["mode"], self.values["mode"])
        return f"{kind}, {mode.lower()}"

    @property
    def term_rule(self) -> str:
        return term_rule_text(
            self.values["term_years"],
            self.values["max_consecutive_terms"],
            self.values["break_years"],
        )


def term_rule_text(years: int | None, most: int | None, rest: int | None) -> str:
    """ "3-year terms, at most 2 in a row, then a 1-year break" in the policy's own words."""
    if not years and not most:
        return "No fixed terms"
    parts = [f"{years}-year terms" if years else "Terms of any length"]
    if most:
        parts.append(f"at most {most} in a row")
        if rest:
            parts.append(f"then a {rest}-year break")
    return ", ".join(parts)


def default_term_end(start: date, term_years: int | None) -> date | None:
    """The last day of a term that starts on ``start``: 1 Apr 2026 + 3 years -> 31 Mar 2029."""
    if not term_years:
        return None
    return add_years(start, term_years) - timedelta(days=1)


def group_details(session: Session, group_id: int, today: date | None = None) -> GroupDetails:
    """The group, its seats, warnings and seat counts; raises NotFound if it is gone."""
    today = today or date.today()
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(f"There is no group with id {group_id}.")
    area = session.get(Area, group.area_id) if group.area_id is not None else None
    seats = [
        (seat.constituency, seat.seats)
        for seat in session.scalars(
            select(GroupSeat).where(GroupSeat.group_id == group_id).order_by(GroupSeat.id)
        )
    ]
    current = session.scalar(
        select(func.count(func.distinct(Membership.person_id)))
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.group_id == group_id, Person.archived.is_(False), current_on(today))
    )
    return GroupDetails(
        id=group.id,
        values={name: getattr(group, name) for name in GROUP_FIELDS},
        area_name=area.name if area is not None else None,
        seats=seats,
        warnings=_term_warnings(session, group_id, today),
        seat_counts=seat_counts(session, group_id, today),
        current_members=int(current or 0),
    )


def area_choices(session: Session) -> dict[int, str]:
    """Estates and areas by name, for the group's "estate / area" drop-down."""
    rows = session.execute(select(Area.id, Area.name).order_by(func.lower(Area.name)))
    return {row.id: row.name for row in rows}


def category_choices(session: Session) -> list[str]:
    """The usual categories, then any others already used in this database."""
    used = session.scalars(
        select(Group.category).where(Group.category.is_not(None)).distinct()
    ).all()
    known = {c.casefold() for c in CATEGORY_SUGGESTIONS}
    extra = sorted(
        {c for c in used if c and c.casefold() not in known}, key=lambda c: (c.casefold(), c)
    )
    return [*CATEGORY_SUGGESTIONS, *extra]


@dataclass(frozen=True)
class MembershipForm:
    """One term as the edit-term and stand-down dialogs show it."""

    id: int
    group_id: int
    group_name: str
    person_id: int
    person_name: str
    values: dict[str, Any]  # role, constituency, term_start, term_end, left_on, notes


def membership_form(session: Session, membership_id: int) -> MembershipForm:
    membership = session.get(Membership, membership_id)
    if membership is None:
        raise NotFound(f"There is no membership with id {membership_id}.")
    group = session.get(Group, membership.group_id)
    person = session.get(Person, membership.person_id)
    assert group is not None and person is not None  # foreign keys
    names = ("role", "constituency", "term_start", "term_end", "left_on", "notes")
    return MembershipForm(
        id=membership.id,
        group_id=group.id,
        group_name=group.name,
        person_id=person.id,
        person_name=person.full_name,
        values={name: getattr(membership, name) for name in names},
    )
