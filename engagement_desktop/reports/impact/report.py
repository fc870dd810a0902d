"""One Involvement Impact Assessment: its figures gathered once, and the tables printed
from them, shared by the PDF, its Excel twin and ``--json`` (so they can never disagree)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from engagement_desktop.reports.impact import outputs
from engagement_desktop.reports.impact.gathered import ImpactFigures
from engagement_desktop.reports.impact.outcomes import outcomes
from engagement_desktop.reports.impact.profile import compare
from engagement_desktop.reports.impact.report_table import ReportTable
from engagement_desktop.reports.impact.tables import all_tables
from engagement_desktop.reports.impact.you_choose import you_choose_figures
from engagement_desktop.services.budget import figures
from engagement_desktop.services.budget.control import control_figures
from engagement_desktop.services.budget.fund import fund_figures
from engagement_desktop.services.budget.kpis import survey_for
from engagement_desktop.services.budget.period import (
    Period,
    check_started,
    compared_periods,
    report_period,
)
from engagement_desktop.services.budget.position import budget_position
from engagement_desktop.services.budget.volunteering import volunteer_hours
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.surveys.regime import landlord_set
from engagement_desktop.services.surveys.results import TsmResults, tsm_results


@dataclass
class ImpactReport(ImpactFigures):
    """The gathered figures and the tables printed from them."""

    _tables: list[ReportTable] | None = None

    def tables(self) -> list[ReportTable]:
        """Every table of the report, built once and shared by PDF, workbook and JSON."""
        if self._tables is None:
            self._tables = all_tables(self)
        return self._tables

    def table(self, key: str) -> ReportTable:
        return next(t for t in self.tables() if t.key == key)

    def as_json(self) -> dict[str, Any]:
        """Every table as printed (hidden cells null; money in pounds), and the period."""
        return {
            "year": self.period.year,
            "period": [self.period.start.isoformat(), self.period.end.isoformat()],
            "year_to_date": self.period.part,
            "compared_with": [self.previous.start.isoformat(), self.previous.end.isoformat()],
            "prepared_by": self.prepared_by,
            "summary": _headline(self.summary),
            "previous_year": _headline(self.summary_before),
            "base": [{"dimension": c.label, "source": c.base_source} for c in self.profile],
            "under_represented": [
                {"dimension": c.label, "group": line.category, "gap_points": line.gap}
                for c in self.profile
                for line in c.lines
                if line.under_represented
            ],
            "tables": [t.as_json() for t in self.tables()],
        }


def _headline(s: figures.Summary) -> dict[str, Any]:
    """The summary's figures by name, money in pounds (the same as the summary table)."""
    pounds = {"total_cost_pence": "total_cost", "cost_per_person_pence": "cost_per_person"}
    result: dict[str, Any] = {}
    for key in (
        "people_involved",
        "subscribed_involved",
        "one_off_involved",
        "new_people",
        "events_held",
        "attendances",
        "survey_responses",
        "training_taken",
        "recommendations_made",
        "recommendations_accepted",
        *pounds,
    ):
        value = getattr(s, key)
        if key in pounds:
            result[pounds[key]] = None if value is None else round(value / 100, 2)
        else:
            result[key] = value
    return result


def prepared_by_name(session: Session, given: str) -> str:
    """Who the cover names: the name given for this report, else the officer's name
    from Settings, else "" (the cover then says the involvement team, as the window's
    reports do: never the computer's login name, "Prepared by root")."""
    return given.strip() or str(get_setting(session, "officer_name") or "").strip()


def build_report(
    session: Session,
    year: int,
    *,
    prepared_by: str = "",
    base_source: str = "people",
    today: date | None = None,
) -> ImpactReport:
    today = today or date.today()
    check_started(report_period(session, year), today)
    period, previous = compared_periods(session, year, today)
    threshold = float(get_setting(session, "under_representation_points") or 5)
    minimum = int(get_setting(session, "small_number_minimum") or 5)
    homes = int(get_setting(session, "homes_count") or 0)

    def tsm_for(p: Period) -> TsmResults | None:
        name = survey_for(session, p, landlord_set(session))
        return tsm_results(session, name, homes=homes) if name else None

    costs, costs_before = figures.costs(session, period), figures.costs(session, previous)
    return ImpactReport(
        landlord=get_setting(session, "landlord_name") or "",
        prepared_by=prepared_by,
        printed=today,
        period=period,
        previous=previous,
        summary=figures.summary(session, period, costs),
        summary_before=figures.summary(session, previous, costs_before),
        costs=costs,
        costs_before=costs_before,
        events_by_type=outputs.events_by_type(session, period),
        events_by_group=outputs.events_by_group(session, period),
        groups=outputs.group_membership(session, period),
        surveys=outputs.surveys(session, period),
        training=outputs.training_by_course(session, period),
        event_notes=outputs.event_notes(session, period),
        outcomes=outcomes(session, period, today),
        rewards=outputs.rewards(session, period),
        rewards_before=outputs.rewards(session, previous),
        profile=compare(
            session, period, threshold=threshold, minimum=minimum, base_source=base_source
        ),
        profile_threshold=threshold,
        small_number_minimum=minimum,
        tsm=tsm_for(period),
        tsm_before=tsm_for(previous),
        base_source=base_source,
        budget=budget_position(session, year, today),
        hours=volunteer_hours(session, period),
        hours_before=volunteer_hours(session, previous),
        control=control_figures(session, period),
        fund=fund_figures(session, period),
        fund_before=fund_figures(session, previous),
        you_choose=you_choose_figures(session, period),
        you_choose_before=you_choose_figures(session, previous),
        regime_name=landlord_set(session).name,
        regime_short=landlord_set(session).short_name,
    )
