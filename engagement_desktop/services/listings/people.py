"""The People list: never equality data."""

from __future__ import annotations

from sqlalchemy import func

from engagement_desktop.services.listings.base import (
    ListFilter,
    Listing,
    _label,
    _lister,
    _names,
    _person,
    _text,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Person,
)

# --- People -------------------------------------------------------------------------------


PEOPLE = Listing(
    name="people",
    title="People",
    singular="person",
    plural="people",
    id_column=Person.id,
    columns=(
        _text("reference", "Reference", Person.reference, 11),
        _person("name", "Name"),
        _text("postcode", "Postcode", Person.postcode, 9),
        _text("area", "Estate / area", Area.name, 18),
        _text("tenure", "Tenure", _label(Person.tenure, vocab.TENURES), 30),
        _text(
            "status",
            "Involvement",
            _label(Person.involvement_status, vocab.INVOLVEMENT_STATUSES),
            16,
        ),
    ),
    source=lambda stmt: stmt.select_from(Person).outerjoin(Area, Person.area_id == Area.id),
    search=(
        Person.first_name,
        Person.last_name,
        Person.known_as,
        Person.reference,
        Person.postcode,
        func.replace(Person.postcode, " ", ""),
        Area.name,
    ),
    folded_search=Person.search_text,
    search_hint="Name, reference, postcode or estate",
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
    ),
)


list_people = _lister(
    PEOPLE, "People (never equality data): reference, name, postcode, area, tenure, status."
)
