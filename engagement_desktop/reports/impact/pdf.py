"""The Involvement Impact Assessment as a PDF: cover, summary, inputs, outputs,
outcomes, who took part, TSM, training and rewards, method notes.

Tables are split into page-sized pieces with repeated headers (reportlab's
table cost grows with the square of its rows); page numbers "Page n of m";
a large-print variant scales every size up.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.fonts import register_fonts
from engagement_desktop.reports.impact.charts import profile_chart
from engagement_desktop.reports.impact.figures import COST_LABELS
from engagement_desktop.reports.impact.report import ImpactReport
from engagement_desktop.services.tsm import MEASURES
from engagement_desktop.store import vocab

ROWS_PER_TABLE = 35
NAVY = colors.HexColor("#1F4E79")
AMBER = colors.HexColor("#FFEB9C")


def money(pence: int | None) -> str:
    """Whole pounds from £100 up (and for whole amounts), pence below: "£2,119", "£430",
    "£0", "£17.84" (a column of costs no longer mixes "£2,119" with "£430.00")."""
    if pence is None:
        return "–"
    if abs(pence) >= 10_000 or pence % 100 == 0:
        return f"£{pence / 100:,.0f}"
    return f"£{pence / 100:,.2f}"


def number(value: Any, key: str = "") -> str:
    if value is None:
        return "–"
    if key.endswith("_pence"):
        return money(value)
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


def change(value: Any, key: str = "") -> str:
    if value is None:
        return "–"
    text = number(abs(value), key)
    return "no change" if value == 0 else (f"+{text}" if value > 0 else f"−{text}")


class _NumberedCanvas(Canvas):
    """Adds "Page n of m" once the total is known."""

    def __init__(
        self, *args: Any, footer: str = "", font: str = "Helvetica", **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer, self._font = footer, font

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.setFont(self._font, 8)
                self.setFillColor(colors.grey)
                self.drawString(18 * mm, 10 * mm, self._footer)
                self.drawRightString(
                    A4[0] - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {total}"
                )
            super().showPage()
        super().save()


class _Writer:
    def __init__(self, report: ImpactReport, large: bool) -> None:
        self.report = report
        self.scale = 1.45 if large else 1.0
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        s = self.scale
        self.body = ParagraphStyle(
            "body", fontName=regular, fontSize=10 * s, leading=14 * s, spaceAfter=5 * s
        )
        self.h1 = ParagraphStyle(
            "h1",
            fontName=bold,
            fontSize=17 * s,
            leading=22 * s,
            spaceBefore=4 * s,
            spaceAfter=8 * s,
            textColor=NAVY,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=12.5 * s,
            leading=16 * s,
            spaceBefore=8 * s,
            spaceAfter=5 * s,
            textColor=NAVY,
            keepWithNext=1,
        )
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5 * s, leading=11 * s)
        self.story: list[Any] = []

    def p(self, text: str) -> None:
        self.story.append(Paragraph(text, self.body))

    def heading(self, text: str, level: int = 1) -> None:
        if level == 1:
            self.story.append(CondPageBreak(90 * mm))
        self.story.append(Paragraph(escape(text), self.h1 if level == 1 else self.h2))

    def table(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float | None] | None = None,
        numeric_from: int = 1,
        highlight: Sequence[int] = (),
        into: list[Any] | None = None,
    ) -> None:
        target = self.story if into is None else into
        if not rows:
            target.append(Paragraph("<i>None in this period.</i>", self.body))
            return

        def cell(value: Any) -> Any:
            return (
                Paragraph(escape(str(value)), self.cell)
                if isinstance(value, str) and len(value) > 24
                else value
            )

        body = [[cell(v) for v in row] for row in rows]
        widths = self._fit(headings, body, widths)
        for start in range(0, len(body), ROWS_PER_TABLE):
            part = [list(headings), *body[start : start + ROWS_PER_TABLE]]
            table = Table(part, colWidths=widths, repeatRows=1, hAlign="LEFT")
            style = [
                ("FONTNAME", (0, 0), (-1, -1), self.regular),
                ("FONTNAME", (0, 0), (-1, 0), self.bold),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5 * self.scale),
                ("LEADING", (0, 0), (-1, -1), 11 * self.scale),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),  # headings over figures
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F6FA")]),
            ]
            for index in highlight:
                if start <= index < start + ROWS_PER_TABLE:
                    style.append(
                        ("BACKGROUND", (0, index - start + 1), (-1, index - start + 1), AMBER)
                    )
            table.setStyle(TableStyle(style))
            target += [table, Spacer(1, 4 * self.scale)]

    def _fit(
        self, headings: Sequence[str], body: list[list[Any]], widths: Sequence[float | None] | None
    ) -> list[float | None]:
        """Columns of figures at least as wide as their heading and figures (large print
        made them overlap), and the first column narrowed, its text wrapped, to fit the page."""
        fitted: list[float | None] = list(widths) if widths else [None] * len(headings)
        size, pad = 8.5 * self.scale, 12
        for i, heading in enumerate(headings):
            values = [row[i] for row in body]
            if any(isinstance(v, Paragraph) for v in values):
                continue
            natural = max(
                [stringWidth(str(heading), self.bold, size)]
                + [stringWidth(str(v), self.regular, size) for v in values]
            )
            fitted[i] = max(fitted[i] or 0, natural + pad)
        room = A4[0] - 36 * mm - sum(w or 0 for w in fitted[1:])
        room -= 25 * mm * sum(1 for w in fitted[1:] if w is None)  # text columns keep some
        if fitted[0] is not None and fitted[0] > room:
            fitted[0] = max(room, 35 * mm)
            for row in body:
                if isinstance(row[0], str):
                    row[0] = Paragraph(escape(row[0]), self.cell)
        return fitted

    # --- sections ---------------------------------------------------------------------

    def cover(self, logo: Path | None) -> None:
        r = self.report
        if logo is not None and logo.is_file():
            try:
                image = Image(str(logo))
                ratio = image.imageHeight / image.imageWidth if image.imageWidth else 1
                image.drawWidth, image.drawHeight = 50 * mm, 50 * mm * ratio
                image.hAlign = "LEFT"
                self.story += [image, Spacer(1, 10 * mm)]
            except OSError:
                pass
        title = ParagraphStyle(
            "cover", parent=self.h1, fontSize=26 * self.scale, leading=32 * self.scale
        )
        self.story += [
            Spacer(1, 40 * mm),
            Paragraph(escape(r.landlord or "Involvement"), self.h2),
            Paragraph("Involvement Impact Assessment", title),
            Paragraph(f"{r.period.label}: {r.period.long}", self.h2),
            Spacer(1, 20 * mm),
        ]
        self.p(
            f"Prepared by {escape(r.prepared_by or 'the involvement team')} on "
            f"{r.printed.day} {r.printed:%B %Y}."
        )
        self.p(
            "This report sets out what customer involvement cost, what it did, who took "
            "part and what changed as a result, following the sector's inputs, outputs, "
            "outcomes and impact approach."
        )
        self.story.append(PageBreak())

    def summary(self) -> None:
        r = self.report
        self.heading("1. The year at a glance")
        self.p(
            f"Compared with {r.previous.label}. Costs include event costs, staff time, "
            "rewards paid out and expenses."
        )
        rows = [
            [label, number(now, key), number(before, key), change(delta, key)]
            for key, label, now, before, delta in r.summary_rows()
        ]
        self.table(
            ["", r.period.label, r.previous.label, "Change"],
            rows,
            [80 * mm * self.scale, None, None, None],
        )

    def inputs(self) -> None:
        r = self.report
        self.heading("2. Inputs: what involvement cost")
        rows = [
            [label, money(r.costs.by_category[key]), money(r.costs_before.by_category[key])]
            for key, label in COST_LABELS.items()
        ]
        rows.append(["Total", money(r.costs.total), money(r.costs_before.total)])
        self.table(
            ["Cost", r.period.label, r.previous.label], rows, [80 * mm * self.scale, None, None]
        )
        self.p(
            f"Staff time recorded against events: {r.costs.staff_hours:,.1f} hours "
            f"({r.costs_before.staff_hours:,.1f} hours the year before)."
        )

    def outputs(self) -> None:
        r = self.report
        self.heading("3. Outputs: what happened")
        self.heading("Events by type", 2)
        self.table(
            ["Type", "Events", "Attendances", "Average"],
            [[a.name, a.events, a.attendances, f"{a.average:.1f}"] for a in r.events_by_type],
            [80 * mm * self.scale, None, None, None],
        )
        self.heading("Events by group", 2)
        self.table(
            ["Group", "Events", "Attendances", "Average"],
            [[a.name, a.events, a.attendances, f"{a.average:.1f}"] for a in r.events_by_group],
            [80 * mm * self.scale, None, None, None],
        )
        self.heading("Groups and their members", 2)
        self.table(
            ["Group", "People on the group during the year"],
            list(map(list, r.groups)),
            [100 * mm * self.scale, None],
        )
        self.heading("Surveys", 2)
        self.table(
            ["Survey", "From", "To", "Responses"],
            [
                [n, f"{s:%d/%m/%Y}" if s else "", f"{e:%d/%m/%Y}" if e else "", c]
                for n, s, e, c in r.surveys
            ],
            [80 * mm * self.scale, None, None, None],
        )
        self.heading("Training taken", 2)
        self.table(
            ["Course", "Kind", "Completed or attended", "People"],
            [list(t) for t in r.training],
            [75 * mm * self.scale, None, None, None],
            numeric_from=2,
        )

    def outcomes(self) -> None:
        o = self.report.outcomes
        self.heading("4. Outcomes: you said, we did")
        logged = (
            "One recommendation, piece of feedback or idea was logged"
            if len(o.items) == 1
            else f"{len(o.items)} recommendations, pieces of feedback and ideas were logged"
        )
        self.p(
            f"{logged}; {o.reported_back} {'has' if o.reported_back == 1 else 'have'} been "
            "reported back to the people involved."
        )
        self.table(
            ["Response", "Number"],
            [[k, v] for k, v in o.by_response.items()],
            [60 * mm * self.scale, None],
        )
        self.table(
            ["Progress", "Number"],
            [[k, v] for k, v in o.by_status.items()],
            [60 * mm * self.scale, None],
        )
        if self.scale > 1:  # seven columns do not fit large print: one block per item
            self._outcome_blocks()
            return
        rows = [
            [
                f"{item.raised_on:%d/%m/%Y}",
                vocab.OUTCOME_SOURCES.get(item.source, item.source),
                item.asked,
                Paragraph(
                    escape(vocab.OUTCOME_RESPONSES.get(item.response, item.response)), self.cell
                ),
                item.action or "",
                Paragraph(escape(vocab.OUTCOME_STATUSES.get(item.status, item.status)), self.cell),
                "Yes" if item.reported_back else "No",
            ]
            for item in o.items
        ]
        self.table(
            ["Raised", "From", "You said", "Response", "We did", "Status", "Told"],
            rows,
            [21 * mm, 17 * mm, None, 21 * mm, None, 18 * mm, 11 * mm],
            numeric_from=99,
        )

    def _outcome_blocks(self) -> None:
        for item in self.report.outcomes.items:
            told = "reported back" if item.reported_back else "not reported back yet"
            heading = " · ".join(
                [
                    f"{item.raised_on.day} {item.raised_on:%B %Y}",
                    vocab.OUTCOME_SOURCES.get(item.source, item.source),
                    vocab.OUTCOME_RESPONSES.get(item.response, item.response),
                    vocab.OUTCOME_STATUSES.get(item.status, item.status),
                    told,
                ]
            )
            block = [Paragraph(f"<b>{escape(heading)}</b>", self.body)]
            block.append(Paragraph(f"You said: {escape(item.asked or '')}", self.body))
            if item.action:
                block.append(Paragraph(f"We did: {escape(item.action)}", self.body))
            self.story.append(KeepTogether([*block, Spacer(1, 3 * self.scale)]))

    def profile(self) -> None:
        r = self.report
        self.heading("5. Who took part compared with all our customers")
        flagged = [
            (c.label, line.category, line.gap)
            for c in r.profile
            for line in c.lines
            if line.under_represented
        ]
        self.p(
            f"Percentages are of people whose answer is known. A group is flagged as "
            f"under-represented when its share of the people involved is "
            f"{r.profile_threshold:g} or more points below its share of all customers. "
            f"Groups of fewer than {r.small_number_minimum} people are not shown as exact "
            "numbers. People who objected in writing are not counted."
        )
        if flagged:
            self.p(
                "Under-represented: "
                + "; ".join(
                    f"{escape(category)} ({escape(label.lower())}, "
                    + (
                        f"{gap:+.1f} points)"
                        if gap is not None  # hidden when the group is very small
                        else f"fewer than {r.small_number_minimum} involved)"
                    )
                    for label, category, gap in flagged
                )
                + "."
            )
        else:
            self.p("No group is under-represented by the threshold.")
        minimum = r.small_number_minimum
        for comparison in r.profile:
            rows, marked = [], []
            for index, line in enumerate(comparison.lines):
                rows.append(
                    [
                        line.category,
                        line.shown("involved", minimum),
                        number(line.involved_pct),
                        line.shown("base", minimum),
                        number(line.base_pct),
                        number(line.gap),
                    ]
                )
                if line.under_represented:
                    marked.append(index)
            block: list[Any] = [Paragraph(escape(comparison.label), self.h2)]
            self.table(
                [comparison.label, "Involved", "%", "All customers", "%", "Gap (points)"],
                rows,
                [62 * mm * self.scale, None, None, None, None, None],
                highlight=marked,
                into=block,
            )
            chart = profile_chart(comparison, 170 * mm, minimum, self.scale)
            if self.scale > 1:  # a large table and chart rarely fit a page together
                caption = Paragraph(
                    f"<b>{escape(comparison.label)}</b>: people involved and all customers, "
                    "per cent",
                    self.body,
                )
                self.story += [KeepTogether(block), KeepTogether([caption, chart])]
            else:
                self.story.append(KeepTogether([*block, chart]))

    def tsm(self) -> None:
        r = self.report
        self.heading("6. Tenant Satisfaction Measures")
        if r.tsm is None:
            self.p("No survey with Tenant Satisfaction Measures covers this year.")
            return
        self.p(
            f"From '{escape(r.tsm.survey)}': {r.tsm.respondents:,} respondents (latest "
            "response per tenant)."
        )
        before = r.tsm_before.measures if r.tsm_before else {}
        rows = []
        for code, m in r.tsm.measures.items():
            last = before.get(code)
            rows.append(
                [
                    code,
                    MEASURES[code],
                    m.base,
                    number(m.percent),
                    f"{m.ci95[0]:.1f}–{m.ci95[1]:.1f}" if m.ci95 else "–",
                    number(last.percent) if last else "–",
                ]
            )
        self.table(
            ["", "Measure", "Base", "%", "95% interval", r.previous.label],
            rows,
            [11 * mm, None, 14 * mm, 13 * mm, 23 * mm, 17 * mm],
            numeric_from=2,
        )

    def training_and_rewards(self) -> None:
        r = self.report
        self.heading("7. Training, development and rewards")
        self.p(
            f"{r.summary.training_completed:,} courses were completed "
            f"({r.summary_before.training_completed:,} the year before)."
        )
        w, b = r.rewards, r.rewards_before
        self.table(
            ["Reward points", r.period.label, r.previous.label],
            [
                ["Points earned", f"{w.points_earned:,}", f"{b.points_earned:,}"],
                [
                    "Vouchers issued",
                    f"{w.vouchers:,} ({money(w.voucher_value_pence)})",
                    f"{b.vouchers:,} ({money(b.voucher_value_pence)})",
                ],
                [
                    "Donations to charity",
                    f"{w.donations:,} ({money(w.donation_value_pence)})",
                    f"{b.donations:,} ({money(b.donation_value_pence)})",
                ],
                [
                    "Rent credits",
                    f"{w.rent_credits:,} ({money(w.rent_credit_value_pence)})",
                    f"{b.rent_credits:,} ({money(b.rent_credit_value_pence)})",
                ],
            ],
            [70 * mm * self.scale, None, None],
        )

    def method(self) -> None:
        self.heading("8. How the figures were counted")
        for text in (
            "People involved: everyone who came to a held event (attended or walked in) or "
            "sat on a group at any time in the year. New this year: those whose first ever "
            "involvement falls in the year.",
            "Events held: events marked held with a date in the year; cancelled and planned "
            "events are left out. Attendances: people marked attended or walk-in at them.",
            "Costs: event cost lines and staff hours at their hourly rate for held events, "
            "rewards paid out at the year end dated in the year, and expenses approved or "
            "paid with a claim date in the year.",
            "Survey responses: returns completed in the year (or, when undated, belonging to "
            "a survey whose period overlaps the year).",
            "Who took part: equality answers as given; age from the equality answer or, when "
            "missing, the date of birth at the end of the year. Everyone in the store is the "
            "customer base unless an aggregate profile is chosen. People who objected in "
            "writing are left out of every figure in this section.",
            "Tenant Satisfaction Measures: very or fairly satisfied (strongly agree or agree "
            "for TP08) out of valid answers; don't know, not applicable and blanks are left "
            "out; repairs, complaints and communal-area measures count only those whose "
            "filter answer was yes; one response per tenant (their latest).",
        ):
            self.p(escape(text))


def write_impact_pdf(
    report: ImpactReport,
    path: str | os.PathLike[str],
    *,
    large_print: bool = False,
    logo: Path | None = None,
) -> Path:
    writer = _Writer(report, large_print)
    writer.cover(logo)
    writer.summary()
    writer.inputs()
    writer.outputs()
    writer.outcomes()
    writer.profile()
    writer.tsm()
    writer.training_and_rewards()
    writer.method()
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    footer = (
        f"{report.landlord or 'Involvement'} · Involvement Impact Assessment {report.period.label}"
    )
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Involvement Impact Assessment {report.period.label}",
        author=report.landlord,
    )
    try:
        document.build(
            writer.story,
            canvasmaker=lambda *a, **k: _NumberedCanvas(
                *a, footer=footer, font=writer.regular, **k
            ),
        )
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
