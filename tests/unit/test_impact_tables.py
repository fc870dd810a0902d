"""The impact assessment as a Board and the regulator read it (issue 13): every table in
--json, no hidden cell that can be worked back, one figure per definition, costs in the
right year, a year to date compared like with like, where the base came from, "you said,
we did" complete, every equality question, 16 pt large print, the officer's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from engagement_desktop.interchange.reports.profile_import import load_base_profile, plan_profile
from engagement_desktop.reports.impact.pdf import write_impact_pdf
from engagement_desktop.reports.impact.pdf_people import METHOD
from engagement_desktop.reports.impact.report import ImpactReport, build_report, prepared_by_name
from engagement_desktop.services.common.settings import save_settings
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import (
    BaseProfileRow,
    Course,
    Group,
    LedgerEntry,
    Outcome,
    Person,
    RewardPayout,
    TrainingRecord,
)
from tests.pdf_sizes import text_sizes

AFTER_THE_YEAR = date(2026, 6, 1)
#: The demo's own today: its history then ends in 2026/27, whose year-end is still to come.
DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = open_store(tmp_path_factory.mktemp("tables") / "demo.sqlite", actor="test.officer")
    generate_demo(store, people=400, seed=7, today=DEMO_TODAY)
    yield store
    store.close()


def _report(store: Store, year: int = 2025, **kw: Any) -> ImpactReport:
    with store.session() as session:
        return build_report(session, year, today=kw.pop("today", AFTER_THE_YEAR), **kw)


def _tables(report: ImpactReport) -> dict[str, dict[str, Any]]:
    return {t["key"]: t for t in report.as_json()["tables"]}


def _row(table: dict[str, Any], label: str) -> list[Any]:
    return next(row for row in table["rows"] if str(row[0]).strip() == label)


def test_every_table_is_in_the_json_with_money_in_pounds(demo: Store) -> None:
    report = _report(demo)
    tables = _tables(report)
    expected = {"summary", "costs", "events_by_type", "events_by_group", "groups", "surveys"}
    expected |= {"training", "event_feedback", "outcome_responses", "outcome_progress"}
    expected |= {"outcomes", "outcomes_earlier", "tsm", "rewards"}
    expected |= {f"profile_{d}" for d in (*vocab.EQUALITY_QUESTIONS, "tenure", "area")}
    assert expected <= set(tables)
    total = _row(tables["costs"], "Total")
    assert total[1] == round(report.costs.total / 100, 2)  # pounds, not pence
    assert all(len(row) == len(t["columns"]) for t in tables.values() for row in t["rows"])


def _can_be_worked_back(counts: list[int | None], total: int) -> bool:
    """Whether any hidden cell has one possible value given the shown cells and total."""
    hidden = [i for i, c in enumerate(counts) if c is None]
    return len(hidden) == 1 and total - sum(c for c in counts if c is not None) >= 0


def test_no_hidden_cell_can_be_worked_back(demo: Store) -> None:
    report = _report(demo)
    hidden_somewhere = False
    for comparison in report.profile:
        table = report.table(f"profile_{comparison.dimension}").as_json()
        for count_col, pct_col, total in (
            (1, 2, comparison.involved_total),
            (3, 4, comparison.respondents_total),
            (5, 6, comparison.base_total),
        ):
            counts = [row[count_col] for row in table["rows"]]
            if None in counts:
                hidden_somewhere = True
            assert not _can_be_worked_back(counts, total), (comparison.label, count_col)
            for row in table["rows"]:  # a hidden cell's percentage and gap go with it
                if row[count_col] is None:
                    assert row[pct_col] is None  # the gap is involved minus base:
                    assert count_col == 3 or row[7] is None
            # percentages of shown cells give the column total, so pairs of hidden cells
            # are all a reader learns: never a single one
            hidden_rows = [i for i, c in enumerate(counts) if c is None]
            assert len(hidden_rows) != 1
    assert hidden_somewhere  # the demo has small groups, so the check did something


def test_hidden_cells_are_starred_once_in_the_pdf(demo: Store, tmp_path: Path) -> None:
    report = _report(demo)
    text = "\n".join(
        p.extract_text() for p in PdfReader(write_impact_pdf(report, tmp_path / "r.pdf")).pages
    )
    assert "fewer than 5" not in text.replace("* not shown: fewer than 5 people", "")
    assert "* not shown: fewer than 5 people, or hidden so that such a number" in text


def test_a_figure_that_appears_twice_is_the_same_number(demo: Store, tmp_path: Path) -> None:
    report = _report(demo)
    t = _tables(report)
    summary = {row[0].strip(): row[1] for row in t["summary"]["rows"]}
    assert summary["Events and meetings held"] == _row(t["events_by_type"], "Total")[1]
    assert summary["Events and meetings held"] == _row(t["events_by_group"], "Total")[1]
    assert summary["Attendances"] == _row(t["events_by_type"], "Total")[2]
    assert summary["Attendances"] == _row(t["events_by_group"], "Total")[2]
    assert summary["Survey responses"] == _row(t["surveys"], "Total")[3]
    assert (
        summary["Training places taken (completed or attended)"] == _row(t["training"], "Total")[2]
    )
    responses = t["outcome_responses"]
    recommendation = responses["columns"].index("Recommendation")
    accepted = sum(
        row[recommendation]
        for row in responses["rows"]
        if row[0] in ("Accepted", "Partly accepted")
    )
    assert summary["Recommendations accepted (fully or partly)"] == accepted
    assert summary["Recommendations made"] == _row(responses, "Total")[recommendation]
    assert summary["Total cost"] == _row(t["costs"], "Total")[1]
    assert _row(t["costs"], "Training and conference fees")[1] == _row(t["training"], "Total")[4]
    assert summary["People involved"] == (
        summary["of whom subscribed members"] + summary["of whom one-off contacts"]
    )
    # and the PDF prints the training figure the same in prose and table
    text = "\n".join(
        p.extract_text() for p in PdfReader(write_impact_pdf(report, tmp_path / "r.pdf")).pages
    )
    assert f"{report.summary.training_taken:,} training places were taken" in text


def test_course_fees_and_a_late_year_end_count_in_the_right_year(demo: Store) -> None:
    with demo.transaction() as session:
        person = session.scalar(select(Person.id).limit(1))
        course = Course(title="Chairing skills (test)", kind="course", cost_pence=20_700)
        session.add(course)
        session.flush()
        session.add(
            TrainingRecord(
                person_id=person, course_id=course.id, status="completed", on_date=date(2025, 9, 1)
            )
        )
        entry = LedgerEntry(
            person_id=person,
            entry_date=date(2026, 4, 21),  # the 2025/26 year-end, run in the next year
            points=-50,
            kind="voucher",
            reason="Year-end 2025 (test)",
            source="year_end",
            source_key="test-late-year-end",
            scheme_year=2025,
            recorded_by="test",
        )
        session.add(entry)
        session.flush()
        session.add(
            RewardPayout(
                person_id=person,
                ledger_entry_id=entry.id,
                scheme_year=2025,
                kind="voucher",
                value_pence=5_000,
            )
        )
    with demo.session() as session:
        fees = sum(
            c.cost_pence
            for t, c in session.execute(
                select(TrainingRecord, Course).join(Course, Course.id == TrainingRecord.course_id)
            )
            if t.status in ("completed", "attended")
            and date(2025, 4, 1) <= t.on_date <= date(2026, 3, 31)
        )
        converted = sum(
            p.value_pence for p in session.scalars(select(RewardPayout)) if p.scheme_year == 2025
        )
    year, following = _report(demo), _report(demo, 2026, today=date(2027, 5, 1))
    assert year.costs.by_category["training"] == fees >= 20_700
    assert year.costs.by_category["rewards"] == converted >= 5_000
    assert following.costs.by_category["rewards"] == 0  # not counted again in 2026/27
    assert year.rewards.voucher_value_pence >= 5_000
    method = "\n".join(METHOD)
    assert "in the year the course was taken" in method
    assert "counts in the report year in which that scheme year ends" in method


def test_a_year_not_ended_is_year_to_date_against_the_same_months(
    demo: Store, tmp_path: Path
) -> None:
    report = _report(demo, 2026, today=date(2026, 12, 5))
    assert (report.period.start, report.period.end) == (date(2026, 4, 1), date(2026, 12, 5))
    assert (report.previous.start, report.previous.end) == (date(2025, 4, 1), date(2025, 12, 5))
    assert report.as_json()["year_to_date"] is True
    summary = report.table("summary")
    assert summary.columns[1:3] == ["2026/27 to 5 Dec", "2025/26 to 5 Dec"]
    text = "\n".join(
        p.extract_text() for p in PdfReader(write_impact_pdf(report, tmp_path / "y.pdf")).pages
    )
    assert "Year to date, to 5 December 2026" in text
    assert text.count("compared with the same months of 2025/26") >= 2  # each comparison
    whole = _report(demo, 2025)
    assert not whole.period.part and whole.table("summary").columns[1] == "2025/26"


def test_base_table_says_where_each_dimension_came_from(demo: Store, tmp_path: Path) -> None:
    source = tmp_path / "figures.csv"
    source.write_text("Dimension,Category,Count\nSex,Female,600\nSex,Male,500\nSex,Other,3\n")
    load_base_profile(demo, plan_profile(source, as_of=date(2026, 3, 31)))
    report = _report(demo, base_source="table")
    by = {c.dimension: c for c in report.profile}
    assert by["sex"].base_source == "Customer profile from the housing system, as at 31 March 2026"
    assert by["sex"].base_total == 1103
    assert by["tenure"].base_source == "No base figures for this dimension"
    tenure = report.table("profile_tenure").as_json()
    assert all(row[5] is None and row[7] is None for row in tenure["rows"])  # no register
    assert "No base figures for this dimension" in tenure["notes"][0]
    with demo.transaction() as session:
        session.query(BaseProfileRow).delete()


def test_you_said_we_did_names_its_source_reason_overdue_and_earlier_items(
    demo: Store, tmp_path: Path
) -> None:
    with demo.transaction() as session:
        group = Group(name="Scrutiny Panel (test)")
        session.add(group)
        session.flush()
        session.add_all(
            [
                Outcome(
                    kind="recommendation",
                    source="group",
                    group_id=group.id,
                    raised_on=date(2025, 5, 1),
                    asked="Publish repair times by estate",
                    response="declined",
                    response_reason="The housing system cannot report by estate yet",
                    status="done",
                    completed_on=date(2025, 6, 1),
                ),
                Outcome(
                    kind="recommendation",
                    source="group",
                    group_id=group.id,
                    raised_on=date(2025, 7, 1),
                    asked="Evening surgeries",
                    response="accepted",
                    status="open",
                    due_on=date(2025, 10, 1),
                ),
                Outcome(
                    kind="recommendation",
                    source="group",
                    group_id=group.id,
                    raised_on=date(2025, 7, 2),
                    asked="Text reminders of repair visits",
                    response="accepted",
                    status="done",
                    due_on=date(2025, 9, 1),
                    completed_on=date(2025, 11, 1),  # done, two months late
                ),
                Outcome(
                    kind="idea",
                    source="individual",
                    raised_on=date(2024, 11, 1),
                    asked="A community garden on Fleet Meadows",
                    response="pending",
                    status="in_progress",
                ),
            ]
        )
    report = _report(demo)
    rows = report.table("outcomes").as_json()["rows"]
    declined = next(r for r in rows if r[3] == "Publish repair times by estate")
    assert declined[2] == "Group: Scrutiny Panel (test)"
    assert declined[5] == "The housing system cannot report by estate yet"
    open_past_due = next(r for r in rows if r[3] == "Evening surgeries")
    assert open_past_due[-1] == "Overdue"
    # done after its date: late, not overdue, and not in the overdue count
    done_late = next(r for r in rows if r[3] == "Text reminders of repair visits")
    assert done_late[-1] == "Done late"
    earlier = report.table("outcomes_earlier").as_json()["rows"]
    assert report.outcomes.overdue == sum(1 for r in rows + earlier if r[-1] == "Overdue")
    assert any(r[3] == "A community garden on Fleet Meadows" for r in earlier)
    text = "\n".join(
        p.extract_text() for p in PdfReader(write_impact_pdf(report, tmp_path / "o.pdf")).pages
    )
    assert "Reason: The housing system cannot report by estate yet" in text
    assert "OVERDUE" in text and "A community garden on Fleet Meadows" in text
    assert "done late" in text


def test_respondents_and_every_equality_question(demo: Store) -> None:
    report = _report(demo)
    dims = {c.dimension for c in report.profile}
    assert set(vocab.EQUALITY_QUESTIONS) <= dims
    assert sum(c.respondents_total for c in report.profile) > 0
    columns = report.table("profile_religion").columns
    assert "Survey respondents" in columns and "All customers" in columns


def test_large_print_is_16_pt_everywhere(demo: Store, tmp_path: Path) -> None:
    report = _report(demo)
    large = text_sizes(write_impact_pdf(report, tmp_path / "l.pdf", large_print=True))
    normal = text_sizes(write_impact_pdf(report, tmp_path / "n.pdf"))
    assert min(normal) < 16  # the check can fail: ordinary print has small type
    assert min(large) >= 15.99, min(large)


def test_large_print_tables_read_across_landscape_pages(demo: Store, tmp_path: Path) -> None:
    """At 16 pt an equality table was printed as "Ethnicity, part 1 of 2" and "part 2 of
    2": a reader could not follow a row across. Those sections are now on landscape
    pages, and the rest of the report stays upright."""
    pdf = PdfReader(write_impact_pdf(_report(demo), tmp_path / "l.pdf", large_print=True))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "part 1 of" not in text
    wide = [n for n, page in enumerate(pdf.pages) if page.mediabox.width > page.mediabox.height]
    assert wide and 0 not in wide and len(pdf.pages) - 1 not in wide  # cover, method upright
    ethnicity = next(
        n for n, page in enumerate(pdf.pages) if "Black, Black British" in page.extract_text()
    )
    assert ethnicity in wide


def test_a_chart_of_forty_estates_is_split_to_fit_the_page() -> None:
    """A landlord with forty estates: the area chart was one drawing taller than the
    page, and reportlab stopped the whole report with a LayoutError."""
    from engagement_desktop.reports.impact.charts import profile_charts
    from engagement_desktop.reports.impact.profile import ProfileComparison, ProfileLine

    lines = [
        ProfileLine(f"Estate {n}", 10, 100, 2.5, 2.5, 0.0, False, False, False) for n in range(40)
    ]
    comparison = ProfileComparison("area", "Estate / area", lines)
    for size, room in ((7.0, 750.0), (16.0, 720.0)):
        charts = profile_charts(comparison, 480, size, room)
        assert len(charts) > 1 and all(chart.height <= room for chart in charts)
        assert len({chart.contents[0].valueAxis.valueMax for chart in charts}) == 1  # one scale


def test_cover_names_the_officer_from_settings(demo: Store, tmp_path: Path) -> None:
    with demo.session() as session:
        assert prepared_by_name(session, "") == ""  # unset: "the involvement team", not "root"
    save_settings(demo, {"officer_name": "Aisha Okafor"})
    with demo.session() as session:
        assert prepared_by_name(session, "") == "Aisha Okafor"
        assert prepared_by_name(session, "Board secretary") == "Board secretary"
        report = build_report(
            session,
            2025,
            prepared_by=prepared_by_name(session, ""),
            today=AFTER_THE_YEAR,
        )
    text = PdfReader(write_impact_pdf(report, tmp_path / "c.pdf")).pages[0].extract_text()
    assert "Prepared by Aisha Okafor" in text and "root" not in text
    save_settings(demo, {"officer_name": ""})


def test_shares_in_a_table_of_counts_are_numbers_a_spreadsheet_can_add(
    demo: Store, tmp_path: Path
) -> None:
    """The inspections' average score and the share of budgets customers decided were
    written to the workbook as the text "59%", which Excel cannot chart or sum."""
    import openpyxl

    from engagement_desktop.reports.impact.workbook import write_impact_workbook

    report = _report(demo)
    book = openpyxl.load_workbook(write_impact_workbook(report, tmp_path / "r.xlsx"))
    shares = {
        str(row[0]): row[1:]
        for sheet in ("Customers in control", "You Choose")
        for row in book[sheet].iter_rows(values_only=True)
        if row and str(row[0]).endswith("(%)")
    }
    assert set(shares) == {"Their average score (%)", "Budget controlled by customers (%)"}
    numbers = [v for values in shares.values() for v in values if v is not None]
    assert numbers and all(isinstance(v, float) for v in numbers)
    text = "\n".join(
        p.extract_text() for p in PdfReader(write_impact_pdf(report, tmp_path / "r.pdf")).pages
    )
    assert f"{shares['Budget controlled by customers (%)'][0]:.1f}%" in text


def test_a_money_column_reads_alike_and_halves_round_up() -> None:
    """A budget column showed "£64.50" under "£389" and "£1,382" above "£33.00"; a
    whole-pound column now rounds every amount (halves up, as a reader does), while a
    column of small sums and a cost per person keep their pence."""
    from engagement_desktop.reports.impact.pdf_layout import Layout
    from engagement_desktop.reports.impact.report_table import Pence, Rate, ReportTable

    table = ReportTable(
        "budget",
        "Spend",
        ["Line", "Budget", "Left", "Fees"],
        [
            ["Staff time", Pence(360_000), Pence(-38_900), Pence(2_500)],
            ["Expenses", Pence(55_000), Pence(6_450), Pence(1_250)],
            ["Materials", Pence(5_000), Pence(1_700), None],
            ["Per person", Rate(3_032), Rate(-279), None],
        ],
        ["text", "count", "change", "count"],
    )
    story: list[Any] = []
    Layout(large=False).table(table, story)
    printed = "\n".join(
        str(cell)
        for flowable in story
        for row in getattr(flowable, "_cellvalues", [])
        for cell in row
    )
    for expected in ("£3,600", "−£389", "£550", "+£65", "£50", "+£17", "£25.00", "£12.50"):
        assert expected in printed, expected
    assert "£30.32" in printed and "−£2.79" in printed  # a rate keeps its pence
    assert "£64.50" not in printed and "£50.00" not in printed
