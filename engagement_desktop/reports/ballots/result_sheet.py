"""The result sheet: what was in the pot, each proposal's votes in the order placed,
what is funded, spoilt papers and refused second votes, and how a tie was settled.

It names no voter (the count knows none). Printed during voting it says plainly that
it is the count so far, not the result. Large print (16 pt and over) on request.
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
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import (
    Footer,
    fit_text,
    number_room,
    page_of_canvas,
)
from engagement_desktop.services.ballots.ballots import ONE_VOTE_PER, TIE_RULES
from engagement_desktop.services.ballots.count import Count, Placed
from engagement_desktop.services.common.money import money
from engagement_desktop.services.common.wording import day_text, long_date

HEADINGS = ("Place", "Proposal", "Cost", "Votes", "Share", "")
WIDTHS = (0.09, 0.41, 0.14, 0.1, 0.1, 0.16)


def _styles(size: float, regular: str, bold: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size * 1.6, leading=size * 2.0),
        "head": ParagraphStyle("h", fontName=bold, fontSize=size * 1.2, leading=size * 1.6),
        "body": ParagraphStyle("b", fontName=regular, fontSize=size, leading=size * 1.35),
        "cell": ParagraphStyle("c", fontName=regular, fontSize=size, leading=size * 1.25),
        "bold": ParagraphStyle("cb", fontName=bold, fontSize=size, leading=size * 1.25),
    }


def write_result_sheet(
    count: Count,
    path: str | os.PathLike[str],
    *,
    landlord: str = "",
    today: date | None = None,
    large_print: bool = False,
) -> Path:
    regular, bold = register_fonts()
    size = 16.0 if large_print else 10.5
    look = _styles(size, regular, bold)
    today = today or date.today()
    side = (12 if large_print else 18) * mm
    width = A4[0] - 2 * side
    footer_size = size if large_print else 8.0
    bottom = footer_size * 3
    title = (
        count.title
        if count.title.casefold().startswith("you choose")
        else f"You Choose: {count.title}"
    )
    story: list = [Paragraph(escape(title), look["title"])]
    closed = count.closed_at
    if count.final and closed is not None:
        state = f"Final result. Voting closed {long_date(closed)} at {closed:%H:%M}."
    elif count.status == "open":
        state = f"Count so far on {long_date(today)}: voting is still open, this is not the result."
    else:
        state = "Voting has not opened yet."
    story += [
        Paragraph(escape(state), look["bold"]),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                f"Pot: {money(count.pot_pence)}. {ONE_VOTE_PER[count.one_vote_per]}. "
                f"Tie rule, fixed before voting opened: {TIE_RULES[count.tie_rule].lower()}."
            ),
            look["body"],
        ),
        Spacer(1, 4 * mm),
        Paragraph("How the votes fell", look["head"]),
    ]
    share = (lambda n: f"{100 * n / count.valid:.0f}%") if count.valid else (lambda n: "–")
    rows: list[list] = [
        [
            Paragraph(h, look["bold"])
            for h in (("#", "Proposal", "Cost", "Votes", "%", "") if large_print else HEADINGS)
        ]
    ]
    for place, placed in enumerate(count.placed, start=1):
        p = placed.proposal
        small = size if large_print else size * 0.85  # large print: 16 pt everywhere
        by = f"<br/><font size={small}>put forward by {escape(p.put_forward_by or '')}</font>"
        # before the close a count only says where things stand: "funded so far"
        funded_word = "Funded" if count.final else "Funded so far"
        note = (funded_word if placed.funded else "") + (
            " (tie settled by rule)" if placed.tied and _tie_decided(count, placed) else ""
        )
        rows.append(
            [
                str(place),
                Paragraph(escape(p.title) + (by if p.put_forward_by else ""), look["cell"]),
                money(p.cost_pence),
                str(placed.votes),
                share(placed.votes),
                Paragraph(escape(note.strip()), look["bold" if placed.funded else "cell"]),
            ]
        )
    fractions = (0.06, 0.37, 0.18, 0.13, 0.1, 0.16) if large_print else WIDTHS
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (2, 1), (4, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [table, Spacer(1, 4 * mm)]
    funded = count.funded_pence
    story.append(
        Paragraph(
            escape(
                f"{'Funded' if count.final else 'Funded so far'}: {money(funded)} of "
                f"{money(count.pot_pence)}"
                f" ({money(count.pot_pence - funded)} left). Proposals are funded in the order "
                "placed while the pot lasts; one that no longer fits is passed over."
            ),
            look["body"],
        )
    )
    story += [Spacer(1, 4 * mm), Paragraph("The papers", look["head"])]
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(count.spoilt_reasons.items()))
    facts = [
        f"Papers counted: {count.votes} ({count.valid} valid, {count.spoilt} spoilt"
        + (f": {reasons}" if reasons else "")
        + ").",
        f"Second votes from the same {count.one_vote_per} refused: {count.duplicates_refused}.",
        "Voted: "
        + ", ".join(
            f"{n} {label}"
            for key, label in (
                ("kiosk", "at the kiosk"),
                ("paper", "on paper"),
                ("postal", "by post"),
            )
            if (n := count.by_channel.get(key, 0))
        )
        + "."
        if count.voters
        else "Nobody has voted yet.",
    ]
    if count.paper_waiting:
        facts.append(f"Paper slips handed out but not typed in yet: {count.paper_waiting}.")
    facts.append("Votes are secret: the record shows who voted, never how.")
    story += [Paragraph(escape(line), look["body"]) for line in facts]

    room = A4[0] - 2 * side - number_room(regular, footer_size)
    # large print leaves the landlord out of the footer (it heads the page): the line was
    # cut to "You Choose res…" beside the page number
    named = f"{landlord} · " if landlord and not large_print else ""
    text = fit_text(
        f"{named}You Choose result · printed {day_text(today)}",
        regular,
        footer_size,
        room,
    )
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    document = BaseDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=side,
        rightMargin=side,
        topMargin=15 * mm,
        bottomMargin=bottom,
        title=f"You Choose result: {count.title}",
        author=landlord,
    )
    frame = Frame(side, bottom, width, A4[1] - 15 * mm - bottom, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    footer = Footer(regular, footer_size, side, A4[0] - side, footer_size, text)
    try:
        document.build(story, canvasmaker=page_of_canvas(footer))
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target


__all__ = ["write_result_sheet"]


def _tie_decided(count: Count, placed: Placed) -> bool:
    """A tie the rule settled that mattered: a proposal level with this one on votes came
    out the other way (funded against not). A tie between two funded proposals, or two
    passed over, changed nothing and is not marked."""
    return any(
        other.votes == placed.votes and other.funded != placed.funded
        for other in count.placed
        if other is not placed
    )
