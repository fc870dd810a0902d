"""All the figures of one Involvement Impact Assessment, gathered once for both the
PDF and its Excel twin (so the two can never disagree)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.reports.impact import figures
from engagement_desktop.reports.impact.period import Period, report_period
from engagement_desktop.reports.impact.profile import ProfileComparison, compare
from engagement_desktop.services.settings import get_setting
from engagement_desktop.services.tsm import MEASURES, TsmResults, tsm_results
from engagement_desktop.store.models import Survey, SurveyQuestion

SUMMARY_LABELS: dict[str, str] = {
    "people_involved": "People involved",
    "new_people": "New this year",
    "events_held": "Events and meetings held",
    "attendances": "Attendances",
    "survey_responses": "Survey responses",
    "training_completed": "Training courses completed",
    "recommendations_made": "Recommendations made",
    "recommendations_accepted": "Recommendations accepted (fully or partly)",
    "total_cost_pence": "Total cost",
    "cost_per_person_pence": "Cost per person involved",
}


@dataclass
class ImpactReport:
    landlord: str
    prepared_by: str
    printed: date
    period: Period
    previous: Period
    summary: figures.Summary
    summary_before: figures.Summary
    costs: figures.Costs
    costs_before: figures.Costs
    events_by_type: list[figures.ActivityLine]
    events_by_group: list[figures.ActivityLine]
    groups: list[tuple[str, int]]
    surveys: list[tuple[str, date | None, date | None, int]]
    training: list[tuple[str, str, int, int]]
    outcomes: figures.OutcomeFigures
    rewards: figures.RewardFigures
    rewards_before: figures.RewardFigures
    profile: list[ProfileComparison]
    profile_threshold: float
    small_number_minimum: int
    tsm: TsmResults | None
    tsm_before: TsmResults | None

    def summary_rows(self) -> list[tuple[str, str, Any, Any, Any]]:
        """(key, label, this year, last year, change) for the summary table."""
        rows = []
        for key, label in SUMMARY_LABELS.items():
            now, before = getattr(self.summary, key), getattr(self.summary_before, key)
            change = now - before if now is not None and before is not None else None
            rows.append((key, label, now, before, change))
        return rows

    def as_json(self) -> dict[str, Any]:
        return {
            "year": self.period.year,
            "period": [self.period.start.isoformat(), self.period.end.isoformat()],
            "summary": {key: now for key, _, now, _, _ in self.summary_rows()},
            "previous_year": {key: before for key, _, _, before, _ in self.summary_rows()},
            "under_represented": [
                {"dimension": c.label, "group": line.category, "gap_points": line.gap}
                for c in self.profile
                for line in c.lines
                if line.under_represented
            ],
            "tsm": {code: m.as_dict() for code, m in self.tsm.measures.items()}
            if self.tsm
            else None,
        }


def tsm_survey_for(session: Session, period: Period) -> str | None:
    """The survey with TSM questions whose period overlaps the year most recently."""
    return session.scalar(
        select(Survey.name)
        .join(SurveyQuestion, SurveyQuestion.survey_id == Survey.id)
        .where(
            SurveyQuestion.code.in_(list(MEASURES)),
            Survey.period_start <= period.end,
            Survey.period_end >= period.start,
        )
        .order_by(Survey.period_end.desc())
        .limit(1)
    )


def build_report(
    session: Session,
    year: int,
    *,
    prepared_by: str = "",
    base_source: str = "people",
    today: date | None = None,
) -> ImpactReport:
    period, previous = report_period(session, year), report_period(session, year - 1)
    threshold = float(get_setting(session, "under_representation_points") or 5)
    minimum = int(get_setting(session, "small_number_minimum") or 5)
    homes = int(get_setting(session, "homes_count") or 0)

    def tsm_for(p: Period) -> TsmResults | None:
        name = tsm_survey_for(session, p)
        return tsm_results(session, name, homes=homes) if name else None

    return ImpactReport(
        landlord=get_setting(session, "landlord_name") or "",
        prepared_by=prepared_by,
        printed=today or date.today(),
        period=period,
        previous=previous,
        summary=figures.summary(session, period),
        summary_before=figures.summary(session, previous),
        costs=figures.costs(session, period),
        costs_before=figures.costs(session, previous),
        events_by_type=figures.events_by_type(session, period),
        events_by_group=figures.events_by_group(session, period),
        groups=figures.group_membership(session, period),
        surveys=figures.surveys(session, period),
        training=figures.training_by_course(session, period),
        outcomes=figures.outcomes(session, period),
        rewards=figures.rewards(session, period),
        rewards_before=figures.rewards(session, previous),
        profile=compare(
            session, period, threshold=threshold, minimum=minimum, base_source=base_source
        ),
        profile_threshold=threshold,
        small_number_minimum=minimum,
        tsm=tsm_for(period),
        tsm_before=tsm_for(previous),
    )
