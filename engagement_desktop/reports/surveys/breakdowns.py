"""Satisfaction broken down by who answered: involved members against everyone else,
households with children, age band, tenure, estate/area and survey method.

The question behind it is the one Wheatley and B3Living ask: do the customers we
involve feel they can take part more than everyone else does? Each group is counted
exactly as the whole survey is (latest return per household, the same base rules),
and the groups' bases for each measure go through the same small-number suppression
as the impact report (:func:`reports.common.disclosure.hidden_cells`): a group of
fewer than the landlord's minimum is not shown, nor the next smallest when that alone
would let it be worked out from the total.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, NotFound
from engagement_desktop.reports.common.disclosure import MINIMUM, hidden_cells
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.people.base_profile import age_band
from engagement_desktop.services.surveys.results import (
    NOT_LINKED,
    NOT_RECORDED,
    TsmResults,
    latest_responses,
    tsm_results,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Area,
    EqualityProfile,
    Membership,
    Person,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)

#: What results can be broken down by, with the heading shown to the officer.
DIMENSIONS: dict[str, str] = {
    "involvement": "Involvement",
    "children": "Household with children",
    "age_band": "Age band",
    "tenure": "Tenure",
    "area": "Estate / area",
    "method": "Survey method",
}
INVOLVED = "Involved members"
EVERYONE_ELSE = "Everyone else"
WITH_CHILDREN, WITHOUT_CHILDREN = "Children in the household", "No children in the household"
#: Headings of a return's own "how did you answer" column, when the survey mixed methods.
METHOD_HEADINGS = frozenset({"method", "survey method", "interview method", "mode", "channel"})

Results = Callable[[Session, str, list[int]], TsmResults]


def _tsm(session: Session, survey_name: str, ids: list[int]) -> TsmResults:
    return tsm_results(session, survey_name, response_ids=ids)


@dataclass(frozen=True)
class BreakdownCell:
    """One measure for one group; counts and percentage are None when suppressed."""

    group: str
    satisfied: int | None
    base: int | None
    percent: float | None
    hidden: bool


@dataclass
class Breakdown:
    """Every measure of one survey for each group of respondents."""

    survey: str
    by: str
    groups: list[str]
    respondents: dict[str, int]
    measures: dict[str, list[BreakdownCell]] = field(default_factory=dict)
    minimum: int = MINIMUM

    def as_dict(self) -> dict[str, object]:
        return {
            "survey": self.survey,
            "by": self.by,
            "small_number_minimum": self.minimum,
            "groups": self.groups,
            "measures": {
                code: {
                    cell.group: {
                        "satisfied": cell.satisfied,
                        "base": cell.base,
                        "percent": cell.percent,
                        "suppressed": cell.hidden,
                    }
                    for cell in cells
                }
                for code, cells in self.measures.items()
            },
        }


def survey_breakdown(
    session: Session,
    survey_name: str,
    by: str,
    minimum: int | None = None,
    results: Results = _tsm,
) -> Breakdown:
    """Each measure of a survey for each group of ``by``, small groups suppressed.

    The groups add up to the whole survey (unlinked returns and unknown values form
    their own groups, last). ``results(session, survey, response ids)`` counts one group;
    it is the measure set's own counting.
    """
    if by not in DIMENSIONS:
        raise EngagementError(
            f"Results can be broken down by {', '.join(DIMENSIONS)}; '{by}' is not one of them."
        )
    survey = session.scalar(select(Survey).where(Survey.name == survey_name))
    if survey is None:
        raise NotFound(f"There is no survey called '{survey_name}'.")
    if minimum is None:
        minimum = int(get_setting(session, "small_number_minimum") or MINIMUM)
    ids = latest_responses(session, survey.id)
    groups = group_responses(session, survey, ids, by)
    order = _ordered(groups, by)
    counted = {label: results(session, survey.name, sorted(groups[label])) for label in order}
    breakdown = Breakdown(
        survey.name, by, order, {g: len(groups[g]) for g in order}, minimum=minimum
    )
    codes = sorted({code for r in counted.values() for code in r.measures}, key=_code_order)
    for code in codes:
        found = [counted[g].measures.get(code) for g in order]
        bases = [m.base if m else 0 for m in found]
        hidden = hidden_cells(bases, minimum)
        breakdown.measures[code] = [
            BreakdownCell(g, None, None, None, True)
            if hide
            else BreakdownCell(g, m.satisfied if m else 0, base, m.percent if m else None, False)
            for g, m, base, hide in zip(order, found, bases, hidden, strict=True)
        ]
    return breakdown


def _code_order(code: str) -> tuple[str, int, str]:
    """TP02 before TP10, I5 before I12."""
    head = code.rstrip("0123456789")
    tail = code[len(head) :]
    return (head, int(tail) if tail else 0, code)


def group_responses(
    session: Session, survey: Survey, ids: Sequence[int], by: str
) -> dict[str, list[int]]:
    """Which group each response falls in."""
    start = survey.period_start or date.min
    end = survey.period_end or date.max
    people = _people(session, ids)
    if by == "involvement":
        members = _members(session, [p for p, _ in people.values() if p], start, end)
    elif by == "children":
        children = _children(session, [p for p, _ in people.values() if p])
    elif by == "method":
        methods = _answered_methods(session, survey, ids)
    groups: dict[str, list[int]] = {}
    for response_id in ids:
        person_id, person = people[response_id]
        label: str | None
        if by == "method":
            label = methods.get(response_id) or vocab.SURVEY_METHODS.get(
                survey.method or "", survey.method or NOT_RECORDED
            )
        elif person_id is None:
            label = NOT_LINKED
        elif by == "involvement":
            label = INVOLVED if person_id in members else EVERYONE_ELSE
        elif by == "children":
            label = children.get(person_id)
        elif by == "age_band":
            band = age_band(person[0], end if end != date.max else date.today())
            label = vocab.EQUALITY_QUESTIONS["age_band"].get(band, band) if band else None
        elif by == "tenure":
            label = vocab.TENURES.get(person[1], person[1]) if person[1] else None
        else:
            label = person[2]
        groups.setdefault(label or NOT_RECORDED, []).append(response_id)
    return groups


def _ordered(groups: dict[str, list[int]], by: str) -> list[str]:
    last = (NOT_RECORDED, NOT_LINKED)
    first = {
        "involvement": [INVOLVED, EVERYONE_ELSE],
        "children": [WITH_CHILDREN, WITHOUT_CHILDREN],
    }.get(by, [])
    middle = [g for g in groups if g not in last and g not in first]
    key = (lambda g: g) if by == "age_band" else str.casefold
    order = [g for g in first if g in groups] + sorted(middle, key=key)
    return order + [g for g in last if g in groups]


def _people(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[int | None, tuple[date | None, str | None, str | None]]]:
    found: dict[int, tuple[int | None, tuple[date | None, str | None, str | None]]] = {}
    for chunk in id_chunks(ids):
        rows = session.execute(
            select(
                SurveyResponse.id,
                SurveyResponse.person_id,
                Person.date_of_birth,
                Person.tenure,
                Area.name,
            )
            .select_from(SurveyResponse)
            .outerjoin(Person, Person.id == SurveyResponse.person_id)
            .outerjoin(Area, Area.id == Person.area_id)
            .where(SurveyResponse.id.in_(chunk))
        )
        for response_id, person_id, born, tenure, area in rows:
            found[response_id] = (person_id, (born, tenure, area))
    return found


def _members(session: Session, person_ids: Sequence[int], start: date, end: date) -> set[int]:
    """People on any group's roll at some time during the fieldwork."""
    members: set[int] = set()
    until = func.coalesce(Membership.left_on, Membership.term_end)
    for chunk in id_chunks(person_ids):
        members.update(
            session.scalars(
                select(Membership.person_id).where(
                    Membership.person_id.in_(chunk),
                    Membership.term_start <= end,
                    (until.is_(None)) | (until >= start),
                )
            )
        )
    return members


