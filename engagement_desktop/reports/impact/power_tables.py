"""The impact assessment's tables of customers' own power: scrutiny, consultations and
inspections ("Customers in control") and the community fund. Their figures are defined
once in services/budget (control.py, fund.py), where the Board report reads them too."""

from __future__ import annotations

from typing import Any

from engagement_desktop.reports.impact.gathered import ImpactFigures
from engagement_desktop.reports.impact.report_table import Pence, Percent, ReportTable


def control_rows(r: ImpactFigures) -> list[list[Any]]:
    """Customers in control: one row a figure (other kinds of power add their rows)."""
    c = r.control
    if c is None:
        return []
    average = None if c.inspection_average is None else Percent(c.inspection_average)
    return [
        ["Scrutiny reviews completed", c.reviews_completed],
        ["Recommendations from scrutiny reviews", c.recommendations_made],
        ["… accepted in whole or part", c.recommendations_accepted],
        ["… accepted and implemented", c.recommendations_implemented],
        ["Policies consulted on (closing this year)", c.consultations],
        ["People asked about them", c.consulted],
        ["Answers received", c.consultation_answers],
        ["Estate inspections and mystery shops", c.inspections],
        ["Their average score", average],
    ]


def control_table(r: ImpactFigures) -> ReportTable:
    rows = control_rows(r)
    return ReportTable(
        "control",
        "Customers in control",
        ["Measure", "This year"],
        rows,
        ["text", "text"],
        notes=[
            "Recommendations from scrutiny reviews count those raised this year; they are "
            "among all the recommendations in the summary, which come from groups, events and "
            "surveys too. Implemented means accepted and marked done in the “you said, we "
            "did” register."
        ],
    )


def fund_table(r: ImpactFigures) -> ReportTable:
    """The community fund: what was asked for and awarded, paid, and what came of it."""
    now, before = r.fund, r.fund_before
    lines: list[tuple[str, str, bool]] = [
        ("Applications received", "applications", False),
        ("Amount asked for", "requested_pence", True),
        ("Awards made", "awards", False),
        ("Amount awarded", "awarded_pence", True),
        ("Applications declined", "declined", False),
        ("Grants paid (community fund spend)", "paid_pence", True),
        ("Evaluations returned", "evaluations", False),
        ("People the funded projects reached (their evaluations)", "people_benefiting", False),
    ]

    def cell(figures: Any, name: str, pence: bool) -> Any:
        if figures is None:
            return None
        value = getattr(figures, name)
        return Pence(value) if pence else value

    return ReportTable(
        "community_fund",
        "Community fund",
        ["Figure", r.period.heading, r.previous.heading],
        [[label, cell(now, key, p), cell(before, key, p)] for label, key, p in lines],
        ["text", "count", "count"],
    )
