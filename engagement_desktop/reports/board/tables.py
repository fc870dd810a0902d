"""The Board report's tables, built once from :class:`BoardFigures` and printed the same
way in the PDF, the workbook and ``--json`` (money in :class:`Pence`, hidden cells
:data:`HIDDEN`)."""

from __future__ import annotations

from typing import Any

from engagement_desktop.reports.board.gather import BoardFigures
from engagement_desktop.reports.impact.report_table import HIDDEN, Pence, Percent, Rate, ReportTable
from engagement_desktop.services.budget.kpis import Figure
from engagement_desktop.services.budget.targets import shown_value
from engagement_desktop.services.common.wording import day_text


def _fig(f: Figure, percent: bool) -> Any:
    if f.value is None:
        return None
    return Percent(round(f.value, 1)) if percent else round(f.value)


def kpi_table(b: BoardFigures) -> ReportTable:
    rows = []
    marked = set()
    for i, k in enumerate(b.kpis):
        pct = k.measure.percent
        # numbers the workbook can add up, printed "1,040" and "59.0%" all the same
        target: Any = None if k.target is None else (Percent(k.target) if pct else round(k.target))
        so_far = shown_value(None, pct) if k.figure.value is None else _fig(k.figure, pct)
        rows.append([k.measure.label, target, so_far, k.status, k.why])
        if k.status in ("off track", "at risk"):
            marked.add(i)
    notes = [f"{k.measure.label}: {k.measure.definition}" for k in b.kpis]
    if not b.targets_set:
        notes.insert(0, f"No targets are set for {b.year_to_date.label}: headline figures only.")
    return ReportTable(
        "kpis",
        f"Headline measures against targets, {b.year_to_date.label} to {day_text(b.quarter.end)}",
        ["Measure", "Target (year)", "So far", "Status", "Why"],
        rows,
        ["text", "text", "text", "text", "text"],
        notes=notes,
        marked_rows=marked,
    )


def trend_table(b: BoardFigures) -> ReportTable:
    quarters = b.kpis[0].quarters if b.kpis else []
    years = b.kpis[0].years if b.kpis else []
    columns = ["Measure", *[label for label, _ in quarters], *[label for label, _ in years]]
    rows = []
    for k in b.kpis:
        pct = k.measure.percent
        rows.append(
            [
                k.measure.label,
                *[_fig(f, pct) for _, f in k.quarters],
                *[_fig(f, pct) for _, f in k.years],
            ]
        )
    kinds = ["text", *["count"] * (len(columns) - 1)]
    short = [_short(label) for label in columns[1:]]
    return ReportTable(
        "kpi_trend",
        "Trend: the last four quarters and three years",
        columns,
        rows,
        kinds,
        notes=["The current year is to the end of the quarter reported."],
        printed=["Measure", *short],
    )


def _short(label: str) -> str:
    """ "Q3 2026/27" -> "Q3 26/27"; "2026/27 to 5 Dec" -> "26/27 to 5 Dec"."""
    return " ".join(w[2:] if len(w) == 7 and w[4] == "/" else w for w in label.split())


def spend_table(b: BoardFigures) -> ReportTable:
    position = b.budget
    rows = []
    for r in [*position.rows, *position.group_rows]:
        if not (r.budget_pence or r.spent_pence or r.committed_pence):
            continue
        rows.append(_money_row(r))
    total = position.total
    rows.append(_money_row(total))
    marked = {i for i, r in enumerate(rows) if r[-1] == "over"}
    return ReportTable(
        "spend",
        f"Spend against budget, {b.year_to_date.label} to {day_text(b.year_to_date.end)}",
        ["Category", "Budget", "Spent", "Committed", "Left", "% used", "Forecast", "Note"],
        rows,
        ["text", "count", "count", "count", "count", "percent", "count", "text"],
        notes=[
            "Spent: costs incurred so far (held events, staff time at each event's rate, "
            "course fees when taken, expenses approved or paid, reward conversions). "
            "Committed: planned events, booked courses and claims awaiting approval. "
            "Forecast: spend by the year end at the rate so far."
        ],
        total_rows={len(rows) - 1},
        marked_rows=marked,
    )


def _money_row(r: Any) -> list[Any]:
    used = None if r.used_percent is None else round(r.used_percent, 1)
    note = "over" if r.over else ""
    return [
        r.label,
        Pence(r.budget_pence),
        Pence(r.spent_pence),
        Pence(r.committed_pence),
        Pence(r.left_pence),
        used,
        Pence(r.forecast_pence),
        note,
    ]


def true_cost_table(b: BoardFigures) -> ReportTable:
    t = b.budget.true_cost
    people, attendances = b.summary.people_involved, b.summary.attendances
    rows: list[list[Any]] = [
        ["Money spent", Pence(t.spent_pence)],
        [f"Staff on-costs ({t.on_cost_percent:g}% of staff time)", Pence(t.on_cost_pence)],
        [f"Share of the year's overheads{t.none_shared}", Pence(t.overheads_pence)],
        ["True cost", Pence(t.total_pence)],
        ["People involved", people],
        ["True cost per person involved", Rate(round(t.total_pence / people)) if people else None],
        ["Attendances", attendances],
        [
            "True cost per attendance",
            Rate(round(t.total_pence / attendances)) if attendances else None,
        ],
    ]
    return ReportTable(
        "true_cost",
        "True cost, year to date",
        ["", "Amount"],
        rows,
        ["text", "count"],
        notes=[t.explained],
        total_rows={3},
    )


