"""The impact assessment: every summary figure checked against an independent count
made in Python from the raw rows; suppression, objections, empty years, PDF and Excel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.impact.pdf import write_impact_pdf
from engagement_desktop.reports.impact.profile import compare
from engagement_desktop.reports.impact.report import build_report
from engagement_desktop.reports.impact.workbook import write_impact_workbook
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Attendance,
    Course,
    Event,
    EventCost,
    Expense,
    Membership,
    Outcome,
    RewardPayout,
    TrainingRecord,
)
from tests.consent import GIVEN

START, END = date(2025, 4, 1), date(2026, 3, 31)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from engagement_desktop.store.engine import open_store

    store = open_store(tmp_path_factory.mktemp("impact") / "demo.sqlite")
    generate_demo(store, people=400, seed=5, today=date(2026, 11, 23))
    yield store
    store.close()


def _in_year(day: date | None) -> bool:
    return day is not None and START <= day <= END


def test_summary_matches_independent_counts(demo: Store) -> None:
    with demo.session() as session:
        report = build_report(session, 2025, today=date(2026, 6, 1))
        events = {e.id: e for e in session.scalars(select(Event))}
        held = {i for i, e in events.items() if e.status == "held" and _in_year(e.starts_at.date())}
        rows = session.scalars(select(Attendance)).all()
        present = [a for a in rows if a.event_id in held and a.status in ("attended", "walk_in")]
        members = [
            m
            for m in session.scalars(select(Membership))
            if m.term_start <= END
            and (m.term_end is None or m.term_end >= START)
            and (m.left_on is None or m.left_on >= START)
        ]
        involved = {a.person_id for a in present} | {m.person_id for m in members}
        first: dict[int, date] = {}
        for a in rows:
            if a.status in ("attended", "walk_in") and events[a.event_id].status == "held":
                day = events[a.event_id].starts_at.date()
                first[a.person_id] = min(first.get(a.person_id, day), day)
        for m in session.scalars(select(Membership)):
            first[m.person_id] = min(first.get(m.person_id, m.term_start), m.term_start)
        new = {p for p in involved if _in_year(first.get(p))}
        costs = sum(
            c.amount_pence for c in session.scalars(select(EventCost)) if c.event_id in held
        )
        costs += sum(round(events[i].staff_hours * events[i].staff_hourly_rate_pence) for i in held)
        # a scheme year's conversion counts in the report year that scheme year ends in
        costs += sum(
            p.value_pence for p in session.scalars(select(RewardPayout)) if p.scheme_year == 2025
        )
        courses = {c.id: c for c in session.scalars(select(Course))}
        costs += sum(
            courses[t.course_id].cost_pence
            for t in session.scalars(select(TrainingRecord))
            if t.status in ("completed", "attended") and _in_year(t.on_date)
        )
        costs += sum(
            x.amount_pence
            for x in session.scalars(select(Expense))
            if x.status in ("approved", "paid") and _in_year(x.claimed_on)
        )
        training = sum(
            1
            for t in session.scalars(select(TrainingRecord))
            if t.status in ("completed", "attended") and _in_year(t.on_date)
        )
        recommendations = [
            o
            for o in session.scalars(select(Outcome))
            if o.kind == "recommendation" and _in_year(o.raised_on)
        ]
    s = report.summary
    assert s.people_involved == len(involved) > 0
    assert s.new_people == len(new)
    assert s.events_held == len(held) > 0
    assert s.attendances == len(present)
    assert abs(s.total_cost_pence - costs) <= len(held)  # rounding of staff pence per event
    assert s.training_taken == training
    assert s.recommendations_made == len(recommendations)
    assert s.recommendations_accepted == sum(
        o.response in ("accepted", "partly") for o in recommendations
    )
    assert sum(a.events for a in report.events_by_type) == s.events_held
    assert sum(a.attendances for a in report.events_by_type) == s.attendances


def test_small_numbers_suppressed_and_objectors_left_out(store: Store) -> None:
    ids = []
    for n in range(12):
        ids.append(
            people.add_person(
                store,
                PersonChanges(
                    fields={
                        "first_name": f"P{n}",
                        "last_name": "Test",
                        "tenure": "leaseholder" if n < 3 else "general_needs",
                    },
                    equality={"sex": "female" if n < 7 else "male", "written_objection": n == 11},
                ),
                hold_data=GIVEN,
            ).id
        )
    with store.transaction() as session:
        from engagement_desktop.store.models import EventType

        type_id = session.scalar(select(EventType.id))
        event = Event(
            title="Open day",
            event_type_id=type_id,
            status="held",
            starts_at=datetime(2025, 6, 1, 12),
        )
        session.add(event)
        session.flush()
        session.add_all(Attendance(event_id=event.id, person_id=p, status="attended") for p in ids)
    with store.session() as session:
        from engagement_desktop.services.budget.period import report_period

        comparisons = {c.dimension: c for c in compare(session, report_period(session, 2025))}
    tenure = {line.category: line for line in comparisons["tenure"].lines}
    assert tenure["Leaseholder"].involved_suppressed and tenure["Leaseholder"].involved_pct is None
    assert tenure["Leaseholder"].shown("involved") == "*"
    # one hidden cell alone could be worked back from the total: a second one is hidden
    assert tenure["Tenant (general needs)"].involved_suppressed
    sex = {line.category: line for line in comparisons["sex"].lines}
    assert sex["Female"].involved == 7 and sex["Male"].involved == 4  # the objector is out
    assert comparisons["sex"].involved_total == 11


def test_chart_says_why_a_small_group_has_no_bar(tmp_path: Path) -> None:
    from reportlab.graphics import renderPDF

    from engagement_desktop.reports.impact.charts import profile_chart
    from engagement_desktop.reports.impact.profile import ProfileComparison, ProfileLine

    comparison = ProfileComparison(
        "tenure",
        "Tenure",
        [
            ProfileLine("Tenant (general needs)", 40, 900, 90.0, 90.0, 0.0, False, False, False),
            ProfileLine("Garage tenant", 3, 100, None, 10.0, None, False, True, False),
            ProfileLine("Leaseholder", 6, 100, None, 10.0, None, False, True, False),
        ],
    )
    path = tmp_path / "chart.pdf"
    renderPDF.drawToFile(profile_chart(comparison, 400), str(path))
    text = PdfReader(path).pages[0].extract_text()
    assert "Garage tenant *" in text
    assert "Leaseholder *" in text  # one mark for every hidden cell
    assert "* not shown (see the note on small numbers): no bar drawn" in text


def test_a_long_group_name_is_printed_whole_on_the_chart(tmp_path: Path) -> None:
    """ "Black, Black British, Caribbean or Af…": a label is now wrapped onto a second
    line, in large print too, and cut only where two lines cannot hold it."""
    from reportlab.graphics import renderPDF

    from engagement_desktop.reports.impact.charts import profile_chart
    from engagement_desktop.reports.impact.profile import ProfileComparison, ProfileLine

    name = "Black, Black British, Caribbean or African"
    endless = "Any other ethnic group written in by the customer at great length " * 3
    comparison = ProfileComparison(
        "ethnicity",
        "Ethnicity",
        [
            ProfileLine(name, 40, 900, 80.0, 90.0, -10.0, False, False, False),
            ProfileLine(endless, 10, 100, 20.0, 10.0, 10.0, False, False, False),
        ],
    )
    for size in (7.0, 16.0):
        path = tmp_path / f"chart-{size}.pdf"
        renderPDF.drawToFile(profile_chart(comparison, 480, size), str(path))
        text = " ".join(PdfReader(path).pages[0].extract_text().split())
        assert name in text, size
        assert "Any other ethnic group" in text and "…" in text  # cut, at a word


def test_a_year_with_nothing_still_reads_well(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        report = build_report(session, 2019)
    assert report.summary.events_held == 0 and report.tsm is None
    text = "\n".join(
        p.extract_text() for p in PdfReader(write_impact_pdf(report, tmp_path / "empty.pdf")).pages
    )
    assert "No survey with Tenant Satisfaction Measures covers this year." in text
    assert "None in this period." in text


def test_a_year_not_started_is_refused_as_the_board_refuses_a_quarter(store: Store) -> None:
    """2027/28 on 7 December 2026 printed a day's figures; it is refused in one sentence,
    as ``report board`` refuses a quarter not started, and runs from its first day."""
    with store.session() as session, pytest.raises(EngagementError) as caught:
        build_report(session, 2027, today=date(2026, 12, 7))
    assert str(caught.value) == (
        "2027/28 (1 April 2027 to 31 March 2028) has not started yet: choose a year up to today's."
    )
    with store.session() as session:
        assert build_report(session, 2027, today=date(2027, 4, 1)).period.label == "2027/28"


def test_pdf_and_workbook_carry_the_same_figures(demo: Store, tmp_path: Path) -> None:
    with demo.session() as session:
        report = build_report(session, 2025, prepared_by="Sarah Whitfield", today=date(2026, 6, 1))
    pdf = write_impact_pdf(report, tmp_path / "impact.pdf")
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Involvement Impact Assessment" in text and "Prepared by Sarah Whitfield" in text
    assert f"Page 2 of {len(reader.pages)}" in text
    assert f"{report.summary.attendances:,}" in text
    book = openpyxl.load_workbook(write_impact_workbook(report, tmp_path / "impact.xlsx"))
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Attendances"] == report.summary.attendances
    assert summary["People involved"] == report.summary.people_involved
    assert summary["Total cost (£)"] == round(report.summary.total_cost_pence / 100, 2)
    large = write_impact_pdf(report, tmp_path / "large.pdf", large_print=True)
    assert len(PdfReader(large).pages) > len(reader.pages)
