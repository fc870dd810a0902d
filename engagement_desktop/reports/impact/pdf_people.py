"""The impact assessment's later sections: who took part (every equality question,
tenure and area, with disclosure control), TSM, training and rewards, and how every
figure was counted."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph

from engagement_desktop.reports.common.disclosure import footnote
from engagement_desktop.reports.impact.charts import profile_charts
from engagement_desktop.reports.impact.pdf_layout import FRAME, Layout
from engagement_desktop.reports.impact.pdf_sections import compared
from engagement_desktop.reports.impact.report import ImpactReport
from engagement_desktop.services.common.wording import signed
from engagement_desktop.services.people.base_profile import MAIN_DIMENSIONS


def profile(out: Layout, r: ImpactReport) -> None:
    out.heading("5. Who took part compared with all our customers")
    flagged = [
        (c.label, line.category, line.gap)
        for c in r.profile
        for line in c.lines
        if line.under_represented and line.gap is not None
    ]
    out.p(
        "For each equality question, tenure and area: the people involved, the people who "
        "answered a survey in the year, and all customers. Percentages are of everyone "
        "counted in the column, including those whose answer is not known. A group is "
        f"flagged as under-represented when its share of the people involved is "
        f"{r.profile_threshold:g} or more points below its share of all customers. People "
        "who objected in writing are not counted."
    )
    out.p(escape(footnote(r.small_number_minimum)))
    if r.base_source == "table":
        sources = sorted({c.base_source for c in r.profile})
        out.p("All customers: " + escape("; ".join(sources)) + ". Each table says which.")
    if flagged:
        out.p(
            "Under-represented: "
            + "; ".join(
                f"{escape(category)} ({escape(label.lower())}, {signed(gap)} points)"
                for label, category, gap in flagged
            )
            + "."
        )
    else:
        out.p("No group is under-represented by the threshold.")
    charted = []
    for comparison in r.profile:
        block: list[Any] = [Paragraph(escape(comparison.label), out.h2)]
        out.table(r.table(f"profile_{comparison.dimension}"), into=block)
        if comparison.dimension not in MAIN_DIMENSIONS or not comparison.has_base:
            out.story.append(KeepTogether(block) if not out.large else block[0])
            if out.large:
                out.story += block[1:]
            continue
        if out.large:  # the tables read across landscape pages; their charts follow
            out.story += block
            charted.append(comparison)
            continue
        charts = profile_charts(comparison, FRAME, out.pt(7), out.height)
        out.story.append(KeepTogether([*block, *charts]) if len(charts) == 1 else block + charts)
    if charted:  # large print: the charts upright, each as tall as a page allows
        out.turn(False)
        for comparison in charted:
            out.story.append(Paragraph(escape(f"{comparison.label}: chart"), out.h2))
            out.story += profile_charts(comparison, FRAME, out.pt(7), out.height)


def tsm(out: Layout, r: ImpactReport) -> None:
    out.heading(f"6. {r.regime_name}")
    if r.tsm is None:
        out.p(f"No survey with {r.regime_name} covers this year.")
        return
    out.p(
        f"From '{escape(r.tsm.survey)}': {r.tsm.respondents:,} respondents (latest "
        f"response per tenant). The last column is {r.previous.label}'s survey."
    )
    out.table(r.table("tsm"))


def training_and_rewards(out: Layout, r: ImpactReport) -> None:
    out.heading("7. Training, development and rewards")
    out.p(
        f"{r.summary.training_taken:,} training places were taken (completed or attended) "
        f"in {escape(r.period.heading)}, against {r.summary_before.training_taken:,} in "
        f"{escape(r.previous.heading)}; the courses are listed in section 3. " + escape(compared(r))
    )
    out.table(r.table("rewards"))


METHOD = (
    "People involved: everyone who came to a held event (attended or walked in) or sat on "
    "a group at any time in the period. Subscribed members and one-off contacts are as "
    "recorded on each person today. New this year: those whose first ever involvement "
    "falls in the period.",
    "Events held: events marked held with a date in the period; cancelled and planned "
    "events are left out. Attendances: people marked attended or walk-in at them.",
    "How each cost is counted. Event costs (venue, catering, travel, interpreters, "
    "materials, other) and staff time (hours at their hourly rate): in the year of the "
    "event, held events only. Training and conference fees: each course's fee per place "
    "for every place taken (completed or attended), in the year the course was taken. "
    "Rewards: the value converted at a scheme year's year-end run (vouchers, donations, "
    "rent credits) counts in the report year in which that scheme year ends, whatever "
    "day the run was made. Expenses: claims approved or paid, in the year of the claim. "
    "Money is shown to the nearest pound where a row holds £100 or more (halves round "
    "up); a difference or total is worked out in pence first, so it can be £1 away from "
    "the rounded figures beside it.",
    "Training places taken: records completed or attended with a date in the period; "
    "the same count in the summary and the training table.",
    "Recommendations made and accepted: items of the kind recommendation raised in the "
    "period; accepted means fully or partly. Overdue: an item past its due date and not "
    "done by then (judged at the end of the period, or today for a year to date). Items "
    "raised in earlier years that were still open when the period began are listed "
    "until they are done.",
    "Survey responses: returns completed in the period (or, when undated, belonging to "
    "a survey whose period overlaps it). Survey respondents in section 5 are the people "
    "those returns are matched to.",
    "Who took part: equality answers as given; age from the equality answer or, when "
    "missing, the date of birth at the end of the period. The customer base is everyone "
    "in the database, or the customer profile loaded from the housing system where "
    "chosen; each table says which, or that there are no base figures for it. Small "
    "numbers: a count under the minimum is hidden, with a second cell whenever one alone "
    "could be worked back from the total or the percentages.",
    "Tenant Satisfaction Measures: very or fairly satisfied (strongly agree or agree "
    "for TP08) out of valid answers; don't know, not applicable and blanks are left "
    "out; repairs, complaints and communal-area measures count only those whose "
    "filter answer was yes; one response per tenant (their latest).",
    "A year not yet ended is reported as the year to date and compared with the same "
    "months of the year before.",
)


SATISFACTION_NOTE = "Tenant Satisfaction Measures"


def satisfaction_note(r: ImpactReport) -> str:
    """How the landlord's measures were counted, in its set's own names."""
    if r.tsm is None:
        return f"{r.regime_name}: no survey covers this year."
    filtered = [c for c, m in r.tsm.measure_set.measures.items() if m.filter]
    return (
        f"{r.regime_name}: the positive answers (very or fairly satisfied, agree, good or good "
        "value, as each measure asks) out of valid answers; don't know, not applicable and "
        "blanks are left out; "
        + (
            f"{', '.join(filtered)} counts only those whose filter answer was yes; "
            if filtered
            else ""
        )
        + "one response per household (its latest)."
    )


def method(out: Layout, r: ImpactReport) -> None:
    out.heading("8. How the figures were counted")
    for text in METHOD:
        if text.startswith(SATISFACTION_NOTE):
            text = satisfaction_note(r)
        out.p(escape(text))
