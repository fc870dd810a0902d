"""A survey's satisfaction report (any measure set) as a PDF and a workbook.

Both print the tables of :class:`~engagement_desktop.reports.surveys.tsm_publication.TsmReport`
as they are, so the PDF, the workbook and ``--json`` agree cell for cell (hidden
cells included).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.writing.xlsx_export import About, Sheet, write_workbook
from engagement_desktop.reports.common.disclosure import HIDDEN, footnote
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import (
    Footer,
    fit_text,
    number_room,
    page_of_canvas,
)
from engagement_desktop.reports.surveys.tsm_counts import CountTable, method_notes
from engagement_desktop.reports.surveys.tsm_publication import TsmReport
from engagement_desktop.services.common.wording import day_text, long_date, signed
from engagement_desktop.services.surveys.measure_sets import MeasureSet
from engagement_desktop.services.surveys.results import TsmResults
from engagement_desktop.services.surveys.wording import ANSWER_LABELS

NOT_RECORDED = "Not recorded"
BREAKDOWN_LEAD = (
    "Each measure for the groups of respondents, counted exactly as the whole survey is "
    "(the same returns, the same base rules). Involved members: on a group's roll during "
    "the survey's period."
)


def _period(results: TsmResults) -> str:
    start, end = results.period
    if start and end:
        return f"{long_date(start)} to {long_date(end)}"
    return "period not set"


def _question(measures: MeasureSet, code: str, text: str) -> str:
    measure = measures.measures.get(code)
    if measure and measure.filter and measure.filter in measures.filters:
        return f"{text} (only those with: {measures.filters[measure.filter].name.lower()})"
    return text


def _facts(report: TsmReport) -> list[tuple[str, str]]:
    """The recorded facts of how the survey was run, as label and text."""
    f = report.facts
    counts = ", ".join(f"{c.tenure_type} {c.homes:,}" for c in report.checks)
    return [
        ("Period", _period(report.results)),
        ("Collection method", f.method_label or NOT_RECORDED),
        ("Relevant homes", f"{counts} ({report.homes_note})" if counts else NOT_RECORDED),
        ("Responses counted", f"{report.results.respondents:,} (one per household)"),
        ("Sample method", f.sample_method or NOT_RECORDED),
        ("Carried out by", f.carried_out_by or NOT_RECORDED),
        ("Weighting", f.weighting or NOT_RECORDED),
        ("Exclusions", f.exclusions or NOT_RECORDED),
        ("Incentives", f.incentives or NOT_RECORDED),
        ("Last year", report.previous.survey if report.previous else "No earlier survey"),
    ]


def _positive_words(measures: MeasureSet) -> str:
    """What counts as positive in the set, from its scales ("very or fairly satisfied; ...")."""
    seen: dict[str, None] = {}
    for measure in measures.measures.values():
        words = " or ".join(
            ANSWER_LABELS.get(a, a).lower()
            for a in sorted(measure.scale.positive, key=measure.scale.answers.index)
        )
        seen[words] = None
    return "; ".join(seen)


def _sample_lines(report: TsmReport) -> list[str]:
    if not report.results.measure_set.margins:
        return [f"Required margin of error: {report.results.measure_set.sample_rule}."]
    if not report.checks:
        return [
            "The relevant homes are not recorded, so the responses needed cannot be worked "
            "out: record them in the survey's settings (or `survey set`)."
        ]
    return [check.sentence() for check in report.checks]


# --- workbook ------------------------------------------------------------------------------


def _table_sheet(title: str, tables: list[CountTable]) -> Sheet:
    """Tables one under another, each row named by its table; hidden cells marked."""
    rows: list[list[Any]] = []
    for table in tables:
        for r, row in enumerate(table.rows):
            rows.append(
                [table.title, *(HIDDEN if (r, c) in table.hidden else v for c, v in enumerate(row))]
            )
        for text in (f"Compared with: {table.source}" if table.source else "", table.note):
            if text:
                rows.append([table.title, text])
    return Sheet(title, ["Table", *tables[0].columns], rows, widths={0: 18, 1: 44})


def write_tsm_workbook(report: TsmReport, path: str | os.PathLike[str]) -> Path:
    results = report.results
    headings = [
        "Measure",
        "Question",
        "Satisfied (or agree)",
        "Base (valid answers)",
        "Result %",
        "95% interval from %",
        "95% interval to %",
        "Last year %",
        "Change (points)",
    ]
    ms = results.measure_set
    measures = [
        [code, _question(ms, code, text), *rest] for code, text, *rest in report.measure_rows()
    ]
    about = [[label, text] for label, text in _facts(report)]
    about += [["Responses needed", line] for line in _sample_lines(report)]
    about += [["Required margin of error", f"{ms.sample_rule} ({ms.sample_source})"]]
    about += [
        ["Small numbers", footnote(report.minimum)],
        ["How counted", method_notes(ms, results.unfiltered)],
    ]
    about += [["Measures defined by", ms.citation() or ms.name]]
    sheets = [
        Sheet(f"{ms.short_name} results"[:31], headings, measures, widths={1: 70}),
        Sheet(
            "About the survey",
            ["Item", "Value"],
            [["Survey", results.survey], *about],
            widths={0: 26, 1: 90},
        ),
    ]
    if report.breakdowns:
        sheets.insert(1, _table_sheet("Results by group", report.breakdowns))
    if report.methods:
        sheets.append(_table_sheet("Collection method", [report.methods]))
    if report.profiles:
        sheets.append(_table_sheet("Respondent profile", report.profiles))
    title = f"{ms.name}: {results.survey}"
    return write_workbook(path, sheets, about=About(title, _period(results), report.landlord))


# --- PDF ---------------------------------------------------------------------------------


def _chart(results: TsmResults, width: float) -> Drawing:
    regular, _ = register_fonts()
    codes = [c for c, m in results.measures.items() if m.percent is not None]
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
    label = "Per cent positive: " + _positive_words(results.measure_set)
    drawing.add(String(40, 4, label, fontName=regular, fontSize=8))
    return drawing


class _Styles:
    def __init__(self) -> None:
        self.regular, self.bold = register_fonts()
        self.title = ParagraphStyle("t", fontName=self.bold, fontSize=16, leading=20, spaceAfter=6)
        self.heading = ParagraphStyle(
            "h", fontName=self.bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4
        )
        self.body = ParagraphStyle(
            "b", fontName=self.regular, fontSize=9.5, leading=13, spaceAfter=4
        )
        self.short = ParagraphStyle("s", parent=self.body, fontName=self.bold)
        self.cell = ParagraphStyle("c", parent=self.body, fontSize=8.5, leading=11, spaceAfter=0)

    def table(self, rows: list[list[Any]], widths: list[Any], numbers_from: int = 2) -> Table:
        """A table with a bold heading row; a width of 0 fits the column's heading."""
        widths = [
            w if w != 0 else max(stringWidth(str(rows[0][i]), self.bold, 8.5) + 12, 14 * mm)
            for i, w in enumerate(widths)
        ]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.regular),
                    ("FONTNAME", (0, 0), (-1, 0), self.bold),
                    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#F2F2F2")],
                    ),
                ]
            )
        )
        return table


