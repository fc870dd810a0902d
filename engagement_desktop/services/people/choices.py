"""What the person editor offers to choose from: topics to tick, estates and areas,
the households at an address or tenancy, and who already lives in one.

Plain rows back, so the editor never reads the database itself.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.validation import normalise_postcode
from engagement_desktop.store.models import Area, Household, Person, Topic

#: At most this many households are offered (an address has a handful).
HOUSEHOLDS_SHOWN = 30
#: At most this many housemates are named beside the household.
HOUSEMATES_SHOWN = 8


class TopicChoice(NamedTuple):
    id: int
    name: str
    archived: bool


class HouseholdChoice(NamedTuple):
    id: int
    name: str | None
    reference: str | None


def topic_choices(session: Session) -> list[TopicChoice]:
    """Every topic by name; archived ones are offered only to people who have them."""
    rows = session.execute(select(Topic.id, Topic.name, Topic.archived).order_by(Topic.name))
    return [TopicChoice(topic_id, name, bool(archived)) for topic_id, name, archived in rows]


def area_choices(session: Session) -> dict[int, str]:
    """Estates and areas by name, for the person's "estate / area" drop-down."""
    rows = session.execute(select(Area.id, Area.name).order_by(Area.name))
    return {area_id: name for area_id, name in rows}


def households_near(
    session: Session, current: int | None, reference: str, postcode: str
) -> list[HouseholdChoice]:
    """The household already chosen, and those with this tenancy reference or at this
    postcode, so a new resident joins theirs. ``reference`` and ``postcode`` are as typed."""
    conditions = [Household.id == current] if current is not None else []
    reference = reference.strip().upper().replace(" ", "")
    if reference:
        conditions.append(Household.reference == reference)
    try:
        postcode = normalise_postcode(postcode)
    except ValueError:
        postcode = ""  # half typed: no neighbours yet
    if postcode:
        at = select(Person.household_id).where(Person.postcode == postcode)
        conditions.append(Household.id.in_(at.where(Person.household_id.is_not(None))))
    if not conditions:
        return []
    rows = session.execute(
        select(Household.id, Household.name, Household.reference)
        .where(or_(*conditions))
        .order_by(func.lower(Household.name))
        .limit(HOUSEHOLDS_SHOWN)
    )
    return [HouseholdChoice(hid, name, ref) for hid, name, ref in rows]


def housemates(session: Session, household_id: int, person_id: int | None) -> list[str]:
    """First and last names of the others in a household, in name order."""
    rows = session.execute(
        select(Person.first_name, Person.last_name)
        .where(Person.household_id == household_id, Person.id != (person_id or 0))
        .order_by(Person.name_sort_key, Person.id)
        .limit(HOUSEMATES_SHOWN)
    )
    return [f"{first} {last}" for first, last in rows]
