"""The panel pack: a cover listing the round's applications, then one page per
application with what the group asked for and a grid for each member's scores.

Printed before the panel meets, so the score boxes are empty; a member who has a
conflict of interest ticks the box and scores nothing for that application.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.common.page_numbers import Footer, page_of_canvas
from engagement_desktop.reports.impact.pdf_layout import MARGIN, Layout
from engagement_desktop.services.common.money import money
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import long_date, plural
from engagement_desktop.services.fund.rounds import criteria_of
from engagement_desktop.store.models import FundApplication, FundRound


@dataclass(frozen=True)
class PackItem:
    id: int
    applicant: str
    project: str
    summary: str
    requested_pence: int
    match_funding_pence: int
    received_on: date


@dataclass(frozen=True)
class PanelPack:
    landlord: str
    round_name: str
    closes_on: date
    budget_pence: int
    max_award_pence: int
    criteria: list[str]
    scale_max: int
    items: list[PackItem]


def panel_pack(session: Session, round_id: int) -> PanelPack:
    """The round's applications still waiting for a decision, in the order received."""
    fund_round = session.get(FundRound, round_id)
    if fund_round is None:
        raise EngagementError(f"There is no fund round with id {round_id}.")
    rows = session.scalars(
        select(FundApplication)
        .where(FundApplication.round_id == round_id, FundApplication.status == "received")
        .order_by(FundApplication.received_on, FundApplication.id)
    ).all()
    if not rows:
        raise EngagementError(
            f"{fund_round.name} has no applications waiting for the panel: there is no pack "
            "to print."
        )
    return PanelPack(
        str(get_setting(session, "landlord_name") or ""),
        fund_round.name,
        fund_round.closes_on,
        fund_round.budget_pence,
        fund_round.max_award_pence,
        criteria_of(fund_round),
        fund_round.scale_max,
        [
            PackItem(
                a.id,
                a.applicant,
                a.project,
                a.summary or "",
                a.requested_pence,
                a.match_funding_pence,
                a.received_on,
            )
            for a in rows
        ],
    )


def _grid(out: Layout, pack: PanelPack) -> Table:
    head = [Paragraph("Criterion", out.head), Paragraph(f"Score (0 to {pack.scale_max})", out.head)]
    rows = [head] + [[Paragraph(escape(c), out.cell), ""] for c in pack.criteria]
    rows.append([Paragraph("Total", out.head), ""])
    width = A4[0] - 2 * MARGIN
    table = Table(
        rows, colWidths=[width - 40 * mm, 40 * mm], rowHeights=[None] + [14 * mm] * (len(rows) - 1)
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5")),
            ]
        )
    )
    return table


def write_panel_pack(
    pack: PanelPack, path: str | os.PathLike[str], today: date | None = None
) -> Path:
    out = Layout(False)
    # a pack made before the closing date (an early look) says "closes", not "closed"
    closes = "closed" if pack.closes_on < (today or date.today()) else "closes"
    out.story.append(Paragraph(escape(pack.landlord or "Community fund"), out.h2))
    out.story.append(Paragraph(escape(f"Panel pack: {pack.round_name}"), out.h1))
    out.p(
        escape(
            f"Round {closes} {long_date(pack.closes_on)}. Budget "
            f"{money(pack.budget_pence)}; up to {money(pack.max_award_pence)} for one "
            f"application. {plural(len(pack.items), 'application')} for the panel to score, "
            "one a page."
        )
    )
    out.p(
        "Score each criterion from 0 to "
        f"{pack.scale_max}. If you have a conflict of interest with a group (you run it, "
        "belong to it or are related to someone who does), tick the box on its page and do "
        "not score it: your scores are left out of that application's average."
    )
    listing = [[Paragraph(h, out.head) for h in ("No.", "Group", "Project", "Asked")]]
    for item in pack.items:
        listing.append(
            [
                Paragraph(str(item.id), out.cell),
                Paragraph(escape(item.applicant), out.cell),
                Paragraph(escape(item.project), out.cell),
                Paragraph(money(item.requested_pence), out.cell),
            ]
        )
    width = A4[0] - 2 * MARGIN
    table = Table(listing, colWidths=[14 * mm, 0.38 * width, None, 26 * mm], repeatRows=1)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
    out.story.append(table)
    for item in pack.items:
        out.story.append(PageBreak())
        out.story.append(Paragraph(escape(f"{item.id}. {item.applicant}"), out.h1))
        out.story.append(Paragraph(escape(item.project), out.h2))
        out.p(
            escape(
                f"Asked for {money(item.requested_pence)}; match funding "
                f"{money(item.match_funding_pence)}. Received "
                f"{long_date(item.received_on)}."
            )
        )
        for para in (item.summary or "No summary was recorded.").split("\n"):
            if para.strip():
                out.p(escape(para.strip()))
        out.story.append(Spacer(1, 4 * mm))
        out.story.append(_grid(out, pack))
        out.story.append(Spacer(1, 6 * mm))
        out.p("☐ I have a conflict of interest with this group (do not score).")
        out.p("Comments: " + "_" * 60)
        out.p("_" * 72)
        out.p("Panel member's name: " + "_" * 40)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    footer = f"Panel pack · {pack.round_name}"
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Panel pack: {pack.round_name}",
        author=pack.landlord,
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