def _measures_table(report: TsmReport, s: _Styles) -> Table:
    last = "Last year"
    rows: list[list[Any]] = [
        ["", "Measure", "Satisfied", "Base", "Result", "95% interval", last, "Change"]
    ]
    for code, text, satisfied, base, percent, low, high, before, change in report.measure_rows():
        rows.append(
            [
                code,
                Paragraph(escape(_question(report.results.measure_set, code, text)), s.cell),
                f"{satisfied:,}",
                f"{base:,}",
                f"{percent:.1f}%" if percent is not None else "–",
                f"{low:.1f}–{high:.1f}" if low is not None else "–",
                f"{before:.1f}%" if before is not None else "–",
                signed(change) if change is not None else "–",
            ]
        )
    widths = [11 * mm, None, 0, 0, 0, 0, 0, 0]
    return s.table(rows, widths)


def _shown(table: CountTable, r: int, c: int) -> str:
    """A cell as printed: the mark for a hidden cell, a dash where nothing applies."""
    value = table.rows[r][c]
    if (r, c) in table.hidden:
        return HIDDEN
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return f"{value:.1f}" if table.columns[c].endswith(("%", "(points)")) else f"{value:,}"


def _count_table(table: CountTable, s: _Styles, lead: tuple[Any, ...] = ()) -> list[Any]:
    """The table with its title and notes kept on one page (with ``lead`` before it)."""
    cells = [
        [_shown(table, r, c) for c in range(len(table.columns))] for r in range(len(table.rows))
    ]
    # Each figure's column as wide as its widest figure or heading word (the heading wraps);
    # the names take what the page leaves, and wrap too. A fixed 60 mm for the names and
    # whole headings had put "Gap (points)" past the page's right edge.
    figures = [
        max(
            [stringWidth(word, s.bold, 8.5) for word in heading.split()]
            + [stringWidth(row[c], s.regular, 8.5) for row in cells]
        )
        + 12
        for c, heading in enumerate(table.columns[1:], start=1)
    ]
    widths = [max(A4[0] - 32 * mm - sum(figures), 35 * mm), *figures]
    heading = ParagraphStyle("h", parent=s.cell, fontName=s.bold, alignment=TA_RIGHT)
    rows: list[list[Any]] = [
        [table.columns[0], *(Paragraph(escape(h), heading) for h in table.columns[1:])]
    ]
    rows += [[Paragraph(escape(row[0]), s.cell), *row[1:]] for row in cells]
    flow: list[Any] = [*lead, Paragraph(escape(table.title), s.short), s.table(rows, widths, 1)]
    notes = [f"Compared with: {table.source}." if table.source else "", table.note]
    if any(notes):
        flow.append(Paragraph(escape(" ".join(n for n in notes if n)), s.cell))
    return [KeepTogether(flow), Spacer(1, 3 * mm)]


