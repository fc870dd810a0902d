"""Who took part compared with the whole customer base.

For every equality question collected, tenure and area: the people involved, the
survey respondents and the whole customer base side by side, the gap in percentage
points (involved minus base), and the groups under-represented by more than the
threshold. People who objected in writing are left out of all three.

Each column is a table of its own whose total can be worked out, so it goes through
:func:`disclosure.hidden_cells`: small counts and a second cell with them are hidden,
and so are their percentages and gaps. Percentages are of everyone counted in the
column (the "not known" row included), so no hidden total can be rebuilt from them.

The base is everyone in the store, or the customer profile loaded from the housing
system (:mod:`services.people.base_profile`, which also names the dimensions),
dimension by dimension: where that profile has no figures for a dimension the report
says so rather than quietly using the register.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    String,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from engagement_desktop.reports.common.disclosure import hidden_cells, shown_count
from engagement_desktop.services.budget.figures import involved_people, responded
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.people.base_profile import (
    AGE_BANDS,
    DIMENSIONS,
    NOT_KNOWN,
    base_profile,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    EqualityProfile,
    Person,
    Survey,
    SurveyResponse,
)


@dataclass(frozen=True)
class ProfileLine:
    category: str
    involved: int
    base: int
    involved_pct: float | None  # None when hidden, or when there is no base column
    base_pct: float | None
    gap: float | None  # percentage points, involved minus base; None when either is hidden
    under_represented: bool
    involved_suppressed: bool
    base_suppressed: bool
    respondents: int = 0
    respondents_pct: float | None = None
    respondents_suppressed: bool = False
    known: bool = True  # False for the "not known / prefer not to say" row

    def shown(self, which: str) -> str:
        """The count as printed: '1,234', or the one mark for every hidden cell."""
        value, hidden = {
            "involved": (self.involved, self.involved_suppressed),
            "respondents": (self.respondents, self.respondents_suppressed),
            "base": (self.base, self.base_suppressed),
        }[which]
        return shown_count(value, hidden)


@dataclass
class ProfileComparison:
    dimension: str
    label: str
    lines: list[ProfileLine] = field(default_factory=list)
    involved_total: int = 0
    base_total: int = 0
    respondents_total: int = 0
    #: Where the base came from: "Everyone in the database", "Customer profile from the
    #: housing system, as at 1 April 2026", or "No base figures for this dimension".
    base_source: str = ""
    has_base: bool = True

    @property
    def hidden(self) -> bool:
        return any(
            x.involved_suppressed or x.base_suppressed or x.respondents_suppressed
            for x in self.lines
        )


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


#: The equality answers read (columns of the people counted in ``_counts``).
_ANSWERS = (
    "sex",
    "ethnicity",
    "disability",
    "gender_same_as_birth",
    "sexual_orientation",
    "religion",
    "marital_status",
    "pregnancy_maternity",
    "children_in_household",
)


def _age_sql(on: date) -> Any:
    """The age band counted: the one given, or else the one from the date of birth."""
    given = EqualityProfile.age_band
    return func.coalesce(
        case((and_(given.is_not(None), given != vocab.PREFER_NOT_TO_SAY), given), else_=null()),
        _age_band_sql(on),
    )


def _counts(session: Session, period: Period) -> tuple[dict[str, Counter[str]], ...]:
    """(involved, survey respondents, everyone) counts per dimension, objectors left out.

    The database counts. Each person's raw answers and whether they were involved or
    answered a survey are worked out once (a common table expression), then a few
    GROUP BYs, all in one statement, each over several dimensions together (see
    ``_GROUPINGS``), bring back the combinations that occur with their three counts:
    about 3,000 rows for 50,000 people. Python adds those up per dimension and turns
    the answers into categories. One row per person counted here spent most of its
    time making 50,000 rows of Python objects, and one GROUP BY per dimension most of
    its time sorting the same people twelve times.
    """
    areas = {str(key): name for key, name in session.execute(select(Area.id, Area.name))}
    involved = involved_people(period)
    respondents = (
        select(SurveyResponse.person_id)
        .join(Survey, Survey.id == SurveyResponse.survey_id)
        .where(responded(period), SurveyResponse.person_id.is_not(None))
    )
    people = (
        select(
            _one_if(Person.id.in_(select(involved.c.person_id))).label("involved"),
            _one_if(Person.id.in_(respondents)).label("responded"),
            _age_sql(period.end).label("age_band"),
            *(getattr(EqualityProfile, name).label(name) for name in _ANSWERS),
            Person.tenure.label("tenure"),
            # text like the answers, so every grouping's rows can share one UNION
            cast(Person.area_id, String).label("area"),
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
        .cte("counted_people")
    )
    width = max(len(dimensions) for dimensions in _GROUPINGS)
    combinations = union_all(
        *(
            select(
                literal(place),
                func.sum(people.c.involved),
                func.sum(people.c.responded),
                func.count(),
                *(people.c[dimension] for dimension in dimensions),
                *(null() for _ in range(width - len(dimensions))),
            ).group_by(*(people.c[dimension] for dimension in dimensions))
            for place, dimensions in enumerate(_GROUPINGS)
        )
    )
    result: tuple[dict[str, Counter[str]], ...] = tuple(
        {dimension: Counter() for dimensions in _GROUPINGS for dimension in dimensions}
        for _ in range(3)
    )
    namers = {dimension: _namer(dimension, areas) for dimension in result[0]}
    for place, *counts_and_answers in session.execute(combinations):
        counts = [int(count or 0) for count in counts_and_answers[:3]]
        for dimension, answer in zip(_GROUPINGS[place], counts_and_answers[3:], strict=False):
            category = namers[dimension](answer)
            for which, count in enumerate(counts):
                if count:
                    result[which][dimension][category] += count
    return result


#: The dimensions counted together by one GROUP BY of ``_counts``, as its columns are
#: named there: few answers each, so a grouping has a few hundred combinations.
_GROUPINGS: tuple[tuple[str, ...], ...] = (
    ("age_band", "sex", "disability", "tenure"),
    ("ethnicity", "religion", "area"),
    (
        "gender_same_as_birth",
        "sexual_orientation",
        "marital_status",
        "pregnancy_maternity",
        "children_in_household",
    ),
)


def _namer(dimension: str, areas: dict[str, str]) -> Any:
    """Raw answer -> category code, as the report counts it."""

    def known(value: str | None) -> str:
        return NOT_KNOWN if not value or value == vocab.PREFER_NOT_TO_SAY else value

    if dimension == "area":
        return lambda area_id: areas.get(area_id, NOT_KNOWN) if area_id else NOT_KNOWN
    return known


def _one_if(condition: Any) -> Any:
    """1 or 0, which both databases can add up (PostgreSQL cannot SUM a boolean)."""
    return case((condition, 1), else_=0)


def _shares(counts: list[int], hidden: list[bool]) -> list[float | None]:
    total = sum(counts)
    return [
        None if h or not total else round(100 * n / total, 1)
        for n, h in zip(counts, hidden, strict=True)
    ]


def compare(
    session: Session,
    period: Period,
    *,
    threshold: float = 5.0,
    minimum: int = 5,
    base_source: str = "people",
) -> list[ProfileComparison]:
    """The comparison for every dimension. ``base_source`` "people" uses everyone in
    the store; "table" uses the customer profile loaded from the housing system, and
    only that: a dimension it lacks has no base column."""
    involved_counts, respondent_counts, everyone = _counts(session, period)
    loaded = base_profile(session) if base_source == "table" else None
    results = []
    for dimension, label in DIMENSIONS.items():
        labels = _labels(dimension)
        involved, respondents = involved_counts[dimension], respondent_counts[dimension]
        if loaded is None:
            base, source = everyone[dimension], "Everyone in the database"
        elif dimension in loaded.counts:
            base, source = loaded.counts[dimension], loaded.source
        else:
            base, source = Counter(), "No base figures for this dimension"
        has_base = bool(base)
        others = (set(base) | set(involved) | set(respondents)) - set(labels) - {NOT_KNOWN}
        order = [*dict.fromkeys([*labels, *sorted(others)]), NOT_KNOWN]
        order = [c for c in order if involved.get(c) or base.get(c) or respondents.get(c)]
        columns = [[counts.get(c, 0) for c in order] for counts in (involved, respondents, base)]
        hidden = [hidden_cells(column, minimum) for column in columns]
        shares = [_shares(column, h) for column, h in zip(columns, hidden, strict=True)]
        comparison = ProfileComparison(
            dimension,
            label,
            involved_total=sum(columns[0]),
            respondents_total=sum(columns[1]),
            base_total=sum(columns[2]),
            base_source=source,
            has_base=has_base,
        )
        for i, category in enumerate(order):
            a_pct, r_pct, b_pct = shares[0][i], shares[1][i], shares[2][i]
            known = category != NOT_KNOWN
            gap = (
                round(a_pct - b_pct, 1)
                if known and a_pct is not None and b_pct is not None
                else None
            )
            comparison.lines.append(
                ProfileLine(
                    labels.get(category, category),
                    columns[0][i],
                    columns[2][i],
                    a_pct,
                    b_pct,
                    gap,
                    gap is not None and gap <= -threshold,
                    hidden[0][i],
                    hidden[2][i],
                    respondents=columns[1][i],
                    respondents_pct=r_pct,
                    respondents_suppressed=hidden[1][i],
                    known=known,
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
