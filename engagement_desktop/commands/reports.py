"""``report``: printed results: satisfaction measures of any set (``report tsm`` is the
English spelling of ``report satisfaction``) and the annual Involvement Impact Assessment."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands import satisfaction_extras
from engagement_desktop.commands.common import add_json, emit, opened, output_file


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="reports as PDF or Excel")
    sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    tsm = sub.add_parser("tsm", help="Tenant Satisfaction Measures of a survey")
    tsm.add_argument("--survey", required=True, metavar="NAME")
    tsm.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx")
    add_json(tsm)
    tsm.set_defaults(handler=_tsm)
    satisfaction = sub.add_parser(
        "satisfaction",
        help="satisfaction measures of a survey, in its measure set (TSM, Scottish Charter, "
        "Wales, the landlord's own)",
    )
    satisfaction.add_argument("--survey", required=True, metavar="NAME")
    satisfaction.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx")
    satisfaction_extras.add_options(satisfaction)
    add_json(satisfaction)
    satisfaction.set_defaults(handler=_satisfaction)

    impact = sub.add_parser("impact", help="the annual Involvement Impact Assessment")
    impact.add_argument(
        "--year",
        type=int,
        required=True,
        help="report year by the year it starts in (2025 = 2025/26)",
    )
    impact.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    impact.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the figures to Excel")
    impact.add_argument("--large-print", action="store_true")
    impact.add_argument(
        "--base",
        choices=("people", "table"),
        default="people",
        help="compare with everyone in the store (default) or the aggregate customer profile table",
    )
    impact.add_argument(
        "--prepared-by",
        metavar="NAME",
        help="name on the cover (default: the officer's name in Settings)",
    )
    add_json(impact)
    impact.set_defaults(handler=_impact)
    from engagement_desktop.commands.board import register_reports

    register_reports(sub)


def _impact(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.impact.pdf import write_impact_pdf
    from engagement_desktop.reports.impact.pdf_layout import shown
    from engagement_desktop.reports.impact.report import build_report, prepared_by_name
    from engagement_desktop.reports.impact.workbook import write_impact_workbook
    from engagement_desktop.services.common.settings import report_logo

    output = output_file(args.output, ".pdf")
    xlsx = output_file(args.xlsx, ".xlsx", flag="--xlsx") if args.xlsx else None
    with opened(args) as store, store.session() as session:
        report = build_report(
            session,
            args.year,
            prepared_by=prepared_by_name(session, args.prepared_by or ""),
            base_source=args.base,
        )
        logo = report_logo(session)
    pdf = write_impact_pdf(report, output, large_print=args.large_print, logo=logo)
    if xlsx:
        write_impact_workbook(report, xlsx)
    title = f"Involvement Impact Assessment {report.period.label}"
    if report.period.part:
        title += f" ({report.period.to_date}, compared with the same months last year)"
    lines = [f"{title} written to {pdf}"]
    summary = report.table("summary")
    lines += [f"  {row[0].strip()}: {shown(row[1])}" for row in summary.rows]
    if args.base == "table":
        lines.append("Customer base by dimension:")
        lines += [f"  {c.label}: {c.base_source}" for c in report.profile]
    if args.xlsx:
        lines.append(f"Figures written to {args.xlsx}")
    emit(args, report.as_json() | {"output": str(pdf), "xlsx": args.xlsx}, lines)
    return 0


def _satisfaction(args: argparse.Namespace) -> int:
    """The results in the shape the issue asks for, whatever the set."""
    if satisfaction_extras.wanted(args):
        return satisfaction_extras.run(args)
    return _tsm(args, short=True)


def _tsm(args: argparse.Namespace, short: bool = False) -> int:
    from engagement_desktop.reports.surveys.tsm_publication import tsm_report
    from engagement_desktop.reports.surveys.tsm_report import write_tsm_pdf, write_tsm_workbook

    path = output_file(args.output, ".pdf", ".xlsx") if args.output else None
    with opened(args) as store, store.session() as session:
        report = tsm_report(session, args.survey)
    results = report.results
    if path:
        if path.suffix.lower() == ".pdf":
            write_tsm_pdf(report, path)
        else:
            write_tsm_workbook(report, path)
    names = results.measure_set.names
    lines = [
        f"{results.survey} ({results.measure_set.name}): {results.respondents:,} respondents "
        "(one per household)"
    ]
    lines += [f"  {check.sentence()}" for check in report.checks]
    if not results.measure_set.margins:
        lines.append(f"  Required margin of error: {results.measure_set.sample_rule}.")
    elif not report.checks:
        lines.append("  Relevant homes not recorded: the responses needed cannot be worked out.")
    for code, measure in results.measures.items():
        shown = f"{measure.percent:.1f}%" if measure.percent is not None else "no answers"
        ci = f" (95%: {measure.ci95[0]:.1f}–{measure.ci95[1]:.1f})" if measure.ci95 else ""
        lines.append(f"  {code} {names[code]}: {shown} of {measure.base:,}{ci}")
    if args.output:
        lines.append(f"Written to {args.output}")
    shown = results.as_dict() if short else report.as_json()
    emit(args, shown if short else shown | {"output": args.output}, lines)
    return 0
