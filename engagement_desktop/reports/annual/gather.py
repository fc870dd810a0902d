"""What the annual report to customers says, read once: the year's numbers (the shared
definitions of :mod:`services.budget.figures`), what customers told the landlord, what
changed, and the groups and events they can join.

A count under the small-number minimum is printed "fewer than N", as in the impact
assessment: the report goes to every tenant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget import figures
from engagement_desktop.services.budget.kpis import satisfaction_figures
from engagement_desktop.services.budget.lines import check_year
from engagement_desktop.services.budget.period import (
    Period,
    check_started,
    report_period,
    to_date,
)
from engagement_desktop.services.budget.volunteering import volunteer_hours
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.mailings.fields import Letterhead
from engagement_desktop.services.surveys.regime import landlord_set, overall_code
from engagement_desktop.store.models import Event, Group, Membership, Outcome


@dataclass
class AnnualReport:
    landlord: str
    period: Period
    numbers: list[tuple[str, str]]  # (what, as printed)
    told: list[str]  # what customers told us, in their words
    did: list[tuple[str, str]]  # (you said, we did)
    groups: list[tuple[str, str]]  # (group, what it does)
    coming: list[tuple[datetime, str]]  # events people can come to
    satisfaction: str | None  # "74% of tenants are satisfied overall" or None
    minimum: int
    raw: dict[str, int] = field(default_factory=dict)
    contact: list[str] = field(default_factory=list)  # the letterhead's lines and email

    def as_json(self) -> dict[str, Any]:
        return {
            "year": self.period.year,
            "period": [self.period.start.isoformat(), self.period.end.isoformat()],
            "year_to_date": self.period.part,
            "numbers": [{"what": what, "shown": shown} for what, shown in self.numbers],
            "you_said_we_did": [{"you_said": a, "we_did": b} for a, b in self.did],
            "satisfaction": self.satisfaction,
            "small_number_minimum": self.minimum,
        }


def counted(value: int, minimum: int) -> str:
    """A count as a tenant reads it, small numbers hidden: "fewer than 5"."""
    return f"fewer than {minimum}" if 0 < value < minimum else f"{value:,}"


def gather_annual(session: Session, year: int, *, today: date | None = None) -> AnnualReport:
    year = check_year(year)
    today = today or date.today()
    whole = report_period(session, year)
    check_started(whole, today)
    period = to_date(whole, today)
    minimum = int(get_setting(session, "small_number_minimum") or 5)
    s = figures.summary(session, period, figures.Costs())
    hours = volunteer_hours(session, period)
    # A change made: an item accepted (or partly) and done in the year, as "What we did"
    # below counts them; a declined item completed is an answer, not a change.
    done = (
        session.scalar(
            select(func.count())
            .select_from(Outcome)
            .where(
                Outcome.completed_on >= period.start,
                Outcome.completed_on <= period.end,
                Outcome.response.in_(("accepted", "partly")),
            )
        )
        or 0
    )
    raw = {
        "people_involved": s.people_involved,
        "new_people": s.new_people,
        "events_held": s.events_held,
        "attendances": s.attendances,
        "survey_responses": s.survey_responses,
        "training_taken": s.training_taken,
        "recommendations_made": s.recommendations_made,
        "changes_made": int(done),
        "volunteer_hours": round(hours.hours),
    }
    numbers = [
        ("people took part", counted(s.people_involved, minimum)),
        ("of them for the first time", counted(s.new_people, minimum)),
        ("meetings and events", counted(s.events_held, minimum)),
        ("survey answers", counted(s.survey_responses, minimum)),
        ("training places taken", counted(s.training_taken, minimum)),
        ("changes made after you spoke up", counted(int(done), minimum)),
        ("hours of your time given", f"{round(hours.hours):,}"),
    ]
    told = list(
        session.scalars(
            select(Outcome.asked)
            .where(Outcome.raised_on >= period.start, Outcome.raised_on <= period.end)
            .order_by(Outcome.raised_on.desc())
            .limit(8)
        )
    )
    did = [
        (asked, action or "")
        for asked, action in session.execute(
            select(Outcome.asked, Outcome.action)
            .where(
                Outcome.completed_on >= period.start,
                Outcome.completed_on <= period.end,
                Outcome.action.is_not(None),
                Outcome.response.in_(("accepted", "partly")),
            )
            .order_by(Outcome.completed_on.desc())
            .limit(3)
        )
    ]
    active = (
        select(Membership.group_id)
        .where(Membership.left_on.is_(None), Membership.term_start <= period.end)
        .distinct()
    )
    groups = [
        (name, (purpose or "").split(".")[0])
        for name, purpose in session.execute(
            select(Group.name, Group.purpose).where(Group.id.in_(active)).order_by(Group.name)
        )
    ]
    coming = [
        (starts, title)
        for starts, title in session.execute(
            select(Event.starts_at, Event.title)
            .where(
                Event.status == "planned",
                Event.starts_at >= datetime.combine(today, datetime.min.time()),
            )
            .order_by(Event.starts_at)
            .limit(4)
        )
    ]
    tsm = satisfaction_figures(session, period).get(overall_code(landlord_set(session)))
    satisfaction = None
    if tsm is not None and tsm.value is not None and (tsm.denominator or 0) >= minimum:
        satisfaction = f"{tsm.value:.0f}% of tenants who answered our survey are satisfied overall"
    return AnnualReport(
        str(get_setting(session, "landlord_name") or ""),
        period,
        numbers,
        told,
        did,
        groups,
        coming,
        satisfaction,
        minimum,
        raw,
        Letterhead.read(session).contact(),
    )
