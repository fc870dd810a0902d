"""The reports the Reports page offers, and the work of writing each one.

Each writer is a plain function ``(store, request, path, progress)`` run on the
database worker: it reads in its own session, calls the Qt-free report code
(``reports/``) and reports its stage so the progress dialog can say what is
happening and Cancel can stop it between stages. A cancelled run leaves no file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.tasks import TaskCancelled, TaskProgress
from engagement_desktop.reports.impact.report import ImpactReport, build_report, prepared_by_name
from engagement_desktop.reports.impact.workbook import write_impact_workbook
from engagement_desktop.reports.rewards.points_statement import statements
from engagement_desktop.reports.surveys.tsm_publication import TsmReport, tsm_report
from engagement_desktop.services.common.settings import get_setting, report_logo
from engagement_desktop.services.rewards.accounts import statement_count
from engagement_desktop.store.engine import Store


@dataclass(frozen=True)
class ReportKind:
    key: str
    name: str
    description: str
    year: str | None = "report"  # "report" or "scheme" year, a "quarter", or None (a survey)
    survey: bool = False
    base: bool = False  # offers "compare with everyone / the profile table"
    excel: bool = True


REPORTS: tuple[ReportKind, ...] = (
    ReportKind(
        "impact",
        "Involvement Impact Assessment",
        "The annual report for the Board and the scrutiny panel: what involvement cost, "
        "what it did, who took part and what changed, with last year alongside.",
        base=True,
    ),
    ReportKind(
        "impact_large",
        "Involvement Impact Assessment (large print)",
        "The same report in large print, for anyone who asks for it.",
        base=True,
    ),
    ReportKind(
        "board",
        "Board report (quarterly)",
        "Two to four pages for the Board: measures against targets, spend against budget "
        "and the true cost, who took part, you said we did, scrutiny, your risks and next "
        "quarter's programme.",
        year="quarter",
    ),
    ReportKind(
        "annual",
        "Annual report to customers",
        "Four pages in plain English and large type for tenants: what you told us, what we "
        "did, how to get involved and the year in numbers.",
        excel=False,
    ),
    ReportKind(
        "tsm",
        "Satisfaction measures",
        "One survey's measures in its own set (Tenant Satisfaction Measures, Scottish "
        "Charter indicators, Welsh measures, your own): the result, its base and 95% "
        "interval, a chart, and the results by involvement.",
        year=None,
        survey=True,
    ),
    ReportKind(
        "statements",
        "Reward points statements",
        "A letter for everyone with points in a scheme year: the year's points and the "
        "balance. Large print for those who need it.",
        year="scheme",
        excel=False,
    ),
)
KINDS = {kind.key: kind for kind in REPORTS}


@dataclass(frozen=True)
class ReportRequest:
    """What the officer chose; equal requests give equal reports (the preview is reused)."""

    kind: str
    year: int | None = None
    survey: str | None = None
    base_source: str = "people"
    prepared_by: str = ""
    quarter: str | None = None  # "2026Q3" for the Board report
    risks: str = ""  # the Board report's risks box

    @property
    def report(self) -> ReportKind:
        return KINDS[self.kind]

    def title(self) -> str:
        kind = self.report
        if kind.survey:
            return f"{kind.name}: {self.survey}"
        if kind.year == "quarter":
            return f"{kind.name} {self.quarter or ''}".strip()
        year = f"{self.year}/{(self.year or 0) % 100 + 1:02d}" if self.year else ""
        return f"{kind.name} {year}".strip()


@dataclass
class Written:
    """A finished file, with the figures it was made from (reused by Save as Excel)."""

    path: Path
    request: ReportRequest
    figures: Any = None  # ImpactReport or TsmReport
    pages: int = 0


def _stage(progress: TaskProgress | None, done: int, total: int, text: str) -> None:
    if progress is not None and not progress(done, total, text):
        raise TaskCancelled("Cancelled.")


def _impact(store: Store, request: ReportRequest) -> ImpactReport:
    assert request.year is not None
    with store.session() as session:
        return build_report(
            session,
            request.year,
            prepared_by=prepared_by_name(session, request.prepared_by),
            base_source=request.base_source,
        )


def _tsm(store: Store, request: ReportRequest) -> TsmReport:
    if not request.survey:
        raise EngagementError("Choose a survey with satisfaction measures first.")
    from engagement_desktop.reports.surveys.breakdown_table import breakdown_count_table
    from engagement_desktop.reports.surveys.breakdowns import survey_breakdown

    with store.session() as session:
        report = tsm_report(session, request.survey)
        found = survey_breakdown(session, request.survey, "involvement")
    report.breakdowns.append(breakdown_count_table(found))
    return report


def _board(store: Store, request: ReportRequest) -> Any:
    from engagement_desktop.reports.board.gather import gather
    from engagement_desktop.reports.board.report import BoardReport
    from engagement_desktop.services.budget.targets import save_board_risks

    if not request.quarter:
        raise EngagementError("Choose a quarter first.")
    save_board_risks(store, request.quarter, request.risks)  # kept for the next printing
    with store.session() as session:
        return BoardReport(
            gather(
                session,
                request.quarter,
                prepared_by=prepared_by_name(session, request.prepared_by),
                risks=request.risks,
            )
        )


def write_pdf(
    store: Store,
    request: ReportRequest,
    path: Path,
    progress: TaskProgress | None = None,
    figures: Any = None,
) -> Written:
    """Write the chosen report as a PDF; ``figures`` already read are used as they are."""

    from engagement_desktop.reports.impact.pdf import write_impact_pdf
    from engagement_desktop.reports.surveys.tsm_report import write_tsm_pdf

    def write(target: Path) -> Written:
        kind = request.kind
        if kind in ("impact", "impact_large"):
            _stage(progress, 0, 3, "Counting the year's figures…")
            report = figures if isinstance(figures, ImpactReport) else _impact(store, request)
            with store.session() as session:
                logo = report_logo(session)
            _stage(progress, 2, 3, "Drawing the pages…")
            write_impact_pdf(report, target, large_print=kind == "impact_large", logo=logo)
            return Written(path, request, report)
        if kind == "board":
            from engagement_desktop.reports.board.pdf import write_board_pdf

            _stage(progress, 0, 2, "Counting the quarter's figures…")
            board = figures if figures is not None else _board(store, request)
            _stage(progress, 1, 2, "Drawing the pages…")
            write_board_pdf(board, target)
            return Written(path, request, board)
        if kind == "annual":
            from engagement_desktop.reports.annual.gather import gather_annual
            from engagement_desktop.reports.annual.pdf import write_annual_pdf

            assert request.year is not None
            _stage(progress, 0, 2, "Counting the year's figures…")
            with store.session() as session:
                annual = gather_annual(session, request.year)
            _stage(progress, 1, 2, "Drawing the pages…")
            write_annual_pdf(annual, target)
            return Written(path, request, annual)
        if kind == "tsm":
            _stage(progress, 0, 2, "Counting the answers…")
            results = figures if isinstance(figures, TsmReport) else _tsm(store, request)
            _stage(progress, 1, 2, "Drawing the pages…")
            write_tsm_pdf(results, target)
            return Written(path, request, results)
        _statements(store, request, target, progress)
        return Written(path, request)

    return _replace_when_done(path, progress, write)


def _statements(
    store: Store, request: ReportRequest, path: Path, progress: TaskProgress | None
) -> None:
    from engagement_desktop.reports.rewards.statement_pdf import write_statements

    assert request.year is not None
    with store.session() as session:
        total = statement_count(session, request.year)
        landlord = get_setting(session, "landlord_name") or ""
        _stage(progress, 0, total, "Reading the ledger…")

        def report(done: int, of: int | None) -> bool:
            return progress is None or progress(
                done, of or total, f"{done:,} of {total:,} letters…"
            )

        write_statements(
            path, statements(session, request.year), landlord=landlord, total=total, progress=report
        )


def write_excel(
    store: Store,
    request: ReportRequest,
    path: Path,
    progress: TaskProgress | None = None,
    figures: Any = None,
) -> Written:
    """The report's figures as a workbook (the impact assessment's twin, or TSM results)."""
    from engagement_desktop.reports.surveys.tsm_report import write_tsm_workbook

    if not request.report.excel:
        raise EngagementError(f"{request.report.name} have no Excel version.")

    def write(target: Path) -> Written:
        _stage(progress, 0, 2, "Counting the figures…")
        if request.kind == "board":
            from engagement_desktop.reports.board.workbook import write_board_workbook

            board = figures if figures is not None else _board(store, request)
            _stage(progress, 1, 2, "Writing the workbook…")
            write_board_workbook(board, target)
            return Written(path, request, board)
        data: TsmReport | ImpactReport
        if request.kind == "tsm":
            data = figures if isinstance(figures, TsmReport) else _tsm(store, request)
        else:
            data = figures if isinstance(figures, ImpactReport) else _impact(store, request)
        _stage(progress, 1, 2, "Writing the workbook…")
        if isinstance(data, TsmReport):
            write_tsm_workbook(data, target)
        else:
            write_impact_workbook(data, target)
        return Written(path, request, data)

    return _replace_when_done(path, progress, write)


def _replace_when_done(
    path: Path, progress: TaskProgress | None, write: Callable[[Path], Written]
) -> Written:
    """Write beside ``path`` and put it in place only if nobody cancelled meanwhile, so a
    cancelled or failed run leaves the folder as it was (an older file included)."""
    temporary = path.with_name(f"{path.stem}.writing{path.suffix}")
    try:
        written = write(temporary)
        _stage(progress, 1, 1, "Done")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return written


def same_figures(written: Written | None, request: ReportRequest) -> Any:
    """The figures of an earlier file if they answer ``request`` (print size aside)."""
    if written is None or written.figures is None:
        return None
    if replace(written.request, kind=_family(written.request.kind)) == replace(
        request, kind=_family(request.kind)
    ):
        return written.figures
    return None


def _family(kind: str) -> str:
    return "impact" if kind == "impact_large" else kind
