"""Who took part compared with the whole customer base.

For age band, sex, ethnicity, disability, tenure and area: the involved
profile and the base profile side by side, the gap in percentage points, and
the groups under-represented by more than the threshold. People who objected
in writing are left out of both. Counts under the minimum are never shown as
exact numbers ("fewer than 5"), and neither is a percentage that would give
them away.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import and_, case, literal, null, or_, select, true
from sqlalchemy.orm import Session

from engagement_desktop.reports.impact.figures import involved_people
from engagement_desktop.reports.impact.period import Period
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Area, BaseProfileRow, EqualityProfile, Person

DIMENSIONS: dict[str, str] = {
    "age_band": "Age",
    "sex": "Sex",
    "ethnicity": "Ethnicity",
    "disability": "Disability",
    "tenure": "Tenure",
    "area": "Estate / area",
}
NOT_KNOWN = "Not known / prefer not to say"
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
class ProfileLine:
    category: str
    involved: int
    base: int
    involved_pct: float | None
    base_pct: float | None
    gap: float | None  # percentage points, involved minus base
    under_represented: bool
    involved_suppressed: bool
    base_suppressed: bool

    def shown(self, which: str, minimum: int) -> str:
        value, hidden = (
            (self.involved, self.involved_suppressed)
            if which == "involved"
            else (self.base, self.base_suppressed)
        )
        return f"fewer than {minimum}" if hidden else f"{value:,}"


@dataclass
class ProfileComparison:
    dimension: str
    label: str
    lines: list[ProfileLine] = field(default_factory=list)
    involved_total: int = 0
    base_total: int = 0


def _labels(dimension: str) -> dict[str, str]:
    if dimension == "tenure":
        return dict(vocab.TENURES)
    if dimension == "area":
        return {}
    return dict(vocab.EQUALITY_QUESTIONS[dimension])


def _born_before(on: date, years: int) -> date:
    """The last birthday that makes someone ``years`` old on ``on``."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February in a year without one
        return on.replace(year=on.year - years, day=28)


def _age_band_sql(on: date) -> Any:
    """``age_band(born, on)`` as SQL, by comparing with birthdays (no date functions, so
    it runs the same on SQLite and PostgreSQL, and no dates come back to Python)."""
    born, given = Person.date_of_birth, EqualityProfile.age_band
    whens: list[tuple[Any, Any]] = [
        (and_(given.is_not(None), given != vocab.PREFER_NOT_TO_SAY), null()),  # not needed
        (born > _born_before(on, AGE_BANDS[0][0]), null()),
    ]
    whens += [(born > _born_before(on, high + 1), literal(code)) for _, high, code in AGE_BANDS]
    return case(*whens, else_=null())


def _counts(session: Session, period: Period) -> tuple[dict[str, Counter[str]], ...]:
    """(involved, everyone) counts per dimension, objectors left out entirely.

    One row per person comes back with the raw answers and whether they were involved
    (the database looks that up); they are counted as they are, and only the few
    distinct answers are turned into categories, so 50,000 people take a fraction of a
    second rather than a Python loop over every person and dimension.
    """
    areas = dict(session.execute(select(Area.id, Area.name)).all())
    involved = involved_people(period)
    rows = (
        session.connection()
        .execute(
            select(
                Person.id.in_(select(involved.c.person_id)),
                EqualityProfile.age_band,
                _age_band_sql(period.end),
                EqualityProfile.sex,
                EqualityProfile.ethnicity,
                EqualityProfile.disability,
                Person.tenure,
                Person.area_id,
            )
            .outerjoin(EqualityProfile, EqualityProfile.person_id == Person.id)
            .where(
                # "!= true" rather than "is false": SQLite then reads the table straight
                # through instead of visiting every row by way of the archived index
                Person.archived != true(),
                or_(
                    EqualityProfile.written_objection.is_(None),
                    EqualityProfile.written_objection.is_(False),
                ),
            )
        )
        .all()
    )
    result: tuple[dict[str, Counter[str]], ...] = ({}, {})
    for which, chosen in enumerate(([row for row in rows if row[0]], rows)):
        for dimension, places in _COLUMNS.items():
            name = _namer(dimension, areas)
            counts: Counter[str] = Counter()
            for value, count in Counter(map(itemgetter(*places), chosen)).items():
                counts[name(value)] += count
            result[which][dimension] = counts
    return result


