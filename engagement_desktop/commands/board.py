"""``report board`` and ``report annual``: the quarterly Board report and the annual
report to customers (registered under ``report`` by commands/reports.py)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from engagement_desktop.commands.common import add_json, emit, iso_day, opened, output_file
from engagement_desktop.errors import EngagementError


def register_reports(sub: Any) -> None:
    board = sub.add_parser("board", help="the quarterly report to the Board")
    board.add_argument(
        "--quarter",
        metavar="YYYYQn",
        help="e.g. 2026Q3 (quarters of the report year; default: the last one ended)",
    )
    board.add_argument("-o", "--output", metavar="FILE.pdf")
    board.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the figures to Excel")
    board.add_argument("--risks", metavar="TEXT", help="the risks box (default: as saved)")
    board.add_argument("--prepared-by", metavar="NAME")
    board.add_argument("--today", type=iso_day, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_json(board)
    board.set_defaults(handler=_board)
    annual = sub.add_parser("annual", help="the annual report to customers (large type)")
    annual.add_argument("--year", metavar="Y", help="report year by the year it starts in")
    annual.add_argument("-o", "--output", metavar="FILE.pdf")
    annual.add_argument("--today", type=iso_day, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_json(annual)
    annual.set_defaults(handler=_annual)


def _board(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.board.gather import gather
    from engagement_desktop.reports.board.pdf import write_board_pdf
    from engagement_desktop.reports.board.report import BoardReport
    from engagement_desktop.reports.board.workbook import write_board_workbook
    from engagement_desktop.reports.impact.report import prepared_by_name
    from engagement_desktop.services.budget.period import board_quarters

    output = output_file(args.output, ".pdf")
    xlsx = output_file(args.xlsx, ".xlsx", flag="--xlsx") if args.xlsx else None
    today = args.today or date.today()
    with opened(args) as store, store.session() as session:
        # the last quarter ended, as the window offers: the one a Board meets to hear about
        quarters = [q.code for q in board_quarters(session, today)]
        quarter = args.quarter or (quarters[1] if len(quarters) > 1 else quarters[0])
        report = BoardReport(
            gather(
                session,
                quarter,
                today=today,
                prepared_by=prepared_by_name(session, args.prepared_by or ""),
                risks=args.risks,
            )
        )
    write_board_pdf(report, output)
    if xlsx:
        write_board_workbook(report, xlsx)
    b = report.figures
    lines = [f"{report.title} ({b.quarter.months}) written to {output}"]
    lines += [f"  {k.measure.label}: {k.status}. {k.why}" for k in b.kpis]
    t = b.budget.true_cost
    lines.append(
        f"  Spent £{t.spent_pence / 100:,.2f} of £{b.budget.total.budget_pence / 100:,.2f}; "
        f"true cost £{t.total_pence / 100:,.2f}"
    )
    if args.xlsx:
        lines.append(f"Figures written to {args.xlsx}")
    emit(args, report.as_json() | {"output": str(output), "xlsx": args.xlsx}, lines)
    return 0


def _annual(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.annual.gather import gather_annual
    from engagement_desktop.reports.annual.pdf import write_annual_pdf

    text = (args.year or "").strip()
    if not text.isdigit():
        raise EngagementError("Give the report year with --year, e.g. 2025 for 2025/26.")
    output = output_file(args.output, ".pdf")
    with opened(args) as store, store.session() as session:
        annual = gather_annual(session, int(text), today=args.today or date.today())
    write_annual_pdf(annual, output)
    lines = [f"Annual report to customers {annual.period.label} written to {output}"]
    lines += [f"  {label}: {shown}" for label, shown in annual.numbers]
    emit(args, annual.as_json() | {"output": str(output)}, lines)
    return 0
