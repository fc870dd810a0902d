"""What the Surveys page and the import wizard read about surveys (read only).

A survey's questions with their TSM codes and how many answered each, its
responses with the person each is linked to (or none: anonymous), and the
choices offered when importing more returns into an existing survey.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound
from engagement_desktop.services.surveys.answers import answer_counts
from engagement_desktop.services.surveys.measure_sets import shipped_sets
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Person,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)


@dataclass(frozen=True)
class SurveyChoice:
    """An existing survey the wizard can add returns to."""

    id: int
    name: str
    period_start: date | None
    period_end: date | None
    method: str | None
    responses: int
    answer_scale: str | None = None


@dataclass(frozen=True)
class QuestionLine:
    id: int
    position: int
    code: str | None
    text: str
    answers: int  # non-blank answers
    not_understood: int  # answers to a TSM question the measure cannot count


@dataclass
class SurveyDetails:
    id: int
    name: str
    period_start: date | None
    period_end: date | None
    method: str | None
    responses: int
    linked: int
    first_completed: datetime | None
    last_completed: datetime | None
    questions: list[QuestionLine] = field(default_factory=list)
    answer_scale: str | None = None

    @property
    def method_label(self) -> str:
        return vocab.SURVEY_METHODS.get(self.method or "", "") if self.method else ""

    @property
    def tsm_codes(self) -> list[str]:
        return [q.code for q in self.questions if q.code and q.code.startswith("TP")]


@dataclass(frozen=True)
class ResponseLine:
    id: int
    person_id: int | None
    person: str | None  # None: anonymous (or not matched to anyone on file)
    reference: str | None  # as typed in the return
    completed_at: datetime | None


def survey_choices(session: Session) -> list[SurveyChoice]:
    """Every survey, latest period first, with its number of responses."""
    count = (
        select(func.count(SurveyResponse.id))
        .where(SurveyResponse.survey_id == Survey.id)
        .correlate(Survey)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Survey.id,
            Survey.name,
            Survey.period_start,
            Survey.period_end,
            Survey.method,
            count,
            Survey.answer_scale,
        ).order_by(Survey.period_start.desc().nulls_last(), Survey.name)
    )
    return [SurveyChoice(*row) for row in rows]


def tsm_surveys(session: Session) -> list[str]:
    """Surveys asking at least one measure of any set, newest first (the report's choices)."""
    codes = [code for one in shipped_sets().values() for code in one.measures]
    return list(
        session.scalars(
            select(Survey.name)
            .where(
                Survey.id.in_(
                    select(SurveyQuestion.survey_id).where(SurveyQuestion.code.in_(codes))
                )
            )
            .order_by(Survey.period_end.desc().nulls_last(), Survey.name)
        )
    )


def survey_details(session: Session, survey_id: int) -> SurveyDetails:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise NotFound(f"There is no survey with id {survey_id}.")
    responses, linked, first, last = session.execute(
        select(
            func.count(SurveyResponse.id),
            func.count(SurveyResponse.person_id),
            func.min(SurveyResponse.completed_at),
            func.max(SurveyResponse.completed_at),
        ).where(SurveyResponse.survey_id == survey_id)
    ).one()
    coded: dict[int, str] = {
        question_id: code
        for question_id, code in session.execute(
            select(SurveyQuestion.id, SurveyQuestion.code).where(
                SurveyQuestion.survey_id == survey_id, SurveyQuestion.code.is_not(None)
            )
        )
        if code
    }
    counts = answer_counts(session, survey_id, coded, survey.answer_scale)
    questions = [
        QuestionLine(q.id, q.position, q.code, q.text, *counts.get(q.id, (0, 0)))
        for q in session.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.survey_id == survey_id)
            .order_by(SurveyQuestion.position)
        )
    ]
    return SurveyDetails(
        survey.id,
        survey.name,
        survey.period_start,
        survey.period_end,
        survey.method,
        responses,
        linked,
        first,
        last,
        questions,
        survey.answer_scale,
    )


def survey_responses(session: Session, survey_id: int) -> list[ResponseLine]:
    """All the survey's responses, latest first; a linked person is named."""
    rows = session.execute(
        select(
            SurveyResponse.id,
            SurveyResponse.person_id,
            Person.first_name,
            Person.last_name,
            SurveyResponse.respondent_ref,
            SurveyResponse.completed_at,
        )
        .outerjoin(Person, Person.id == SurveyResponse.person_id)
        .where(SurveyResponse.survey_id == survey_id)
        .order_by(SurveyResponse.completed_at.desc().nulls_last(), SurveyResponse.id.desc())
    )
    return [
        ResponseLine(
            response_id,
            person_id,
            # "O'Neill, Zoë", as every list names people
            ", ".join(part for part in (last, first) if part) if person_id else None,
            ref,
            completed,
        )
        for response_id, person_id, first, last, ref, completed in rows
    ]
