"""People and what the officer records about them.

Equality monitoring is special category data: it lives in its own table so no
list or decision screen can pick it up by accident.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, VersionedMixin, utcnow
from engagement_desktop.store.collation import name_sort_key


class Area(UuidMixin, TimestampMixin, Base):
    """An estate, scheme or wider area; estates may sit inside an area."""

    __tablename__ = "areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="estate")  # estate / scheme / area
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Topic(UuidMixin, TimestampMixin, Base):
    """Something customers want a say on (repairs, rent, safety ...)."""

    __tablename__ = "topics"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Household(UuidMixin, TimestampMixin, Base):
    """People living together under one tenancy, e.g. joint tenants and residents."""

    __tablename__ = "households"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(40), index=True)
    name: Mapped[str | None] = mapped_column(String(200))


def _name_sort_key_on_insert(context: DefaultExecutionContext) -> bytes:
    """The key of a row inserted without one (bulk imports, the demo), from its names."""
    row = context.get_current_parameters()
    return name_sort_key(row.get("first_name"), row.get("last_name"))


class Person(UuidMixin, TimestampMixin, VersionedMixin, Base):
    """A customer: tenant, leaseholder, shared owner, resident, applicant, volunteer."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Tenancy/account reference from the housing system; shared by a household,
    # so not unique (duplicates are warned about, not forbidden).
    reference: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(20))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    known_as: Mapped[str | None] = mapped_column(String(100))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    address_line1: Mapped[str | None] = mapped_column(String(200))
    address_line2: Mapped[str | None] = mapped_column(String(200))
    address_line3: Mapped[str | None] = mapped_column(String(200))
    town: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(10))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    tenure: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30))
    mobile: Mapped[str | None] = mapped_column(String(30))
    preferred_contact: Mapped[str | None] = mapped_column(String(20))
    involvement_status: Mapped[str] = mapped_column(String(20), default="one_off")
    joined_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Folded (lower case, no accents, no spaces in postcode/phone) text that the
    # search box matches with one LIKE; kept up to date by the people service.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Surname then first name by the Unicode Collation Algorithm (store/collation.py):
    # every list of people sorts on it through its index. Set on insert from the row's
    # names and on every change of a name (the events below the class).
    name_sort_key: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=_name_sort_key_on_insert
    )
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))

    area: Mapped[Area | None] = relationship()
    household: Mapped[Household | None] = relationship()

    __table_args__ = (
        # The people service stores references upper case and emails lower case,
        # so plain indexes serve case-insensitive matching.
        Index("ix_people_reference", "reference"),
        Index("ix_people_postcode", "postcode"),
        Index("ix_people_email", "email"),
        Index("ix_people_name", "last_name", "first_name"),
        Index("ix_people_archived_last_name", "archived", "last_name"),
        # With archived: the People list (archived left out) is read from the index alone.
        Index("ix_people_name_sort_key", "name_sort_key", "archived"),
        # Everything a search word is matched against in the people row, and nothing
        # else: a search no index answers (a rare "oi") scans this, a third of the
        # pages of the table itself (SQLite, 50,000 people: ~15 ms against ~45 ms).
        Index("ix_people_search_scan", "search_text", "known_as", "area_id", "archived"),
        # Everyone's area and tenure counted in this order, with no sort (the profile
        # comparison, reports/impact/profile_counts.py); also every look-up by area.
        Index("ix_people_area_tenure", "area_id", "tenure", "archived"),
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@event.listens_for(Person.first_name, "set")
def _first_name_set(person: Person, value: str | None, _old: object, _by: object) -> None:
    person.name_sort_key = name_sort_key(value, person.last_name)


@event.listens_for(Person.last_name, "set")
def _last_name_set(person: Person, value: str | None, _old: object, _by: object) -> None:
    person.name_sort_key = name_sort_key(person.first_name, value)


class PersonTopic(Base):
    """A topic the person wants a say on."""

    __tablename__ = "person_topics"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id"), primary_key=True, index=True)


class SupportNeed(Base):
    """An accessibility or support need; ``detail`` says e.g. which language."""

    __tablename__ = "support_needs"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    need: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(String(100), default="")
    __table_args__ = (UniqueConstraint("person_id", "need", "detail"),)


class Consent(UuidMixin, Base):
    """One consent event; the history is every row, the state is the latest per purpose."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    purpose: Mapped[str] = mapped_column(String(30))
    given: Mapped[bool] = mapped_column(Boolean)  # False records a withdrawal
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    method: Mapped[str] = mapped_column(String(30))
    wording_version: Mapped[str | None] = mapped_column(String(40))
    recorded_by: Mapped[str] = mapped_column(String(100))
    context: Mapped[str | None] = mapped_column(String(300))  # e.g. "in person at <event>"
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    __table_args__ = (Index("ix_consents_person_purpose", "person_id", "purpose", "recorded_at"),)


class Agreement(UuidMixin, Base):
    """Code of conduct signed or terms of reference accepted (optionally for one group)."""

    __tablename__ = "agreements"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"))
    version: Mapped[str | None] = mapped_column(String(40))
    signed_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))


class Exclusion(UuidMixin, TimestampMixin, Base):
    """Access to forums refused (persistent complainants policy, conduct breach)."""

    __tablename__ = "exclusions"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    policy: Mapped[str | None] = mapped_column(String(100))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)  # None: until lifted
    lifted_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))


class EqualityProfile(TimestampMixin, Base):
    """Voluntary equality monitoring. NULL = not answered; every question also
    accepts ``prefer_not_to_say``. A written objection removes the person from
    every statistic."""

    __tablename__ = "equality_profiles"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    age_band: Mapped[str | None] = mapped_column(String(30))
    sex: Mapped[str | None] = mapped_column(String(30))
    gender_same_as_birth: Mapped[str | None] = mapped_column(String(30))
    sexual_orientation: Mapped[str | None] = mapped_column(String(30))
    ethnicity: Mapped[str | None] = mapped_column(String(30))
    religion: Mapped[str | None] = mapped_column(String(30))
    disability: Mapped[str | None] = mapped_column(String(30))
    marital_status: Mapped[str | None] = mapped_column(String(30))
    pregnancy_maternity: Mapped[str | None] = mapped_column(String(30))
    children_in_household: Mapped[str | None] = mapped_column(String(30))
    written_objection: Mapped[bool] = mapped_column(Boolean, default=False)
    objection_received_on: Mapped[date | None] = mapped_column(Date)

    # Each holds one grouping of everyone's answers that the profile comparison counts
    # (reports/impact/profile_counts.py ANSWER_GROUPINGS), read in order with no sort.
    __table_args__ = (
        Index(
            "ix_equality_profiles_sex_disability_age",
            "sex",
            "disability",
            "age_band",
            "written_objection",
        ),
        Index(
            "ix_equality_profiles_ethnicity_religion", "ethnicity", "religion", "written_objection"
        ),
        Index(
            "ix_equality_profiles_identity_household",
            "gender_same_as_birth",
            "sexual_orientation",
            "marital_status",
            "pregnancy_maternity",
            "children_in_household",
            "written_objection",
        ),
    )
