"""Everything a quarter's Board report prints, read once from the database.

The quarter follows the report year in Settings (April-June is Q1 for an April year);
a quarter still running is reported to date. Counts and money are the shared
definitions of :mod:`services.budget`, so the Board report, the impact assessment and
the Budget page never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.impact.profile import ProfileComparison, compare
from engagement_desktop.services.budget.figures import Summary
from engagement_desktop.services.budget.kpis import Measurer
from engagement_desktop.services.budget.period import (
    Period,
    check_started,
    parse_quarter,
    quarter_period,
    report_period,
    to_date,
)
from engagement_desktop.services.budget.position import BudgetPosition, budget_position
from engagement_desktop.services.budget.targets import KpiLine, board_risks, kpi_lines, targets
from engagement_desktop.services.budget.volunteering import VolunteerHours, volunteer_hours
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import day_text
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Event,
    EventType,
    Group,
    Outcome,
    ReviewRecommendation,
    ScrutinyReview,
)

#: Shown when no targets are set for the year, so the Board still sees the headlines.
HEADLINE_MEASURES = [
    "people_involved",
    "new_people",
    "events_held",
    "attendances",
    "training_taken",
    "outcomes_on_time",
]


@dataclass(frozen=True)
class OutcomeItem:
    raised_on: date
    asked: str
    response: str
    action: str
    due_on: date | None
    completed_on: date | None
    source: str  # the group, or how it came in


@dataclass(frozen=True)
class Recommendation:
    """A scrutiny recommendation and the Board's response to it, as recorded."""

    source: str
    recommendation: str
    response: str
    reason: str


@dataclass(frozen=True)
class PlannedEvent:
    starts_at: datetime
    title: str
    kind: str
    group: str


#: Where scrutiny recommendations come from: each gives (session, quarter) -> items.
#: A scrutiny review's recommendations are "you said, we did" items linked to the review
#: (their response is recorded there); so are those raised by a scrutiny group directly.
ScrutinySource = Callable[[Session, Period], list[Recommendation]]


def recommendations_from_outcomes(session: Session, quarter: Period) -> list[Recommendation]:
    of_review = (
        select(ScrutinyReview.topic)
        .join(ReviewRecommendation, ReviewRecommendation.review_id == ScrutinyReview.id)
        .where(ReviewRecommendation.outcome_id == Outcome.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Group.name, of_review, Outcome.asked, Outcome.response, Outcome.response_reason)
        .outerjoin(Group, Group.id == Outcome.group_id)
        .where(
            or_(
                Outcome.id.in_(select(ReviewRecommendation.outcome_id)),
                (Outcome.kind == "recommendation")
                & or_(Group.category == "scrutiny", Group.name.ilike("%scrutiny%")),
            ),
            Outcome.raised_on >= quarter.start,
            Outcome.raised_on <= quarter.end,
        )
        .order_by(Outcome.raised_on, Outcome.id)
    ).all()
    return [
        Recommendation(
            f"Review: {topic}" if topic else (group or ""),
            asked,
            vocab.OUTCOME_RESPONSES.get(response or "pending", response or ""),
            reason or "",
        )
        for group, topic, asked, response, reason in rows
    ]


SCRUTINY_SOURCES: list[ScrutinySource] = [recommendations_from_outcomes]


@dataclass
class BoardFigures:
    landlord: str
    prepared_by: str
    printed: date
    quarter: Period  # the quarter, cut to today while it runs
    year_to_date: Period  # the report year's start to the quarter's end (or today)
    next_quarter: Period
    kpis: list[KpiLine]
    targets_set: bool
    summary: Summary  # year to date
    quarter_summary: Summary
    budget: BudgetPosition
    profile: list[ProfileComparison]
    threshold: float
    minimum: int
    done: list[OutcomeItem]
    overdue: list[OutcomeItem]
    overdue_count: int
    scrutiny: list[Recommendation]
    risks: str
    hours: VolunteerHours
    hours_quarter: VolunteerHours
    programme: list[PlannedEvent] = field(default_factory=list)
    programme_more: int = 0


def check_in_data(session: Session, quarter: Period, today: date) -> None:
    """Refuse a quarter that has not started, or that ends before anything was recorded."""
    check_started(quarter, today)
    first = session.scalar(select(func.min(Event.starts_at)))
    if first is None:
        raise EngagementError("No events are recorded yet, so there is nothing to report.")
    if quarter.end < first.date():
        raise EngagementError(
            f"{quarter.code} ({quarter.months}) is before the first event recorded "
            f"({day_text(first)}): there is nothing to report for it."
        )


