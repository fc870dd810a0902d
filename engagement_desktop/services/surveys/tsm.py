"""Tenant Satisfaction Measures: recognising the questions and answers, and the results.

A measure is the share of "very" or "fairly satisfied" ("strongly agree" or
"agree" for TP08) among valid answers; "don't know", "not applicable" and
blanks are left out of the base. TP02/TP03, TP09 and TP10 count only
respondents whose filter answer was yes. One response counts per household: where
several returns share a tenancy reference (joint tenants, or one tenant answering
twice), only the household's latest in the period counts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import get_close_matches
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound
from engagement_desktop.services.surveys.answers import coded_answers
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Person,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)

MEASURES: dict[str, str] = {
    "TP01": "Overall satisfaction",
    "TP02": "Satisfaction with repairs",
    "TP03": "Satisfaction with time taken to complete most recent repair",
    "TP04": "Satisfaction that the home is well maintained",
    "TP05": "Satisfaction that the home is safe",
    "TP06": "Satisfaction that the landlord listens to tenant views and acts upon them",
    "TP07": "Satisfaction that the landlord keeps tenants informed about things that matter",
    "TP08": "Agreement that the landlord treats tenants fairly and with respect",
    "TP09": "Satisfaction with the landlord's approach to handling complaints",
    "TP10": "Satisfaction that the landlord keeps communal areas clean and well maintained",
    "TP11": "Satisfaction that the landlord makes a positive contribution to neighbourhoods",
    "TP12": "Satisfaction with the landlord's approach to handling anti-social behaviour",
}
FILTERS: dict[str, str] = {
    "REPAIR": "Repair in the last 12 months",
    "COMPLAINT": "Complaint in the last 12 months",
    "COMMUNAL": "Lives in a building with communal areas",
}
FILTER_FOR = {"TP02": "REPAIR", "TP03": "REPAIR", "TP09": "COMPLAINT", "TP10": "COMMUNAL"}

SATISFIED = {"very_satisfied", "fairly_satisfied"}
AGREED = {"strongly_agree", "agree"}
SATISFACTION_SCALE = {
    "very_satisfied",
    "fairly_satisfied",
    "neither",
    "fairly_dissatisfied",
    "very_dissatisfied",
}
AGREEMENT_SCALE = {"strongly_agree", "agree", "neither", "disagree", "strongly_disagree"}
EXCLUDED = {"dont_know", "not_applicable"}

_ANSWERS: dict[str, tuple[str, ...]] = {
    "very_satisfied": ("very satisfied",),
    "fairly_satisfied": ("fairly satisfied", "quite satisfied", "satisfied"),
    "neither": (
        "neither satisfied nor dissatisfied",
        "neither",
        "neither agree nor disagree",
        "neutral",
    ),
    "fairly_dissatisfied": ("fairly dissatisfied", "quite dissatisfied", "dissatisfied"),
    "very_dissatisfied": ("very dissatisfied",),
    "strongly_agree": ("strongly agree",),
    "agree": ("agree", "tend to agree"),
    "disagree": ("disagree", "tend to disagree"),
    "strongly_disagree": ("strongly disagree",),
    "dont_know": ("dont know", "do not know", "unsure", "not sure", "dk"),
    "not_applicable": ("not applicable", "n a", "na", "does not apply"),
    "yes": ("yes", "y"),
    "no": ("no", "n"),
}
_ANSWER_LOOKUP = {text: code for code, texts in _ANSWERS.items() for text in texts}


def _plain(text: str) -> str:
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=8192)
def normalise_answer(value: str | None) -> str | None:
    """ "Fairly satisifed", " VERY  satisfied ", "Don’t know" -> stored codes; None if unknown."""
    if value is None:
        return None
    text = _plain(str(value))
    if not text:
        return None
    if text in _ANSWER_LOOKUP:
        return _ANSWER_LOOKUP[text]
    close = get_close_matches(text, list(_ANSWER_LOOKUP), n=1, cutoff=0.82)
    return _ANSWER_LOOKUP[close[0]] if close else None


#: How a survey's numbered answers are read, when its file holds numbers, not words
#: (a contractor's coded data: 1 to 5 in the questionnaire's order, 6 or 9 don't know).
ANSWER_SCALES: dict[str, str] = {
    "first_best": "Numbers: 1 = very satisfied / strongly agree; 1 = yes, 2 = no",
    "last_best": "Numbers: 5 = very satisfied / strongly agree; 1 = yes, 2 = no",
}
_BEST_FIRST = {
    "satisfaction": (
        "very_satisfied",
        "fairly_satisfied",
        "neither",
        "fairly_dissatisfied",
        "very_dissatisfied",
    ),
    "agreement": ("strongly_agree", "agree", "neither", "disagree", "strongly_disagree"),
}


@lru_cache(maxsize=8192)
def understand(value: str | None, code: str | None, scale: str | None = None) -> str | None:
    """What an answer to question ``code`` (TP01 ... or a filter) counts as: its words
    (:func:`normalise_answer`), or, for a survey whose answers are numbered (``scale``),
    its number read on that question's scale."""
    words = normalise_answer(value)
    if words is not None or scale not in ANSWER_SCALES or value is None:
        return words
    text = str(value).strip()
    if not text.isdigit():
        return None
    number = int(text)
    if code in FILTERS:
        return {1: "yes", 2: "no"}.get(number)
    order = _BEST_FIRST["agreement" if code == "TP08" else "satisfaction"]
    if 1 <= number <= 5:
        return order[number - 1] if scale == "first_best" else order[5 - number]
    return "dont_know" if number in (6, 9, 99) else None


