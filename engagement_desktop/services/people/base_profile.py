"""The customer profile: who all the landlord's customers are, as the housing system
counts them, kept beside the register so reports can compare who took part with
everyone.

It is described by the same dimensions as a person's equality answers (age band,
sex, ethnicity, disability) plus tenure and area, and stored as one count per
dimension and category with the date it was true on. Loading a file into it is the
import's job (``interchange/reports/profile_import``); the Impact Assessment and the
TSM publication read it. Replacing it never touches the register.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common import audit
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import BaseProfileRow

#: Every dimension a comparison with the customer base is made on, with its label.
DIMENSIONS: dict[str, str] = {
    "age_band": "Age",
    "sex": "Sex",
    "ethnicity": "Ethnicity",
    "disability": "Disability",
    "tenure": "Tenure",
    "area": "Estate / area",
    "gender_same_as_birth": "Gender the same as at birth",
    "sexual_orientation": "Sexual orientation",
    "religion": "Religion or belief",
    "marital_status": "Marriage or civil partnership",
    "pregnancy_maternity": "Pregnancy or maternity",
    "children_in_household": "Children in the household",
}
#: The dimensions a housing system's customer profile usually holds (and charts show).
MAIN_DIMENSIONS = ("age_band", "sex", "ethnicity", "disability", "tenure", "area")
#: The category as read back and reported when the answer is not known.
NOT_KNOWN = "Not known / prefer not to say"
#: The category stored for a customer whose answer the housing system does not know.
UNKNOWN = "unknown"
AGE_BANDS = (
    (16, 24, "16_24"),
    (25, 34, "25_34"),
    (35, 44, "35_44"),
    (45, 54, "45_54"),
    (55, 64, "55_64"),
    (65, 74, "65_74"),
    (75, 200, "75_plus"),
)


def age_band(born: date | None, on: date) -> str | None:
    if born is None:
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next((code for low, high, code in AGE_BANDS if low <= age <= high), None)


@dataclass(frozen=True)
class BaseProfile:
    """The customer profile loaded from the housing system: counts and as-of date."""

    counts: dict[str, Counter[str]]
    as_of: date | None

    @property
    def source(self) -> str:
        when = f", as at {long_date(self.as_of)}" if self.as_of else ""
        return f"Customer profile from the housing system{when}"


def base_profile(session: Session) -> BaseProfile:
    """The stored profile, an unknown answer counted as :data:`NOT_KNOWN`."""
    counts: dict[str, Counter[str]] = {}
    as_of = None
    for dimension, category, count, day in session.execute(
        select(
            BaseProfileRow.dimension,
            BaseProfileRow.category,
            BaseProfileRow.count,
            BaseProfileRow.as_of,
        )
    ):
        key = NOT_KNOWN if category in (UNKNOWN, vocab.PREFER_NOT_TO_SAY) else category
        counts.setdefault(dimension, Counter())[key] += count
        as_of = max(as_of, day) if as_of and day else (day or as_of)
    return BaseProfile(counts, as_of)


def replace_base_profile(
    store: Store, counts: dict[str, Counter[str]], as_of: date, *, source: str
) -> int:
    """Replace the whole profile with ``counts`` (only the main dimensions are kept),
    in one audited transaction; ``source`` says where the figures came from. Returns
    the number of lines written."""
    lines = [
        {"dimension": dimension, "category": category, "count": count, "as_of": as_of}
        for dimension in MAIN_DIMENSIONS
        if dimension in counts
        for category, count in sorted(counts[dimension].items())
    ]
    with store.transaction() as session:
        session.execute(delete(BaseProfileRow))
        if lines:
            session.execute(insert(BaseProfileRow), lines)
        audit.record(
            session,
            store.actor,
            "base_profile.load",
            "base_profile",
            None,
            {d: [None, sum(c.values())] for d, c in counts.items()},
            summary=f"{source}, as at {as_of.isoformat()}",
        )
    return len(lines)
