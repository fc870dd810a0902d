"""Reading reviews, consultations and inspections for the window, the command line
and the end-of-review report: plain data, a few queries each."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.common.wording import day_text
from engagement_desktop.services.reviews.inspections import visit_percents
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Consultation,
    ConsultationPerson,
    Group,
    InspectionQuestion,
    InspectionScore,
    InspectionTemplate,
    InspectionVisit,
    Outcome,
    Person,
    ReviewEvidence,
    ReviewMember,
    ReviewRecommendation,
    ScrutinyReview,
    VisitInspector,
)


def person_name(person: Person) -> str:
    return " ".join(
        part for part in (person.known_as or person.first_name, person.last_name) if part
    )


@dataclass(frozen=True)
class ReviewLine:
    review_id: int
    topic: str
    group: str
    stage: str  # the label
    started_on: date
    stage_due_on: date | None
    completed_on: date | None
    recommendations: int
    accepted: int
    implemented: int


def review_lines(session: Session) -> list[ReviewLine]:
    """Every review, newest first, with its recommendations counted."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    rows = session.execute(
        select(ReviewRecommendation.review_id, Outcome.response, Outcome.status).join(
            Outcome, Outcome.id == ReviewRecommendation.outcome_id
        )
    )
    for review_id, response, status in rows:
        tally = counts[review_id]
        tally[0] += 1
        agreed = response in ("accepted", "partly")
        tally[1] += agreed
        tally[2] += agreed and status == "done"  # implemented: a declined one is closed, not done
    groups = dict(session.execute(select(Group.id, Group.name)).all())
    reviews = session.scalars(
        select(ScrutinyReview).order_by(ScrutinyReview.started_on.desc(), ScrutinyReview.id.desc())
    )
    return [
        ReviewLine(
            r.id,
            r.topic,
            groups.get(r.group_id, "") if r.group_id else "",
            vocab.REVIEW_STAGES.get(r.stage, r.stage),
            r.started_on,
            r.stage_due_on,
            r.completed_on,
            *counts[r.id],
        )
        for r in reviews
    ]


@dataclass(frozen=True)
class Recommendation:
    outcome_id: int
    number: int
    text: str
    response: str  # the label
    responded_by: str  # the label, or ""
    reason: str
    action: str
    owner: str
    due_on: date | None
    status: str  # the label
    completed_on: date | None
    reported_back_on: date | None


def progress_text(r: Recommendation, today: date | None = None) -> str:
    """Where a recommendation's action stands; a declined one is closed, not done."""
    today = today or date.today()
    if r.response == vocab.OUTCOME_RESPONSES["declined"]:
        return "Closed: declined"
    if r.completed_on:
        return f"Done on {day_text(r.completed_on)}"
    if r.due_on and r.due_on < today:
        return f"{r.status}: overdue"
    return r.status


@dataclass(frozen=True)
class Evidence:
    kind: str
    title: str
    gathered_on: date
    note: str


@dataclass
class ReviewDetail:
    review_id: int
    topic: str
    scope: str
    group: str
    stage: str
    stage_key: str
    started_on: date
    stage_due_on: date | None
    follow_up_on: date | None
    completed_on: date | None
    findings: str
    lead: str = ""
    team: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


