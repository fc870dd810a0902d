"""Customers in control, as the impact assessment and the Board's measures count it:
scrutiny reviews completed, their recommendations made, accepted and implemented,
policies consulted on and the people who answered, inspections and their average
score. Defined once here; the impact assessment and ``kpis`` read them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.period import Period
from engagement_desktop.store.models import (
    Consultation,
    ConsultationPerson,
    InspectionVisit,
    Outcome,
    ReviewRecommendation,
    ScrutinyReview,
)


@dataclass(frozen=True)
class ControlFigures:
    reviews_completed: int
    recommendations_made: int  # by scrutiny reviews, raised in the period
    recommendations_accepted: int  # of those, accepted in whole or part
    recommendations_implemented: int  # of those accepted, done
    consultations: int  # closing in the period
    consulted: int  # people asked about them
    consultation_answers: int
    inspections: int  # visits (estate inspections and mystery shops)
    inspection_average: float | None  # per cent, over the visits' scores


def reviews_completed(session: Session, period: Period) -> int:
    """Scrutiny reviews completed in the period (by their completion date)."""
    return int(
        session.scalar(
            select(func.count()).where(
                ScrutinyReview.completed_on >= period.start,
                ScrutinyReview.completed_on <= period.end,
            )
        )
        or 0
    )


def control_figures(session: Session, period: Period) -> ControlFigures:
    from engagement_desktop.services.reviews.inspections import visit_percents

    rows = session.execute(
        select(Outcome.response, Outcome.status)
        .join(ReviewRecommendation, ReviewRecommendation.outcome_id == Outcome.id)
        .where(Outcome.raised_on >= period.start, Outcome.raised_on <= period.end)
    ).all()
    agreed = [status for response, status in rows if response in ("accepted", "partly")]
    closing = (Consultation.closes_on >= period.start, Consultation.closes_on <= period.end)
    asked = session.execute(
        select(func.count(), func.count(ConsultationPerson.responded_on))
        .join(Consultation, Consultation.id == ConsultationPerson.consultation_id)
        .where(*closing)
    ).one()
    visits = list(
        session.scalars(
            select(InspectionVisit.id).where(
                InspectionVisit.visited_on >= period.start,
                InspectionVisit.visited_on <= period.end,
            )
        )
    )
    percents = list(visit_percents(session, visits).values()) if visits else []
    return ControlFigures(
        reviews_completed(session, period),
        len(rows),
        len(agreed),
        agreed.count("done"),
        int(session.scalar(select(func.count()).select_from(Consultation).where(*closing)) or 0),
        int(asked[0] or 0),
        int(asked[1] or 0),
        len(visits),
        round(sum(percents) / len(percents), 1) if percents else None,
    )