def profile_table(b: BoardFigures) -> ReportTable:
    rows = []
    compared = 0
    for c in b.profile:
        if not c.has_base:
            continue
        compared += 1
        for line in c.lines:
            if not line.under_represented:
                continue
            rows.append(
                [
                    c.label,
                    line.category,
                    HIDDEN if line.involved_suppressed else line.involved_pct,
                    HIDDEN if line.base_suppressed else line.base_pct,
                    line.gap if line.gap is not None else HIDDEN,
                ]
            )
    notes = [
        f"Groups {b.threshold:g} or more points below their share of all customers, of "
        f"{compared} dimensions compared (people who objected in writing left out).",
    ]
    if not rows:
        notes.insert(0, "No group is under-represented by more than the threshold.")
    return ReportTable(
        "profile",
        "Who took part against all customers: gaps",
        ["Dimension", "Group", "Involved %", "All customers %", "Gap (points)"],
        rows,
        ["text", "text", "percent", "percent", "percent"],
        notes=notes,
    )


def hours_table(b: BoardFigures) -> ReportTable:
    q, y = b.hours_quarter, b.hours
    value = y.value_per_hour_pence
    rows: list[list[Any]] = [
        ["Hours at meetings and events", q.meeting_hours, y.meeting_hours],
        ["Hours in training", q.training_hours, y.training_hours],
        ["Hours given in all", q.hours, y.hours],
        ["People who gave time", q.people, y.people],
        ["Hours per person", q.per_person, y.per_person],
    ]
    in_quarter = dict(q.by_group)
    rows += [
        [f"  of which {name}", in_quarter.get(name, 0.0), hours] for name, hours in y.by_group[:5]
    ]
    notes = [
        "Hours: minutes recorded on each register, else the event's length; training by "
        "the course's length."
    ]
    if value:
        rows.append(
            [
                f"Social value at £{value / 100:,.2f} an hour",
                Pence(q.social_value_pence),
                Pence(y.social_value_pence),
            ]
        )
        notes.append(
            "Social value is the landlord's own figure per hour "
            f"({y.value_source or 'source not given'}); "
            "it is not money spent and is not added to any cost."
        )
    if y.untimed:
        notes.append(f"{y.untimed:,} attendances had no time recorded and no end time.")
    return ReportTable(
        "volunteer_hours",
        "Volunteer hours and social value",
        ["", b.quarter.label, "Year to date"],
        rows,
        ["text", "count", "count"],
        notes=notes,
        total_rows={2},
    )


def done_table(b: BoardFigures) -> ReportTable:
    return ReportTable(
        "you_said_we_did",
        "You said, we did: completed this quarter",
        ["You said", "We did", "From", "Done"],
        [[o.asked, o.action, o.source, o.completed_on] for o in b.done],
        ["text", "text", "text", "date"],
        notes=[] if b.done else ["Nothing was completed this quarter."],
    )


def overdue_table(b: BoardFigures) -> ReportTable:
    notes = [f"{b.overdue_count:,} items past their due date and not done."]
    if b.overdue_count > len(b.overdue):
        notes.append(f"The {len(b.overdue)} oldest are shown.")
    return ReportTable(
        "overdue",
        "Overdue items",
        ["You said", "Response", "From", "Due"],
        [[o.asked, o.response, o.source, o.due_on] for o in b.overdue],
        ["text", "text", "text", "date"],
        notes=notes,
        marked_rows=set(range(len(b.overdue))),
    )


def scrutiny_table(b: BoardFigures) -> ReportTable:
    return ReportTable(
        "scrutiny",
        "Scrutiny recommendations and the Board's response",
        ["From", "Recommendation", "Response", "Reason"],
        [[r.source, r.recommendation, r.response, r.reason] for r in b.scrutiny],
        ["text", "text", "text", "text"],
        notes=[] if b.scrutiny else ["No scrutiny recommendations recorded this quarter."],
    )


def programme_table(b: BoardFigures) -> ReportTable:
    notes = [] if b.programme else ["No events are planned for next quarter yet."]
    if b.programme_more:
        notes.append(f"And {b.programme_more:,} more events.")
    return ReportTable(
        "programme",
        f"Next quarter's programme: {b.next_quarter.label} ({b.next_quarter.months})",
        ["Date", "Event", "Type", "Group"],
        [[e.starts_at.date(), e.title, e.kind, e.group] for e in b.programme],
        ["date", "text", "text", "text"],
        notes=notes,
    )


def all_tables(b: BoardFigures) -> list[ReportTable]:
    return [
        kpi_table(b),
        trend_table(b),
        spend_table(b),
        true_cost_table(b),
        profile_table(b),
        hours_table(b),
        done_table(b),
        overdue_table(b),
        scrutiny_table(b),
        programme_table(b),
    ]
