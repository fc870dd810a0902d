"""TSM results as a PDF (table and chart) and as a workbook."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.xlsx_export import Sheet, write_workbook
from engagement_desktop.reports.fonts import register_fonts
from engagement_desktop.services.tsm import FILTER_FOR, FILTERS, MEASURES, TsmResults


def _period(results: TsmResults) -> str:
    start, end = results.period
    if start and end:
        return f"{start.day} {start:%B %Y} to {end.day} {end:%B %Y}"
    return "period not set"


def _rows(results: TsmResults) -> list[list[object]]:
    rows = []
    for code, measure in results.measures.items():
        base_note = (
            f" (only those with: {FILTERS[FILTER_FOR[code]].lower()})" if code in FILTER_FOR else ""
        )
        rows.append(
            [
                code,
                MEASURES[code] + base_note,
                measure.satisfied,
                measure.base,
                measure.percent,
                measure.ci95[0] if measure.ci95 else None,
                measure.ci95[1] if measure.ci95 else None,
            ]
        )
    return rows


def write_tsm_workbook(results: TsmResults, path: str | os.PathLike[str]) -> Path:
    headings = [
        "Measure",
        "Question",
        "Satisfied (or agree)",
        "Base (valid answers)",
        "Result %",
        "95% interval from %",
        "95% interval to %",
    ]
    about = Sheet(
        "About",
        ["Item", "Value"],
        [
            ["Survey", results.survey],
            ["Period", _period(results)],
            ["Respondents counted (latest per tenant)", results.respondents],
            ["Homes (from settings)", results.homes or None],
            ["Responses needed for ±4 points", results.sample_needed],
        ],
        widths={0: 40, 1: 40},
    )
    return write_workbook(
        path, [Sheet("TSM results", headings, _rows(results), widths={1: 70}), about]
    )


def _chart(results: TsmResults, width: float) -> Drawing:
    regular, _ = register_fonts()
    codes = [c for c, m in results.measures.items() if m.percent is not None]
    # 13 points a bar keeps twelve measures, the table and the notes on one A4 page;
    # the caption sits below the axis figures, not on them.
    height = 13 * len(codes) + 44
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 32, width - 60, height - 38
    chart.data = [[results.measures[c].percent for c in codes]]
    chart.categoryAxis.categoryNames = codes
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.categoryAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor("#1F4E79")
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(40, 4, "Per cent satisfied (agree for TP08)", fontName=regular, fontSize=8))
    return drawing


def write_tsm_pdf(results: TsmResults, path: str | os.PathLike[str], landlord: str = "") -> Path:
    if not results.measures:
        raise EngagementError(f"'{results.survey}' has no TSM questions to report.")
    regular, bold = register_fonts()
    title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, spaceAfter=6)
    body = ParagraphStyle("b", fontName=regular, fontSize=9.5, leading=13, spaceAfter=4)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"TSM results: {results.survey}",
        author=landlord,
    )
    story: list = [
        Paragraph(f"Tenant Satisfaction Measures: {escape(results.survey)}", title),
        Paragraph(
            escape(
                f"{landlord + ' · ' if landlord else ''}{_period(results)} · "
                f"{results.respondents:,} respondents (latest response per tenant)"
            ),
            body,
        ),
    ]
    if results.sample_needed:
        story.append(
            Paragraph(
                f"For results within ±4 points at 95% confidence across {results.homes:,} homes, "
                f"{results.sample_needed:,} responses are needed.",
                body,
            )
        )
    rows: list[list[Any]] = [["", "Measure", "Satisfied", "Base", "Result", "95% interval"]]
    for code, text, satisfied, base, percent, low, high in _rows(results):
        rows.append(
            [
                code,
                Paragraph(escape(str(text)), cell),
                f"{satisfied:,}",
                f"{base:,}",
                f"{percent:.1f}%" if percent is not None else "–",
                f"{low:.1f}–{high:.1f}" if low is not None else "–",
            ]
        )
    table = Table(rows, colWidths=[12 * mm, None, 18 * mm, 15 * mm, 16 * mm, 24 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
            ]
        )
    )
    story += [
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 4 * mm),
        _chart(results, A4[0] - 32 * mm),
        Spacer(1, 2 * mm),
        Paragraph(
            "How these are counted: very or fairly satisfied (strongly agree or "
            "agree for TP08) out of valid answers; “don't know”, “not applicable” "
            "and blanks are left out. Repairs, complaints and communal-area "
            "measures count only tenants whose filter answer was yes. A tenant who "
            "answered twice counts once, with their latest answer. Intervals are "
            "Wilson score intervals (sound for small bases and for 0% or 100%), "
            "with a finite population correction when the number of homes is set. "
            f"Printed {date.today():%d/%m/%Y}.",
            body,
        ),
    ]
    try:
        document.build(story)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