def gather(
    session: Session,
    quarter_code: str,
    *,
    today: date | None = None,
    prepared_by: str = "",
    risks: str | None = None,
) -> BoardFigures:
    today = today or date.today()
    year, number = parse_quarter(quarter_code)
    whole_quarter = quarter_period(session, year, number)
    check_in_data(session, whole_quarter, today)
    quarter = to_date(whole_quarter, today)
    whole_year = report_period(session, year)
    ytd = Period(year, whole_year.start, quarter.end, whole_year.end)
    next_q = quarter_period(session, *((year, number + 1) if number < 4 else (year + 1, 1)))
    measurer = Measurer(session)
    chosen = [t.measure for t in targets(session, year)]
    kpis = kpi_lines(
        session,
        year,
        ytd,
        quarter=(year, number),
        measurer=measurer,
        keys=chosen or HEADLINE_MEASURES,
    )
    threshold = float(get_setting(session, "under_representation_points") or 5)
    minimum = int(get_setting(session, "small_number_minimum") or 5)
    done, overdue, overdue_count = _outcomes(session, quarter)
    programme, more = _programme(session, next_q)
    scrutiny = [item for source in SCRUTINY_SOURCES for item in source(session, quarter)]
    return BoardFigures(
        landlord=str(get_setting(session, "landlord_name") or ""),
        prepared_by=prepared_by,
        printed=today,
        quarter=quarter,
        year_to_date=ytd,
        next_quarter=next_q,
        kpis=kpis,
        targets_set=bool(chosen),
        summary=measurer.summary(ytd),
        quarter_summary=measurer.summary(quarter),
        budget=budget_position(session, year, today=quarter.end),
        profile=compare(session, ytd, threshold=threshold, minimum=minimum),
        threshold=threshold,
        minimum=minimum,
        done=done,
        overdue=overdue,
        overdue_count=overdue_count,
        scrutiny=scrutiny,
        risks=board_risks(session, whole_quarter.code) if risks is None else risks,
        hours=volunteer_hours(session, ytd),
        hours_quarter=volunteer_hours(session, quarter),
        programme=programme,
        programme_more=more,
    )


def _item(o: Outcome, source: str) -> OutcomeItem:
    return OutcomeItem(
        o.raised_on,
        o.asked,
        vocab.OUTCOME_RESPONSES.get(o.response, o.response),
        o.action or "",
        o.due_on,
        o.completed_on,
        source,
    )


def _outcomes(
    session: Session, quarter: Period, shown: int = 6
) -> tuple[list[OutcomeItem], list[OutcomeItem], int]:
    """Items completed in the quarter with what was done (latest first), and items past
    their due date and not done at the quarter's end (oldest first)."""
    names = {gid: name for gid, name in session.execute(select(Group.id, Group.name))}
    done = session.scalars(
        select(Outcome)
        .where(
            Outcome.completed_on >= quarter.start,
            Outcome.completed_on <= quarter.end,
            Outcome.action.is_not(None),
        )
        .order_by(Outcome.completed_on.desc())
        .limit(shown)
    ).all()
    late = (
        (Outcome.due_on < quarter.end)
        & (Outcome.status != "done")
        & (Outcome.raised_on <= quarter.end)
    )
    overdue = session.scalars(
        select(Outcome).where(late).order_by(Outcome.due_on).limit(shown)
    ).all()
    count = session.scalar(select(func.count()).select_from(Outcome).where(late)) or 0

    def source(o: Outcome) -> str:
        return (
            names.get(o.group_id, "")
            if o.group_id
            else vocab.OUTCOME_SOURCES.get(o.source, o.source)
        )

    return (
        [_item(o, source(o)) for o in done],
        [_item(o, source(o)) for o in overdue],
        int(count),
    )


def _programme(session: Session, next_q: Period, shown: int = 15) -> tuple[list[PlannedEvent], int]:
    where = (
        (Event.status == "planned")
        & (Event.starts_at >= next_q.first_moment)
        & (Event.starts_at <= next_q.last_moment)
    )
    rows = session.execute(
        select(Event.starts_at, Event.title, EventType.name, Group.name)
        .join(EventType, EventType.id == Event.event_type_id)
        .outerjoin(Group, Group.id == Event.group_id)
        .where(where)
        .order_by(Event.starts_at)
        .limit(shown)
    ).all()
    total = session.scalar(select(func.count()).select_from(Event).where(where)) or 0
    events = [PlannedEvent(s, t, k, g or "") for s, t, k, g in rows]
    return events, max(0, int(total) - len(events))