def recognise_question(text: str) -> str | None:
    """TP01..TP12 or a filter question (REPAIR, COMPLAINT, COMMUNAL) from its wording,
    whatever landlord name it contains; None when it is another question."""
    t = _plain(text)
    explicit = re.match(r"^(tp ?(\d{1,2}))\b", t)
    if explicit and 1 <= int(explicit.group(2)) <= 12:
        return f"TP{int(explicit.group(2)):02d}"
    asks_satisfaction = "satisf" in t or "agree" in t
    if not asks_satisfaction:
        if t.startswith(("which", "what", "how", "why", "when")) or any(
            p in t for p in ("tick", "select all", "all that apply")
        ):
            return None  # a filter question is asked yes or no, not "which of these"
        recent = any(p in t for p in ("12 months", "twelve months", "last year", "past year"))
        if "repair" in t and recent:
            return "REPAIR"
        if "complain" in t and recent:
            return "COMPLAINT"
        if "communal" in t and ("live in" in t or "do you have" in t or "building" in t):
            return "COMMUNAL"
        return None
    rules = (
        ("TP08", ("fairly and with respect",)),
        ("TP08", ("treats me fairly",)),
        ("TP03", ("time taken",)),
        ("TP02", ("repairs service",)),
        ("TP10", ("communal areas clean",)),
        ("TP10", ("communal", "clean")),
        ("TP12", ("anti social behaviour",)),
        ("TP12", ("antisocial behaviour",)),
        ("TP09", ("complaints handling",)),
        ("TP09", ("approach to complaints",)),
        ("TP09", ("handling complaints",)),
        ("TP11", ("positive contribution",)),
        ("TP06", ("listens", "acts")),
        ("TP07", ("keeps you informed",)),
        ("TP05", ("home that is safe",)),
        ("TP05", ("safe",)),
        ("TP04", ("well maintained",)),
        ("TP01", ("taking everything into account",)),
        ("TP01", ("service provided by",)),
        ("TP01", ("overall", "service")),
    )
    for code, words in rules:
        if all(word in t for word in words):
            return code
    return None


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
REQUIRED_MARGINS: tuple[tuple[int, float], ...] = ((10_000, 0.03), (2_500, 0.04), (0, 0.05))
REQUIREMENTS_SOURCE = (
    "Regulator of Social Housing, Tenant Satisfaction Measures: Tenant Survey "
    "Requirements, Section 2 (sampling approach)"
)


def required_margin(homes: int) -> float:
    """±5 points under 2,500 relevant homes, ±4 from 2,500 to 9,999, ±3 from 10,000."""
    return next(margin for least, margin in REQUIRED_MARGINS if homes >= least)


def sample_needed(homes: int, margin: float | None = None) -> int | None:
    """Responses needed for the required margin (or ``margin``) at 95% confidence, worst
    case p = 0.5, with the finite population correction: n0 / (1 + (n0 - 1) / homes)."""
    if homes <= 0:
        return None
    margin = required_margin(homes) if margin is None else margin
    n0 = 1.96**2 * 0.25 / margin**2
    return math.ceil(n0 / (1 + (n0 - 1) / homes))


@dataclass
class TsmResults:
    survey: str
    period: tuple[date | None, date | None]
    respondents: int
    measures: dict[str, MeasureResult] = field(default_factory=dict)
    homes: int = 0

    @property
    def sample_needed(self) -> int | None:
        return sample_needed(self.homes)


def household_key(person_id: int | None, reference: str | None) -> tuple[str, object] | None:
    """Whose return this is, for one response per household: the tenancy reference (the
    linked person's, else the one typed in the return), else the person; None when
    anonymous."""
    if reference and reference.strip():
        return ("household", "".join(reference.split()).upper())
    return ("person", person_id) if person_id else None


def latest_responses(session: Session, survey_id: int) -> list[int]:
    """One response per household (its latest in the period); anonymous ones all count."""
    survey = session.get(Survey, survey_id)
    assert survey is not None
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
        who = household_key(person_id, ref)
        if who is None:
            anonymous.append(response_id)
            continue
        when = completed or datetime.min
        if who not in chosen or (when, response_id) > chosen[who]:
            chosen[who] = (when, response_id)
    return sorted([rid for _, rid in chosen.values()] + anonymous)


def tsm_results(
    session: Session, survey_name: str, homes: int = 0, response_ids: list[int] | None = None
) -> TsmResults:
    """The measures present in a survey, from the latest response per household."""
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
    answers = coded_answers(session, ids, questions, survey.answer_scale)
    result = TsmResults(
        survey.name, (survey.period_start, survey.period_end), len(ids), homes=homes
    )
    present = sorted(set(questions.values()) & set(MEASURES))
    for code in present:
        scale, good = (
            (AGREEMENT_SCALE, AGREED) if code == "TP08" else (SATISFACTION_SCALE, SATISFIED)
        )
        filter_code = FILTER_FOR.get(code)
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


#: What results can be split by: a field of the linked person's record.
BREAKDOWNS: dict[str, str] = {"area": "Estate / area", "tenure": "Tenure"}
NOT_LINKED = "Not linked to a person"
NOT_RECORDED = "Not recorded"


@dataclass(frozen=True)
class GroupResults:
    """The measures for the respondents of one estate/area or one tenure."""

    group: str
    results: TsmResults


def tsm_results_by(session: Session, survey_name: str, by: str) -> list[GroupResults]:
    """TSM results for each estate/area or tenure of respondents linked to people.

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
    for chunk in range(0, len(ids), 900):
        rows = session.execute(
            select(SurveyResponse.id, SurveyResponse.person_id, value)
            .select_from(SurveyResponse)
            .outerjoin(Person, Person.id == SurveyResponse.person_id)
            .outerjoin(Area, Area.id == Person.area_id)
            .where(SurveyResponse.id.in_(ids[chunk : chunk + 900]))
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
