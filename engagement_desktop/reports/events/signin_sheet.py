"""The paper sign-in sheet for an event: invitees in surname order with a box to tick
(the order the typing-in view follows), then "new here" slips for walk-ins.

The sheet passes from hand to hand, so it shows only what finds your line: your
name. A walk-in writes their address and phone on a slip of their own that goes
straight to the officer, not on a list the next person reads. The slip asks
separately to keep the details, to contact (and how) and to use photos, in words
printed on it (``WORDING_VERSION`` is what the consents record when typed in).
Large print: 16 pt or more everywhere on the page (RNIB clear print).
"""

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
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
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
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import (
    Footer,
    fit_text,
    number_room,
    page_of_canvas,
)
from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import day_text, long_date, weekday_name
from engagement_desktop.services.events.checkin import register_in_sheet_order
from engagement_desktop.store.models import Area, Event, EventType

BOX = "☐"  # U+2610, in DejaVu Sans
WORDING_VERSION = "sign-in slip 2026-1"
PAGE = landscape(A4)
SIDE = 15 * mm


@dataclass
class SheetData:
    title: str
    event_type: str
    starts_at: datetime
    ends_at: datetime | None
    venue: str | None
    area: str | None
    landlord: str
    invitees: list[tuple[int, str]]  # (sheet number, name): nothing else, for privacy


def sheet_data(session: Session, event_id: int) -> SheetData:
    event = get_or_404(session, Event, event_id, "event")
    kind = session.scalar(select(EventType.name).where(EventType.id == event.event_type_id))
    area = (
        session.scalar(select(Area.name).where(Area.id == event.area_id)) if event.area_id else None
    )
    invitees = [
        (number, name)
        for number, (_, _pid, name, status) in enumerate(
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


@dataclass(frozen=True)
class _Look:
    """Sizes for normal or large print; ``size`` is the smallest text on the page."""

    size: float
    regular: str
    bold: str

    @property
    def title(self) -> ParagraphStyle:
        return ParagraphStyle(
            "t", fontName=self.bold, fontSize=self.size * 1.5, leading=self.size * 1.9
        )

    @property
    def body(self) -> ParagraphStyle:
        return ParagraphStyle(
            "b", fontName=self.regular, fontSize=self.size, leading=self.size * 1.3
        )

    @property
    def bold_body(self) -> ParagraphStyle:
        return ParagraphStyle("bb", parent=self.body, fontName=self.bold)


def _when(data: SheetData) -> str:
    when = f"{weekday_name(data.starts_at)} {long_date(data.starts_at)}, {data.starts_at:%H:%M}"
    if data.ends_at:
        when += f" to {data.ends_at:%H:%M}"
    place = ", ".join(p for p in (data.venue, data.area) if p)
    return " · ".join(p for p in (data.event_type, when, place) if p)


def _register_pages(data: SheetData, look: _Look, width: float) -> list[Flowable]:
    """The list people tick: number, name, box, signature. One table that splits
    across pages with its heading repeated (a register is hundreds, not thousands)."""
    story: list[Flowable] = [
        Paragraph(f"Sign-in sheet: {escape(data.title)}", look.title),
        Paragraph(escape(_when(data)), look.body),
        Paragraph(
            "Please find your name, tick the box and sign. Not on the list? Please ask for "
            "a “new here” slip, so your details stay private.",
            look.body,
        ),
        Spacer(1, 3 * mm),
    ]
    if not data.invitees:
        story.append(Paragraph("Nobody is on the register yet.", look.body))
        return story
    size = look.size
    widths = [size * 3.6, width * 0.42, size * 4.2]
    widths.append(width - sum(widths))
    rows = [["No.", "Name", "Here", "Signature"]]
    rows += [[str(number), name, BOX, ""] for number, name in data.invitees]
    table = Table(rows, colWidths=widths, rowHeights=size * 2.2, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), look.regular),
                ("FONTNAME", (0, 0), (-1, 0), look.bold),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size * 1.2),
                ("FONTSIZE", (2, 1), (2, -1), size * 1.5),
                ("LEADING", (2, 1), (2, -1), size * 1.6),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#606060")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ]
        )
    )
    story.append(table)
    return story


