"""The report card drawn on one A4 page: large type, plain words, no chart to decode."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import Footer, page_of_canvas
from engagement_desktop.reports.surveys.report_card import ReportCard, whole_percent
from engagement_desktop.services.common.wording import long_date

INK = colors.HexColor("#1a1a1a")
BAND = colors.HexColor("#e8f0f7")
RULE = colors.HexColor("#1f4e79")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{whole_percent(value)}%"


def _when(card: ReportCard) -> str:
    start, end = card.period
    if start and end:
        return f"between {long_date(start)} and {long_date(end)}"
    return ""


def write_report_card(card: ReportCard, path: str | Path) -> Path:
    """One A4 page in large type; this module (and reportlab) is loaded only to write it."""
    return render(card, Path(path))


def render(card: ReportCard, path: Path) -> Path:
    regular, bold = register_fonts()
    title = ParagraphStyle("t", fontName=bold, fontSize=26, leading=31, textColor=RULE)
    lead = ParagraphStyle("l", fontName=regular, fontSize=15, leading=20, textColor=INK)
    # 14 point and up: larger than a letter, and the twelve measures of England's set and
    # the notes still fit one page
    cell = ParagraphStyle("c", fontName=regular, fontSize=14, leading=17, textColor=INK)
    big = ParagraphStyle("b", parent=cell, fontName=bold, fontSize=21, leading=23, alignment=1)
    head = ParagraphStyle("h", parent=cell, fontName=bold, fontSize=13, leading=16)
    change = ParagraphStyle("g", parent=cell, fontSize=14, leading=17)
    small = ParagraphStyle(
        "s", fontName=regular, fontSize=11.5, leading=15, textColor=INK, spaceAfter=4
    )
    story = [
        Paragraph(escape(card.landlord), lead),
        Paragraph("How we did: your report card", title),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                f"{card.respondents:,} tenants answered our survey {_when(card)}. "
                "Here is the share who were happy with each part of our service."
            ),
            lead,
        ),
        Spacer(1, 4 * mm),
    ]
    headings = ["What you told us about", "This year", "Last year", "Change"]
    if card.has_average:
        headings.insert(3, "Scottish average")
    rows: list[list[object]] = [[Paragraph(h, head) for h in headings]]
    for line in card.lines:
        row: list[object] = [
            Paragraph(escape(line.label), cell),
            Paragraph(_percent(line.percent), big),
            Paragraph(_percent(line.last_year), ParagraphStyle("y", parent=cell, alignment=1)),
            Paragraph(line.change or "–", change),
        ]
        if card.has_average:
            row.insert(3, Paragraph(_percent(line.average), cell))
        rows.append(row)
    widths = [86 * mm, 24 * mm, 20 * mm, 44 * mm]  # "Down 16 points" on one line
    if card.has_average:
        widths = [68 * mm, 26 * mm, 24 * mm, 24 * mm, 32 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.5, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#b0b8c0")),
                # 4 points: the twelve measures of England's set fit one page
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *[("BACKGROUND", (0, r), (-1, r), BAND) for r in range(1, len(rows), 2)],
            ]
        )
    )
    story += [table, Spacer(1, 3 * mm)]
    notes = [
        "“Happy” means very or fairly satisfied, agreeing, or saying very or fairly good, "
        "out of everyone who gave a view. One answer counts for each home.",
    ]
    if card.last_survey:
        notes.append(f"Last year: our {card.last_survey}.")
    # The documents the set follows are in the full results report; tenants need the who.
    notes.append(f"We report these figures to the {card.regulator} as the {card.set_name}.")
    if card.has_average:
        notes.append(f"Scottish average: {card.average_source}.")
    story += [Paragraph(escape(n), small) for n in notes]
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=17 * mm,
        title=f"{card.landlord}: report card",
        author=card.landlord,
    )
    # Numbered, in case a long set of measures runs on: "Page 1 of 2" says there is more.
    footer = Footer(regular, 11.5, 18 * mm, A4[0] - 18 * mm, 10 * mm, "Report card")
    doc.build(story, canvasmaker=page_of_canvas(footer))
    return path
