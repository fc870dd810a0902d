"""The readable half of a subject access export: a covering letter to the person, then
every kind of record in plain words ("None held" where there is none).

Each record is a small two-column table (what, then its value), empty values left
out: a wide row of thirty columns would not fit a page. Large print (16 pt
everywhere, footer included) when the person's support needs ask for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import (
    Footer,
    fit_text,
    number_room,
    page_of_canvas,
)
from engagement_desktop.services.common.wording import day_text, long_date
from engagement_desktop.services.privacy.sar import Section, SubjectAccess

MARGIN = 18 * mm
FRAME_PADDING = 12  # a Frame's own padding, 6 points each side
CELL_PADDING = 6
ADDRESS_WIDTH = 100 * mm

RIGHTS = (
    "<b>To have it corrected</b> if anything here is wrong or incomplete.",
    "<b>To have it erased</b> when we no longer need it, or when you withdraw a consent "
    "it rests on.",
    "<b>To restrict or object to</b> how we use it, including for contacting you.",
    "<b>To take it with you</b>: the spreadsheet with this letter holds the same "
    "information in a form other programs can read.",
    "<b>To withdraw a consent</b> at any time, by telling us in any way you like.",
    "<b>To complain</b> to the Information Commissioner's Office if you are unhappy with "
    "how we have handled your information: ico.org.uk/make-a-complaint, or 0303 123 1113.",
)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    section: ParagraphStyle
    cell: ParagraphStyle
    footer: float


@lru_cache(maxsize=2)
def _styles(large: bool) -> Styles:
    regular, bold = register_fonts()
    size = 16.0 if large else 10.5
    body = ParagraphStyle(
        "sar-body", fontName=regular, fontSize=size, leading=size * 1.4, spaceAfter=size * 0.6
    )
    heading = ParagraphStyle(
        "sar-heading", parent=body, fontName=bold, fontSize=size * 1.4, leading=size * 1.8
    )
    section = ParagraphStyle(
        "sar-section", parent=heading, fontSize=size * 1.2, leading=size * 1.6, spaceBefore=size
    )
    cell_size = size if large else size * 0.9
    cell = ParagraphStyle("sar-cell", parent=body, fontSize=cell_size, leading=cell_size * 1.25)
    return Styles(body, heading, section, cell, size if large else 8.0)


def shown(value: Any, money: bool = False) -> str:
    """A value as the letter prints it (dates the UK way, money in pounds)."""
    if money and isinstance(value, int | float):
        return f"£{value:,.2f}"
    if isinstance(value, datetime):
        return f"{day_text(value)} {value:%H:%M}"
    if isinstance(value, date):
        return f"{day_text(value)}"
    return str(value)


def write_sar_pdf(
    access: SubjectAccess,
    path: Path,
    *,
    landlord: str,
    today: date,
    contact: Sequence[str] = (),
) -> Path:
    """Write the letter and the records to ``path`` (the caller makes it atomic)."""
    regular, _bold = register_fonts()
    large = access.large_print
    styles = _styles(large)
    landlord = landlord or "Your landlord"
    document = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Your personal information",
        author=landlord,
    )
    frame = Frame(document.leftMargin, document.bottomMargin, document.width, document.height)
    document.addPageTemplates([PageTemplate(id="sar", frames=[frame])])
    footer_text = fit_text(
        f"Personal information held about {access.name} by {landlord}",
        regular,
        styles.footer,
        A4[0] - 2 * MARGIN - number_room(regular, styles.footer),
    )
    footer = Footer(regular, styles.footer, MARGIN, A4[0] - MARGIN, 10 * mm, footer_text)
    story = _letter(access, landlord, today, styles, contact)
    story.append(PageBreak())
    for section in access.sections:
        story += _section(section, styles)
    document.build(story, canvasmaker=page_of_canvas(footer))
    return path


def _letter(
    access: SubjectAccess, landlord: str, today: date, styles: Styles, contact: Sequence[str]
) -> list:
    body = styles.body
    sender = f"<b>{escape(landlord)}</b><br/>{long_date(today)}"
    if access.reference:
        sender += f"<br/>Your reference: {escape(access.reference)}"
    address = "<br/>".join(escape(line) for line in [access.name, *access.address])
    top = Table(
        [[Paragraph(address, body), Paragraph(sender, body)]],
        colWidths=[ADDRESS_WIDTH, A4[0] - 2 * MARGIN - FRAME_PADDING - ADDRESS_WIDTH],
    )
    top.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    contents = "".join(
        f"<br/>• {escape(s.label)}: "
        + (f"{len(s.rows):,} record{'s' if len(s.rows) != 1 else ''}" if s.rows else "none held")
        for s in access.sections
    )
    story: list = [
        top,
        Spacer(1, 12 * mm),
        Paragraph("Your personal information", styles.heading),
        Paragraph(f"Dear {escape(access.greeting or access.name)},", body),
        Paragraph(
            "You asked for a copy of the personal information we hold about you (a subject "
            "access request under Article 15 of the UK GDPR). The following pages set out all "
            f"of it, as it stood on {long_date(today)}, kind by kind and in plain words. The "
            "spreadsheet that comes with this letter holds the same information, one sheet "
            "for each kind.",
            body,
        ),
        Paragraph(f"<b>What follows</b>{contents}", body),
        Paragraph(
            "<b>Why we hold it and where it came from.</b> We hold these details to involve "
            "you in how your home and services are run: to invite you to meetings and events, "
            "to keep a record of your part in groups, training and surveys, and to reward your "
            "time. Most of it you gave us yourself or came from our tenancy records; the last "
            "two sections show every change we made and every import that touched your "
            "records, with when and by whom. We share it with no one outside "
            f"{escape(landlord)} unless the law requires it, and keep it only as long as our "
            "retention policy allows.",
            body,
        ),
        Paragraph("<b>Your rights.</b> You have the right:", body),
        *(Paragraph(f"• {right}", body) for right in RIGHTS),
        Paragraph(
            "To use any of them, or if you have a question, please contact us"
            + (f": {escape(', '.join(contact))}." if contact else "."),
            body,
        ),
        Paragraph(f"Yours sincerely,<br/>The involvement team, {escape(landlord)}", body),
    ]
    return story


def _section(section: Section, styles: Styles) -> list:
    heading = Paragraph(escape(section.label), styles.section)
    if not section.rows:
        return [KeepTogether([heading, Paragraph("None held.", styles.body)])]
    regular, bold = register_fonts()
    cell = styles.cell
    what_width = 55 * mm if styles.footer >= 16 else 45 * mm
    value_width = A4[0] - 2 * MARGIN - FRAME_PADDING - what_width
    room = value_width - 2 * CELL_PADDING
    table_style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTNAME", (0, 0), (0, -1), bold),
            ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), cell.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
    story: list = [heading]
    for row in section.rows:
        lines = []
        for index, (name, value) in enumerate(zip(section.headings, row, strict=True)):
            if value is None:
                continue
            # A long answer list is one table row per line, so a page can break inside it.
            for number, text in enumerate(shown(value, index in section.money).split("\n")):
                what = _value(name, cell, what_width - 2 * CELL_PADDING, bold) if not number else ""
                lines.append([what, _value(text, cell, room)])
        record = Table(lines, colWidths=[what_width, value_width])
        record.setStyle(table_style)
        story += [record, Spacer(1, 2.5 * mm)]
    return story


def _value(text: str, style: ParagraphStyle, room: float, font: str = "") -> str | Paragraph:
    """Plain text when it fits on one line (nearly always, and much quicker); a wrapping
    Paragraph when not."""
    if "\n" not in text and stringWidth(text, font or style.fontName, style.fontSize) <= room:
        return text
    lines = "<br/>".join(escape(line) for line in text.split("\n"))
    return Paragraph(f"<b>{lines}</b>" if font else lines, style)