def review_detail(session: Session, review_id: int) -> ReviewDetail:
    review = get_or_404(session, ScrutinyReview, review_id, "scrutiny review")
    group = session.get(Group, review.group_id) if review.group_id else None
    detail = ReviewDetail(
        review.id,
        review.topic,
        review.scope,
        group.name if group else "",
        vocab.REVIEW_STAGES.get(review.stage, review.stage),
        review.stage,
        review.started_on,
        review.stage_due_on,
        review.follow_up_on,
        review.completed_on,
        review.findings,
    )
    members = session.execute(
        select(ReviewMember.role, Person)
        .join(Person, Person.id == ReviewMember.person_id)
        .where(ReviewMember.review_id == review_id)
        .order_by(Person.name_sort_key)
    )
    for role, person in members:
        if role == "lead":
            detail.lead = person_name(person)
        else:
            detail.team.append(person_name(person))
    detail.evidence = [
        Evidence(vocab.REVIEW_EVIDENCE_KINDS.get(e.kind, e.kind), e.title, e.gathered_on, e.note)
        for e in session.scalars(
            select(ReviewEvidence)
            .where(ReviewEvidence.review_id == review_id)
            .order_by(ReviewEvidence.gathered_on, ReviewEvidence.id)
        )
    ]
    rows = session.execute(
        select(ReviewRecommendation, Outcome)
        .join(Outcome, Outcome.id == ReviewRecommendation.outcome_id)
        .where(ReviewRecommendation.review_id == review_id)
        .order_by(ReviewRecommendation.number)
    )
    detail.recommendations = [
        Recommendation(
            o.id,
            link.number,
            o.asked,
            vocab.OUTCOME_RESPONSES.get(o.response, o.response),
            vocab.REVIEW_RESPONDERS.get(link.responded_by or "", ""),
            o.response_reason or "",
            o.action or "",
            o.owner or "",
            o.due_on,
            vocab.OUTCOME_STATUSES.get(o.status, o.status),
            o.completed_on,
            o.reported_back_on if o.reported_back else None,
        )
        for link, o in rows
    ]
    return detail


@dataclass(frozen=True)
class ConsultationLine:
    consultation_id: int
    policy: str
    opens_on: date
    closes_on: date
    committee_on: date | None
    asked: int
    responded: int
    changes_made: str
    feedback_sent_on: date | None


def consultation_lines(session: Session) -> list[ConsultationLine]:
    counts = {
        cid: (asked, answered or 0)
        for cid, asked, answered in session.execute(
            select(
                ConsultationPerson.consultation_id,
                func.count(),
                func.count(ConsultationPerson.responded_on),
            ).group_by(ConsultationPerson.consultation_id)
        )
    }
    return [
        ConsultationLine(
            c.id,
            c.policy,
            c.opens_on,
            c.closes_on,
            c.committee_on,
            *counts.get(c.id, (0, 0)),
            c.changes_made,
            c.feedback_sent_on,
        )
        for c in session.scalars(
            select(Consultation).order_by(Consultation.opens_on.desc(), Consultation.id.desc())
        )
    ]


@dataclass(frozen=True)
class VisitLine:
    visit_id: int
    checklist: str
    kind: str
    place: str
    visited_on: date
    percent: float | None
    inspectors: int


def visit_lines(session: Session, template_id: int | None = None) -> list[VisitLine]:
    query = (
        select(InspectionVisit, InspectionTemplate)
        .join(InspectionTemplate, InspectionTemplate.id == InspectionVisit.template_id)
        .order_by(InspectionVisit.visited_on.desc(), InspectionVisit.id.desc())
    )
    if template_id is not None:
        query = query.where(InspectionVisit.template_id == template_id)
    pairs = list(session.execute(query).all())
    ids = [v.id for v, _t in pairs]
    percents = visit_percents(session, ids)
    inspectors = dict(
        session.execute(
            select(VisitInspector.visit_id, func.count())
            .where(VisitInspector.visit_id.in_(ids))
            .group_by(VisitInspector.visit_id)
        ).all()
    )
    return [
        VisitLine(
            v.id,
            t.name,
            vocab.INSPECTION_KINDS.get(t.kind, t.kind),
            v.place,
            v.visited_on,
            percents.get(v.id),
            inspectors.get(v.id, 0),
        )
        for v, t in pairs
    ]


@dataclass(frozen=True)
class Trend:
    """Places down, visit months across: each cell the visit's score in per cent."""

    checklist: str
    periods: list[str]
    rows: list[tuple[str, list[float | None]]]


def _month_key(day: date) -> str:
    """ "2025-05", sortable, with the year in four figures (%Y gives "1-01" for the year 1)."""
    return f"{day.year:04d}-{day.month:02d}"