def _children(session: Session, person_ids: Sequence[int]) -> dict[int, str]:
    """From equality monitoring; a written objection keeps the person out of it."""
    known: dict[int, str] = {}
    for chunk in id_chunks(person_ids):
        rows = session.execute(
            select(EqualityProfile.person_id, EqualityProfile.children_in_household).where(
                EqualityProfile.person_id.in_(chunk),
                EqualityProfile.written_objection.is_(False),
            )
        )
        for person_id, answer in rows:
            if answer in ("yes", "no"):
                known[person_id] = WITH_CHILDREN if answer == "yes" else WITHOUT_CHILDREN
    return known


def _answered_methods(session: Session, survey: Survey, ids: Sequence[int]) -> dict[int, str]:
    """A return's own method column, where the survey mixed methods and recorded it."""
    question = session.scalar(
        select(SurveyQuestion.id).where(
            SurveyQuestion.survey_id == survey.id,
            func.lower(SurveyQuestion.text).in_(METHOD_HEADINGS),
        )
    )
    if question is None:
        return {}
    methods: dict[int, str] = {}
    for chunk in id_chunks(ids):
        for response_id, answers in session.execute(
            select(SurveyResponse.id, SurveyResponse.answers).where(SurveyResponse.id.in_(chunk))
        ):
            said = (answers or {}).get(str(question))
            if said and said.strip():
                tidy = said.strip().lower().replace(" ", "_").replace("-", "_")
                methods[response_id] = vocab.SURVEY_METHODS.get(tidy, said.strip())
    return methods
