"""The demo's money and governance: three years of budgets and targets, set as an
officer would have set them at each year's start, so some are met and some missed;
the on-costs, overheads and hourly value in Settings; and risks noted for the Board.

Budgets and targets are drawn around what the demo's own records come to (through the
same definitions the reports use), a little over or under, so the Budget page and the
Board report show a real picture: a category overspent, a target missed, most on track.
"""

from __future__ import annotations

from engagement_desktop.services.budget import figures
from engagement_desktop.services.budget.categories import CATEGORIES
from engagement_desktop.services.budget.kpis import Measurer
from engagement_desktop.services.budget.period import current_quarter, report_period, to_date
from engagement_desktop.services.budget.position import forecast
from engagement_desktop.services.demo.context import Demo
from engagement_desktop.services.surveys.measure_sets import REGIMES, measure_set
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.models import BoardNote, BudgetLine, Target

#: Counts and shares a demo officer sets targets for.
COUNT_TARGETS = ("people_involved", "new_people", "events_held", "attendances", "training_taken")
SHARE_TARGETS = ("outcomes_on_time", "under_35_share")
RISKS = (
    "Venue costs are rising: two community centres have put up their hire charges.",
    "Under-35s remain under-represented; the youth panel relaunch is planned for next quarter.",
    "The scrutiny review of complaints handling is behind its timetable.",
)


def _overall_satisfaction(demo: Demo) -> str:
    """The key of the overall-satisfaction measure in the demo landlord's own set
    (tsm:TP01 for the English landlord, scotland_charter:I1 for the Scottish one): the
    settings naming the regulator are written after this runs."""
    one = measure_set(REGIMES[demo.profile.regime])
    return f"{one.id}:{next(iter(one.measures))}"


def build_budget(demo: Demo) -> None:
    session = demo.session
    current = demo.cal.current
    measurer = Measurer(session)
    lines: list[dict[str, object]] = []
    targets: list[dict[str, object]] = []
    for year in (current - 2, current - 1, current):
        period = to_date(report_period(session, year), demo.cal.today)
        spent = figures.costs(session, period)
        for key in CATEGORIES:
            amount = forecast(spent.by_category.get(key, 0), period)
            if key == "rewards" and period.part:  # converted at the year end: last year's
                amount = figures.costs(session, report_period(session, year - 1)).by_category[key]
            if amount <= 0 and key != "community_fund":
                continue
            if key == "community_fund":
                amount = demo.scale(2_000_000, 100_000)  # a pot not yet paid out from here
            factor = demo.rng.choice((0.8, 0.9, 1.05, 1.1, 1.15, 1.2))
            lines.append(_line(demo, year, key, round(amount * factor / 5000) * 5000))
        share = min(1.0, period.days / report_period(session, year).days)
        for key in COUNT_TARGETS:
            count = measurer.figure(key, period).value or 0
            whole = count / share if share else count
            factor = demo.rng.choice((0.85, 0.95, 1.0, 1.05, 1.2))
            targets.append(_target(demo, year, key, max(1, round(whole * factor))))
        for key in (*SHARE_TARGETS, _overall_satisfaction(demo)):
            value = measurer.figure(key, period).value
            if value is None:
                continue
            shift = demo.rng.choice((-6, -3, 0, 2, 4, 8))
            # a share a landlord would aim for: never a target of nothing (0% closed on time)
            targets.append(_target(demo, year, key, max(50, min(100, round(value + shift)))))
    demo.write(BudgetLine, lines)
    demo.write(Target, targets)
    year, number = current_quarter(session, demo.cal.today)
    last = (year, number - 1) if number > 1 else (year - 1, 4)
    demo.write(
        BoardNote,
        [
            {"quarter": f"{y}Q{n}", "risks": "\n".join(RISKS[:count]), "updated_at": utcnow()}
            for (y, n), count in (((year, number), 2), (last, 3))
        ],
    )
    demo.settings.update(
        {
            "staff_on_cost_percent": 28,
            "overheads_pence_per_year": demo.scale(4_000_000, 600_000),
            "volunteer_hour_value_pence": 1221,
            "volunteer_hour_value_source": "National Living Wage from April 2025 (our choice)",
        }
    )


def _line(demo: Demo, year: int, category: str, pence: int) -> dict[str, object]:
    now = utcnow()
    return {
        "id": demo.next_id("budget_lines"),
        "uuid": demo.uuid(),
        "year": year,
        "category": category,
        "group_id": None,
        "amount_pence": max(0, pence),
        "note": None,
        "created_at": now,
        "updated_at": now,
    }


def _target(demo: Demo, year: int, measure: str, value: float) -> dict[str, object]:
    now = utcnow()
    return {
        "id": demo.next_id("targets"),
        "uuid": demo.uuid(),
        "year": year,
        "measure": measure,
        "value": float(value),
        "note": None,
        "created_at": now,
        "updated_at": now,
    }