#: Where each dimension's raw answer sits in a row of ``_counts`` (age: given, from birth).
_COLUMNS: dict[str, tuple[int, ...]] = {
    "age_band": (1, 2),
    "sex": (3,),
    "ethnicity": (4,),
    "disability": (5,),
    "tenure": (6,),
    "area": (7,),
}


def _namer(dimension: str, areas: dict[int, str]) -> Any:
    """Raw answer -> category code, as the report counts it."""

    def known(value: str | None) -> str:
        return NOT_KNOWN if not value or value == vocab.PREFER_NOT_TO_SAY else value

    if dimension == "age_band":
        return lambda pair: known(
            pair[0] if pair[0] and pair[0] != vocab.PREFER_NOT_TO_SAY else pair[1]
        )
    if dimension == "area":
        return lambda area_id: areas.get(area_id, NOT_KNOWN)
    return known


def compare(
    session: Session,
    period: Period,
    *,
    threshold: float = 5.0,
    minimum: int = 5,
    base_source: str = "people",
) -> list[ProfileComparison]:
    """The comparison for every dimension. ``base_source`` "people" uses everyone in
    the store; "table" uses the aggregate base profile where it has the dimension."""
    involved_counts, everyone = _counts(session, period)
    aggregate: dict[str, Counter[str]] = {}
    if base_source == "table":
        for dimension, category, count in session.execute(
            select(BaseProfileRow.dimension, BaseProfileRow.category, BaseProfileRow.count)
        ):
            aggregate.setdefault(dimension, Counter())[
                NOT_KNOWN if category in ("unknown", vocab.PREFER_NOT_TO_SAY) else category
            ] += count
    results = []
    for dimension, label in DIMENSIONS.items():
        labels = _labels(dimension)
        involved = involved_counts[dimension]
        base = aggregate.get(dimension) or everyone[dimension]
        comparison = ProfileComparison(
            dimension, label, involved_total=sum(involved.values()), base_total=sum(base.values())
        )
        known_involved = sum(n for c, n in involved.items() if c != NOT_KNOWN)
        known_base = sum(n for c, n in base.items() if c != NOT_KNOWN)
        others = (set(base) | set(involved)) - set(labels) - {NOT_KNOWN}
        order = list(labels) + sorted(others)
        for category in [*dict.fromkeys(order), NOT_KNOWN]:
            a, b = involved.get(category, 0), base.get(category, 0)
            if not a and not b:
                continue
            known = category != NOT_KNOWN
            a_hidden, b_hidden = 0 < a < minimum, 0 < b < minimum
            a_pct = round(100 * a / known_involved, 1) if known and known_involved else None
            b_pct = round(100 * b / known_base, 1) if known and known_base else None
            gap = round(a_pct - b_pct, 1) if a_pct is not None and b_pct is not None else None
            comparison.lines.append(
                ProfileLine(
                    labels.get(category, category),
                    a,
                    b,
                    None if a_hidden else a_pct,
                    None if b_hidden else b_pct,
                    None if (a_hidden or b_hidden) else gap,
                    gap is not None and gap <= -threshold and not b_hidden,
                    a_hidden,
                    b_hidden,
                )
            )
        results.append(comparison)
    return results


def under_represented(comparisons: list[ProfileComparison]) -> list[tuple[str, str, float]]:
    return [
        (c.label, line.category, line.gap)
        for c in comparisons
        for line in c.lines
        if line.under_represented and line.gap is not None
    ]


__all__ = ["ProfileComparison", "ProfileLine", "compare", "under_represented"]
