"""Every table of the impact assessment, built once from the figures.

The PDF, the workbook and ``report impact --json`` all print these same tables, so a
figure that appears twice (people involved in the summary and in the profile; training
places in the summary and the training table; recommendations accepted) is one number
from one definition. What a table and its cells are is in
:mod:`~engagement_desktop.reports.impact.report_table`.
"""

from __future__ import annotations

from typing import Any

from engagement_desktop.reports.impact.gathered import ImpactFigures
from engagement_desktop.reports.impact.money import money_tables
from engagement_desktop.reports.impact.outcomes import OutcomeLine
from engagement_desktop.reports.impact.power_tables import control_table, fund_table
from engagement_desktop.reports.impact.report_table import (
    Pence,
    ReportTable,
    change,
    protected,
    rate,
)
from engagement_desktop.reports.impact.you_choose import you_choose_table
from engagement_desktop.services.budget.figures import COST_LABELS


def summary_table(r: ImpactFigures) -> ReportTable:
    s, b = r.summary, r.summary_before
    figures: list[tuple[str, Any, Any]] = [
        ("People involved", s.people_involved, b.people_involved),
        ("  of whom subscribed members", s.subscribed_involved, b.subscribed_involved),
        ("  of whom one-off contacts", s.one_off_involved, b.one_off_involved),
        ("New this year", s.new_people, b.new_people),
        ("Events and meetings held", s.events_held, b.events_held),
        ("Attendances", s.attendances, b.attendances),
        ("Survey responses", s.survey_responses, b.survey_responses),
        ("Training places taken (completed or attended)", s.training_taken, b.training_taken),
        ("Recommendations made", s.recommendations_made, b.recommendations_made),
        (
            "Recommendations accepted (fully or partly)",
            s.recommendations_accepted,
            b.recommendations_accepted,
        ),
        ("Total cost", Pence(s.total_cost_pence), Pence(b.total_cost_pence)),
        (
            "Cost per person involved",
            rate(s.cost_per_person_pence),
            rate(b.cost_per_person_pence),
        ),
    ]
    return ReportTable(
        "summary",
        "The year at a glance",
        ["Figure", r.period.heading, r.previous.heading, "Change"],
        [[label, now, before, change(now, before)] for label, now, before in figures],
        ["text", "count", "count", "change"],
    )


def costs_table(r: ImpactFigures) -> ReportTable:
    rows: list[list[Any]] = [
        [label, Pence(r.costs.by_category[key]), Pence(r.costs_before.by_category[key])]
        for key, label in COST_LABELS.items()
    ]
    rows.append(["Total", Pence(r.costs.total), Pence(r.costs_before.total)])
    return ReportTable(
        "costs",
        "Inputs: what involvement cost",
        ["Cost", r.period.heading, r.previous.heading],
        rows,
        ["text", "count", "count"],
        notes=[
            f"Staff time recorded against events: {r.costs.staff_hours:,.1f} hours "
            f"({r.costs_before.staff_hours:,.1f} hours in {r.previous.heading})."
        ],
        total_rows={len(rows) - 1},
    )


def _activity(key: str, title: str, first: str, lines: list[Any]) -> ReportTable:
    rows: list[list[Any]] = [[a.name, a.events, a.attendances, a.average] for a in lines]
    events, people = sum(a.events for a in lines), sum(a.attendances for a in lines)
    rows.append(["Total", events, people, round(people / events, 1) if events else 0.0])
    return ReportTable(
        key,
        title,
        [first, "Events", "Attendances", "Average"],
        rows,
        ["text", "count", "count", "count"],
        total_rows={len(rows) - 1},
    )


def training_table(r: ImpactFigures) -> ReportTable:
    rows: list[list[Any]] = [
        [
            t.course,
            t.kind,
            t.places,
            t.people,
            Pence(t.fees_pence),
            t.feedback_returned,
            t.feedback_outstanding,
        ]
        for t in r.training
    ]
    rows.append(
        [
            "Total",
            "",
            sum(t.places for t in r.training),
            None,  # one person can take several courses
            Pence(sum(t.fees_pence for t in r.training)),
            sum(t.feedback_returned for t in r.training),
            sum(t.feedback_outstanding for t in r.training),
        ]
    )
    return ReportTable(
        "training",
        "Training taken, its fees and feedback",
        [
            "Course",
            "Kind",
            "Places taken",
            "People",
            "Fees",
            "Feedback returned",
            "Conference forms outstanding",
        ],
        rows,
        ["text", "text", "count", "count", "count", "count", "count"],
        total_rows={len(rows) - 1},
    )


OUTCOME_KINDS = ["date", *["text"] * 7, "date", "text", "date", "text", "text"]
OUTCOME_COLUMNS = [
    "Raised",
    "Kind",
    "From",
    "You said",
    "Response",
    "Reason",
    "We did",
    "Owner",
    "Due",
    "Status",
    "Completed",
    "Reported back",
    "Overdue",
]


def _outcome_row(o: OutcomeLine) -> list[Any]:
    return [
        o.raised_on,
        o.kind,
        o.source,
        o.asked,
        o.response,
        o.reason,
        o.action,
        o.owner,
        o.due_on,
        o.status,
        o.completed_on,
        "Yes" if o.reported_back else "No",
        "Overdue" if o.overdue else "Done late" if o.late else "",
    ]


