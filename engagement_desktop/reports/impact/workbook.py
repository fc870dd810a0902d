"""The impact assessment's figures as a workbook: the same numbers as the PDF, one
sheet per section, with the same small-number suppression."""

from __future__ import annotations

import os
from pathlib import Path

from engagement_desktop.interchange.xlsx_export import Sheet, write_workbook
from engagement_desktop.reports.impact.figures import COST_LABELS
from engagement_desktop.reports.impact.report import ImpactReport
from engagement_desktop.services.tsm import MEASURES
from engagement_desktop.store import vocab


def _pounds(pence: int | None) -> float | None:
    return None if pence is None else round(pence / 100, 2)


def write_impact_workbook(report: ImpactReport, path: str | os.PathLike[str]) -> Path:
    r = report
    now, before = r.period.label, r.previous.label
    summary_rows = []
    for key, label, value, last, delta in r.summary_rows():
        if key.endswith("_pence"):
            value, last, delta = _pounds(value), _pounds(last), _pounds(delta)
            label += " (£)"
        summary_rows.append([label, value, last, delta])
    minimum = r.small_number_minimum
    profile_rows = []
    for comparison in r.profile:
        for line in comparison.lines:
            profile_rows.append(
                [
                    comparison.label,
                    line.category,
                    f"fewer than {minimum}" if line.involved_suppressed else line.involved,
                    line.involved_pct,
                    f"fewer than {minimum}" if line.base_suppressed else line.base,
                    line.base_pct,
                    line.gap,
                    "Under-represented" if line.under_represented else None,
                ]
            )
    tsm_before = r.tsm_before.measures if r.tsm_before else {}
    sheets = [
        Sheet("Summary", ["Figure", now, before, "Change"], summary_rows, widths={0: 44}),
        Sheet(
            "Inputs",
            ["Cost", f"{now} (£)", f"{before} (£)"],
            [
                [label, _pounds(r.costs.by_category[k]), _pounds(r.costs_before.by_category[k])]
                for k, label in COST_LABELS.items()
            ]
            + [
                ["Total", _pounds(r.costs.total), _pounds(r.costs_before.total)],
                ["Staff hours", r.costs.staff_hours, r.costs_before.staff_hours],
            ],
            widths={0: 30},
        ),
        Sheet(
            "Events by type",
            ["Type", "Events", "Attendances", "Average attendance"],
            [[a.name, a.events, a.attendances, a.average] for a in r.events_by_type],
            widths={0: 28},
        ),
        Sheet(
            "Events by group",
            ["Group", "Events", "Attendances", "Average attendance"],
            [[a.name, a.events, a.attendances, a.average] for a in r.events_by_group],
            widths={0: 40},
        ),
        Sheet(
            "Groups",
            ["Group", "People on the group during the year"],
            [list(g) for g in r.groups],
            widths={0: 40},
        ),
        Sheet(
            "Surveys",
            ["Survey", "From", "To", "Responses"],
            [list(s) for s in r.surveys],
            widths={0: 36},
        ),
        Sheet(
            "Training",
            ["Course", "Kind", "Completed or attended", "People"],
            [list(t) for t in r.training],
            widths={0: 44},
        ),
        Sheet(
            "Outcomes",
            [
                "Raised",
                "From",
                "You said",
                "Response",
                "Reason",
                "We did",
                "Owner",
                "Status",
                "Completed",
                "Reported back",
            ],
            [
                [
                    o.raised_on,
                    vocab.OUTCOME_SOURCES.get(o.source, o.source),
                    o.asked,
                    vocab.OUTCOME_RESPONSES.get(o.response, o.response),
                    o.response_reason,
                    o.action,
                    o.owner,
                    vocab.OUTCOME_STATUSES.get(o.status, o.status),
                    o.completed_on,
                    "Yes" if o.reported_back else "No",
                ]
                for o in r.outcomes.items
            ],
            widths={2: 50, 5: 50},
        ),
        Sheet(
            "Who took part",
            [
                "Dimension",
                "Group",
                "Involved",
                "Involved %",
                "All customers",
                "All customers %",
                "Gap (points)",
                "Flag",
            ],
            profile_rows,
            widths={1: 36},
        ),
        Sheet(
            "TSM",
            ["Measure", "Question", "Satisfied", "Base", "%", "95% from", "95% to", f"{before} %"],
            [
                [
                    c,
                    MEASURES[c],
                    m.satisfied,
                    m.base,
                    m.percent,
                    m.ci95[0] if m.ci95 else None,
                    m.ci95[1] if m.ci95 else None,
                    tsm_before[c].percent if c in tsm_before else None,
                ]
                for c, m in (r.tsm.measures.items() if r.tsm else [])
            ],
            widths={1: 60},
        ),
        Sheet(
            "Rewards",
            ["Figure", now, before],
            [
                ["Points earned", r.rewards.points_earned, r.rewards_before.points_earned],
                ["Vouchers issued", r.rewards.vouchers, r.rewards_before.vouchers],
                [
                    "Voucher value (£)",
                    _pounds(r.rewards.voucher_value_pence),
                    _pounds(r.rewards_before.voucher_value_pence),
                ],
                ["Donations", r.rewards.donations, r.rewards_before.donations],
                [
                    "Donation value (£)",
                    _pounds(r.rewards.donation_value_pence),
                    _pounds(r.rewards_before.donation_value_pence),
                ],
                ["Rent credits", r.rewards.rent_credits, r.rewards_before.rent_credits],
                [
                    "Rent credit value (£)",
                    _pounds(r.rewards.rent_credit_value_pence),
                    _pounds(r.rewards_before.rent_credit_value_pence),
                ],
            ],
            widths={0: 26},
        ),
    ]
    return write_workbook(path, sheets)
