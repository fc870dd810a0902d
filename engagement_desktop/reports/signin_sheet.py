"""The paper sign-in sheet for an event: invitees pre-printed with tick boxes in
surname order (the order the typing-in view follows), then blank rows for walk-ins
with a consent box. Large print on request."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.fonts import register_fonts
from engagement_desktop.services.checkin import register_in_sheet_order
from engagement_desktop.services.common import get_or_404
from engagement_desktop.services.settings import get_setting
from engagement_desktop.store.models import Area, Event, EventType, Person

BOX = "☐"  # U+2610, in DejaVu Sans


@dataclass
class SheetData:
    title: str
    event_type: str
    starts_at: datetime
    ends_at: datetime | None
    venue: str | None
    area: str | None
    landlord: str
    invitees: list[tuple[int, str, str]]  # (sheet number, name, postcode)


def sheet_data(session: Session, event_id: int) -> SheetData:
    event = get_or_404(session, Event, event_id, "event")
    kind = session.scalar(select(EventType.name).where(EventType.id == event.event_type_id))
    area = (
        session.scalar(select(Area.name).where(Area.id == event.area_id)) if event.area_id else None
    )
    postcodes = dict(
        session.execute(
            select(Person.id, Person.postcode).where(
                Person.id.in_([pid for _, pid, _, _ in register_in_sheet_order(session, event_id)])
            )
        ).all()
    )
    invitees = [
        (number, name, postcodes.get(pid) or "")
        for number, (_, pid, name, status) in enumerate(
            register_in_sheet_order(session, event_id), start=1
        )
        if status != "apologies"
    ]
    return SheetData(
        event.title,
        kind or "",
        event.starts_at,
        event.ends_at,
        event.venue or event.online_url,
        area,
        get_setting(session, "landlord_name") or "",
        invitees,
    )


def write_sign_in_sheet(
    data: SheetData,
    path: str | os.PathLike[str],
    *,
    large_print: bool = False,
    blank_rows: int | None = None,
) -> Path:
    """Write the sheet; a 200-person register stays well under a second."""
    regular, bold = register_fonts()
    size = 15.0 if large_print else 10.0
    title_style = ParagraphStyle("t", fontName=bold, fontSize=size * 1.6, leading=size * 2)
    body = ParagraphStyle("b", fontName=regular, fontSize=size, leading=size * 1.35)
    when = f"{data.starts_at:%A} {data.starts_at.day} {data.starts_at:%B %Y, %H:%M}"
    if data.ends_at:
        when += f" to {data.ends_at:%H:%M}"
    place = ", ".join(p for p in (data.venue, data.area) if p)
    header = [
        Paragraph(f"Sign-in sheet: {escape(data.title)}", title_style),
        Paragraph(escape(" · ".join(p for p in (data.event_type, when, place) if p)), body),
        Paragraph(
            "Please tick the box by your name. If your name is not listed, write it "
            "in a blank row below.",
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    row_height = size * 2.1
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.2),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("ALIGN", (3, 1), (3, -1), "CENTER"),
            ("FONTSIZE", (3, 1), (3, -1), size * 1.6),
        ]
    )
    page_width = landscape(A4)[0] - 30 * mm
    widths = [12 * mm, page_width * 0.40, page_width * 0.14, 20 * mm]
    widths.append(page_width - sum(widths))
    heading = ["No.", "Name", "Postcode", "Here", "Signature"]
    rows = [[str(n), name, postcode, BOX, ""] for n, name, postcode in data.invitees]
    per_page = 11 if large_print else 20
    story: list = list(header)
    for start in range(0, len(rows), per_page):
        table = Table(
            [heading, *rows[start : start + per_page]],
            colWidths=widths,
            rowHeights=row_height,
            repeatRows=1,
        )
        table.setStyle(style)
        if start:
            story.append(PageBreak())
        story.append(table)
    blanks = blank_rows if blank_rows is not None else (8 if large_print else 15)
    head = ParagraphStyle("h", parent=body, fontName=bold)
    walk_heading = [
        Paragraph(text, head)
        for text in (
            "Name",
            "Address or postcode",
            "Phone or email",
            "May we keep your details and contact you about getting involved?",
        )
    ]
    walk_widths = [page_width * 0.26, page_width * 0.26, page_width * 0.22]
    walk_widths.append(page_width - sum(walk_widths))
    walk_rows = [["", "", "", f"{BOX} Yes   {BOX} No"] for _ in range(blanks)]
    story += [
        PageBreak() if rows else Spacer(1, 0),
        Paragraph("Not on the list? Please write your details here", title_style),
        Spacer(1, 3 * mm),
    ]
    walk_style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ]
    )
    for start in range(0, len(walk_rows), per_page):
        table = Table(
            [walk_heading, *walk_rows[start : start + per_page]],
            colWidths=walk_widths,
            rowHeights=[None] + [row_height] * len(walk_rows[start : start + per_page]),
            repeatRows=1,
        )
        table.setStyle(walk_style)
        story.append(table)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawString(
            15 * mm, 8 * mm, f"{data.landlord} · {data.title} · {data.starts_at:%d/%m/%Y}"
        )
        canvas.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    document = BaseDocTemplate(
        str(partial),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=f"Sign-in sheet: {data.title}",
    )
    frame = Frame(document.leftMargin, document.bottomMargin, document.width, document.height)
    document.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=footer)])
    try:
        document.build(story)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