def outcome_tables(r: ImpactFigures) -> list[ReportTable]:
    o = r.outcomes
    kinds = list(next(iter(o.by_response.values()), {}))
    response_rows: list[list[Any]] = [
        [label, *counts.values(), sum(counts.values())] for label, counts in o.by_response.items()
    ]
    totals = [sum(row[i] for row in response_rows) for i in range(1, len(kinds) + 2)]
    response_rows.append(["Total", *totals])
    tables = [
        ReportTable(
            "outcome_responses",
            "Responses to what was raised this year",
            ["Response", *kinds, "All"],
            response_rows,
            ["text", *["count"] * (len(kinds) + 1)],
            total_rows={len(response_rows) - 1},
        ),
        ReportTable(
            "outcome_progress",
            "Progress on what was raised this year",
            ["Progress", "Number"],
            [[k, v] for k, v in o.by_status.items()],
            ["text", "count"],
        ),
    ]
    for key, title, lines in (
        ("outcomes", "You said, we did: raised this year", o.this_year),
        ("outcomes_earlier", "Still open from earlier years", o.earlier),
    ):
        rows = [_outcome_row(line) for line in lines]
        tables.append(
            ReportTable(
                key,
                title,
                list(OUTCOME_COLUMNS),
                rows,
                list(OUTCOME_KINDS),
                marked_rows={i for i, line in enumerate(lines) if line.overdue},
            )
        )
    return tables


PROFILE_PRINTED = ["Involved", "%", "Survey respondents", "%", "All customers", "%", "Gap (points)"]


def profile_tables(r: ImpactFigures) -> list[ReportTable]:
    tables = []
    for c in r.profile:
        rows = [
            [
                line.category,
                protected(line.involved, line.involved_suppressed),
                protected(line.involved_pct, line.involved_suppressed),
                protected(line.respondents, line.respondents_suppressed),
                protected(line.respondents_pct, line.respondents_suppressed),
                protected(line.base, line.base_suppressed) if c.has_base else None,
                protected(line.base_pct, line.base_suppressed) if c.has_base else None,
                protected(line.gap, line.involved_suppressed or line.base_suppressed)
                if c.has_base and line.known
                else None,
            ]
            for line in c.lines
        ]
        tables.append(
            ReportTable(
                f"profile_{c.dimension}",
                c.label,
                [
                    c.label,
                    "Involved",
                    "Involved %",
                    "Survey respondents",
                    "Respondents %",
                    "All customers",
                    "All customers %",
                    "Gap (points)",
                ],
                rows,
                ["text", "count", "percent", "count", "percent", "count", "percent", "change"],
                notes=[f"All customers: {c.base_source}."],
                printed=[c.label, *PROFILE_PRINTED],
                marked_rows={i for i, line in enumerate(c.lines) if line.under_represented},
            )
        )
    return tables


def tsm_table(r: ImpactFigures) -> ReportTable:
    before = r.tsm_before.measures if r.tsm_before else {}
    rows = [
        [
            code,
            r.tsm.measure_set.names.get(code, code) if r.tsm else code,
            m.satisfied,
            m.base,
            m.percent,
            m.ci95[0] if m.ci95 else None,
            m.ci95[1] if m.ci95 else None,
            before[code].percent if code in before else None,
        ]
        for code, m in (r.tsm.measures.items() if r.tsm else [])
    ]
    return ReportTable(
        "tsm",
        r.tsm.measure_set.name if r.tsm else "Satisfaction measures",
        ["Code", "Measure", "Satisfied", "Base", "%", "95% from", "95% to", r.previous.label],
        rows,
        ["text", "text", "count", "count", "percent", "percent", "percent", "percent"],
    )


def rewards_table(r: ImpactFigures) -> ReportTable:
    w, b = r.rewards, r.rewards_before
    return ReportTable(
        "rewards",
        "Reward points and their conversion",
        ["Reward points", r.period.heading, r.previous.heading],
        [
            ["Points earned", w.points_earned, b.points_earned],
            ["Vouchers issued", w.vouchers, b.vouchers],
            ["Voucher value", Pence(w.voucher_value_pence), Pence(b.voucher_value_pence)],
            ["Donations to charity", w.donations, b.donations],
            ["Donation value", Pence(w.donation_value_pence), Pence(b.donation_value_pence)],
            ["Rent credits", w.rent_credits, b.rent_credits],
            [
                "Rent credit value",
                Pence(w.rent_credit_value_pence),
                Pence(b.rent_credit_value_pence),
            ],
        ],
        ["text", "count", "count"],
        notes=[
            "A scheme year's conversion counts in the report year in which that scheme "
            "year ends, whatever day the year-end run was made."
        ],
    )


def all_tables(r: ImpactFigures) -> list[ReportTable]:
    """Every table of the report, in the order the PDF prints them."""
    return [
        summary_table(r),
        costs_table(r),
        *money_tables(r),
        _activity("events_by_type", "Events by type", "Type", r.events_by_type),
        _activity("events_by_group", "Events by group", "Group", r.events_by_group),
        ReportTable(
            "groups",
            "Groups and their members",
            ["Group", "Members in the year"],
            [list(g) for g in r.groups],
            ["text", "count"],
        ),
        ReportTable(
            "surveys",
            "Surveys",
            ["Survey", "From", "To", "Responses this year"],
            [list(s) for s in r.surveys]
            + ([["Total", "", "", sum(s[3] for s in r.surveys)]] if r.surveys else []),
            ["text", "date", "date", "count"],
            total_rows={len(r.surveys)},
        ),
        training_table(r),
        fund_table(r),
        ReportTable(
            "event_feedback",
            "What events recorded",
            ["Held", "Event", "Group", "Outcome or feedback recorded"],
            [[n.held_on, n.title, n.group, n.note] for n in r.event_notes],
            ["date", "text", "text", "text"],
        ),
        *outcome_tables(r),
        control_table(r),
        you_choose_table(r.you_choose, r.you_choose_before, [r.period.heading, r.previous.heading]),
        *profile_tables(r),
        tsm_table(r),
        rewards_table(r),
    ]
