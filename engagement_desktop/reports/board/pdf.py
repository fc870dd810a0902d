"""The Board report as a PDF a Board member reads in five minutes: the quarter at a
glance, then KPIs, money, who took part, outcomes, scrutiny, risks and what comes next.
Laid out with the impact assessment's :class:`Layout` (same type, tables, footer)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.board.report import BoardReport
from engagement_desktop.reports.common.page_numbers import Footer, page_of_canvas
from engagement_desktop.reports.impact.pdf_layout import MARGIN, Layout
from engagement_desktop.services.budget.targets import AT_RISK, OFF_TRACK, ON_TRACK
from engagement_desktop.services.common.money import whole_pounds
from engagement_desktop.services.common.wording import long_date, plural


def _day(day: date) -> str:
    return long_date(day)


def glance(out: Layout, report: BoardReport) -> None:
    b = report.figures
    q = b.quarter
    out.story.append(Paragraph(escape(b.landlord or "Customer involvement"), out.h2))
    out.story.append(Paragraph(escape(f"Board report: {q.label}"), out.h1))
    span = f"{q.months}" + (f", to date ({_day(q.end)})" if q.part else "")
    out.p(
        escape(
            f"{span}. Year to date: {_day(b.year_to_date.start)} to {_day(b.year_to_date.end)}. "
            f"Prepared by {b.prepared_by or 'the involvement team'} on {_day(b.printed)}."
        )
    )
    counts = {s: sum(1 for k in b.kpis if k.status == s) for s in (ON_TRACK, AT_RISK, OFF_TRACK)}
    t = b.budget.true_cost
    people = b.summary.people_involved
    per_person = whole_pounds(round(t.total_pence / people)) if people else "–"
    total = b.budget.total
    used = f"{total.used_percent:.0f}%" if total.used_percent is not None else "no budget set"
    points = []
    if b.targets_set:
        points.append(
            f"<b>Targets:</b> {counts[ON_TRACK]} on track, {counts[AT_RISK]} at risk, "
            f"{counts[OFF_TRACK]} off track."
        )
    else:
        points.append("<b>Targets:</b> none set for this year; headline figures are shown.")
    points += [
        f"<b>People involved so far this year:</b> {people:,} "
        f"({b.quarter_summary.people_involved:,} this quarter), "
        f"{b.summary.attendances:,} attendances.",
        f"<b>Money:</b> {whole_pounds(total.spent_pence)} spent of a "
        f"{whole_pounds(total.budget_pence)} budget ({used}); true cost "
        f"{whole_pounds(t.total_pence)}, {per_person} per person involved"
        + (
            f"; overheads {whole_pounds(t.overheads_pence)}{escape(t.none_shared)}."
            if t.none_shared
            else "."
        ),
        f"<b>You said, we did:</b> {plural(len(b.done), 'item')} completed this quarter; "
        f"{b.overdue_count:,} overdue.",
        f"<b>Volunteer hours:</b> {b.hours.hours:,.0f} so far this year"
        + (
            f" (social value {whole_pounds(b.hours.social_value_pence)}, kept apart from spend)."
            if b.hours.value_per_hour_pence
            else "."
        ),
    ]
    for point in points:
        out.p("• " + point)


def _section(out: Layout, report: BoardReport, key: str) -> None:
    """A table under its heading; an empty one says so in one sentence."""
    table = report.table(key)
    out.heading(table.title, 2)
    if table.rows:
        out.table(table)
    else:
        out.p(f"<i>{escape(table.notes[0] if table.notes else 'None this quarter.')}</i>")


def write_board_pdf(report: BoardReport, path: str | os.PathLike[str]) -> Path:
    b = report.figures
    out = Layout(False)
    glance(out, report)
    kpis = report.table("kpis")
    out.heading(kpis.title, 2)
    out.table(replace(kpis, notes=kpis.notes[:1] if not b.targets_set else []))
    for key in ("kpi_trend", "spend", "true_cost", "profile", "volunteer_hours"):
        table = report.table(key)
        out.heading(table.title, 2)
        out.table(table)
    for key in ("you_said_we_did", "overdue", "scrutiny"):
        _section(out, report, key)
    out.heading("Risks", 2)
    if b.risks.strip():
        for para in b.risks.strip().split("\n"):
            if para.strip():
                out.p(escape(para.strip()))
    else:
        out.p("<i>No risks were added for this quarter.</i>")
    _section(out, report, "programme")
    out.story.append(Spacer(1, 4 * mm))
    out.heading("How each measure is counted", 2)
    for k in b.kpis:
        out.story.append(
            Paragraph(f"<b>{escape(k.measure.label)}</b>: {escape(k.measure.definition)}", out.part)
        )
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    footer = f"Board report {b.quarter.label}"
    if b.landlord:
        footer = f"{b.landlord} · {footer}"
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Board report {b.quarter.label}",
        author=b.prepared_by or b.landlord,
    )
    try:
        document.build(
            out.story,
            canvasmaker=page_of_canvas(
                Footer(out.regular, out.footer_size, MARGIN, A4[0] - MARGIN, 10 * mm, footer)
            ),
        )
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
