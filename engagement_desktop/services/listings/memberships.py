"""The members of one group, as the Groups page lists them: every term, current or past.

Not a section of its own (so not in ``LISTINGS``): the Groups page shows it for
the selected group through the ``group`` filter, and the ``past`` filter hides
terms that have ended unless the officer asks for them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, and_, bindparam, case, or_

from engagement_desktop.services.common.wording import short_month
from engagement_desktop.services.listings.base import (
    ListColumn,
    ListFilter,
    Listing,
    _label,
    _lister,
    _names,
    _person,
    _plain,
    _text,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Group, Membership, Person

#: Today's date, read each time a query runs (a window left open overnight stays right).
TODAY = bindparam("today", callable_=date.today, type_=Date)

#: A term that has ended: stood down, or past its end date.
_is_past = or_(
    and_(Membership.left_on.is_not(None), Membership.left_on <= TODAY),
    and_(Membership.term_end.is_not(None), Membership.term_end < TODAY),
)
_standing = case((_is_past, "past"), (Membership.term_start > TODAY, "future"), else_="current")
_role_rank = case(
    {code: rank for rank, code in enumerate(vocab.MEMBERSHIP_ROLES)},
    value=Membership.role,
    else_=len(vocab.MEMBERSHIP_ROLES),
)


def standing_text(standing: str, term_start: date | None, left_on: date | None) -> str:
    """ "Current", "Past", "Stood down" or "Starts 1 Apr 2027"."""
    if standing == "past":
        return "Stood down" if left_on is not None and left_on <= date.today() else "Past"
    if standing == "future" and term_start is not None:
        return f"Starts {term_start.day} {short_month(term_start)} {term_start.year}"
    return "Current"


MEMBERSHIPS = Listing(
    name="memberships",
    title="Members",
    singular="member",
    plural="members",
    id_column=Membership.id,
    columns=(
        _person("person", "Person"),
        _text("reference", "Reference", Person.reference, 10),
        ListColumn(
            "role",
            "Role",
            (_label(Membership.role, vocab.MEMBERSHIP_ROLES),),
            (_role_rank, Person.name_sort_key),
            "text",
            11,
        ),
        _text("constituency", "Constituency", Membership.constituency, 16),
        _plain("term_start", "Term start", Membership.term_start, "date", 11),
        _plain("term_end", "Term end", Membership.term_end, "date", 11),
        _plain("left_on", "Left on", Membership.left_on, "date", 11),
        ListColumn(
            "standing",
            "Status",
            (_standing, Membership.term_start, Membership.left_on),
            (case((_standing == "current", 0), (_standing == "future", 1), else_=2),),
            "text",
            12,
            combine=standing_text,
        ),
    ),
    source=lambda stmt: stmt.select_from(Membership).join(
        Person, Person.id == Membership.person_id
    ),
    search=(Person.first_name, Person.last_name, Person.reference, Membership.constituency),
    folded_search=Person.search_text,
    search_hint="Name, reference or constituency",
    default_sort="role",
    archived=Person.archived,
    filters=(
        ListFilter("group", "Group", Membership.group_id, lambda s: _names(s, Group, Group.name)),
        ListFilter(
            "past",
            "Past members",
            case((_is_past, 1), else_=0),
            {0: "Current and future terms", 1: "Past terms"},
            "Current and past terms",
        ),
    ),
)


list_memberships = _lister(
    MEMBERSHIPS, "Terms of office on groups, chair first; filter by group and past or not."
)
