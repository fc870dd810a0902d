"""Satisfaction results for any measure set: the share positive, with its precision.

A measure is the share of its positive answers (as its set defines them: "very" or
"fairly satisfied", "strongly agree" or "agree", "very" or "fairly good") among the
answers on its scale; anything else ("don't know", "no opinion", blanks) is left out
of the base. A measure with a filter question counts only respondents who answered it
yes. Where the set says one response counts per household, returns sharing a tenancy
reference count once: the household's latest in the period.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound
from engagement_desktop.services.surveys.answers import coded_answers
from engagement_desktop.services.surveys.custom_measures import catalogue
from engagement_desktop.services.surveys.measure_sets import MeasureSet, measure_set
from engagement_desktop.store import vocab
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Area,
    Person,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)


@dataclass(frozen=True)
class MeasureResult:
    code: str
    satisfied: int
    base: int
    percent: float | None
    ci95: tuple[float, float] | None

    def as_dict(self) -> dict[str, object]:
        return {
            "satisfied": self.satisfied,
            "base": self.base,
            "percent": self.percent,
            "ci95": list(self.ci95) if self.ci95 else None,
        }


def confidence_interval(satisfied: int, base: int, homes: int = 0) -> tuple[float, float] | None:
    """95% interval in percentage points to one decimal: Wilson's score interval, which
    stays honest for small bases and for 0% or 100% (the normal approximation gives
    "100.0 to 100.0" for 2 out of 2). When the number of homes is known, the finite
    population correction narrows it: a sample of most homes says more than a few.
    """
    if base == 0:
        return None
    p = satisfied / base
    if homes and homes == base:  # every home answered: the figure is the figure
        return (round(p * 100, 1), round(p * 100, 1))
    n = base * (homes - 1) / (homes - base) if homes and homes > base else float(base)
    z2 = 1.96**2
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = math.sqrt(z2) / (1 + z2 / n) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return (round(max(0.0, centre - half) * 100, 1), round(min(1.0, centre + half) * 100, 1))


#: The regulator's tenant survey requirements (Section 2, sampling approach): the margin
#: of error at 95% confidence a landlord's responses must reach, by its number of
#: relevant homes of the tenure type (LCRA and LCHO each judged on its own count).
#: England's margins and their source, read from its definition (tsm.toml).
REQUIRED_MARGINS: tuple[tuple[int, float], ...] = measure_set("tsm").margins
REQUIREMENTS_SOURCE = measure_set("tsm").sample_source


def required_margin(homes: int, measures: MeasureSet | None = None) -> float | None:
    """The margin of error a set (England's by default) requires for ``homes``: for
    England ±5 points under 2,500 relevant homes, ±4 to 9,999, ±3 from 10,000."""
    return (measures or measure_set("tsm")).required_margin(homes)


def sample_needed(
    homes: int, margin: float | None = None, measures: MeasureSet | None = None
) -> int | None:
    """Responses needed for the required margin (or ``margin``) at 95% confidence, worst
    case p = 0.5, with the finite population correction: n0 / (1 + (n0 - 1) / homes);
    None when the set requires no margin."""
    if homes <= 0:
        return None
    margin = required_margin(homes, measures) if margin is None else margin
    if margin is None:
        return None
    n0 = 1.96**2 * 0.25 / margin**2
    return math.ceil(n0 / (1 + (n0 - 1) / homes))


@dataclass
class SatisfactionResults:
    survey: str
    period: tuple[date | None, date | None]
    respondents: int
    measures: dict[str, MeasureResult] = field(default_factory=dict)
    homes: int = 0
    #: The set the survey's questions were read against (with the landlord's measures).
    measure_set: MeasureSet = field(default_factory=lambda: measure_set("tsm"))
    #: Measures with a filter question (had a repair, made a complaint) the survey does
    #: not have: counted over everyone who answered them, and the method note says so.
    unfiltered: list[str] = field(default_factory=list)

    @property
    def sample_needed(self) -> int | None:
        return sample_needed(self.homes, measures=self.measure_set)

    def as_dict(self) -> dict[str, object]:
        """The shape ``report satisfaction --json`` prints."""
        return {
            "survey": self.survey,
            "measure_set": self.measure_set.id,
            "respondents": self.respondents,
            "measures": {code: m.as_dict() for code, m in self.measures.items()},
        }


#: The name screens and reports used before sets were data.
TsmResults = SatisfactionResults


def survey_measure_set(session: Session, survey: Survey) -> MeasureSet:
    """The set a survey's questions were read against, with the landlord's own measures."""
    return measure_set(survey.measure_set or "tsm", catalogue(session))


def household_key(person_id: int | None, reference: str | None) -> tuple[str, object] | None:
    """Whose return this is, for one response per household: the tenancy reference (the
    linked person's, else the one typed in the return), else the person; None when
    anonymous."""
    if reference and reference.strip():
        return ("household", "".join(reference.split()).upper())
    return ("person", person_id) if person_id else None


def latest_responses(session: Session, survey_id: int) -> list[int]:
    """One response per household (its latest in the period) where the survey's set says
    so, else every response in the period; anonymous ones all count."""
    survey = session.get(Survey, survey_id)
    assert survey is not None
    per_household = survey_measure_set(session, survey).one_per_household
    rows = session.execute(
        select(
            SurveyResponse.id,
            SurveyResponse.person_id,
            func.coalesce(Person.reference, SurveyResponse.respondent_ref),
            SurveyResponse.completed_at,
        )
        .outerjoin(Person, Person.id == SurveyResponse.person_id)
        .where(SurveyResponse.survey_id == survey_id)
    ).all()
    start, end = survey.period_start, survey.period_end
    chosen: dict[object, tuple[datetime, int]] = {}
    anonymous: list[int] = []
    for response_id, person_id, ref, completed in rows:
        if completed is not None and (
            (start and completed.date() < start) or (end and completed.date() > end)
        ):
            continue
        who = household_key(person_id, ref) if per_household else None
        if who is None:
            anonymous.append(response_id)
            continue
        when = completed or datetime.min
        if who not in chosen or (when, response_id) > chosen[who]:
            chosen[who] = (when, response_id)
    return sorted([rid for _, rid in chosen.values()] + anonymous)


def satisfaction_results(
    session: Session, survey_name: str, homes: int = 0, response_ids: list[int] | None = None
) -> SatisfactionResults:
    """The measures of its set present in a survey, in the set's order, counted by the
    set's rules (from the latest response per household where the set says so)."""
    survey = session.scalar(select(Survey).where(Survey.name == survey_name))
    if survey is None:
        raise NotFound(f"There is no survey called '{survey_name}'.")
    ids = latest_responses(session, survey.id) if response_ids is None else response_ids
    questions: dict[int, str] = {
        question_id: code
        for question_id, code in session.execute(
            select(SurveyQuestion.id, SurveyQuestion.code).where(
                SurveyQuestion.survey_id == survey.id, SurveyQuestion.code.is_not(None)
            )
        )
        if code
    }
    measures = survey_measure_set(session, survey)
    answers = coded_answers(session, ids, questions, survey.answer_scale, measures)
    result = SatisfactionResults(
        survey.name,
        (survey.period_start, survey.period_end),
        len(ids),
        homes=homes,
        measure_set=measures,
    )
    asked = set(questions.values())
    for code in [c for c in measures.measures if c in asked]:
        measure = measures.measures[code]
        scale, good = set(measure.scale.answers), measure.scale.positive
        filter_code = measure.filter
        if filter_code and filter_code not in questions.values():
            result.unfiltered.append(code)
        base = satisfied = 0
        for given in answers.values():
            if (
                filter_code
                and filter_code in questions.values()
                and given.get(filter_code) != "yes"
            ):
                continue
            answer = given.get(code)
            if answer in scale:
                base += 1
                satisfied += answer in good
        percent = round(100 * satisfied / base, 1) if base else None
        result.measures[code] = MeasureResult(
            code, satisfied, base, percent, confidence_interval(satisfied, base, homes)
        )
    return result


#: The name used before sets were data: every caller of it keeps working.
tsm_results = satisfaction_results


#: What results can be split by: a field of the linked person's record.
BREAKDOWNS: dict[str, str] = {"area": "Estate / area", "tenure": "Tenure"}
NOT_LINKED = "Not linked to a person"
NOT_RECORDED = "Not recorded"


@dataclass(frozen=True)
class GroupResults:
    """The measures for the respondents of one estate/area or one tenure."""

    group: str
    results: SatisfactionResults


def tsm_results_by(session: Session, survey_name: str, by: str) -> list[GroupResults]:
    """Results for each estate/area or tenure of respondents linked to people.

    The same respondents as :func:`tsm_results` (latest response per household), split
    by the linked person's record and counted by the same code; responses not linked
    to anyone form one group at the end, so the groups add up to the whole survey.
    Intervals use no finite population correction: the homes count is landlord-wide.
    """
    if by not in BREAKDOWNS:
        raise ValueError(f"results can be split by {', '.join(BREAKDOWNS)}, not {by!r}")
    survey = session.scalar(select(Survey).where(Survey.name == survey_name))
    if survey is None:
        raise NotFound(f"There is no survey called '{survey_name}'.")
    ids = latest_responses(session, survey.id)
    value = Area.name if by == "area" else Person.tenure
    groups: dict[str, list[int]] = {}
    for chunk in id_chunks(ids):
        rows = session.execute(
            select(SurveyResponse.id, SurveyResponse.person_id, value)
            .select_from(SurveyResponse)
            .outerjoin(Person, Person.id == SurveyResponse.person_id)
            .outerjoin(Area, Area.id == Person.area_id)
            .where(SurveyResponse.id.in_(chunk))
        )
        for response_id, person_id, found in rows:
            if person_id is None:
                label = NOT_LINKED
            elif found is None:
                label = NOT_RECORDED
            else:
                label = vocab.TENURES.get(found, found) if by == "tenure" else found
            groups.setdefault(label, []).append(response_id)
    last = (NOT_RECORDED, NOT_LINKED)
    order = sorted((g for g in groups if g not in last), key=str.casefold)
    order += [g for g in last if g in groups]
    return [
        GroupResults(label, tsm_results(session, survey.name, response_ids=sorted(groups[label])))
        for label in order
    ]
