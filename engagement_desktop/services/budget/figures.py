"""Every figure of the impact assessment except the profile comparison and the "you said,
we did" log, each one SQL query over the store, computed for a period. Pure reading, no
rendering.

Each figure has one definition, used wherever it is printed: training "taken" is a
place completed or attended (the summary and the training table count the same
places); a cost belongs to the year it was incurred (event date, claim date, course
taken), and a reward scheme year's conversion to the report year in which that scheme
year ends, whatever day the year-end run was made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select, union
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.common.settings import get_setting, year_starting
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Attendance,
    Course,
    Event,
    EventCost,
    Expense,
    Membership,
    Outcome,
    Person,
    RewardPayout,
    Survey,
    SurveyResponse,
    TrainingRecord,
)

PRESENT = sorted(vocab.PRESENT_STATUSES)
#: A training place "taken": the person completed the course or attended the session.
TAKEN = ("completed", "attended")


def _held(period: Period) -> Any:
    return and_(
        Event.status == "held",
        Event.starts_at >= period.first_moment,
        Event.starts_at <= period.last_moment,
    )


def present_at_held(period: Period) -> Any:
    """Attendance marks of someone present at an event held in the period. Asked as
    "event in (the period's held events)" rather than a join, so SQLite starts from the
    period's events and reads their registers from the (event, status, person) index;
    with a join it chose the status index and visited every "attended" mark ever made."""
    return and_(
        Attendance.event_id.in_(select(Event.id).where(_held(period))),
        Attendance.status.in_(PRESENT),
    )


def involved_people(period: Period) -> Any:
    """People who came to a held event, or sat on a group, at any time in the period."""
    came = select(Attendance.person_id).where(present_at_held(period))
    sat = select(Membership.person_id).where(
        Membership.term_start <= period.end,
        or_(Membership.term_end.is_(None), Membership.term_end >= period.start),
        or_(Membership.left_on.is_(None), Membership.left_on >= period.start),
    )
    return union(came, sat).subquery()


def responded(period: Period) -> Any:
    """A survey return counted in the period: completed in it or, when undated, from a
    survey whose period overlaps it (the rows joined are SurveyResponse and Survey)."""
    return or_(
        and_(
            SurveyResponse.completed_at >= period.first_moment,
            SurveyResponse.completed_at <= period.last_moment,
        ),
        and_(
            SurveyResponse.completed_at.is_(None),
            Survey.period_start <= period.end,
            Survey.period_end >= period.start,
        ),
    )


def _involved_before(period: Period, person_id: Any) -> Any:
    """True for a person involved at any time before the period: came to a held event or
    started a term on a group. Someone involved in the period is new unless this holds.
    Asked person by person through the indexes, which is far cheaper than building the
    set of everyone ever involved before (or everyone's first involvement)."""
    came = exists(
        select(Attendance.id)
        .join(Event, Event.id == Attendance.event_id)
        .where(
            Attendance.person_id == person_id,
            Event.status == "held",
            Event.starts_at < period.first_moment,
            Attendance.status.in_(PRESENT),
        )
    )
    sat = exists(
        select(Membership.id).where(
            Membership.person_id == person_id, Membership.term_start < period.start
        )
    )
    return or_(came, sat)


@dataclass
class Summary:
    people_involved: int
    new_people: int
    subscribed_involved: int  # of the people involved, subscribed members (today)
    events_held: int
    attendances: int
    survey_responses: int
    training_taken: int
    recommendations_made: int
    recommendations_accepted: int
    total_cost_pence: int

    @property
    def one_off_involved(self) -> int:
        return self.people_involved - self.subscribed_involved

    @property
    def cost_per_person_pence(self) -> int | None:
        return round(self.total_cost_pence / self.people_involved) if self.people_involved else None


@dataclass
class Costs:
    by_category: dict[str, int] = field(default_factory=dict)  # pence, in COST_LABELS order
    staff_hours: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


COST_LABELS = {
    "venue": "Venues",
    "catering": "Catering",
    "travel": "Travel",
    "interpreter": "Interpreters",
    "materials": "Materials",
    "other": "Other event costs",
    "staff": "Staff time",
    "training": "Training and conference fees",
    "rewards": "Rewards paid out (year-end conversion)",
    "expenses": "Expenses paid to customers",
    "community_fund": "Community fund grants paid",
}


#: Spend recorded elsewhere, by category: each source gives {category: pence} for a
#: period and, when given, one group. The community fund's grants (when they exist)
#: register here, so the budget, the Board report and the impact assessment count them
#: without another definition.
SpendSource = Callable[[Session, Period, "int | None"], dict[str, int]]
SPEND_SOURCES: list[SpendSource] = []


def _register_spend_sources() -> None:
    """The sources known today (imported here so that reading a budget never depends on
    which screen or command happened to import them first)."""
    from engagement_desktop.services.fund.spend import fund_spend

    if fund_spend not in SPEND_SOURCES:
        SPEND_SOURCES.append(fund_spend)


_register_spend_sources()


def _taken(period: Period) -> Any:
    return and_(
        TrainingRecord.status.in_(TAKEN),
        TrainingRecord.on_date >= period.start,
        TrainingRecord.on_date <= period.end,
    )


def converted_years(session: Session, period: Period) -> list[int]:
    """The reward scheme years whose conversion counts in ``period``: those that end in
    it. A scheme year's year-end run may be made weeks after the year closes; it still
    belongs to the year it converts."""
    start = get_setting(session, "scheme_year_start")
    years = range(period.start.year - 1, period.end.year + 1)
    return [y for y in years if period.start <= year_starting(y, start)[1] <= period.end]


def costs(session: Session, period: Period, group_id: int | None = None) -> Costs:
    """What involvement cost in ``period``, each cost in the period it was incurred: event
    costs and staff time by the event's date (held events), course fees by the day the
    course was taken, expenses approved or paid by the day claimed, reward conversions by
    the scheme year they convert. With ``group_id`` only what belongs to that group's
    events counts (course fees and rewards belong to no group)."""
    result = Costs({key: 0 for key in COST_LABELS})
    held = _held(period) if group_id is None else and_(_held(period), Event.group_id == group_id)
    for category, amount in session.execute(
        select(EventCost.category, func.sum(EventCost.amount_pence))
        .join(Event, Event.id == EventCost.event_id)
        .where(held)
        .group_by(EventCost.category)
    ):
        result.by_category[category if category in COST_LABELS else "other"] += int(amount)
    hours, staff = session.execute(
        select(
            func.coalesce(func.sum(Event.staff_hours), 0),
            func.coalesce(func.sum(Event.staff_hours * Event.staff_hourly_rate_pence), 0),
        ).where(held)
    ).one()
    result.staff_hours = round(float(hours), 1)
    result.by_category["staff"] = round(staff)
    if group_id is None:
        result.by_category["training"] = int(
            session.scalar(
                select(func.coalesce(func.sum(Course.cost_pence), 0))
                .join(TrainingRecord, TrainingRecord.course_id == Course.id)
                .where(_taken(period))
            )
            or 0
        )
        result.by_category["rewards"] = int(
            session.scalar(
                select(func.coalesce(func.sum(RewardPayout.value_pence), 0)).where(
                    RewardPayout.scheme_year.in_(converted_years(session, period))
                )
            )
            or 0
        )
    claimed = and_(
        Expense.status.in_(("approved", "paid")),
        Expense.claimed_on >= period.start,
        Expense.claimed_on <= period.end,
    )
    expenses = select(func.coalesce(func.sum(Expense.amount_pence), 0)).where(claimed)
    if group_id is not None:
        expenses = expenses.join(Event, Event.id == Expense.event_id).where(
            Event.group_id == group_id
        )
    result.by_category["expenses"] = int(session.scalar(expenses) or 0)
    for source in SPEND_SOURCES:
        for category, amount in source(session, period, group_id).items():
            result.by_category[category] = result.by_category.get(category, 0) + int(amount)
    return result


@dataclass(frozen=True)
class Involvement:
    """The people involved in a period, counted in one pass: how many, how many new
    (their first ever involvement falls in the period), how many subscribed members,
    and (for the under-35s share) how many have a known date of birth and how many of
    those are under 35 at the period's end."""

    people: int
    new: int
    subscribed: int
    born_known: int
    under_35: int


def _birthday_before(on: date, years: int) -> date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


def involvement(session: Session, period: Period) -> Involvement:
    involved = involved_people(period)
    young = Person.date_of_birth > _birthday_before(period.end, 35)
    row = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((_involved_before(period, involved.c.person_id), 0), else_=1)),
                0,
            ),
            func.coalesce(
                func.sum(case((Person.involvement_status == "subscribed", 1), else_=0)), 0
            ),
            func.count(Person.date_of_birth),
            func.coalesce(func.sum(case((young, 1), else_=0)), 0),
        )
        .select_from(involved)
        .join(Person, Person.id == involved.c.person_id)
    ).one()
    return Involvement(*(int(value or 0) for value in row))


