"""The impact assessment's first sections: cover, the year at a glance, inputs,
outputs, and "you said, we did". Every figure comes from the report's tables."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph, Spacer

from engagement_desktop.reports.impact.outcomes import OutcomeLine
from engagement_desktop.reports.impact.pdf_layout import Layout
from engagement_desktop.reports.impact.report import ImpactReport
from engagement_desktop.services.common.wording import long_date, plural


def compared(r: ImpactReport) -> str:
    """What the figures are compared with, said the same way in every section."""
    if r.period.part:
        return (
            f"{r.period.label} {r.period.to_date}, compared with the same months of "
            f"{r.previous.label} ({long_date(r.previous.start)} to {long_date(r.previous.end)})."
        )
    return f"{r.period.label} compared with {r.previous.label}."


def cover(out: Layout, r: ImpactReport, logo: Path | None) -> None:
    if logo is not None and logo.is_file():
        try:
            image = Image(str(logo))
            ratio = image.imageHeight / image.imageWidth if image.imageWidth else 1
            image.drawWidth, image.drawHeight = 50 * mm, 50 * mm * ratio
            image.hAlign = "LEFT"
            out.story += [image, Spacer(1, 10 * mm)]
        except OSError:
            pass
    title = ParagraphStyle("cover", parent=out.h1, fontSize=out.pt(26), leading=out.pt(26) * 1.25)
    out.story += [
        Spacer(1, 30 * mm),
        Paragraph(escape(r.landlord or "Involvement"), out.h2),
        Paragraph("Involvement Impact Assessment", title),
        Paragraph(f"{r.period.label}: {r.period.long}", out.h2),
    ]
    if r.period.part:
        out.story.append(Paragraph(f"Year to date, to {long_date(r.period.end)}", out.h2))
    out.story.append(Spacer(1, 15 * mm))
    out.p(
        f"Prepared by {escape(r.prepared_by or 'the involvement team')} on {long_date(r.printed)}."
    )
    if r.period.part:
        out.p(
            f"The year has not ended: every figure is for the {escape(r.period.to_date)}, and "
            f"is compared with the same months of {r.previous.label} "
            f"({long_date(r.previous.start)} to {long_date(r.previous.end)})."
        )
    out.p(
        "This report sets out what customer involvement cost, what it did, who took "
        "part and what changed as a result, following the sector's inputs, outputs, "
        "outcomes and impact approach."
    )
    out.story.append(PageBreak())


def summary(out: Layout, r: ImpactReport) -> None:
    out.heading("1. The year at a glance")
    out.p(
        escape(compared(r)) + " Costs include event costs, staff time, training fees, rewards "
        "converted and expenses."
    )
    out.table(r.table("summary"))


def inputs(out: Layout, r: ImpactReport) -> None:
    out.heading("2. Inputs: what involvement cost")
    out.p(escape(compared(r)))
    out.table(r.table("costs"))
    for key in ("budget", "true_cost", "volunteer_hours"):
        table = r.table(key)
        out.heading(table.title, 2)
        out.table(table)


def outputs(out: Layout, r: ImpactReport) -> None:
    out.heading("3. Outputs: what happened")
    if r.period.part:
        out.p(escape(f"{r.period.label} {r.period.to_date}."))
    for key in ("events_by_type", "events_by_group", "groups", "surveys", "training"):
        table = r.table(key)
        out.heading(table.title, 2)
        out.table(table)
    if any(f is not None and f.any for f in (r.fund, r.fund_before)):
        table = r.table("community_fund")
        out.heading(table.title, 2)
        out.table(table)
    out.heading("Feedback from events and training", 2)
    outstanding = sum(t.feedback_outstanding for t in r.training)
    returned = sum(t.feedback_returned for t in r.training)
    came = (
        f"{plural(returned, 'training feedback form')} came back"
        if returned
        else "No training feedback forms came back"
    )
    waiting = (
        f"{plural(outstanding, 'conference feedback form')} "
        f"{'is' if outstanding == 1 else 'are'} still outstanding"
        if outstanding
        else "none is outstanding"
    )
    out.p(f"{came}; {waiting}. What events recorded as their outcome or feedback:")
    out.table(r.table("event_feedback"))


def _block(out: Layout, item: OutcomeLine) -> None:
    facts = [long_date(item.raised_on), item.kind, item.source, item.response, item.status]
    if item.overdue:
        facts.append("OVERDUE")
    elif item.late:
        facts.append("done late")
    block = [Paragraph(f"<b>{escape(' · '.join(facts))}</b>", out.body)]
    block.append(Paragraph(f"You said: {escape(item.asked)}", out.body))
    if item.reason:
        block.append(Paragraph(f"Reason: {escape(item.reason)}", out.body))
    if item.action:
        block.append(Paragraph(f"We did: {escape(item.action)}", out.body))
    extra = []
    if item.owner:
        extra.append(f"Owner: {item.owner}")
    if item.due_on:
        extra.append(f"Due {long_date(item.due_on)}")
    if item.completed_on:
        extra.append(f"Completed {long_date(item.completed_on)}")
    extra.append("Reported back" if item.reported_back else "Not reported back yet")
    block.append(Paragraph(escape(" · ".join(extra)), out.body))
    out.story.append(KeepTogether([*block, Spacer(1, 4)]))


def outcomes(out: Layout, r: ImpactReport) -> None:
    o = r.outcomes
    out.heading("4. Outcomes: you said, we did")
    raised = o.this_year
    logged = (
        "One recommendation, piece of feedback or idea was logged"
        if len(raised) == 1
        else f"{len(raised)} recommendations, pieces of feedback and ideas were logged"
    )
    out.p(
        f"{logged} in {escape(r.period.heading)}; {o.reported_back} "
        f"{'has' if o.reported_back == 1 else 'have'} been reported back to the people "
        f"involved. {o.overdue} item{'s are' if o.overdue != 1 else ' is'} overdue "
        "(past the date due and not done)."
    )
    out.table(r.table("outcome_responses"))
    out.table(r.table("outcome_progress"))
    out.heading("Customers in control", 2)
    out.table(r.table("control"))
    out.heading("Raised this year", 2)
    if not raised:
        out.p("<i>None in this period.</i>")
    for item in raised:
        _block(out, item)
    out.heading("Still open from earlier years", 2)
    if not o.earlier:
        out.p("Nothing raised before this year was still open when it began.")
    for item in o.earlier:
        _block(out, item)


def customers_in_control(out: Layout, r: ImpactReport) -> None:
    """You Choose and the share of customer-facing budgets customers decided."""
    table = r.table("you_choose")
    out.heading("Customers in control: " + table.title.lower(), 2)
    out.table(table)