def write_tsm_pdf(report: TsmReport, path: str | os.PathLike[str]) -> Path:
    results = report.results
    ms = results.measure_set
    if not results.measures:
        raise EngagementError(f"'{results.survey}' has no {ms.short_name} questions to report.")
    s = _Styles()
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    landlord = report.landlord
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{ms.short_name} results: {results.survey}",
        author=landlord,
    )
    story: list[Any] = [
        Paragraph(f"{escape(ms.name)}: {escape(results.survey)}", s.title),
        Paragraph(
            escape(
                f"{landlord + ' · ' if landlord else ''}{_period(results)} · "
                f"{results.respondents:,} respondents (one response per household)"
            ),
            s.body,
        ),
    ]
    # Homes not recorded where the set requires a margin: bold.
    short = [check.shortfall > 0 for check in report.checks] or [bool(ms.margins)]
    for is_short, line in zip(short, _sample_lines(report), strict=True):
        story.append(Paragraph(escape(line), s.short if is_short else s.body))
    story.append(Paragraph(escape(f"{ms.sample_source}: see “Responses needed” below."), s.cell))
    story += [Spacer(1, 3 * mm), _measures_table(report, s), Spacer(1, 4 * mm)]
    story += [_chart(results, A4[0] - 32 * mm), Spacer(1, 2 * mm)]
    heading = Paragraph("Results by who answered", s.heading)
    lead_in = (CondPageBreak(60 * mm), heading, Paragraph(escape(BREAKDOWN_LEAD), s.body))
    for number, table in enumerate(report.breakdowns):
        story += _count_table(table, s, lead_in if number == 0 else ())
    story += [CondPageBreak(60 * mm), Paragraph("How the survey was carried out", s.heading)]
    facts = [
        [Paragraph(escape(a), s.cell), Paragraph(escape(b), s.cell)] for a, b in _facts(report)
    ]
    story += [s.table([["Item", "As recorded"], *facts], [38 * mm, None], 9), Spacer(1, 3 * mm)]
    if report.methods:
        story += _count_table(report.methods, s)
    lead: tuple[Any, ...] = (
        Paragraph("How representative the respondents are", s.heading),
        Paragraph(
            escape(
                "The respondents counted, by the record of the person each return is linked "
                "to, beside all customers. Gap: respondents' share minus all customers', "
                "in percentage points."
            ),
            s.body,
        ),
    )
    for number, table in enumerate(report.profiles):
        story += _count_table(table, s, lead if number == 0 else ())
    story += [
        Paragraph(escape(footnote(report.minimum)), s.cell),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(
                f"Responses needed: the margin of error required is {ms.sample_rule} "
                f"({ms.sample_source}). Measures as defined by {ms.citation() or ms.name}."
            ),
            s.body,
        ),
        Paragraph(
            escape(f"{method_notes(ms, results.unfiltered)} Printed {day_text(date.today())}."),
            s.body,
        ),
    ]
    title = f"{ms.short_name} results: {results.survey}" + (f" · {landlord}" if landlord else "")
    left, right = 16 * mm, A4[0] - 16 * mm
    room = right - left - number_room(s.regular, 8)
    footer = Footer(s.regular, 8, left, right, 9 * mm, fit_text(title, s.regular, 8, room))
    try:
        document.build(story, canvasmaker=page_of_canvas(footer))
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