def count_of(session: Session, key: str, period: Period) -> int:
    """One of the summary's plain counts, by its name in :class:`Summary`."""
    if key == "events_held":
        query = select(func.count()).select_from(Event).where(_held(period))
    elif key == "attendances":
        query = select(func.count()).select_from(Attendance).where(present_at_held(period))
    elif key == "survey_responses":
        query = (
            select(func.count())
            .select_from(SurveyResponse)
            .join(Survey, Survey.id == SurveyResponse.survey_id)
            .where(responded(period))
        )
    elif key == "training_taken":
        query = select(func.count()).select_from(TrainingRecord).where(_taken(period))
    elif key in ("recommendations_made", "recommendations_accepted"):
        query = (
            select(func.count())
            .select_from(Outcome)
            .where(
                Outcome.raised_on >= period.start,
                Outcome.raised_on <= period.end,
                Outcome.kind == "recommendation",
            )
        )
        if key == "recommendations_accepted":
            query = query.where(Outcome.response.in_(("accepted", "partly")))
    else:
        raise KeyError(key)
    return int(session.scalar(query) or 0)


COUNTS = (
    "events_held",
    "attendances",
    "survey_responses",
    "training_taken",
    "recommendations_made",
    "recommendations_accepted",
)


def summary_of(who: Involvement, counts: dict[str, int], total_cost_pence: int) -> Summary:
    """A :class:`Summary` from the involvement and the plain counts (keys of COUNTS)."""
    return Summary(
        people_involved=who.people,
        new_people=who.new,
        subscribed_involved=who.subscribed,
        events_held=counts["events_held"],
        attendances=counts["attendances"],
        survey_responses=counts["survey_responses"],
        training_taken=counts["training_taken"],
        recommendations_made=counts["recommendations_made"],
        recommendations_accepted=counts["recommendations_accepted"],
        total_cost_pence=total_cost_pence,
    )


def summary(session: Session, period: Period, spent: Costs | None = None) -> Summary:
    """The headline figures; ``spent`` is the period's costs when already worked out."""
    return summary_of(
        involvement(session, period),
        {key: count_of(session, key, period) for key in COUNTS},
        (spent or costs(session, period)).total,
    )
