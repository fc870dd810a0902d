"""The three columns of the profile comparison counted by the database: people
involved, survey respondents and everyone, per dimension, objectors and archived
people left out.

SQLite has no hash aggregate: a GROUP BY sorts its rows unless they come in the
grouped order from an index. So the column of everyone (the whole register) is read
from covering indexes in their own order (migration 0021: three on the equality
answers, one on area and tenure), with no sort; only the age band worked out from a
date of birth is sorted, for the people who did not give one. The other two columns
are counts of the few people involved or responding (a fifth of the register at
most), grouped the old way over them alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import (
    String,
    and_,
    case,
    cast,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.figures import involved_people, responded
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.people.base_profile import AGE_BANDS, NOT_KNOWN
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Area, EqualityProfile, Person, Survey, SurveyResponse

Counts = dict[str, Counter[str]]

#: The equality answers counted (columns of EqualityProfile).
ANSWERS = (
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

#: The dimensions the people involved and respondents are grouped by together (as
#: named in ``_taking_part``): few answers each, so a few hundred combinations each.
GROUPINGS: tuple[tuple[str, ...], ...] = (
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

#: The equality answers of everyone, grouped as the indexes of migration 0021 hold
#: them (each index: these columns, then written_objection), so no grouping sorts.
ANSWER_GROUPINGS: tuple[tuple[str, ...], ...] = (
    ("sex", "disability", "age_band"),
    ("ethnicity", "religion"),
    (
        "gender_same_as_birth",
        "sexual_orientation",
        "marital_status",
        "pregnancy_maternity",
        "children_in_household",
    ),
)


def _born_before(on: date, years: int) -> date:
    """The last birthday that makes someone ``years`` old on ``on``."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February in a year without one
        return on.replace(year=on.year - years, day=28)


def _given_age() -> Any:
    """True where the person gave an age band (which then wins over the birth date)."""
    given = EqualityProfile.age_band
    return and_(given.is_not(None), given != vocab.PREFER_NOT_TO_SAY)


def _age_band_sql(on: date) -> Any:
    """``age_band(born, on)`` as SQL, by comparing with birthdays (no date functions, so
    it runs the same on SQLite and PostgreSQL, and no dates come back to Python)."""
    born = Person.date_of_birth
    whens: list[tuple[Any, Any]] = [
        (_given_age(), null()),  # not needed
        (born > _born_before(on, AGE_BANDS[0][0]), null()),
    ]
    whens += [(born > _born_before(on, high + 1), literal(code)) for _, high, code in AGE_BANDS]
    return case(*whens, else_=null())


def _age_sql(on: date) -> Any:
    """The age band counted: the one given, or else the one from the date of birth."""
    given = EqualityProfile.age_band
    return func.coalesce(case((_given_age(), given), else_=null()), _age_band_sql(on))


def _one_if(condition: Any) -> Any:
    """1 or 0, which both databases can add up (PostgreSQL cannot SUM a boolean)."""
    return case((condition, 1), else_=0)


def _not_objecting() -> Any:
    """The profile row (if any) does not carry a written objection."""
    objection = EqualityProfile.written_objection
    return or_(objection.is_(None), objection.is_(False))


def namer(dimension: str, areas: dict[str, str]) -> Callable[[Any], str]:
    """Raw answer -> category code, as the report counts it."""

    def known(value: str | None) -> str:
        return NOT_KNOWN if not value or value == vocab.PREFER_NOT_TO_SAY else value

    def area(area_id: int | str | None) -> str:
        # the id as text (the involved read casts it; everyone's comes as a number)
        return NOT_KNOWN if area_id is None or area_id == "" else areas.get(str(area_id), NOT_KNOWN)

    return area if dimension == "area" else known


def profile_counts(session: Session, period: Period) -> tuple[Counts, Counts, Counts]:
    """(involved, survey respondents, everyone) counts per dimension, objectors left out."""
    areas = {str(key): name for key, name in session.execute(select(Area.id, Area.name))}
    dimensions = [dimension for grouping in GROUPINGS for dimension in grouping]
    namers = {dimension: namer(dimension, areas) for dimension in dimensions}
    involved, respondents = _taking_part(session, period, namers)
    return involved, respondents, _everyone(session, period, namers)