def _slip(data: SheetData, look: _Look, width: float) -> Flowable:
    """One walk-in's slip: details to write, then three separate choices."""
    size = look.size
    landlord = escape(data.landlord or "we")
    fields = Table(
        [[label, ""] for label in ("Name", "Address", "Postcode", "Phone", "Email")],
        colWidths=[size * 6, width - size * 6],
        rowHeights=size * 2.1,
    )
    fields.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), look.bold),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    box = f'<font size="{size * 1.4:.1f}">{BOX}</font>'
    choices = [
        (
            "1. Keep my details",
            f"May {landlord} keep your name and details to record that you came? They are "
            "kept safely, never sold or shared, and you can ask us to delete them at any time. "
            "If you tick No, we count you without your name.",
            f"{box} Yes, keep my details &nbsp;&nbsp; {box} No",
        ),
        (
            "2. Tell me about getting involved",
            "May we contact you about events and ways to have your say? Tick how (any or none).",
            f"{box} Email &nbsp;&nbsp; {box} Phone &nbsp;&nbsp; {box} Text &nbsp;&nbsp; {box} Post",
        ),
        (
            "3. Photos",
            "We may take photos or film at this event for our newsletter, website and social "
            "media.",
            f"{box} Yes, you may use photos of me &nbsp;&nbsp; {box} No photos of me",
        ),
    ]
    parts: list[Flowable] = [
        Paragraph("New here? Please fill in this slip and hand it to us", look.title),
        Paragraph(escape(f"{data.title} · {day_text(data.starts_at)}"), look.body),
        Spacer(1, 2 * mm),
        fields,
        Spacer(1, 4 * mm),
    ]
    for heading, wording, boxes in choices:
        parts += [
            Paragraph(heading, look.bold_body),
            Paragraph(wording, look.body),
            Paragraph(boxes, look.body),
            Spacer(1, 1.5 * mm),
        ]
    parts.append(Paragraph(f"Wording: {WORDING_VERSION}", look.body))
    return KeepTogether(parts)


def write_sign_in_sheet(
    data: SheetData,
    path: str | os.PathLike[str],
    *,
    large_print: bool = False,
    slips: int | None = None,
) -> Path:
    """Write the sheet; a 200-person register stays well under a second.

    ``slips``: walk-in slips to print (default two pages of them)."""
    regular, bold = register_fonts()
    look = _Look(16.0 if large_print else 10.0, regular, bold)
    footer_size = look.size if large_print else 8.0
    bottom = footer_size * 2.6
    width = PAGE[0] - 2 * SIDE
    height = PAGE[1] - 12 * mm - bottom
    per_page = 1 if large_print else 2
    count = slips if slips is not None else 2 * per_page
    slip_width = (width - 10 * mm * (per_page - 1)) / per_page

    padding = 12  # a Frame's own padding, 6 pt each side
    story: list[Flowable] = _register_pages(data, look, width - padding)
    if count:
        story += [NextPageTemplate("slips"), PageBreak()]
        for index in range(count):
            if index:
                story.append(FrameBreak())
            story.append(_slip(data, look, slip_width - padding))

    room = width - number_room(regular, footer_size)
    footer_text = fit_text(
        f"{data.landlord} · {data.title} · {day_text(data.starts_at)}", regular, footer_size, room
    )

    def cut_line(canvas, doc) -> None:
        """Two slips to a page: a dashed line to cut along."""
        if per_page < 2:
            return
        canvas.saveState()
        canvas.setDash(3, 3)
        canvas.setStrokeColor(colors.grey)
        canvas.line(PAGE[0] / 2, bottom, PAGE[0] / 2, PAGE[1] - 8 * mm)
        canvas.restoreState()

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    document = BaseDocTemplate(
        str(partial),
        pagesize=PAGE,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=12 * mm,
        bottomMargin=bottom,
        title=f"Sign-in sheet: {data.title}",
        author=data.landlord,
    )
    sheet = Frame(SIDE, bottom, width, height, id="sheet")
    slip_frames = [
        Frame(SIDE + i * (slip_width + 10 * mm), bottom, slip_width, height, id=f"slip{i}")
        for i in range(per_page)
    ]
    document.addPageTemplates(
        [
            PageTemplate(id="sheet", frames=[sheet]),
            PageTemplate(id="slips", frames=slip_frames, onPage=cut_line),
        ]
    )
    footer = Footer(regular, footer_size, SIDE, PAGE[0] - SIDE, footer_size, footer_text)
    try:
        document.build(story, canvasmaker=page_of_canvas(footer))
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
