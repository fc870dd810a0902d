"""The impact assessment's money beyond its cost lines: the budget against what was
spent, the true cost with on-costs and overheads per person and per attendance, and
volunteer hours with their social value (kept apart from money). The same definitions
as the Board report and the Budget page (services/budget)."""

from __future__ import annotations

from typing import Any

from engagement_desktop.reports.impact.gathered import ImpactFigures
from engagement_desktop.reports.impact.report_table import Pence, Rate, ReportTable


def budget_table(r: ImpactFigures) -> ReportTable:
    position = r.budget
    rows: list[list[Any]] = []
    if position is not None:
        for row in [*position.rows, position.total]:
            if not (row.budget_pence or row.spent_pence) and row is not position.total:
                continue
            used = None if row.used_percent is None else round(row.used_percent, 1)
            rows.append(
                [
                    row.label,
                    Pence(row.budget_pence),
                    Pence(row.spent_pence),
                    Pence(row.budget_pence - row.spent_pence),
                    used,
                ]
            )
    notes = ["Spent: the same costs as the inputs table, each in the year it was incurred."]
    if position is not None and not position.total.budget_pence:
        notes.insert(0, f"No budget was set for {r.period.label}.")
    return ReportTable(
        "budget",
        "Budget against spend",
        ["Category", "Budget", "Spent", "Left", "% used"],
        rows,
        ["text", "count", "count", "count", "percent"],
        notes=notes,
        total_rows={len(rows) - 1} if rows else set(),
        marked_rows={i for i, row in enumerate(rows) if row[3] < 0 and row[1]},
    )


def true_cost_table(r: ImpactFigures) -> ReportTable:
    rows: list[list[Any]] = []
    notes: list[str] = []
    if r.budget is not None:
        t = r.budget.true_cost
        people, attendances = r.summary.people_involved, r.summary.attendances
        rows = [
            ["Money spent", Pence(t.spent_pence)],
            [f"Staff on-costs ({t.on_cost_percent:g}% of staff time)", Pence(t.on_cost_pence)],
            [f"Share of the year's overheads{t.none_shared}", Pence(t.overheads_pence)],
            ["True cost", Pence(t.total_pence)],
            ["Per person involved", Rate(round(t.total_pence / people)) if people else None],
            [
                "Per attendance",
                Rate(round(t.total_pence / attendances)) if attendances else None,
            ],
        ]
        notes = [t.explained]
    return ReportTable(
        "true_cost",
        "The true cost of involvement",
        ["", r.period.heading],
        rows,
        ["text", "count"],
        notes=notes,
        total_rows={3} if rows else set(),
    )


def hours_table(r: ImpactFigures) -> ReportTable:
    now, before = r.hours, r.hours_before
    rows: list[list[Any]] = []
    notes: list[str] = []
    if now is not None and before is not None:
        rows = [
            ["Hours at meetings and events", now.meeting_hours, before.meeting_hours],
            ["Hours in training", now.training_hours, before.training_hours],
            ["Hours given in all", now.hours, before.hours],
            ["People who gave time", now.people, before.people],
            ["Hours per person", now.per_person, before.per_person],
        ]
        earlier = dict(before.by_group)
        rows += [
            [f"  of which {name}", hours, earlier.get(name, 0.0)]
            for name, hours in now.by_group[:8]
        ]
        notes = [
            "Minutes recorded on each register, else the event's length; training by the "
            "course's length."
        ]
        if now.value_per_hour_pence:
            rows.append(
                [
                    f"Social value at £{now.value_per_hour_pence / 100:,.2f} an hour",
                    Pence(now.social_value_pence),
                    Pence(round(before.hours * now.value_per_hour_pence)),
                ]
            )
            notes.append(
                f"The value of an hour is the landlord's own figure "
                f"({now.value_source or 'source not given'}). It is not money spent and is "
                "never added to the costs above."
            )
    return ReportTable(
        "volunteer_hours",
        "Volunteer hours and social value",
        ["", r.period.heading, r.previous.heading],
        rows,
        ["text", "count", "count"],
        notes=notes,
        total_rows={2} if rows else set(),
    )


def money_tables(r: ImpactFigures) -> list[ReportTable]:
    return [budget_table(r), true_cost_table(r), hours_table(r)]
