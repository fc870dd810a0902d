"""The People list: never equality data.

Besides the plain column filters it narrows by things kept in other tables:
current membership of a group, support needs and consent to be contacted.
Each is one correlated EXISTS on an indexed person_id, so the list stays a
single query however many filters are set.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select, true
from sqlalchemy.orm import Session, aliased

from engagement_desktop.services.groups.terms import current_on
from engagement_desktop.services.listings.base import (
    ListFilter,
    Listing,
    LookupSearch,
    _label,
    _lister,
    _names,
    _person,
    _text,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Consent,
    Group,
    Membership,
    Person,
    SupportNeed,
)

#: Filter values that are not a record id (they survive switching databases).
ANY = "any"
NONE = "none"
CONTACT_PURPOSES = tuple(p for p in vocab.CONSENT_PURPOSES if p.startswith("contact_"))


def _current_member(group: Any) -> ColumnElement[bool]:
    """On a group today (term started, not ended, not stood down); ``ANY``: on any group."""
    conditions = [Membership.person_id == Person.id, current_on(func.current_date())]
    if group != ANY:
        conditions.append(Membership.group_id == int(group))
    return exists().where(*conditions)


def _support_need(need: str) -> ColumnElement[bool]:
    """Has any support need (``ANY``), none (``NONE``), or this one."""
    if need == NONE:
        return not_(exists().where(SupportNeed.person_id == Person.id))
    conditions = [SupportNeed.person_id == Person.id]
    if need != ANY:
        conditions.append(SupportNeed.need == need)
    return exists().where(*conditions)


def _contact_consent(purpose: str) -> ColumnElement[bool]:
    """The latest consent row for a contact purpose says "given".

    ``ANY``: for at least one channel; ``NONE``: for no channel (never asked, or
    withdrawn). "Latest" is a correlated NOT EXISTS of a later row for the same
    person and purpose, served by the (person_id, purpose, recorded_at) index.
    """
    row, later = aliased(Consent), aliased(Consent)
    newer = exists().where(
        later.person_id == row.person_id,
        later.purpose == row.purpose,
        or_(
            later.recorded_at > row.recorded_at,
            and_(later.recorded_at == row.recorded_at, later.id > row.id),
        ),
    )
    purposes = CONTACT_PURPOSES if purpose in (ANY, NONE) else (purpose,)
    given = exists().where(
        row.person_id == Person.id,
        row.purpose.in_(purposes),
        row.given == true(),
        ~newer,
    )
    return not_(given) if purpose == NONE else given


def _group_choices(session: Session) -> dict[Any, str]:
    """Groups still running; archived ones have no current members to find."""
    rows = session.execute(
        select(Group.id, Group.name)
        .where(Group.archived == false())
        .order_by(func.lower(Group.name))
    )
    return {ANY: "On any group", **{row[0]: row[1] for row in rows}}


SUPPORT_CHOICES: dict[str, str] = {
    ANY: "Has a support need",
    NONE: "No support needs",
    **{code: f"Needs: {label}" for code, label in vocab.SUPPORT_NEEDS.items()},
}
CONSENT_CHOICES: dict[str, str] = {
    ANY: "May be contacted",
    **{p: "May be contacted" + vocab.CONSENT_PURPOSES[p][7:] for p in CONTACT_PURPOSES},
    NONE: "No consent to contact",
}

PEOPLE = Listing(
    name="people",
    title="People",
    singular="person",
    plural="people",
    id_column=Person.id,
    columns=(
        _text("reference", "Reference", Person.reference, 11),
        _person("name", "Name", indexed=True),
        _text("postcode", "Postcode", Person.postcode, 9),
        _text("area", "Estate / area", Area.name, 16),
        _text("tenure", "Tenure", _label(Person.tenure, vocab.TENURES), 22),
        _text(
            "status",
            "Involvement",
            _label(Person.involvement_status, vocab.INVOLVEMENT_STATUSES),
            16,
        ),
        _text("phone", "Phone", func.coalesce(Person.phone, Person.mobile), 13),
        _text("email", "Email", Person.email, 24),
    ),
    source=lambda stmt: stmt.select_from(Person).outerjoin(Area, Person.area_id == Area.id),
    # Names, reference, postcode, email and phone are all in the folded search_text
    # (one LIKE per word); only the nickname and the estate need a LIKE of their own.
    search=(Person.known_as, LookupSearch(Person.area_id, Area.id, Area.name)),
    folded_search=Person.search_text,
    search_hint="Name, reference, postcode, phone, email or estate",
    default_sort="name",
    archived=Person.archived,
    filters=(
        ListFilter("status", "Involvement", Person.involvement_status, vocab.INVOLVEMENT_STATUSES),
        ListFilter("tenure", "Tenure", Person.tenure, vocab.TENURES),
        ListFilter(
            "area",
            "Estate / area",
            Person.area_id,
            lambda s: _names(s, Area, Area.name),
            "All estates",
        ),
        ListFilter("group", "Group", None, _group_choices, "Any group or none", _current_member),
        ListFilter(
            "support", "Support needs", None, SUPPORT_CHOICES, "Any support needs", _support_need
        ),
        ListFilter(
            "consent", "Consent to contact", None, CONSENT_CHOICES, "Any consent", _contact_consent
        ),
    ),
)


list_people = _lister(
    PEOPLE,
    "People (never equality data): reference, name, postcode, area, tenure, status, phone, email.",
)
