"""``budget``: set and show the involvement budget, and the year's targets."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened
from engagement_desktop.errors import EngagementError


def register(commands: Any) -> None:
    budget = commands.add_parser("budget", help="the involvement budget and the year's targets")
    sub = budget.add_subparsers(dest="budget_command", metavar="ACTION", required=True)
    setting = sub.add_parser("set", help="set one budget line for a report year")
    _year(setting)
    setting.add_argument("--category", metavar="C", help="venues, catering, staff time ...")
    setting.add_argument("--amount", metavar="POUNDS", help="e.g. 1200 or £1,200.50")
    setting.add_argument("--group", metavar="NAME", help="a line for one group or stream")
    setting.add_argument("--note", metavar="TEXT")
    add_json(setting)
    setting.set_defaults(handler=_set)
    show = sub.add_parser("show", help="budget, committed, spent, left and forecast")
    _year(show)
    add_json(show)
    show.set_defaults(handler=_show)
    target = sub.add_parser("target", help="set a target for a measure in a report year")
    _year(target)
    target.add_argument(
        "--measure",
        metavar="KEY",
        help="e.g. people_involved, or a satisfaction measure of your regulator's set: "
        "tsm:TP01 (England), scotland_charter:I1 (Scotland), wales:... (Wales), "
        "SET:L1 for a measure of your own",
    )
    target.add_argument("--value", metavar="N", help="a count, or a share in %% (25 for 25%%)")
    add_json(target)
    target.set_defaults(handler=_target)
    listing = sub.add_parser("targets", help="the year's targets and where each stands")
    _year(listing)
    add_json(listing)
    listing.set_defaults(handler=_targets)


def _year(parser: argparse.ArgumentParser) -> None:
    # Not required=True: a missing year is a user's slip (one line, exit 1), not usage.
    parser.add_argument("--year", metavar="Y", help="report year by the year it starts in")


def _year_given(args: argparse.Namespace, what: str) -> int:
    text = (args.year or "").strip()
    if not text:
        raise EngagementError(f"{what} needs the report year (e.g. --year 2026 for 2026/27).")
    if not text.isdigit():
        raise EngagementError(f"'{text}' is not a report year: give the year it starts in.")
    return int(text)


def _set(args: argparse.Namespace) -> int:
    from engagement_desktop.services.budget.lines import group_named, set_budget
    from engagement_desktop.services.common.money import money, parse_pounds, pounds_value

    year = _year_given(args, "A budget line")
    if not args.category:
        raise EngagementError("A budget line needs its --category (e.g. venues).")
    try:
        amount = parse_pounds(args.amount or "")
    except ValueError as exc:
        raise EngagementError(f"Amount: {exc}.") from None
    if amount is None:
        raise EngagementError("A budget line needs its --amount in pounds (e.g. 1200).")
    with opened(args, write=True) as store:
        group_id = None
        if args.group:
            with store.session() as session:
                group_id = group_named(session, args.group)
        row = set_budget(store, year, args.category, amount, group_id=group_id, note=args.note)
    where = f" for {row.group}" if row.group else ""
    emit(
        args,
        {
            "year": row.year,
            "category": row.category,
            "group": row.group,
            "amount": pounds_value(row.amount_pence),
        },
        [
            f"Budget {row.year}/{(row.year + 1) % 100:02d}: {row.label}{where} set to "
            f"{money(row.amount_pence)}"
        ],
    )
    return 0


def position_json(position: Any) -> dict[str, Any]:
    """The budget position as JSON: money in pounds, shares in %."""
    from engagement_desktop.services.common.money import pounds_value

    def row(r: Any) -> dict[str, Any]:
        return {
            "key": r.key,
            "label": r.label,
            "budget": pounds_value(r.budget_pence),
            "committed": pounds_value(r.committed_pence),
            "spent": pounds_value(r.spent_pence),
            "left": pounds_value(r.left_pence),
            "used_percent": None if r.used_percent is None else round(r.used_percent, 1),
            "forecast": pounds_value(r.forecast_pence),
        }

    t = position.true_cost
    return {
        "year": position.year,
        "period": [position.period.start.isoformat(), position.period.end.isoformat()],
        "year_to_date": position.period.part,
        "categories": [row(r) for r in position.rows],
        "groups": [row(r) for r in position.group_rows],
        "total": row(position.total),
        "true_cost": {
            "spent": pounds_value(t.spent_pence),
            "staff_time": pounds_value(t.staff_pence),
            "staff_on_cost_percent": t.on_cost_percent,
            "staff_on_costs": pounds_value(t.on_cost_pence),
            "overheads": pounds_value(t.overheads_pence),
            "true_cost": pounds_value(t.total_pence),
            "no_overheads_because": t.no_overheads_because,
        },
    }


def _show(args: argparse.Namespace) -> int:
    from engagement_desktop.services.budget.position import budget_position
    from engagement_desktop.services.common.money import money

    year = _year_given(args, "Showing the budget")
    with opened(args) as store, store.session() as session:
        position = budget_position(session, year)
    p = position.period
    span = "" if position.not_started else f", {p.long}"  # not "1 April to 1 April"
    lines = [f"Involvement budget {p.label}{span}: {position.elapsed}"]
    header = f"  {'Category':<28}{'Budget':>12}{'Committed':>12}{'Spent':>12}{'Left':>12}"
    lines += [header + f"{'Used':>7}{'Forecast':>12}"]
    for r in [*position.rows, *position.group_rows, position.total]:
        used = "" if r.used_percent is None else f"{r.used_percent:.0f}%"
        lines.append(
            f"  {r.label[:27]:<28}{money(r.budget_pence):>12}{money(r.committed_pence):>12}"
            f"{money(r.spent_pence):>12}{money(r.left_pence):>12}{used:>7}"
            f"{money(r.forecast_pence):>12}"
        )
    t = position.true_cost
    lines.append(
        f"True cost {money(t.total_pence)}: spent {money(t.spent_pence)} + staff on-costs "
        f"{money(t.on_cost_pence)} ({t.on_cost_percent:g}%) + overheads {money(t.overheads_pence)}"
        + (f" (none shared: {t.no_overheads_because})" if t.no_overheads_because else "")
    )
    emit(args, position_json(position), lines)
    return 0


def _target(args: argparse.Namespace) -> int:
    from engagement_desktop.services.budget.targets import set_target

    year = _year_given(args, "A target")
    if not args.measure:
        raise EngagementError("A target needs its --measure (e.g. people_involved).")
    text = (args.value or "").strip().rstrip("%")
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise EngagementError(
            f"Value: '{args.value or ''}' is not a number (e.g. 400, or 25 for 25%)."
        ) from None
    with opened(args, write=True) as store:
        row = set_target(store, year, args.measure, value)
    shown = f"{row.value:g}%" if row.percent else f"{row.value:,.0f}"
    emit(
        args,
        {"year": row.year, "measure": row.measure, "value": row.value},
        [f"Target {row.year}/{(row.year + 1) % 100:02d}: {row.label} {shown}"],
    )
    return 0


def _targets(args: argparse.Namespace) -> int:
    from datetime import date

    from engagement_desktop.services.budget.period import report_period, to_date
    from engagement_desktop.services.budget.targets import kpi_lines, shown_value

    year = _year_given(args, "Listing targets")
    with opened(args) as store, store.session() as session:
        upto = to_date(report_period(session, year), date.today())
        lines_ = kpi_lines(session, year, upto)
    lines = [f"Targets {upto.heading}:"]
    lines += [
        f"  {k.measure.label}: {shown_value(k.figure.value, k.measure.percent)} "
        f"[{k.status}] {k.why}"
        for k in lines_
    ]
    if not lines_:
        lines.append("  No targets set for this year.")
    emit(args, {"year": year, "kpis": [kpi_json(k) for k in lines_]}, lines)
    return 0


def kpi_json(k: Any) -> dict[str, Any]:
    def fig(f: Any) -> dict[str, Any]:
        value = None if f.value is None else round(f.value, 2)
        return {"value": value, "numerator": f.numerator, "denominator": f.denominator}

    return {
        "measure": k.measure.key,
        "label": k.measure.label,
        "definition": k.measure.definition,
        "unit": "percent" if k.measure.percent else "count",
        "target": k.target,
        "expected_by_now": None if k.expected is None else round(k.expected, 1),
        "status": k.status,
        "why": k.why,
        **fig(k.figure),
        "quarters": [{"period": label} | fig(f) for label, f in k.quarters],
        "years": [{"period": label} | fig(f) for label, f in k.years],
    }
