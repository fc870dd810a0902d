"""Estate inspections and mystery shopping: checklists the officer defines (questions
scored 0 to the template's top score), visits to a place scored against one, the
customers who inspected (linked to the visit's event, where their attendance and
points are kept), and the trend of a place's score over visits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import choice, get_or_404, required_text
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Attendance,
    Event,
    InspectionQuestion,
    InspectionScore,
    InspectionTemplate,
    InspectionVisit,
    Person,
    VisitInspector,
)


def add_template(
    store: Store, name: str, kind: str, scale_max: int, questions: Sequence[str]
) -> int:
    """A new checklist; its questions are fixed once made (scores over time compare)."""
    errors: dict[str, str] = {}
    try:
        name = required_text(name, 120)
    except ValueError as exc:
        errors["name"] = str(exc)
    try:
        kind = choice(kind, vocab.INSPECTION_KINDS)
    except ValueError as exc:
        errors["kind"] = str(exc)
    if not isinstance(scale_max, int) or not 1 <= scale_max <= 10:
        errors["scale_max"] = "must be a whole number from 1 to 10"
    texts = [" ".join(q.split()) for q in questions if q.strip()]
    if not texts:
        errors["questions"] = "give at least one question"
    elif any(len(q) > 300 for q in texts):
        errors["questions"] = "a question is longer than 300 characters"
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        if session.scalar(select(InspectionTemplate.id).where(InspectionTemplate.name == name)):
            raise ValidationError({"name": f"a checklist called {name} exists already"})
        template = InspectionTemplate(name=name, kind=kind, scale_max=scale_max)
        session.add(template)
        session.flush()
        session.add_all(
            InspectionQuestion(template_id=template.id, position=n, text=text)
            for n, text in enumerate(texts, start=1)
        )
        audit.record(
            session,
            store.actor,
            "inspection.template",
            "inspection_templates",
            template.id,
            {"name": [None, name], "questions": [None, len(texts)]},
            record_uuid=template.uuid,
            summary=f"Checklist #{template.id} made with {len(texts)} questions",
        )
        return template.id


@dataclass(frozen=True)
class NewVisit:
    """A visit as typed in: ``scores`` maps question id to a score (None: not seen)."""

    template_id: int
    place: str
    visited_on: date
    scores: Mapping[int, int | None]
    inspector_ids: Sequence[int] = ()
    event_id: int | None = None
    notes: str = ""
    photos: str = ""
    comments: Mapping[int, str] | None = None


def record_visit(store: Store, visit: NewVisit) -> int:
    """One visit's scores, all or nothing: a score outside the scale writes nothing."""
    try:
        place = required_text(visit.place, 120)
    except ValueError as exc:
        raise ValidationError({"place": str(exc)}) from None
    if visit.visited_on > date.today():
        raise ValidationError({"visited_on": "is in the future"})
    if why := day_problem(visit.visited_on, done=True):  # a visit in the year 1 is a slip
        raise ValidationError({"visited_on": why})
    with store.transaction() as session:
        template = get_or_404(session, InspectionTemplate, visit.template_id, "checklist")
        questions = {
            q.id: q.position
            for q in session.scalars(
                select(InspectionQuestion).where(InspectionQuestion.template_id == template.id)
            )
        }
        _check_scores(template, questions, visit.scores)
        if visit.event_id is not None:
            get_or_404(session, Event, visit.event_id, "event")
        inspectors = list(dict.fromkeys(visit.inspector_ids))
        if visit.event_id is not None and not inspectors:
            # The inspectors are whoever was there: their attendance (and points) is the event's.
            inspectors = list(
                session.scalars(
                    select(Attendance.person_id).where(
                        Attendance.event_id == visit.event_id,
                        Attendance.status.in_(sorted(vocab.PRESENT_STATUSES)),
                    )
                )
            )
        found = set(session.scalars(select(Person.id).where(Person.id.in_(inspectors))))
        if set(inspectors) - found:
            missing = min(set(inspectors) - found)
            raise EngagementError(f"There is no person with id {missing}: nothing was saved.")
        row = InspectionVisit(
            template_id=template.id,
            place=place,
            visited_on=visit.visited_on,
            event_id=visit.event_id,
            notes=visit.notes.strip(),
            photos=visit.photos.strip(),
        )
        session.add(row)
        session.flush()
        comments = visit.comments or {}
        session.add_all(
            InspectionScore(
                visit_id=row.id,
                question_id=qid,
                score=visit.scores.get(qid),
                comment=(comments.get(qid) or "").strip()[:300],
            )
            for qid in questions
        )
        session.add_all(VisitInspector(visit_id=row.id, person_id=pid) for pid in inspectors)
        audit.record(
            session,
            store.actor,
            "inspection.visit",
            "inspection_visits",
            row.id,
            {"place": [None, place], "visited_on": [None, visit.visited_on.isoformat()]},
            record_uuid=row.uuid,
            summary=f"{template.name} at {place} recorded with {len(inspectors)} inspectors",
        )
        return row.id


def _check_scores(
    template: InspectionTemplate, questions: Mapping[int, int], scores: Mapping[int, int | None]
) -> None:
    strangers = sorted(set(scores) - set(questions))
    if strangers:
        raise EngagementError(
            f"Question #{strangers[0]} is not on the checklist {template.name}: nothing was saved."
        )
    for qid, score in sorted(scores.items(), key=lambda item: questions[item[0]]):
        if score is None:
            continue
        if not isinstance(score, int) or not 0 <= score <= template.scale_max:
            raise ValidationError(
                {
                    "scores": f"question {questions[qid]} scored {score}, but the scale is "
                    f"0 to {template.scale_max}; nothing was saved"
                }
            )
    if all(scores.get(qid) is None for qid in questions):
        raise ValidationError({"scores": "score at least one question"})


def visit_percent(session: Session, visit_id: int) -> float | None:
    """The visit's score as a share of the most it could have scored on what was seen."""
    return visit_percents(session, [visit_id]).get(visit_id)


def visit_percents(session: Session, visit_ids: Sequence[int]) -> dict[int, float]:
    rows = session.execute(
        select(InspectionScore.visit_id, InspectionScore.score, InspectionTemplate.scale_max)
        .join(InspectionVisit, InspectionVisit.id == InspectionScore.visit_id)
        .join(InspectionTemplate, InspectionTemplate.id == InspectionVisit.template_id)
        .where(InspectionScore.visit_id.in_(list(visit_ids)), InspectionScore.score.is_not(None))
    )
    got: dict[int, list[int]] = {}
    for visit_id, score, top in rows:
        pair = got.setdefault(visit_id, [0, 0])
        pair[0] += score or 0
        pair[1] += top
    return {vid: round(100 * a / b, 1) for vid, (a, b) in got.items() if b}
