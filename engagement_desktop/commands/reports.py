"""``report``: printed results (TSM now; the impact assessment joins later)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened
from engagement_desktop.errors import EngagementError


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="reports as PDF or Excel")
    sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    tsm = sub.add_parser("tsm", help="Tenant Satisfaction Measures of a survey")
    tsm.add_argument("--survey", required=True, metavar="NAME")
    tsm.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx")
    add_json(tsm)
    tsm.set_defaults(handler=_tsm)


def _tsm(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.tsm_report import write_tsm_pdf, write_tsm_workbook
    from engagement_desktop.services.settings import get_setting
    from engagement_desktop.services.tsm import MEASURES, tsm_results

    if args.output and Path(args.output).suffix.lower() not in (".pdf", ".xlsx"):
        raise EngagementError("The output file must end in .pdf or .xlsx.")
    with opened(args) as store, store.session() as session:
        homes = int(get_setting(session, "homes_count") or 0)
        results = tsm_results(session, args.survey, homes=homes)
        landlord = get_setting(session, "landlord_name") or ""
    if args.output:
        path = Path(args.output)
        if path.suffix.lower() == ".pdf":
            write_tsm_pdf(results, path, landlord)
        else:
            write_tsm_workbook(results, path)
    summary = {
        "survey": results.survey,
        "respondents": results.respondents,
        "measures": {c: m.as_dict() for c, m in results.measures.items()},
    }
    if results.sample_needed:
        summary["sample_needed_for_4_points"] = results.sample_needed
    lines = [f"{results.survey}: {results.respondents:,} respondents (latest per tenant)"]
    for code, measure in results.measures.items():
        shown = f"{measure.percent:.1f}%" if measure.percent is not None else "no answers"
        ci = f" (95%: {measure.ci95[0]:.1f}–{measure.ci95[1]:.1f})" if measure.ci95 else ""
        lines.append(f"  {code} {MEASURES[code][:60]}: {shown} of {measure.base:,}{ci}")
    if args.output:
        lines.append(f"Written to {args.output}")
    emit(args, summary, lines)
    return 0