def trend(session: Session, template_id: int) -> Trend:
    """A checklist's scores per place over time (by month; the latest visit in a month)."""
    template = get_or_404(session, InspectionTemplate, template_id, "checklist")
    lines = sorted(visit_lines(session, template_id), key=lambda v: (v.visited_on, v.visit_id))
    periods = sorted({_month_key(v.visited_on) for v in lines})
    cells: dict[str, dict[str, float | None]] = defaultdict(dict)
    for v in lines:
        cells[v.place][_month_key(v.visited_on)] = v.percent
    rows = [(place, [cells[place].get(p) for p in periods]) for place in sorted(cells)]
    return Trend(template.name, periods, rows)


def template_choices(session: Session) -> list[tuple[int, str, int]]:
    """(id, name, top score) of each checklist in use."""
    return list(
        session.execute(
            select(InspectionTemplate.id, InspectionTemplate.name, InspectionTemplate.scale_max)
            .where(InspectionTemplate.archived.is_(False))
            .order_by(InspectionTemplate.name)
        ).all()
    )


def template_questions(session: Session, template_id: int) -> list[tuple[int, int, str]]:
    """(id, number, text) of a checklist's questions in order."""
    return list(
        session.execute(
            select(InspectionQuestion.id, InspectionQuestion.position, InspectionQuestion.text)
            .where(InspectionQuestion.template_id == template_id)
            .order_by(InspectionQuestion.position)
        ).all()
    )


def visit_scores(session: Session, visit_id: int) -> list[tuple[int, str, int | None, str]]:
    """(number, question, score, comment) of one visit."""
    return list(
        session.execute(
            select(
                InspectionQuestion.position,
                InspectionQuestion.text,
                InspectionScore.score,
                InspectionScore.comment,
            )
            .join(InspectionQuestion, InspectionQuestion.id == InspectionScore.question_id)
            .where(InspectionScore.visit_id == visit_id)
            .order_by(InspectionQuestion.position)
        ).all()
    )


#: How far ahead the Home page looks for a review stage or a consultation closing.
DUE_DAYS = 14


def due_items(session: Session, today: date, days: int = DUE_DAYS) -> list[tuple[date, str]]:
    """(date, what) due within ``days`` or past: a review stage ending, a follow-up
    review, a consultation closing, feedback not yet sent after committee; soonest first.
    (A recommendation's action past its date is in the register's overdue list.)"""
    until = today + timedelta(days=days)
    found: list[tuple[date | None, str]] = []  # never None, by the queries
    live = ScrutinyReview.stage != "complete"
    for topic, stage, due in session.execute(
        select(ScrutinyReview.topic, ScrutinyReview.stage, ScrutinyReview.stage_due_on).where(
            live, ScrutinyReview.stage_due_on.is_not(None), ScrutinyReview.stage_due_on <= until
        )
    ):
        label = vocab.REVIEW_STAGES.get(stage, stage).lower()
        found.append((due, f"Scrutiny review “{topic}”: {label} due"))
    for topic, due in session.execute(
        select(ScrutinyReview.topic, ScrutinyReview.follow_up_on).where(
            ScrutinyReview.follow_up_on.is_not(None),
            ScrutinyReview.follow_up_on >= today,
            ScrutinyReview.follow_up_on <= until,
        )
    ):
        found.append((due, f"Follow-up review of “{topic}”"))
    for policy, closes in session.execute(
        select(Consultation.policy, Consultation.closes_on).where(
            Consultation.closes_on >= today, Consultation.closes_on <= until
        )
    ):
        found.append((closes, f"Consultation on {policy} closes"))
    for policy, committee in session.execute(
        select(Consultation.policy, Consultation.committee_on).where(
            Consultation.committee_on.is_not(None),
            Consultation.committee_on < today,
            Consultation.feedback_sent_on.is_(None),
        )
    ):
        found.append((committee, f"Feedback on {policy} not yet sent to customers"))
    return sorted((day, what) for day, what in found if day is not None)
