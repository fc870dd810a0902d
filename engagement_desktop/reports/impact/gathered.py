"""All the figures of one Involvement Impact Assessment, as gathered from the database:
what every table of the report is built from (:mod:`~engagement_desktop.reports.impact.tables`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engagement_desktop.reports.impact.outcomes import OutcomeFigures
from engagement_desktop.reports.impact.outputs import (
    ActivityLine,
    EventNote,
    RewardFigures,
    TrainingLine,
)
from engagement_desktop.reports.impact.profile import ProfileComparison
from engagement_desktop.reports.impact.you_choose import YouChooseFigures
from engagement_desktop.services.budget.control import ControlFigures
from engagement_desktop.services.budget.figures import Costs, Summary
from engagement_desktop.services.budget.fund import FundFigures
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.budget.position import BudgetPosition
from engagement_desktop.services.budget.volunteering import VolunteerHours
from engagement_desktop.services.surveys.results import TsmResults


@dataclass
class ImpactFigures:
    landlord: str
    prepared_by: str
    printed: date
    period: Period  # the year, or the year to date when it has not ended
    previous: Period  # the year before, or the same months of it
    summary: Summary
    summary_before: Summary
    costs: Costs
    costs_before: Costs
    events_by_type: list[ActivityLine]
    events_by_group: list[ActivityLine]
    groups: list[tuple[str, int]]
    surveys: list[tuple[str, date | None, date | None, int]]
    training: list[TrainingLine]
    event_notes: list[EventNote]
    outcomes: OutcomeFigures
    rewards: RewardFigures
    rewards_before: RewardFigures
    profile: list[ProfileComparison]
    profile_threshold: float
    small_number_minimum: int
    tsm: TsmResults | None
    tsm_before: TsmResults | None
    base_source: str = "people"
    budget: BudgetPosition | None = None  # the year's budget against spend, true cost
    hours: VolunteerHours | None = None
    hours_before: VolunteerHours | None = None
    control: ControlFigures | None = None  # scrutiny, consultations, inspections
    fund: FundFigures | None = None
    fund_before: FundFigures | None = None
    you_choose: YouChooseFigures | None = None  # You Choose and the budget customers control
    you_choose_before: YouChooseFigures | None = None
    #: The landlord's measure set by its own name ("Scottish Social Housing Charter ...").
    regime_name: str = "Tenant Satisfaction Measures"
    #: Its short name, for a workbook's sheet ("TSM", "Charter").
    regime_short: str = "TSM"