def _taking_part(
    session: Session, period: Period, namers: dict[str, Callable[[Any], str]]
) -> tuple[Counts, Counts]:
    """The people involved and the respondents: each person's answers worked out once
    (a common table expression over those people alone), then the GROUPINGS in one
    statement; Python adds the combinations up per dimension."""
    involved = select(involved_people(period).c.person_id).cte("involved")
    respondents = (
        select(SurveyResponse.person_id)
        .join(Survey, Survey.id == SurveyResponse.survey_id)
        .where(responded(period), SurveyResponse.person_id.is_not(None))
        .cte("respondents")
    )
    is_involved = Person.id.in_(select(involved.c.person_id))
    has_responded = Person.id.in_(select(respondents.c.person_id))
    people = (
        select(
            _one_if(is_involved).label("involved"),
            _one_if(has_responded).label("responded"),
            _age_sql(period.end).label("age_band"),
            *(getattr(EqualityProfile, name).label(name) for name in ANSWERS),
            Person.tenure.label("tenure"),
            # text like the answers, so every grouping's rows can share one UNION
            cast(Person.area_id, String).label("area"),
        )
        .outerjoin(EqualityProfile, EqualityProfile.person_id == Person.id)
        .where(or_(is_involved, has_responded), Person.archived != true(), _not_objecting())
        .cte("counted_people")
    )
    width = max(len(grouping) for grouping in GROUPINGS)
    combinations = union_all(
        *(
            select(
                literal(place),
                func.sum(people.c.involved),
                func.sum(people.c.responded),
                *(people.c[dimension] for dimension in grouping),
                *(null() for _ in range(width - len(grouping))),
            ).group_by(*(people.c[dimension] for dimension in grouping))
            for place, grouping in enumerate(GROUPINGS)
        )
    )
    result: tuple[Counts, Counts] = ({d: Counter() for d in namers}, {d: Counter() for d in namers})
    for place, *counts_and_answers in session.execute(combinations):
        counts = [int(count or 0) for count in counts_and_answers[:2]]
        for dimension, answer in zip(GROUPINGS[place], counts_and_answers[2:], strict=False):
            category = namers[dimension](answer)
            for which, count in enumerate(counts):
                if count:
                    result[which][dimension][category] += count
    return result


def _everyone(session: Session, period: Period, namers: dict[str, Callable[[Any], str]]) -> Counts:
    """Everyone not archived and not objecting, from four grouped reads that follow an
    index each, and one that sorts the birth-date age bands of those who gave none.

    A person with no profile row answered nothing: they count as "not known" for each
    answer, so that row is the register's count less the profile rows counted.
    """
    result: Counts = {dimension: Counter() for dimension in namers}
    archived = select(Person.id).where(Person.archived == true())
    objecting = select(EqualityProfile.person_id).where(not_(_not_objecting()))
    counted = 0
    for area_id, tenure, count in session.execute(
        select(Person.area_id, Person.tenure, func.count())
        .where(Person.archived != true(), Person.id.not_in(objecting))
        .group_by(Person.area_id, Person.tenure)
    ):
        counted += count
        result["area"][namers["area"](area_id)] += count
        result["tenure"][namers["tenure"](tenure)] += count
    with_profile = 0
    for place, grouping in enumerate(ANSWER_GROUPINGS):
        columns = [getattr(EqualityProfile, dimension) for dimension in grouping]
        rows = session.execute(
            select(func.count(), *columns)
            .where(_not_objecting(), EqualityProfile.person_id.not_in(archived))
            .group_by(*columns)
        )
        for count, *answers in rows:
            with_profile += count if place == 0 else 0
            for dimension, answer in zip(grouping, answers, strict=True):
                # an age band not given is counted from the birth date below
                given = answer is not None and answer != vocab.PREFER_NOT_TO_SAY
                if dimension != "age_band" or given:
                    result[dimension][namers[dimension](answer)] += count
    if counted > with_profile:
        for dimension in ANSWERS:
            result[dimension][NOT_KNOWN] += counted - with_profile
    band = _age_sql(period.end)
    for answer, count in session.execute(
        select(band, func.count())
        .select_from(Person)
        .outerjoin(EqualityProfile, EqualityProfile.person_id == Person.id)
        .where(Person.archived != true(), _not_objecting(), not_(_given_age()))
        .group_by(band)
    ):
        result["age_band"][namers["age_band"](answer)] += count
    return result
