"""``report satisfaction --by DIMENSION`` and ``--report-card``: the results broken down by
who answered, and the one-page report card for tenants. Options on the ``satisfaction``
report (commands/reports.py); the figures come from reports/surveys."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import emit, opened, output_file

#: The --by choices (reports.surveys.breakdowns.DIMENSIONS, named here so --help needs no
#: database code loaded).
BY = ("involvement", "children", "age_band", "tenure", "area", "method")


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        choices=BY,
        help="also break every measure down by involvement (involved members against "
        "everyone else), children in the household, age band, tenure, area or survey method; "
        "small groups hidden",
    )
    parser.add_argument(
        "--report-card",
        action="store_true",
        help="write the one-page report card for tenants to -o FILE.pdf instead of the results",
    )


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "by", None) or getattr(args, "report_card", False))


def run(args: argparse.Namespace) -> int:
    if args.report_card:
        return _report_card(args)
    return _breakdown(args)


def _report_card(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.surveys.report_card import report_card
    from engagement_desktop.reports.surveys.report_card_pdf import write_report_card

    output = output_file(args.output, ".pdf")
    with opened(args) as store, store.session() as session:
        card = report_card(session, args.survey)
    write_report_card(card, output)
    lines = [f"Report card for {card.survey} ({card.landlord}):"]
    for line in card.lines:
        last = f", last year {line.last_year:.0f}%" if line.last_year is not None else ""
        lines.append(f"  {line.label}: {line.percent:.0f}%{last}")
    lines.append(f"Written to {args.output}")
    summary: dict[str, Any] = {
        "survey": card.survey,
        "landlord": card.landlord,
        "last_survey": card.last_survey,
        "measures": {
            line.code: {"label": line.label, "percent": line.percent, "last_year": line.last_year}
            for line in card.lines
        },
        "output": args.output,
    }
    emit(args, summary, lines)
    return 0


def _breakdown(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.common.disclosure import HIDDEN
    from engagement_desktop.reports.surveys.breakdown_table import breakdown_count_table
    from engagement_desktop.reports.surveys.breakdowns import survey_breakdown
    from engagement_desktop.reports.surveys.tsm_publication import tsm_report

    output = output_file(args.output, ".pdf", ".xlsx") if args.output else None
    with opened(args) as store, store.session() as session:
        report = tsm_report(session, args.survey)
        found = survey_breakdown(session, args.survey, args.by)
    table = breakdown_count_table(found)
    if output:
        from engagement_desktop.reports.surveys.tsm_report import (
            write_tsm_pdf,
            write_tsm_workbook,
        )

        report.breakdowns.append(table)
        write = write_tsm_pdf if output.suffix.lower() == ".pdf" else write_tsm_workbook
        write(report, output)
    lines = [f"{found.survey}: {table.title.lower()} ({report.results.measure_set.name})"]
    lines.append("  " + " | ".join(table.columns))
    for r, row in enumerate(table.rows):
        shown = [HIDDEN if (r, c) in table.hidden else str(v) for c, v in enumerate(row)]
        lines.append("  " + " | ".join(shown))
    lines.append(f"  {table.note}")
    if args.output:
        lines.append(f"Written to {args.output}")
    summary = report.results.as_dict() | {"breakdown": found.as_dict(), "output": args.output}
    emit(args, summary, lines)
    return 0
