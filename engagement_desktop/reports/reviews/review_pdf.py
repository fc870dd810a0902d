"""The end-of-review report: what the panel looked at and how, what it found, what it
recommended, and the Board's or management's response and action plan for each.

An A4 document for the Board and the panel, tables that split across pages with their
headings repeated; "Page x of y" in the footer through the shared canvas.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import Footer, fit_text, page_of_canvas
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import day_text, long_date
from engagement_desktop.services.reviews.overview import (
    ReviewDetail,
    progress_text,
    review_detail,
)
from engagement_desktop.store.engine import Store

NAVY = colors.HexColor("#1F4E79")
LINE = colors.HexColor("#9DB3CC")
HEAD = colors.HexColor("#DCE6F1")
MARGIN = 18 * mm


def _day(day: date | None) -> str:
    return long_date(day) if day else "—"


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        self.title = ParagraphStyle("t", fontName=bold, fontSize=20, leading=25, textColor=NAVY)
        self.h1 = ParagraphStyle(
            "h",
            fontName=bold,
            fontSize=14,
            leading=18,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.body = ParagraphStyle("b", fontName=regular, fontSize=11, leading=15, spaceAfter=4)
        self.cell = ParagraphStyle("c", fontName=regular, fontSize=9.5, leading=12)
        self.head = ParagraphStyle("hc", parent=self.cell, fontName=bold)


def _table(rows: list[list[str]], widths: list[float], st: _Styles) -> Table:
    cells = [[Paragraph(escape(text), st.head) for text in rows[0]]]
    cells += [
        [Paragraph(escape(text).replace("\n", "<br/>"), st.cell) for text in row]
        for row in rows[1:]
    ]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def review_story(
    detail: ReviewDetail, landlord: str, st: _Styles, width: float, today: date | None = None
) -> list:
    """The report's flowables (kept apart from the writing, for tests and previews)."""
    today = today or date.today()
    story: list = [
        Paragraph(escape(landlord or "Scrutiny"), st.h1),
        Paragraph(f"Scrutiny review: {escape(detail.topic)}", st.title),
        Spacer(1, 3 * mm),
    ]
    facts = [
        ["Panel", detail.group or "—"],
        ["Stream lead", detail.lead or "—"],
        ["Project team", ", ".join(detail.team) or "—"],
        ["Started", _day(detail.started_on)],
        ["Stage", detail.stage],
        ["Completed", _day(detail.completed_on)],
        ["Follow-up review", _day(detail.follow_up_on)],
    ]
    about = Table(
        [[Paragraph(k, st.head), Paragraph(escape(v), st.cell)] for k, v in facts],
        colWidths=[40 * mm, width - 40 * mm],
        hAlign="LEFT",
    )
    about.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE)]))
    story += [about, Paragraph("Scope", st.h1)]
    story += _paragraphs(detail.scope or "The scope was not recorded.", st)
    story.append(Paragraph("Evidence gathered", st.h1))
    if detail.evidence:
        rows = [["Date", "Kind", "What", "Note"]] + [
            [day_text(e.gathered_on), e.kind, e.title, e.note] for e in detail.evidence
        ]
        story.append(_table(rows, [24 * mm, 28 * mm, 70 * mm, width - 122 * mm], st))
    else:
        story.append(Paragraph("No evidence was recorded.", st.body))
    story.append(Paragraph("Findings", st.h1))
    story += _paragraphs(detail.findings or "The findings have not been written yet.", st)
    story.append(Paragraph("Recommendations, responses and the action plan", st.h1))
    if detail.recommendations:
        rows = [["#", "Recommendation", "Response", "Action, owner and due date", "Progress"]]
        for r in detail.recommendations:
            response = r.response + (f" ({r.responded_by})" if r.responded_by else "")
            if r.reason:
                response += f"\n{r.reason}"
            plan = "\n".join(
                part
                for part in (
                    r.action,
                    f"Owner: {r.owner}" if r.owner else "",
                    f"Due {day_text(r.due_on)}" if r.due_on else "",
                )
                if part
            )
            progress = progress_text(r, today)
            if r.reported_back_on:
                progress += f"\nReported back {day_text(r.reported_back_on)}"
            rows.append([str(r.number), r.text, response, plan or "—", progress])
        story.append(_table(rows, [10 * mm, 55 * mm, 36 * mm, width - 131 * mm, 30 * mm], st))
        agreed = [r for r in detail.recommendations if r.response in AGREED]
        accepted = len(agreed)
        done = sum(r.completed_on is not None for r in agreed)
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                f"{len(detail.recommendations)} recommendations: {accepted} accepted in "
                f"whole or part, {done} implemented.",
                st.body,
            )
        )
    else:
        story.append(Paragraph("No recommendations were made.", st.body))
    return story


AGREED = ("Accepted", "Partly accepted")


def _paragraphs(text: str, st: _Styles) -> list:
    return [Paragraph(escape(part.strip()), st.body) for part in text.split("\n\n") if part.strip()]


def write_review_pdf(store: Store, review_id: int, path: str | os.PathLike[str]) -> Path:
    """Write the review's report to ``path`` (whole or not at all)."""
    with store.session() as session:
        detail = review_detail(session, review_id)
        landlord = str(get_setting(session, "landlord_name") or "")
    st = _Styles()
    width = A4[0] - 2 * MARGIN
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=f"Scrutiny review: {detail.topic}",
        author=landlord,
    )
    size = 9.0
    text = fit_text(f"Scrutiny review: {detail.topic}", st.regular, size, width * 0.75)
    footer = Footer(st.regular, size, MARGIN, A4[0] - MARGIN, 10 * mm, text)
    try:
        document.build(
            review_story(detail, landlord, st, width), canvasmaker=page_of_canvas(footer)
        )
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
