"""The annual report to customers as four large-type pages: the year in numbers, what
you told us, what we did, how to get involved.

Large print throughout (RNIB clear print): nothing under 16 pt, footer included; short
sentences; each page a frame of its own, so the report is always four pages.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.annual.gather import AnnualReport
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import Footer, page_of_canvas
from engagement_desktop.services.common.wording import long_date, month_name

NAVY = colors.HexColor("#1F4E79")
MARGIN = 20 * mm
FOOTER = 16.0  # points: the footer is large print too
PAGE_HEIGHT = A4[1] - 2 * MARGIN - 12 * mm


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular = regular
        self.title = ParagraphStyle("t", fontName=bold, fontSize=30, leading=37, textColor=NAVY)
        self.h1 = ParagraphStyle(
            "h", fontName=bold, fontSize=24, leading=30, textColor=NAVY, spaceAfter=10
        )
        self.body = ParagraphStyle("b", fontName=regular, fontSize=16, leading=22, spaceAfter=8)
        self.strong = ParagraphStyle("s", parent=self.body, fontName=bold)
        self.big = ParagraphStyle("n", fontName=bold, fontSize=28, leading=32, textColor=NAVY)


#: Groups on the last page with what they do; any more are named in one line.
GROUPS_DESCRIBED = 6


def _page(flowables: list, width: float) -> list:
    """One page's content, never running onto the next (the report is four pages)."""
    return [KeepInFrame(width, PAGE_HEIGHT, flowables, mode="truncate"), PageBreak()]


def write_annual_pdf(report: AnnualReport, path: str | os.PathLike[str]) -> Path:
    st = _Styles()
    width = A4[0] - 2 * MARGIN
    landlord = escape(report.landlord or "Your landlord")
    year = report.period.label
    sofar = f" (so far, to {long_date(report.period.end)})" if (report.period.part) else ""
    numbers = Table(
        [
            [Paragraph(escape(shown), st.big), Paragraph(escape(what), st.body)]
            for what, shown in report.numbers
        ],
        colWidths=[62 * mm, width - 62 * mm],
        hAlign="LEFT",
    )
    numbers.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9DB3CC")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    one = [
        Paragraph(landlord, st.h1),
        Paragraph(f"Your voice in {year}", st.title),
        Spacer(1, 6 * mm),
        Paragraph(
            f"This is what happened when you spoke up in {year}{escape(sofar)}. "
            "Thank you to everyone who took part.",
            st.body,
        ),
        Spacer(1, 4 * mm),
        Paragraph("The year in numbers", st.h1),
        numbers,
    ]
    if report.satisfaction:
        one += [Spacer(1, 4 * mm), Paragraph(escape(report.satisfaction) + ".", st.strong)]
    two = [Paragraph("What you told us", st.h1)]
    two += [Paragraph("• " + escape(_short(text, 160)), st.body) for text in report.told]
    if not report.told:
        two.append(Paragraph("Nothing was recorded this year.", st.body))
    three = [Paragraph("What we did", st.h1)]
    for asked, action in report.did:
        three += [
            Paragraph("You said: " + escape(_short(asked, 130)), st.strong),
            Paragraph("We did: " + escape(_short(action, 160)), st.body),
            Spacer(1, 3 * mm),
        ]
    if not report.did:
        three.append(Paragraph("We will tell you about the changes next year.", st.body))
    four = [
        Paragraph("How to get involved", st.h1),
        Paragraph(
            "You can take part as much or as little as you like: join a group, come to an "
            "event, answer a survey or read documents from home. We pay travel and childcare "
            "costs.",
            st.body,
        ),
    ]
    how = f": {escape(', '.join(report.contact))}" if report.contact else ""
    four.append(
        Paragraph(f"To join in, contact the involvement team at {landlord}{how}.", st.strong)
    )
    described, others = report.groups[:GROUPS_DESCRIBED], report.groups[GROUPS_DESCRIBED:]
    for name, what in described:
        about = f": {escape(_short(what, 60))}" if what else ""
        four.append(Paragraph(f"<b>{escape(name)}</b>{about}", st.body))
    if others:  # every group named, the page kept to its size
        names = ", ".join(name for name, _what in others)
        four.append(Paragraph(f"<b>Also:</b> {escape(names)}.", st.body))
    if report.coming:
        four.append(Paragraph("Coming up", st.strong))
        four += [
            Paragraph(f"{when.day} {month_name(when)}: {escape(_short(title, 60))}", st.body)
            for when, title in report.coming
        ]
    story = _page(one, width) + _page(two, width) + _page(three, width)
    story += [KeepInFrame(width, PAGE_HEIGHT, four, mode="truncate")]
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=f"Your voice in {year}",
        author=report.landlord,
    )
    footer = Footer(st.regular, FOOTER, MARGIN, A4[0] - MARGIN, 12 * mm, f"Your voice {year}")
    try:
        document.build(story, canvasmaker=page_of_canvas(footer))
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target


def _short(text: str, most: int) -> str:
    """At most ``most`` characters, cut at a word ("on the group…", not "on the grou…")."""
    clean = " ".join(str(text).split())
    if len(clean) <= most:
        return clean
    cut = clean[: most - 1].rsplit(" ", 1)[0] if " " in clean[: most - 1] else clean[: most - 1]
    return cut.rstrip(" ,;:") + "…"
